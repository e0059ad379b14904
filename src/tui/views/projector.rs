//! The projector layout (`review --live --projector`): calm, large type
//! for a screen across the room. From the top: the meeting, the item (its
//! number large) and the option; the option's consensus status on a band
//! of its colour; who has the floor with the speaking timer large; the
//! tally of stances. It grows with the terminal (larger glyphs, more room)
//! and says plainly when the window is too small for it.

use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use super::live::{self, Entry, Words};
use super::roster::Timing;
use super::{big, effect_style, fit};
use crate::consensus::Status;
use crate::tr;
use crate::tui::app::{App, Tone};

/// The smallest window the projector layout is drawn in.
pub const MIN_WIDTH: u16 = 60;
/// The smallest window the projector layout is drawn in.
pub const MIN_HEIGHT: u16 = 18;

/// Plain, bright text: no small print across a room.
fn plain() -> Style {
    Style::new().fg(Color::White).add_modifier(Modifier::BOLD)
}

/// Draws the projector layout on the whole frame.
pub fn draw(frame: &mut Frame, app: &App) {
    let area = frame.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        too_small(frame, area, app);
        return;
    }
    // glyph rows: 8 on a tall screen, 4 from 24 rows, ordinary type below
    let glyph = match area.height {
        44.. => 8,
        24.. => 4,
        _ => 2,
    };
    let [bar, _, item, _, status, _, floor, _, tally, foot] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(glyph),
        Constraint::Fill(1),
        Constraint::Length(glyph),
        Constraint::Fill(1),
        Constraint::Length(glyph),
        Constraint::Fill(1),
        Constraint::Min(3),
        Constraint::Length(1),
    ])
    .areas(area);
    let words = Words::new(app.agenda());
    draw_bar(frame, bar, app, &words);
    draw_item(frame, margin(item), app, &words);
    draw_status(frame, status, app);
    draw_floor(frame, margin(floor), app);
    draw_tally(frame, margin(tally), app, &words);
    let note = if app.tone == Tone::Error {
        Style::new().fg(Color::White).bg(Color::Red)
    } else {
        plain().remove_modifier(Modifier::BOLD)
    };
    let text = fit(
        &crate::text::inert_line(&app.status),
        usize::from(foot.width),
    );
    frame.render_widget(Paragraph::new(Line::styled(text, note)), margin(foot));
}

/// The area less two columns on each side.
fn margin(area: Rect) -> Rect {
    Rect {
        x: area.x + 2.min(area.width),
        width: area.width.saturating_sub(4),
        ..area
    }
}

/// The top line: the meeting, Chatham House when it applies, the item count.
fn draw_bar(frame: &mut Frame, area: Rect, app: &App, words: &Words) {
    let line = live::top_bar(app, words, "", usize::from(area.width));
    let style = line.style;
    frame.render_widget(Paragraph::new(line).style(style), area);
}

/// The item number large, beside the item's and the option's titles.
fn draw_item(frame: &mut Frame, area: Rect, app: &App, words: &Words) {
    let a = app.agenda();
    let Some(item) = a.items.get(app.item) else {
        return;
    };
    let number = format!("{}", app.item + 1);
    let w = big::width(&number, area).min(area.width / 3);
    let [left, _, right] = Layout::horizontal([
        Constraint::Length(w),
        Constraint::Length(2),
        Constraint::Fill(1),
    ])
    .areas(area);
    big::draw(frame, left, &number, plain(), Alignment::Left);
    let mut lines = vec![Line::styled(words.text(&item.title), plain())];
    if let Some(o) = item.options.get(app.option) {
        let option = tr!(
            app.lang,
            "live-option",
            number = app.option + 1,
            total = item.options.len(),
            title = &words.text(&o.title)
        );
        lines.push(Line::styled(
            option,
            Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
        ));
    }
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), right);
}

