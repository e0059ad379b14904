//! What one add-item wrote (the item, then its first options, in one
//! transaction) is one amendment to undo and redo: one undo takes it all
//! back, one redo brings it all back.

use super::super::change::{Change, Entry};
use super::super::log::Log;

/// Whether `e` is a first option that the add-item `head` wrote with it:
/// the next entry but `n`, at the same time, by the same hand, of the same
/// item, with no summary and nobody named.
fn written_with(head: &Entry, e: &Entry, item: &str, n: usize) -> bool {
    let next = i64::try_from(n).is_ok_and(|n| e.seq == head.seq + n);
    next && e.at == head.at
        && e.by == head.by
        && matches!(&e.change, Change::AddOption {
            item: i, summary: None, member: None, proposer: None, ..
        } if i == item)
}

/// The entries written by the add-item that `seq` belongs to, in order
/// (the item first); just `seq` for any other entry.
pub(crate) fn add_item_group(entries: &[Entry], seq: i64) -> Vec<i64> {
    let Some(pos) = entries.iter().position(|e| e.seq == seq) else {
        return vec![seq];
    };
    // back over options to the add-item they may belong to
    let first = entries
        .iter()
        .take(pos + 1)
        .rposition(|e| !matches!(e.change, Change::AddOption { .. }));
    let Some(head) = first.and_then(|f| entries.get(f)) else {
        return vec![seq];
    };
    let Change::AddItem { item, .. } = &head.change else {
        return vec![seq];
    };
    let group: Vec<i64> = entries
        .iter()
        .skip(first.unwrap_or(0))
        .enumerate()
        .take_while(|(n, e)| *n == 0 || written_with(head, e, item, *n))
        .map(|(_, e)| e.seq)
        .collect();
    if group.contains(&seq) {
        group
    } else {
        vec![seq]
    }
}

/// The changes that undo (or redo) the amendment at the top of the undo
/// (redo) stack as a whole, when it is an add-item with options; `None`
/// for anything else (one change is undone as ever).
pub(crate) fn group_changes(log: &Log, undo: bool) -> Option<Vec<Change>> {
    let (top, stack): (i64, Vec<i64>) = if undo {
        (log.undo_target()?, log.done_stack().collect())
    } else {
        (log.redo_target()?, log.undone_stack().collect())
    };
    let mut group = add_item_group(log.entries(), top);
    if undo {
        group.reverse();
    }
    // the whole group, in the order the stack holds it, or nothing special
    let whole = group.len() > 1 && stack.iter().take(group.len()).eq(group.iter());
    whole.then(|| {
        group
            .into_iter()
            .map(|target| match undo {
                true => Change::Undo { target },
                false => Change::Redo { target },
            })
            .collect()
    })
}

impl Log {
    /// The entries the next undo takes back, oldest first: the last change
    /// in effect, or a whole add-item with the options written with it.
    pub fn undo_entries(&self) -> Vec<&Entry> {
        let Some(top) = self.undo_target() else {
            return Vec::new();
        };
        let group = add_item_group(self.entries(), top);
        self.entries()
            .iter()
            .filter(|e| group.contains(&e.seq))
            .collect()
    }
}
