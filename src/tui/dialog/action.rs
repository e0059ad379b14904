//! The action form: what is to be done, by whom, by when (`YYYY-MM-DD`).
//! Tab, ↓ or Enter go to the next field (Enter on the last saves), Esc
//! saves, Ctrl-C discards. A bad date keeps the form open on that field.

use crossterm::event::{KeyCode, KeyModifiers};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::editor::{edit_for, window};
use super::{Ctx, Input, Outcome, popup, set_cursor};
use crate::session::Change;
use crate::tui::textarea::TextArea;

const LABELS: [&str; 3] = ["Action", "Owner ", "Due   "];

/// An action being written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionForm {
    /// Item index.
    pub item: usize,
    id: String,
    fields: [TextArea; 3],
    /// The field being typed in.
    pub field: usize,
}

impl ActionForm {
    /// An empty form for an item.
    pub fn open(ctx: &Ctx, item: usize) -> Option<ActionForm> {
        let id = ctx.agenda().items.get(item)?.id.clone();
        Some(ActionForm {
            item,
            id,
            fields: std::array::from_fn(|_| TextArea::new("", false)),
            field: 0,
        })
    }

    /// Whether anything was typed.
    pub fn changed(&self) -> bool {
        self.fields.iter().any(|f| !f.text().trim().is_empty())
    }

    /// Carries out one input.
    pub fn update(&mut self, input: Input, _ctx: &Ctx) -> Outcome {
        let key = match input {
            Input::Paste(p) => {
                if let Some(f) = self.fields.get_mut(self.field) {
                    f.insert_str(p);
                }
                return Outcome::Stay;
            }
            Input::Key(k) => k,
        };
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        match key.code {
            KeyCode::Char('c') if ctrl => Outcome::Close("action discarded".into()),
            KeyCode::Esc if !self.changed() => Outcome::Close("no action recorded".into()),
            KeyCode::Esc => self.save(),
            KeyCode::Enter if self.field == 2 => self.save(),
            KeyCode::Tab | KeyCode::Down | KeyCode::Enter => {
                self.field = (self.field + 1).min(2);
                Outcome::Stay
            }
            KeyCode::BackTab | KeyCode::Up => {
                self.field = self.field.saturating_sub(1);
                Outcome::Stay
            }
            _ if ctrl || key.modifiers.contains(KeyModifiers::ALT) => Outcome::Stay,
            code => {
                if let (Some(e), Some(f)) = (edit_for(code, false), self.fields.get_mut(self.field))
                {
                    f.edit(e);
                }
                Outcome::Stay
            }
        }
    }

    fn save(&mut self) -> Outcome {
        let [text, owner, due] = self.fields.clone().map(|f| f.text().trim().to_string());
        if text.is_empty() {
            self.field = 0;
            return Outcome::Complain(
                "an action needs text: say what is to be done (Ctrl-C to discard)".into(),
            );
        }
        let due = if due.is_empty() {
            None
        } else {
            match crate::session::parse_date(&due) {
                Some(d) => Some(d),
                None => {
                    self.field = 2;
                    return Outcome::Complain(format!(
                        "due date {} is not a date written YYYY-MM-DD, e.g. 2024-10-31",
                        crate::text::quoted(&due)
                    ));
                }
            }
        };
        Outcome::Record(vec![Change::Action {
            item: self.id.clone(),
            text,
            owner: (!owner.is_empty()).then_some(owner),
            due,
        }])
    }

    /// Draws the form.
    pub fn draw(&self, frame: &mut Frame, area: Rect) {
        let (r, block) = popup(frame, area, 72, 9, " New action ".into());
        let inner = block.inner(r);
        let width = usize::from(inner.width).saturating_sub(9);
        let mut lines = Vec::new();
        for (n, (label, f)) in LABELS.iter().zip(self.fields.iter()).enumerate() {
            let style = if n == self.field {
                Style::new().add_modifier(Modifier::BOLD)
            } else {
                Style::new().fg(Color::Gray)
            };
            lines.push(Line::from(vec![
                Span::styled(format!("{label} : "), style),
                Span::raw(window(f, width).0),
            ]));
            lines.push(Line::default());
        }
        lines.push(Line::from(Span::styled(
            "Due as YYYY-MM-DD · Tab next field · Esc keep · Ctrl-C discard",
            Style::new().fg(Color::Gray),
        )));
        frame.render_widget(Paragraph::new(lines).block(block), r);
        if let Some(f) = self.fields.get(self.field) {
            set_cursor(frame, inner, self.field * 2, 9 + window(f, width).1);
        }
    }
}
