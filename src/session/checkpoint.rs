//! Checkpoints: the record as it stood after some change, kept in the
//! session file so that resuming a long meeting replays only the changes
//! after it. A checkpoint is a cache: the log stays the only source of
//! truth, and a checkpoint that does not check out in every detail is
//! ignored and the whole log replayed.

use std::collections::HashMap;
use std::path::Path;

use chrono::DateTime;
use rusqlite::{Connection, params};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::change::Entry;
use super::columns::Columns;
use super::error::{SessionError, storage};
use super::log::{Log, LogState};
use super::state::{ActionItem, Outcome, Position, Record};
use super::store::hex;
use crate::agenda::Agenda;

/// The layout of the stored state; a checkpoint of another layout is ignored.
/// A record with amendments is stored as layout 2 (layout 1 and the
/// amendments in effect), so that a talanoa from before amendments, which
/// reads only layout 1, ignores it and replays the log instead.
const FORMAT: i64 = 1;
/// The layout of a checkpoint that holds amendments.
const FORMAT_AMENDED: i64 = 2;

/// A checkpoint is written once this many changes follow the last one.
pub(crate) const EVERY: i64 = 1_000;

/// (item, option, member, stance, statement, at as Unix seconds, author as
/// an index into `authors`, the statement's first change).
type StoredPosition<S> = (
    usize,
    usize,
    usize,
    Option<usize>,
    Option<S>,
    i64,
    usize,
    Option<i64>,
);

/// (item, text, owner, due as YYYY-MM-DD, seq).
type StoredAction<S> = (usize, S, Option<S>, Option<String>, i64);

/// An amendment in effect: (seq, at as Unix seconds, by, kind, and its
/// item, option, member and text columns as in the log).
type StoredAmendment<S> = (i64, i64, S, S, Option<S>, Option<S>, Option<S>, Option<S>);

/// The stored form: indices into the session's own copy of the agenda, which
/// never changes, and tuples rather than maps, to keep it small and quick.
/// Written with borrowed text (`S = &str`), read into owned (`S = String`).
#[derive(Serialize, Deserialize)]
struct Stored<S> {
    seq: i64,
    done: Vec<i64>,
    undone: Vec<i64>,
    authors: Vec<S>,
    positions: Vec<StoredPosition<S>>,
    absent: Vec<usize>,
    outcomes: Vec<(usize, S, Option<usize>)>,
    actions: Vec<StoredAction<S>>,
    spoken: Vec<(usize, usize, u64)>,
    /// Items whose outcome adopted its option despite its status (absent
    /// from checkpoints written before it existed: none).
    #[serde(default)]
    despite: Vec<usize>,
    /// The amendments in effect, oldest first (layout 2 only): replayed
    /// onto the agenda copy before any index is checked.
    #[serde(default)]
    amendments: Vec<StoredAmendment<S>>,
}

/// The file's checkpoint, checked: the layout this program writes, its
/// checksum, and every index against the agenda; with the chain hash of
/// the change it was taken at (which the caller checks against the log).
/// `None` when there is none or it does not check out (or the file
/// predates checkpoints): a checkpoint is only ever a shortcut.
pub(crate) fn read(conn: &Connection, agenda: &Agenda) -> Option<(LogState, String)> {
    let (seq, hash, sha256, format, state): (i64, String, String, i64, Vec<u8>) = conn
        .query_row(
            "SELECT seq, hash, sha256, format, state FROM checkpoint WHERE id = 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
        )
        .ok()?;
    if !(format == FORMAT || format == FORMAT_AMENDED) || checksum(&state) != sha256 {
        return None;
    }
    let decoded = decode(&state, agenda).ok()?;
    (decoded.seq == seq).then_some((decoded, hash))
}

