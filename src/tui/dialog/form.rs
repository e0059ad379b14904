//! What the amendment dialogs share: a form of one-line text fields and
//! choices (← → pick), Tab ↓ ↑ to move, Enter on the last field to record,
//! Esc to cancel (nothing recorded), and drawing it in a box.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::editor::{edit_for, window};
use super::{Input, Outcome, popup, set_cursor};
use crate::agenda::Language;
use crate::text::inert_line;
use crate::tr;
use crate::tui::textarea::TextArea;
use crate::tui::views::fit;

/// One field of a form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Field {
    /// One line of text.
    Text(TextArea),
    /// One of these words, picked with ← →.
    Choice(Vec<String>, usize),
}

/// A form: labelled fields, one of them being typed in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Form {
    /// Each field's label, as shown.
    pub labels: Vec<String>,
    /// The fields.
    pub fields: Vec<Field>,
    /// The field being typed in.
    pub field: usize,
    /// The texts the form opened with (to tell whether anything changed).
    initial: Vec<String>,
    /// Between a label and its field: ": " in English, " : " in French.
    sep: &'static str,
}

/// What an input did to a form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Typed, moved, or nothing.
    Stay,
    /// Enter on the last field: record.
    Save,
    /// Esc: cancel.
    Cancel,
    /// A key the form leaves to its dialog (a Ctrl key, PgUp, PgDn).
    Key(KeyEvent),
}

impl Field {
    /// Its value: the text (trimmed), or the word picked.
    fn value(&self) -> String {
        match self {
            Field::Text(t) => t.text().trim().to_string(),
            Field::Choice(words, at) => words.get(*at).cloned().unwrap_or_default(),
        }
    }
}

/// A one-line text field holding `text`.
pub fn text(text: &str) -> Field {
    Field::Text(TextArea::new(text, false))
}

/// A text field that keeps the line breaks of `text` (a summary): it shows
/// the line the cursor is on, `← →` cross the breaks; `Enter` still moves
/// to the next field or records.
pub fn lines(text: &str) -> Field {
    Field::Text(TextArea::new(text, true))
}

impl Form {
    /// A form of these labelled fields, on the first, its labels set in
    /// `lang`'s typography.
    pub fn new(fields: Vec<(String, Field)>, lang: Language) -> Form {
        let (labels, fields): (Vec<String>, Vec<Field>) = fields.into_iter().unzip();
        let initial = fields.iter().map(Field::value).collect();
        let sep = match lang {
            Language::Fr => " : ",
            Language::En => ": ",
        };
        Form {
            labels,
            fields,
            field: 0,
            initial,
            sep,
        }
    }

    /// A field's text (trimmed) or the word picked; empty past the end.
    pub fn value(&self, n: usize) -> String {
        self.fields.get(n).map(Field::value).unwrap_or_default()
    }

    /// Which word a choice field has picked (0 for a text field).
    pub fn picked(&self, n: usize) -> usize {
        match self.fields.get(n) {
            Some(Field::Choice(_, at)) => *at,
            _ => 0,
        }
    }

    /// Replaces a text field (a choice field is left as it is).
    pub fn set_text(&mut self, n: usize, field: Field) {
        if let Some(f @ Field::Text(_)) = self.fields.get_mut(n) {
            *f = field;
        }
    }

    /// Adds fields at the end (the form remembers them as empty).
    pub fn push(&mut self, label: String, field: Field) {
        self.initial.push(String::new());
        self.labels.push(label);
        self.fields.push(field);
    }

    /// Whether anything differs from what the form opened with.
    pub fn changed(&self) -> bool {
        self.fields
            .iter()
            .enumerate()
            .any(|(n, f)| self.initial.get(n).is_none_or(|v| *v != f.value()))
    }

    /// Carries out one input for a dialog that takes no keys of its own:
    /// `Esc` records nothing, `Enter` on the last field records what
    /// `save` makes of the form.
    pub fn update(
        &mut self,
        input: Input,
        lang: Language,
        save: impl FnOnce(&Form) -> Outcome,
    ) -> Outcome {
        match self.input(input) {
            Step::Stay | Step::Key(_) => Outcome::Stay,
            Step::Cancel => Outcome::Close(tr!(lang, "amend-nothing")),
            Step::Save => save(self),
        }
    }

    /// Carries out one input.
    pub fn input(&mut self, input: Input) -> Step {
        let key = match input {
            Input::Paste(p) => {
                if let Some(Field::Text(t)) = self.fields.get_mut(self.field) {
                    if t.multiline {
                        t.insert_str(p);
                    } else {
                        // one line: a pasted line break would end up in a title
                        t.insert_str(&p.replace(['\r', '\n'], " "));
                    }
                }
                return Step::Stay;
            }
            Input::Key(k) => k,
        };
        let last = self.fields.len().saturating_sub(1);
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        let alt = key.modifiers.contains(KeyModifiers::ALT);
        match key.code {
            KeyCode::Esc => Step::Cancel,
            // Esc and a key typed quickly arrive as Alt+key: never a save
            _ if alt => Step::Stay,
            _ if ctrl => Step::Key(key),
            KeyCode::PageUp | KeyCode::PageDown => Step::Key(key),
            KeyCode::Enter if self.field >= last => Step::Save,
            KeyCode::Tab | KeyCode::Down | KeyCode::Enter => {
                self.field = (self.field + 1).min(last);
                Step::Stay
            }
            KeyCode::BackTab | KeyCode::Up => {
                self.field = self.field.saturating_sub(1);
                Step::Stay
            }
            code => {
                self.edit(code);
                Step::Stay
            }
        }
    }

