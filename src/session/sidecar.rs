//! The files SQLite keeps beside a session (`-journal`, `-wal`), checked
//! before SQLite sees them. SQLite applies whatever rollback journal or
//! write-ahead log it finds beside a database; a stale one (copied with
//! the session, or brought back by a power cut) would silently take back
//! changes that were saved. talanoa lets SQLite apply a journal only when
//! it provably belongs to the file's current state, and refuses otherwise,
//! changing nothing.
//!
//! How a journal is tied to the file: every write transaction talanoa makes
//! touches page 1 first (so page 1's old image, with the file change counter
//! `C` from before the transaction, is the journal's first record), and
//! every change is followed by a second, empty "seal" transaction before it
//! is reported as saved. A journal left by a writer that stopped
//! mid-transaction therefore finds the file at `C` (nothing written yet) or
//! `C + 1` (written, not yet committed); a journal of any saved change
//! finds the file at `C + 2` or later and is refused.

use std::io::Read;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, Transaction, TransactionBehavior};

use super::error::{SessionError, storage};
use super::store::APPLICATION_ID;

/// The magic bytes opening a rollback journal's header.
const MAGIC: [u8; 8] = [0xd9, 0xd5, 0x05, 0xf9, 0x20, 0xa1, 0x63, 0xd7];
/// Journals larger than this are never read whole (a record is one page).
const MAX_JOURNAL: u64 = 1 << 30;

/// The path of a sidecar: `s.talanoa` → `s.talanoa-journal`.
pub(crate) fn beside(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_os_string();
    name.push(suffix);
    PathBuf::from(name)
}

/// Checks the sidecars of the session at `path` (whose header
/// `check_header` has accepted). `writer_elsewhere` says another process
/// may be mid-change right now: then a journal that does not check out is
/// looked at again a few times before it is refused.
pub(crate) fn check(path: &Path, writer_elsewhere: bool) -> Result<(), SessionError> {
    let wal = beside(path, "-wal");
    if wal.exists() {
        return Err(stale(path, &wal, &crate::msg!("error-sidecar-wal")));
    }
    let tries = if writer_elsewhere { 10 } else { 1 };
    let mut last = Ok(());
    for n in 0..tries {
        if n > 0 {
            std::thread::sleep(std::time::Duration::from_millis(30));
        }
        last = journal(path);
        if last.is_ok() {
            break;
        }
    }
    last
}

fn stale(path: &Path, sidecar: &Path, what: &str) -> SessionError {
    SessionError::Sidecar {
        path: path.to_path_buf(),
        sidecar: sidecar.to_path_buf(),
        what: what.to_string(),
    }
}

/// Reads at most `limit` bytes of a file; `None` when it is not there.
fn read_up_to(p: &Path, limit: u64) -> std::io::Result<Option<Vec<u8>>> {
    match std::fs::File::open(p) {
        Ok(f) => {
            let mut buf = Vec::new();
            f.take(limit).read_to_end(&mut buf)?;
            Ok(Some(buf))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}

fn be32(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_be_bytes(
        b.get(at..at.checked_add(4)?)?.try_into().ok()?,
    ))
}

/// What the database file's header says: page size, change counter, pages.
struct DbHead {
    page_size: u32,
    counter: u32,
    pages: u64,
}

fn db_head(path: &Path) -> Result<DbHead, SessionError> {
    let head = read_up_to(path, 100)
        .map_err(|e| storage(path, e))?
        .unwrap_or_default();
    let bad = || SessionError::NotASession {
        path: path.to_path_buf(),
        why: "its SQLite header is cut short".into(),
    };
    let raw: [u8; 2] = head
        .get(16..18)
        .and_then(|r| r.try_into().ok())
        .ok_or_else(bad)?;
    let page_size = match u32::from(u16::from_be_bytes(raw)) {
        1 => 65_536,
        n => n,
    };
    let counter = be32(&head, 24).ok_or_else(bad)?;
    let len = std::fs::metadata(path).map_err(|e| storage(path, e))?.len();
    let pages = len / u64::from(page_size.max(1));
    Ok(DbHead {
        page_size,
        counter,
        pages,
    })
}

/// What playing a journal back would do: the old image of page 1 (if the
/// journal holds one), how many pages it would write back, and the size it
/// would cut the file to.
struct Playback {
    page_size: u32,
    records: u64,
    page1_counter: Option<u32>,
    orig_pages: u32,
}

/// Reads a journal the way SQLite plays one back (`pager_playback`): a
/// header in each sector-aligned segment, then its records.
fn parse(j: &[u8]) -> Option<Playback> {
    if j.get(..8)? != MAGIC {
        return None;
    }
    let orig_pages = be32(j, 16)?;
    let sector = be32(j, 20)?;
    let page_size = be32(j, 24)?;
    if !sector.is_power_of_two() || !(32..=65_536).contains(&sector) {
        return None;
    }
    let (sector, psz) = (sector as usize, page_size as usize);
    let rec = psz + 8;
    let mut out = Playback {
        page_size,
        records: 0,
        page1_counter: None,
        orig_pages,
    };
    let mut hdr = 0usize;
    while j.get(hdr..hdr + 8) == Some(&MAGIC[..]) {
        let n = match be32(j, hdr + 8)? {
            u32::MAX => (j.len().saturating_sub(hdr + sector) / rec) as u32,
            n => n,
        };
        let mut off = hdr + sector;
        for _ in 0..n {
            let Some(pgno) = be32(j, off) else { break };
            if pgno == 1 && out.page1_counter.is_none() {
                out.page1_counter = be32(j, off + 4 + 24);
            }
            if j.len() < off + rec {
                break;
            }
            out.records += 1;
            off += rec;
        }
        if n == 0 {
            break;
        }
        hdr = off.div_ceil(sector) * sector;
    }
    Some(out)
}

/// Checks the rollback journal beside `path`, if there is one.
fn journal(path: &Path) -> Result<(), SessionError> {
    let jp = beside(path, "-journal");
    let Some(bytes) = read_up_to(&jp, MAX_JOURNAL).map_err(|e| storage(&jp, e))? else {
        return Ok(());
    };
    // SQLite ignores an empty journal or one whose first byte is zero.
    if bytes.first().is_none_or(|b| *b == 0) {
        return Ok(());
    }
    let refuse = |what: &str| Err(stale(path, &jp, what));
    let Some(play) = parse(&bytes) else {
        // No valid header: SQLite finds nothing in it to play back.
        return Ok(());
    };
    let db = db_head(path)?;
    if play.page_size != db.page_size {
        return refuse(&crate::msg!("error-sidecar-page-size"));
    }
    if play.records == 0 {
        if u64::from(play.orig_pages) == db.pages {
            return Ok(());
        }
        return refuse(&crate::msg!("error-sidecar-short"));
    }
    match play.page1_counter {
        Some(c) if db.counter == c || db.counter == c.wrapping_add(1) => Ok(()),
        Some(_) => refuse(&crate::msg!("error-sidecar-earlier")),
        None => refuse(&crate::msg!("error-sidecar-untied")),
    }
}

/// Starts a write transaction as the journal check needs it: the files
/// beside the session are checked again (a stale journal planted while the
/// session is open would otherwise be applied by SQLite now), and page 1
/// is the first page the transaction changes, so that its journal starts
/// with the file change counter from before it.
pub(crate) fn begin<'c>(
    conn: &'c mut Connection,
    path: &Path,
) -> Result<Transaction<'c>, SessionError> {
    check(path, false)?;
    let tx = conn
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .map_err(|e| storage(path, e))?;
    tx.execute_batch(&format!("PRAGMA application_id = {APPLICATION_ID};"))
        .map_err(|e| storage(path, e))?;
    Ok(tx)
}

