//! Dialogs drawn over the meeting: help, the text editor, the action form,
//! find and export.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::{centered, fit};
use crate::agenda::Attribution;
use crate::export::Kind;
use crate::text::{inert, inert_line};
use crate::tui::app::{App, Mode, Purpose};
use crate::tui::textarea::TextArea;

/// The keys, as the help shows them.
pub const KEYS: &[(&str, &str)] = &[
    ("↑ ↓  k j", "select member"),
    ("← →  h l", "previous / next option"),
    ("[ ]  PgUp PgDn", "previous / next agenda item"),
    ("0  Backspace", "clear the stance (not yet heard)"),
    ("Enter", "write or edit the member's statement"),
    ("a", "mark present / absent"),
    (
        "Space",
        "start / stop the speaking timer; stop moves to the next",
    ),
    ("d", "write the chair's outcome for the item"),
    ("t", "add an action (text, owner, due date)"),
    ("/", "find a member by id or name"),
    ("Tab", "switch between roster and details"),
    ("e", "export minutes or the record"),
    ("u  Ctrl-r", "undo / redo the last change"),
    ("?", "this help"),
    ("q", "quit (everything is already saved)"),
];

/// Draws the open dialog, if any.
pub fn draw(frame: &mut Frame, area: Rect, app: &App) {
    match &app.mode {
        Mode::Normal => {}
        Mode::Help => help(frame, area, app),
        Mode::Editor { purpose, text } => editor(frame, area, app, purpose, text),
        Mode::ActionForm { fields, field, .. } => action_form(frame, area, fields, *field),
        Mode::Find { query, choice } => find(frame, area, app, query, *choice),
        Mode::Export { kind, attribution } => export(frame, area, *kind, *attribution),
    }
}

fn popup<'a>(frame: &mut Frame, area: Rect, w: u16, h: u16, title: String) -> (Rect, Block<'a>) {
    let r = centered(area, w, h);
    frame.render_widget(Clear, r);
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(Style::new().fg(Color::Cyan))
        .title(title);
    (r, block)
}

fn help(frame: &mut Frame, area: Rect, app: &App) {
    let a = app.agenda();
    let bold = Style::new().add_modifier(Modifier::BOLD);
    let mut lines = vec![Line::from(Span::styled(
        "Record a stance for the selected member:",
        bold,
    ))];
    for s in &a.stances {
        lines.push(Line::from(vec![
            Span::styled(format!("  {:<15}", s.key), bold),
            Span::raw(inert_line(&s.label)),
        ]));
    }
    for (k, what) in KEYS {
        lines.push(Line::from(vec![
            Span::styled(format!("  {k:<15}"), bold),
            Span::raw(*what),
        ]));
    }
    let h = u16::try_from(lines.len() + 2).unwrap_or(u16::MAX);
    let (r, block) = popup(
        frame,
        area,
        76,
        h,
        " Help · every change is saved at once · any key closes ".into(),
    );
    frame.render_widget(Paragraph::new(lines).block(block), r);
}

/// What of a line to show in `width` columns so that the cursor stays in
/// view (the line scrolls sideways as the chair types), and the cursor's
/// column within it.
pub fn window(line: &str, before_cursor: &str, width: usize) -> (String, usize) {
    let shown = inert(line).into_owned();
    let cx = UnicodeWidthStr::width(inert(before_cursor).as_ref());
    if cx < width {
        return (fit(&shown, width), cx);
    }
    let drop = cx + 1 - width;
    let mut dropped = 0;
    let mut rest = shown.as_str();
    for (i, c) in shown.char_indices() {
        if dropped >= drop {
            rest = shown.get(i..).unwrap_or("");
            break;
        }
        dropped += c.width().unwrap_or(0);
        rest = shown.get(i + c.len_utf8()..).unwrap_or("");
    }
    (fit(rest, width), cx.saturating_sub(dropped))
}

/// The lines of a text area for `width` columns; the cursor line scrolled
/// to keep the cursor visible. Returns the lines and the cursor (row, column).
fn text_lines(t: &TextArea, width: usize) -> (Vec<Line<'static>>, (usize, usize)) {
    let (row, before, current) = t.cursor_line();
    let (shown, col) = window(&current, &before, width);
    let lines = t
        .lines()
        .iter()
        .enumerate()
        .map(|(n, l)| {
            Line::from(if n == row {
                shown.clone()
            } else {
                fit(&inert(l), width)
            })
        })
        .collect();
    (lines, (row, col))
}

fn editor(frame: &mut Frame, area: Rect, app: &App, purpose: &Purpose, text: &TextArea) {
    let a = app.agenda();
    let title = match purpose {
        Purpose::Statement {
            item,
            option,
            member,
        } => {
            let who = a
                .members
                .get(*member)
                .map(|m| inert_line(&m.name))
                .unwrap_or_default();
            format!(" Statement · {who} on {}.{} ", item + 1, option + 1)
        }
        Purpose::Outcome { item } => format!(" Outcome of item {} · The meeting: … ", item + 1),
    };
    let (r, block) = popup(frame, area, 72, 14, fit(&title, 70));
    let inner = block.inner(r);
    let (mut lines, (row, col)) = text_lines(text, usize::from(inner.width));
    let visible = usize::from(inner.height.saturating_sub(1));
    let skip = row.saturating_sub(visible.saturating_sub(1));
    lines = lines.into_iter().skip(skip).take(visible).collect();
    lines.resize(visible, Line::default());
    lines.push(Line::from(Span::styled(
        "Esc keep · Ctrl-C discard · Enter new line",
        Style::new().fg(Color::Gray),
    )));
    frame.render_widget(Paragraph::new(lines).block(block), r);
    set_cursor(frame, inner, row - skip, col);
}