/// The option's status in words, on a band of its colour.
fn draw_status(frame: &mut Frame, area: Rect, app: &App) {
    let status = app
        .snap()
        .record()
        .status(app.agenda(), app.item, app.option);
    let bg = match status {
        Status::Consensus => Color::Green,
        Status::ConsensusWithReservations => Color::Cyan,
        Status::NoConsensus => Color::Red,
        Status::Pending => Color::Gray,
    };
    let fg = if status == Status::NoConsensus {
        Color::White
    } else {
        Color::Black
    };
    let band = Style::new().bg(bg).fg(fg).add_modifier(Modifier::BOLD);
    frame.render_widget(Block::new().style(band), area);
    let words = live::status_words(app.lang, status);
    big::draw(frame, margin(area), &words, band, Alignment::Center);
}

/// Who has the floor, and the speaking timer large beside it.
fn draw_floor(frame: &mut Frame, area: Rect, app: &App) {
    let who = live::floor(app);
    let Some((clock, timing)) = live::timer(app) else {
        // nobody timed: calm ordinary type, not the size of a running timer
        let middle = Rect {
            y: area.y + area.height.saturating_sub(1) / 2,
            height: area.height.min(1),
            ..area
        };
        frame.render_widget(Paragraph::new(Line::styled(who, plain())), middle);
        return;
    };
    let colour = match timing {
        Timing::Running => Style::new().fg(Color::Yellow),
        Timing::Warning => Style::new().fg(Color::LightRed),
        Timing::Overtime => Style::new().fg(Color::Red),
    }
    .add_modifier(Modifier::BOLD);
    let w = big::width(&clock, area).min(area.width / 2);
    let [left, _, right] = Layout::horizontal([
        Constraint::Fill(1),
        Constraint::Length(2),
        Constraint::Length(w),
    ])
    .areas(area);
    let caption = live::timer_caption(app, timing);
    let caption_style = match timing {
        Timing::Overtime => Style::new()
            .fg(Color::White)
            .bg(Color::Red)
            .add_modifier(Modifier::BOLD),
        _ => colour,
    };
    let lines = vec![
        Line::styled(who, plain()),
        Line::default(),
        Line::styled(caption, caption_style),
    ];
    let top = area.height.saturating_sub(3) / 2;
    let text = Rect {
        y: left.y + top,
        height: left.height.saturating_sub(top),
        ..left
    };
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), text);
    big::draw(frame, right, &clock, colour, Alignment::Right);
}

/// The tally: members' counts per stance, observers' apart.
fn draw_tally(frame: &mut Frame, area: Rect, app: &App, words: &Words) {
    let (members, observers) = live::tally(app, words);
    let mut lines = vec![entries(&tr!(app.lang, "live-tally-members"), &members, app)];
    if !observers.is_empty() {
        lines.push(entries(
            &tr!(app.lang, "live-tally-observers"),
            &observers,
            app,
        ));
    }
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), area);
}

/// "Members: Supports 3 · Cannot join consensus 1 · Not yet heard 2".
fn entries<'a>(heading: &str, list: &[Entry], app: &App) -> Line<'a> {
    let a = app.agenda();
    let heading = tr!(app.lang, "live-tally-heading", heading = heading);
    let mut spans = vec![Span::styled(format!("{heading} "), plain())];
    for (n, (label, count, stance)) in list.iter().enumerate() {
        if n > 0 {
            spans.push(Span::styled(" · ", plain()));
        }
        let style = stance.and_then(|s| a.stances.get(s)).map_or(plain(), |s| {
            effect_style(s.effect).add_modifier(Modifier::BOLD)
        });
        spans.push(Span::styled(format!("{label} "), style));
        spans.push(Span::styled(count.to_string(), plain()));
    }
    Line::from(spans)
}

/// Below the smallest size: what the layout needs, and what to do.
fn too_small(frame: &mut Frame, area: Rect, app: &App) {
    let text = vec![
        Line::styled(
            tr!(
                app.lang,
                "live-too-small",
                width = usize::from(MIN_WIDTH),
                height = usize::from(MIN_HEIGHT),
                columns = usize::from(area.width),
                rows = usize::from(area.height)
            ),
            plain(),
        ),
        Line::styled(tr!(app.lang, "live-too-small-hint"), plain()),
    ];
    frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }), area);
}
