//! End-to-end: the real binary in a pseudo-terminal, keys typed, the screen
//! read back through a terminal emulator (vt100), the record checked after.

use std::io::{Read, Write};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, PtySize, native_pty_system};

use crate::util::*;

mod amend;
mod french;
mod hangup;
mod projector;
mod screen;

struct Pty {
    screen: Arc<Mutex<vt100::Parser>>,
    raw: Arc<Mutex<Vec<u8>>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
}

impl Pty {
    /// Runs `sh -c script` in `dir` on an 80x24 pseudo-terminal.
    fn spawn(dir: &Path, script: &str) -> Pty {
        Pty::sized(dir, script, 80, 24)
    }

    /// Runs `sh -c script` in `dir` on a pseudo-terminal of `cols`x`rows`.
    fn sized(dir: &Path, script: &str, cols: u16, rows: u16) -> Pty {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("openpty");
        let mut cmd = CommandBuilder::new("sh");
        cmd.args(["-c", script]);
        cmd.cwd(dir);
        cmd.env("TERM", "xterm-256color");
        cmd.env("USER", "tester");
        cmd.env("TALANOA", BIN);
        // the screen in English whatever the machine's locale (tests that
        // want another set it in their script)
        cmd.env_remove("LC_ALL");
        cmd.env_remove("LC_MESSAGES");
        cmd.env("LANG", "C.UTF-8");
        let child = pair.slave.spawn_command(cmd).expect("spawn");
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().expect("reader");
        let writer = pair.master.take_writer().expect("writer");
        let screen = Arc::new(Mutex::new(vt100::Parser::new(rows, cols, 0)));
        let raw = Arc::new(Mutex::new(Vec::new()));
        let (s, r) = (screen.clone(), raw.clone());
        std::thread::spawn(move || {
            let _keep = pair.master;
            let mut buf = [0u8; 4096];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                if let Ok(mut p) = s.lock() {
                    p.process(&buf[..n]);
                }
                if let Ok(mut v) = r.lock() {
                    v.extend_from_slice(&buf[..n]);
                }
            }
        });
        Pty {
            screen,
            raw,
            writer,
            child,
        }
    }

    fn contents(&self) -> String {
        self.screen
            .lock()
            .map(|p| p.screen().contents())
            .unwrap_or_default()
    }

    fn raw(&self) -> String {
        self.raw
            .lock()
            .map(|v| String::from_utf8_lossy(&v).into_owned())
            .unwrap_or_default()
    }

    #[track_caller]
    fn wait_for(&self, text: &str) {
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(20) {
            if self.contents().contains(text) || self.raw().contains(text) {
                return;
            }
            std::thread::sleep(Duration::from_millis(25));
        }
        panic!(
            "timed out waiting for {text:?}; screen:\n{}",
            self.contents()
        );
    }

    /// Waits for `text` on a screen that follows the chair's: it polls
    /// twice a second, so a generous bound of 3 s still shows that `who`
    /// follows within about a second, not only eventually.
    #[track_caller]
    fn follows(&self, text: &str, who: &str) {
        let moved = Instant::now();
        while !self.contents().contains(text) {
            assert!(
                moved.elapsed() < Duration::from_secs(3),
                "{who} did not follow the chair; screen:\n{}",
                self.contents()
            );
            std::thread::sleep(Duration::from_millis(25));
        }
    }

    fn keys(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).expect("write keys");
        self.writer.flush().expect("flush");
        std::thread::sleep(Duration::from_millis(60));
    }

    fn exit_code(&mut self) -> u32 {
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(20) {
            if let Ok(Some(status)) = self.child.try_wait() {
                return status.exit_code();
            }
            std::thread::sleep(Duration::from_millis(25));
        }
        let _ = self.child.kill();
        panic!("the program did not exit; screen:\n{}", self.contents());
    }
}

const ESC: &str = "\u{1b}";

