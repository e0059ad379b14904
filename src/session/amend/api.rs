//! The four amendments as session functions, one per kind, used by both
//! `talanoa amend` and the chair's screen: each takes what the chair
//! typed, checks it against the agenda as amended (a refusal writes
//! nothing), records it durably and returns the entry.

use chrono::{DateTime, Utc};

use super::super::change::{Change, Entry, Field};
use super::super::error::SessionError;
use super::super::state::Mismatch;
use super::super::{Record, Session};
use super::{new_id, words};
use crate::agenda::{Agenda, ItemKind};
use crate::consensus::Role;
use crate::msg;

/// Why an amendment was refused. Nothing was written. Its message is in
/// the messages language ([`crate::i18n::messages`]).
#[derive(Debug, thiserror::Error)]
pub enum AmendError {
    /// A new id that is not an id.
    BadId {
        /// What it would have named, in the messages language: "an item",
        /// "a member", "an option in item …".
        what: String,
        /// The id given.
        id: String,
    },
    /// A new id already in use.
    Taken {
        /// What it would have named, in the messages language.
        what: String,
        /// The id given.
        id: String,
    },
    /// A title or name with no words.
    Empty {
        /// Which text: "option-title", "item-title", "member-name", "title", "name".
        what: String,
    },
    /// A correction that differs from the text there only in spaces or
    /// line breaks.
    OnlySpacing {
        /// The field: name, name-in-text, title or summary.
        field: &'static str,
    },
    /// A correction to the text already there.
    Unchanged {
        /// The field: name, name-in-text, title or summary.
        field: &'static str,
        /// The text given.
        text: String,
    },
    /// Something named that the agenda does not have, or another refusal.
    Refused(String),
    /// The session could not record it.
    Session(#[from] SessionError),
}

impl std::fmt::Display for AmendError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            AmendError::BadId { what, id } => msg!("error-amend-bad-id", what = what, id = id),
            AmendError::Taken { what, id } => msg!("error-amend-taken", what = what, id = id),
            AmendError::Empty { what } => msg!("error-amend-empty", what = what),
            AmendError::OnlySpacing { field } => msg!("error-amend-only-spacing", field = *field),
            AmendError::Unchanged { field, text } => {
                msg!("error-amend-unchanged", field = *field, text = text)
            }
            AmendError::Refused(why) => why.clone(),
            AmendError::Session(e) => e.to_string(),
        };
        f.write_str(&text)
    }
}

impl From<Mismatch> for AmendError {
    fn from(m: Mismatch) -> Self {
        AmendError::Refused(m.0)
    }
}

impl From<AmendError> for Mismatch {
    fn from(e: AmendError) -> Self {
        Mismatch(e.to_string())
    }
}

impl AmendError {
    /// Whether this is the user's input to fix (exit 2) rather than a failure.
    pub fn is_bad_input(&self) -> bool {
        match self {
            AmendError::Session(e) => e.is_bad_input(),
            _ => true,
        }
    }
}

/// Who proposed an option added in the meeting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProposedBy {
    /// A delegation, by member id.
    Member(String),
    /// Words, when no delegation is named.
    Words(String),
    /// The chair, when the agenda names nobody as chair: stored as
    /// [`CHAIR_PROPOSER`], worded by the minutes in their own language.
    Chair,
}

/// The proposer stored for "the chair" (no name): the minutes and the
/// screen write it as "the Chair" or "la présidence".
pub const CHAIR_PROPOSER: &str = "@chair";

/// An option to add to an item (a compromise text, an amendment).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewOption {
    /// The item's id.
    pub item: String,
    /// The new option's id, unique within the item.
    pub option: String,
    /// Its title.
    pub title: String,
    /// Its summary (empty: none).
    pub summary: Option<String>,
    /// Who proposed it, if anyone is named.
    pub proposed_by: Option<ProposedBy>,
}

/// An item to add after the agenda's items (other business).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewItem {
    /// The new item's id.
    pub item: String,
    /// Its title.
    pub title: String,
    /// Its background (empty: none).
    pub background: Option<String>,
    /// `Some(OtherBusiness)` for other business; `None` for a substantive item.
    pub kind: Option<ItemKind>,
    /// Its first options, as (id, title), recorded with it in one transaction.
    pub options: Vec<(String, String)>,
}

/// A delegation to add (a late arrival).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewMember {
    /// The new member's id.
    pub member: String,
    /// Its name.
    pub name: String,
    /// Its role (member, observer, …).
    pub role: Role,
    /// Its roster group (empty: none).
    pub group: Option<String>,
    /// Its name as it stands in a sentence (empty: the name).
    pub name_in_text: Option<String>,
}

/// What a correction is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Subject {
    /// A member, by id (its name or name-in-text).
    Member(String),
    /// An item, by id (its title or summary).
    Item(String),
    /// An option, by item id and option id (its title or summary).
    Option(String, String),
}

/// A correction of a name, title or summary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rename {
    /// What is corrected.
    pub subject: Subject,
    /// Which of its texts.
    pub field: Field,
    /// The corrected text (for a summary, empty removes it).
    pub text: String,
}

