//! Adding an option to the current item: its id, title, summary and who
//! proposed it (the chair, or a delegation picked from the roster with
//! `← →`). `Enter` on the last field records it; `Esc` records nothing.

use ratatui::Frame;
use ratatui::layout::Rect;

use super::form::{self, Field, Form};
use super::{Amend, Ctx, Input, Outcome};
use crate::session::{NewOption, ProposedBy};
use crate::text::inert_line;
use crate::tr;

/// An option being added.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AddOptionForm {
    /// Item index.
    pub item: usize,
    id: String,
    /// Who may be named as proposer, in the order shown: the chair's
    /// words first, then the members in roster order.
    proposers: Vec<ProposedBy>,
    /// The fields: id, title, summary, proposed by.
    pub form: Form,
}

/// The chair: the agenda's `chair` by name, or else the chair unnamed (the
/// minutes word it in their own language), with the words shown.
fn chair(ctx: &Ctx) -> (ProposedBy, String) {
    match ctx.agenda().meeting.chair.clone() {
        Some(c) if !c.trim().is_empty() => (ProposedBy::Words(c.clone()), inert_line(&c)),
        _ => (ProposedBy::Chair, tr!(ctx.lang, "amend-the-chair")),
    }
}

impl AddOptionForm {
    /// An empty form for an item.
    pub fn open(ctx: &Ctx, item: usize) -> Option<AddOptionForm> {
        let it = ctx.agenda().items.get(item)?;
        let (chair, words) = chair(ctx);
        let mut proposers = vec![chair];
        let mut names = vec![words];
        for m in ctx
            .roster
            .iter()
            .filter_map(|m| ctx.agenda().members.get(*m))
        {
            proposers.push(ProposedBy::Member(m.id.clone()));
            // as the roster names them
            names.push(inert_line(m.name_in(ctx.lang)));
        }
        let lang = ctx.lang;
        let form = Form::new(
            vec![
                (tr!(lang, "amend-label-id"), form::text("")),
                (tr!(lang, "amend-label-title"), form::text("")),
                (tr!(lang, "amend-label-summary"), form::text("")),
                (
                    tr!(lang, "amend-label-proposed-by"),
                    Field::Choice(names, 0),
                ),
            ],
            lang,
        );
        Some(AddOptionForm {
            item,
            id: it.id.clone(),
            proposers,
            form,
        })
    }

    /// Whether anything was typed or picked.
    pub fn changed(&self) -> bool {
        self.form.changed()
    }

    /// Carries out one input.
    pub fn update(&mut self, input: Input, ctx: &Ctx) -> Outcome {
        let (id, proposers) = (&self.id, &self.proposers);
        self.form.update(input, ctx.lang, |form| {
            let summary = form.value(2);
            Outcome::Amend(Amend::Option(NewOption {
                item: id.clone(),
                option: form.value(0),
                title: form.value(1),
                summary: (!summary.is_empty()).then_some(summary),
                proposed_by: proposers.get(form.picked(3)).cloned(),
            }))
        })
    }

    /// Draws the form.
    pub fn draw(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let n = ctx
            .agenda()
            .items
            .get(self.item)
            .map_or(0, |i| i.options.len());
        let title = tr!(
            ctx.lang,
            "amend-option-title",
            item = self.item + 1,
            at = format!("{}.{}", self.item + 1, n + 1).as_str()
        );
        let hints = [
            tr!(ctx.lang, "amend-hint-id"),
            tr!(ctx.lang, "amend-hint-form"),
            tr!(ctx.lang, "amend-hint-save"),
        ];
        self.form
            .draw(frame, area, 76, format!(" {title} "), &hints);
    }
}
