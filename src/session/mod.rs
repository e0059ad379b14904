//! The session record: one SQLite file per meeting holding the agenda as it
//! was and an append-only log of changes; the current record is the log
//! replayed. The command line and the chair's screen both change the record
//! only through [`Session`].

mod change;
mod checkpoint;
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
use sha2::Digest;

pub use change::{Change, Entry, rfc3339};
pub use error::SessionError;
pub use log::{Log, LogState};
pub use state::{ActionItem, Mismatch, Outcome, Position, Record};
pub use store::{APPLICATION_ID, SCHEMA_VERSION, sha256_hex};

use crate::agenda::{self, Agenda};
use store::Span;

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
        self.log.last()
    }
}

/// Reads a session without locking it; works while a writer holds it.
/// Reads and checks every change from the first (exports and review need
/// them all), so the log is always whole.
pub fn read(path: &Path) -> Result<Snapshot, SessionError> {
    store::check_header(path)?;
    let conn = store::connect(path, false)?;
    load(&conn, path, false).map(|l| l.snap)
}

/// Reads a session without locking it, resumed from its checkpoint where it
/// has a good one: only the changes after it are read and checked, so the
/// log may not be whole. For views of the record as it stands (the live
/// screen follows a long meeting this way); exports and review use [`read`].
pub fn read_current(path: &Path) -> Result<Snapshot, SessionError> {
    store::check_header(path)?;
    let conn = store::connect(path, false)?;
    load(&conn, path, true).map(|l| l.snap)
}

/// A session loaded, with where its chain ends and the checkpoint used.
struct Loaded {
    snap: Snapshot,
    agenda_sha: String,
    last_hash: String,
    checkpoint: i64,
}

/// Loads a session: from its checkpoint when `resume` and it has a good
/// one (replaying only the changes after it), otherwise the whole log.
fn load(conn: &Connection, path: &Path, resume: bool) -> Result<Loaded, SessionError> {
    let stored = store::read_agenda(conn, path)?;
    let agenda = agenda::parse(&stored.text, &stored.origin).map_err(|e| {
        store::tampered(
            path,
            format!("its copy of the agenda no longer validates: {e}"),
        )
    })?;
    let resumed = if resume {
        from_checkpoint(conn, path, &agenda, &stored.sha)?
    } else {
        None
    };
    let (log, last_hash, checkpoint) = match resumed {
        Some(r) => r,
        None => {
            let (log, hash) = whole(conn, path, &agenda, &stored.sha)?;
            (log, hash, 0)
        }
    };
    Ok(Loaded {
        snap: Snapshot {
            path: path.to_path_buf(),
            agenda,
            agenda_text: stored.text,
            origin: stored.origin,
            log,
        },
        agenda_sha: stored.sha,
        last_hash,
        checkpoint,
    })
}

/// Reads and replays the whole log.
fn whole(
    conn: &Connection,
    path: &Path,
    agenda: &Agenda,
    agenda_sha: &str,
) -> Result<(Log, String), SessionError> {
    replay(conn, path, agenda, Log::new(agenda), &Span::all(agenda_sha))?.ok_or_else(|| {
        SessionError::Refused("replaying the whole log asked for an earlier one".into())
    })
}

/// The log resumed from the file's checkpoint and the changes after it;
/// `None` when there is no checkpoint, it does not check out, or a change
/// after it reaches back before it (then the whole log is replayed). A
/// change after it that breaks the hash chain is reported as tampering.
fn from_checkpoint(
    conn: &Connection,
    path: &Path,
    agenda: &Agenda,
    agenda_sha: &str,
) -> Result<Option<(Log, String, i64)>, SessionError> {
    let Some(cp) = store::read_checkpoint(conn) else {
        return Ok(None);
    };
    if cp.format != checkpoint::FORMAT || store::hex(&sha2::Sha256::digest(&cp.state)) != cp.sha256
    {
        return Ok(None);
    }
    let Ok(mut state) = checkpoint::decode(&cp.state, agenda) else {
        return Ok(None);
    };
    // decode() holds the state's own seq to 1 or more.
    if state.seq != cp.seq {
        return Ok(None);
    }
    let Some(prev) = store::row_hash(conn, cp.seq - 1, agenda_sha) else {
        return Ok(None);
    };
    // The checkpoint's own change, checked against the one before it.
    let own = Span {
        after: cp.seq - 1,
        until: cp.seq,
        prev: &prev,
    };
    let hash = store::read_rows(conn, path, &own, |mut batch| {
        state.last = batch.pop();
        true
    })?;
    if hash != cp.hash {
        return Ok(None);
    }
    let tail = Span {
        after: cp.seq,
        until: i64::MAX,
        prev: &hash,
    };
    Ok(replay(conn, path, agenda, Log::resume(state), &tail)?.map(|(log, h)| (log, h, cp.seq)))
}

