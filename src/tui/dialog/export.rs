//! The export dialog: which document and which attribution. Enter asks the
//! screen to write it beside the session file; the dialog writes nothing.

use crossterm::event::{KeyCode, KeyModifiers};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{Input, Outcome, popup};
use crate::agenda::Attribution;
use crate::export::Kind;

/// The export choices.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Export {
    /// Index into [`Kind::ALL`].
    pub kind: usize,
    /// Who the minutes name.
    pub attribution: Attribution,
}

impl Export {
    /// The dialog on the first kind and the agenda's attribution.
    pub fn open(attribution: Attribution) -> Export {
        Export {
            kind: 0,
            attribution,
        }
    }

    /// Carries out one input.
    pub fn update(&mut self, input: Input) -> Outcome {
        let Input::Key(key) = input else {
            return Outcome::Stay;
        };
        let n = Kind::ALL.len();
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        match key.code {
            KeyCode::Char('c') if ctrl => Outcome::Close(String::new()),
            _ if ctrl || key.modifiers.contains(KeyModifiers::ALT) => Outcome::Stay,
            KeyCode::Enter => match Kind::ALL.get(self.kind) {
                Some(k) => Outcome::Export(*k, self.attribution),
                None => Outcome::Stay,
            },
            KeyCode::Esc | KeyCode::Char('q') => Outcome::Close(String::new()),
            KeyCode::Up | KeyCode::Left | KeyCode::Char('k' | 'h') | KeyCode::BackTab => {
                self.kind = (self.kind + n - 1) % n;
                Outcome::Stay
            }
            KeyCode::Down | KeyCode::Right | KeyCode::Char('j' | 'l') | KeyCode::Tab => {
                self.kind = (self.kind + 1) % n;
                Outcome::Stay
            }
            KeyCode::Char('a') => {
                self.attribution = match self.attribution {
                    Attribution::Attributed => Attribution::ChathamHouse,
                    Attribution::ChathamHouse => Attribution::Attributed,
                };
                Outcome::Stay
            }
            _ => Outcome::Stay,
        }
    }

    /// Draws the choices.
    pub fn draw(&self, frame: &mut Frame, area: Rect) {
        let h = u16::try_from(Kind::ALL.len() + 6).unwrap_or(u16::MAX);
        let (r, block) = popup(frame, area, 56, h, " Export ".into());
        let mut lines = Vec::new();
        for (n, k) in Kind::ALL.iter().enumerate() {
            let style = if n == self.kind {
                Style::new().add_modifier(Modifier::REVERSED)
            } else {
                Style::new()
            };
            lines.push(Line::from(Span::styled(format!(" {} ", k.name()), style)));
        }
        lines.push(Line::default());
        let words = match self.attribution {
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
}
