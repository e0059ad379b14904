//! Adding an item (other business) after the agenda's items: its id,
//! title, summary and first options (`Ctrl-N` adds another option's id and
//! title). `Enter` on the last field records it; `Esc` records nothing.

use crossterm::event::KeyCode;
use ratatui::Frame;
use ratatui::layout::Rect;

use super::form::{self, Form, Step};
use super::{Amend, Ctx, Input, Outcome};
use crate::agenda::ItemKind;
use crate::session::NewItem;
use crate::tr;

/// The fields before the options: id, title, summary.
const HEAD: usize = 3;

/// The most options the form takes (more can be added with add-option).
const MAX_OPTIONS: usize = 8;

/// An item being added.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AddItemForm {
    /// The fields: id, title, summary, then an id and a title per option.
    pub form: Form,
}

impl AddItemForm {
    /// An empty form with room for one option.
    pub fn open(ctx: &Ctx) -> AddItemForm {
        let lang = ctx.lang;
        let mut f = AddItemForm {
            form: Form::new(
                vec![
                    (tr!(lang, "amend-label-id"), form::text("")),
                    (tr!(lang, "amend-label-title"), form::text("")),
                    (tr!(lang, "amend-label-summary"), form::text("")),
                ],
                lang,
            ),
        };
        f.another_option(ctx);
        f.form.field = 0;
        f
    }

    fn another_option(&mut self, ctx: &Ctx) {
        let n = (self.form.fields.len() - HEAD) / 2 + 1;
        self.form.push(
            tr!(ctx.lang, "amend-label-option-id", n = n),
            form::text(""),
        );
        self.form.push(
            tr!(ctx.lang, "amend-label-option-title", n = n),
            form::text(""),
        );
        self.form.field = self.form.fields.len() - 2;
    }

    /// Whether anything was typed.
    pub fn changed(&self) -> bool {
        self.form.changed()
    }

    /// The options typed, as (id, title); a pair left empty is no option.
    fn options(&self) -> Vec<(String, String)> {
        (HEAD..self.form.fields.len())
            .step_by(2)
            .map(|n| (self.form.value(n), self.form.value(n + 1)))
            .filter(|(id, title)| !id.is_empty() || !title.is_empty())
            .collect()
    }

    /// Carries out one input.
    pub fn update(&mut self, input: Input, ctx: &Ctx) -> Outcome {
        match self.form.input(input) {
            Step::Stay => Outcome::Stay,
            Step::Key(k) if k.code == KeyCode::Char('n') => {
                if self.form.fields.len() < HEAD + 2 * MAX_OPTIONS {
                    self.another_option(ctx);
                    return Outcome::Stay;
                }
                Outcome::Complain(tr!(ctx.lang, "amend-item-options-full", n = MAX_OPTIONS))
            }
            Step::Key(_) => Outcome::Stay,
            Step::Cancel => Outcome::Close(tr!(ctx.lang, "amend-nothing")),
            Step::Save => {
                let background = self.form.value(2);
                Outcome::Amend(Amend::Item(NewItem {
                    item: self.form.value(0),
                    title: self.form.value(1),
                    background: (!background.is_empty()).then_some(background),
                    kind: Some(ItemKind::OtherBusiness),
                    options: self.options(),
                }))
            }
        }
    }

    /// Draws the form.
    pub fn draw(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let n = ctx.agenda().items.len() + 1;
        let title = tr!(ctx.lang, "amend-item-title", n = n);
        let hints = [
            tr!(ctx.lang, "amend-hint-id"),
            tr!(ctx.lang, "amend-hint-more-options"),
            tr!(ctx.lang, "amend-hint-form"),
            tr!(ctx.lang, "amend-hint-save"),
        ];
        self.form
            .draw(frame, area, 76, format!(" {title} "), &hints);
    }
}
