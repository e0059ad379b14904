//! Amendments: the meeting changing as it runs. An option, an item or a
//! member added, or a name, title or summary corrected, is a change in the
//! log like any other; replaying the log gives the agenda as amended. The
//! session's copy of the agenda is never edited.
//!
//! Added things are appended (after the item's options, the agenda's
//! items, the members), so every index recorded before stays where it was;
//! undo takes back the last change in effect only, so an addition is always
//! the last of its list when it is taken back.

mod api;
mod correct;
mod group;
pub(crate) mod stored;
#[cfg(test)]
mod tests;

pub use api::{
    AmendError, CHAIR_PROPOSER, NewItem, NewMember, NewOption, ProposedBy, Rename, Subject,
};

use std::collections::{BTreeMap, BTreeSet};

use super::change::{Change, Entry, Field};
use super::state::{Mismatch, Prior, Record};
use crate::agenda::{Agenda, AgendaOption, Item, ItemKind, Member, is_valid_id};
use correct::{Target, correct, current};
pub(crate) use group::group_changes;

/// What the amendments in effect added, for the minutes and the screen.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Amended {
    /// Every amendment in effect, in the order made.
    pub entries: Vec<Entry>,
    /// Options added in the meeting, by (item, option): who proposed them.
    pub options: BTreeMap<(usize, usize), Proposal>,
    /// Items added in the meeting.
    pub items: BTreeSet<usize>,
    /// Members added in the meeting.
    pub members: BTreeSet<usize>,
    /// The corrections in effect, in the order made.
    pub corrections: Vec<Correction>,
}

/// A name, title or summary corrected in the meeting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Correction {
    /// The change that made it.
    pub seq: i64,
    /// What was corrected.
    pub field: Field,
    /// The member whose name was corrected, if a member's.
    pub member: Option<usize>,
    /// The item (and option) whose title or summary was corrected.
    pub place: Option<(usize, Option<usize>)>,
    /// The text before (none when there was no summary or name-in-text).
    pub was: Option<String>,
    /// The text after (empty when a summary was removed).
    pub now: String,
}

/// Who proposed an option added in the meeting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proposal {
    /// The delegation that proposed it, by index, if one did.
    pub member: Option<usize>,
    /// Who proposed it, in words, when no delegation is named.
    pub proposer: Option<String>,
    /// The change that added it.
    pub seq: i64,
}

impl Proposal {
    /// Whether the chair proposed it, unnamed ([`CHAIR_PROPOSER`]).
    pub fn by_chair(&self) -> bool {
        self.proposer.as_deref() == Some(CHAIR_PROPOSER)
    }
}

impl Amended {
    /// Whether an option was added in the meeting.
    pub fn is_added_option(&self, item: usize, option: usize) -> bool {
        self.options.contains_key(&(item, option))
    }
}

/// What an amendment replaced, so that undo puts it back.
#[derive(Debug, Clone, PartialEq)]
pub enum Undo {
    /// An option was appended to this item.
    Option(usize),
    /// An item was appended.
    Item,
    /// A member was appended.
    Member,
    /// A member as it was before a correction.
    Renamed(usize, Box<Member>),
    /// An item's title and background before a correction.
    RenamedItem(usize, String, Option<String>),
    /// An option's title and summary before a correction.
    RenamedOption(usize, usize, String, Option<String>),
}

fn refuse(m: impl Into<String>) -> Mismatch {
    Mismatch(m.into())
}

/// Checks a new id: `what` is "an item", "a member" or "an option in item …"
/// in the messages language.
fn new_id(what: &str, id: &str, taken: bool) -> Result<(), AmendError> {
    if !is_valid_id(id) {
        return Err(AmendError::BadId {
            what: what.to_string(),
            id: id.to_string(),
        });
    }
    if taken {
        return Err(AmendError::Taken {
            what: what.to_string(),
            id: id.to_string(),
        });
    }
    Ok(())
}

