//! The statement editor: a member's words on an option, in their own
//! lines, wrapped to the box. Esc keeps the text, Ctrl-C discards the edit.

use ratatui::Frame;
use ratatui::layout::Rect;

use super::editor::{self, Step};
use super::{Ctx, Input, Outcome};
use crate::session::Change;
use crate::text::inert_line;
use crate::tr;
use crate::tui::textarea::TextArea;

/// A statement being written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatementEditor {
    /// Item, option and member indices.
    pub at: (usize, usize, usize),
    ids: (String, String, String),
    original: String,
    text: TextArea,
}

impl StatementEditor {
    /// Opens the editor on the member's statement as recorded; `None` when
    /// the indices are not in the agenda.
    pub fn open(ctx: &Ctx, item: usize, option: usize, member: usize) -> Option<StatementEditor> {
        let a = ctx.agenda();
        let it = a.items.get(item)?;
        let ids = (
            it.id.clone(),
            it.options.get(option)?.id.clone(),
            a.members.get(member)?.id.clone(),
        );
        let original = ctx
            .record()
            .position(item, option, member)
            .and_then(|p| p.statement.clone())
            .unwrap_or_default();
        Some(StatementEditor {
            at: (item, option, member),
            ids,
            text: TextArea::new(&original, true),
            original,
        })
    }

    /// Whether the text differs from what is recorded.
    pub fn changed(&self) -> bool {
        self.text.text().trim_end() != self.original
    }

    /// Carries out one input.
    pub fn update(&mut self, input: Input, ctx: &Ctx) -> Outcome {
        self.text.set_wrap(editor::wrap_width(ctx.width));
        match editor::step(&mut self.text, input) {
            Step::Edited => Outcome::Stay,
            Step::Discard => Outcome::Close(tr!(ctx.lang, "status-edit-discarded")),
            Step::Keep if !self.changed() => {
                Outcome::Close(tr!(ctx.lang, "status-statement-unchanged"))
            }
            Step::Keep => {
                let (item, option, member) = self.ids.clone();
                Outcome::Record(vec![Change::Statement {
                    item,
                    option,
                    member,
                    text: self.text.text().trim_end().to_string(),
                }])
            }
        }
    }

    /// Draws the editor.
    pub fn draw(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let (item, option, member) = self.at;
        let who = ctx
            .agenda()
            .members
            .get(member)
            .map(|m| inert_line(m.name_in(ctx.lang)))
            .unwrap_or_default();
        let at = format!("{}.{}", item + 1, option + 1);
        let title = format!(
            " {} ",
            tr!(ctx.lang, "screen-statement", name = &who, at = &at)
        );
        let hint = tr!(ctx.lang, "dialog-statement-hint");
        editor::draw(frame, area, (&title, &hint), &self.text, ctx.lang);
    }
}