/// Replaces the checkpoint with the log as it stands, whose chain hash is
/// `hash`, in one transaction; returns its size in bytes. Files made
/// before checkpoints existed get the table here.
pub(crate) fn write(
    conn: &mut Connection,
    path: &Path,
    log: &Log,
    hash: &str,
) -> Result<usize, SessionError> {
    let state = encode(log);
    let format = if log.record().amended.entries.is_empty() {
        FORMAT
    } else {
        FORMAT_AMENDED
    };
    let tx = super::sidecar::begin(conn, path)?;
    tx.execute_batch(TABLE).map_err(|err| storage(path, err))?;
    tx.execute(
        "INSERT OR REPLACE INTO checkpoint (id, seq, hash, sha256, format, state) VALUES (1, ?1, ?2, ?3, ?4, ?5)",
        params![log.last_seq(), hash, checksum(&state), format, state],
    )
    .map_err(|err| storage(path, err))?;
    tx.commit().map_err(|err| storage(path, err))?;
    super::sidecar::seal(conn);
    Ok(state.len())
}

/// Hex SHA-256 of a checkpoint's bytes.
fn checksum(state: &[u8]) -> String {
    hex(&Sha256::digest(state))
}

/// The checkpoint table (new files get it when they are created).
pub(crate) const TABLE: &str = "CREATE TABLE IF NOT EXISTS checkpoint (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    seq     INTEGER NOT NULL,
    hash    TEXT NOT NULL,
    sha256  TEXT NOT NULL,
    format  INTEGER NOT NULL,
    state   BLOB NOT NULL
);";

/// The bytes of a checkpoint of the log as it stands.
fn encode(log: &Log) -> Vec<u8> {
    let r = log.record();
    let (done, undone) = log.stacks();
    let mut authors: Vec<&str> = Vec::new();
    let mut author_index: HashMap<&str, usize> = HashMap::new();
    let positions = r
        .sorted_positions()
        .into_iter()
        .map(|(&(i, o, m), p)| {
            let next = author_index.len();
            let by = *author_index.entry(p.by.as_str()).or_insert_with(|| {
                authors.push(p.by.as_str());
                next
            });
            (
                i,
                o,
                m,
                p.stance,
                p.statement.as_deref(),
                p.at.timestamp(),
                by,
                p.statement_seq,
            )
        })
        .collect();
    let owned: Vec<StoredAmendment<String>> =
        r.amended.entries.iter().map(stored_amendment).collect();
    let stored = Stored {
        seq: log.last_seq(),
        done: done.to_vec(),
        undone: undone.to_vec(),
        authors,
        positions,
        absent: (0..r.absent.len()).filter(|m| r.is_absent(*m)).collect(),
        outcomes: r
            .outcomes
            .iter()
            .enumerate()
            .filter_map(|(i, o)| o.as_ref().map(|o| (i, o.text.as_str(), o.option)))
            .collect(),
        despite: r
            .outcomes
            .iter()
            .enumerate()
            .filter_map(|(i, o)| o.as_ref().is_some_and(|o| o.despite_status).then_some(i))
            .collect(),
        actions: r
            .actions
            .iter()
            .map(|a| {
                (
                    a.item,
                    a.text.as_str(),
                    a.owner.as_deref(),
                    a.due.map(|d| d.to_string()),
                    a.seq,
                )
            })
            .collect(),
        spoken: r.spoken.iter().map(|(&(i, m), &s)| (i, m, s)).collect(),
        amendments: owned
            .iter()
            .map(|(seq, at, by, kind, i, o, m, t)| {
                let b = Option::as_deref;
                (
                    *seq,
                    *at,
                    by.as_str(),
                    kind.as_str(),
                    b(i),
                    b(o),
                    b(m),
                    b(t),
                )
            })
            .collect(),
    };
    // Serialising plain tuples, strings and numbers cannot fail.
    serde_json::to_vec(&stored).unwrap_or_default()
}

fn stored_amendment(e: &Entry) -> StoredAmendment<String> {
    let c = Columns::of(&e.change);
    (
        e.seq,
        e.at.timestamp(),
        e.by.clone(),
        e.change.kind().to_string(),
        c.item,
        c.option,
        c.member,
        c.text,
    )
}

