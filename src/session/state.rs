//! The record as it stands: derived from the log by applying each change in
//! order. Nothing here touches the disk.

use std::collections::BTreeMap;

use rustc_hash::FxHashMap as HashMap;

use chrono::{DateTime, NaiveDate, Utc};

use super::amend::{Amended, Undo};
use super::change::{Change, Entry};
use super::index::Ids;
use crate::agenda::Agenda;
use crate::consensus::{Standing, Status, Tally};

/// A member's current position on one option.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Position {
    /// Index into the agenda's stances, or `None` for not yet heard.
    pub stance: Option<usize>,
    /// The member's statement on the option.
    pub statement: Option<String>,
    /// When the stance or statement last changed.
    pub at: DateTime<Utc>,
    /// Who entered that change.
    pub by: String,
    /// When the statement was first recorded: its place in the talanoa.
    pub statement_seq: Option<i64>,
}

/// The chair's outcome for an item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// The words for the minutes.
    pub text: String,
    /// Index of the option adopted, if one was named.
    pub option: Option<usize>,
    /// The option was adopted although its status was no consensus or
    /// pending when the outcome was recorded (`decide --despite-status`).
    pub despite_status: bool,
}

/// An action arising from an item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionItem {
    /// Index of the item.
    pub item: usize,
    /// What is to be done.
    pub text: String,
    /// Who does it.
    pub owner: Option<String>,
    /// By when.
    pub due: Option<NaiveDate>,
    /// Where it stands in the log.
    pub seq: i64,
}

/// Everything recorded, as it stands now.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Record {
    /// Positions keyed by (item, option, member) indices. A hash map: replay
    /// and drawing look positions up far more often than anything lists
    /// them, and listing sorts (see [`Record::sorted_positions`]).
    pub positions: HashMap<(usize, usize, usize), Position>,
    /// Absent members, by member index.
    pub absent: Vec<bool>,
    /// Outcomes by item index.
    pub outcomes: Vec<Option<Outcome>>,
    /// Actions in the order recorded.
    pub actions: Vec<ActionItem>,
    /// Seconds spoken, keyed by (item, member).
    pub spoken: BTreeMap<(usize, usize), u64>,
    /// What the amendments in effect added and corrected.
    pub amended: Amended,
    /// Id lookups for the agenda as amended.
    pub(super) ids: Ids,
}

/// A change whose ids do not fit the agenda.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mismatch(pub String);

/// What a regular change replaced, kept so that undoing the change puts it
/// back in constant time (every regular change touches one place).
#[derive(Debug, Clone, PartialEq)]
pub enum Prior {
    /// The position before, or none.
    Position((usize, usize, usize), Option<Position>),
    /// Whether the member was absent before.
    Absent(usize, bool),
    /// The item's outcome before.
    Outcome(usize, Option<Outcome>),
    /// An action was added (always the newest one in effect).
    Action,
    /// An action was withdrawn from this place in the list.
    Withdrawn(usize, ActionItem),
    /// Seconds spoken before, or none recorded.
    Spoken((usize, usize), Option<u64>),
    /// An amendment: what undo needs to take it back.
    Amended(Box<Undo>),
    /// Nothing changed (an undo or redo entry passed to `apply`).
    Nothing,
}

impl Record {
    /// An empty record for an agenda: everyone present, nothing heard.
    pub fn new(agenda: &Agenda) -> Record {
        Record {
            absent: vec![false; agenda.members.len()],
            outcomes: vec![None; agenda.items.len()],
            ids: Ids::new(agenda),
            ..Record::default()
        }
    }

    /// Checks that a change fits the agenda (every id it names exists),
    /// without applying it; the same lookups [`Record::apply`] makes.
    pub fn fits(&self, agenda: &Agenda, change: &Change) -> Result<(), Mismatch> {
        match change {
            Change::Position {
                item,
                option,
                member,
                stance,
                ..
            } => {
                self.place(agenda, item, option, member)?;
                if let Some(s) = stance {
                    self.ids.stance(agenda, s)?;
                }
            }
            Change::Statement {
                item,
                option,
                member,
                ..
            } => {
                self.place(agenda, item, option, member)?;
            }
            Change::Attendance { member, .. } => {
                self.ids.member(agenda, member)?;
            }
            Change::Outcome { item, option, .. } => {
                let i = self.ids.item(agenda, item)?;
                if let Some(o) = option {
                    self.ids.option(agenda, i, o)?;
                }
            }
            Change::Action { item, .. } => {
                self.ids.item(agenda, item)?;
            }
            Change::WithdrawAction { item, action } => {
                self.withdrawn_at(agenda, item, *action)?;
            }
            Change::Spoke { item, member, .. } => {
                self.ids.item(agenda, item)?;
                self.ids.member(agenda, member)?;
            }
            Change::Undo { .. } | Change::Redo { .. } => {}
            _ => self.check_amendment(agenda, change)?,
        }
        Ok(())
    }

