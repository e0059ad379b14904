//! Hostile input at the edges (issue 11, items 5-10): export targets,
//! escapes in messages, huge and endless files, CSV formulas, control
//! characters in minutes, and awkward command-line values.

use std::process::Stdio;
use std::time::{Duration, Instant};

use crate::util::*;

fn json(d: &Dir) -> serde_json::Value {
    let r = d
        .run(&["export", "--session", "s.talanoa", "--format", "json"])
        .ok();
    serde_json::from_str(&r.stdout).expect("json")
}

/// Runs talanoa, killing it if it has not finished within `secs`
/// (a file that blocks forever must not hang the suite). Returns the
/// exit code, or `None` when it had to be killed.
fn run_within(d: &Dir, args: &[&str], secs: u64) -> (Option<i32>, String) {
    let mut child = d
        .cmd()
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let start = Instant::now();
    loop {
        if let Ok(Some(status)) = child.try_wait() {
            let mut err = String::new();
            let _ = std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut err);
            return (status.code(), err);
        }
        if start.elapsed() > Duration::from_secs(secs) {
            let _ = child.kill();
            let _ = child.wait();
            return (None, String::new());
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn export_never_writes_over_the_session_or_its_journal_and_keeps_permissions() {
    let d = Dir::new();
    d.record("need", "explore", "FJ", "support").ok();
    let before = bytes(&d.path("s.talanoa"));
    for target in [
        "s.talanoa",
        "s.talanoa-journal",
        "s.talanoa-wal",
        "./s.talanoa-shm",
    ] {
        let r = d
            .run(&["export", "--session", "s.talanoa", "-o", target])
            .code(2);
        assert!(
            r.stderr.contains("choose another file"),
            "{target}: {}",
            r.stderr
        );
        assert!(
            !d.path(target).exists() || target == "s.talanoa",
            "{target}"
        );
    }
    assert_eq!(bytes(&d.path("s.talanoa")), before);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        d.run(&["export", "--session", "s.talanoa", "-o", "m.md"])
            .ok();
        std::fs::set_permissions(d.path("m.md"), std::fs::Permissions::from_mode(0o600)).unwrap();
        d.run(&["export", "--session", "s.talanoa", "-o", "m.md"])
            .ok();
        let mode = std::fs::metadata(d.path("m.md"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600, "a private export stays private");
    }
}

#[test]
fn messages_show_typed_escapes_inert_and_cut_long_values() {
    let d = Dir::new();
    d.record("need", "explore", "FJ", "support").ok();
    let osc = "\u{1b}]52;c;cHduZWQ=\u{7}\u{1b}]0;pwned\u{7}";
    let long = "Z".repeat(100_000);
    for member in [osc, long.as_str()] {
        let r = d
            .position("need", "explore", member, &["--stance", "support"])
            .code(2);
        assert!(r.stderr.contains("unknown member"), "{}", r.stderr);
        assert!(
            !r.stderr.contains('\u{1b}') && !r.stderr.contains('\u{7}'),
            "{:?}",
            r.stderr
        );
        assert!(r.stderr.len() < 1_000, "{} bytes", r.stderr.len());
    }
    let r = d.position("need", "explore", osc, &["--stance", "support"]);
    assert!(r.stderr.contains("␛]52;c;cHduZWQ=<U+0007>"), "{}", r.stderr);
    let r = d
        .run(&["export", "--session", "s.talanoa", "--format", osc])
        .code(2);
    assert!(!r.stderr.contains('\u{1b}'), "{:?}", r.stderr);
    let r = d.run(&["validate", &format!("{osc}.toml")]).code(2);
    assert!(!r.stderr.contains('\u{1b}'), "{:?}", r.stderr);
}

#[test]
fn exports_to_a_file_or_pipe_stay_byte_exact() {
    let d = Dir::new();
    d.record("need", "explore", "FJ", "support").ok();
    let osc = "Fiji \u{1b}]0;title\u{7} agrees";
    d.position(
        "need",
        "explore",
        "TO",
        &["--stance", "support", "--statement", osc],
    )
    .ok();
    let r = d
        .run(&["export", "--session", "s.talanoa", "--format", "csv"])
        .ok();
    assert!(r.stdout.contains(osc), "a pipe gets the record as it is");
    d.run(&[
        "export",
        "--session",
        "s.talanoa",
        "--format",
        "csv",
        "-o",
        "p.csv",
    ])
    .ok();
    assert!(String::from_utf8_lossy(&bytes(&d.path("p.csv"))).contains(osc));
}

#[test]
fn validate_is_linear_and_prints_at_most_100_problems_and_a_count() {
    let d = Dir::new();
    let mut s = String::from("[meeting]\ntitle = \"Fono\"\n\n");
    for n in 0..100_000 {
        s.push_str(&format!(
            "[[members]]\nid = \"bad id {n}!\"\nname = \"Sāmoa\"\n\n"
        ));
    }
    d.write("many.toml", s);
    let (code, err) = run_within(&d, &["validate", "many.toml"], 60);
    assert_eq!(code, Some(2), "validate finished");
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 101, "{}", lines.last().copied().unwrap_or(""));
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("many.toml:5:6: id \"bad id 0!\"")),
        "{}",
        lines[0]
    );
    assert!(
        lines[100].contains("more problems not shown"),
        "{}",
        lines[100]
    );
}

