//! `export --format json|csv` against the contract's keys and header.

use crate::util::*;

#[test]
fn json_has_the_contract_keys() {
    let d = Dir::new();
    d.record("network-options", "operational", "TK", "support")
        .ok();
    let r = d
        .run(&["export", "--session", "s.talanoa", "--format", "json"])
        .ok();
    let j: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(j["format"], 1);
    for k in [
        "title",
        "body",
        "date",
        "venue",
        "chair",
        "secretary",
        "rule",
        "attribution",
    ] {
        assert!(j["meeting"].get(k).is_some(), "meeting.{k}");
    }
    for k in ["id", "name", "group", "role", "present"] {
        assert!(j["members"][0].get(k).is_some(), "members[].{k}");
    }
    for k in ["id", "label", "key", "effect"] {
        assert!(j["stances"][0].get(k).is_some(), "stances[].{k}");
    }
    assert_eq!(j["stances"][4]["effect"], "block");
    let item = &j["items"][1];
    assert!(item.get("outcome").is_some_and(|o| o.is_null()));
    for k in ["id", "title", "status"] {
        assert!(item["options"][0].get(k).is_some(), "options[].{k}");
    }
    let p = &j["positions"][0];
    for k in ["item", "option", "member", "stance", "statement", "at"] {
        assert!(p.get(k).is_some(), "positions[].{k}");
    }
    assert_eq!(p["member"], "TK");
    assert!(p["statement"].is_null());
    // RFC 3339 in the meeting's time zone, with its offset.
    chrono::DateTime::parse_from_rfc3339(p["at"].as_str().unwrap()).unwrap();
    let h = &j["history"][0];
    // Regression: history times are RFC 3339 UTC (cli.md), with the same
    // instant in the meeting's zone beside them.
    let at = h["at"].as_str().unwrap();
    assert!(at.ends_with('Z'), "{at}");
    let local = chrono::DateTime::parse_from_rfc3339(h["local"].as_str().unwrap()).unwrap();
    assert_eq!(local, chrono::DateTime::parse_from_rfc3339(at).unwrap());
    assert_eq!(
        (h["seq"].as_i64(), h["kind"].as_str()),
        (Some(1), Some("position"))
    );
    assert!(j["actions"].as_array().unwrap().is_empty());
    assert_eq!(
        j["members"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|m| m["role"] != "member")
            .count(),
        6,
        "two associate members, two dialogue partners, two agencies"
    );
    for role in ["associate-member", "dialogue-partner", "agency"] {
        assert!(
            j["members"]
                .as_array()
                .unwrap()
                .iter()
                .any(|m| m["role"] == role)
        );
    }
}

#[test]
fn csv_header_quoting_and_formulas() {
    let d = Dir::new();
    d.record("need", "explore", "FJ", "support").ok();
    d.position(
        "need",
        "explore",
        "WS",
        &[
            "--stance",
            "block",
            "--statement",
            "=HYPERLINK(\"x\")\nand, \"quoted\"",
        ],
    )
    .ok();
    let r = d
        .run(&["export", "--session", "s.talanoa", "--format", "csv"])
        .ok();
    let mut lines = r.stdout.split("\r\n");
    assert_eq!(
        lines.next(),
        Some(
            "item_id,option_id,member_id,member_name,role,stance_id,stance_label,effect,statement,recorded_at"
        )
    );
    let mut rdr = csv::Reader::from_reader(r.stdout.as_bytes());
    let all: Vec<csv::StringRecord> = rdr.records().map(|x| x.unwrap()).collect();
    let (notes, rows): (Vec<_>, Vec<_>) = all.into_iter().partition(|r| r[0].starts_with('#'));
    assert_eq!(rows.len(), 2);
    assert_eq!(notes.len(), 2, "the closing notes: attribution and record");
    assert_eq!(&notes[0][0], "# Attributed: delegations are named.");
    assert!(notes[1][0].starts_with("# Session record: 2 changes; hash of the last change: "));
    assert_eq!(&rows[0][3], "Fiji");
    assert_eq!(&rows[1][3], "Samoa");
    assert_eq!(&rows[1][7], "block");
    assert_eq!(&rows[1][8], "'=HYPERLINK(\"x\")\nand, \"quoted\"");
}

