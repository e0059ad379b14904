//! The log replayed: which changes are in effect after every undo and redo,
//! and the record they give. Each change in effect keeps what it replaced
//! (its [`Prior`]); an undo puts that back, so it costs the same in a log
//! of ten changes or of a hundred thousand.
//!
//! A log is either whole (every entry from #1, as `export` and `review` read
//! it) or resumed from a checkpoint: the record as it stood at some change,
//! then only the entries after it. A resumed log can do everything a whole
//! one can except take back or bring back a change from before its
//! checkpoint; [`Log::needs_history`] says when that is asked, and the
//! session then reads the whole log first.

use super::change::{Change, Entry};
use super::state::{Mismatch, Prior, Record};
use crate::agenda::Agenda;

/// The log of a session and the record derived from it.
#[derive(Debug, Clone)]
pub struct Log {
    /// The entries held, in order, starting at `first`.
    entries: Vec<Entry>,
    /// The sequence number of the first entry held: 1 for a whole log.
    first: i64,
    /// Sequence numbers of regular changes in effect, oldest first (so
    /// always increasing).
    done: Vec<i64>,
    /// Sequence numbers of changes undone, most recently undone last.
    undone: Vec<i64>,
    /// How many changes of `done` come from the checkpoint (0 for a whole
    /// log): those can be undone only with the whole log.
    base_len: usize,
    /// What each change of `done` after the first `base_len` replaced, in
    /// the same order: undo puts it back.
    priors: Vec<Prior>,
    /// The checkpoint's own last entry, for a resumed log.
    before: Option<Entry>,
    record: Record,
    /// The agenda the session began with (its stored copy).
    original: Agenda,
    /// The agenda as amended by the amendments in effect.
    agenda: Agenda,
}

/// What a checkpoint holds: the state of a log after change `seq`.
#[derive(Debug, Clone, PartialEq)]
pub struct LogState {
    /// The last change the state includes.
    pub seq: i64,
    /// Regular changes in effect, oldest first.
    pub done: Vec<i64>,
    /// Changes undone, most recently undone last.
    pub undone: Vec<i64>,
    /// The record they give.
    pub record: Record,
    /// Change `seq` itself (`None` before the first change).
    pub last: Option<Entry>,
    /// The agenda as amended by the amendments in effect at `seq`.
    pub agenda: Agenda,
}

impl Log {
    /// An empty log for an agenda.
    pub fn new(agenda: &Agenda) -> Log {
        Log {
            entries: Vec::new(),
            first: 1,
            done: Vec::new(),
            undone: Vec::new(),
            base_len: 0,
            priors: Vec::new(),
            before: None,
            record: Record::new(agenda),
            original: agenda.clone(),
            agenda: agenda.clone(),
        }
    }

    /// A log resumed from a checkpoint of a session that began with
    /// `original`; entries after `state.seq` follow.
    pub fn resume(state: LogState, original: &Agenda) -> Log {
        Log {
            entries: Vec::new(),
            first: state.seq.saturating_add(1),
            base_len: state.done.len(),
            done: state.done,
            undone: state.undone,
            priors: Vec::new(),
            before: state.last,
            record: state.record,
            original: original.clone(),
            agenda: state.agenda,
        }
    }

    /// The agenda as amended by the amendments in effect: what every view
    /// of the record reads.
    pub fn agenda(&self) -> &Agenda {
        &self.agenda
    }

    /// The agenda the session began with, before any amendment.
    pub fn original(&self) -> &Agenda {
        &self.original
    }

    /// The changes in effect, oldest first, and those undone, most
    /// recently undone last (what a checkpoint keeps beside the record).
    pub(crate) fn stacks(&self) -> (&[i64], &[i64]) {
        (&self.done, &self.undone)
    }

    /// Whether the change with this sequence number is in effect: recorded
    /// and not undone (the newest changes are looked at first).
    pub fn in_effect(&self, seq: i64) -> bool {
        self.done.iter().rev().any(|s| *s == seq)
    }

    /// Makes room for `n` more entries (a long log read from disk).
    pub fn reserve(&mut self, n: usize) {
        self.entries.reserve(n);
        self.done.reserve(n);
        self.priors.reserve(n);
    }

    /// The entries held, in order: every entry of the session when
    /// [`Log::is_whole`], otherwise those after the checkpoint.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// Whether every entry from #1 is held (always so for a session read
    /// with [`crate::session::read`]).
    pub fn is_whole(&self) -> bool {
        self.first == 1
    }

