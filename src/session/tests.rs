//! Store, replay, undo/redo, tamper detection and the writer's lock, on real temporary files.

use super::*;
use chrono::TimeZone;
use std::path::PathBuf;

const AGENDA: &str = r#"
[meeting]
title = "Fono"
rule = "consensus-minus-one"

[[members]]
id = "WS"
name = "Sāmoa"

[[members]]
id = "TO"
name = "Tonga ʻOkina"

[[members]]
id = "JP"
name = "日本"
role = "observer"

[[items]]
id = "one"
title = "Item"

[[items.options]]
id = "a"
title = "A"

[[items.options]]
id = "b"
title = "B"
"#;

pub(crate) fn t(n: i64) -> DateTime<Utc> {
    Utc.timestamp_opt(1_722_900_000 + n, 0)
        .single()
        .unwrap_or_default()
}

pub(crate) fn pos(member: &str, stance: Option<&str>) -> Change {
    Change::Position {
        item: "one".into(),
        option: "a".into(),
        member: member.into(),
        stance: stance.map(String::from),
        statement: None,
    }
}

/// Runs `sql` on a session the way a careful tamperer would: the
/// append-only triggers dropped for it and put back exactly as they were,
/// so that only the hash chain can tell.
pub(crate) fn covered(conn: &Connection, sql: &str) {
    let triggers: Vec<String> = conn
        .prepare("SELECT sql FROM sqlite_schema WHERE type = 'trigger'")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    conn.execute_batch(
        "DROP TRIGGER changes_no_update; DROP TRIGGER changes_no_delete; DROP TRIGGER agenda_no_update; DROP TRIGGER agenda_no_delete;",
    )
    .unwrap();
    conn.execute_batch(sql).unwrap();
    for t in triggers {
        conn.execute_batch(&t).unwrap();
    }
}

pub(crate) fn new_session(dir: &tempfile::TempDir) -> (Session, PathBuf) {
    let path = dir.path().join("s.talanoa");
    let (s, created) = Session::open_or_create(&path, AGENDA, "a.toml", t(0)).unwrap();
    assert!(created);
    (s, path)
}

#[test]
fn records_survive_reopen_and_status_follows() {
    let dir = tempfile::tempdir().unwrap();
    let (mut s, path) = new_session(&dir);
    s.apply(pos("WS", Some("support")), "sec", t(1)).unwrap();
    s.apply(pos("TO", Some("block")), "sec", t(2)).unwrap();
    assert_eq!(
        s.record().status(s.agenda(), 0, 0),
        crate::consensus::Status::ConsensusWithReservations
    );
    drop(s);
    let snap = read(&path).unwrap();
    assert_eq!(snap.log.entries().len(), 2);
    assert_eq!(
        snap.record().position(0, 0, 1).and_then(|p| p.stance),
        Some(4)
    );
    assert_eq!(snap.log.entries()[1].at, t(2));
    assert_eq!(snap.agenda_text, AGENDA);
}

#[test]
fn undo_redo_through_the_log() {
    let dir = tempfile::tempdir().unwrap();
    let (mut s, path) = new_session(&dir);
    s.apply(pos("WS", Some("support")), "c", t(1)).unwrap();
    s.apply(pos("WS", Some("block")), "c", t(2)).unwrap();
    let undone = s.undo("c", t(3)).unwrap().map(|e| e.change.clone());
    assert_eq!(undone, Some(Change::Undo { target: 2 }));
    assert_eq!(s.record().position(0, 0, 0).and_then(|p| p.stance), Some(0));
    s.undo("c", t(4)).unwrap();
    assert!(s.record().position(0, 0, 0).is_none());
    assert!(s.undo("c", t(5)).unwrap().is_none(), "nothing left to undo");
    s.redo("c", t(6)).unwrap();
    assert_eq!(s.record().position(0, 0, 0).and_then(|p| p.stance), Some(0));
    // a new change clears what could be redone
    s.apply(pos("TO", Some("support")), "c", t(7)).unwrap();
    assert!(s.redo("c", t(8)).unwrap().is_none());
    let record = s.record().clone();
    drop(s);
    let snap = read(&path).unwrap();
    assert_eq!(snap.record(), &record, "replay gives the same record");
    assert_eq!(snap.log.entries().len(), 6);
}

