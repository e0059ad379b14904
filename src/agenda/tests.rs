//! Unit tests for every validation rule, with the place each problem is reported.

use super::*;
use crate::consensus::{Effect, Role, Rule};

const MINIMAL: &str = r#"
[meeting]
title = "T"

[[members]]
id = "FJ"
name = "Fiji"

[[items]]
id = "one"
title = "Item one"

[[items.options]]
id = "a"
title = "Option A"
"#;

fn problems(src: &str) -> Vec<String> {
    match parse(src, "a.toml") {
        Ok(_) => vec![],
        Err(e) => e.problems.iter().map(|p| p.to_string()).collect(),
    }
}

/// The minimal agenda with `extra` spliced in after the given line of text.
fn with(after: &str, extra: &str) -> String {
    MINIMAL.replacen(after, &format!("{after}\n{extra}"), 1)
}

fn one_problem(src: &str) -> String {
    let p = problems(src);
    assert_eq!(p.len(), 1, "expected one problem, got {p:#?}");
    p.into_iter().next().unwrap_or_default()
}

#[test]
fn minimal_agenda_gets_defaults() {
    let a = parse(MINIMAL, "a.toml").unwrap();
    assert_eq!(a.meeting.title, "T");
    assert_eq!(a.meeting.rule, Rule::Consensus);
    assert_eq!(a.meeting.attribution, Attribution::Attributed);
    assert_eq!(a.members[0].role, Role::Member);
    assert_eq!(a.stances, default_stances());
    assert_eq!(a.stances.len(), 5);
    assert_eq!(a.stances[3].effect, Effect::Pending);
    assert_eq!(a.stance_for_key('5'), Some(4));
}

#[test]
fn full_meeting_table() {
    let src = MINIMAL.replace(
        "title = \"T\"",
        "title = \"T\"\nbody = \"B\"\ndate = 2024-08-09\nvenue = \"Suva\"\nchair = \"Fiji\"\nsecretary = \"S\"\nrule = \"consensus-minus-one\"\nattribution = \"chatham-house\"\nopening = \"\"\"\nWelcome.\nPrayer.\"\"\"",
    );
    let a = parse(&src, "a.toml").unwrap();
    let m = a.meeting;
    assert_eq!(m.date, chrono::NaiveDate::from_ymd_opt(2024, 8, 9));
    assert_eq!(m.rule, Rule::ConsensusMinusOne);
    assert_eq!(m.attribution, Attribution::ChathamHouse);
    assert_eq!(m.opening.as_deref(), Some("Welcome.\nPrayer."));
    assert_eq!(m.chair.as_deref(), Some("Fiji"));
}

#[test]
fn format_one_accepted_newer_refused_alone() {
    assert!(problems(&format!("format = 1\n{MINIMAL}")).is_empty());
    assert!(problems(&format!("format = 2\n{MINIMAL}")).is_empty());
    let p = one_problem(&format!("format = 3\nbogus = 1\n{MINIMAL}"));
    assert!(p.starts_with("a.toml:1:10: format 3 is newer"), "{p}");
    let p = one_problem(&format!("format = \"1\"\n{MINIMAL}"));
    assert!(
        p.starts_with("a.toml:1:10: `format` must be a whole number"),
        "{p}"
    );
    let p = one_problem(&format!("format = 0\n{MINIMAL}"));
    assert!(p.contains("format 0 does not exist"), "{p}");
}

#[test]
fn missing_meeting_title_members_items() {
    let p = problems("format = 1\n");
    assert_eq!(p.len(), 3, "{p:#?}");
    assert!(p[0].contains("missing the [meeting] table"));
    assert!(p.iter().any(|x| x.contains("no members")));
    assert!(p.iter().any(|x| x.contains("no agenda items")));
    let p = one_problem(&MINIMAL.replace("title = \"T\"", "venue = \"x\""));
    assert_eq!(p, "a.toml:2:1: missing required field `title` in [meeting]");
}

#[test]
fn empty_title_refused_at_value() {
    let p = one_problem(&MINIMAL.replace("title = \"T\"", "title = \"  \""));
    assert_eq!(p, "a.toml:3:9: `title` in [meeting] must not be empty");
}