/// Reads and replays a span of the log onto `log` on two threads: this one
/// reads rows, checks the hash chain and decodes them; the other replays
/// the entries as they arrive. A long session opens in about the time of
/// the slower half. `None` when a change needs entries from before the
/// span (an undo reaching back past a checkpoint).
fn replay(
    conn: &Connection,
    path: &Path,
    agenda: &Agenda,
    mut log: Log,
    span: &Span<'_>,
) -> Result<Option<(Log, String)>, SessionError> {
    // The number of rows, to size the log once (the last rowid: no scan).
    let last: i64 = conn
        .query_row("SELECT coalesce(max(seq), 0) FROM changes", [], |r| {
            r.get(0)
        })
        .map_err(|e| store::tampered(path, format!("the log cannot be read ({e})")))?;
    let count = usize::try_from(last.saturating_sub(span.after))
        .unwrap_or(0)
        .min(10_000_000);
    std::thread::scope(|scope| {
        let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<Entry>>(16);
        let worker = scope.spawn(move || -> Result<Option<Log>, SessionError> {
            log.reserve(count);
            for entry in rx.into_iter().flatten() {
                if log.needs_history(&entry.change) {
                    return Ok(None);
                }
                let seq = entry.seq;
                log.push(agenda, entry).map_err(|m| {
                    store::tampered(
                        path,
                        format!("change #{seq} does not fit the agenda: {}", m.0),
                    )
                })?;
            }
            Ok(Some(log))
        });
        // A worker that stopped drops its end: sending fails and reading stops.
        let read = store::read_rows(conn, path, span, |batch| tx.send(batch).is_ok());
        drop(tx);
        let replayed = worker.join().unwrap_or_else(|_| {
            Err(SessionError::Refused(
                "replaying the session failed unexpectedly".into(),
            ))
        });
        // The worker only sees rows the reader has already checked, so its
        // error, if any, is about an earlier row than the reader's.
        match (read, replayed) {
            (_, Err(e)) => Err(e),
            (_, Ok(None)) => Ok(None),
            (Err(e), _) => Err(e),
            (Ok(last), Ok(Some(log))) => Ok(Some((log, last))),
        }
    })
}

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
    last_hash: String,
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
        let conn = store::connect(path, true)?;
        let loaded = load(&conn, path, true)?;
        Ok(Session {
            snap: loaded.snap,
            conn,
            agenda_sha: loaded.agenda_sha,
            last_hash: loaded.last_hash,
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
        let created = store::create(path, agenda_text, origin, now)?;
        Session::open(path).map(|s| (s, created))
    }

    /// The session as it stands. Its log may start after a checkpoint; see
    /// [`Session::load_history`].
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

    /// Reads and checks the whole log when only the changes after a
    /// checkpoint are held (for an export, or an undo reaching back past
    /// the checkpoint). Does nothing when the log is already whole.
    pub fn load_history(&mut self) -> Result<(), SessionError> {
        if self.snap.log.is_whole() {
            return Ok(());
        }
        let path = self.snap.path.clone();
        let (log, hash) = whole(&self.conn, &path, &self.snap.agenda, &self.agenda_sha)?;
        if hash != self.last_hash || log.len() != self.snap.log.len() {
            return Err(store::tampered(
                &path,
                "the log changed while it was open for recording".into(),
            ));
        }
        self.snap.log = log;
        Ok(())
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
        let Some(target) = self.snap.log.undo_target() else {
            return Ok(None);
        };
        self.write(Change::Undo { target }, by, at).map(Some)
    }

    /// Redoes the last change undone; `None` when there is nothing to redo.
    pub fn redo(&mut self, by: &str, at: DateTime<Utc>) -> Result<Option<&Entry>, SessionError> {
        let Some(target) = self.snap.log.redo_target() else {
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
            log.push(&self.snap.agenda, entry.clone())
                .map_err(|m| SessionError::Refused(m.0))?;
            entries.push(entry);
        }
        self.last_hash = store::append(&mut self.conn, &self.snap.path, &self.last_hash, &entries)?;
        self.snap.log = log;
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
            &self.last_hash,
            std::slice::from_ref(&entry),
        )?;
        self.last_hash = hash;
        self.snap
            .log
            .push(&self.snap.agenda, entry)
            .map_err(|m| SessionError::Refused(m.0))?;
        self.keep_checkpoint();
        self.snap
            .log
            .last()
            .ok_or_else(|| SessionError::Refused("the change was not kept".into()))
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
        let seq = self.snap.log.last_seq();
        let state = checkpoint::encode(&self.snap.log);
        store::write_checkpoint(
            &mut self.conn,
            &self.snap.path,
            seq,
            &self.last_hash,
            checkpoint::FORMAT,
            &state,
        )?;
        self.checkpoint = seq;
        Ok(state.len())
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
