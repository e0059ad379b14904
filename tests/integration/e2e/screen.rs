//! The chair's screen never records a wrong keystroke, end to end: a window
//! too small, find by id, bracketed paste, and SIGTERM/SIGHUP.

use super::*;

fn json(d: &Dir) -> serde_json::Value {
    let r = d
        .run(&["export", "--session", "s.talanoa", "--format", "json"])
        .ok();
    serde_json::from_str(&r.stdout).expect("json")
}

fn run_sample() -> String {
    format!(
        "exec \"$TALANOA\" run '{}' --session s.talanoa",
        sample().display()
    )
}

#[test]
fn a_window_too_small_records_nothing_until_it_is_bigger() {
    let d = Dir::new();
    let mut t = Pty::sized(d.tmp.path(), &run_sample(), 60, 20);
    t.wait_for("bigger window");
    t.keys("4j5a d");
    t.keys("?");
    // (the help wraps where the words fall: "q" may end a line)
    t.wait_for("Ctrl-c: quit");
    t.keys("q");
    assert_eq!(t.exit_code(), 0);
    let j = json(&d);
    assert_eq!(j["history"].as_array().map(Vec::len), Some(0), "{j}");
}

#[test]
fn find_by_id_selects_that_member() {
    let d = Dir::new();
    let mut t = Pty::spawn(d.tmp.path(), &run_sample());
    t.wait_for("Roster");
    t.keys("/AU");
    t.wait_for("Australia");
    t.keys("\r1");
    t.wait_for("saved #1");
    t.keys("q");
    assert_eq!(t.exit_code(), 0);
    let j = json(&d);
    assert_eq!(j["positions"][0]["member"], "AU", "Australia, never Nauru");
    assert_eq!(j["positions"].as_array().map(Vec::len), Some(1));
}

#[test]
fn a_paste_records_nothing_outside_an_editor_and_arrives_whole_inside() {
    let d = Dir::new();
    let mut t = Pty::spawn(d.tmp.path(), &run_sample());
    t.wait_for("Roster");
    t.keys("\u{1b}[200~12345 aq\u{1b}[201~");
    t.wait_for("paste ignored");
    t.keys("\r");
    t.wait_for("Statement");
    t.keys("\u{1b}[200~Fiji: ʻokina 日本\rsecond line\u{1b}[201~");
    t.wait_for("line 2 of 2");
    t.keys(ESC);
    t.wait_for("saved #1");
    t.keys("q");
    assert_eq!(t.exit_code(), 0);
    let j = json(&d);
    assert_eq!(j["history"].as_array().map(Vec::len), Some(1), "{j}");
    assert_eq!(j["statements"][0]["text"], "Fiji: ʻokina 日本\nsecond line");
}

/// The pid of the program (the shell `exec`s it).
fn pid(t: &Pty) -> String {
    t.child.process_id().expect("pid").to_string()
}

#[test]
fn sigterm_and_sighup_restore_the_terminal_exit_1_and_lose_nothing() {
    for signal in ["TERM", "HUP"] {
        let d = Dir::new();
        let mut t = Pty::spawn(d.tmp.path(), &run_sample());
        t.wait_for("Roster");
        t.keys("1");
        t.wait_for("saved #1");
        t.keys(" ");
        t.wait_for("timing Fiji");
        let sent = std::process::Command::new("kill")
            .args([&format!("-{signal}"), &pid(&t)])
            .status()
            .expect("kill");
        assert!(sent.success());
        assert_eq!(t.exit_code(), 1, "SIG{signal}");
        t.wait_for("everything recorded was already saved");
        let raw = t.raw();
        let entered = raw.rfind("\u{1b}[?1049h").expect("alternate screen");
        assert!(
            raw[entered..].contains("\u{1b}[?1049l"),
            "SIG{signal}: the alternate screen was left"
        );
        let j = json(&d);
        assert_eq!(j["positions"][0]["member"], "FJ");
        let kinds: Vec<&str> = j["history"]
            .as_array()
            .map(|h| h.iter().filter_map(|e| e["kind"].as_str()).collect())
            .unwrap_or_default();
        assert_eq!(
            kinds,
            ["position", "spoke"],
            "the running timer was recorded"
        );
    }
}