#[test]
fn unknown_fields_everywhere_all_reported() {
    let src = MINIMAL
        .replace("title = \"T\"", "title = \"T\"\ncolour = \"blue\"")
        .replace("name = \"Fiji\"", "name = \"Fiji\"\nflag = 1")
        .replace("title = \"Option A\"", "title = \"Option A\"\ncost = 3")
        .replace("[meeting]", "extra = true\n[meeting]");
    let p = problems(&src);
    assert_eq!(p.len(), 4, "{p:#?}");
    assert!(
        p[0].starts_with("a.toml:2:1: unknown field `extra` in the file"),
        "{}",
        p[0]
    );
    assert!(
        p[1].starts_with("a.toml:5:1: unknown field `colour` in [meeting]"),
        "{}",
        p[1]
    );
    assert!(
        p[2].starts_with("a.toml:10:1: unknown field `flag` in [[members]] #1"),
        "{}",
        p[2]
    );
    assert!(
        p[3].contains("unknown field `cost` in [[items.options]] #1 of [[items]] #1"),
        "{}",
        p[3]
    );
}

#[test]
fn wrong_types_name_what_was_found() {
    let p = one_problem(&MINIMAL.replace("title = \"T\"", "title = 5"));
    assert_eq!(
        p,
        "a.toml:3:9: `title` in [meeting] must be a string in quotes, not an integer"
    );
    let p = one_problem(&with("title = \"T\"", "date = \"2024-08-09\""));
    assert!(
        p.contains("`date` in [meeting] must be a date without quotes"),
        "{p}"
    );
    let p = one_problem(&with("title = \"T\"", "date = 2024-08-09T10:00:00"));
    assert!(p.contains("date only"), "{p}");
    let p = one_problem(&with("title = \"Item one\"", "questions = \"why?\""));
    assert!(
        p.contains("`questions` in [[items]] #1 must be an array of strings"),
        "{p}"
    );
    let p = one_problem(&with("title = \"Item one\"", "questions = [\"ok\", 3]"));
    assert!(p.contains("every entry of `questions`"), "{p}");
    let p = one_problem(&MINIMAL.replace("[meeting]\ntitle = \"T\"", "meeting = 3"));
    assert!(p.contains("`meeting` must be a table"), "{p}");
}

#[test]
fn unknown_enum_values() {
    let p = one_problem(&with("title = \"T\"", "rule = \"majority\""));
    assert_eq!(
        p,
        "a.toml:4:8: unknown rule \"majority\" in [meeting]; use one of: \"consensus\", \"consensus-minus-one\""
    );
    let p = one_problem(&with("title = \"T\"", "attribution = \"anonymous\""));
    assert!(p.contains("unknown attribution \"anonymous\""), "{p}");
    let p = one_problem(&with("name = \"Fiji\"", "role = \"guest\""));
    assert!(
        p.contains("unknown role \"guest\" in [[members]] #1"),
        "{p}"
    );
}

#[test]
fn ids_checked_for_charset_and_duplicates() {
    let p = one_problem(&MINIMAL.replace("id = \"FJ\"", "id = \"F J\""));
    assert!(
        p.starts_with("a.toml:6:6: id \"F J\" in [[members]] #1 is not valid"),
        "{p}"
    );
    let p = one_problem(&MINIMAL.replace("id = \"FJ\"", "id = \"ABCDEFGHIJKLMNOPQ\""));
    assert!(p.contains("1 to 16 characters"), "{p}");
    let dup = format!("{MINIMAL}\n[[members]]\nid = \"FJ\"\nname = \"Again\"\n");
    let p = one_problem(&dup);
    assert!(
        p.starts_with("a.toml:18:6: duplicate member id \"FJ\" (first used by #1)"),
        "{p}"
    );
    let dup_item = format!(
        "{MINIMAL}\n[[items]]\nid = \"one\"\ntitle = \"x\"\n[[items.options]]\nid = \"a\"\ntitle = \"y\"\n"
    );
    assert!(one_problem(&dup_item).contains("duplicate item id \"one\""));
    let dup_opt = format!("{MINIMAL}\n[[items.options]]\nid = \"a\"\ntitle = \"again\"\n");
    assert!(one_problem(&dup_opt).contains("duplicate option id \"a\""));
}

#[test]
fn same_option_id_in_two_items_is_fine() {
    let src = format!(
        "{MINIMAL}\n[[items]]\nid = \"two\"\ntitle = \"x\"\n[[items.options]]\nid = \"a\"\ntitle = \"y\"\n"
    );
    assert!(problems(&src).is_empty());
}