    /// How many changes the session holds (entries held or not).
    pub fn len(&self) -> usize {
        usize::try_from(self.last_seq()).unwrap_or(0)
    }

    /// Whether nothing has been recorded yet.
    pub fn is_empty(&self) -> bool {
        self.last_seq() == 0
    }

    /// The sequence number of the newest change (0 before the first).
    pub fn last_seq(&self) -> i64 {
        self.next_seq() - 1
    }

    /// The record as it stands.
    pub fn record(&self) -> &Record {
        &self.record
    }

    /// The sequence number the next entry must have.
    pub fn next_seq(&self) -> i64 {
        self.first + i64::try_from(self.entries.len()).unwrap_or(i64::MAX - self.first)
    }

    /// The newest entry, if any.
    pub fn last(&self) -> Option<&Entry> {
        self.entries.last().or(self.before.as_ref())
    }

    /// The change an undo would take back, if any.
    pub fn undo_target(&self) -> Option<i64> {
        self.done.last().copied()
    }

    /// The changes in effect, the one an undo would take back first.
    pub fn done_stack(&self) -> impl Iterator<Item = i64> + '_ {
        self.done.iter().rev().copied()
    }

    /// The changes undone, the one a redo would bring back first.
    pub fn undone_stack(&self) -> impl Iterator<Item = i64> + '_ {
        self.undone.iter().rev().copied()
    }

    /// The change a redo would bring back, if any.
    pub fn redo_target(&self) -> Option<i64> {
        self.undone.last().copied()
    }

    /// Whether applying `change` needs entries from before the checkpoint
    /// this log was resumed from (never for a whole log).
    pub fn needs_history(&self, change: &Change) -> bool {
        match change {
            Change::Undo { .. } => self.done.len() <= self.base_len,
            Change::Redo { target } => *target < self.first,
            _ => false,
        }
    }

    /// Checks an entry against the agenda as amended and the log, then
    /// applies it.
    pub fn push(&mut self, e: Entry) -> Result<(), Mismatch> {
        if e.seq != self.next_seq() {
            let (want, found) = (self.next_seq().to_string(), e.seq.to_string());
            let m = crate::msg!("error-log-out-of-order", want = &want, found = &found);
            return Err(Mismatch(m));
        }
        if self.needs_history(&e.change) {
            let (seq, at) = (e.seq.to_string(), (self.first - 1).to_string());
            let m = crate::msg!("error-log-before-checkpoint", seq = &seq, at = &at);
            return Err(Mismatch(m));
        }
        match &e.change {
            Change::Undo { target } => {
                if self.undo_target() != Some(*target) {
                    let target = target.to_string();
                    return Err(Mismatch(crate::msg!("error-log-undo", target = &target)));
                }
                if let (Some(seq), Some(prior)) = (self.done.pop(), self.priors.pop()) {
                    match prior {
                        Prior::Amended(undo) => self.record.unamend(&mut self.agenda, *undo),
                        prior => self.record.restore(prior),
                    }
                    self.undone.push(seq);
                }
                self.entries.push(e);
            }
            Change::Redo { target } => {
                if self.redo_target() != Some(*target) {
                    let target = target.to_string();
                    return Err(Mismatch(crate::msg!("error-log-redo", target = &target)));
                }
                let held = usize::try_from(target - self.first).ok();
                let Some(redone) = held.and_then(|i| self.entries.get(i)) else {
                    let target = target.to_string();
                    return Err(Mismatch(crate::msg!(
                        "error-log-not-in-log",
                        target = &target
                    )));
                };
                let prior = bring(&mut self.record, &mut self.agenda, redone)?;
                self.priors.push(prior);
                self.undone.pop();
                self.done.push(*target);
                self.entries.push(e);
            }
            _ => {
                let prior = bring(&mut self.record, &mut self.agenda, &e)?;
                self.priors.push(prior);
                self.done.push(e.seq);
                self.undone.clear();
                self.entries.push(e);
            }
        }
        Ok(())
    }
}

/// Applies a regular change or an amendment.
fn bring(record: &mut Record, agenda: &mut Agenda, e: &Entry) -> Result<Prior, Mismatch> {
    if e.change.is_amendment() {
        record.amend(agenda, e)
    } else {
        record.apply(agenda, e)
    }
}

#[cfg(test)]
mod tests;
