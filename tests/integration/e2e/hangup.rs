//! A screen whose terminal goes away (its window closed, the pseudo-terminal
//! master closed) ends instead of running on: earlier, screens kept running
//! at a third of a core after their terminal closed.
//!
//! The shell in front of talanoa ignores SIGHUP and stays the session
//! leader, so talanoa itself gets no signal: it must notice the hung-up
//! terminal on its own. When it exits, the shell writes its exit status to
//! a file the test waits for (with a generous bound, not a speed check).

use std::io::{Read, Write};
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

use crate::util::*;

/// Runs `script` after `trap '' HUP` on an 80x24 pseudo-terminal, waits
/// until the screen shows `ready` (typing `keys` then), closes the master
/// side, and returns the exit status written to `exited`, or fails.
fn hang_up(d: &Dir, script: &str, ready: &str, keys: &str) -> String {
    let pair = native_pty_system()
        .openpty(PtySize {
            rows: 24,
            cols: 80,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("openpty");
    let mut cmd = CommandBuilder::new("sh");
    cmd.args(["-c", &format!("trap '' HUP; {script}; echo $? > exited")]);
    cmd.cwd(d.tmp.path());
    cmd.env("TERM", "xterm-256color");
    cmd.env("USER", "tester");
    cmd.env("TALANOA", BIN);
    // the screen in English whatever the machine's locale (tests that
    // want another set it in their script)
    cmd.env_remove("LC_ALL");
    cmd.env_remove("LC_MESSAGES");
    cmd.env("LANG", "C.UTF-8");
    let mut child = pair.slave.spawn_command(cmd).expect("spawn");
    drop(pair.slave);
    let mut writer = pair.master.take_writer().expect("writer");
    let mut reader = pair.master.try_clone_reader().expect("reader");
    // The reader holds the master open too: it reads until `ready` shows,
    // then lets go of it, so that dropping the master closes it.
    let ready = ready.to_string();
    let seen = std::thread::spawn(move || {
        let mut all = Vec::new();
        let mut buf = [0u8; 4096];
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(20) {
            match reader.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => all.extend_from_slice(&buf[..n]),
            }
            if String::from_utf8_lossy(&all).contains(&ready) {
                return true;
            }
        }
        false
    });
    assert!(seen.join().unwrap_or(false), "the screen never opened");
    writer.write_all(keys.as_bytes()).expect("keys");
    writer.flush().expect("flush");
    // the screen settles into waiting for keys, where a hang-up used to spin
    std::thread::sleep(Duration::from_millis(1500));
    drop(writer);
    drop(pair.master);
    let exited = d.path("exited");
    let start = Instant::now();
    while !exited.exists() && start.elapsed() < Duration::from_secs(20) {
        std::thread::sleep(Duration::from_millis(50));
    }
    let status = std::fs::read_to_string(&exited).unwrap_or_default();
    if status.is_empty() {
        // Leave nothing running behind a failed test: SIGKILL, since a
        // screen stuck in its reader never looks at SIGTERM's flag.
        if let Some(pid) = child.process_id() {
            let kids = format!("/proc/{pid}/task/{pid}/children");
            for kid in std::fs::read_to_string(kids)
                .unwrap_or_default()
                .split_whitespace()
            {
                let _ = std::process::Command::new("kill")
                    .args(["-KILL", kid])
                    .status();
            }
        }
        let _ = child.kill();
        panic!("talanoa still runs after its terminal closed");
    }
    let _ = child.wait();
    status.trim().to_string()
}

#[test]
fn regression_the_live_view_exits_when_its_terminal_closes() {
    let d = Dir::new();
    d.record("agenda", "adopt", "FJ", "support").ok();
    let status = hang_up(
        &d,
        "\"$TALANOA\" review --session s.talanoa --live",
        "live view",
        "",
    );
    assert_eq!(status, "1", "ended by the terminal, not by the chair");
}

#[test]
fn regression_the_chairs_screen_exits_when_its_terminal_closes_and_keeps_the_timer() {
    let d = Dir::new();
    let script = format!(
        "\"$TALANOA\" run '{}' --session s.talanoa",
        sample().display()
    );
    // the speaking timer runs when the terminal goes: it is recorded
    let status = hang_up(&d, &script, "Roster", " ");
    assert_eq!(status, "1");
    let r = d
        .run(&["export", "--session", "s.talanoa", "--format", "json"])
        .ok();
    assert!(
        r.stdout.contains("\"kind\": \"spoke\""),
        "the running timer was recorded: {}",
        r.stdout
    );
}
