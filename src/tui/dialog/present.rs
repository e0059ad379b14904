//! Recording for a member marked absent: their position would not show on
//! the roster, so the screen asks first. One key (y or Enter) marks them
//! present and records; any other key records nothing.

use crossterm::event::KeyCode;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use super::{Ctx, Input, Outcome, popup};
use unicode_width::UnicodeWidthStr;

use crate::agenda::Language;
use crate::session::Change;
use crate::text::inert_line;
use crate::tr;

/// The rows lines take wrapped at `width` columns (a word that does not
/// fit goes whole to the next row: a few columns are kept for that).
fn rows(lines: &[String], width: usize) -> u16 {
    let room = width.saturating_sub(8).max(1);
    let n: usize = lines
        .iter()
        .map(|l| UnicodeWidthStr::width(l.as_str()).div_ceil(room).max(1))
        .sum();
    u16::try_from(n).unwrap_or(u16::MAX)
}

/// Whether a key answers yes: `y` or Enter, and `o` (oui) in French.
fn yes(code: KeyCode, lang: Language) -> bool {
    match code {
        KeyCode::Enter | KeyCode::Char('y' | 'Y') => true,
        KeyCode::Char('o' | 'O') => lang == Language::Fr,
        _ => false,
    }
}

/// The question, with the change waiting for the answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarkPresent {
    /// Member index.
    pub member: usize,
    /// What would be recorded once they are present.
    what: String,
    change: Change,
}

impl MarkPresent {
    /// Asks before recording `change` (a position) for absent `member`.
    pub fn open(member: usize, change: Change, what: String) -> MarkPresent {
        MarkPresent {
            member,
            what,
            change,
        }
    }

    /// Carries out one input.
    pub fn update(&mut self, input: Input, ctx: &Ctx) -> Outcome {
        let name = ctx
            .agenda()
            .members
            .get(self.member)
            .map(|m| (m.id.clone(), inert_line(m.name_in(ctx.lang))));
        let Some((id, name)) = name else {
            return Outcome::Close(String::new());
        };
        match input {
            Input::Key(k) if yes(k.code, ctx.lang) => Outcome::Record(vec![
                Change::Attendance {
                    member: id,
                    present: true,
                },
                self.change.clone(),
            ]),
            Input::Key(_) => Outcome::Close(tr!(ctx.lang, "status-still-absent", name = &name)),
            Input::Paste(_) => Outcome::Stay,
        }
    }

    /// Draws the question.
    pub fn draw(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let name = ctx
            .agenda()
            .members
            .get(self.member)
            .map(|m| inert_line(m.name_in(ctx.lang)))
            .unwrap_or_default();
        let lang = ctx.lang;
        let title = format!(" {} ", tr!(lang, "dialog-absent-title"));
        let words = [
            tr!(lang, "dialog-absent-marked", name = &name),
            tr!(lang, "dialog-absent-ask", stance = &self.what),
            String::new(),
            tr!(lang, "dialog-absent-keys"),
        ];
        let (r, block) = popup(frame, area, 60, rows(&words, 58).max(5) + 2, title);
        let [marked, ask, gap, keys] = words.map(Line::from);
        let lines = vec![marked, ask, gap, keys.style(Style::new().fg(Color::Gray))];
        frame.render_widget(
            Paragraph::new(lines).block(block).wrap(Wrap { trim: true }),
            r,
        );
    }
}