#[test]
fn lists_need_at_least_one_entry() {
    let p =
        one_problem(&MINIMAL.replace("[[items.options]]\nid = \"a\"\ntitle = \"Option A\"\n", ""));
    assert!(p.contains("[[items]] #1 has no options"), "{p}");
    let src = "members = []\nitems = []\n[meeting]\ntitle = \"T\"\n";
    let p = problems(src);
    assert_eq!(p.len(), 2, "{p:#?}");
    assert!(p[0].starts_with("a.toml:1:11: `members` is empty"));
}

#[test]
fn missing_required_fields_point_at_the_table() {
    let p = one_problem(&MINIMAL.replace("name = \"Fiji\"", ""));
    assert_eq!(
        p,
        "a.toml:5:1: missing required field `name` in [[members]] #1"
    );
    let p = one_problem(&MINIMAL.replace("title = \"Option A\"", ""));
    assert!(
        p.starts_with("a.toml:13:1: missing required field `title` in [[items.options]] #1"),
        "{p}"
    );
}

const STANCES: &str = "\n[[stances]]\nid = \"yes\"\nlabel = \"Yes\"\nkey = \"y\"\neffect = \"support\"\n\n[[stances]]\nid = \"no\"\nlabel = \"No\"\nkey = \"n\"\neffect = \"block\"\n";

#[test]
fn custom_scale_replaces_default() {
    let a = parse(&format!("{MINIMAL}{STANCES}"), "a.toml").unwrap();
    assert_eq!(a.stances.len(), 2);
    assert_eq!(a.stances[1].key, 'n');
    assert_eq!(a.stances[1].effect, Effect::Block);
    assert_eq!(a.stance_for_key('1'), None);
}

#[test]
fn custom_scale_problems() {
    let only_one = format!(
        "{MINIMAL}\n[[stances]]\nid = \"yes\"\nlabel = \"Yes\"\nkey = \"y\"\neffect = \"support\"\n"
    );
    assert!(one_problem(&only_one).contains("at least 2 [[stances]]"));
    for (key, want) in [
        ("q", "used by the chair's screen"),
        (" ", "used by the chair's screen"),
        ("?", "used by the chair's screen"),
        ("yy", "exactly one character"),
        ("", "exactly one character"),
    ] {
        let src = format!(
            "{MINIMAL}{}",
            STANCES.replace("key = \"n\"", &format!("key = \"{key}\""))
        );
        let p = one_problem(&src);
        assert!(p.contains(want), "key {key:?}: {p}");
        assert!(p.starts_with("a.toml:26:7:"), "{p}");
    }
    let dup_key = format!("{MINIMAL}{}", STANCES.replace("key = \"n\"", "key = \"y\""));
    assert!(one_problem(&dup_key).contains("duplicate key \"y\""));
    let dup_id = format!(
        "{MINIMAL}{}",
        STANCES.replace("id = \"no\"", "id = \"yes\"")
    );
    assert!(one_problem(&dup_id).contains("duplicate stance id \"yes\""));
    let bad_effect = format!("{MINIMAL}{}", STANCES.replace("\"block\"", "\"veto\""));
    assert!(one_problem(&bad_effect).contains("unknown effect \"veto\""));
    let no_effect = format!("{MINIMAL}{}", STANCES.replace("effect = \"block\"", ""));
    assert!(one_problem(&no_effect).contains("missing required field `effect`"));
    let no_label = format!("{MINIMAL}{}", STANCES.replace("label = \"No\"", ""));
    assert!(one_problem(&no_label).contains("missing required field `label`"));
    let int_key = format!("{MINIMAL}{}", STANCES.replace("key = \"n\"", "key = 6"));
    assert!(one_problem(&int_key).contains("one character in quotes"));
}

#[test]
fn syntax_errors_all_reported_with_position() {
    let p = problems("[meeting]\ntitle = \"T\"\ntitle = \"U\"\nvenue = \n");
    assert_eq!(p.len(), 2, "{p:#?}");
    assert!(
        p[0].starts_with("a.toml:3:1: duplicate key `title`"),
        "{}",
        p[0]
    );
    assert!(p[1].starts_with("a.toml:4:"), "{}", p[1]);
    assert!(p[1].contains("invalid TOML"));
}

