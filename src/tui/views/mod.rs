//! Drawing: reads the app state, writes nothing. One file per panel.

mod big;
mod chatham;
mod footer;
mod header;
pub mod live;
mod options;
mod projector;
mod roster;
mod statement;
pub mod tally;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};
use unicode_width::UnicodeWidthChar;

use super::app::App;
use crate::consensus::{Effect, Status};
use crate::tr;

/// The smallest screen the layout is designed for.
pub const MIN_WIDTH: u16 = 80;
/// The smallest screen the layout is designed for.
pub const MIN_HEIGHT: u16 = 24;
/// From this width on, a third pane shows the statement and the history.
pub const WIDE: u16 = 160;

/// Draws the whole screen.
pub fn draw(frame: &mut Frame, app: &App) {
    let area = frame.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        too_small(frame, area, app);
        return;
    }
    let [top, body, bottom] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Min(10),
        Constraint::Length(2),
    ])
    .areas(area);
    header::draw(frame, top, app);
    if body.width >= WIDE {
        // wide: a third pane with the statement and the history
        let [left, middle, right] = Layout::horizontal([
            Constraint::Length(body.width * 3 / 10),
            Constraint::Min(60),
            Constraint::Length(body.width * 3 / 10),
        ])
        .areas(body);
        options::draw(frame, left, app);
        roster::draw(frame, middle, app);
        let [top, rest] = Layout::vertical([Constraint::Fill(1), Constraint::Fill(1)]).areas(right);
        statement::draw(frame, top, app);
        statement::history(frame, rest, app);
    } else {
        let left_width = (body.width * 2 / 5).clamp(32, 64);
        let [left, right] =
            Layout::horizontal([Constraint::Length(left_width), Constraint::Min(30)]).areas(body);
        options::draw(frame, left, app);
        let [roster, said] =
            Layout::vertical([Constraint::Min(6), Constraint::Length(5)]).areas(right);
        roster::draw(frame, roster, app);
        statement::draw(frame, said, app);
    }
    footer::draw(frame, bottom, app);
    if let Some(d) = &app.dialog {
        d.draw(frame, area, &app.ctx());
    }
}

/// Below the minimum size: what to do, and the help when `?` asked for it.
/// No key but q, ? and resizing acts here, so nothing is recorded unseen.
fn too_small(frame: &mut Frame, area: Rect, app: &App) {
    let lang = app.lang;
    let need = format!("{MIN_WIDTH}×{MIN_HEIGHT}");
    let now = format!("{}×{}", area.width, area.height);
    let mut text = vec![
        Line::from(tr!(lang, "screen-small")),
        Line::from(tr!(lang, "screen-small-enlarge", need = &need, now = &now)),
        Line::from(tr!(lang, "screen-small-saved")),
        Line::from(tr!(lang, "screen-small-keys")),
    ];
    if matches!(app.dialog, Some(super::dialog::Dialog::Help(_))) {
        let rows: Vec<String> = super::dialog::help_rows(&app.ctx())
            .into_iter()
            .map(|(k, what)| tr!(lang, "screen-small-help-row", keys = &k, what = &what))
            .collect();
        text.push(Line::default());
        text.push(Line::from(rows.join(" · ")));
    }
    frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }), area);
}

/// Cuts text to a display width, ending with … when it was longer.
pub fn fit(text: &str, width: usize) -> String {
    let mut out = String::new();
    let mut used = 0;
    let total: usize = text.chars().map(|c| c.width().unwrap_or(0)).sum();
    if total <= width {
        return text.to_string();
    }
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    if width > 0 {
        out.push('…');
    }
    out
}

/// Cuts text to a display width at a word boundary, ending with … when it
/// was longer: a message is never cut in the middle of a word (a single
/// word wider than the room is cut).
pub fn fit_words(text: &str, width: usize) -> String {
    let total: usize = text.chars().map(|c| c.width().unwrap_or(0)).sum();
    if total <= width {
        return text.to_string();
    }
    let mut used = 0;
    let mut last_space = None;
    for (i, c) in text.char_indices() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        if c == ' ' {
            last_space = Some(i);
        }
        used += w;
    }
    match last_space.and_then(|i| text.get(..i)) {
        Some(head) if !head.trim().is_empty() => format!("{} …", head.trim_end()),
        _ => fit(text, width),
    }
}

/// Pads text with spaces to a display width (after cutting it to fit).
pub fn pad(text: &str, width: usize) -> String {
    let cut = fit(text, width);
    let w: usize = cut.chars().map(|c| c.width().unwrap_or(0)).sum();
    format!("{cut}{}", " ".repeat(width.saturating_sub(w)))
}

/// The colour of a stance's effect.
pub fn effect_style(effect: Effect) -> Style {
    let c = match effect {
        Effect::Support => Color::Green,
        Effect::Reservation => Color::Cyan,
        Effect::StandAside => Color::Yellow,
        Effect::Pending => Color::Blue,
        Effect::Block => Color::Red,
    };
    Style::new().fg(c)
}

/// The colour of a consensus status.
pub fn status_style(status: Status) -> Style {
    match status {
        Status::Consensus => Style::new().fg(Color::Green).add_modifier(Modifier::BOLD),
        Status::ConsensusWithReservations => {
            Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD)
        }
        Status::NoConsensus => Style::new().fg(Color::Red).add_modifier(Modifier::BOLD),
        Status::Pending => Style::new().fg(Color::Gray),
    }
}

/// A rectangle of at most `w`×`h` centred in `area`.
pub fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_and_pad_by_display_width() {
        assert_eq!(fit("Sāmoa", 10), "Sāmoa");
        assert_eq!(fit("日本日本日本", 5), "日本…");
        assert_eq!(pad("日本", 6), "日本  ");
        assert_eq!(fit("Federated States", 8), "Federat…");
        assert_eq!(fit("abc", 0), "");
        assert_eq!(
            fit_words("saved #3 · undid #2: Tuvalu", 22),
            "saved #3 · undid #2: …"
        );
        assert_eq!(fit_words("saved #3 · undid #2: Tuvalu", 17), "saved #3 · …");
        assert_eq!(fit_words("Tuvaluuuuuuuuu", 6), "Tuval…");
    }
}