#[test]
fn statements_keep_first_order_and_clear_keeps_statement() {
    let dir = tempfile::tempdir().unwrap();
    let (mut s, _) = new_session(&dir);
    let st = |m: &str, o: &str, text: &str| Change::Statement {
        item: "one".into(),
        option: o.into(),
        member: m.into(),
        text: text.into(),
    };
    s.apply(st("TO", "b", "first\nline two"), "c", t(1))
        .unwrap();
    s.apply(st("WS", "a", "second"), "c", t(2)).unwrap();
    s.apply(st("TO", "b", "first, edited"), "c", t(3)).unwrap();
    s.apply(pos("WS", None), "c", t(4)).unwrap();
    let order: Vec<(usize, usize)> = s
        .record()
        .statements(0)
        .iter()
        .map(|(o, m, _)| (*o, *m))
        .collect();
    assert_eq!(order, vec![(1, 1), (0, 0)]);
    assert_eq!(
        s.record()
            .position(0, 1, 1)
            .and_then(|p| p.statement.clone())
            .as_deref(),
        Some("first, edited")
    );
    s.apply(st("WS", "a", "  "), "c", t(5)).unwrap();
    assert_eq!(s.record().statements(0).len(), 1);
}

#[test]
fn unknown_ids_refused_and_nothing_written() {
    let dir = tempfile::tempdir().unwrap();
    let (mut s, path) = new_session(&dir);
    let err = s.apply(pos("FJ", Some("support")), "c", t(1)).unwrap_err();
    assert!(
        err.to_string()
            .contains("unknown member \"FJ\"; valid member ids: WS, TO, JP"),
        "{err}"
    );
    assert!(err.is_bad_input());
    let err = s.apply(pos("WS", Some("veto")), "c", t(1)).unwrap_err();
    assert!(err.to_string().contains("unknown stance \"veto\""), "{err}");
    drop(s);
    assert!(read(&path).unwrap().log.entries().is_empty());
}

#[test]
fn second_writer_refused_reader_allowed() {
    let dir = tempfile::tempdir().unwrap();
    let (mut s, path) = new_session(&dir);
    s.apply(pos("WS", Some("support")), "c", t(1)).unwrap();
    let err = Session::open(&path).unwrap_err();
    assert!(matches!(err, SessionError::Locked(_)), "{err}");
    assert!(err.to_string().contains("open for recording elsewhere"));
    assert_eq!(read(&path).unwrap().log.entries().len(), 1);
    drop(s);
    assert!(
        Session::open(&path).is_ok(),
        "free again once the writer closes"
    );
}

#[test]
fn not_a_session_files() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty.talanoa");
    std::fs::write(&empty, b"").unwrap();
    assert!(
        read(&empty)
            .unwrap_err()
            .to_string()
            .contains("the file is empty")
    );
    assert_eq!(
        std::fs::metadata(&empty).unwrap().len(),
        0,
        "refusing never writes"
    );
    let junk = dir.path().join("junk.talanoa");
    std::fs::write(&junk, b"\x00\xffnot sqlite at all, just bytes").unwrap();
    assert!(
        Session::open(&junk)
            .unwrap_err()
            .to_string()
            .contains("not an SQLite database")
    );
    let other = dir.path().join("other.db");
    Connection::open(&other)
        .unwrap()
        .execute_batch("CREATE TABLE t (x);")
        .unwrap();
    let err = read(&other).unwrap_err().to_string();
    assert!(err.contains("not one written by talanoa"), "{err}");
    assert!(matches!(
        read(&dir.path().join("none")).unwrap_err(),
        SessionError::NotFound(_)
    ));
}

#[test]
fn newer_schema_refused() {
    let dir = tempfile::tempdir().unwrap();
    let (s, path) = new_session(&dir);
    drop(s);
    Connection::open(&path)
        .unwrap()
        .execute_batch("PRAGMA user_version = 9;")
        .unwrap();
    let err = read(&path).unwrap_err();
    assert!(matches!(err, SessionError::Newer { found: 9, .. }), "{err}");
}

#[test]
fn tampering_is_found_and_named() {
    let dir = tempfile::tempdir().unwrap();
    let (mut s, path) = new_session(&dir);
    for n in 1..=3 {
        s.apply(pos("WS", Some("support")), "c", t(n)).unwrap();
    }
    drop(s);
    let conn = Connection::open(&path).unwrap();
    // the triggers keep the log append-only even for a careless tool
    assert!(
        conn.execute("UPDATE changes SET by = 'x' WHERE seq = 2", [])
            .is_err()
    );
    covered(&conn, "UPDATE changes SET stance = 'block' WHERE seq = 2;");
    drop(conn);
    let before = std::fs::read(&path).unwrap();
    let err = read(&path).unwrap_err().to_string();
    assert!(
        err.contains("change #2 does not match its checksum"),
        "{err}"
    );
    assert!(Session::open(&path).is_err());
    assert_eq!(std::fs::read(&path).unwrap(), before, "never repaired");
}

