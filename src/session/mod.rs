//! The session record: one SQLite file per meeting holding the agenda as it
//! was and an append-only log of changes; the current record is the log
//! replayed. The command line and the chair's screen both change the record
//! only through [`Session`].

mod adopt;
mod amend;
mod change;
mod checkpoint;
mod columns;
mod create;
mod error;
mod index;
mod load;
mod log;
mod schema;
mod sidecar;
mod state;
mod store;
#[cfg(test)]
mod tests;

use std::fs::File;
use std::path::Path;

use chrono::{DateTime, SubsecRound, Utc};
use rusqlite::Connection;

pub use adopt::agreed;
pub use amend::{
    AmendError, Amended, CHAIR_PROPOSER, Correction, NewItem, NewMember, NewOption, Proposal,
    ProposedBy, Rename, Subject,
};
pub use change::{Change, Entry, Field, parse_date, rfc3339};
pub use error::SessionError;
pub use load::{Snapshot, checkpoint_agrees, hash_at, read, read_current};
pub use log::{Log, LogState};
pub use state::{ActionItem, Mismatch, Outcome, Position, Prior, Record};
pub use store::{APPLICATION_ID, SCHEMA_VERSION, sha256_hex};

use crate::agenda::Agenda;
use load::{load, whole};

/// A session open for recording. Holds an exclusive lock on the file for as
/// long as it lives; every change is durable before a method returns.
///
/// A long session is resumed from its checkpoint (see
/// `docs/session-format.md`), so its log may hold only the changes after
/// it; [`Session::load_history`] reads the rest when something needs it.
pub struct Session {
    snap: Snapshot,
    conn: Connection,
    agenda_sha: String,
    /// The change the newest checkpoint was taken at (0: none).
    checkpoint: i64,
    _lock: File,
}

impl std::fmt::Debug for Session {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Session")
            .field("path", &self.snap.path)
            .finish_non_exhaustive()
    }
}

impl Session {
    /// Opens an existing session for recording.
    pub fn open(path: &Path) -> Result<Session, SessionError> {
        store::check_header(path)?;
        let lock = lock(path)?;
        sidecar::check(path, false)?;
        let conn = store::connect(path, true)?;
        let loaded = load(&conn, path, true)?;
        Ok(Session {
            snap: loaded.snap,
            conn,
            agenda_sha: loaded.agenda_sha,
            checkpoint: loaded.checkpoint,
            _lock: lock,
        })
    }

    /// Opens the session at `path`, creating it from the agenda text first
    /// when there is none. Returns whether it was created.
    pub fn open_or_create(
        path: &Path,
        agenda_text: &str,
        origin: &str,
        now: DateTime<Utc>,
    ) -> Result<(Session, bool), SessionError> {
        if path.exists() {
            return Session::open(path).map(|s| (s, false));
        }
        let created = create::create(path, agenda_text, origin, now)?;
        Session::open(path).map(|s| (s, created))
    }

    /// The session as it stands. Its log may start after a checkpoint; see
    /// [`Session::load_history`].
    pub fn snapshot(&self) -> &Snapshot {
        &self.snap
    }

    /// The agenda as amended in the meeting (the agenda the session began
    /// with when nothing was amended).
    pub fn agenda(&self) -> &Agenda {
        &self.snap.agenda
    }

    /// The record as it stands.
    pub fn record(&self) -> &Record {
        self.snap.log.record()
    }

    /// Reads and checks the whole log when only the changes after a
    /// checkpoint are held (for an export, or an undo reaching back past
    /// the checkpoint). Does nothing when the log is already whole.
    pub fn load_history(&mut self) -> Result<(), SessionError> {
        if self.snap.log.is_whole() {
            return Ok(());
        }
        let path = self.snap.path.clone();
        let original = self.snap.log.original().clone();
        let (log, hash) = whole(&self.conn, &path, &original, &self.agenda_sha)?;
        if hash != self.snap.last_hash || log.len() != self.snap.log.len() {
            return Err(store::tampered(
                &path,
                crate::msg!("error-session-log-changed"),
            ));
        }
        self.snap.log = log;
        Ok(())
    }

    /// Records one change durably, then applies it. A change that does not
    /// fit the agenda is refused and nothing is written; so is an outcome
    /// adopting an option with no consensus or pending, unless its
    /// `despite_status` is set ([`SessionError::NotAgreed`]). The former
    /// block id of the default scale is recorded as `block`.
    pub fn apply(
        &mut self,
        change: Change,
        by: &str,
        at: DateTime<Utc>,
    ) -> Result<&Entry, SessionError> {
        if matches!(change, Change::Undo { .. } | Change::Redo { .. }) {
            return Err(SessionError::Refused(crate::msg!(
                "error-session-undo-redo"
            )));
        }
        let change = change.with_current_ids(&self.snap.agenda);
        let record = self.snap.log.record();
        record
            .fits(&self.snap.agenda, &change)
            .map_err(|m| SessionError::Refused(m.0))?;
        let change = adopt::check(record, &self.snap.agenda, change)?;
        self.write(change, by, at)
    }

    /// Undoes the last change in effect; `None` when there is nothing to undo.
    pub fn undo(&mut self, by: &str, at: DateTime<Utc>) -> Result<Option<&Entry>, SessionError> {
        let Some(target) = self.snap.log.undo_target() else {
            return Ok(None);
        };
        if let Some(changes) = amend::group_changes(&self.snap.log, true) {
            return self.write_group(changes, by, at).map(Some);
        }
        self.write(Change::Undo { target }, by, at).map(Some)
    }

