//! The export dialog: which format, which minutes (the Outcomes or the
//! Summary record) and which attribution. Enter asks the screen to write it
//! beside the session file, in the screen's language; the dialog writes
//! nothing.

use crossterm::event::{KeyCode, KeyModifiers};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{Input, Outcome, popup};
use unicode_width::UnicodeWidthStr;

use crate::agenda::{Attribution, Language};
use crate::export::{Document, Kind};
use crate::tr;

/// What the dialog calls an export kind, in `lang`.
pub fn kind_name(kind: Kind, lang: Language) -> String {
    tr!(lang, &format!("dialog-export-{}", kind.extension()))
}

/// The export choices.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Export {
    /// Index into [`Kind::ALL`].
    pub kind: usize,
    /// Which minutes (the record formats ignore it).
    pub document: Document,
    /// Who the minutes name.
    pub attribution: Attribution,
}

/// What the dialog calls a document, in `lang`.
pub fn document_name(document: Document, lang: Language) -> String {
    tr!(
        lang,
        match document {
            Document::Outcomes => "dialog-export-outcomes",
            Document::Record => "dialog-export-record",
        }
    )
}

impl Export {
    /// The dialog on the first kind, the Outcomes and the agenda's attribution.
    pub fn open(attribution: Attribution) -> Export {
        Export {
            kind: 0,
            document: Document::Outcomes,
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
                Some(k) => Outcome::Export(*k, self.document, self.attribution),
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
            KeyCode::Char('d') => {
                self.document = match self.document {
                    Document::Outcomes => Document::Record,
                    Document::Record => Document::Outcomes,
                };
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

    /// Draws the choices, in `lang`.
    pub fn draw(&self, frame: &mut Frame, area: Rect, lang: Language) {
        let h = u16::try_from(Kind::ALL.len() + 7).unwrap_or(u16::MAX);
        let title = format!(" {} ", tr!(lang, "dialog-export-title"));
        let keys = format!(" {}", tr!(lang, "dialog-export-keys"));
        // as wide as the longest line (French is longer), at least 56
        let w = u16::try_from(UnicodeWidthStr::width(keys.as_str()) + 3)
            .unwrap_or(u16::MAX)
            .max(56);
        let (r, block) = popup(frame, area, w, h, title);
        let mut lines = Vec::new();
        for (n, k) in Kind::ALL.iter().enumerate() {
            let style = if n == self.kind {
                Style::new().add_modifier(Modifier::REVERSED)
            } else {
                Style::new()
            };
            lines.push(Line::from(Span::styled(
                format!(" {} ", kind_name(*k, lang)),
                style,
            )));
        }
        lines.push(Line::default());
        lines.push(self.document_line(lang));
        let words = tr!(
            lang,
            match self.attribution {
                Attribution::Attributed => "dialog-export-attributed",
                Attribution::ChathamHouse => "dialog-export-chatham-house",
            }
        );
        lines.push(Line::from(format!(
            " {}",
            tr!(lang, "dialog-export-attribution", words = &words)
        )));
        lines.push(Line::default());
        lines.push(Line::from(Span::styled(keys, Style::new().fg(Color::Gray))));
        frame.render_widget(Paragraph::new(lines).block(block), r);
    }

    /// "Document: Outcomes", greyed when the chosen format is not minutes
    /// (the record formats hold positions, not a document).
    fn document_line(&self, lang: Language) -> Line<'static> {
        let words = document_name(self.document, lang);
        let text = format!(" {}", tr!(lang, "dialog-export-document", words = &words));
        match Kind::ALL.get(self.kind) {
            Some(k) if k.is_minutes() => Line::from(text),
            _ => Line::from(Span::styled(text, Style::new().fg(Color::DarkGray))),
        }
    }
}
