//! The SQLite file itself: create, open, check, read the log, append one change.
//! Every write is one transaction committed with `synchronous=FULL`.

use std::io::Read;
use std::path::Path;

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OpenFlags, params};
use sha2::{Digest, Sha256};

use super::change::{Entry, rfc3339};
use super::columns::{self, Columns};
use super::error::{SessionError, storage};
use crate::msg;

/// The session schema this program writes and the newest it reads.
pub const SCHEMA_VERSION: i64 = 1;
/// `PRAGMA application_id` of a talanoa session ("TALA").
pub const APPLICATION_ID: i64 = 0x5441_4C41;
pub(crate) const SCHEMA: &str = include_str!("schema.sql");

/// The agenda copy of a session, checked against its hash.
pub(crate) struct StoredAgenda {
    pub text: String,
    pub origin: String,
    pub sha: String,
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        out.push(char::from(DIGITS[usize::from(b >> 4)]));
        out.push(char::from(DIGITS[usize::from(b & 0x0f)]));
    }
    out
}

/// Hex SHA-256 of text.
pub fn sha256_hex(text: &str) -> String {
    hex(&Sha256::digest(text.as_bytes()))
}

/// Refuses files that cannot be a session before SQLite sees them (SQLite
/// would happily treat an empty file as a new database and write to it):
/// folders, devices, FIFOs, empty files, files that are not SQLite, and
/// databases in write-ahead-log mode (talanoa's sessions use a rollback
/// journal; opening one in WAL mode would write beside it).
pub(crate) fn check_header(path: &Path) -> Result<(), SessionError> {
    let not = |why: String| SessionError::NotASession {
        path: path.to_path_buf(),
        why,
    };
    let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => SessionError::NotFound(path.to_path_buf()),
        _ => storage(path, e),
    })?;
    if meta.is_dir() {
        return Err(not(msg!("error-session-is-folder")));
    }
    if !meta.is_file() {
        return Err(not(msg!("error-session-is-device")));
    }
    if meta.len() == 0 {
        return Err(not(msg!("error-session-is-empty")));
    }
    let mut head = [0u8; 100];
    let f = std::fs::File::open(path).map_err(|e| storage(path, e))?;
    let n = f.take(100).read(&mut head).map_err(|e| storage(path, e))?;
    if n < 100 || !head.starts_with(b"SQLite format 3\0") {
        return Err(not(msg!("error-session-not-sqlite")));
    }
    match (head[18], head[19]) {
        (1, 1) => Ok(()),
        (2, 2) => Err(not(msg!("error-session-wal"))),
        _ => Err(not(msg!("error-session-file-format"))),
    }
}

/// Opens the database, read-write or read-only, and checks that it is a
/// talanoa session with exactly talanoa's schema before anything is
/// written to it or trusted from it. The caller has checked its header
/// and the files beside it ([`super::sidecar::check`]).
pub(crate) fn connect(path: &Path, write: bool) -> Result<Connection, SessionError> {
    // Readers open read-write when they may, and never write: a writer that
    // was killed mid-change leaves a "hot journal", and SQLite's crash
    // recovery (rolling that change back) needs write access. Without it
    // (read-only media) they fall back to a read-only connection.
    let open = |flags| Connection::open_with_flags(path, flags | OpenFlags::SQLITE_OPEN_NO_MUTEX);
    let conn = match (open(OpenFlags::SQLITE_OPEN_READ_WRITE), write) {
        (Ok(conn), _) => conn,
        (Err(e), true) => return Err(storage(path, e)),
        (Err(_), false) => open(OpenFlags::SQLITE_OPEN_READ_ONLY).map_err(|e| storage(path, e))?,
    };
    conn.busy_timeout(std::time::Duration::from_secs(5))
        .map_err(|e| storage(path, e))?;
    // EXTRA: the folder is synced after the journal is deleted, so a
    // committed change's journal cannot come back after a power cut. (Not
    // stored in the file: setting it writes nothing.)
    conn.execute_batch("PRAGMA synchronous = EXTRA;")
        .map_err(|e| storage(path, e))?;
    // Check what the file is before anything could write to it.
    identity(&conn, path)?;
    super::schema::check(&conn, path)?;
    Ok(conn)
}

/// Refuses a database that is not a talanoa session, or is from a newer talanoa.
fn identity(conn: &Connection, path: &Path) -> Result<(), SessionError> {
    let not = |why: String| SessionError::NotASession {
        path: path.to_path_buf(),
        why,
    };
    let pragma = |name: &str| -> Result<i64, SessionError> {
        conn.query_row(&format!("PRAGMA {name}"), [], |r| r.get(0))
            .map_err(|e| match e.sqlite_error().map(|f| f.extended_code) {
                // SQLITE_READONLY_ROLLBACK: recovery needs write access
                Some(776) => SessionError::Storage {
                    path: path.to_path_buf(),
                    what: msg!("error-session-hot-journal"),
                },
                _ => not(msg!("error-session-not-a-database", why = &e.to_string())),
            })
    };
    if pragma("application_id")? != APPLICATION_ID {
        return Err(not(msg!("error-session-not-talanoa")));
    }
    let version = pragma("user_version")?;
    if version > SCHEMA_VERSION {
        return Err(SessionError::Newer {
            path: path.to_path_buf(),
            found: version,
            supported: SCHEMA_VERSION,
        });
    }
    Ok(())
}

