//! Corrections of a name, title or summary: what they are about, the text
//! they replace, and making them.

use super::{Undo, refuse};
use crate::agenda::Agenda;
use crate::session::Field;
use crate::session::state::Mismatch;

/// What a correction is about.
#[derive(Debug, Clone, Copy)]
pub(super) enum Target {
    Member(usize),
    Item(usize),
    Option(usize, usize),
}

/// The text a correction would replace.
pub(super) fn current(a: &Agenda, target: Target, field: Field) -> Option<&str> {
    match (target, field) {
        (Target::Member(m), Field::Name) => a.members.get(m).map(|x| x.name.as_str()),
        (Target::Member(m), _) => a.members.get(m).and_then(|x| x.name_in_text.as_deref()),
        (Target::Item(i), Field::Title) => a.items.get(i).map(|x| x.title.as_str()),
        (Target::Item(i), _) => a.items.get(i).and_then(|x| x.background.as_deref()),
        (Target::Option(i, o), f) => {
            let opt = a.items.get(i).and_then(|x| x.options.get(o));
            match f {
                Field::Title => opt.map(|x| x.title.as_str()),
                _ => opt.and_then(|x| x.summary.as_deref()),
            }
        }
    }
}

/// Makes a correction; returns what it replaced. A member's former name
/// becomes one of its aliases, so that statements using it are still
/// redacted under the Chatham House rule.
pub(super) fn correct(
    a: &mut Agenda,
    target: Target,
    field: Field,
    text: &str,
) -> Result<Undo, Mismatch> {
    let missing = || refuse(crate::msg!("error-amend-correction-missing"));
    let optional = (!text.trim().is_empty()).then(|| text.to_string());
    Ok(match target {
        Target::Member(m) => {
            let member = a.members.get_mut(m).ok_or_else(missing)?;
            let was = Box::new(member.clone());
            if field == Field::Name {
                let former = std::mem::replace(&mut member.name, text.to_string());
                if !member.aliases.contains(&former) {
                    member.aliases.push(former);
                }
            } else {
                member.name_in_text = optional;
            }
            Undo::Renamed(m, was)
        }
        Target::Item(i) => {
            let it = a.items.get_mut(i).ok_or_else(missing)?;
            let undo = Undo::RenamedItem(i, it.title.clone(), it.background.clone());
            match field {
                Field::Title => it.title = text.to_string(),
                _ => it.background = optional,
            }
            undo
        }
        Target::Option(i, o) => {
            let opt = a
                .items
                .get_mut(i)
                .and_then(|it| it.options.get_mut(o))
                .ok_or_else(missing)?;
            let undo = Undo::RenamedOption(i, o, opt.title.clone(), opt.summary.clone());
            match field {
                Field::Title => opt.title = text.to_string(),
                _ => opt.summary = optional,
            }
            undo
        }
    })
}
