//! The session store under hostile conditions (issue 11, items 1-4): stale
//! files beside a session, other journal modes, schemas that are not
//! talanoa's. Each refusal leaves every file exactly as it was.

use std::path::Path;

use crate::util::*;

/// A session with `n` positions recorded through the binary.
fn session(n: usize) -> Dir {
    let d = Dir::new();
    let members = ["FJ", "TO", "WS", "TV", "NR", "KI"];
    d.record("need", "explore", members[0], "support").ok();
    for m in members.iter().take(n).skip(1) {
        d.position("need", "explore", m, &["--stance", "support"])
            .ok();
    }
    d
}

fn history_len(d: &Dir) -> usize {
    let r = d
        .run(&["export", "--session", "s.talanoa", "--format", "json"])
        .ok();
    let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("json");
    v["history"].as_array().map_or(0, Vec::len)
}

/// The journal a writer leaves when it stops mid-change (as talanoa's
/// writer does it: page 1 first; large enough that SQLite syncs the
/// journal and starts writing the file), copied aside while it is live;
/// the change itself is then rolled back.
fn live_journal(session: &Path) -> Vec<u8> {
    let conn = rusqlite::Connection::open(session).expect("open");
    conn.execute_batch(
        "PRAGMA cache_size = 1; BEGIN IMMEDIATE; PRAGMA application_id = 1413565505;
         INSERT INTO changes (seq, at, by, kind, text, hash)
         VALUES (99, 'x', 'x', 'undo', hex(randomblob(40000)), 'x');",
    )
    .expect("begin");
    let mut p = session.as_os_str().to_os_string();
    p.push("-journal");
    let j = std::fs::read(&p).expect("a live journal");
    conn.execute_batch("ROLLBACK;").expect("rollback");
    j
}

fn refused_unchanged(d: &Dir, args: &[&str], want: &str) {
    let before = bytes(&d.path("s.talanoa"));
    let journal = bytes(&d.path("s.talanoa-journal"));
    let r = d.run(args).code(2);
    assert!(r.stderr.contains(want), "{args:?}: {}", r.stderr);
    assert!(!r.stdout.contains("saved"), "{}", r.stdout);
    assert_eq!(bytes(&d.path("s.talanoa")), before, "{args:?}");
    assert_eq!(bytes(&d.path("s.talanoa-journal")), journal, "{args:?}");
}

#[test]
fn a_stale_journal_beside_a_session_is_never_applied() {
    let d = session(2);
    let stale = live_journal(&d.path("s.talanoa"));
    // more changes are saved; then the old journal turns up again
    d.position("need", "explore", "WS", &["--stance", "support"])
        .ok();
    d.position("need", "explore", "TV", &["--stance", "object"])
        .ok();
    d.write("s.talanoa-journal", &stale);
    for args in [
        vec!["export", "--session", "s.talanoa", "--format", "json"],
        vec!["review", "--session", "s.talanoa"],
        vec![
            "attend",
            "--session",
            "s.talanoa",
            "--member",
            "NR",
            "--absent",
        ],
    ] {
        refused_unchanged(
            &d,
            &args,
            "s.talanoa-journal, a rollback journal from an earlier state of the session",
        );
    }
    std::fs::rename(d.path("s.talanoa-journal"), d.path("old-journal")).unwrap();
    assert_eq!(history_len(&d), 4, "every saved change is still there");
}

#[test]
fn a_stale_write_ahead_log_is_refused() {
    let d = session(2);
    d.write("s.talanoa-wal", b"not ours");
    refused_unchanged(
        &d,
        &["export", "--session", "s.talanoa"],
        "s.talanoa-wal, a write-ahead log talanoa never makes",
    );
}

#[test]
fn a_session_in_another_journal_mode_is_refused_without_a_write() {
    let d = session(2);
    let conn = rusqlite::Connection::open(d.path("s.talanoa")).unwrap();
    let mode: String = conn
        .query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    drop(conn);
    for args in [
        vec![
            "attend",
            "--session",
            "s.talanoa",
            "--member",
            "NR",
            "--absent",
        ],
        vec!["export", "--session", "s.talanoa"],
    ] {
        refused_unchanged(&d, &args, "write-ahead-log mode");
        assert!(!d.path("s.talanoa-wal").exists());
        assert!(!d.path("s.talanoa-shm").exists());
    }
}

#[test]
fn rows_removed_behind_a_dropped_trigger_or_hidden_by_a_view_are_refused() {
    let d = session(3);
    let conn = rusqlite::Connection::open(d.path("s.talanoa")).unwrap();
    conn.execute_batch("DROP TRIGGER changes_no_delete; DELETE FROM changes WHERE seq = 3;")
        .unwrap();
    drop(conn);
    refused_unchanged(
        &d,
        &["export", "--session", "s.talanoa", "--format", "json"],
        "its trigger \"changes_no_delete\" is missing",
    );
    let v = session(3);
    let conn = rusqlite::Connection::open(v.path("s.talanoa")).unwrap();
    conn.execute_batch(
        "ALTER TABLE changes RENAME TO all_changes;
         CREATE VIEW changes AS SELECT * FROM all_changes WHERE seq <= 1;",
    )
    .unwrap();
    drop(conn);
    refused_unchanged(
        &v,
        &["export", "--session", "s.talanoa", "--format", "json"],
        "its schema is not talanoa's",
    );
}

#[test]
fn a_planted_trigger_never_lets_saved_be_untrue() {
    let d = session(1);
    let conn = rusqlite::Connection::open(d.path("s.talanoa")).unwrap();
    conn.execute_batch(
        "CREATE TRIGGER swap BEFORE INSERT ON changes WHEN NEW.stance = 'support' BEGIN
           INSERT INTO changes (seq, at, by, kind, item, option, member, stance, hash)
           VALUES (NEW.seq, NEW.at, NEW.by, NEW.kind, NEW.item, NEW.option, NEW.member, 'object', NEW.hash);
           SELECT RAISE(IGNORE);
         END;",
    )
    .unwrap();
    drop(conn);
    refused_unchanged(
        &d,
        &[
            "record",
            "--session",
            "s.talanoa",
            "--item",
            "need",
            "--option",
            "explore",
            "--member",
            "TO",
            "--stance",
            "support",
        ],
        "it has a trigger \"swap\" (on \"changes\") that talanoa never creates",
    );
}
