//! `decide`: an outcome adopts an option only when the meeting agreed it,
//! unless the chair says it is adopted despite its status.

use crate::util::*;

fn json(d: &Dir) -> serde_json::Value {
    let r = d
        .run(&["export", "--session", "s.talanoa", "--format", "json"])
        .ok();
    serde_json::from_str(&r.stdout).expect("export is JSON")
}

fn decide(d: &Dir, option: &str, extra: &[&str]) -> Run {
    let mut args = vec![
        "decide",
        "--session",
        "s.talanoa",
        "--item",
        "network-options",
        "--text",
        "agreed to begin with the option",
        "--option",
        option,
    ];
    args.extend_from_slice(extra);
    d.run(&args)
}

#[test]
fn decide_refuses_an_option_without_consensus_unless_despite_status() {
    let d = Dir::new();
    d.record("network-options", "diplomatic", "FJ", "block")
        .ok();
    let before = bytes(&d.path("s.talanoa"));
    let r = decide(&d, "diplomatic", &[]).code(2);
    assert!(
        r.stderr
            .contains("option \"diplomatic\" of item \"network-options\" cannot be adopted: its status is no consensus"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("--despite-status"), "{}", r.stderr);
    // pending (members not yet heard) is refused the same way
    let r = decide(&d, "informal", &[]).code(2);
    assert!(r.stderr.contains("its status is pending"), "{}", r.stderr);
    assert!(r.stdout.is_empty());
    assert_eq!(bytes(&d.path("s.talanoa")), before, "nothing written");
    // --despite-status needs an option to adopt
    let r = d
        .run(&[
            "decide",
            "--session",
            "s.talanoa",
            "--item",
            "network-options",
            "--text",
            "x",
            "--despite-status",
        ])
        .code(2);
    assert!(r.stderr.contains("--option"), "{}", r.stderr);
    assert_eq!(bytes(&d.path("s.talanoa")), before, "nothing written");
    // with the flag it is recorded, and the record says so
    decide(&d, "diplomatic", &["--despite-status"]).ok();
    let j = json(&d);
    let last = j["history"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["kind"], "outcome");
    assert_eq!(last["despite_status"], true);
    // an outcome with no option adopts nothing and needs no flag
    d.run(&[
        "decide",
        "--session",
        "s.talanoa",
        "--item",
        "network-options",
        "--text",
        "agreed to continue the talanoa",
    ])
    .ok();
}