    /// Applies one regular change (not undo or redo) and returns what it
    /// replaced, for [`Record::restore`].
    pub fn apply(&mut self, agenda: &Agenda, e: &Entry) -> Result<Prior, Mismatch> {
        Ok(match &e.change {
            Change::Position {
                item,
                option,
                member,
                stance,
                statement,
            } => {
                let (i, o, m) = self.place(agenda, item, option, member)?;
                let s = stance
                    .as_deref()
                    .map(|s| self.ids.stance(agenda, s))
                    .transpose()?;
                let (p, prior) = self.position_mut(i, o, m, e);
                p.stance = s;
                if let Some(text) = statement {
                    set_statement(p, text, e.seq);
                }
                prior
            }
            Change::Statement {
                item,
                option,
                member,
                text,
            } => {
                let (i, o, m) = self.place(agenda, item, option, member)?;
                let (p, prior) = self.position_mut(i, o, m, e);
                set_statement(p, text, e.seq);
                prior
            }
            Change::Attendance { member, present } => {
                let m = self.ids.member(agenda, member)?;
                let slot = self.absent.get_mut(m).ok_or_else(|| {
                    Mismatch(crate::msg!("error-state-no-attendance", n = &m.to_string()))
                })?;
                Prior::Absent(m, std::mem::replace(slot, !present))
            }
            Change::Outcome {
                item,
                text,
                option,
                despite_status,
            } => {
                let i = self.ids.item(agenda, item)?;
                let o = option
                    .as_deref()
                    .map(|o| self.ids.option(agenda, i, o))
                    .transpose()?;
                let slot = self.outcomes.get_mut(i).ok_or_else(|| {
                    Mismatch(crate::msg!("error-state-no-outcome", n = &i.to_string()))
                })?;
                let now = (!text.trim().is_empty()).then(|| Outcome {
                    text: text.clone(),
                    option: o,
                    despite_status: *despite_status && o.is_some(),
                });
                Prior::Outcome(i, std::mem::replace(slot, now))
            }
            Change::Action {
                item,
                text,
                owner,
                due,
            } => {
                let i = self.ids.item(agenda, item)?;
                self.actions.push(ActionItem {
                    item: i,
                    text: text.clone(),
                    owner: owner.clone(),
                    due: *due,
                    seq: e.seq,
                });
                Prior::Action
            }
            Change::Spoke {
                item,
                member,
                seconds,
            } => {
                let i = self.ids.item(agenda, item)?;
                let m = self.ids.member(agenda, member)?;
                let before = self.spoken.get(&(i, m)).copied();
                self.spoken
                    .insert((i, m), before.unwrap_or(0).saturating_add(*seconds));
                Prior::Spoken((i, m), before)
            }
            Change::WithdrawAction { item, action } => {
                let at = self.withdrawn_at(agenda, item, *action)?;
                let gone = self.actions.remove(at);
                Prior::Withdrawn(at, gone)
            }
            Change::Undo { .. } | Change::Redo { .. } => Prior::Nothing,
            // The log applies amendments, which change the agenda too.
            _ => {
                return Err(Mismatch(crate::msg!("error-state-amendment")));
            }
        })
    }

    /// Where in the list the action recorded as change `action` on `item`
    /// is, refusing one that is not in the record.
    fn withdrawn_at(&self, agenda: &Agenda, item: &str, action: i64) -> Result<usize, Mismatch> {
        let i = self.ids.item(agenda, item)?;
        self.actions
            .iter()
            .position(|a| a.seq == action && a.item == i)
            .ok_or_else(|| {
                let seq = action.to_string();
                Mismatch(crate::msg!(
                    "error-state-no-action",
                    seq = &seq,
                    item = item
                ))
            })
    }