    fn edit(&mut self, code: KeyCode) {
        match self.fields.get_mut(self.field) {
            Some(Field::Text(t)) => {
                if let Some(e) = edit_for(code, false) {
                    t.edit(e);
                }
            }
            Some(Field::Choice(words, at)) => {
                let n = words.len().max(1);
                match code {
                    KeyCode::Right | KeyCode::Char(' ') => *at = (*at + 1) % n,
                    KeyCode::Left => *at = (*at + n - 1) % n,
                    _ => {}
                }
            }
            None => {}
        }
    }

    /// A label padded to the others' width: "Id:     " in English (the
    /// colon on the word), "Id      : " in French.
    fn label_text(&self, label: &str, pad: usize) -> String {
        let pad = " ".repeat(pad);
        match self.sep {
            " : " => format!("{label}{pad} : "),
            _ => format!("{label}:{pad} "),
        }
    }

    /// One field's line, and the cursor's column in it for a text field.
    fn line(&self, n: usize, label_w: usize, width: usize) -> (Line<'static>, Option<usize>) {
        let sep_w = unicode_width::UnicodeWidthStr::width(self.sep);
        let label = self.labels.get(n).map_or("", String::as_str);
        let style = if n == self.field {
            Style::new().add_modifier(Modifier::BOLD)
        } else {
            Style::new().fg(Color::Gray)
        };
        let pad = label_w.saturating_sub(unicode_width::UnicodeWidthStr::width(label));
        let (shown, col) = match self.fields.get(n) {
            Some(Field::Text(t)) => {
                let (text, col) = window(t, width);
                (text, Some(label_w + sep_w + col))
            }
            Some(Field::Choice(words, at)) => {
                let word = words.get(*at).map_or("", String::as_str);
                (fit(&format!("◂ {} ▸", inert_line(word)), width), None)
            }
            None => (String::new(), None),
        };
        let line = Line::from(vec![
            Span::styled(self.label_text(label, pad), style),
            Span::raw(shown),
        ]);
        (line, col)
    }

    /// The fields shown in `room` rows (at least one): all of them, or a
    /// window that keeps the field being typed in.
    fn rows(&self, room: usize) -> std::ops::Range<usize> {
        let all = self.fields.len();
        let shown = all.min(room.max(1));
        let first = (self.field + 1).saturating_sub(shown).min(all - shown);
        first..first + shown
    }

    /// Draws the form in a box `w` wide, with hints under the fields.
    pub fn draw(&self, frame: &mut Frame, area: Rect, w: u16, title: String, hints: &[String]) {
        // on a short screen the fields scroll and the hints stay in view
        let rows = self.rows(usize::from(area.height).saturating_sub(hints.len() + 3));
        let h = u16::try_from(rows.len() + hints.len() + 3).unwrap_or(u16::MAX);
        let (r, block) = popup(frame, area, w, h, title);
        let inner = block.inner(r);
        let label_w = self
            .labels
            .iter()
            .map(|l| unicode_width::UnicodeWidthStr::width(l.as_str()))
            .max()
            .unwrap_or(0);
        let sep_w = unicode_width::UnicodeWidthStr::width(self.sep);
        let width = usize::from(inner.width).saturating_sub(label_w + sep_w);
        let mut lines = Vec::new();
        let mut cursor = None;
        let first = rows.start;
        for n in rows {
            let (line, col) = self.line(n, label_w, width);
            if let Some(col) = col.filter(|_| n == self.field) {
                cursor = Some((n - first, col));
            }
            lines.push(line);
        }
        lines.push(Line::default());
        let hint_w = usize::from(inner.width);
        for hint in hints {
            lines.push(Line::from(Span::styled(
                fit(hint, hint_w),
                Style::new().fg(Color::Gray),
            )));
        }
        frame.render_widget(Paragraph::new(lines).block(block), r);
        if let Some((row, col)) = cursor {
            set_cursor(frame, inner, row, col);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_form_never_saves_on_an_alt_key() {
        // regression: Esc then Enter typed quickly (Alt+Enter) saved the form
        let mut f = Form::new(vec![("Id".into(), text("aob"))], Language::En);
        let alt_enter = KeyEvent::new(KeyCode::Enter, KeyModifiers::ALT);
        assert_eq!(f.input(Input::Key(alt_enter)), Step::Stay);
        let enter = KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE);
        assert_eq!(f.input(Input::Key(enter)), Step::Save);
    }
}
