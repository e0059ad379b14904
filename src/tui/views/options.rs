//! The left pane: the options of the current item with their consensus
//! status and counts, and the details of the current option and item.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use super::{fit, status_style};
use unicode_width::UnicodeWidthStr;

use crate::agenda::Language;
use crate::consensus::{Status, Tally};
use crate::text::{inert, inert_line};
use crate::tr;
use crate::tui::app::{App, Focus};

/// "3 sup · 1 res · 14 unheard" in `lang`: supports, reservations,
/// stand-asides, pending, cannot join, not yet heard.
pub fn counts(t: &Tally, lang: Language) -> String {
    let parts = [
        (t.support, "screen-count-support"),
        (t.reservation, "screen-count-reservation"),
        (t.stand_aside, "screen-count-stand-aside"),
        (t.pending, "screen-count-pending"),
        (t.block, "screen-count-block"),
        (t.not_heard, "screen-count-not-heard"),
    ];
    let text: Vec<String> = parts
        .iter()
        .filter(|p| p.0 > 0)
        .map(|(n, id)| tr!(lang, id, n = *n))
        .collect();
    if text.is_empty() {
        tr!(lang, "bar-nobody")
    } else {
        text.join(" · ")
    }
}

/// A consensus status as the screen names it, in `lang`.
pub fn status_name(status: Status, lang: Language) -> String {
    tr!(
        lang,
        match status {
            Status::Consensus => "screen-status-consensus",
            Status::ConsensusWithReservations => "screen-status-reservations",
            Status::NoConsensus => "screen-status-no-consensus",
            Status::Pending => "screen-status-pending",
        }
    )
}

/// Draws the options list and the details below it.
pub fn draw(frame: &mut Frame, area: Rect, app: &App) {
    let n = app.option_count();
    let list_height = u16::try_from(n * 2 + 2)
        .unwrap_or(u16::MAX)
        .min(area.height.saturating_sub(5).max(4));
    let [top, bottom] =
        Layout::vertical([Constraint::Length(list_height), Constraint::Min(3)]).areas(area);
    draw_list(frame, top, app);
    draw_details(frame, bottom, app);
}

fn draw_list(frame: &mut Frame, area: Rect, app: &App) {
    let a = app.agenda();
    let r = app.snap().record();
    let width = usize::from(area.width.saturating_sub(2));
    let mut lines = Vec::new();
    let Some(item) = a.items.get(app.item) else {
        return;
    };
    // keep the current option visible when there are more than fit
    let per = 2usize;
    let visible = usize::from(area.height.saturating_sub(2)) / per;
    let first = app.option.saturating_sub(visible.saturating_sub(1));
    for (o, opt) in item.options.iter().enumerate().skip(first) {
        let tally = r.tally(a, app.item, o);
        let status = tally.status(a.meeting.rule);
        let current = o == app.option;
        let marker = if current { "▶ " } else { "  " };
        let title_style = if current {
            Style::new().add_modifier(Modifier::BOLD | Modifier::REVERSED)
        } else {
            Style::new()
        };
        // an option added in the meeting is marked before its title
        let added = if r.amended.is_added_option(app.item, o) {
            format!("{} ", tr!(app.lang, "amend-mark"))
        } else {
            String::new()
        };
        lines.push(Line::from(Span::styled(
            fit(
                &format!(
                    "{marker}{}.{} {added}{}",
                    app.item + 1,
                    o + 1,
                    inert_line(&opt.title)
                ),
                width,
            ),
            title_style,
        )));
        let name = status_name(status, app.lang);
        let name_w = UnicodeWidthStr::width(name.as_str());
        lines.push(Line::from(vec![
            Span::raw("    "),
            Span::styled(name, status_style(status)),
            Span::styled(
                fit(
                    &format!(" ({})", counts(&tally, app.lang)),
                    width.saturating_sub(4 + name_w),
                ),
                Style::new().fg(Color::Gray),
            ),
        ]));
    }
    let border = if app.focus == Focus::Roster {
        Style::new().fg(Color::DarkGray)
    } else {
        Style::new().fg(Color::Gray)
    };
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(border)
        .title(format!(
            " {} ",
            tr!(app.lang, "screen-options", n = item.options.len())
        ));
    frame.render_widget(Paragraph::new(lines).block(block), area);
}

