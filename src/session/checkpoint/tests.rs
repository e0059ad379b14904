//! Resuming from a checkpoint gives exactly the record the whole log gives,
//! through undo and redo across the checkpoint; a damaged checkpoint is
//! ignored; tampering after it is still found.

use chrono::{DateTime, TimeZone, Utc};
use rusqlite::Connection;

use super::super::{Change, Session, SessionError, read};
use super::{EVERY, decode, encode};
use crate::generate;

fn t(n: i64) -> DateTime<Utc> {
    Utc.timestamp_opt(1_722_900_000 + n, 0)
        .single()
        .unwrap_or_default()
}

struct Fixture {
    _dir: tempfile::TempDir,
    path: std::path::PathBuf,
    agenda: crate::agenda::Agenda,
    text: String,
}

fn fixture() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let text = generate::agenda_toml(12, 4, 3);
    let agenda = crate::agenda::parse(&text, "gen.toml").unwrap();
    let path = dir.path().join("long.talanoa");
    Fixture {
        _dir: dir,
        path,
        agenda,
        text,
    }
}

impl Fixture {
    /// A new session holding `changes`, open for recording.
    fn session(&self, changes: Vec<Change>) -> Session {
        let (mut s, _) = Session::open_or_create(&self.path, &self.text, "gen.toml", t(0)).unwrap();
        s.apply_all(changes, "secretary", t(1)).unwrap();
        s
    }
}

/// The session reopened for recording, checked against a whole replay.
fn reopen(f: &Fixture) -> Session {
    let s = Session::open(&f.path).unwrap();
    assert_eq!(s.record(), read(&f.path).unwrap().record());
    s
}

fn checkpoint_seq(f: &Fixture) -> Option<i64> {
    Connection::open(&f.path)
        .unwrap()
        .query_row("SELECT seq FROM checkpoint", [], |r| r.get(0))
        .ok()
}

#[test]
fn resuming_matches_replaying_the_whole_log_through_undo_and_redo() {
    let f = fixture();
    let changes = generate::changes(&f.agenda, 4 * EVERY as usize, 11);
    let (first, rest) = changes.split_at(EVERY as usize + 500);
    drop(f.session(first.to_vec()));
    assert_eq!(checkpoint_seq(&f), Some(EVERY + 500));

    // Resumed: nothing held but the checkpoint's own change.
    let mut s = reopen(&f);
    assert!(!s.snapshot().log.is_whole());
    assert!(s.snapshot().log.entries().is_empty());
    assert_eq!(s.snapshot().last_entry().map(|e| e.seq), Some(EVERY + 500));
    assert_eq!(s.snapshot().log.len(), EVERY as usize + 500);

    // A change after it, undone within the tail: no history needed.
    s.apply(rest[0].clone(), "chair", t(2)).unwrap();
    s.undo("chair", t(3)).unwrap();
    assert!(!s.snapshot().log.is_whole());
    assert_eq!(s.record(), read(&f.path).unwrap().record());
    s.redo("chair", t(4)).unwrap();
    assert!(!s.snapshot().log.is_whole());
    assert_eq!(s.record(), read(&f.path).unwrap().record());

    // Undoing past the checkpoint reads the whole log first.
    for n in 0..3 {
        s.undo("chair", t(5 + n)).unwrap();
    }
    assert!(s.snapshot().log.is_whole());
    assert_eq!(s.record(), read(&f.path).unwrap().record());
    drop(s);

    // Its undos after the checkpoint reach back before it: the whole log
    // is replayed on open.
    let mut s = reopen(&f);
    assert!(s.snapshot().log.is_whole());

    // The whole log was replayed, so the next change refreshes the
    // checkpoint.
    let (more, after) = rest[1..].split_at(EVERY as usize - 10);
    s.apply_all(more.to_vec(), "secretary", t(20)).unwrap();
    let fresh = checkpoint_seq(&f).unwrap();
    assert_eq!(fresh, s.snapshot().log.last_seq());
    // One short of the next, then an undo: the next checkpoint holds a
    // change undone.
    s.apply_all(after[..EVERY as usize - 1].to_vec(), "secretary", t(21))
        .unwrap();
    assert_eq!(checkpoint_seq(&f), Some(fresh));
    s.undo("chair", t(22)).unwrap();
    assert_eq!(checkpoint_seq(&f), Some(fresh + EVERY));
    drop(s);

    // Redo of a change undone before the checkpoint: history again.
    let mut s = reopen(&f);
    assert!(!s.snapshot().log.is_whole());
    s.redo("chair", t(50)).unwrap();
    assert!(s.snapshot().log.is_whole());
    assert_eq!(s.record(), read(&f.path).unwrap().record());
    drop(s);
    reopen(&f);
}