/// Replays the stored amendments onto a copy of the agenda and a new
/// record; each must be a change in effect, in order.
fn amended(
    agenda: &Agenda,
    stored: Vec<StoredAmendment<String>>,
    done: &[i64],
) -> Result<(Agenda, Record), String> {
    let mut a = agenda.clone();
    let mut r = Record::new(agenda);
    let mut last = 0;
    for (seq, at, by, kind, item, option, member, text) in stored {
        if seq <= last || done.binary_search(&seq).is_err() {
            return Err("an amendment is not a change in effect".into());
        }
        last = seq;
        let cols = Columns {
            item,
            option,
            member,
            text,
            ..Columns::default()
        };
        let change = match cols.into_change(&kind) {
            Ok(c) if c.is_amendment() => c,
            _ => return Err(format!("amendment #{seq} cannot be read")),
        };
        let at = DateTime::from_timestamp(at, 0).ok_or("an amendment's time is not a time")?;
        let e = Entry {
            seq,
            at,
            by,
            change,
        };
        r.amend(&mut a, &e).map_err(|m| m.0)?;
    }
    Ok((a, r))
}

/// The state a checkpoint holds, checked against the agenda: every index
/// in range, every sequence number at or before the checkpoint's own.
/// `last` is left empty; the caller reads that change from the log.
fn decode(bytes: &[u8], original: &Agenda) -> Result<LogState, String> {
    let mut s: Stored<String> = serde_json::from_slice(bytes).map_err(|e| e.to_string())?;
    let seq_ok = |n: i64| (1..=s.seq).contains(&n);
    let increasing = s.done.windows(2).all(|w| w[0] < w[1]);
    if s.seq < 1
        || !increasing
        || !s.done.iter().chain(&s.undone).all(|n| seq_ok(*n))
        || s.done.len() + s.undone.len() > usize::try_from(s.seq).unwrap_or(0)
    {
        return Err("its list of changes in effect does not fit".into());
    }
    let (agenda, mut r) = amended(original, std::mem::take(&mut s.amendments), &s.done)?;
    let agenda = &agenda;
    let options = |i: usize| agenda.items.get(i).map_or(0, |it| it.options.len());
    let (items, members, stances) = (
        agenda.items.len(),
        agenda.members.len(),
        agenda.stances.len(),
    );
    r.positions.reserve(s.positions.len());
    for (i, o, m, stance, statement, at, by, statement_seq) in s.positions {
        let fits = o < options(i)
            && m < members
            && stance.is_none_or(|x| x < stances)
            && statement_seq.is_none_or(seq_ok)
            && statement.is_some() == statement_seq.is_some();
        let (Some(at), Some(by), true) = (DateTime::from_timestamp(at, 0), s.authors.get(by), fits)
        else {
            return Err(format!(
                "a position ({i}, {o}, {m}) does not fit the agenda"
            ));
        };
        let p = Position {
            stance,
            statement,
            at,
            by: by.clone(),
            statement_seq,
        };
        if r.positions.insert((i, o, m), p).is_some() {
            return Err(format!("the position ({i}, {o}, {m}) is there twice"));
        }
    }
    for m in s.absent {
        *r.absent
            .get_mut(m)
            .ok_or("an absent member is not in the agenda")? = true;
    }
    for (i, text, option) in s.outcomes {
        if option.is_some_and(|o| o >= options(i)) {
            return Err("an outcome names an option not in the agenda".into());
        }
        *r.outcomes
            .get_mut(i)
            .ok_or("an outcome's item is not in the agenda")? = Some(Outcome {
            text,
            option,
            despite_status: false,
        });
    }
    for i in s.despite {
        match r.outcomes.get_mut(i) {
            Some(Some(o)) if o.option.is_some() => o.despite_status = true,
            _ => return Err("an outcome adopted despite its status is not there".into()),
        }
    }
    for (item, text, owner, due, seq) in s.actions {
        let due = due
            .map(|d| d.parse())
            .transpose()
            .map_err(|_| "an action's due date is not a date")?;
        if item >= items || !seq_ok(seq) {
            return Err("an action does not fit the agenda".into());
        }
        r.actions.push(ActionItem {
            item,
            text,
            owner,
            due,
            seq,
        });
    }
    for (i, m, secs) in s.spoken {
        if i >= items || m >= members {
            return Err("speaking time names an item or member not in the agenda".into());
        }
        r.spoken.insert((i, m), secs);
    }
    Ok(LogState {
        seq: s.seq,
        done: s.done,
        undone: s.undone,
        record: r,
        last: None,
        agenda: agenda.clone(),
    })
}

#[cfg(test)]
mod tests;
