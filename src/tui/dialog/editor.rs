//! What the statement and outcome editors share: editing keys, paste, and
//! drawing a text area in a box with its cursor.

use crossterm::event::{KeyCode, KeyModifiers};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{Input, popup, set_cursor};
use crate::agenda::Language;
use crate::tr;
use crate::tui::textarea::{Edit, TextArea};
use crate::tui::views::fit;

/// What an input did to an editor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// The text or cursor changed, or nothing happened.
    Edited,
    /// Esc: keep the text.
    Keep,
    /// Ctrl-C: discard the edit.
    Discard,
}

/// The editing key a key press is, if any.
pub fn edit_for(code: KeyCode, multiline: bool) -> Option<Edit> {
    Some(match code {
        KeyCode::Enter if multiline => Edit::Newline,
        KeyCode::Char(c) => Edit::Char(c),
        KeyCode::Backspace => Edit::Backspace,
        KeyCode::Delete => Edit::Delete,
        KeyCode::Left => Edit::Left,
        KeyCode::Right => Edit::Right,
        KeyCode::Up => Edit::Up,
        KeyCode::Down => Edit::Down,
        KeyCode::Home => Edit::Home,
        KeyCode::End => Edit::End,
        _ => return None,
    })
}

/// Applies one input to a text area: typing and paste edit it, Esc keeps,
/// Ctrl-C discards.
pub fn step(text: &mut TextArea, input: Input) -> Step {
    match input {
        Input::Paste(p) => {
            text.insert_str(p);
            Step::Edited
        }
        Input::Key(k) => {
            let ctrl = k.modifiers.contains(KeyModifiers::CONTROL);
            match k.code {
                KeyCode::Esc => Step::Keep,
                KeyCode::Char('c') if ctrl => Step::Discard,
                _ if ctrl || k.modifiers.contains(KeyModifiers::ALT) => Step::Edited,
                code => {
                    if let Some(e) = edit_for(code, text.multiline) {
                        text.edit(e);
                    }
                    Step::Edited
                }
            }
        }
    }
}

/// The editor box's size on a screen of `width`×`height`.
fn box_size(width: u16, height: u16) -> (u16, u16) {
    (
        width.saturating_sub(8).clamp(20, 96).min(width),
        height.saturating_sub(6).clamp(6, 24).min(height),
    )
}

/// The width text wraps at in the editor on a screen `width` wide (the
/// box, less its borders and the column kept for the cursor).
pub fn wrap_width(width: u16) -> usize {
    usize::from(box_size(width, 24).0.saturating_sub(3))
}

/// Draws an editor box: the title, the text wrapped to the box, a hint and
/// which line the cursor is on of how many (in `lang`).
pub fn draw(
    frame: &mut Frame,
    area: Rect,
    (title, hint): (&str, &str),
    text: &TextArea,
    lang: Language,
) {
    let (w, h) = box_size(area.width, area.height);
    let (r, block) = popup(
        frame,
        area,
        w,
        h,
        fit(title, usize::from(w.saturating_sub(2))),
    );
    let inner = block.inner(r);
    let width = usize::from(inner.width);
    let visible = usize::from(inner.height.saturating_sub(1)).max(1);
    let view = text.view(width, visible);
    let mut lines: Vec<Line> = view.lines.into_iter().map(Line::from).collect();
    lines.resize(visible, Line::default());
    let count = tr!(lang, "dialog-line-of", n = view.at + 1, total = view.total);
    lines.push(Line::from(Span::styled(
        fit(&format!("{hint} · {count}"), width),
        Style::new().fg(Color::Gray),
    )));
    frame.render_widget(Paragraph::new(lines).block(block), r);
    set_cursor(frame, inner, view.cursor.0, view.cursor.1);
}

/// What of a one-line field to show in `width` columns so that the cursor
/// stays in view (the field scrolls sideways as the chair types), and the
/// cursor's column within it.
pub fn window(field: &TextArea, width: usize) -> (String, usize) {
    let v = field.view(usize::MAX, 1);
    let shown = v.lines.into_iter().next().unwrap_or_default();
    let cx = v.cursor.1;
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
        dropped += unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        rest = shown.get(i + c.len_utf8()..).unwrap_or("");
    }
    (fit(rest, width), cx.saturating_sub(dropped))
}

#[cfg(test)]
mod tests {
    use super::window;
    use crate::tui::textarea::TextArea;

    fn w(text: &str, width: usize) -> (String, usize) {
        window(&TextArea::new(text, false), width)
    }

    #[test]
    fn a_field_scrolls_sideways_to_keep_the_cursor_in_view() {
        assert_eq!(w("short", 10), ("short".to_string(), 5));
        let long = "Tuvalu asks that the costs of the network be shared fairly";
        let (shown, col) = w(long, 20);
        assert_eq!(col, 19);
        assert_eq!(shown, "rk be shared fairly");
        let (shown, col) = w("日本日本日本日本日本日本", 9);
        assert!(col < 9 && shown.ends_with('本'), "{shown} {col}");
        assert_eq!(w("ab\u{1b}cd", 10), ("ab␛cd".to_string(), 5));
    }
}
