//! `record`, `attend`, `decide`, `action`: the record written from the shell, and every refusal.

use crate::util::*;

fn json(d: &Dir) -> serde_json::Value {
    let r = d
        .run(&["export", "--session", "s.talanoa", "--format", "json"])
        .ok();
    serde_json::from_str(&r.stdout).expect("export is JSON")
}

#[test]
fn a_meeting_recorded_from_the_shell() {
    let d = Dir::new();
    let r = d
        .record("network-options", "diplomatic", "FJ", "support")
        .ok();
    assert!(r.stdout.starts_with("saved #1 (position)"), "{}", r.stdout);
    d.record("network-options", "diplomatic", "TV", "reservations")
        .ok();
    d.position(
        "network-options",
        "diplomatic",
        "WS",
        &[
            "--stance",
            "object",
            "--statement",
            "Sāmoa asks for time.\nSecond line.",
            "--by",
            "Secretariat",
        ],
    )
    .ok();
    d.position("network-options", "diplomatic", "WS", &["--clear"])
        .ok();
    d.run(&[
        "attend",
        "--session",
        "s.talanoa",
        "--member",
        "NR",
        "--absent",
    ])
    .ok();
    d.run(&[
        "attend",
        "--session",
        "s.talanoa",
        "--member",
        "NR",
        "--present",
    ])
    .ok();
    d.run(&[
        "attend",
        "--session",
        "s.talanoa",
        "--member",
        "PW",
        "--absent",
    ])
    .ok();
    d.run(&[
        "decide",
        "--session",
        "s.talanoa",
        "--item",
        "network-options",
        "--text",
        "agreed to continue",
        "--option",
        "informal",
        "--despite-status",
    ])
    .ok();
    d.run(&[
        "action",
        "--session",
        "s.talanoa",
        "--item",
        "next-steps",
        "--text",
        "report back",
        "--owner",
        "Secretariat",
        "--due",
        "2024-10-31",
    ])
    .ok();
    let j = json(&d);
    let history = j["history"].as_array().unwrap();
    assert_eq!(history.len(), 9);
    assert_eq!(history[2]["by"], "Secretariat");
    assert_eq!(history[0]["by"], "tester");
    assert_eq!(history[3]["stance"], serde_json::Value::Null);
    // the former id of the default block stance is accepted and recorded as `block`
    assert_eq!(history[2]["stance"], "block");
    assert_eq!(history[7]["despite_status"], true);
    let positions = j["positions"].as_array().unwrap();
    assert_eq!(positions.len(), 2, "the cleared stance is not a position");
    let ws = j["statements"].as_array().unwrap();
    assert_eq!(ws[0]["text"], "Sāmoa asks for time.\nSecond line.");
    let members = j["members"].as_array().unwrap();
    let nr = members.iter().find(|m| m["id"] == "NR").unwrap();
    let pw = members.iter().find(|m| m["id"] == "PW").unwrap();
    assert_eq!(
        (nr["present"].as_bool(), pw["present"].as_bool()),
        (Some(true), Some(false))
    );
    assert_eq!(j["items"][2]["outcome"]["option"], "informal");
    assert_eq!(j["actions"][0]["due"], "2024-10-31");
    assert_eq!(j["items"][2]["options"][0]["status"], "pending");
}

#[test]
fn refusals_exit_2_and_change_nothing() {
    let d = Dir::new();
    d.record("network-options", "diplomatic", "FJ", "support")
        .ok();
    let before = bytes(&d.path("s.talanoa"));
    let base = ["record", "--session", "s.talanoa"];
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (
            vec![
                "--item", "nope", "--option", "a", "--member", "FJ", "--stance", "support",
            ],
            "unknown item \"nope\"; valid item ids: agenda, need, network-options",
        ),
        (
            vec![
                "--item", "need", "--option", "zz", "--member", "FJ", "--stance", "support",
            ],
            "unknown option \"zz\"; valid option ids: explore",
        ),
        (
            vec![
                "--item", "need", "--option", "explore", "--member", "XX", "--stance", "support",
            ],
            "unknown member \"XX\"",
        ),
        (
            vec![
                "--item", "need", "--option", "explore", "--member", "FJ", "--stance", "veto",
            ],
            "unknown stance \"veto\"; valid stance ids: support, reservations",
        ),
        (
            vec![
                "--item",
                "need",
                "--option",
                "explore",
                "--member",
                "FJ",
                "--stance",
                "support",
                "--statement",
                " ",
            ],
            "--statement must not be empty",
        ),
        (
            vec![
                "--item", "need", "--option", "explore", "--member", "FJ", "--stance", "support",
                "--by", "",
            ],
            "--by must not be empty",
        ),
    ];
    for (extra, want) in cases {
        let args: Vec<&str> = base.iter().copied().chain(extra).collect();
        let r = d.run(&args).code(2);
        assert!(r.stderr.contains(want), "{args:?}: {}", r.stderr);
    }
    let r = d
        .run(&[
            "action",
            "--session",
            "s.talanoa",
            "--item",
            "need",
            "--text",
            "x",
            "--due",
            "31/10/2024",
        ])
        .code(2);
    assert!(r.stderr.contains("YYYY-MM-DD"));
    d.run(&[
        "decide",
        "--session",
        "s.talanoa",
        "--item",
        "need",
        "--text",
        "",
    ])
    .code(2);
    d.run(&[
        "attend",
        "--session",
        "s.talanoa",
        "--member",
        "XX",
        "--absent",
    ])
    .code(2);
    d.run(&[
        "attend",
        "--session",
        "s.talanoa",
        "--member",
        "FJ",
        "--absent",
        "--present",
    ])
    .code(2);
    assert_eq!(
        bytes(&d.path("s.talanoa")),
        before,
        "refusals never touch the session"
    );
}