#[cfg(unix)]
#[test]
fn devices_and_fifos_are_refused_at_once_for_every_kind_of_file() {
    let d = Dir::new();
    d.record("need", "explore", "FJ", "support").ok();
    let fifo = d.path("pipe.toml");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .is_ok_and(|s| s.success())
    );
    for args in [
        vec!["validate", "/dev/zero"],
        vec!["validate", "pipe.toml"],
        vec!["run", "pipe.toml"],
        vec!["export", "--session", "/dev/zero"],
        vec!["export", "--session", "pipe.toml"],
        vec!["verify", "--session", "s.talanoa", "--minutes", "/dev/zero"],
        vec!["verify", "--session", "s.talanoa", "--minutes", "pipe.toml"],
        vec!["export", "--session", "s.talanoa", "-o", "pipe.toml"],
    ] {
        let (code, err) = run_within(&d, &args, 20);
        assert!(
            matches!(code, Some(1 | 2)),
            "{args:?} did not finish cleanly: {code:?}"
        );
        assert!(
            err.contains("device") || err.contains("pipe"),
            "{args:?}: {err}"
        );
    }
}

#[test]
fn csv_cells_behind_tab_cr_or_lf_are_neutralised_and_nul_never_reaches_an_export() {
    let d = Dir::new();
    d.record("need", "explore", "FJ", "support").ok();
    for (m, text) in [
        ("TO", "\t=1+1"),
        ("WS", "\r=HYPERLINK(\"x\")"),
        ("TV", "\n@SUM(A1)"),
        ("NR", "\tplain"),
    ] {
        d.position(
            "need",
            "explore",
            m,
            &["--stance", "support", "--statement", text],
        )
        .ok();
    }
    // a NUL cannot come through the command line, but can be typed on the
    // chair's screen (Ctrl-Space): recorded here through the library
    let mut s = talanoa::session::Session::open(&d.path("s.talanoa")).unwrap();
    s.apply(
        talanoa::session::Change::Position {
            item: "need".into(),
            option: "explore".into(),
            member: "KI".into(),
            stance: Some("support".into()),
            statement: Some("=a\0b".into()),
        },
        "clerk",
        chrono::Utc::now(),
    )
    .unwrap();
    drop(s);
    let csv = d
        .run(&["export", "--session", "s.talanoa", "--format", "csv"])
        .ok()
        .stdout;
    let mut rdr = csv::ReaderBuilder::new().from_reader(csv.as_bytes());
    let statements: Vec<String> = rdr
        .records()
        .filter_map(Result::ok)
        .filter_map(|r| r.get(8).map(String::from))
        .filter(|s| !s.is_empty())
        .collect();
    assert_eq!(statements.len(), 5, "{statements:?}");
    for s in &statements {
        assert!(s.starts_with('\''), "{s:?}");
    }
    assert!(
        statements.contains(&"'=a\u{FFFD}b".to_string()),
        "{statements:?}"
    );
    for format in ["markdown", "html", "csv"] {
        let out = d
            .run(&[
                "export",
                "--session",
                "s.talanoa",
                "--format",
                format,
                "--document",
                "record",
            ])
            .ok()
            .stdout;
        assert!(!out.contains('\0'), "{format}");
    }
}

