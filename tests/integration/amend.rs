//! `talanoa amend`: each kind from the command line, the new ids usable at
//! once, refusals with exit 2 that change nothing, and every export
//! reading the amended agenda.

use crate::util::*;

/// A session on the sample with one position, then `amend ARGS` on it.
fn amend(d: &Dir, args: &[&str]) -> Run {
    let mut all = vec!["amend", "--session", "s.talanoa"];
    all.extend_from_slice(args);
    d.run(&all)
}

fn json(d: &Dir) -> serde_json::Value {
    let r = d
        .run(&["export", "--session", "s.talanoa", "--format", "json"])
        .ok();
    serde_json::from_str(&r.stdout).unwrap()
}

fn amended(d: &Dir) {
    d.record("need", "explore", "FJ", "support").ok();
    amend(
        d,
        &[
            "add-option",
            "--item",
            "need",
            "--option",
            "compromise",
            "--title",
            "Chair's compromise",
            "--summary",
            "Talk first, decide in 2025",
            "--proposed-by",
            "WS",
        ],
    )
    .ok();
    amend(
        d,
        &[
            "add-item",
            "--item",
            "aob",
            "--title",
            "Date of the next meeting",
            "--option",
            "march",
            "--option-title",
            "Meet again in March",
        ],
    )
    .ok();
    amend(
        d,
        &[
            "add-member",
            "--member",
            "AS",
            "--name",
            "American Sāmoa",
            "--role",
            "associate-member",
            "--group",
            "Polynesia",
        ],
    )
    .ok();
    amend(
        d,
        &["rename", "--member", "TO", "--name", "Kingdom of Tonga"],
    )
    .ok();
}

#[test]
fn every_amendment_from_the_command_line_and_new_ids_at_once() {
    let d = Dir::new();
    amended(&d);
    d.position("need", "compromise", "AS", &["--stance", "support"])
        .ok();
    d.position("aob", "march", "FJ", &["--stance", "support"])
        .ok();
    d.run(&[
        "attend",
        "--session",
        "s.talanoa",
        "--member",
        "AS",
        "--absent",
    ])
    .ok();
    d.run(&[
        "decide",
        "--session",
        "s.talanoa",
        "--item",
        "aob",
        "--text",
        "agreed to meet in March",
    ])
    .ok();
    d.run(&[
        "action",
        "--session",
        "s.talanoa",
        "--item",
        "aob",
        "--text",
        "book a venue",
    ])
    .ok();
    let j = json(&d);
    let kinds: Vec<&str> = j["history"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|h| h["kind"].as_str())
        .collect();
    for k in ["add-option", "add-item", "add-member", "rename"] {
        assert!(kinds.contains(&k), "{k} in history: {kinds:?}");
    }
    let items = j["items"].as_array().unwrap();
    let last = items.last().unwrap();
    assert_eq!(last["id"], "aob");
    assert_eq!(last["outcome"]["text"], "agreed to meet in March");
    let need = items.iter().find(|i| i["id"] == "need").unwrap();
    let ids: Vec<&str> = need["options"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|o| o["id"].as_str())
        .collect();
    assert_eq!(
        ids.last(),
        Some(&"compromise"),
        "appended after the agenda's options"
    );
    let members = j["members"].as_array().unwrap();
    let tk = members.last().unwrap();
    assert_eq!(tk["id"], "AS");
    assert_eq!(tk["role"], "associate-member");
    assert_eq!(tk["present"], false);
    assert_eq!(tk["added_in_meeting"], true);
    let to = members.iter().find(|m| m["id"] == "TO").unwrap();
    assert_eq!(to["name"], "Kingdom of Tonga");
}

#[test]
fn refused_amendments_exit_2_and_change_nothing() {
    let d = Dir::new();
    amended(&d);
    let before = bytes(&d.path("s.talanoa"));
    let refusals: [&[&str]; 8] = [
        &[
            "add-option",
            "--item",
            "need",
            "--option",
            "compromise",
            "--title",
            "x",
        ],
        &[
            "add-option",
            "--item",
            "nope",
            "--option",
            "y",
            "--title",
            "x",
        ],
        &[
            "add-option",
            "--item",
            "need",
            "--option",
            "bad id",
            "--title",
            "x",
        ],
        &["add-item", "--item", "aob", "--title", "again"],
        &["add-member", "--member", "FJ", "--name", "Fiji again"],
        &[
            "add-member",
            "--member",
            "XX",
            "--name",
            "X",
            "--role",
            "voter",
        ],
        &["rename", "--member", "ZZ", "--name", "Nobody"],
        &[
            "rename", "--item", "need", "--option", "nope", "--title", "x",
        ],
    ];
    for args in refusals {
        let r = amend(&d, args).code(2);
        assert!(r.stderr.contains("talanoa:"), "{args:?}: {}", r.stderr);
    }
    // usage errors too
    amend(&d, &["rename", "--member", "TO"]).code(2);
    d.run(&["amend", "add-item", "--item", "x", "--title", "y"])
        .code(2);
    assert_eq!(bytes(&d.path("s.talanoa")), before, "refusing never writes");
    // a duplicate says which id to change
    let r = amend(&d, &["add-member", "--member", "FJ", "--name", "Fiji"]).code(2);
    assert!(r.stderr.contains("\"FJ\""), "{}", r.stderr);
}