#[test]
fn missing_session_needs_an_agenda() {
    let d = Dir::new();
    let r = d
        .run(&[
            "record",
            "--session",
            "none.talanoa",
            "--item",
            "a",
            "--option",
            "b",
            "--member",
            "c",
            "--stance",
            "d",
        ])
        .code(2);
    assert!(
        r.stderr
            .contains("no session at none.talanoa; start one by giving --agenda"),
        "{}",
        r.stderr
    );
    assert!(!d.path("none.talanoa").exists());
    d.write("bad.toml", "[meeting]\n");
    let r = d
        .run(&[
            "record",
            "--session",
            "n.talanoa",
            "--agenda",
            "bad.toml",
            "--item",
            "a",
            "--option",
            "b",
            "--member",
            "c",
            "--stance",
            "d",
        ])
        .code(2);
    assert!(
        r.stderr
            .contains("bad.toml:1:1: missing required field `title`"),
        "{}",
        r.stderr
    );
    assert!(
        !d.path("n.talanoa").exists(),
        "a bad agenda never starts a session"
    );
    // A change that does not fit a good agenda is refused before any
    // session is started.
    let r = d.record("need", "explore", "ZZ", "support").code(2);
    assert!(r.stderr.contains("unknown member \"ZZ\""), "{}", r.stderr);
    assert!(
        !d.path("s.talanoa").exists(),
        "a refused change never starts a session"
    );
}

#[test]
fn files_that_are_not_sessions() {
    let d = Dir::new();
    d.write("junk.talanoa", b"\x89PNG\r\n\x1a\n not a session at all");
    d.write("empty.talanoa", b"");
    rusqlite::Connection::open(d.path("other.db"))
        .unwrap()
        .execute_batch("CREATE TABLE x (y);")
        .unwrap();
    for (f, want) in [
        ("junk.talanoa", "not an SQLite database"),
        ("empty.talanoa", "the file is empty"),
        ("other.db", "not one written by talanoa"),
    ] {
        let before = bytes(&d.path(f));
        for args in [
            vec![
                "record",
                "--session",
                f,
                "--item",
                "a",
                "--option",
                "b",
                "--member",
                "c",
                "--stance",
                "d",
            ],
            vec!["export", "--session", f],
            vec!["attend", "--session", f, "--member", "x", "--absent"],
        ] {
            let r = d.run(&args).code(2);
            assert!(r.stderr.contains(want), "{f}: {}", r.stderr);
        }
        assert_eq!(bytes(&d.path(f)), before);
    }
}

#[test]
fn tampered_log_named_and_not_repaired() {
    let d = Dir::new();
    d.record("need", "explore", "FJ", "support").ok();
    d.record("need", "explore", "TO", "support").ok();
    covered(
        &d.path("s.talanoa"),
        "UPDATE changes SET by = 'mallory' WHERE seq = 1;",
    );
    let before = bytes(&d.path("s.talanoa"));
    let r = d
        .run(&["export", "--session", "s.talanoa", "--format", "json"])
        .code(2);
    assert!(
        r.stderr.contains("change #1 does not match its checksum"),
        "{}",
        r.stderr
    );
    d.record("need", "explore", "WS", "support").code(2);
    assert_eq!(bytes(&d.path("s.talanoa")), before);
}

#[test]
fn second_writer_refused_readers_work() {
    let d = Dir::new();
    d.record("need", "explore", "FJ", "support").ok();
    let held = talanoa::session::Session::open(&d.path("s.talanoa")).unwrap();
    let r = d.record("need", "explore", "TO", "support").code(1);
    assert!(
        r.stderr
            .contains("s.talanoa is open for recording elsewhere"),
        "{}",
        r.stderr
    );
    // exit 1: the message says that nothing was lost (cli.md)
    assert!(
        r.stderr.contains("nothing already recorded is lost"),
        "{}",
        r.stderr
    );
    d.run(&["export", "--session", "s.talanoa", "--format", "csv"])
        .ok();
    drop(held);
    d.record("need", "explore", "TO", "support").ok();
}

#[test]
fn storage_failure_is_exit_1_and_says_nothing_was_lost() {
    let d = Dir::new();
    d.write("afile", "x");
    let agenda = sample();
    let r = d
        .run(&[
            "record",
            "--session",
            "afile/s.talanoa",
            "--agenda",
            agenda.to_str().unwrap(),
            "--item",
            "need",
            "--option",
            "explore",
            "--member",
            "FJ",
            "--stance",
            "support",
        ])
        .code(1);
    assert!(
        r.stderr
            .contains("Nothing that was already recorded was lost"),
        "{}",
        r.stderr
    );
}

#[test]
fn a_long_session_resumes_from_its_checkpoint_and_exports_whole() {
    let d = Dir::new();
    d.long_session("s.talanoa", (30, 4, 3), 2_500);
    let r = d.record("item-2", "opt-1", "M7", "block").ok();
    assert!(
        r.stdout.starts_with("saved #2501 (position)"),
        "{}",
        r.stdout
    );
    let v = json(&d);
    let history = v["history"].as_array().expect("history");
    assert_eq!(history.len(), 2_501);
    assert_eq!(history[2_500]["member"], "M7");
    let review = d
        .run(&["review", "--session", "s.talanoa", "--member", "M7"])
        .ok();
    assert!(review.stdout.contains("2501 changes"), "{}", review.stdout);
}
