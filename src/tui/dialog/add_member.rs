//! Adding a delegation that arrives late: its id, name, role (`← →`
//! picks member, observer, …) and roster group. `Enter` on the last field
//! records it; `Esc` records nothing.

use ratatui::Frame;
use ratatui::layout::Rect;

use super::form::{self, Field, Form};
use super::{Amend, Ctx, Input, Outcome};
use crate::consensus::Role;
use crate::i18n::t;
use crate::session::NewMember;
use crate::text::inert_line;
use crate::tr;

/// A member being added.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AddMemberForm {
    /// The fields: id, name, role, group.
    pub form: Form,
}

impl AddMemberForm {
    /// An empty form; the role starts at member.
    pub fn open(ctx: &Ctx) -> AddMemberForm {
        let lang = ctx.lang;
        let roles = Role::ALL
            .iter()
            .map(|r| t(lang, &format!("role-one-{}", r.as_str()), &[]))
            .collect();
        AddMemberForm {
            form: Form::new(
                vec![
                    (tr!(lang, "amend-label-id"), form::text("")),
                    (tr!(lang, "amend-label-name"), form::text("")),
                    (tr!(lang, "amend-label-role"), Field::Choice(roles, 0)),
                    (tr!(lang, "amend-label-group"), form::text("")),
                ],
                lang,
            ),
        }
    }

    /// Whether anything was typed or picked.
    pub fn changed(&self) -> bool {
        self.form.changed()
    }

    /// Carries out one input.
    pub fn update(&mut self, input: Input, ctx: &Ctx) -> Outcome {
        self.form.update(input, ctx.lang, |form| {
            let group = form.value(3);
            let role = Role::ALL.get(form.picked(2)).copied().unwrap_or_default();
            Outcome::Amend(Amend::Member(NewMember {
                member: form.value(0),
                name: form.value(1),
                role,
                group: (!group.is_empty()).then_some(group),
                name_in_text: None,
            }))
        })
    }

    /// Draws the form, with the roster's groups as a reminder.
    pub fn draw(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let groups: Vec<String> = ctx
            .agenda()
            .groups()
            .into_iter()
            .flatten()
            .map(inert_line)
            .collect();
        let title = tr!(ctx.lang, "amend-member-title");
        let mut hints = vec![tr!(ctx.lang, "amend-hint-id")];
        if !groups.is_empty() {
            let groups = groups.join(", ");
            hints.push(tr!(ctx.lang, "amend-hint-groups", groups = groups.as_str()));
        }
        hints.push(tr!(ctx.lang, "amend-hint-form"));
        hints.push(tr!(ctx.lang, "amend-hint-save"));
        self.form
            .draw(frame, area, 76, format!(" {title} "), &hints);
    }
}
