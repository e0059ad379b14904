//! The message files: complete in both languages, well-formed, and the
//! date and plural rules of each language.

use std::collections::BTreeSet;

use chrono::NaiveDate;

use super::*;

/// The message ids a Fluent file defines (a line `id = ...` at column 0).
fn ids(source: &str) -> Vec<String> {
    source
        .lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()))
        .filter_map(|l| l.split_once(" =").map(|(id, _)| id.trim().to_string()))
        .collect()
}

#[test]
fn every_message_exists_in_both_languages() {
    let en = sources(Language::En);
    let fr = sources(Language::Fr);
    assert_eq!(en.len(), fr.len(), "each language has the same files");
    for (e, f) in en.iter().zip(fr) {
        let (e, f): (BTreeSet<_>, BTreeSet<_>) =
            (ids(e).into_iter().collect(), ids(f).into_iter().collect());
        let only_en: Vec<_> = e.difference(&f).collect();
        let only_fr: Vec<_> = f.difference(&e).collect();
        assert!(only_en.is_empty(), "missing in French: {only_en:?}");
        assert!(only_fr.is_empty(), "missing in English: {only_fr:?}");
    }
}

#[test]
fn message_files_parse_and_define_each_id_once() {
    for lang in LANGUAGES {
        let mut seen = BTreeSet::new();
        for source in sources(lang) {
            if let Err((_, errors)) = FluentResource::try_new((*source).to_string()) {
                panic!("{lang:?}: {errors:?}");
            }
            for id in ids(source) {
                assert!(seen.insert(id.clone()), "{lang:?}: {id} defined twice");
            }
        }
    }
}

/// Every id the code asks for with `tr!(lang, "id" ...)` is defined.
#[test]
fn every_id_the_code_uses_is_defined() {
    let defined: BTreeSet<String> = sources(Language::En).iter().flat_map(|s| ids(s)).collect();
    let mut missing = Vec::new();
    visit(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("src")
            .as_path(),
        &mut |text| {
            // `tr!(lang, "id"` and `msg!("id"` (the messages language)
            let calls = text
                .match_indices("tr!(")
                .chain(text.match_indices("msg!("));
            for (at, call) in calls {
                let before = text[..at].chars().next_back();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue; // include_str!( and the like
                }
                let rest = &text[at + call.len()..];
                let Some(open) = rest.find('"') else { continue };
                let after = &rest[open + 1..];
                let Some(close) = after.find('"') else {
                    continue;
                };
                let id = &after[..close];
                // Ids built at run time ("count-{role}") are checked where they are built.
                if rest[..open].contains(')')
                    || id.contains(char::is_whitespace)
                    || id.contains('{')
                {
                    continue;
                }
                if !defined.contains(id) {
                    missing.push(id.to_string());
                }
            }
        },
    );
    assert!(missing.is_empty(), "used but not defined: {missing:?}");
}

fn visit(dir: &std::path::Path, f: &mut dyn FnMut(&str)) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            visit(&path, f);
        } else if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("i18n/tests.rs") {
            let code: String = std::fs::read_to_string(&path)
                .unwrap()
                .lines()
                .filter(|l| !l.trim_start().starts_with("//"))
                .map(|l| format!("{l}\n"))
                .collect();
            f(&code);
        }
    }
}

#[test]
fn dates_read_as_each_language_writes_them() {
    let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    assert_eq!(long_date(Language::En, d(2024, 8, 9)), "9 August 2024");
    assert_eq!(long_date(Language::Fr, d(2024, 8, 9)), "9 août 2024");
    assert_eq!(long_date(Language::Fr, d(2024, 8, 1)), "1er août 2024");
    assert_eq!(long_date(Language::En, d(2024, 8, 1)), "1 August 2024");
    assert_eq!(long_date(Language::Fr, d(2025, 12, 31)), "31 décembre 2025");
}

#[test]
fn missing_messages_fall_back_and_arguments_are_not_isolated() {
    assert_eq!(t(Language::Fr, "no-such-message", &[]), "no-such-message");
    assert_eq!(
        tr!(
            Language::Fr,
            "date-long",
            day = "9",
            month = "août",
            year = 2024usize
        ),
        "9 août 2024"
    );
}

#[test]
fn languages_come_from_codes_and_locales() {
    assert_eq!(Language::parse("fr"), Some(Language::Fr));
    assert_eq!(Language::parse("de"), None);
    assert_eq!(from_locale("fr_FR.UTF-8"), Some(Language::Fr));
    assert_eq!(from_locale("en_NZ.UTF-8"), Some(Language::En));
    assert_eq!(from_locale("C.UTF-8"), None);
    assert_eq!(from_locale(""), None);
}

#[test]
fn page_x_of_y_splits_where_the_numbers_stand() {
    let text = |s: &str| PagePart::Text(s.to_string());
    assert_eq!(
        page_of(Language::En),
        [text("Page "), PagePart::Page, text(" of "), PagePart::Pages]
    );
    assert_eq!(
        page_of(Language::Fr),
        [
            text("Page "),
            PagePart::Page,
            text(" sur "),
            PagePart::Pages
        ]
    );
}

/// A Forum translator's reading: counts agree in French, one or many.
#[test]
fn regression_french_counts_agree_with_their_number() {
    let fr = Language::Fr;
    assert_eq!(
        tr!(fr, "error-agenda-more", origin = "a.toml", count = 1usize),
        "a.toml: et 1 autre problème non affiché ; corrigez d'abord ceux-ci"
    );
    assert_eq!(
        tr!(fr, "error-agenda-more", origin = "a.toml", count = 2usize),
        "a.toml: et 2 autres problèmes non affichés ; corrigez d'abord ceux-ci"
    );
    assert_eq!(
        tr!(fr, "error-schema-more", count = 1usize),
        " ; et 1 autre différence"
    );
    assert_eq!(
        tr!(fr, "error-schema-more", count = 3usize),
        " ; et 3 autres différences"
    );
    assert_eq!(tr!(fr, "live-absent", count = 1usize), "Délégation absente");
    assert_eq!(
        tr!(fr, "live-absent", count = 2usize),
        "Délégations absentes"
    );
    assert_eq!(
        tr!(fr, "live-not-heard", count = 5usize),
        "Délégations à entendre"
    );
    assert_eq!(
        tr!(fr, "live-tally-heading", heading = "Membres"),
        "Membres :"
    );
    assert_eq!(
        tr!(
            fr,
            "error-verify-earlier",
            stated = 1usize,
            held = "4",
            span = "…"
        ),
        "il a été produit à partir de ce registre lorsqu'il comptait 1 modification ; \
         la session en compte maintenant 4, et … depuis : exportez-le de nouveau"
    );
    assert!(
        tr!(
            fr,
            "error-verify-removed",
            stated = 3usize,
            held = "1",
            span = "…"
        )
        .contains("d'un registre de 3 modifications, mais")
    );
    // English unchanged
    assert_eq!(tr!(Language::En, "live-absent", count = 2usize), "Absent");
    assert_eq!(
        tr!(Language::En, "live-tally-heading", heading = "Members"),
        "Members:"
    );
}
