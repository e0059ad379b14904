//! `talanoa amend`: amendments from the shell, through the same session
//! function the chair's screen uses.

use chrono::Utc;

use super::Failure;
use super::record::author_of;
use crate::agenda::ItemKind;
use crate::cli::{AmendArgs, Amendment, ItemKindArg, RenameArgs};
use crate::consensus::Role;
use crate::session::{Change, Field, Session};

/// `talanoa amend`.
pub fn amend(a: &AmendArgs) -> Result<(), Failure> {
    let Some(path) = &a.session else {
        return Err(Failure::BadInput(
            "amend needs --session FILE, e.g. talanoa amend --session sessions/forum.talanoa add-item --item aob --title \"Other business\"".into(),
        ));
    };
    let by = author_of(&a.by)?;
    let mut session = Session::open(path)?;
    let changes = changes(&session, &a.what)?;
    let now = Utc::now();
    let count = match <[Change; 1]>::try_from(changes) {
        Ok([one]) => session.apply(one, &by, now).map(|_| 1)?,
        Err(many) => session.apply_all(many, &by, now)?,
    };
    let entries = session.snapshot().log.entries();
    for e in entries.iter().skip(entries.len().saturating_sub(count)) {
        println!(
            "saved #{} ({}) in {}",
            e.seq,
            e.change.kind(),
            path.display()
        );
    }
    Ok(())
}

fn text(flag: &str, v: &str) -> Result<String, Failure> {
    if v.trim().is_empty() {
        return Err(Failure::BadInput(format!("{flag} must not be empty")));
    }
    Ok(v.to_string())
}

/// The changes an amendment makes (two for an item added with its first option).
fn changes(session: &Session, what: &Amendment) -> Result<Vec<Change>, Failure> {
    Ok(match what {
        Amendment::AddOption(o) => {
            // A member id names the delegation; anything else is taken as words.
            let by = o.proposed_by.as_deref().map(str::trim).filter(|p| !p.is_empty());
            let member = by.filter(|p| session.agenda().member_index(p).is_some());
            vec![Change::AddOption {
                item: o.item.clone(),
                option: o.option.clone(),
                title: text("--title", &o.title)?,
                summary: o.summary.clone(),
                member: member.map(String::from),
                proposer: by.filter(|_| member.is_none()).map(String::from),
            }]
        }
        Amendment::AddItem(i) => {
            let mut out = vec![Change::AddItem {
                item: i.item.clone(),
                title: text("--title", &i.title)?,
                background: i.background.clone(),
                item_kind: match i.kind {
                    ItemKindArg::OtherBusiness => Some(ItemKind::OtherBusiness),
                    ItemKindArg::Substantive => None,
                },
            }];
            if let (Some(id), Some(title)) = (&i.option, &i.option_title) {
                out.push(Change::AddOption {
                    item: i.item.clone(),
                    option: id.clone(),
                    title: text("--option-title", title)?,
                    summary: None,
                    member: None,
                    proposer: None,
                });
            }
            out
        }
        Amendment::AddMember(m) => vec![Change::AddMember {
            member: m.member.clone(),
            name: text("--name", &m.name)?,
            role: Role::parse(&m.role).ok_or_else(|| {
                Failure::BadInput(format!(
                    "--role \"{}\" is not a role; use member, observer, associate-member, dialogue-partner or agency",
                    m.role
                ))
            })?,
            group: m.group.clone(),
            name_in_text: m.name_in_text.clone(),
        }],
        Amendment::Rename(r) => vec![rename(r)?],
    })
}

fn rename(r: &RenameArgs) -> Result<Change, Failure> {
    let (field, value) = match (&r.name, &r.name_in_text, &r.title, &r.summary) {
        (Some(v), None, None, None) => (Field::Name, v),
        (None, Some(v), None, None) => (Field::NameInText, v),
        (None, None, Some(v), None) => (Field::Title, v),
        (None, None, None, Some(v)) => (Field::Summary, v),
        _ => {
            return Err(Failure::BadInput(
                "rename corrects one thing at a time: give one of --name, --name-in-text, --title or --summary".into(),
            ));
        }
    };
    Ok(Change::Rename {
        item: r.item.clone(),
        option: r.option.clone(),
        member: r.member.clone(),
        field,
        text: value.clone(),
    })
}
