//! `export --format markdown|html` and `review`, through the binary, on a
//! session with Unicode, multi-line and hostile statements, observers,
//! absences and a custom scale.

use crate::util::*;

fn custom_session(d: &Dir) {
    let agenda = fixture("chatham-custom.toml");
    let a = agenda.to_str().unwrap();
    let rec = |member: &str, stance: &str, statement: Option<&str>| {
        let mut args = vec![
            "record",
            "--session",
            "c.talanoa",
            "--agenda",
            a,
            "--item",
            "plan",
            "--option",
            "go",
            "--member",
            member,
            "--stance",
            stance,
        ];
        if let Some(s) = statement {
            args.extend(["--statement", s]);
        }
        d.run(&args).ok();
    };
    rec(
        "A",
        "agree",
        Some("Alpha agrees.\n# not a heading\n= not setext\n| not | a table |"),
    );
    rec(
        "B",
        "concerns",
        Some("<script>alert('x')</script> ʻokina Sāmoa 日本"),
    );
    rec("O", "cannot", Some("The observer has doubts."));
    d.run(&[
        "attend",
        "--session",
        "c.talanoa",
        "--member",
        "C",
        "--absent",
    ])
    .ok();
    d.run(&[
        "decide",
        "--session",
        "c.talanoa",
        "--item",
        "plan",
        "--text",
        "agreed to go ahead",
        "--option",
        "go",
    ])
    .ok();
}

#[test]
fn markdown_minutes_default_to_the_agenda_attribution() {
    let d = Dir::new();
    custom_session(&d);
    let md = d
        .run(&["export", "--session", "c.talanoa", "--document", "record"])
        .ok()
        .stdout;
    assert!(md.starts_with("# Ministers' Retreat\n"));
    assert!(md.contains("Held under the Chatham House Rule"));
    for name in ["Alpha", "Bravo", "Charlie", "Observer Org"] {
        assert!(!md.contains(name), "{name} named in Chatham House minutes");
    }
    assert!(md.contains("The meeting reached consensus on the proposal: Go ahead. One member joined consensus with a reservation."), "{md}");
    assert!(md.contains("| Cannot agree (observers) | an observer |"));
    assert!(md.contains("\\# not a heading"));
    let attributed = d
        .run(&[
            "export",
            "--session",
            "c.talanoa",
            "--document",
            "record",
            "--attribution",
            "attributed",
        ])
        .ok()
        .stdout;
    assert!(attributed.contains("Bravo joined consensus with a reservation"));
    assert!(attributed.contains("**Observer Org (observer)**"));
    assert!(attributed.contains("- **Apologies:** Charlie"));
}

#[test]
fn html_minutes_file_is_self_contained_and_escaped() {
    let d = Dir::new();
    custom_session(&d);
    d.run(&[
        "export",
        "--session",
        "c.talanoa",
        "--document",
        "record",
        "--format",
        "html",
        "--attribution",
        "attributed",
        "-o",
        "m.html",
    ])
    .ok();
    let page = String::from_utf8(bytes(&d.path("m.html"))).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(page.contains("<meta charset=\"utf-8\">"));
    assert!(!page.contains("<script>"));
    assert!(
        page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; ʻokina Sāmoa 日本")
            || page.contains("&lt;script&gt;alert('x')&lt;/script&gt; ʻokina Sāmoa 日本"),
        "escaped statement"
    );
    assert!(page.contains("<svg"));
    let again = d
        .run(&[
            "export",
            "--session",
            "c.talanoa",
            "--document",
            "record",
            "--format",
            "html",
            "--attribution",
            "attributed",
        ])
        .ok()
        .stdout;
    assert_eq!(again, page, "byte-identical");
}

#[test]
fn html_prints_to_pdf_where_a_browser_exists() {
    let Some(browser) = ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .find(|b| {
            std::process::Command::new(b)
                .arg("--version")
                .output()
                .is_ok_and(|o| o.status.success())
        })
    else {
        eprintln!("skipped: no Chromium on this machine to print the HTML minutes to PDF");
        return;
    };
    let d = Dir::new();
    custom_session(&d);
    d.run(&[
        "export",
        "--session",
        "c.talanoa",
        "--format",
        "html",
        "-o",
        "m.html",
    ])
    .ok();
    let out = std::process::Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ])
        .arg(format!("--user-data-dir={}", d.path("profile").display()))
        .arg(format!("--print-to-pdf={}", d.path("m.pdf").display()))
        .arg(format!("file://{}", d.path("m.html").display()))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(bytes(&d.path("m.pdf")).starts_with(b"%PDF"));
}

#[test]
fn review_of_one_member_piped_is_a_plain_table() {
    let d = Dir::new();
    custom_session(&d);
    d.run(&[
        "record",
        "--session",
        "c.talanoa",
        "--item",
        "plan",
        "--option",
        "go",
        "--member",
        "B",
        "--stance",
        "agree",
        "--by",
        "Secretariat",
    ])
    .ok();
    let r = d
        .run(&["review", "--session", "c.talanoa", "--member", "B"])
        .ok();
    let out = r.stdout;
    assert!(out.contains("Bravo (B): member, present"), "{out}");
    assert!(out.contains("plan / go: Agrees [agree] (recorded "));
    assert!(out.contains("by Secretariat"));
    assert!(
        out.contains(": plan / go: Agrees with concerns [concerns], with a statement"),
        "the history keeps the earlier stance: {out}"
    );
    assert!(out.contains("> <script>alert('x')</script> ʻokina Sāmoa 日本"));
    assert!(!out.contains("Alpha ("), "only the one member");
    let all = d.run(&["review", "--session", "c.talanoa"]).ok().stdout;
    assert!(
        all.contains("Alpha (A)")
            && all.contains("Charlie (C): member, absent")
            && all.contains("Observer Org (O): observer")
    );
}

#[test]
fn review_unknown_member_lists_valid_ids() {
    let d = Dir::new();
    custom_session(&d);
    let r = d
        .run(&["review", "--session", "c.talanoa", "--member", "ZZ"])
        .code(2);
    assert!(
        r.stderr
            .contains("unknown member \"ZZ\"; valid member ids: A, B, C, O"),
        "{}",
        r.stderr
    );
    d.run(&["review", "--session", "nope.talanoa"]).code(2);
}

#[test]
fn review_shows_hostile_text_inert() {
    let d = Dir::new();
    d.record("need", "explore", "FJ", "support").ok();
    d.position(
        "need",
        "explore",
        "FJ",
        &[
            "--stance",
            "support",
            "--statement",
            "\u{1b}[31mred\u{1b}]0;title\u{7}\u{202e}x",
        ],
    )
    .ok();
    let out = d
        .run(&["review", "--session", "s.talanoa", "--member", "FJ"])
        .ok()
        .stdout;
    assert!(!out.contains('\u{1b}') && !out.contains('\u{202e}'));
    assert!(out.contains("␛[31mred␛]0;title<U+0007><U+202E>x"), "{out}");
    let json = d
        .run(&["export", "--session", "s.talanoa", "--format", "json"])
        .ok()
        .stdout;
    let j: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(
        j["positions"][0]["statement"], "\u{1b}[31mred\u{1b}]0;title\u{7}\u{202e}x",
        "kept byte-exact"
    );
}
