//! Reading a session from disk: the agenda copy, then the log replayed,
//! either whole or from the session's checkpoint on.

use std::path::{Path, PathBuf};

use rusqlite::Connection;

use super::change::Entry;
use super::checkpoint;
use super::error::SessionError;
use super::log::Log;
use super::state::Record;
use super::store::{self, Span};
use crate::agenda::{self, Agenda};

/// A session read from disk: the agenda it began with and its replayed log.
#[derive(Debug, Clone)]
pub struct Snapshot {
    /// The session file.
    pub path: PathBuf,
    /// The agenda as amended in the meeting (as it was when the session
    /// began when nothing was amended; see [`Log::original`]).
    pub agenda: Agenda,
    /// Its TOML text, byte for byte.
    pub agenda_text: String,
    /// Where the agenda was loaded from.
    pub origin: String,
    /// The log and the record it gives.
    pub log: Log,
    /// The chain hash of the newest change (the agenda's hash before the
    /// first): what exports state so that `talanoa verify` can tie them to
    /// this record.
    pub last_hash: String,
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
    let conn = open_to_read(path)?;
    load(&conn, path, false).map(|l| l.snap)
}

/// Reads a session without locking it, resumed from its checkpoint where it
/// has a good one: only the changes after it are read and checked, so the
/// log may not be whole. For views of the record as it stands (the live
/// screen follows a long meeting this way); exports and review use [`read`].
pub fn read_current(path: &Path) -> Result<Snapshot, SessionError> {
    let conn = open_to_read(path)?;
    load(&conn, path, true).map(|l| l.snap)
}

/// Checks the file and what lies beside it, then opens it to read.
fn open_to_read(path: &Path) -> Result<Connection, SessionError> {
    store::check_header(path)?;
    super::sidecar::check(path, super::writer_elsewhere(path))?;
    store::connect(path, false)
}

/// A session loaded, with where its chain ends and the checkpoint used.
pub(super) struct Loaded {
    pub snap: Snapshot,
    pub agenda_sha: String,
    pub checkpoint: i64,
}

/// Loads a session: from its checkpoint when `resume` and it has a good
/// one (replaying only the changes after it), otherwise the whole log.
pub(super) fn load(conn: &Connection, path: &Path, resume: bool) -> Result<Loaded, SessionError> {
    let stored = store::read_agenda(conn, path)?;
    let agenda = agenda::parse(&stored.text, &stored.origin).map_err(|e| {
        store::tampered(
            path,
            crate::msg!("error-session-agenda-invalid", problems = &e.to_string()),
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
            agenda: log.agenda().clone(),
            agenda_text: stored.text,
            origin: stored.origin,
            log,
            last_hash,
        },
        agenda_sha: stored.sha,
        checkpoint,
    })
}

/// Reads and replays the whole log.
pub(super) fn whole(
    conn: &Connection,
    path: &Path,
    agenda: &Agenda,
    agenda_sha: &str,
) -> Result<(Log, String), SessionError> {
    replay(conn, path, Log::new(agenda), &Span::all(agenda_sha))?
        .ok_or_else(|| SessionError::Refused(crate::msg!("error-session-replay-earlier")))
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
    let Some((mut state, cp_hash)) = checkpoint::read(conn, agenda) else {
        return Ok(None);
    };
    // decode() holds the state's seq to 1 or more.
    let seq = state.seq;
    let Some(prev) = store::row_hash(conn, seq - 1, agenda_sha) else {
        return Ok(None);
    };
    // The checkpoint's own change, checked against the one before it.
    let own = Span {
        after: seq - 1,
        until: seq,
        prev: &prev,
    };
    let hash = store::read_rows(conn, path, &own, |mut batch| {
        state.last = batch.pop();
        true
    })?;
    if hash != cp_hash {
        return Ok(None);
    }
    let tail = Span {
        after: seq,
        until: i64::MAX,
        prev: &hash,
    };
    Ok(replay(conn, path, Log::resume(state, agenda), &tail)?.map(|(log, h)| (log, h, seq)))
}

/// Reads and replays a span of the log onto `log` on two threads: this one
/// reads rows, checks the hash chain and decodes them; the other replays
/// the entries as they arrive. A long session opens in about the time of
/// the slower half. `None` when a change needs entries from before the
/// span (an undo reaching back past a checkpoint).
fn replay(
    conn: &Connection,
    path: &Path,
    mut log: Log,
    span: &Span<'_>,
) -> Result<Option<(Log, String)>, SessionError> {
    // The number of rows, to size the log once (the last rowid: no scan).
    let last: i64 = conn
        .query_row("SELECT coalesce(max(seq), 0) FROM changes", [], |r| {
            r.get(0)
        })
        .map_err(|e| {
            let why = e.to_string();
            store::tampered(
                path,
                crate::msg!("error-session-log-unreadable", why = &why),
            )
        })?;
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
                log.push(entry).map_err(|m| {
                    let seq = seq.to_string();
                    let what = crate::msg!("error-session-change-misfit", seq = &seq, why = &m.0);
                    store::tampered(path, what)
                })?;
            }
            Ok(Some(log))
        });
        // A worker that stopped drops its end: sending fails and reading stops.
        let read = store::read_rows(conn, path, span, |batch| tx.send(batch).is_ok());
        drop(tx);
        let replayed = worker.join().unwrap_or_else(|_| {
            Err(SessionError::Refused(crate::msg!(
                "error-session-replay-failed"
            )))
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

/// The chain hash stored with change `seq` of the session at `path` (the
/// agenda's hash for 0), or `None` when the session has no such change.
/// Read [`read`] first to know the chain is intact.
pub fn hash_at(path: &Path, seq: i64) -> Result<Option<String>, SessionError> {
    store::check_header(path)?;
    let conn = store::connect(path, false)?;
    let stored = store::read_agenda(&conn, path)?;
    Ok(store::row_hash(&conn, seq, &stored.sha))
}

/// Whether the session's checkpoint, where it has a good one, gives the
/// very record the whole log gives. A checkpoint rewritten on purpose with
/// its checksum recomputed passes every check of its own; only replaying
/// the log from the first change shows it (`talanoa verify` does both).
/// `whole` is the session as [`read`] gives it.
pub fn checkpoint_agrees(whole: &Snapshot) -> Result<bool, SessionError> {
    let resumed = read_current(&whole.path)?;
    Ok(whole.last_hash == resumed.last_hash
        && whole.record() == resumed.record()
        && whole.log.stacks() == resumed.log.stacks())
}