/// Seals a change just committed: an empty transaction that moves the
/// file change counter on once more, so that the journal of a saved change
/// can never pass for a live one. Runs after the change is durable; a seal
/// that fails loses nothing and is not reported.
pub(crate) fn seal(conn: &mut Connection) {
    if let Ok(tx) = conn.transaction_with_behavior(TransactionBehavior::Immediate)
        && tx
            .execute_batch(&format!("PRAGMA application_id = {APPLICATION_ID};"))
            .is_ok()
    {
        let _ = tx.commit();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn journal_parse_reads_page_one_and_counts_records() {
        let mut j = vec![0u8; 512];
        j[..8].copy_from_slice(&MAGIC);
        j[8..12].copy_from_slice(&2u32.to_be_bytes());
        j[16..20].copy_from_slice(&7u32.to_be_bytes());
        j[20..24].copy_from_slice(&512u32.to_be_bytes());
        j[24..28].copy_from_slice(&1024u32.to_be_bytes());
        for pgno in [1u32, 5] {
            let mut rec = vec![0u8; 1024 + 8];
            rec[..4].copy_from_slice(&pgno.to_be_bytes());
            rec[4 + 24..4 + 28].copy_from_slice(&41u32.to_be_bytes());
            j.extend(rec);
        }
        let p = parse(&j).unwrap();
        assert_eq!((p.records, p.page1_counter, p.orig_pages), (2, Some(41), 7));
        assert!(parse(b"not a journal").is_none());
        j[8..12].copy_from_slice(&u32::MAX.to_be_bytes());
        assert_eq!(parse(&j).unwrap().records, 2, "nRec from the file size");
    }

    #[test]
    fn the_journal_of_a_saved_change_is_never_applied_again() {
        // A power cut can bring back the journal of a change that was
        // saved, if its deletion was not synced: it must be refused, not
        // played back over the saved change. The change here is written as
        // talanoa's writer writes one (page 1 first, then a seal).
        use crate::session::tests::{new_session, pos, t};
        let dir = tempfile::tempdir().unwrap();
        let (mut s, path) = new_session(&dir);
        s.apply(pos("WS", Some("support")), "c", t(1)).unwrap();
        drop(s);
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch(
            "PRAGMA cache_size = 1; BEGIN IMMEDIATE; PRAGMA application_id = 1413565505;
             INSERT OR REPLACE INTO checkpoint VALUES (1, 1, 'x', 'x', 99, randomblob(40000));",
        )
        .unwrap();
        let journal = std::fs::read(beside(&path, "-journal")).unwrap();
        conn.execute_batch("COMMIT; BEGIN IMMEDIATE; PRAGMA application_id = 1413565505; COMMIT;")
            .unwrap();
        drop(conn);
        assert!(crate::session::read(&path).is_ok());
        std::fs::write(beside(&path, "-journal"), &journal).unwrap();
        let before = std::fs::read(&path).unwrap();
        let err = crate::session::read(&path).unwrap_err();
        assert!(matches!(err, SessionError::Sidecar { .. }), "{err}");
        assert!(crate::session::Session::open(&path).is_err());
        assert_eq!(std::fs::read(&path).unwrap(), before);
        assert_eq!(std::fs::read(beside(&path, "-journal")).unwrap(), journal);
    }
}
