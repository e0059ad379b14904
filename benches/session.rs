//! Recording one change durably (against one synced SQLite insert of the same
//! size, the floor), and opening a session of 100,000 changes: resumed from
//! its checkpoint for recording, and read whole for an export.

use std::hint::black_box;

use chrono::Utc;
use criterion::{Criterion, criterion_group, criterion_main};
use talanoa::generate;
use talanoa::session::{self, Change, Session};

fn record_one(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("tempdir");
    let text = generate::agenda_toml(200, 20, 4);
    let path = dir.path().join("bench.talanoa");
    let (mut s, _) = Session::open_or_create(&path, &text, "gen", Utc::now()).expect("session");
    let mut group = c.benchmark_group("record");
    group.sample_size(50);
    let mut n = 0usize;
    group.bench_function("one change (talanoa)", |b| {
        b.iter(|| {
            n += 1;
            let change = Change::Position {
                item: "item-3".into(),
                option: "opt-1".into(),
                member: format!("M{}", n % 200),
                stance: Some(
                    if n.is_multiple_of(2) {
                        "support"
                    } else {
                        "block"
                    }
                    .into(),
                ),
                statement: None,
            };
            black_box(s.apply(change, "bench", Utc::now()).expect("apply").seq)
        })
    });
    let conn = rusqlite::Connection::open(dir.path().join("floor.db")).expect("floor db");
    conn.execute_batch("PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL; CREATE TABLE t (seq INTEGER PRIMARY KEY, at TEXT, by TEXT, kind TEXT, payload TEXT, hash TEXT);")
        .expect("floor schema");
    let payload =
        r#"{"kind":"position","item":"item-3","option":"opt-1","member":"M17","stance":"support"}"#;
    group.bench_function("one synced SQLite insert (floor)", |b| {
        b.iter(|| {
            conn.execute(
                "INSERT INTO t (at, by, kind, payload, hash) VALUES ('2024-08-06T00:00:00Z', 'bench', 'position', ?1, ?2)",
                rusqlite::params![payload, "0".repeat(64)],
            )
            .expect("insert")
        })
    });
    group.finish();
}

fn open_big(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("tempdir");
    let text = generate::agenda_toml(200, 60, 4);
    let agenda = talanoa::agenda::parse(&text, "gen").expect("agenda");
    let path = dir.path().join("big.talanoa");
    let (mut s, _) = Session::open_or_create(&path, &text, "gen", Utc::now()).expect("session");
    // The worst case for resuming: the checkpoint is 999 changes behind
    // (one more and the writer would have taken a new one).
    // With undos and redos, as a chair makes them.
    let changes = generate::session_changes(&agenda, 100_000, 7);
    let (before, after) = changes.split_at(100_000 - 999);
    s.apply_all(before.to_vec(), "bench", Utc::now())
        .expect("generate");
    s.apply_all(after.to_vec(), "bench", Utc::now())
        .expect("generate");
    drop(s);
    let mut group = c.benchmark_group("open");
    group.sample_size(10);
    group.bench_function(
        "resume 100,000 changes for recording (checkpoint + 999 after it)",
        |b| {
            b.iter(|| {
                let s = Session::open(&path).expect("open");
                black_box(s.snapshot().log.len())
            })
        },
    );
    group.bench_function("read all 100,000 changes (export, review)", |b| {
        b.iter(|| black_box(session::read(&path).expect("read").log.len()))
    });
    group.finish();

    // What the writer pays once every 1,000 changes, against the floor: one
    // synced insert of a blob of the same size.
    let mut s = Session::open(&path).expect("open");
    let size = s.write_checkpoint().expect("checkpoint");
    let mut group = c.benchmark_group("checkpoint");
    group.sample_size(20);
    group.bench_function("write the checkpoint of the 100,000-change record", |b| {
        b.iter(|| black_box(s.write_checkpoint().expect("checkpoint")))
    });
    let conn = rusqlite::Connection::open(dir.path().join("floor.db")).expect("floor db");
    conn.execute_batch("PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL; CREATE TABLE t (id INTEGER PRIMARY KEY, state BLOB);")
        .expect("floor schema");
    let blob = vec![b'x'; size];
    group.bench_function(
        "one synced SQLite insert of a blob that size (floor)",
        |b| {
            b.iter(|| {
                conn.execute(
                    "INSERT OR REPLACE INTO t (id, state) VALUES (1, ?1)",
                    rusqlite::params![blob],
                )
                .expect("insert")
            })
        },
    );
    group.finish();
}

criterion_group!(benches, record_one, open_big);
criterion_main!(benches);