#[test]
fn a_bare_cr_or_control_character_cannot_split_markdown_and_nul_never_reaches_minutes() {
    let d = Dir::new();
    d.record("need", "explore", "FJ", "support").ok();
    let text = "Tonga ʻokina\r| forged | row |\r# forged heading\u{b}\u{1b}[2J";
    d.position(
        "need",
        "explore",
        "TO",
        &["--stance", "support", "--statement", text],
    )
    .ok();
    d.run(&[
        "decide",
        "--session",
        "s.talanoa",
        "--item",
        "need",
        "--text",
        "agreed\r## forged",
    ])
    .ok();
    for format in ["markdown", "html"] {
        let out = d
            .run(&[
                "export",
                "--session",
                "s.talanoa",
                "--format",
                format,
                "--document",
                "record",
            ])
            .ok()
            .stdout;
        assert!(
            out.contains("Tonga"),
            "{format}: the statement is in the minutes"
        );
        assert!(
            !out.contains('\r') && !out.contains('\0') && !out.contains('\u{1b}'),
            "{format}"
        );
        assert!(
            !out.lines()
                .any(|l| l.starts_with("## forged") || l.starts_with("# forged")),
            "{format}"
        );
        assert!(!out.lines().any(|l| l.starts_with("| forged")), "{format}");
    }
    // the record itself keeps every byte
    let v = json(&d);
    assert!(v.to_string().contains("\\r| forged"));
}

#[test]
fn command_line_values_may_begin_with_a_dash() {
    let d = Dir::new();
    d.record("need", "explore", "FJ", "support").ok();
    d.position(
        "need",
        "explore",
        "TO",
        &[
            "--stance",
            "support",
            "--statement",
            "- first point\n- second point",
        ],
    )
    .ok();
    let r = d
        .position("-x", "explore", "TO", &["--stance", "support"])
        .code(2);
    assert!(r.stderr.contains("unknown item \"-x\""), "{}", r.stderr);
    d.run(&[
        "action",
        "--session",
        "s.talanoa",
        "--item",
        "need",
        "--text",
        "-draft terms",
        "--owner",
        "-Secretariat",
    ])
    .ok();
    let v = json(&d);
    assert_eq!(v["actions"][0]["text"], "-draft terms");
}

#[test]
fn due_dates_must_be_yyyy_mm_dd() {
    let d = Dir::new();
    d.record("need", "explore", "FJ", "support").ok();
    for bad in ["24-1-1", "2024-1-1", "2024-02-30"] {
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
                bad,
            ])
            .code(2);
        assert!(r.stderr.contains("YYYY-MM-DD"), "{bad}: {}", r.stderr);
    }
    d.run(&[
        "action",
        "--session",
        "s.talanoa",
        "--item",
        "need",
        "--text",
        "x",
        "--due",
        "2024-10-31",
    ])
    .ok();
}

#[test]
fn by_falls_back_to_the_system_user_name_never_unknown() {
    let d = Dir::new();
    d.record("need", "explore", "FJ", "support").ok();
    let out = d
        .cmd()
        .env_remove("USER")
        .env_remove("LOGNAME")
        .env_remove("USERNAME")
        .args([
            "attend",
            "--session",
            "s.talanoa",
            "--member",
            "NR",
            "--absent",
        ])
        .output()
        .unwrap();
    let v = json(&d);
    let by = v["history"][1]["by"].as_str().unwrap_or("").to_string();
    if out.status.success() {
        assert!(!by.is_empty() && by != "unknown", "{by}");
    } else {
        // no name anywhere: refused, saying to give --by
        assert!(String::from_utf8_lossy(&out.stderr).contains("--by"));
    }
}

#[test]
fn invisible_stance_keys_and_items_without_options_are_refused_clearly() {
    let d = Dir::new();
    let agenda = "[meeting]\ntitle = \"Fono\"\n\n[[members]]\nid = \"WS\"\nname = \"Sāmoa\"\n\n[[stances]]\nid = \"yes\"\nlabel = \"Yes\"\nkey = \"\u{200B}\"\neffect = \"support\"\n\n[[stances]]\nid = \"no\"\nlabel = \"No\"\nkey = \"2\"\neffect = \"block\"\n\n[[items]]\nid = \"one\"\ntitle = \"Item\"\n";
    d.write("a.toml", agenda);
    let r = d.run(&["validate", "a.toml"]).code(2);
    assert!(
        r.stderr.contains("must be a visible character"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("<U+200B>"), "{}", r.stderr);
    assert!(r.stderr.contains("[[items.options]]"), "{}", r.stderr);
}