#[test]
fn help_shows_examples_for_each_amendment() {
    let d = Dir::new();
    for sub in ["add-option", "add-item", "add-member", "rename"] {
        let r = d.run(&["amend", sub, "--help"]).ok();
        assert!(r.stdout.contains("Example"), "{sub}: {}", r.stdout);
        assert!(r.stdout.contains("talanoa amend --session"), "{sub}");
    }
}

#[test]
fn undo_of_an_amendment_from_the_record_replays_true_and_every_export_reads_it() {
    let d = Dir::new();
    amended(&d);
    d.position(
        "need",
        "compromise",
        "AS",
        &[
            "--stance",
            "support",
            "--statement",
            "American Sāmoa agrees",
        ],
    )
    .ok();
    for format in ["markdown", "html", "json", "csv", "docx", "xlsx"] {
        for document in ["outcomes", "record"] {
            for attribution in ["attributed", "chatham-house"] {
                let out = format!("out-{format}-{document}-{attribution}");
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
                d.run(&["verify", "--session", "s.talanoa", "--minutes", &out])
                    .ok();
            }
        }
    }
    let r = d
        .run(&["export", "--session", "s.talanoa", "--document", "record"])
        .ok();
    assert!(r.stdout.contains("Kingdom of Tonga"), "corrected name used");
    assert!(r.stdout.contains("Chair's compromise"));
}

#[test]
fn minutes_mark_options_proposed_in_the_meeting_and_list_corrections() {
    let d = Dir::new();
    amended(&d);
    amend(
        &d,
        &[
            "add-option",
            "--item",
            "need",
            "--option",
            "chair-text",
            "--title",
            "Chair's text",
            "--proposed-by",
            "the Chair",
        ],
    )
    .ok();
    let export = |more: &[&str]| {
        let mut args = vec!["export", "--session", "s.talanoa", "--document", "record"];
        args.extend_from_slice(more);
        d.run(&args).ok().stdout
    };
    let named = export(&[]);
    assert!(
        named.contains("Chair's compromise was proposed in the meeting by Samoa."),
        "{named}"
    );
    assert!(named.contains("Chair's text was proposed in the meeting by the Chair."));
    assert!(named.contains("Corrections made in the meeting"));
    assert!(named.contains("“Tonga” was corrected to “Kingdom of Tonga”."));
    // the added item comes after the agenda's items, before the closing
    let aob = named.find("Date of the next meeting").unwrap();
    assert!(aob < named.find("## Closing").unwrap());
    let unnamed = export(&["--attribution", "chatham-house"]);
    assert!(unnamed.contains("Chair's compromise was proposed in the meeting."));
    assert!(!unnamed.contains("proposed in the meeting by"));
    assert!(unnamed.contains("The name of a delegation was corrected."));
    let html = export(&["--format", "html"]);
    assert!(html.contains("Corrections made in the meeting"));
    let fr = export(&["--lang", "fr"]);
    assert!(
        fr.contains("proposition faite en séance par les Samoa"),
        "{fr}"
    );
    // the Outcomes take the added item before the closing too
    let outcomes = d.run(&["export", "--session", "s.talanoa"]).ok().stdout;
    assert!(outcomes.contains("Date of the next meeting"));
    assert!(
        outcomes.contains("noted that Chair's compromise was proposed in the meeting by Samoa"),
        "{outcomes}"
    );
    let unnamed = d
        .run(&[
            "export",
            "--session",
            "s.talanoa",
            "--attribution",
            "chatham-house",
        ])
        .ok()
        .stdout;
    assert!(unnamed.contains("noted that Chair's compromise was proposed in the meeting;"));
    assert!(!unnamed.contains("Samoa;"), "{unnamed}");
}

/// The words of a help example line, split as a shell would split simple
/// double-quoted arguments.
fn shell_words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let (mut quoted, mut started) = (false, false);
    for c in line.chars() {
        match c {
            '"' => (quoted, started) = (!quoted, true),
            ' ' if !quoted => {
                if started {
                    words.push(std::mem::take(&mut word));
                }
                started = false;
            }
            c => (word.push(c), started = true).1,
        }
    }
    if started {
        words.push(word);
    }
    words
}

/// Every `talanoa amend` example in `--help` (of `amend` and of each kind)
/// works as written on a session of the sample agenda.
#[test]
fn every_help_example_works_as_written() {
    let mut examples = Vec::new();
    for kind in ["", "add-option", "add-item", "add-member", "rename"] {
        let d = Dir::new();
        let args: Vec<&str> = ["amend", kind, "--help"]
            .into_iter()
            .filter(|a| !a.is_empty())
            .collect();
        let help = d.run(&args).ok().stdout;
        // clap wraps long examples: a line that does not start a command
        // continues the one before, up to the blank line after them
        let block = help.split("Example").nth(1).unwrap_or_default();
        for line in block.lines().skip(1).take_while(|l| !l.is_empty()) {
            match line.trim().strip_prefix("talanoa ") {
                Some(start) => examples.push(start.to_string()),
                None => {
                    if let Some(last) = examples.last_mut() {
                        last.push(' ');
                        last.push_str(line.trim());
                    }
                }
            }
        }
    }
    assert!(examples.len() >= 10, "{examples:?}");
    for example in examples {
        let d = Dir::new();
        d.record("need", "explore", "FJ", "support").ok();
        let words = shell_words(&example);
        let args: Vec<&str> = words.iter().map(String::as_str).collect();
        let r = d.run(&args);
        assert_eq!(r.code, 0, "talanoa {example}\n{}", r.stderr);
    }
}
