//! Recording one change durably against the floor (one synced SQLite insert
//! of a row of the same size), interleaved in rounds so that both see the
//! same disk: fsync time on a shared machine drifts too much for two
//! benchmarks measured one after the other to be compared.
//!
//! cargo run --release --example record_floor

use std::time::{Duration, Instant};

use talanoa::session::{Change, Session};

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v.get(v.len() / 2).copied().unwrap_or_default()
}

fn main() -> Result<(), String> {
    let dir = tempfile_dir()?;
    let text = talanoa::generate::agenda_toml(200, 20, 4);
    let (mut s, _) =
        Session::open_or_create(&dir.join("b.talanoa"), &text, "gen", chrono::Utc::now())
            .map_err(|e| e.to_string())?;
    let floor = rusqlite::Connection::open(dir.join("floor.db")).map_err(|e| e.to_string())?;
    floor
        .execute_batch("PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL; CREATE TABLE t (seq INTEGER PRIMARY KEY, at TEXT, by TEXT, kind TEXT, item TEXT, option TEXT, member TEXT, stance TEXT, hash TEXT);")
        .map_err(|e| e.to_string())?;
    let (mut ours, mut theirs) = (Vec::new(), Vec::new());
    for n in 0..400usize {
        let change = Change::Position {
            item: "item-3".into(),
            option: "opt-1".into(),
            member: format!("M{}", n % 200),
            stance: Some(if n % 2 == 0 { "support" } else { "block" }.into()),
            statement: None,
        };
        let t = Instant::now();
        s.apply(change, "bench", chrono::Utc::now())
            .map_err(|e| e.to_string())?;
        ours.push(t.elapsed());
        let t = Instant::now();
        floor
            .execute(
                "INSERT INTO t (at, by, kind, item, option, member, stance, hash) VALUES ('2024-08-06T00:00:00Z', 'bench', 'position', 'item-3', 'opt-1', ?1, 'support', ?2)",
                rusqlite::params![format!("M{}", n % 200), "0".repeat(64)],
            )
            .map_err(|e| e.to_string())?;
        theirs.push(t.elapsed());
    }
    let (a, b) = (median(ours), median(theirs));
    println!("record one change (talanoa): median {a:?} over 400");
    println!("one synced SQLite insert (floor): median {b:?} over 400");
    println!(
        "ratio: {:.2}x",
        a.as_secs_f64() / b.as_secs_f64().max(f64::EPSILON)
    );
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}

fn tempfile_dir() -> Result<std::path::PathBuf, String> {
    let dir = std::env::temp_dir().join(format!("talanoa-record-floor-{}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    Ok(dir)
}
