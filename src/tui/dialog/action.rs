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
use unicode_width::UnicodeWidthStr;

use crate::agenda::Language;
use crate::session::Change;
use crate::tr;
use crate::tui::textarea::TextArea;
use crate::tui::views::pad;

/// The fields' labels, in their order.
const LABELS: [&str; 3] = [
    "dialog-action-text",
    "dialog-action-owner",
    "dialog-action-due",
];

/// The fields' labels in `lang`, padded to one width, and that width.
fn labels(lang: Language) -> ([String; 3], usize) {
    let words = LABELS.map(|id| tr!(lang, id));
    let w = words
        .iter()
        .map(|l| UnicodeWidthStr::width(l.as_str()))
        .max()
        .unwrap_or(0);
    (words.map(|l| pad(&l, w)), w)
}

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
    fn browse(&mut self, up: bool, lang: Language) -> Outcome {
        if self.changed() {
            return Outcome::Complain(tr!(lang, "status-action-keep-first"));
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

    fn withdraw(&self, lang: Language) -> Outcome {
        match self.shown.and_then(|k| self.recorded.get(k)) {
            Some((seq, _)) => Outcome::Record(vec![Change::WithdrawAction {
                item: self.id.clone(),
                action: *seq,
            }]),
            None => Outcome::Complain(tr!(lang, "status-action-nothing-to-withdraw")),
        }
    }

    /// Carries out one input.
    pub fn update(&mut self, input: Input, ctx: &Ctx) -> Outcome {
        let lang = ctx.lang;
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
            KeyCode::Char('c') if ctrl => Outcome::Close(tr!(lang, "status-action-discarded")),
            KeyCode::Char('w') if ctrl => self.withdraw(lang),
            KeyCode::PageUp => self.browse(true, lang),
            KeyCode::PageDown => self.browse(false, lang),
            KeyCode::Esc if !self.changed() => Outcome::Close(tr!(lang, "status-nothing-recorded")),
            KeyCode::Esc => self.save(lang),
            KeyCode::Enter if self.field == 2 => self.save(lang),
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

    fn save(&mut self, lang: Language) -> Outcome {
        let [text, owner, due] = self.fields.clone().map(|f| f.text().trim().to_string());
        if text.is_empty() {
            self.field = 0;
            return Outcome::Complain(tr!(lang, "status-action-needs-text"));
        }
        let due = if due.is_empty() {
            None
        } else {
            match crate::session::parse_date(&due) {
                Some(d) => Some(d),
                None => {
                    self.field = 2;
                    let due = crate::text::quoted(&due);
                    return Outcome::Complain(tr!(lang, "status-action-bad-date", due = &due));
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

    /// The form's title in `lang`: which action is shown.
    fn title(&self, lang: Language) -> String {
        let (n, total) = (self.item + 1, self.recorded.len());
        let title = match self
            .shown
            .and_then(|k| self.recorded.get(k).map(|r| (k, r.0)))
        {
            Some((k, seq)) => tr!(
                lang,
                "dialog-action-shown",
                k = k + 1,
                total = total,
                n = n,
                seq = seq
            ),
            None if total == 0 => tr!(lang, "dialog-action-new", n = n),
            None => tr!(lang, "dialog-action-new-recorded", n = n, total = total),
        };
        format!(" {title} ")
    }

    /// Draws the form, in `lang`.
    pub fn draw(&self, frame: &mut Frame, area: Rect, lang: Language) {
        let (r, block) = popup(frame, area, 76, 10, self.title(lang));
        let inner = block.inner(r);
        let (labels, label_w) = labels(lang);
        let left = label_w + 3;
        let width = usize::from(inner.width).saturating_sub(left);
        let mut lines = Vec::new();
        for (n, (label, f)) in labels.iter().zip(self.fields.iter()).enumerate() {
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
        for hint in ["dialog-action-hint", "dialog-action-hint-recorded"] {
            lines.push(Line::from(Span::styled(
                tr!(lang, hint),
                Style::new().fg(Color::Gray),
            )));
        }
        frame.render_widget(Paragraph::new(lines).block(block), r);
        if let Some(f) = self.fields.get(self.field) {
            set_cursor(frame, inner, self.field * 2, left + window(f, width).1);
        }
    }
}