#[test]
fn unicode_names_and_positions_in_characters() {
    let src = MINIMAL
        .replace("name = \"Fiji\"", "name = \"Sāmoa ʻOkina 日本\"")
        .replace("title = \"T\"", "title = \"Fono ʻa e Pule\" \nchair = 7");
    let p = one_problem(&src);
    assert!(p.starts_with("a.toml:4:9:"), "{p}");
    let ok = MINIMAL.replace("name = \"Fiji\"", "name = \"Sāmoa ʻOkina 日本\"");
    assert_eq!(
        parse(&ok, "x").unwrap().members[0].name,
        "Sāmoa ʻOkina 日本"
    );
}

#[test]
fn bytes_that_are_not_text() {
    let e = text_from_bytes(vec![], "a.toml").unwrap_err();
    assert!(e.to_string().starts_with("a.toml: is empty"));
    let e = text_from_bytes(b"ab\ncd\0ef".to_vec(), "a.toml").unwrap_err();
    assert_eq!(
        e.to_string(),
        "a.toml:2:3: is a binary file (it contains a NUL byte), not a TOML agenda"
    );
    let e = text_from_bytes(b"title = \"\xff\"".to_vec(), "a.toml").unwrap_err();
    assert!(
        e.to_string().starts_with("a.toml:1:10: is not valid UTF-8"),
        "{e}"
    );
}

#[test]
fn groups_in_first_appearance_order() {
    let a = parse(SAMPLE, "sample").unwrap();
    let groups = a.groups();
    assert_eq!(groups[0], Some("Melanesia"));
    assert_eq!(groups[1], Some("Micronesia"));
    assert!(a.members.iter().any(|m| !m.role.counts()));
    let options = a
        .item_index("network-options")
        .map(|i| a.items[i].options.len());
    assert_eq!(options, Some(4));
}

#[test]
fn no_panic_on_odd_inputs() {
    for src in [
        "",
        "=",
        "[[[",
        "\u{feff}",
        "members = 3\nitems = \"x\"\nstances = 1",
        "[meeting]\ntitle=\"x\"\n[[members]]\n[[items]]\n[[items.options]]",
        "a.b.c.d = 1",
        "[[meeting]]",
    ] {
        let _ = parse(src, "odd");
    }
}

mod format2;
mod round_trip;

/// Regression (issue 14): the default scale's labels are the program's
/// words, so a French document or screen shows them in French.
#[test]
fn default_scale_labels_follow_the_language() {
    let a = parse(MINIMAL, "a.toml").unwrap();
    let fr: Vec<String> = (0..5)
        .map(|i| a.stance_label(i, Language::Fr).unwrap().into_owned())
        .collect();
    assert_eq!(
        fr,
        [
            "Soutient",
            "Soutient avec réserves",
            "Ne fait pas obstacle",
            "Réserve sa position (consulte sa capitale)",
            "Ne peut se joindre au consensus",
        ]
    );
    assert_eq!(a.stance_label(5, Language::Fr), None);
}

/// The English default labels stay the ones the agenda model holds (what
/// JSON and CSV print), byte for byte.
#[test]
fn default_scale_english_labels_are_the_models() {
    let a = parse(MINIMAL, "a.toml").unwrap();
    for (i, s) in default_stances().iter().enumerate() {
        assert_eq!(a.stance_label(i, Language::En).unwrap(), s.label);
    }
}

/// An agenda's own scale is agenda content: printed as written in French.
#[test]
fn custom_scale_labels_stay_as_written() {
    let src = format!("{MINIMAL}{STANCES}").replace("\"Yes\"", "\"ʻIo, Sāmoa\"");
    let a = parse(&src, "a.toml").unwrap();
    assert_eq!(a.stance_label(0, Language::Fr).unwrap(), "ʻIo, Sāmoa");
    assert_eq!(a.stance_label(1, Language::Fr).unwrap(), "No");
}

/// The default scale is recognised only when every stance is the default's
/// (id, label, key and effect), in its order.
#[test]
fn uses_default_stances_only_for_the_default_scale_whole() {
    let mut a = parse(MINIMAL, "a.toml").unwrap();
    assert!(a.uses_default_stances());
    a.stances[4].label = "Objects".into();
    assert!(!a.uses_default_stances(), "a label of its own");
    a.stances = default_stances();
    a.stances.swap(0, 1);
    assert!(!a.uses_default_stances(), "another order");
    a.stances = default_stances();
    a.stances.pop();
    assert!(!a.uses_default_stances(), "fewer stances");
    a.stances = default_stances();
    a.stances[0].key = '9';
    assert!(!a.uses_default_stances(), "another key");
}
