//! The session record: one SQLite file per meeting holding the agenda as it
//! was and an append-only log of changes; the current record is the log
//! replayed. The command line and the chair's screen both change the record
//! only through [`Session`].

mod change;
mod columns;
mod error;
mod index;
mod log;
mod state;
mod store;
#[cfg(test)]
mod tests;

use std::fs::File;
use std::path::{Path, PathBuf};

use chrono::{DateTime, SubsecRound, Utc};
use rusqlite::Connection;

pub use change::{Change, Entry, rfc3339};
pub use error::SessionError;
pub use log::Log;
pub use state::{ActionItem, Mismatch, Outcome, Position, Record};
pub use store::{APPLICATION_ID, SCHEMA_VERSION, sha256_hex};

use crate::agenda::{self, Agenda};

/// A session read from disk: the agenda it began with and its replayed log.
#[derive(Debug, Clone)]
pub struct Snapshot {
    /// The session file.
    pub path: PathBuf,
    /// The agenda as it was when the session began.
    pub agenda: Agenda,
    /// Its TOML text, byte for byte.
    pub agenda_text: String,
    /// Where the agenda was loaded from.
    pub origin: String,
    /// The log and the record it gives.
    pub log: Log,
}

impl Snapshot {
    /// The record as it stands.
    pub fn record(&self) -> &Record {
        self.log.record()
    }

    /// The newest entry, if any.
    pub fn last_entry(&self) -> Option<&Entry> {
        self.log.entries().last()
    }
}

/// Reads a session without locking it; works while a writer holds it.
pub fn read(path: &Path) -> Result<Snapshot, SessionError> {
    store::check_header(path)?;
    let conn = store::connect(path, false)?;
    load(&conn, path).map(|(snap, _)| snap)
}

fn load(conn: &Connection, path: &Path) -> Result<(Snapshot, String), SessionError> {
    let stored = store::read_agenda(conn, path)?;
    let agenda = agenda::parse(&stored.text, &stored.origin).map_err(|e| {
        store::tampered(
            path,
            format!("its copy of the agenda no longer validates: {e}"),
        )
    })?;
    let (log, last_hash) = replay(conn, path, &agenda, &stored.sha)?;
    let snap = Snapshot {
        path: path.to_path_buf(),
        agenda,
        agenda_text: stored.text,
        origin: stored.origin,
        log,
    };
    Ok((snap, last_hash))
}

/// Reads and replays the log on two threads: this one reads rows, checks the
/// hash chain and decodes them; the other replays the entries as they
/// arrive. A long session opens in about the time of the slower half.
fn replay(
    conn: &Connection,
    path: &Path,
    agenda: &Agenda,
    first: &str,
) -> Result<(Log, String), SessionError> {
    // The number of rows, to size the log once (the last rowid: no scan).
    let count: i64 = conn
        .query_row("SELECT coalesce(max(seq), 0) FROM changes", [], |r| {
            r.get(0)
        })
        .map_err(|e| store::tampered(path, format!("the log cannot be read ({e})")))?;
    let count = usize::try_from(count).unwrap_or(0).min(10_000_000);
    std::thread::scope(|scope| {
        let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<Entry>>(16);
        let worker = scope.spawn(move || -> Result<Log, SessionError> {
            let mut log = Log::new(agenda);
            log.reserve(count);
            for entry in rx.into_iter().flatten() {
                let seq = entry.seq;
                log.push(agenda, entry).map_err(|m| {
                    store::tampered(
                        path,
                        format!("change #{seq} does not fit the agenda: {}", m.0),
                    )
                })?;
            }
            Ok(log)
        });
        // A worker that stopped on an error drops its end: sending fails and reading stops.
        let read = store::read_rows(conn, path, first, |batch| tx.send(batch).is_ok());
        drop(tx);
        let replayed = worker.join().unwrap_or_else(|_| {
            Err(SessionError::Refused(
                "replaying the session failed unexpectedly".into(),
            ))
        });
        // The worker only sees rows the reader has already checked, so its
        // error, if any, is about an earlier row than the reader's.
        match (read, replayed) {
            (_, Err(e)) | (Err(e), _) => Err(e),
            (Ok(last), Ok(log)) => Ok((log, last)),
        }
    })
}