#[test]
fn chair_runs_a_meeting_quits_and_finds_it_all_again() {
    let d = Dir::new();
    let agenda = sample();
    let script = format!(
        "\"$TALANOA\" run '{}' --session s.talanoa; stty -a; echo DONE",
        agenda.display()
    );
    let mut t = Pty::spawn(d.tmp.path(), &script);
    t.wait_for("Roster");
    t.keys("]]");
    t.wait_for("item 3/6");
    t.keys("1");
    t.wait_for("saved #1");
    t.keys("j2j3j");
    t.keys("a");
    t.wait_for("saved #4");
    t.keys("j\r");
    t.wait_for("Statement");
    t.keys("Vanuatu asks for time, ʻokina 日本");
    t.keys(ESC);
    t.wait_for("saved #5");
    t.keys("j5u");
    t.wait_for("undid #6");
    t.keys("d");
    t.wait_for("Outcome of item 3");
    t.keys("agreed to keep talking");
    t.keys(ESC);
    t.wait_for("saved #8");
    t.keys("?");
    t.wait_for("Help");
    t.keys("x");
    t.keys("q");
    t.wait_for("DONE");
    assert_eq!(t.exit_code(), 0);
    let raw = t.raw();
    let stty = raw.rsplit("DONE").nth(1).unwrap_or(&raw);
    assert!(
        stty.contains(" icanon") && !stty.contains("-icanon"),
        "terminal left in raw mode:\n{stty}"
    );
    assert!(
        stty.contains(" echo ") || stty.contains(" echo\r"),
        "echo is back:\n{stty}"
    );

    let r = d
        .run(&["export", "--session", "s.talanoa", "--format", "json"])
        .ok();
    let j: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let positions = j["positions"].as_array().unwrap();
    let held: Vec<(&str, &str)> = positions
        .iter()
        .map(|p| {
            (
                p["member"].as_str().unwrap_or(""),
                p["stance"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(
        held,
        vec![
            ("FJ", "support"),
            ("NC", "reservations"),
            ("PG", "stand-aside")
        ],
        "the objection was undone"
    );
    assert_eq!(
        j["members"][3]["present"], false,
        "Solomon Islands marked absent"
    );
    assert_eq!(
        j["statements"][0]["text"],
        "Vanuatu asks for time, ʻokina 日本"
    );
    assert_eq!(j["items"][2]["outcome"]["text"], "agreed to keep talking");
    assert_eq!(
        j["history"][0]["by"], "Fiji",
        "the chair's screen records the agenda's chair"
    );

    // reopen: everything is there
    let mut t = Pty::spawn(
        d.tmp.path(),
        &format!(
            "\"$TALANOA\" run '{}' --session s.talanoa",
            agenda.display()
        ),
    );
    t.wait_for("resumed");
    // where the chair left off: item 3, on the member the undo went back to
    t.wait_for("item 3/6");
    t.wait_for("▸  FM");
    t.wait_for("Supports with");
    t.keys("q");
    assert_eq!(t.exit_code(), 0);
}

#[test]
fn no_argument_opens_the_sample_meeting() {
    let d = Dir::new();
    let mut t = Pty::spawn(d.tmp.path(), "\"$TALANOA\"");
    t.wait_for("Pacific Region Cooperation Network");
    t.keys(" ");
    t.wait_for("timing Fiji");
    t.keys(" ");
    t.wait_for("spoke 0m");
    t.keys("q");
    assert_eq!(t.exit_code(), 0);
    assert!(d.path("sessions/sample.talanoa").exists());
    let r = d
        .run(&[
            "export",
            "--session",
            "sessions/sample.talanoa",
            "--format",
            "json",
        ])
        .ok();
    assert!(r.stdout.contains("\"kind\": \"spoke\""));
}

#[test]
fn picker_lists_agendas_in_the_folder() {
    let d = Dir::new();
    d.write("agendas/one.toml", bytes(&sample()));
    d.write("agendas/two.toml", bytes(&fixture("chatham-custom.toml")));
    d.write("agendas/zbad.toml", "[meeting]\ntitle = 3\n");
    d.run(&[
        "record",
        "--session",
        "agendas/sessions/one.talanoa",
        "--agenda",
        "agendas/one.toml",
        "--item",
        "need",
        "--option",
        "explore",
        "--member",
        "FJ",
        "--stance",
        "support",
    ])
    .ok();
    let mut t = Pty::spawn(d.tmp.path(), "\"$TALANOA\"");
    t.wait_for("choose the agenda");
    t.wait_for("one.toml · Pacific Region Cooperation Network");
    t.wait_for("session: 1 change, the last");
    t.wait_for("no session yet");
    t.wait_for("zbad.toml · cannot be opened");
    t.wait_for("agendas/zbad.toml:1:1: the file has no members");
    t.keys("jj\r");
    t.wait_for("choose the agenda");
    t.keys("k\r");
    t.wait_for("Ministers' Retreat");
    t.keys("q");
    assert_eq!(t.exit_code(), 0);
    assert!(d.path("agendas/sessions/two.talanoa").exists());
}

/// `cargo run --release` at the repository root: the picker over the
/// shipped `agendas/`, with the peacekeeping meeting first.
#[test]
fn the_shipped_agendas_open_with_the_peacekeeping_meeting_first() {
    let d = Dir::new();
    for file in [
        "pacific-peacekeeping-network.toml",
        "peer-to-peer-cooperation.toml",
    ] {
        let from = root().join("agendas").join(file);
        d.write(&format!("agendas/{file}"), bytes(&from));
    }
    let mut t = Pty::spawn(d.tmp.path(), "\"$TALANOA\"");
    t.wait_for("choose the agenda");
    t.keys("\r");
    t.wait_for("item 1/6");
    t.keys("q");
    assert_eq!(t.exit_code(), 0);
    assert!(
        d.path("agendas/sessions/pacific-peacekeeping-network.talanoa")
            .exists()
    );
}

#[test]
fn refusals_happen_before_any_screen() {
    let d = Dir::new();
    d.write("bad.toml", "[meeting]\ntitle = 3\n");
    let mut t = Pty::spawn(d.tmp.path(), "\"$TALANOA\" run bad.toml");
    t.wait_for("bad.toml:2:9:");
    assert_eq!(t.exit_code(), 2);
    assert!(!d.path("sessions").exists());

    d.record("need", "explore", "FJ", "support").ok();
    let held = talanoa::session::Session::open(&d.path("s.talanoa")).unwrap();
    let mut t = Pty::spawn(
        d.tmp.path(),
        &format!(
            "\"$TALANOA\" run '{}' --session s.talanoa",
            sample().display()
        ),
    );
    t.wait_for("open for recording elsewhere");
    assert_eq!(t.exit_code(), 1);
    assert!(
        !t.raw().contains("\u{1b}[?1049h"),
        "the alternate screen never opened"
    );
    drop(held);
}

#[test]
fn live_view_follows_the_chair() {
    let d = Dir::new();
    // the live view opens on the first item: the adoption of the agenda
    d.record("agenda", "adopt", "FJ", "support").ok();
    let mut t = Pty::spawn(
        d.tmp.path(),
        "\"$TALANOA\" review --session s.talanoa --live",
    );
    t.wait_for("live view");
    d.record("agenda", "adopt", "NC", "block").ok();
    t.wait_for("2 changes");
    t.wait_for("no consensus");
    t.keys("1");
    t.wait_for("only follows");
    t.keys("q");
    assert_eq!(t.exit_code(), 0);
}

#[test]
fn review_on_a_terminal_is_a_scrolling_read_only_view() {
    let d = Dir::new();
    d.record("need", "explore", "FJ", "support").ok();
    let before = bytes(&d.path("s.talanoa"));
    let mut t = Pty::spawn(d.tmp.path(), "\"$TALANOA\" review --session s.talanoa");
    t.wait_for("review (read-only)");
    t.wait_for("Fiji (FJ): member");
    t.keys("j");
    t.wait_for("line 2/");
    t.keys("q");
    assert_eq!(t.exit_code(), 0);
    assert_eq!(
        bytes(&d.path("s.talanoa")),
        before,
        "reading changes nothing"
    );
}

#[test]
fn regression_exports_on_a_terminal_show_escapes_instead_of_running_them() {
    let d = Dir::new();
    d.record("need", "explore", "FJ", "support").ok();
    let osc = "Fiji \u{1b}]0;pwned\u{7}\u{1b}]52;c;cHduZWQ=\u{7} agrees";
    d.position(
        "need",
        "explore",
        "TO",
        &["--stance", "support", "--statement", osc],
    )
    .ok();
    for format in ["csv", "markdown", "html"] {
        let script = format!(
            "\"$TALANOA\" export --session s.talanoa --format {format} --document record; echo EXPORTED"
        );
        let t = Pty::spawn(d.tmp.path(), &script);
        t.wait_for("EXPORTED");
        let raw = t.raw();
        // csv keeps the record's bytes, shown visibly here; the minutes
        // never hold a control character at all
        assert!(raw.contains("]0;pwned"), "{format}: {raw}");
        if format == "csv" {
            assert!(raw.contains("␛]0;pwned"), "{raw}");
        }
        assert!(
            !raw.contains("\u{1b}]0;") && !raw.contains("\u{1b}]52;"),
            "{format}"
        );
    }
}

#[test]
fn live_view_moves_to_the_chairs_item_as_the_chair_moves() {
    let d = Dir::new();
    let (mut chair, mut live) = chair_and_room(&d, "--live");
    live.wait_for("live view");
    std::thread::sleep(Duration::from_millis(600));
    assert!(
        !live.contents().contains("Options for a Pacific Region"),
        "the live view starts elsewhere: {}",
        live.contents()
    );
    // the chair moves two items on, to the options for a network
    chair.keys("]]");
    chair.wait_for("Options for a Pacific Region");
    live.follows("Options for a Pacific Region", "the live view");
    chair.keys("q");
    assert_eq!(chair.exit_code(), 0);
    live.keys("q");
    assert_eq!(live.exit_code(), 0);
}

/// The chair's screen on a session of the sample (one position recorded),
/// on its first item, and beside it a second screen running
/// `review --session s.talanoa REVIEW_ARGS`; both 100x30.
fn chair_and_room(d: &Dir, review_args: &str) -> (Pty, Pty) {
    d.record("agenda", "adopt", "FJ", "support").ok();
    let chair = Pty::sized(
        d.tmp.path(),
        &format!(
            "\"$TALANOA\" run '{}' --session s.talanoa",
            sample().display()
        ),
        100,
        30,
    );
    chair.wait_for("Adoption of the agenda");
    let room = Pty::sized(
        d.tmp.path(),
        &format!("\"$TALANOA\" review --session s.talanoa {review_args}"),
        100,
        30,
    );
    (chair, room)
}
