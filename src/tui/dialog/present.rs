//! Recording for a member marked absent: their position would not show on
//! the roster, so the screen asks first. One key (y or Enter) marks them
//! present and records; any other key records nothing.

use crossterm::event::KeyCode;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::{Ctx, Input, Outcome, popup};
use crate::session::Change;
use crate::text::inert_line;

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
            .map(|m| (m.id.clone(), inert_line(&m.name)));
        let Some((id, name)) = name else {
            return Outcome::Close(String::new());
        };
        match input {
            Input::Key(k) if matches!(k.code, KeyCode::Char('y' | 'Y') | KeyCode::Enter) => {
                Outcome::Record(vec![
                    Change::Attendance {
                        member: id,
                        present: true,
                    },
                    self.change.clone(),
                ])
            }
            Input::Key(_) => Outcome::Close(format!("nothing recorded: {name} is still absent")),
            Input::Paste(_) => Outcome::Stay,
        }
    }

    /// Draws the question.
    pub fn draw(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let name = ctx
            .agenda()
            .members
            .get(self.member)
            .map(|m| inert_line(&m.name))
            .unwrap_or_default();
        let (r, block) = popup(frame, area, 60, 7, " Marked absent ".into());
        let lines = vec![
            Line::from(format!("{name} is marked absent.")),
            Line::from(format!("Mark them present and record {}?", self.what)),
            Line::default(),
            Line::from(Span::styled(
                "y or Enter: present and record · any other key: nothing",
                Style::new().fg(Color::Gray),
            )),
        ];
        frame.render_widget(
            Paragraph::new(lines).block(block).wrap(Wrap { trim: true }),
            r,
        );
    }
}
