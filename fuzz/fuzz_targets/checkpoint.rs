//! Any bytes as the checkpoint of a real session, with a checksum that
//! matches them (as a careless tool would leave it): the session is resumed,
//! recorded into, undone past the checkpoint and turned into minutes.
//! Must never panic; whatever the checkpoint says, a record the agenda
//! cannot hold must never come of it.
#![no_main]

use std::path::PathBuf;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use sha2::{Digest, Sha256};
use talanoa::session::{Change, Session};

/// A session of 1,010 changes (so it has a checkpoint), built once.
fn template() -> &'static (PathBuf, Vec<u8>) {
    static T: OnceLock<(PathBuf, Vec<u8>)> = OnceLock::new();
    T.get_or_init(|| {
        // On a RAM disk where there is one: every change is synced.
        let tmp = PathBuf::from("/dev/shm");
        let tmp = if tmp.is_dir() { tmp } else { std::env::temp_dir() };
        let dir = tmp.join(format!("talanoa-fuzz-cp-{}", std::process::id()));
        let _ = std::fs::create_dir_all(&dir);
        let path = dir.join("template.talanoa");
        let _ = std::fs::remove_file(&path);
        let text = talanoa::generate::agenda_toml(12, 4, 3);
        let agenda = talanoa::agenda::parse(&text, "gen.toml").expect("generated agenda");
        let (mut s, _) = Session::open_or_create(&path, &text, "gen.toml", chrono::Utc::now())
            .expect("template session");
        s.apply_all(
            talanoa::generate::changes(&agenda, 1_010, 3),
            "fuzz",
            chrono::Utc::now(),
        )
        .expect("template changes");
        drop(s);
        let bytes = std::fs::read(&path).expect("template bytes");
        (dir, bytes)
    })
}

fuzz_target!(|data: &[u8]| {
    let (dir, bytes) = template();
    let path = dir.join("f.talanoa");
    if std::fs::write(&path, bytes).is_err() {
        return;
    }
    {
        let Ok(conn) = rusqlite::Connection::open(&path) else {
            return;
        };
        let sha: String = Sha256::digest(data)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        if conn
            .execute_batch("PRAGMA synchronous = OFF")
            .and_then(|()| {
                conn.execute(
                    "UPDATE checkpoint SET state = ?1, sha256 = ?2",
                    rusqlite::params![data, sha],
                )
            })
            .is_err()
        {
            return;
        }
    }
    let Ok(mut s) = Session::open(&path) else {
        return;
    };
    let agenda = s.agenda().clone();
    for i in 0..agenda.items.len() {
        for o in 0..agenda.items[i].options.len() {
            let _ = s.record().status(&agenda, i, o);
        }
    }
    let _ = talanoa::minutes::markdown(s.snapshot(), talanoa::minutes::Document::Record, talanoa::agenda::Attribution::Attributed, talanoa::agenda::Language::Fr);
    let _ = s.apply(
        Change::Position {
            item: agenda.items[0].id.clone(),
            option: agenda.items[0].options[0].id.clone(),
            member: agenda.members[0].id.clone(),
            stance: Some(agenda.stances[0].id.clone()),
            statement: Some("fuzz".into()),
        },
        "fuzz",
        chrono::Utc::now(),
    );
    for _ in 0..3 {
        let _ = s.undo("fuzz", chrono::Utc::now());
    }
    let _ = s.redo("fuzz", chrono::Utc::now());
    let _ = s.load_history();
    let _ = talanoa::export::json(s.snapshot(), talanoa::agenda::Attribution::Attributed);
});