#[test]
fn a_damaged_or_mismatched_checkpoint_is_ignored() {
    let f = fixture();
    drop(f.session(generate::changes(&f.agenda, EVERY as usize + 10, 3)));
    let whole = read(&f.path).unwrap();
    for damage in [
        "UPDATE checkpoint SET state = x'7b7d'",
        "UPDATE checkpoint SET sha256 = 'x'",
        "UPDATE checkpoint SET hash = 'x'",
        "UPDATE checkpoint SET format = 99",
        "UPDATE checkpoint SET seq = seq - 1",
        "UPDATE checkpoint SET seq = -9223372036854775808",
        "UPDATE checkpoint SET seq = 9223372036854775807",
        "DROP TABLE checkpoint",
    ] {
        let copy = f.path.with_extension(format!("copy{}", damage.len()));
        std::fs::copy(&f.path, &copy).unwrap();
        Connection::open(&copy)
            .unwrap()
            .execute_batch(damage)
            .unwrap();
        let s = Session::open(&copy).unwrap();
        assert!(s.snapshot().log.is_whole(), "{damage}");
        assert_eq!(s.record(), whole.record(), "{damage}");
    }
}

#[test]
fn tampering_after_the_checkpoint_is_found_on_open_and_before_it_on_read() {
    let f = fixture();
    let mut s = f.session(generate::changes(&f.agenda, EVERY as usize + 10, 5));
    let extra = generate::changes(&f.agenda, 3, 6);
    for c in extra {
        s.apply(c, "chair", t(2)).unwrap();
    }
    drop(s);
    let tail = EVERY + 12;
    let early = 7;
    for (seq, on_open) in [(tail, true), (EVERY + 10, true), (early, false)] {
        let copy = f.path.with_extension(format!("copy{seq}"));
        std::fs::copy(&f.path, &copy).unwrap();
        crate::session::tests::covered(
            &Connection::open(&copy).unwrap(),
            &format!("UPDATE changes SET by = 'someone else' WHERE seq = {seq};"),
        );
        let before = std::fs::read(&copy).unwrap();
        let named = |e: SessionError| {
            let e = e.to_string();
            assert!(e.contains(&format!("change #{seq} ")), "{e}");
        };
        match Session::open(&copy) {
            Err(e) => {
                assert!(on_open);
                named(e);
            }
            Ok(mut s) => {
                assert!(!on_open, "change #{seq} after the checkpoint");
                named(s.load_history().unwrap_err());
            }
        }
        named(read(&copy).unwrap_err());
        assert_eq!(std::fs::read(&copy).unwrap(), before, "never repaired");
    }
}

#[test]
fn decoding_damaged_bytes_never_panics() {
    let f = fixture();
    let mut changes = generate::changes(&f.agenda, 300, 9);
    changes.push(Change::Attendance {
        member: f.agenda.members[0].id.clone(),
        present: false,
    });
    let s = f.session(changes);
    let bytes = encode(&s.snapshot().log);
    let good = decode(&bytes, &f.agenda).unwrap();
    assert_eq!(&good.record, s.record());
    for cut in (0..bytes.len()).step_by(7) {
        let _ = decode(&bytes[..cut], &f.agenda);
    }
    for at in (0..bytes.len()).step_by(5) {
        let mut b = bytes.clone();
        b[at] = b[at].wrapping_add(1);
        let _ = decode(&b, &f.agenda);
    }
    // Indices outside the agenda are refused, not trusted.
    let text = String::from_utf8(bytes).unwrap();
    let out_of_range = text.replacen("\"positions\":[[", "\"positions\":[[999,", 1);
    assert!(decode(out_of_range.as_bytes(), &f.agenda).is_err());
}

#[test]
fn a_checkpoint_rewritten_on_purpose_is_found_by_a_whole_replay() {
    let f = fixture();
    drop(f.session(generate::changes(&f.agenda, EVERY as usize + 10, 3)));
    let cp = checkpoint_seq(&f).unwrap();
    assert!(super::super::checkpoint_agrees(&read(&f.path).unwrap()).unwrap());
    // A made-up record at the checkpoint's change, tied to that change's
    // real hash and with its checksum recomputed: it checks out on its own.
    let mut forged = super::super::Log::new(&f.agenda);
    for (n, change) in generate::changes(&f.agenda, cp as usize, 9)
        .into_iter()
        .enumerate()
    {
        let entry = super::super::Entry {
            seq: n as i64 + 1,
            at: t(1),
            by: "forger".into(),
            change,
        };
        forged.push(entry).unwrap();
    }
    let mut conn = Connection::open(&f.path).unwrap();
    let real: String = conn
        .query_row("SELECT hash FROM changes WHERE seq = ?1", [cp], |r| {
            r.get(0)
        })
        .unwrap();
    super::write(&mut conn, &f.path, &forged, &real).unwrap();
    drop(conn);
    assert_ne!(
        super::super::read_current(&f.path).unwrap().record(),
        read(&f.path).unwrap().record(),
        "the forged checkpoint is used when resuming"
    );
    assert!(!super::super::checkpoint_agrees(&read(&f.path).unwrap()).unwrap());
}