/// Everything about the current item and option, whole: titles, summary,
/// considerations, the outcome and actions recorded, questions, background.
pub fn details(app: &App) -> Vec<Line<'static>> {
    let a = app.agenda();
    let r = app.snap().record();
    let lang = app.lang;
    let mut lines: Vec<Line> = Vec::new();
    let bold = Style::new().add_modifier(Modifier::BOLD);
    let heading = |t: &str| Line::from(Span::styled(t.to_string(), bold));
    let text = |t: &str| {
        inert(t)
            .lines()
            .map(|l| Line::from(l.to_string()))
            .collect::<Vec<_>>()
    };
    let Some(item) = a.items.get(app.item) else {
        return lines;
    };
    lines.push(heading(&format!(
        "{}. {}",
        app.item + 1,
        inert_line(&item.title)
    )));
    if let Some(opt) = item.options.get(app.option) {
        lines.push(heading(&format!(
            "{}.{} {}",
            app.item + 1,
            app.option + 1,
            inert_line(&opt.title)
        )));
        if let Some(who) = added_by(app, app.item, app.option) {
            lines.push(Line::from(Span::styled(who, Style::new().fg(Color::Cyan))));
        }
        if let Some(s) = &opt.summary {
            lines.extend(text(s));
        }
        for c in &opt.considerations {
            lines.push(Line::from(format!("• {}", inert_line(c))));
        }
    }
    if let Some(o) = r.outcomes.get(app.item).cloned().flatten() {
        lines.push(heading(&tr!(lang, "screen-heading-outcome")));
        lines.extend(text(&o.text));
    }
    let actions: Vec<_> = r.actions.iter().filter(|x| x.item == app.item).collect();
    if !actions.is_empty() {
        lines.push(heading(&tr!(lang, "screen-heading-actions")));
    }
    for x in actions {
        let mut who = String::new();
        if let Some(o) = &x.owner {
            who.push_str(&format!(" — {}", inert_line(o)));
        }
        if let Some(d) = x.due {
            let due = d.to_string();
            who.push_str(&format!(
                ", {}",
                tr!(lang, "screen-action-due", date = &due)
            ));
        }
        lines.push(Line::from(format!("• {}{who}", inert_line(&x.text))));
    }
    if !item.questions.is_empty() {
        lines.push(heading(&tr!(lang, "screen-heading-questions")));
        lines.extend(
            item.questions
                .iter()
                .map(|q| Line::from(format!("? {}", inert_line(q)))),
        );
    }
    if let Some(b) = &item.background {
        lines.push(heading(&tr!(lang, "screen-heading-background")));
        lines.extend(text(b));
    }
    lines
}

/// "Added in the meeting, proposed by …" for an option added in the
/// meeting; `None` for an option of the agenda.
fn added_by(app: &App, item: usize, option: usize) -> Option<String> {
    let p = app.snap().record().amended.options.get(&(item, option))?;
    let who = p
        .member
        .and_then(|m| app.agenda().members.get(m))
        .map(|m| m.name.clone())
        .or_else(|| {
            let words = p.proposer.clone()?;
            Some(if p.by_chair() {
                tr!(app.lang, "amend-the-chair")
            } else {
                words
            })
        });
    Some(match who {
        Some(w) => tr!(
            app.lang,
            "amend-details-added-by",
            who = inert_line(&w).as_str()
        ),
        None => tr!(app.lang, "amend-details-added"),
    })
}

fn draw_details(frame: &mut Frame, area: Rect, app: &App) {
    let lines = details(app);
    let focused = app.focus == Focus::Item;
    let border = if focused {
        Style::new().fg(Color::Gray)
    } else {
        Style::new().fg(Color::DarkGray)
    };
    let hint = format!(
        " {} ",
        tr!(
            app.lang,
            if focused {
                "screen-details-focused"
            } else {
                "screen-details"
            }
        )
    );
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(border)
        .title(hint);
    frame.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false })
            .scroll((app.detail_scroll, 0)),
        area,
    );
}