impl NewOption {
    fn change(self) -> Change {
        let (member, proposer) = match self.proposed_by {
            Some(ProposedBy::Member(m)) => (Some(m), None),
            Some(ProposedBy::Words(w)) => (None, Some(w)),
            Some(ProposedBy::Chair) => (None, Some(CHAIR_PROPOSER.to_string())),
            None => (None, None),
        };
        Change::AddOption {
            item: self.item,
            option: self.option,
            title: self.title,
            summary: self.summary,
            member,
            proposer,
        }
    }
}

impl NewItem {
    /// The item's change, then one per first option.
    fn changes(self) -> Vec<Change> {
        let mut out = vec![Change::AddItem {
            item: self.item.clone(),
            title: self.title,
            background: self.background,
            item_kind: self.kind,
        }];
        out.extend(
            self.options
                .into_iter()
                .map(|(option, title)| Change::AddOption {
                    item: self.item.clone(),
                    option,
                    title,
                    summary: None,
                    member: None,
                    proposer: None,
                }),
        );
        out
    }
}

impl Rename {
    fn change(self) -> Change {
        let (item, option, member) = match self.subject {
            Subject::Member(m) => (None, None, Some(m)),
            Subject::Item(i) => (Some(i), None, None),
            Subject::Option(i, o) => (Some(i), Some(o), None),
        };
        Change::Rename {
            item,
            option,
            member,
            field: self.field,
            text: self.text,
        }
    }
}

/// The text a correction would replace, as it stands.
fn now_text<'a>(a: &'a Agenda, r: &Rename) -> Option<&'a str> {
    let (item, option) = match &r.subject {
        Subject::Member(m) => {
            let m = a.members.get(a.member_index(m)?)?;
            return match r.field {
                Field::Name => Some(m.name.as_str()),
                _ => m.name_in_text.as_deref(),
            };
        }
        Subject::Item(i) => (i, None),
        Subject::Option(i, o) => (i, Some(o)),
    };
    let it = a.items.get(a.item_index(item)?)?;
    match option {
        None if matches!(r.field, Field::Title) => Some(it.title.as_str()),
        None => it.background.as_deref(),
        Some(o) => {
            let o = it.options.get(it.option_index(o)?)?;
            match r.field {
                Field::Title => Some(o.title.as_str()),
                _ => o.summary.as_deref(),
            }
        }
    }
}

/// Checks an item and its first options together: the options are checked
/// as if the item were already there.
fn check_item(record: &Record, a: &Agenda, item: &NewItem) -> Result<(), AmendError> {
    let head = NewItem {
        options: Vec::new(),
        ..item.clone()
    };
    for c in head.changes() {
        record.check_amendment(a, &c)?;
    }
    let what = msg!("error-amend-what-option", item = &item.item);
    for (n, (id, title)) in item.options.iter().enumerate() {
        let taken = item
            .options
            .iter()
            .take(n)
            .any(|(earlier, _)| earlier == id);
        new_id(&what, id, taken)?;
        words("option-title", title)?;
    }
    Ok(())
}

impl Session {
    /// Adds an option to an item, with who proposed it.
    pub fn add_option(
        &mut self,
        o: NewOption,
        by: &str,
        at: DateTime<Utc>,
    ) -> Result<&Entry, AmendError> {
        self.amend_one(o.change(), by, at)
    }

    /// Adds an item after the agenda's items, with its first options, all
    /// in one transaction; returns the last entry written.
    pub fn add_item(
        &mut self,
        i: NewItem,
        by: &str,
        at: DateTime<Utc>,
    ) -> Result<&Entry, AmendError> {
        check_item(self.record(), self.agenda(), &i)?;
        let mut changes = i.changes();
        if changes.len() == 1
            && let Some(one) = changes.pop()
        {
            return Ok(self.apply(one, by, at)?);
        }
        self.apply_all(changes, by, at)?;
        self.snap
            .log
            .last()
            .ok_or_else(|| AmendError::Refused(msg!("error-session-not-kept")))
    }

    /// Adds a delegation after the others.
    pub fn add_member(
        &mut self,
        m: NewMember,
        by: &str,
        at: DateTime<Utc>,
    ) -> Result<&Entry, AmendError> {
        let change = Change::AddMember {
            member: m.member,
            name: m.name,
            role: m.role,
            group: m.group,
            name_in_text: m.name_in_text,
        };
        self.amend_one(change, by, at)
    }

    /// Corrects a member's name, or an item's or option's title or summary.
    pub fn rename(&mut self, r: Rename, by: &str, at: DateTime<Utc>) -> Result<&Entry, AmendError> {
        let words = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
        let spacing = now_text(self.agenda(), &r)
            .is_some_and(|now| now != r.text && words(now) == words(&r.text));
        let field = r.field.as_str();
        let change = r.change();
        self.record().check_amendment(self.agenda(), &change)?;
        if spacing {
            return Err(AmendError::OnlySpacing { field });
        }
        Ok(self.apply(change, by, at)?)
    }

    fn amend_one(
        &mut self,
        change: Change,
        by: &str,
        at: DateTime<Utc>,
    ) -> Result<&Entry, AmendError> {
        self.record().check_amendment(self.agenda(), &change)?;
        Ok(self.apply(change, by, at)?)
    }
}
