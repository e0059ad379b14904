//! The log replayed: which changes are in effect after every undo and redo,
//! and the record they give.

use super::change::{Change, Entry};
use super::state::{Mismatch, Record};
use crate::agenda::Agenda;

/// The log of a session and the record derived from it.
#[derive(Debug, Clone)]
pub struct Log {
    entries: Vec<Entry>,
    /// Indices of regular changes in effect, oldest first.
    done: Vec<usize>,
    /// Indices of undone changes, most recently undone last.
    undone: Vec<usize>,
    record: Record,
}

impl Log {
    /// An empty log for an agenda.
    pub fn new(agenda: &Agenda) -> Log {
        Log {
            entries: Vec::new(),
            done: Vec::new(),
            undone: Vec::new(),
            record: Record::new(agenda),
        }
    }

    /// Makes room for `n` more entries (a long log read from disk).
    pub fn reserve(&mut self, n: usize) {
        self.entries.reserve(n);
        self.done.reserve(n);
    }

    /// Every entry, in order.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The record as it stands.
    pub fn record(&self) -> &Record {
        &self.record
    }

    /// The sequence number the next entry must have.
    pub fn next_seq(&self) -> i64 {
        self.entries.last().map_or(1, |e| e.seq + 1)
    }

    /// The change an undo would take back, if any.
    pub fn undo_target(&self) -> Option<&Entry> {
        self.done.last().and_then(|i| self.entries.get(*i))
    }

    /// The change a redo would bring back, if any.
    pub fn redo_target(&self) -> Option<&Entry> {
        self.undone.last().and_then(|i| self.entries.get(*i))
    }

    /// Whether the entry at `seq` is currently undone.
    pub fn is_in_effect(&self, seq: i64) -> bool {
        self.done
            .iter()
            .any(|i| self.entries.get(*i).is_some_and(|e| e.seq == seq))
    }

    /// Checks an entry against the agenda and the log, then applies it.
    pub fn push(&mut self, agenda: &Agenda, e: Entry) -> Result<(), Mismatch> {
        if e.seq != self.next_seq() {
            return Err(Mismatch(format!(
                "expected change #{} here, found #{}",
                self.next_seq(),
                e.seq
            )));
        }
        let index = self.entries.len();
        match &e.change {
            Change::Undo { target } => {
                if self.undo_target().map(|t| t.seq) != Some(*target) {
                    return Err(Mismatch(format!(
                        "undo of #{target}, which is not the last change in effect"
                    )));
                }
                if let Some(i) = self.done.pop() {
                    self.undone.push(i);
                }
                self.entries.push(e);
                self.rebuild(agenda)?;
            }
            Change::Redo { target } => {
                if self.redo_target().map(|t| t.seq) != Some(*target) {
                    return Err(Mismatch(format!(
                        "redo of #{target}, which is not the last change undone"
                    )));
                }
                if let Some(i) = self.undone.pop() {
                    self.done.push(i);
                    if let Some(redone) = self.entries.get(i) {
                        self.record.apply(agenda, redone)?;
                    }
                }
                self.entries.push(e);
            }
            _ => {
                self.record.apply(agenda, &e)?;
                self.entries.push(e);
                self.done.push(index);
                self.undone.clear();
            }
        }
        Ok(())
    }

    fn rebuild(&mut self, agenda: &Agenda) -> Result<(), Mismatch> {
        let mut record = Record::new(agenda);
        for i in &self.done {
            if let Some(e) = self.entries.get(*i) {
                record.apply(agenda, e)?;
            }
        }
        self.record = record;
        Ok(())
    }
}
