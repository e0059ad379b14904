//! Writes a large agenda and a session of generated changes, to reproduce
//! the figures in docs/performance.md or to try the screen at scale.
//!
//! cargo run --release --example generate -- MEMBERS ITEMS OPTIONS CHANGES OUT_DIR
//! e.g. cargo run --release --example generate -- 1000 100 4 100000 /tmp/big

use std::path::PathBuf;

fn main() -> Result<(), String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let num =
        |i: usize, default: usize| args.get(i).and_then(|a| a.parse().ok()).unwrap_or(default);
    let (members, items, options, changes) =
        (num(0, 1000), num(1, 100), num(2, 4), num(3, 100_000));
    let dir = PathBuf::from(args.get(4).cloned().unwrap_or_else(|| "generated".into()));
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let text = talanoa::generate::agenda_toml(members, items, options);
    let agenda_path = dir.join("agenda.toml");
    std::fs::write(&agenda_path, &text).map_err(|e| e.to_string())?;
    let agenda = talanoa::agenda::parse(&text, "generated").map_err(|e| e.to_string())?;
    let session_path = dir.join("session.talanoa");
    let (mut s, created) = talanoa::session::Session::open_or_create(
        &session_path,
        &text,
        "generated",
        chrono::Utc::now(),
    )
    .map_err(|e| e.to_string())?;
    let n = s
        .apply_all(
            // Undos and redos only where the session starts empty: their
            // targets count from change #1.
            if created {
                talanoa::generate::session_changes(&agenda, changes, 7)
            } else {
                talanoa::generate::changes(&agenda, changes, 7)
            },
            "generator",
            chrono::Utc::now(),
        )
        .map_err(|e| e.to_string())?;
    println!(
        "wrote {} ({members} members, {items} items, {options} options)",
        agenda_path.display()
    );
    println!("wrote {} ({n} changes)", session_path.display());
    Ok(())
}