    /// Puts back what a change replaced: undoes it.
    pub fn restore(&mut self, prior: Prior) {
        match prior {
            Prior::Position(key, Some(p)) => {
                self.positions.insert(key, p);
            }
            Prior::Position(key, None) => {
                self.positions.remove(&key);
            }
            Prior::Absent(m, was) => {
                if let Some(slot) = self.absent.get_mut(m) {
                    *slot = was;
                }
            }
            Prior::Outcome(i, was) => {
                if let Some(slot) = self.outcomes.get_mut(i) {
                    *slot = was;
                }
            }
            Prior::Action => {
                self.actions.pop();
            }
            Prior::Withdrawn(at, action) => {
                let at = at.min(self.actions.len());
                self.actions.insert(at, action);
            }
            Prior::Spoken(key, Some(s)) => {
                self.spoken.insert(key, s);
            }
            Prior::Spoken(key, None) => {
                self.spoken.remove(&key);
            }
            // The log takes amendments back, with the agenda.
            Prior::Amended(_) | Prior::Nothing => {}
        }
    }

    /// Item, option and member indices of a position.
    fn place(
        &self,
        agenda: &Agenda,
        item: &str,
        option: &str,
        member: &str,
    ) -> Result<(usize, usize, usize), Mismatch> {
        let i = self.ids.item(agenda, item)?;
        Ok((
            i,
            self.ids.option(agenda, i, option)?,
            self.ids.member(agenda, member)?,
        ))
    }

    /// The position to change, stamped with the entry's time and author,
    /// and what it was before.
    fn position_mut(&mut self, i: usize, o: usize, m: usize, e: &Entry) -> (&mut Position, Prior) {
        let slot = self.positions.entry((i, o, m));
        let before = match &slot {
            std::collections::hash_map::Entry::Occupied(p) => Some(p.get().clone()),
            std::collections::hash_map::Entry::Vacant(_) => None,
        };
        let p = slot.or_insert_with(|| Position {
            stance: None,
            statement: None,
            at: e.at,
            by: e.by.clone(),
            statement_seq: None,
        });
        p.at = e.at;
        p.by.clone_from(&e.by);
        (p, Prior::Position((i, o, m), before))
    }

    /// Whether a member is marked absent.
    pub fn is_absent(&self, member: usize) -> bool {
        self.absent.get(member).copied().unwrap_or(false)
    }

    /// A member's current position on an option, if any was recorded.
    pub fn position(&self, item: usize, option: usize, member: usize) -> Option<&Position> {
        self.positions.get(&(item, option, member))
    }

    /// The counted tally on an option.
    pub fn tally(&self, agenda: &Agenda, item: usize, option: usize) -> Tally {
        Tally::of(agenda.members.iter().enumerate().map(|(m, member)| {
            Standing {
                role: member.role,
                absent: self.is_absent(m),
                effect: self
                    .position(item, option, m)
                    .and_then(|p| p.stance)
                    .and_then(|s| agenda.stances.get(s))
                    .map(|s| s.effect),
            }
        }))
    }

    /// The consensus status of an option under the agenda's rule.
    pub fn status(&self, agenda: &Agenda, item: usize, option: usize) -> Status {
        self.tally(agenda, item, option).status(agenda.meeting.rule)
    }

    /// Every position in (item, option, member) order.
    pub fn sorted_positions(&self) -> Vec<(&(usize, usize, usize), &Position)> {
        let mut all: Vec<_> = self.positions.iter().collect();
        all.sort_unstable_by_key(|(k, _)| **k);
        all
    }

    /// Statements on an item in the order they were first recorded:
    /// (option, member, position).
    pub fn statements(&self, item: usize) -> Vec<(usize, usize, &Position)> {
        let mut out: Vec<(usize, usize, &Position)> = self
            .positions
            .iter()
            .filter(|((i, _, _), _)| *i == item)
            .filter(|(_, p)| p.statement.is_some())
            .map(|((_, o, m), p)| (*o, *m, p))
            .collect();
        out.sort_by_key(|(_, _, p)| p.statement_seq);
        out
    }

    /// Seconds a member has spoken on an item.
    pub fn seconds_spoken(&self, item: usize, member: usize) -> u64 {
        self.spoken.get(&(item, member)).copied().unwrap_or(0)
    }
}

fn set_statement(p: &mut Position, text: &str, seq: i64) {
    if text.trim().is_empty() {
        p.statement = None;
        p.statement_seq = None;
    } else {
        p.statement = Some(text.to_string());
        p.statement_seq.get_or_insert(seq);
    }
}