fn set_cursor(frame: &mut Frame, inner: Rect, row: usize, col: usize) {
    let x = inner
        .x
        .saturating_add(u16::try_from(col).unwrap_or(u16::MAX))
        .min(inner.right().saturating_sub(1));
    let y = inner
        .y
        .saturating_add(u16::try_from(row).unwrap_or(u16::MAX))
        .min(inner.bottom().saturating_sub(1));
    frame.set_cursor_position(Position { x, y });
}

fn action_form(frame: &mut Frame, area: Rect, fields: &[TextArea; 3], field: usize) {
    let (r, block) = popup(frame, area, 72, 9, " New action ".into());
    let inner = block.inner(r);
    let labels = ["Action", "Owner ", "Due   "];
    let width = usize::from(inner.width).saturating_sub(9);
    let mut lines = Vec::new();
    for (n, (label, f)) in labels.iter().zip(fields.iter()).enumerate() {
        let style = if n == field {
            Style::new().add_modifier(Modifier::BOLD)
        } else {
            Style::new().fg(Color::Gray)
        };
        let (_, before, current) = f.cursor_line();
        let (shown, _) = window(&current, &before, width);
        lines.push(Line::from(vec![
            Span::styled(format!("{label} : "), style),
            Span::raw(shown),
        ]));
        lines.push(Line::default());
    }
    lines.push(Line::from(Span::styled(
        "Due as YYYY-MM-DD · Tab next field · Esc keep · Ctrl-C discard",
        Style::new().fg(Color::Gray),
    )));
    frame.render_widget(Paragraph::new(lines).block(block), r);
    if let Some(f) = fields.get(field) {
        let (_, before, current) = f.cursor_line();
        set_cursor(
            frame,
            inner,
            field * 2,
            9 + window(&current, &before, width).1,
        );
    }
}

fn find(frame: &mut Frame, area: Rect, app: &App, query: &TextArea, choice: usize) {
    let (r, block) = popup(frame, area, 60, 14, " Find a member ".into());
    let inner = block.inner(r);
    let a = app.agenda();
    let mut lines = vec![
        Line::from(format!("> {}", inert_line(&query.text()))),
        Line::default(),
    ];
    let matches = app.matches(&query.text());
    let room = usize::from(inner.height.saturating_sub(3));
    let skip = choice.saturating_sub(room.saturating_sub(1));
    for (n, pos) in matches.iter().enumerate().skip(skip).take(room) {
        let Some(m) = app.roster.get(*pos).and_then(|m| a.members.get(*m)) else {
            continue;
        };
        let style = if n == choice {
            Style::new().add_modifier(Modifier::REVERSED)
        } else {
            Style::new()
        };
        lines.push(Line::from(Span::styled(
            fit(
                &format!("{:<6} {}", m.id, inert_line(&m.name)),
                usize::from(inner.width),
            ),
            style,
        )));
    }
    if matches.is_empty() {
        lines.push(Line::from(Span::styled(
            "no member matches",
            Style::new().fg(Color::Gray),
        )));
    }
    frame.render_widget(Paragraph::new(lines).block(block), r);
    set_cursor(frame, inner, 0, 2 + query.cursor().1);
}

fn export(frame: &mut Frame, area: Rect, kind: usize, attribution: Attribution) {
    let (r, block) = popup(frame, area, 56, 11, " Export ".into());
    let mut lines = Vec::new();
    for (n, k) in Kind::ALL.iter().enumerate() {
        let style = if n == kind {
            Style::new().add_modifier(Modifier::REVERSED)
        } else {
            Style::new()
        };
        lines.push(Line::from(Span::styled(format!(" {} ", k.name()), style)));
    }
    lines.push(Line::default());
    let words = match attribution {
        Attribution::Attributed => "attributed (delegations named)",
        Attribution::ChathamHouse => "Chatham House (no one named)",
    };
    lines.push(Line::from(format!(" Attribution: {words}")));
    lines.push(Line::default());
    lines.push(Line::from(Span::styled(
        " ↑↓ choose · a attribution · Enter write · Esc cancel",
        Style::new().fg(Color::Gray),
    )));
    frame.render_widget(Paragraph::new(lines).block(block), r);
}

#[cfg(test)]
mod tests {
    use super::window;

    #[test]
    fn the_cursor_line_scrolls_to_keep_the_cursor_in_view() {
        assert_eq!(window("short", "short", 10), ("short".to_string(), 5));
        let long = "Tuvalu asks that the costs of the network be shared fairly";
        let (shown, col) = window(long, long, 20);
        assert_eq!(col, 19);
        assert_eq!(shown, "rk be shared fairly");
        assert!(shown.ends_with("fairly"), "{shown}");
        let (shown, col) = window("日本日本日本日本日本日本", "日本日本日本日本日本日本", 9);
        assert!(col < 9 && shown.ends_with('本'), "{shown} {col}");
        let (shown, col) = window("ab\u{1b}cd", "ab\u{1b}", 10);
        assert_eq!((shown.as_str(), col), ("ab␛cd", 3));
    }
}