/// A session open for recording. Holds an exclusive lock on the file for as
/// long as it lives; every change is durable before a method returns.
pub struct Session {
    snap: Snapshot,
    conn: Connection,
    last_hash: String,
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
        let conn = store::connect(path, true)?;
        let (snap, last_hash) = load(&conn, path)?;
        Ok(Session {
            snap,
            conn,
            last_hash,
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
        let created = store::create(path, agenda_text, origin, now)?;
        Session::open(path).map(|s| (s, created))
    }

    /// The session as it stands.
    pub fn snapshot(&self) -> &Snapshot {
        &self.snap
    }

    /// The agenda the session began with.
    pub fn agenda(&self) -> &Agenda {
        &self.snap.agenda
    }

    /// The record as it stands.
    pub fn record(&self) -> &Record {
        self.snap.log.record()
    }

    /// Records one change durably, then applies it. A change that does not
    /// fit the agenda is refused and nothing is written.
    pub fn apply(
        &mut self,
        change: Change,
        by: &str,
        at: DateTime<Utc>,
    ) -> Result<&Entry, SessionError> {
        if matches!(change, Change::Undo { .. } | Change::Redo { .. }) {
            return Err(SessionError::Refused(
                "use undo() and redo() to undo or redo".into(),
            ));
        }
        self.snap
            .log
            .record()
            .fits(&self.snap.agenda, &change)
            .map_err(|m| SessionError::Refused(m.0))?;
        self.write(change, by, at)
    }

    /// Undoes the last change in effect; `None` when there is nothing to undo.
    pub fn undo(&mut self, by: &str, at: DateTime<Utc>) -> Result<Option<&Entry>, SessionError> {
        let Some(target) = self.snap.log.undo_target().map(|e| e.seq) else {
            return Ok(None);
        };
        self.write(Change::Undo { target }, by, at).map(Some)
    }

    /// Redoes the last change undone; `None` when there is nothing to redo.
    pub fn redo(&mut self, by: &str, at: DateTime<Utc>) -> Result<Option<&Entry>, SessionError> {
        let Some(target) = self.snap.log.redo_target().map(|e| e.seq) else {
            return Ok(None);
        };
        self.write(Change::Redo { target }, by, at).map(Some)
    }

    /// Records many changes in one durable transaction (an import, or a
    /// generated test session): all are stored or none. Returns how many.
    pub fn apply_all(
        &mut self,
        changes: Vec<Change>,
        by: &str,
        at: DateTime<Utc>,
    ) -> Result<usize, SessionError> {
        let mut log = self.snap.log.clone();
        let mut entries = Vec::with_capacity(changes.len());
        for change in changes {
            let entry = Entry {
                seq: log.next_seq(),
                at: at.trunc_subsecs(0),
                by: by.to_string(),
                change,
            };
            log.push(&self.snap.agenda, entry.clone())
                .map_err(|m| SessionError::Refused(m.0))?;
            entries.push(entry);
        }
        self.last_hash = store::append(&mut self.conn, &self.snap.path, &self.last_hash, &entries)?;
        self.snap.log = log;
        Ok(entries.len())
    }

    fn write(
        &mut self,
        change: Change,
        by: &str,
        at: DateTime<Utc>,
    ) -> Result<&Entry, SessionError> {
        let entry = Entry {
            seq: self.snap.log.next_seq(),
            at: at.trunc_subsecs(0),
            by: by.to_string(),
            change,
        };
        let hash = store::append(
            &mut self.conn,
            &self.snap.path,
            &self.last_hash,
            std::slice::from_ref(&entry),
        )?;
        self.last_hash = hash;
        self.snap
            .log
            .push(&self.snap.agenda, entry)
            .map_err(|m| SessionError::Refused(m.0))?;
        self.snap
            .log
            .entries()
            .last()
            .ok_or_else(|| SessionError::Refused("the change was not kept".into()))
    }
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
