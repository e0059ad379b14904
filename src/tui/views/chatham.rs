//! The live view of a meeting under the Chatham House Rule: the chair's
//! screen as the room may see it, naming no delegation. The options with
//! their status and counts; instead of the roster, the counts per stance
//! (observers apart) and "a delegation has the floor" with the timer;
//! no statements; agenda text with names redacted as in the minutes.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use super::live::{self, Entry, Words};
use super::roster::Timing;
use super::{MIN_HEIGHT, MIN_WIDTH, effect_style, fit, options, status_style};
use crate::tr;
use crate::tui::app::App;
use crate::tui::dialog::Dialog;

/// Draws the whole live screen under the Chatham House Rule.
pub fn draw(frame: &mut Frame, app: &App) {
    let area = frame.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        // the chair's screen's own message: it names nobody
        super::draw(frame, app);
        return;
    }
    let [top, body, bottom] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Min(10),
        Constraint::Length(2),
    ])
    .areas(area);
    let words = Words::new(app.agenda());
    header(frame, top, app, &words);
    let left_width = (body.width * 2 / 5).clamp(32, 64);
    let [left, right] =
        Layout::horizontal([Constraint::Length(left_width), Constraint::Min(30)]).areas(body);
    option_list(frame, left, app, &words);
    room(frame, right, app, &words);
    super::footer::draw(frame, bottom, app);
    // only the help: the search lists members by name
    if let Some(d @ Dialog::Help(_)) = &app.dialog {
        d.draw(frame, area, &app.ctx());
    }
}

fn header(frame: &mut Frame, area: Rect, app: &App, words: &Words) {
    let a = app.agenda();
    let width = usize::from(area.width);
    let item = a
        .items
        .get(app.item)
        .map(|i| words.text(&i.title))
        .unwrap_or_default();
    let lines = vec![
        live::top_bar(app, words, "talanoa · ", width),
        Line::styled(
            fit(&format!(" {}. {item}", app.item + 1), width),
            Style::new().add_modifier(Modifier::BOLD),
        ),
    ];
    frame.render_widget(Paragraph::new(lines), area);
}

/// The item's options, each with its status and counts.
fn option_list(frame: &mut Frame, area: Rect, app: &App, words: &Words) {
    let a = app.agenda();
    let r = app.snap().record();
    let width = usize::from(area.width.saturating_sub(2));
    let Some(item) = a.items.get(app.item) else {
        return;
    };
    let visible = usize::from(area.height.saturating_sub(2)) / 2;
    let first = app.option.saturating_sub(visible.saturating_sub(1));
    let mut lines = Vec::new();
    for (o, opt) in item.options.iter().enumerate().skip(first) {
        let tally = r.tally(a, app.item, o);
        let status = tally.status(a.meeting.rule);
        let (marker, style) = if o == app.option {
            (
                "▶ ",
                Style::new().add_modifier(Modifier::BOLD | Modifier::REVERSED),
            )
        } else {
            ("  ", Style::new())
        };
        let title = format!(
            "{marker}{}.{} {}",
            app.item + 1,
            o + 1,
            words.text(&opt.title)
        );
        lines.push(Line::styled(fit(&title, width), style));
        let said = fit(
            &live::status_words(app.lang, status),
            width.saturating_sub(4),
        );
        let rest = width.saturating_sub(4 + said.chars().count());
        lines.push(Line::from(vec![
            Span::raw("    "),
            Span::styled(said, status_style(status)),
            Span::styled(
                fit(&format!(" ({})", options::counts(&tally, app.lang)), rest),
                Style::new().fg(Color::Gray),
            ),
        ]));
    }
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(Style::new().fg(Color::Gray));
    frame.render_widget(Paragraph::new(lines).block(block), area);
}

/// Instead of the roster: the floor and the timer, then the counts.
fn room(frame: &mut Frame, area: Rect, app: &App, words: &Words) {
    let mut lines = vec![floor_line(app), Line::default()];
    let (members, observers) = live::tally(app, words);
    lines.push(Line::styled(
        tr!(app.lang, "live-tally-members"),
        Style::new().add_modifier(Modifier::BOLD),
    ));
    lines.extend(members.iter().map(|e| entry(e, app)));
    if !observers.is_empty() {
        lines.push(Line::default());
        lines.push(Line::styled(
            tr!(app.lang, "live-tally-observers"),
            Style::new().add_modifier(Modifier::BOLD),
        ));
        lines.extend(observers.iter().map(|e| entry(e, app)));
    }
    lines.push(Line::default());
    lines.push(Line::styled(
        tr!(app.lang, "live-statements-hidden"),
        Style::new().fg(Color::Gray),
    ));
    let option = app
        .agenda()
        .items
        .get(app.item)
        .and_then(|i| i.options.get(app.option))
        .map(|o| words.text(&o.title))
        .unwrap_or_default();
    let title = fit(
        &format!(" {}.{} {option} ", app.item + 1, app.option + 1),
        usize::from(area.width.saturating_sub(2)),
    );
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(Style::new().fg(Color::Gray))
        .title(title);
    frame.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false }),
        area,
    );
}

/// "A delegation has the floor · ⏱2:15 time left".
fn floor_line<'a>(app: &App) -> Line<'a> {
    let mut spans = vec![Span::styled(
        live::floor(app),
        Style::new().add_modifier(Modifier::BOLD),
    )];
    if let Some((clock, timing)) = live::timer(app) {
        let style = match timing {
            Timing::Running => Style::new().fg(Color::Yellow),
            Timing::Warning => Style::new().fg(Color::LightRed),
            Timing::Overtime => Style::new().fg(Color::Red).add_modifier(Modifier::REVERSED),
        }
        .add_modifier(Modifier::BOLD);
        spans.push(Span::raw(" · "));
        spans.push(Span::styled(
            format!("⏱{clock} {}", live::timer_caption(app, timing)),
            style,
        ));
    }
    Line::from(spans)
}

/// "  Supports  3".
fn entry<'a>(e: &Entry, app: &App) -> Line<'a> {
    let (label, count, stance) = e;
    let style = stance
        .and_then(|s| app.agenda().stances.get(s))
        .map_or(Style::new().fg(Color::Gray), |s| effect_style(s.effect));
    Line::from(vec![
        Span::styled(
            format!("  {count:>3}  "),
            Style::new().add_modifier(Modifier::BOLD),
        ),
        Span::styled(label.clone(), style),
    ])
}
