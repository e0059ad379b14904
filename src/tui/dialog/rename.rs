//! Correcting a name, title or summary: `← →` picks what (the selected
//! member's name, the current item's title or summary, the current
//! option's title or summary); the text starts as it stands. `Enter` on
//! the text records the correction; `Esc` records nothing.

use ratatui::Frame;
use ratatui::layout::Rect;

use super::form::{self, Field as FormField, Form, Step};
use super::{Amend, Ctx, Input, Outcome};
use crate::session::{Field, Rename, Subject};
use crate::text::inert_line;
use crate::tr;

/// One thing that can be corrected: what, which text, and the text now.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Target {
    subject: Subject,
    field: Field,
    now: String,
}

/// A correction being written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenameForm {
    targets: Vec<Target>,
    /// The fields: what is corrected, the text.
    pub form: Form,
}

/// The things the chair can correct from where the screen is, with their
/// labels: the selected member's name, then the item's and the option's
/// title and summary.
fn targets(ctx: &Ctx, item: usize, option: usize, member: Option<usize>) -> Vec<(String, Target)> {
    let (a, lang) = (ctx.agenda(), ctx.lang);
    let mut out = Vec::new();
    if let Some(m) = member.and_then(|m| a.members.get(m)) {
        // named as the roster names it; the text corrected is `name`, which
        // a French screen shows only when there is no `name_fr`
        let shown = m.name_in(lang);
        let id = if shown == m.name {
            "amend-target-name"
        } else {
            "amend-target-name-en"
        };
        let label = tr!(lang, id, who = inert_line(shown).as_str());
        let target = Target {
            subject: Subject::Member(m.id.clone()),
            field: Field::Name,
            now: m.name.clone(),
        };
        out.push((label, target));
    }
    let Some(it) = a.items.get(item) else {
        return out;
    };
    let n = (item + 1).to_string();
    let texts = |title: &String, summary: Option<&String>| {
        [
            (Field::Title, title.clone()),
            (Field::Summary, summary.cloned().unwrap_or_default()),
        ]
    };
    let ids = ["amend-target-item-title", "amend-target-item-summary"];
    for (id, (field, now)) in ids
        .into_iter()
        .zip(texts(&it.title, it.background.as_ref()))
    {
        let subject = Subject::Item(it.id.clone());
        out.push((
            tr!(lang, id, n = n.as_str()),
            Target {
                subject,
                field,
                now,
            },
        ));
    }
    let Some(o) = it.options.get(option) else {
        return out;
    };
    let at = format!("{n}.{}", option + 1);
    let ids = ["amend-target-option-title", "amend-target-option-summary"];
    for (id, (field, now)) in ids.into_iter().zip(texts(&o.title, o.summary.as_ref())) {
        let subject = Subject::Option(it.id.clone(), o.id.clone());
        out.push((
            tr!(lang, id, at = at.as_str()),
            Target {
                subject,
                field,
                now,
            },
        ));
    }
    out
}

impl RenameForm {
    /// The form on the first thing that can be corrected (the selected
    /// member's name, or the item's title); `None` with nothing to correct.
    pub fn open(
        ctx: &Ctx,
        item: usize,
        option: usize,
        member: Option<usize>,
    ) -> Option<RenameForm> {
        let (labels, targets): (Vec<String>, Vec<Target>) =
            targets(ctx, item, option, member).into_iter().unzip();
        let first = targets.first()?.now.clone();
        let form = Form::new(
            vec![
                (
                    tr!(ctx.lang, "amend-label-what"),
                    FormField::Choice(labels, 0),
                ),
                (tr!(ctx.lang, "amend-label-text"), form::text(&first)),
            ],
            ctx.lang,
        );
        let mut f = RenameForm { targets, form };
        f.form.field = 1;
        Some(f)
    }

    fn target(&self) -> Option<&Target> {
        self.targets.get(self.form.picked(0))
    }

    /// Whether the text differs from the text as it stands.
    pub fn changed(&self) -> bool {
        self.target()
            .is_some_and(|t| t.now.trim() != self.form.value(1))
    }

    /// Carries out one input.
    pub fn update(&mut self, input: Input, ctx: &Ctx) -> Outcome {
        let was = self.form.picked(0);
        let step = self.form.input(input);
        if self.form.picked(0) != was
            && let Some(t) = self.target()
        {
            // another thing picked: its text as it stands, a summary's
            // line breaks kept
            let field = match t.field {
                Field::Summary => form::lines(&t.now),
                _ => form::text(&t.now),
            };
            self.form.set_text(1, field);
        }
        match step {
            Step::Stay | Step::Key(_) => Outcome::Stay,
            Step::Cancel => Outcome::Close(tr!(ctx.lang, "amend-nothing")),
            Step::Save => match self.target() {
                Some(t) => Outcome::Amend(Amend::Rename(Rename {
                    subject: t.subject.clone(),
                    field: t.field,
                    text: self.form.value(1),
                })),
                None => Outcome::Close(tr!(ctx.lang, "amend-nothing")),
            },
        }
    }

    /// Draws the form.
    pub fn draw(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let title = tr!(ctx.lang, "amend-rename-title");
        let hints = [
            tr!(ctx.lang, "amend-hint-rename"),
            tr!(ctx.lang, "amend-hint-lines"),
            tr!(ctx.lang, "amend-hint-form"),
            tr!(ctx.lang, "amend-hint-save"),
        ];
        self.form
            .draw(frame, area, 76, format!(" {title} "), &hints);
    }
}