pub(crate) fn tampered(path: &Path, what: String) -> SessionError {
    SessionError::Tampered {
        path: path.to_path_buf(),
        what,
    }
}

/// Reads the agenda copy and checks it against its hash (`connect` has
/// already checked what the file is).
pub(crate) fn read_agenda(conn: &Connection, path: &Path) -> Result<StoredAgenda, SessionError> {
    let (text, sha, origin): (String, String, String) = conn
        .query_row(
            "SELECT source, sha256, origin FROM agenda WHERE id = 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .map_err(|e| {
            tampered(
                path,
                msg!("error-session-agenda-unreadable", why = &e.to_string()),
            )
        })?;
    if sha256_hex(&text) != sha {
        return Err(tampered(path, msg!("error-session-agenda-checksum")));
    }
    Ok(StoredAgenda { text, origin, sha })
}

/// A text column of the current row, without copying it.
fn text<'r>(row: &'r rusqlite::Row<'_>, i: usize, path: &Path) -> Result<&'r str, SessionError> {
    row.get_ref(i)
        .and_then(|v| v.as_str().map_err(rusqlite::Error::from))
        .map_err(|e| {
            tampered(
                path,
                msg!("error-session-log-unreadable", why = &e.to_string()),
            )
        })
}

/// Rows handed on at a time while the log is read.
const BATCH: usize = 2048;

/// The rows of the log to read: those after `after` up to `until`, the
/// first chained to `prev` (the hash of row `after`, or the agenda's hash
/// when `after` is 0).
pub(crate) struct Span<'a> {
    pub after: i64,
    pub until: i64,
    pub prev: &'a str,
}

impl Span<'_> {
    /// The whole log.
    pub fn all(agenda_sha: &str) -> Span<'_> {
        Span {
            after: 0,
            until: i64::MAX,
            prev: agenda_sha,
        }
    }
}

/// Reads rows of the log in order, checking that no row is missing, that each
/// matches the hash chain and decodes, and hands the entries on in batches (`sink` returns
/// false to stop early). Returns the hash of the last row read.
pub(crate) fn read_rows(
    conn: &Connection,
    path: &Path,
    span: &Span<'_>,
    mut sink: impl FnMut(Vec<Entry>) -> bool,
) -> Result<String, SessionError> {
    let fail = |e: rusqlite::Error| {
        tampered(
            path,
            msg!("error-session-log-unreadable", why = &e.to_string()),
        )
    };
    let mut stmt = conn
        .prepare(&format!(
            "SELECT seq, at, by, kind, {}, hash FROM changes WHERE seq > ?1 AND seq <= ?2 ORDER BY seq",
            columns::NAMES
        ))
        .map_err(fail)?;
    let mut rows = stmt.query([span.after, span.until]).map_err(fail)?;
    let mut prev = span.prev.to_string();
    let mut expected = span.after + 1;
    let mut batch = Vec::with_capacity(BATCH);
    while let Some(row) = rows.next().map_err(fail)? {
        let seq: i64 = row.get(0).map_err(fail)?;
        if seq != expected {
            let (expected, seq) = (expected.to_string(), seq.to_string());
            let what = msg!("error-session-change-gap", expected = &expected, seq = &seq);
            return Err(tampered(path, what));
        }
        let bad = |what: &str| {
            let seq = seq.to_string();
            tampered(path, msg!("error-session-change", seq = &seq, what = what))
        };
        let (at, by, kind) = (
            text(row, 1, path)?,
            text(row, 2, path)?,
            text(row, 3, path)?,
        );
        let mut fields: Vec<Option<std::borrow::Cow<'_, str>>> = Vec::with_capacity(columns::COUNT);
        for i in 4..4 + columns::COUNT {
            fields.push(columns::render(row.get_ref(i).map_err(fail)?).map_err(|e| bad(&e))?);
        }
        let hash = text(row, 4 + columns::COUNT, path)?;
        let computed = columns::chain(&prev, seq, at, by, kind, &fields);
        if computed != hash {
            return Err(bad(&msg!("error-session-change-checksum")));
        }
        batch.push(decode(path, seq, at, by, kind, fields)?);
        if batch.len() == BATCH && !sink(std::mem::replace(&mut batch, Vec::with_capacity(BATCH))) {
            return Ok(computed);
        }
        prev = computed;
        expected += 1;
    }
    if !batch.is_empty() {
        sink(batch);
    }
    if span.until != i64::MAX && expected <= span.until {
        let expected = expected.to_string();
        let what = msg!("error-session-change-missing", expected = &expected);
        return Err(tampered(path, what));
    }
    Ok(prev)
}

