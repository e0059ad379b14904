//! `--lang` and the order talanoa picks a language in: the flag, else the
//! agenda's `language`, else the environment's locale, else English.

use crate::util::*;

fn review(d: &Dir, env_lang: &str, flag: Option<&str>) -> String {
    let mut args = vec!["review", "--session", "s.talanoa", "--member", "TK"];
    if let Some(l) = flag {
        args.extend(["--lang", l]);
    }
    let out = d
        .cmd()
        .args(&args)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", env_lang)
        .output()
        .expect("run");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A session on the sample agenda with its `language` line replaced by `line`.
fn session_in(d: &Dir, line: &str) {
    let text = std::fs::read_to_string(sample()).unwrap();
    let changed: Vec<&str> = text
        .lines()
        .map(|l| {
            if l.starts_with("language = ") {
                line
            } else {
                l
            }
        })
        .collect();
    let agenda = d.write("a.toml", changed.join("\n"));
    d.position(
        "network-options",
        "operational",
        "TK",
        &["--agenda", agenda.to_str().unwrap(), "--stance", "support"],
    )
    .ok();
}

#[test]
fn review_speaks_the_flag_then_the_environment() {
    let d = Dir::new();
    session_in(&d, "");
    let fr = review(&d, "fr_FR.UTF-8", None);
    assert!(fr.contains("Positions actuelles :"), "{fr}");
    assert!(fr.contains("Historique"), "{fr}");
    let en = review(&d, "fr_FR.UTF-8", Some("en"));
    assert!(en.contains("Current positions:"), "{en}");
    let plain = review(&d, "C.UTF-8", None);
    assert!(plain.contains("Current positions:"), "{plain}");
}

#[test]
fn an_agenda_language_wins_over_the_environment() {
    let d = Dir::new();
    session_in(&d, "language = \"fr\"");
    assert!(review(&d, "en_NZ.UTF-8", None).contains("Positions actuelles"));
    let minutes = d.run(&["export", "--session", "s.talanoa"]).ok().stdout;
    assert!(minutes.contains("**RÉSULTATS**"), "{minutes}");
    let english = d
        .run(&["export", "--session", "s.talanoa", "--lang", "en"])
        .ok()
        .stdout;
    assert!(english.contains("**OUTCOMES**"), "{english}");
}

/// Regression (issue 14): the default scale's labels are the program's
/// words. French minutes and review show them in French; JSON and CSV keep
/// the English label (`stance_label`, the data contract) in every language.
#[test]
fn default_stance_labels_are_translated_but_data_stays_english() {
    let d = Dir::new();
    session_in(&d, "");
    let fr = |args: &[&str]| {
        let mut all = vec!["export", "--session", "s.talanoa", "--lang", "fr"];
        all.extend(args);
        d.run(&all).ok().stdout
    };
    let record = fr(&["--document", "record"]);
    assert!(
        record.contains("| Soutient (membres associés) | Tokelau |"),
        "{record}"
    );
    assert!(!record.contains("Supports"), "{record}");
    assert!(review(&d, "C.UTF-8", Some("fr")).contains("Soutient [support]"));
    let csv = fr(&["--format", "csv"]);
    assert!(csv.contains(",support,Supports,support,"), "{csv}");
    let json = fr(&["--format", "json"]);
    assert!(json.contains("\"label\": \"Supports\""), "{json}");
}
