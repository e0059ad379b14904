//! The action form: what is to be done, by whom, by when (`YYYY-MM-DD`).
//! Tab, ↓ or Enter go to the next field (Enter on the last saves), Esc
//! saves, Ctrl-C discards. A bad date keeps the form open on that field.
//! PgUp and PgDn show the actions already recorded on the item: one edited
//! is saved as that action withdrawn and the new words recorded; Ctrl-W
//! withdraws the one shown (it leaves the minutes, the history keeps it).

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
    /// The item's actions as recorded: change number and the three fields.
    recorded: Vec<(i64, [String; 3])>,
    /// Which recorded action is shown (`None`: a new one).
    shown: Option<usize>,
}

fn fields_of(values: &[String; 3]) -> [TextArea; 3] {
    std::array::from_fn(|n| TextArea::new(values.get(n).map_or("", String::as_str), false))
}

impl ActionForm {
    /// An empty form for an item.
    pub fn open(ctx: &Ctx, item: usize) -> Option<ActionForm> {
        let id = ctx.agenda().items.get(item)?.id.clone();
        let recorded = ctx
            .record()
            .actions
            .iter()
            .filter(|a| a.item == item)
            .map(|a| {
                let owner = a.owner.clone().unwrap_or_default();
                let due = a.due.map(|d| d.to_string()).unwrap_or_default();
                (a.seq, [a.text.clone(), owner, due])
            })
            .collect();
        Some(ActionForm {
            item,
            id,
            fields: std::array::from_fn(|_| TextArea::new("", false)),
            field: 0,
            recorded,
            shown: None,
        })
    }

    fn values(&self) -> [String; 3] {
        self.fields.clone().map(|f| f.text().trim().to_string())
    }

    /// Whether anything was typed (or a recorded action's words changed).
    pub fn changed(&self) -> bool {
        match self.shown.and_then(|n| self.recorded.get(n)) {
            Some((_, was)) => self.values() != *was,
            None => self.values().iter().any(|v| !v.is_empty()),
        }
    }

    /// Shows another recorded action (or, past the last, a new one).
    fn browse(&mut self, up: bool) -> Outcome {
        if self.changed() {
            return Outcome::Complain(
                "keep (Esc) or discard (Ctrl-C) these words before showing another action".into(),
            );
        }
        let n = self.recorded.len();
        self.shown = match (self.shown, up) {
            (None, true) => n.checked_sub(1),
            (None, false) => None,
            (Some(0), true) => Some(0),
            (Some(k), true) => Some(k - 1),
            (Some(k), false) => (k + 1 < n).then_some(k + 1),
        };
        self.fields = match self.shown.and_then(|k| self.recorded.get(k)) {
            Some((_, values)) => fields_of(values),
            None => std::array::from_fn(|_| TextArea::new("", false)),
        };
        self.field = 0;
        Outcome::Stay
    }

    fn withdraw(&self) -> Outcome {
        match self.shown.and_then(|k| self.recorded.get(k)) {
            Some((seq, _)) => Outcome::Record(vec![Change::WithdrawAction {
                item: self.id.clone(),
                action: *seq,
            }]),
            None => Outcome::Complain(
                "nothing to withdraw: PgUp shows the actions recorded on this item".into(),
            ),
        }
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
            KeyCode::Char('w') if ctrl => self.withdraw(),
            KeyCode::PageUp => self.browse(true),
            KeyCode::PageDown => self.browse(false),
            KeyCode::Esc if !self.changed() => Outcome::Close("nothing recorded".into()),
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
        let mut changes = Vec::new();
        if let Some((seq, _)) = self.shown.and_then(|k| self.recorded.get(k)) {
            // an edit: the old words leave the record, the new ones enter
            changes.push(Change::WithdrawAction {
                item: self.id.clone(),
                action: *seq,
            });
        }
        changes.push(Change::Action {
            item: self.id.clone(),
            text,
            owner: (!owner.is_empty()).then_some(owner),
            due,
        });
        Outcome::Record(changes)
    }

    /// Draws the form.
    pub fn draw(&self, frame: &mut Frame, area: Rect) {
        let title = match self
            .shown
            .and_then(|k| self.recorded.get(k).map(|r| (k, r.0)))
        {
            Some((k, seq)) => format!(
                " Action {} of {} on item {} (recorded #{seq}) ",
                k + 1,
                self.recorded.len(),
                self.item + 1
            ),
            None if self.recorded.is_empty() => format!(" New action on item {} ", self.item + 1),
            None => format!(
                " New action on item {} · PgUp: the {} recorded ",
                self.item + 1,
                self.recorded.len()
            ),
        };
        let (r, block) = popup(frame, area, 76, 10, title);
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
        for hint in [
            "Due as YYYY-MM-DD · Tab next field · Esc keep · Ctrl-C discard",
            "PgUp PgDn recorded actions · Ctrl-W withdraw the one shown",
        ] {
            lines.push(Line::from(Span::styled(hint, Style::new().fg(Color::Gray))));
        }
        frame.render_widget(Paragraph::new(lines).block(block), r);
        if let Some(f) = self.fields.get(self.field) {
            set_cursor(frame, inner, self.field * 2, 9 + window(f, width).1);
        }
    }
}
