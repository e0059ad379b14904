//! `talanoa amend`: amendments from the shell, through the same session
//! functions the chair's screen uses (one per kind).

use chrono::Utc;

use super::Failure;
use super::record::{author_of, not_blank, saved};
use crate::agenda::ItemKind;
use crate::cli::{
    AddItemArgs, AddMemberArgs, AddOptionArgs, AmendArgs, Amendment, ItemKindArg, RenameArgs,
};
use crate::consensus::Role;
use crate::msg;
use crate::session::{
    AmendError, Field, NewItem, NewMember, NewOption, ProposedBy, Rename, Session, Subject,
};

impl From<AmendError> for Failure {
    fn from(e: AmendError) -> Self {
        match e {
            AmendError::Session(e) => e.into(),
            e if e.is_bad_input() => Failure::BadInput(e.to_string()),
            e => Failure::Failed(e.to_string()),
        }
    }
}

/// `talanoa amend`.
pub fn amend(a: &AmendArgs) -> Result<(), Failure> {
    let Some(path) = &a.session else {
        return Err(Failure::BadInput(msg!("cli-amend-no-session")));
    };
    let by = author_of(&a.by)?;
    let mut session = Session::open(path)?;
    let now = Utc::now();
    let count = match &a.what {
        Amendment::AddOption(o) => {
            let o = new_option(&session, o)?;
            session.add_option(o, &by, now).map(|_| 1)?
        }
        Amendment::AddMember(m) => session.add_member(new_member(m)?, &by, now).map(|_| 1)?,
        Amendment::Rename(r) => session.rename(rename(r)?, &by, now).map(|_| 1)?,
        Amendment::AddItem(i) => {
            let item = new_item(i)?;
            let count = 1 + item.options.len();
            session.add_item(item, &by, now).map(|_| count)?
        }
    };
    let entries = session.snapshot().log.entries();
    for e in entries.iter().skip(entries.len().saturating_sub(count)) {
        println!("{}", saved(e, path));
    }
    Ok(())
}

fn text(flag: &str, v: &str) -> Result<String, Failure> {
    not_blank(flag, v)?;
    Ok(v.to_string())
}

fn new_option(session: &Session, o: &AddOptionArgs) -> Result<NewOption, Failure> {
    // A member id names the delegation; anything else is taken as words.
    let by = o
        .proposed_by
        .as_deref()
        .map(str::trim)
        .filter(|p| !p.is_empty());
    let proposed_by = by.map(|p| match session.agenda().member_index(p) {
        Some(_) => ProposedBy::Member(p.to_string()),
        None => ProposedBy::Words(p.to_string()),
    });
    Ok(NewOption {
        item: o.item.clone(),
        option: o.option.clone(),
        title: text("--title", &o.title)?,
        summary: o.summary.clone(),
        proposed_by,
    })
}

fn new_member(m: &AddMemberArgs) -> Result<NewMember, Failure> {
    Ok(NewMember {
        member: m.member.clone(),
        name: text("--name", &m.name)?,
        role: Role::parse(&m.role)
            .ok_or_else(|| Failure::BadInput(msg!("cli-amend-bad-role", role = &m.role)))?,
        group: m.group.clone(),
        name_in_text: m.name_in_text.clone(),
    })
}

/// The item an `add-item` adds, with its first option if one is given.
fn new_item(i: &AddItemArgs) -> Result<NewItem, Failure> {
    let title = text("--title", &i.title)?;
    let mut options = Vec::new();
    if let (Some(id), Some(option_title)) = (&i.option, &i.option_title) {
        options.push((id.clone(), text("--option-title", option_title)?));
    }
    Ok(NewItem {
        item: i.item.clone(),
        title,
        background: i.background.clone(),
        kind: match i.kind {
            ItemKindArg::OtherBusiness => Some(ItemKind::OtherBusiness),
            ItemKindArg::Substantive => None,
        },
        options,
    })
}

fn rename(r: &RenameArgs) -> Result<Rename, Failure> {
    let (field, value) = match (&r.name, &r.name_in_text, &r.title, &r.summary) {
        (Some(v), None, None, None) => (Field::Name, v),
        (None, Some(v), None, None) => (Field::NameInText, v),
        (None, None, Some(v), None) => (Field::Title, v),
        (None, None, None, Some(v)) => (Field::Summary, v),
        _ => {
            return Err(Failure::BadInput(msg!("cli-amend-one-rename")));
        }
    };
    let subject = match (&r.member, &r.item, &r.option) {
        (Some(m), None, None) => Subject::Member(m.clone()),
        (None, Some(i), None) => Subject::Item(i.clone()),
        (None, Some(i), Some(o)) => Subject::Option(i.clone(), o.clone()),
        _ => {
            return Err(Failure::BadInput(msg!("cli-amend-subject")));
        }
    };
    Ok(Rename {
        subject,
        field,
        text: value.clone(),
    })
}
