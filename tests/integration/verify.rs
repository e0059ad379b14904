//! `talanoa verify`: the whole chain, and exports tied to the record they
//! were produced from (every format states the record's length and the
//! hash of its last change).

use crate::util::*;

fn session(d: &Dir) {
    d.record("network-options", "diplomatic", "FJ", "support")
        .ok();
    d.position(
        "network-options",
        "diplomatic",
        "WS",
        &[
            "--stance",
            "reservations",
            "--statement",
            "Samoa asks for costings.",
        ],
    )
    .ok();
}

fn export(d: &Dir, format: &str, attribution: &str, out: &str) {
    d.run(&[
        "export",
        "--session",
        "s.talanoa",
        "--format",
        format,
        "--attribution",
        attribution,
        "-o",
        out,
    ])
    .ok();
}

/// Deletes the last `n` changes as someone with an SQLite tool could
/// (dropping the append-only trigger first): the chain that is left is
/// intact, only shorter.
fn remove_tail(d: &Dir, n: i64) {
    // the triggers put back afterwards, so that the schema check passes
    covered(
        &d.path("s.talanoa"),
        &format!("DELETE FROM changes WHERE seq > (SELECT max(seq) FROM changes) - {n};"),
    );
}

#[test]
fn verify_says_the_record_is_intact_with_its_length_and_hash() {
    let d = Dir::new();
    session(&d);
    let out = d.run(&["verify", "--session", "s.talanoa"]).ok().stdout;
    assert!(
        out.contains("the record is intact (2 changes; hash of the last change: "),
        "{out}"
    );
}

#[test]
fn every_format_and_mode_states_the_record_and_verifies() {
    let d = Dir::new();
    session(&d);
    let hash = d.run(&["verify", "--session", "s.talanoa"]).ok().stdout;
    let hash = hash
        .trim_end()
        .trim_end_matches(')')
        .rsplit(' ')
        .next()
        .unwrap()
        .to_string();
    assert_eq!(hash.len(), 64);
    let both = ["outcomes", "record"];
    for (format, documents) in [
        ("markdown", &both[..]),
        ("html", &both[..]),
        ("json", &both[..1]),
        ("csv", &both[..1]),
    ] {
        for (document, attribution) in documents
            .iter()
            .flat_map(|d| [(d, "attributed"), (d, "chatham-house")])
        {
            let out = format!("{format}-{document}-{attribution}.out");
            d.run(&[
                "export",
                "--session",
                "s.talanoa",
                "--format",
                format,
                "--document",
                document,
                "--attribution",
                attribution,
                "-o",
                &out,
            ])
            .ok();
            let text = String::from_utf8(bytes(&d.path(&out))).unwrap();
            assert!(
                text.contains(&format!(
                    "Session record: 2 changes; hash of the last change: {hash}"
                )),
                "{out} states the record"
            );
            let ok = d
                .run(&["verify", "--session", "s.talanoa", "--minutes", &out])
                .ok()
                .stdout;
            assert!(
                ok.contains("produced from this record as it stands"),
                "{ok}"
            );
        }
    }
}

#[test]
fn regression_minutes_exported_before_the_last_changes_were_removed_fail() {
    let d = Dir::new();
    session(&d);
    d.record("network-options", "diplomatic", "TO", "support")
        .ok();
    for format in ["markdown", "html", "json", "csv"] {
        export(&d, format, "attributed", &format!("before.{format}"));
    }
    remove_tail(&d, 1);
    // The shortened chain is itself intact...
    d.run(&["verify", "--session", "s.talanoa"]).ok();
    // ...but no export made before the removal passes for it.
    for format in ["markdown", "html", "json", "csv"] {
        let run = d
            .run(&[
                "verify",
                "--session",
                "s.talanoa",
                "--minutes",
                &format!("before.{format}"),
            ])
            .code(2);
        assert!(
            run.stderr
                .contains("a record of 3 changes, but the session holds only 2")
                && run.stderr.contains("change #3 has been removed"),
            "{}",
            run.stderr
        );
    }
}

#[test]
fn minutes_of_an_earlier_state_or_another_record_or_edited_fail() {
    let d = Dir::new();
    session(&d);
    export(&d, "markdown", "attributed", "early.md");
    d.record("network-options", "diplomatic", "TO", "support")
        .ok();
    let run = d
        .run(&["verify", "--session", "s.talanoa", "--minutes", "early.md"])
        .code(2);
    assert!(
        run.stderr.contains("change #3 was recorded since"),
        "{}",
        run.stderr
    );

    export(&d, "markdown", "attributed", "now.md");
    let text = String::from_utf8(bytes(&d.path("now.md"))).unwrap();
    d.write("edited.md", text.replacen("attended", "were present", 1));
    let run = d
        .run(&["verify", "--session", "s.talanoa", "--minutes", "edited.md"])
        .code(2);
    assert!(run.stderr.contains("edited after export"), "{}", run.stderr);

    let other = Dir::new();
    session(&other);
    other
        .record("network-options", "diplomatic", "NZ", "support")
        .ok();
    export(&other, "markdown", "attributed", "other.md");
    std::fs::copy(other.path("other.md"), d.path("other.md")).unwrap();
    let run = d
        .run(&["verify", "--session", "s.talanoa", "--minutes", "other.md"])
        .code(2);
    assert!(
        run.stderr.contains("not produced from this record"),
        "{}",
        run.stderr
    );

    d.write("plain.md", "# Minutes\n\nNothing stated.\n");
    let run = d
        .run(&["verify", "--session", "s.talanoa", "--minutes", "plain.md"])
        .code(2);
    assert!(
        run.stderr.contains("states no session record"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_tampered_session_fails_verify_and_is_left_as_it_is() {
    let d = Dir::new();
    session(&d);
    covered(
        &d.path("s.talanoa"),
        "UPDATE changes SET stance = 'support' WHERE seq = 2",
    );
    let before = bytes(&d.path("s.talanoa"));
    let run = d.run(&["verify", "--session", "s.talanoa"]).code(2);
    assert!(run.stderr.contains("change #2"), "{}", run.stderr);
    assert_eq!(bytes(&d.path("s.talanoa")), before);
    d.run(&["verify", "--session", "missing.talanoa"]).code(2);
}