#[test]
fn missing_change_is_found() {
    let dir = tempfile::tempdir().unwrap();
    let (mut s, path) = new_session(&dir);
    for n in 1..=3 {
        s.apply(pos("WS", Some("support")), "c", t(n)).unwrap();
    }
    drop(s);
    let conn = Connection::open(&path).unwrap();
    covered(&conn, "DELETE FROM changes WHERE seq = 2;");
    drop(conn);
    let err = read(&path).unwrap_err().to_string();
    assert!(err.contains("change #2 is missing"), "{err}");
}

#[test]
fn create_never_replaces_an_existing_session() {
    let dir = tempfile::tempdir().unwrap();
    let (mut s, path) = new_session(&dir);
    s.apply(pos("WS", Some("support")), "c", t(1)).unwrap();
    drop(s);
    let (s2, created) =
        Session::open_or_create(&path, "[meeting]\ntitle = \"other\"", "b.toml", t(2)).unwrap();
    assert!(!created);
    assert_eq!(s2.record().positions.len(), 1);
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name())
        .collect();
    assert_eq!(leftovers.len(), 1, "no temporary files left: {leftovers:?}");
}

#[test]
fn attendance_outcome_action_spoke() {
    let dir = tempfile::tempdir().unwrap();
    let (mut s, _) = new_session(&dir);
    s.apply(
        Change::Attendance {
            member: "TO".into(),
            present: false,
        },
        "c",
        t(1),
    )
    .unwrap();
    s.apply(pos("WS", Some("support")), "c", t(2)).unwrap();
    assert_eq!(
        s.record().status(s.agenda(), 0, 0),
        crate::consensus::Status::Consensus
    );
    s.apply(
        Change::Outcome {
            item: "one".into(),
            text: "agreed A".into(),
            option: Some("a".into()),
            despite_status: false,
        },
        "c",
        t(3),
    )
    .unwrap();
    s.apply(
        Change::Action {
            item: "one".into(),
            text: "do it".into(),
            owner: None,
            due: chrono::NaiveDate::from_ymd_opt(2024, 9, 1),
        },
        "c",
        t(4),
    )
    .unwrap();
    s.apply(
        Change::Spoke {
            item: "one".into(),
            member: "WS".into(),
            seconds: 30,
        },
        "c",
        t(5),
    )
    .unwrap();
    s.apply(
        Change::Spoke {
            item: "one".into(),
            member: "WS".into(),
            seconds: 12,
        },
        "c",
        t(6),
    )
    .unwrap();
    let r = s.record();
    assert!(r.is_absent(1));
    assert_eq!(r.outcomes[0].as_ref().map(|o| o.option), Some(Some(0)));
    assert_eq!(r.actions.len(), 1);
    assert_eq!(r.seconds_spoken(0, 0), 42);
    let bad = s.apply(
        Change::Outcome {
            item: "one".into(),
            text: "x".into(),
            option: Some("zz".into()),
            despite_status: false,
        },
        "c",
        t(7),
    );
    assert!(
        bad.unwrap_err()
            .to_string()
            .contains("unknown option \"zz\"")
    );
}

#[test]
fn readers_recover_a_change_a_killed_writer_left_half_done() {
    // Regression: a writer killed mid-transaction leaves a hot journal; a
    // read-only reader could not roll it back and called the file "not a
    // talanoa session". Copying the files mid-transaction makes one.
    let dir = tempfile::tempdir().unwrap();
    let (mut s, path) = new_session(&dir);
    s.apply(pos("WS", Some("support")), "c", t(1)).unwrap();
    drop(s);
    let conn = Connection::open(&path).unwrap();
    conn.execute_batch(
        "PRAGMA journal_mode = DELETE; PRAGMA synchronous = OFF; PRAGMA cache_size = 1; BEGIN;
         PRAGMA application_id = 1413565505;
         INSERT INTO changes (seq, at, by, kind, hash) VALUES (2, 'x', 'x', 'undo', 'x');",
    )
    .unwrap();
    let journal = dir.path().join("s.talanoa-journal");
    assert!(journal.exists(), "the transaction has a journal");
    let crashed = dir.path().join("crashed.talanoa");
    std::fs::copy(&path, &crashed).unwrap();
    std::fs::copy(&journal, dir.path().join("crashed.talanoa-journal")).unwrap();
    conn.execute_batch("ROLLBACK;").unwrap();
    let snap = read(&crashed).unwrap();
    assert_eq!(
        snap.log.entries().len(),
        1,
        "the half-done change is rolled back"
    );
    assert!(!dir.path().join("crashed.talanoa-journal").exists());
    assert!(Session::open(&crashed).is_ok());
}

mod adopt;
mod former_ids;
mod withdraw;
