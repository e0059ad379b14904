//! The outcome editor: the chair's words for the minutes on an item
//! ("The meeting: …"). Esc keeps the text (and records nothing when it is
//! unchanged), empty text withdraws a recorded outcome, Ctrl-C discards.

use ratatui::Frame;
use ratatui::layout::Rect;

use super::editor::{self, Step};
use super::{Ctx, Input, Outcome};
use crate::session::Change;
use crate::tr;
use crate::tui::textarea::TextArea;

/// An outcome being written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutcomeEditor {
    /// Item index.
    pub item: usize,
    id: String,
    /// The option adopted, as recorded (kept as it is).
    option: Option<String>,
    /// Whether the chair adopted it despite its status (kept on rewording).
    despite_status: bool,
    original: String,
    text: TextArea,
}

impl OutcomeEditor {
    /// Opens the editor on the item's outcome as recorded.
    pub fn open(ctx: &Ctx, item: usize) -> Option<OutcomeEditor> {
        let it = ctx.agenda().items.get(item)?;
        let recorded = ctx.record().outcomes.get(item).cloned().flatten();
        let original = recorded
            .as_ref()
            .map(|o| o.text.clone())
            .unwrap_or_default();
        let despite_status = recorded.as_ref().is_some_and(|o| o.despite_status);
        let option = recorded
            .and_then(|o| o.option)
            .and_then(|o| it.options.get(o))
            .map(|o| o.id.clone());
        Some(OutcomeEditor {
            item,
            id: it.id.clone(),
            option,
            despite_status,
            text: TextArea::new(&original, true),
            original,
        })
    }

    /// Whether the text differs from what is recorded.
    pub fn changed(&self) -> bool {
        self.text.text().trim() != self.original.trim()
    }

    /// Carries out one input.
    pub fn update(&mut self, input: Input, ctx: &Ctx) -> Outcome {
        self.text.set_wrap(editor::wrap_width(ctx.width));
        match editor::step(&mut self.text, input) {
            Step::Edited => Outcome::Stay,
            Step::Discard => Outcome::Close(tr!(ctx.lang, "status-edit-discarded")),
            Step::Keep if !self.changed() => {
                Outcome::Close(tr!(ctx.lang, "status-outcome-unchanged"))
            }
            Step::Keep => Outcome::Record(vec![Change::Outcome {
                item: self.id.clone(),
                text: self.text.text().trim().to_string(),
                option: self.option.clone(),
                // rewording keeps what the chair said about the status
                despite_status: self.despite_status,
            }]),
        }
    }

    /// Draws the editor.
    pub fn draw(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let title = format!(
            " {} ",
            tr!(ctx.lang, "dialog-outcome-title", n = self.item + 1)
        );
        let hint = tr!(
            ctx.lang,
            if self.original.is_empty() {
                "dialog-outcome-hint"
            } else {
                "dialog-outcome-hint-recorded"
            }
        );
        editor::draw(frame, area, (&title, &hint), &self.text, ctx.lang);
    }
}