fn words(what: &str, text: &str) -> Result<(), AmendError> {
    if text.trim().is_empty() {
        return Err(AmendError::Empty {
            what: what.to_string(),
        });
    }
    Ok(())
}

impl Record {
    /// Checks an amendment against the agenda as amended so far.
    pub(crate) fn check_amendment(&self, a: &Agenda, c: &Change) -> Result<(), AmendError> {
        match c {
            Change::AddOption {
                item,
                option,
                title,
                member,
                ..
            } => {
                let i = self.ids.item(a, item)?;
                let taken = a
                    .items
                    .get(i)
                    .is_some_and(|it| it.option_index(option).is_some());
                let what = crate::msg!("error-amend-what-option", item = item);
                new_id(&what, option, taken)?;
                words("option-title", title)?;
                if let Some(m) = member {
                    self.ids.member(a, m)?;
                }
            }
            Change::AddItem { item, title, .. } => {
                let what = crate::msg!("error-amend-what-item");
                new_id(&what, item, a.item_index(item).is_some())?;
                words("item-title", title)?;
            }
            Change::AddMember { member, name, .. } => {
                let what = crate::msg!("error-amend-what-member");
                new_id(&what, member, a.member_index(member).is_some())?;
                words("member-name", name)?;
            }
            Change::Rename { .. } => {
                self.renamed(a, c)?;
            }
            _ => {}
        }
        Ok(())
    }

    /// What a correction is about, checked: the member, or the item and
    /// option, and whether the field fits it.
    fn renamed(&self, a: &Agenda, c: &Change) -> Result<Target, AmendError> {
        let Change::Rename {
            item,
            option,
            member,
            field,
            text,
        } = c
        else {
            return Err(refuse(crate::msg!("error-amend-not-correction")).into());
        };
        let target = match (member, item, option) {
            (Some(m), None, None) => Target::Member(self.ids.member(a, m)?),
            (None, Some(i), None) => Target::Item(self.ids.item(a, i)?),
            (None, Some(i), Some(o)) => {
                let i = self.ids.item(a, i)?;
                Target::Option(i, self.ids.option(a, i, o)?)
            }
            _ => {
                return Err(refuse(crate::msg!("cli-amend-subject")).into());
            }
        };
        let fits = match target {
            Target::Member(_) => matches!(field, Field::Name | Field::NameInText),
            Target::Item(_) | Target::Option(..) => matches!(field, Field::Title | Field::Summary),
        };
        if !fits {
            let member = if matches!(target, Target::Member(_)) {
                "member"
            } else {
                "item"
            };
            let why = crate::msg!(
                "error-amend-wrong-field",
                field = field.as_str(),
                of = member
            );
            return Err(refuse(why).into());
        }
        if matches!(field, Field::Name | Field::Title) {
            words(field.as_str(), text)?;
        }
        if current(a, target, *field) == Some(text.as_str()) {
            return Err(AmendError::Unchanged {
                field: field.as_str(),
                text: text.clone(),
            });
        }
        Ok(target)
    }