/// The hash stored with change `seq`, or the agenda's hash for 0.
pub(crate) fn row_hash(conn: &Connection, seq: i64, agenda_sha: &str) -> Option<String> {
    if seq == 0 {
        return Some(agenda_sha.to_string());
    }
    conn.query_row("SELECT hash FROM changes WHERE seq = ?1", [seq], |r| {
        r.get(0)
    })
    .ok()
}

/// Decodes a checked row into an entry.
fn decode(
    path: &Path,
    seq: i64,
    at: &str,
    by: &str,
    kind: &str,
    fields: Vec<Option<std::borrow::Cow<'_, str>>>,
) -> Result<Entry, SessionError> {
    let bad = |what: &str| {
        let seq = seq.to_string();
        tampered(path, msg!("error-session-change", seq = &seq, what = what))
    };
    let mut f = fields
        .into_iter()
        .map(|v| v.map(std::borrow::Cow::into_owned));
    let mut next = || f.next().flatten();
    let number = |v: Option<String>, name: &str| -> Result<Option<i64>, SessionError> {
        v.map(|n| {
            n.parse::<i64>()
                .map_err(|_| bad(&msg!("error-session-change-not-number", name = name)))
        })
        .transpose()
    };
    let cols = Columns {
        item: next(),
        option: next(),
        member: next(),
        stance: next(),
        text: next(),
        present: number(next(), "present")?.map(|n| n != 0),
        owner: next(),
        due: next(),
        seconds: number(next(), "seconds")?,
        target: number(next(), "target")?,
    };
    let change = cols.into_change(kind).map_err(|e| bad(&e))?;
    let at = DateTime::parse_from_rfc3339(at)
        .map_err(|_| bad(&msg!("error-session-change-bad-time")))?
        .with_timezone(&Utc);
    Ok(Entry {
        seq,
        at,
        by: by.to_string(),
        change,
    })
}

/// Appends entries in one durable transaction; returns the new chain hash.
/// Either all of them are stored or none. Before committing, the rows are
/// read back and checked against the chain: what is stored is exactly
/// what was recorded, or nothing is.
pub(crate) fn append(
    conn: &mut Connection,
    path: &Path,
    prev: &str,
    entries: &[Entry],
) -> Result<String, SessionError> {
    let tx = super::sidecar::begin(conn, path)?;
    let mut hash = prev.to_string();
    {
        let mut insert = tx
            .prepare_cached(&format!(
                "INSERT INTO changes (seq, at, by, kind, {}, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
                columns::NAMES
            ))
            .map_err(|err| storage(path, err))?;
        for e in entries {
            let at = rfc3339(&e.at);
            let kind = e.change.kind();
            let c = Columns::of(&e.change);
            hash = columns::chain(&hash, e.seq, &at, &e.by, kind, &c.rendered());
            insert
                .execute(params![
                    e.seq,
                    at,
                    e.by,
                    kind,
                    c.item,
                    c.option,
                    c.member,
                    c.stance,
                    c.text,
                    c.present.map(i64::from),
                    c.owner,
                    c.due,
                    c.seconds,
                    c.target,
                    hash
                ])
                .map_err(|err| storage(path, err))?;
        }
    }
    if let (Some(first), Some(last)) = (entries.first(), entries.last()) {
        read_back(&tx, path, prev, (first.seq, last.seq), &hash)?;
    }
    tx.commit().map_err(|err| storage(path, err))?;
    super::sidecar::seal(conn);
    Ok(hash)
}

/// Reads back rows `first..=last` just written and checks that they chain
/// to `expected` and that nothing follows them (a foreign trigger storing
/// something else, or something more, is caught before "saved").
fn read_back(
    conn: &Connection,
    path: &Path,
    prev: &str,
    (first, last): (i64, i64),
    expected: &str,
) -> Result<(), SessionError> {
    let span = Span {
        after: first - 1,
        until: last,
        prev,
    };
    let not_recorded = |why: &str| {
        let last = last.to_string();
        tampered(
            path,
            msg!("error-session-not-recorded", last = &last, why = why),
        )
    };
    let stored = read_rows(conn, path, &span, |_| true).map_err(|e| match e {
        SessionError::Tampered { what, .. } => not_recorded(&what),
        e => e,
    })?;
    let max: i64 = conn
        .query_row("SELECT coalesce(max(seq), 0) FROM changes", [], |r| {
            r.get(0)
        })
        .map_err(|e| storage(path, e))?;
    if stored != expected || max != last {
        return Err(not_recorded(&msg!("error-session-rows-differ")));
    }
    Ok(())
}