    /// Redoes the last change undone; `None` when there is nothing to redo.
    pub fn redo(&mut self, by: &str, at: DateTime<Utc>) -> Result<Option<&Entry>, SessionError> {
        let Some(target) = self.snap.log.redo_target() else {
            return Ok(None);
        };
        if let Some(changes) = amend::group_changes(&self.snap.log, false) {
            return self.write_group(changes, by, at).map(Some);
        }
        self.write(Change::Redo { target }, by, at).map(Some)
    }

    /// Undoes (or redoes) what one add-item wrote, in one transaction;
    /// returns the entry that takes back (or brings back) the item itself.
    fn write_group(
        &mut self,
        changes: Vec<Change>,
        by: &str,
        at: DateTime<Utc>,
    ) -> Result<&Entry, SessionError> {
        let of = |c: &Change| match c {
            Change::Undo { target } | Change::Redo { target } => Some(*target),
            _ => None,
        };
        let head = changes.iter().filter_map(of).min();
        self.apply_all(changes, by, at)?;
        let entries = self.snap.log.entries();
        entries
            .iter()
            .rev()
            .find(|e| of(&e.change) == head)
            .or_else(|| entries.last())
            .ok_or_else(|| SessionError::Refused(crate::msg!("error-session-not-kept")))
    }

    /// Records many changes in one durable transaction (an import, or a
    /// generated test session): all are stored or none. Returns how many.
    pub fn apply_all(
        &mut self,
        changes: Vec<Change>,
        by: &str,
        at: DateTime<Utc>,
    ) -> Result<usize, SessionError> {
        if changes
            .iter()
            .any(|c| matches!(c, Change::Undo { .. } | Change::Redo { .. }))
        {
            self.load_history()?;
        }
        let mut log = self.snap.log.clone();
        let mut entries = Vec::with_capacity(changes.len());
        for change in changes {
            let entry = Entry {
                seq: log.next_seq(),
                at: at.trunc_subsecs(0),
                by: by.to_string(),
                change,
            };
            log.push(entry.clone())
                .map_err(|m| SessionError::Refused(m.0))?;
            entries.push(entry);
        }
        self.snap.last_hash = store::append(
            &mut self.conn,
            &self.snap.path,
            &self.snap.last_hash,
            &entries,
        )?;
        self.snap.log = log;
        self.snap.agenda = self.snap.log.agenda().clone();
        self.keep_checkpoint();
        Ok(entries.len())
    }

    fn write(
        &mut self,
        change: Change,
        by: &str,
        at: DateTime<Utc>,
    ) -> Result<&Entry, SessionError> {
        if self.snap.log.needs_history(&change) {
            self.load_history()?;
        }
        let entry = Entry {
            seq: self.snap.log.next_seq(),
            at: at.trunc_subsecs(0),
            by: by.to_string(),
            change,
        };
        let hash = store::append(
            &mut self.conn,
            &self.snap.path,
            &self.snap.last_hash,
            std::slice::from_ref(&entry),
        )?;
        self.snap.last_hash = hash;
        let amends = matches!(entry.change, Change::Undo { .. } | Change::Redo { .. })
            || entry.change.is_amendment();
        self.snap
            .log
            .push(entry)
            .map_err(|m| SessionError::Refused(m.0))?;
        if amends {
            self.snap.agenda = self.snap.log.agenda().clone();
        }
        self.keep_checkpoint();
        self.snap
            .log
            .last()
            .ok_or_else(|| SessionError::Refused(crate::msg!("error-session-not-kept")))
    }

    /// Replaces the checkpoint once enough changes follow the last one.
    /// Runs after the change is durable; a checkpoint is a shortcut for the
    /// next open, so failing to write one loses nothing and is not reported
    /// (the next change tries again).
    fn keep_checkpoint(&mut self) {
        if self.snap.log.last_seq() - self.checkpoint >= checkpoint::EVERY {
            let _ = self.write_checkpoint();
        }
    }

    /// Stores a checkpoint of the record as it stands, replacing the last
    /// one, in one durable transaction; returns its size in bytes. The
    /// session does this by itself every 1,000 changes.
    pub fn write_checkpoint(&mut self) -> Result<usize, SessionError> {
        let size = checkpoint::write(
            &mut self.conn,
            &self.snap.path,
            &self.snap.log,
            &self.snap.last_hash,
        )?;
        self.checkpoint = self.snap.log.last_seq();
        Ok(size)
    }
}

/// Whether another process holds the session open for recording now.
fn writer_elsewhere(path: &Path) -> bool {
    File::open(path)
        .is_ok_and(|f| matches!(f.try_lock_shared(), Err(std::fs::TryLockError::WouldBlock)))
}

/// Takes the exclusive writer's lock (flock) on the session file itself.
fn lock(path: &Path) -> Result<File, SessionError> {
    let f = File::open(path).map_err(|e| error::storage(path, e))?;
    match f.try_lock() {
        Ok(()) => Ok(f),
        Err(std::fs::TryLockError::WouldBlock) => Err(SessionError::Locked(path.to_path_buf())),
        Err(std::fs::TryLockError::Error(e)) => Err(error::storage(path, e)),
    }
}