    /// Applies an amendment to the agenda as amended and to the record;
    /// returns what undo needs.
    pub(crate) fn amend(&mut self, a: &mut Agenda, e: &Entry) -> Result<Prior, Mismatch> {
        self.check_amendment(a, &e.change)?;
        let undo = match &e.change {
            Change::AddOption {
                item,
                option,
                title,
                summary,
                member,
                proposer,
            } => {
                let i = self.ids.item(a, item)?;
                let member = member
                    .as_deref()
                    .map(|m| self.ids.member(a, m))
                    .transpose()?;
                let it = a.items.get_mut(i).ok_or_else(|| {
                    refuse(crate::msg!("error-amend-no-item", n = &i.to_string()))
                })?;
                let o = it.options.len();
                it.options.push(AgendaOption {
                    id: option.clone(),
                    title: title.clone(),
                    summary: summary.clone().filter(|s| !s.trim().is_empty()),
                    considerations: Vec::new(),
                });
                self.ids.add_option(i, option, o);
                let proposal = Proposal {
                    member,
                    proposer: proposer.clone().filter(|p| !p.trim().is_empty()),
                    seq: e.seq,
                };
                self.amended.options.insert((i, o), proposal);
                Undo::Option(i)
            }
            Change::AddItem {
                item,
                title,
                background,
                item_kind,
            } => {
                let i = a.items.len();
                a.items.push(new_item(item, title, background, *item_kind));
                self.ids.add_item(item, i);
                self.outcomes.push(None);
                self.amended.items.insert(i);
                Undo::Item
            }
            Change::AddMember {
                member,
                name,
                role,
                group,
                name_in_text,
            } => {
                let m = a.members.len();
                a.members.push(Member {
                    id: member.clone(),
                    name: name.clone(),
                    group: group.clone().filter(|g| !g.trim().is_empty()),
                    role: *role,
                    name_in_text: name_in_text.clone().filter(|n| !n.trim().is_empty()),
                    aliases: Vec::new(),
                    name_fr: None,
                    name_in_text_fr: None,
                });
                self.ids.add_member(member, m);
                self.absent.push(false);
                self.amended.members.insert(m);
                Undo::Member
            }
            Change::Rename { field, text, .. } => {
                let target = self.renamed(a, &e.change)?;
                let (member, place) = match target {
                    Target::Member(m) => (Some(m), None),
                    Target::Item(i) => (None, Some((i, None))),
                    Target::Option(i, o) => (None, Some((i, Some(o)))),
                };
                self.amended.corrections.push(Correction {
                    seq: e.seq,
                    field: *field,
                    member,
                    place,
                    was: current(a, target, *field).map(String::from),
                    now: text.clone(),
                });
                correct(a, target, *field, text)?
            }
            _ => return Err(refuse(crate::msg!("error-amend-not-amendment"))),
        };
        self.amended.entries.push(e.clone());
        Ok(Prior::Amended(Box::new(undo)))
    }

    /// Takes back the last amendment in effect.
    pub(crate) fn unamend(&mut self, a: &mut Agenda, undo: Undo) {
        self.amended.entries.pop();
        if matches!(
            undo,
            Undo::Renamed(..) | Undo::RenamedItem(..) | Undo::RenamedOption(..)
        ) {
            self.amended.corrections.pop();
        }
        match undo {
            Undo::Option(i) => {
                if let Some(opt) = a.items.get_mut(i).and_then(|it| it.options.pop()) {
                    let o = a.items.get(i).map_or(0, |it| it.options.len());
                    self.ids.remove_option(i, &opt.id);
                    self.amended.options.remove(&(i, o));
                }
            }
            Undo::Item => {
                if let Some(it) = a.items.pop() {
                    self.ids.remove_item(&it.id);
                    self.outcomes.pop();
                    self.amended.items.remove(&a.items.len());
                }
            }
            Undo::Member => {
                if let Some(m) = a.members.pop() {
                    self.ids.remove_member(&m.id);
                    self.absent.pop();
                    self.amended.members.remove(&a.members.len());
                }
            }
            Undo::Renamed(m, was) => {
                if let Some(slot) = a.members.get_mut(m) {
                    *slot = *was;
                }
            }
            Undo::RenamedItem(i, title, background) => {
                if let Some(it) = a.items.get_mut(i) {
                    it.title = title;
                    it.background = background;
                }
            }
            Undo::RenamedOption(i, o, title, summary) => {
                if let Some(opt) = a.items.get_mut(i).and_then(|it| it.options.get_mut(o)) {
                    opt.title = title;
                    opt.summary = summary;
                }
            }
        }
    }
}

fn new_item(id: &str, title: &str, background: &Option<String>, kind: Option<ItemKind>) -> Item {
    Item {
        id: id.to_string(),
        title: title.to_string(),
        background: background.clone().filter(|b| !b.trim().is_empty()),
        questions: Vec::new(),
        kind,
        speaking_limit: None,
        options: Vec::new(),
    }
}

#[cfg(test)]
mod api_tests;
