//! Consensus vocabulary: no word of voting (object, vote, abstain, veto, in
//! any form) in the program's own help or in the agendas it ships. Minutes
//! and exports quote what delegations said and are checked elsewhere.

use crate::util::*;

/// Forms of the voting words, lower case.
const VOTING: &[&str] = &[
    "object",
    "objects",
    "objected",
    "objecting",
    "objection",
    "objections",
    "vote",
    "votes",
    "voted",
    "voting",
    "voter",
    "voters",
    "abstain",
    "abstains",
    "abstained",
    "abstaining",
    "abstention",
    "abstentions",
    "veto",
    "vetoes",
    "vetoed",
];

/// Every voting word in `text`, as whole words in any case, with its line.
fn voting_words(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (n, line) in text.lines().enumerate() {
        for word in line.split(|c: char| !c.is_alphabetic()) {
            if VOTING.contains(&word.to_lowercase().as_str()) {
                found.push(format!("line {}: {word:?} in {line:?}", n + 1));
            }
        }
    }
    found
}

#[test]
fn the_word_finder_finds_what_it_guards_against() {
    assert_eq!(voting_words("Supports\nCannot join consensus").len(), 0);
    assert_eq!(voting_words("5 OBJECTS; abstain, (veto) vote-").len(), 4);
    assert_eq!(voting_words("objective devotees").len(), 0);
}

/// The subcommands `talanoa --help` lists.
fn subcommands(help: &str) -> Vec<String> {
    help.lines()
        .skip_while(|l| !l.starts_with("Commands:"))
        .skip(1)
        .take_while(|l| l.starts_with("  "))
        .filter_map(|l| l.split_whitespace().next())
        .filter(|c| *c != "help")
        .map(String::from)
        .collect()
}

#[test]
fn no_voting_word_in_the_help_of_any_command() {
    let d = Dir::new();
    let top = d.run(&["--help"]).ok().stdout;
    let commands = subcommands(&top);
    assert!(commands.len() >= 9, "{commands:?}");
    let mut bad = voting_words(&top);
    for cmd in &commands {
        let help = d.run(&[cmd.as_str(), "--help"]).ok().stdout;
        bad.extend(
            voting_words(&help)
                .into_iter()
                .map(|w| format!("{cmd} --help {w}")),
        );
    }
    assert!(bad.is_empty(), "{bad:#?}");
}

#[test]
fn no_voting_word_in_the_readme_and_user_docs() {
    // docs/minutes.md shows minutes, which quote what delegations said
    let mut files = vec![root().join("README.md")];
    for entry in std::fs::read_dir(root().join("docs")).unwrap() {
        let p = entry.unwrap().path();
        if p.extension().is_some_and(|x| x == "md") && !p.ends_with("minutes.md") {
            files.push(p);
        }
    }
    for p in files {
        let bad = voting_words(&std::fs::read_to_string(&p).unwrap());
        assert!(bad.is_empty(), "{}: {bad:#?}", p.display());
    }
}

#[test]
fn no_voting_word_in_the_shipped_agendas() {
    let mut n = 0;
    for entry in std::fs::read_dir(root().join("agendas")).unwrap() {
        let p = entry.unwrap().path();
        let text = std::fs::read_to_string(&p).unwrap();
        let bad = voting_words(&text);
        assert!(bad.is_empty(), "{}: {bad:#?}", p.display());
        n += 1;
    }
    assert!(n >= 2);
    let d = Dir::new();
    d.run(&["init", "starter.toml"]).ok();
    let starter = std::fs::read_to_string(d.path("starter.toml")).unwrap();
    assert!(voting_words(&starter).is_empty());
}