#[test]
fn output_file_written_atomically_never_over_the_session() {
    let d = Dir::new();
    d.record("need", "explore", "FJ", "support").ok();
    d.run(&[
        "export",
        "--session",
        "s.talanoa",
        "--format",
        "json",
        "-o",
        "out/record.json",
    ])
    .code(1);
    std::fs::create_dir_all(d.path("out")).unwrap();
    let r = d
        .run(&[
            "export",
            "--session",
            "s.talanoa",
            "--format",
            "json",
            "-o",
            "out/record.json",
        ])
        .ok();
    assert!(r.stdout.is_empty());
    let j: serde_json::Value = serde_json::from_slice(&bytes(&d.path("out/record.json"))).unwrap();
    assert_eq!(j["positions"][0]["member"], "FJ");
    let before = bytes(&d.path("s.talanoa"));
    let r = d
        .run(&[
            "export",
            "--session",
            "s.talanoa",
            "--format",
            "csv",
            "-o",
            "./s.talanoa",
        ])
        .code(2);
    assert!(r.stderr.contains("is the session file itself"));
    assert_eq!(bytes(&d.path("s.talanoa")), before);
}

#[test]
fn same_session_same_bytes() {
    let d = Dir::new();
    d.record("need", "explore", "FJ", "support").ok();
    for f in ["json", "csv"] {
        let a = d
            .run(&["export", "--session", "s.talanoa", "--format", f])
            .ok()
            .stdout;
        let b = d
            .run(&["export", "--session", "s.talanoa", "--format", f])
            .ok()
            .stdout;
        assert_eq!(a, b);
    }
}

/// Chatham House exports for tools: stable pseudonyms, names redacted in
/// any spelling, no group, and the file says so.
#[test]
fn chatham_house_json_and_csv_pseudonymise_and_say_so() {
    let d = Dir::new();
    d.record("need", "explore", "FJ", "support").ok();
    d.position(
        "need",
        "explore",
        "WS",
        &[
            "--stance",
            "reservations",
            "--statement",
            "samoa and FIJI agree; Tonga's view too",
        ],
    )
    .ok();
    d.position(
        "need",
        "explore",
        "JP",
        &["--stance", "support", "--statement", "japan supports"],
    )
    .ok();
    d.run(&[
        "action",
        "--session",
        "s.talanoa",
        "--item",
        "need",
        "--text",
        "Fiji to report",
        "--owner",
        "Sāmoa",
    ])
    .ok();
    let export = |format: &str| {
        d.run(&[
            "export",
            "--session",
            "s.talanoa",
            "--format",
            format,
            "--attribution",
            "chatham-house",
        ])
        .ok()
        .stdout
    };
    let (json, csv) = (export("json"), export("csv"));
    // Not even the venue or the chair: a file of records has no heading.
    // The agenda's own text (titles, opening) is never rewritten.
    let mut after_heading: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(after_heading["meeting"]["chair"], "[a member]");
    assert_eq!(after_heading["meeting"]["venue"], "Suva, [a member]");
    after_heading["meeting"]["opening"] = serde_json::Value::Null;
    after_heading["items"] = serde_json::Value::Null;
    let after_heading = after_heading.to_string();
    for text in [&after_heading, &csv] {
        for name in [
            "Fiji",
            "FIJI",
            "Samoa",
            "samoa",
            "Sāmoa",
            "Tonga",
            "Japan",
            "japan",
            "\"FJ\"",
            "\"WS\"",
            "Polynesia",
            "Melanesia",
        ] {
            assert!(!text.contains(name), "{name} in {text}");
        }
        assert!(text.contains("Chatham House Rule: delegations are replaced by stable pseudonyms"));
    }
    let j: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(j["meeting"]["attribution"], "chatham-house");
    assert!(
        j["members"]
            .as_array()
            .unwrap()
            .iter()
            .all(|m| m["group"].is_null() && m["id"] == m["name"])
    );
    let members: Vec<&str> = j["members"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["id"].as_str().unwrap())
        .collect();
    // Japan is a dialogue partner of the sample meeting, Tokelau an associate member
    for pseudonym in [
        "Member 1",
        "Associate Member 1",
        "Dialogue Partner 1",
        "Agency 1",
    ] {
        assert!(members.contains(&pseudonym), "{pseudonym} in {members:?}");
    }
    assert_eq!(j["actions"][0]["text"], "[a member] to report");
    assert_eq!(j["actions"][0]["owner"], "[a member]");
    assert_eq!(j["record"]["changes"], 4);
    // Stable: the same session gives the same pseudonyms every time.
    assert_eq!(export("json"), json);
    let pseudonym = |v: &serde_json::Value, stance: &str| {
        v["positions"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["stance"] == stance)
            .unwrap()["member"]
            .clone()
    };
    let csv_rows: Vec<csv::StringRecord> = csv::Reader::from_reader(csv.as_bytes())
        .records()
        .map(|r| r.unwrap())
        .collect();
    let reserved = csv_rows.iter().find(|r| &r[5] == "reservations").unwrap();
    assert_eq!(
        reserved[2].to_string(),
        pseudonym(&j, "reservations").as_str().unwrap()
    );
    assert_eq!(
        &reserved[8],
        "[a member] and [a member] agree; [a member] view too"
    );
}
