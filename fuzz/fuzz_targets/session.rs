//! Any bytes as a session file: open it for reading and for recording.
//! Must never panic, and refusing must leave the file exactly as it was.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let dir = std::env::temp_dir().join(format!("talanoa-fuzz-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let path = dir.join("f.talanoa");
    if std::fs::write(&path, data).is_err() {
        return;
    }
    if let Ok(snap) = talanoa::session::read(&path) {
        let _ = talanoa::export::json(&snap, talanoa::agenda::Attribution::ChathamHouse);
        let _ = talanoa::minutes::markdown(&snap, talanoa::minutes::Document::Outcomes, talanoa::agenda::Attribution::ChathamHouse, talanoa::agenda::Language::En);
    }
    match talanoa::session::Session::open(&path) {
        Ok(s) => drop(s),
        Err(_) => {
            let after = std::fs::read(&path).unwrap_or_default();
            assert_eq!(after, data, "a refused session file was changed");
        }
    }
    let _ = std::fs::remove_file(dir.join("f.talanoa-journal"));
});
