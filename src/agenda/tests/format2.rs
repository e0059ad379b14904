//! Format 2: the new meeting, member and item fields, their defaults, and
//! the message for each bad value, at its line and column.

use super::super::*;
use super::{MINIMAL, one_problem, problems, with};
use crate::consensus::Role;
use chrono_tz::Tz;

const FULL: &str = r#"format = 2

[meeting]
title = "Forum Officials Subcommittee"
reference = "PIFS(24)FSRS.1"
timezone = "Pacific/Fiji"
language = "fr"
opening_prayer = "Tonga"
closing_prayer = "Tuvalu"
closing = "Thanks to Fiji."
speaking_limit = "3:00"

[[members]]
id = "FM"
name = "Federated States of Micronesia"
name_in_text = "the Federated States of Micronesia"
name_fr = "États fédérés de Micronésie"
name_in_text_fr = "les États fédérés de Micronésie"

[[members]]
id = "WS"
name = "Sāmoa"
aliases = ["Samoa", "SAMOA"]

[[members]]
id = "TK"
name = "Tokelau"
role = "associate-member"

[[members]]
id = "JP"
name = "日本"
role = "dialogue-partner"

[[members]]
id = "SPC"
name = "Pacific Community"
name_in_text = "the Pacific Community"
role = "agency"

[[items]]
id = "agenda"
title = "Adoption of the agenda"
kind = "adoption-of-agenda"

[[items.options]]
id = "adopt"
title = "Adopt the agenda"

[[items]]
id = "network"
title = "Network"
speaking_limit = "5:00"

[[items.options]]
id = "a"
title = "Option A"

[[items]]
id = "aob"
title = "Other business"
kind = "other-business"

[[items.options]]
id = "note"
title = "Note"
"#;

#[test]
fn format_two_fields_are_read() {
    let a = parse(FULL, "a.toml").unwrap();
    assert_eq!(a.format, 2);
    let m = &a.meeting;
    assert_eq!(m.reference.as_deref(), Some("PIFS(24)FSRS.1"));
    assert_eq!(m.timezone, Some(Tz::Pacific__Fiji));
    assert_eq!(m.language, Some(Language::Fr));
    assert_eq!(m.opening_prayer.as_deref(), Some("Tonga"));
    assert_eq!(m.closing_prayer.as_deref(), Some("Tuvalu"));
    assert_eq!(m.closing.as_deref(), Some("Thanks to Fiji."));
    assert_eq!(m.speaking_limit, Some(180));
    let roles: Vec<Role> = a.members.iter().map(|m| m.role).collect();
    assert_eq!(
        roles,
        [
            Role::Member,
            Role::Member,
            Role::AssociateMember,
            Role::DialoguePartner,
            Role::Agency
        ]
    );
    assert_eq!(a.members[1].aliases, ["Samoa", "SAMOA"]);
    assert_eq!(a.items[0].kind, Some(ItemKind::AdoptionOfAgenda));
    assert_eq!(a.items[1].kind, None);
    assert_eq!(a.items[2].kind, Some(ItemKind::OtherBusiness));
    assert_eq!(a.speaking_limit(0), Some(180));
    assert_eq!(a.speaking_limit(1), Some(300));
    assert_eq!(a.speaking_limit(9), Some(180));
}

#[test]
fn names_in_text_and_in_french_fall_back_in_order() {
    let a = parse(FULL, "a.toml").unwrap();
    let fm = &a.members[0];
    assert_eq!(fm.in_text(), "the Federated States of Micronesia");
    assert_eq!(fm.name_in(Language::Fr), "États fédérés de Micronésie");
    assert_eq!(
        fm.in_text_in(Language::Fr),
        "les États fédérés de Micronésie"
    );
    let ws = &a.members[1];
    assert_eq!(ws.in_text(), "Sāmoa");
    assert_eq!(ws.name_in(Language::Fr), "Sāmoa");
    assert_eq!(ws.in_text_in(Language::Fr), "Sāmoa");
    assert_eq!(ws.spellings(), ["Sāmoa", "Samoa", "SAMOA"]);
    let spc = &a.members[4];
    assert_eq!(spc.in_text_in(Language::En), "the Pacific Community");
    // no French name: the English sentence form stands
    assert_eq!(spc.in_text_in(Language::Fr), "the Pacific Community");
    assert_eq!(
        fm.spellings(),
        [
            "Federated States of Micronesia",
            "the Federated States of Micronesia",
            "États fédérés de Micronésie",
            "les États fédérés de Micronésie"
        ]
    );
}

#[test]
fn format_one_files_get_format_two_defaults() {
    let a = parse(&format!("format = 1\n{MINIMAL}"), "a.toml").unwrap();
    assert_eq!(a.format, 1);
    assert_eq!(a.meeting.timezone, None);
    assert_eq!(a.meeting.language(), Language::En);
    assert_eq!(a.meeting.language, None);
    assert_eq!(a.meeting.speaking_limit, None);
    assert_eq!(a.members[0].in_text(), "Fiji");
    assert!(a.members[0].aliases.is_empty());
    assert_eq!(a.items[0].kind, None);
    assert_eq!(a.speaking_limit(0), None);
    assert_eq!(parse(MINIMAL, "a.toml").unwrap().format, 1);
}

#[test]
fn format_three_is_refused_alone() {
    let p = one_problem(&format!("format = 3\nbogus = 1\n{MINIMAL}"));
    assert!(p.starts_with("a.toml:1:10: format 3 is newer"), "{p}");
    assert!(p.contains("upgrade talanoa"), "{p}");
    assert!(problems(&format!("format = 2\n{MINIMAL}")).is_empty());
}

#[test]
fn unknown_timezone_is_refused_at_its_place_with_a_suggestion() {
    let p = one_problem(&with("title = \"T\"", "timezone = \"Pacific/Fijj\""));
    assert!(
        p.starts_with("a.toml:4:12: unknown time zone \"Pacific/Fijj\" in [meeting]"),
        "{p}"
    );
    assert!(p.contains("IANA"), "{p}");
    let p = one_problem(&with("title = \"T\"", "timezone = \"pacific/fiji\""));
    assert!(p.contains("did you mean \"Pacific/Fiji\"?"), "{p}");
    let p = one_problem(&with("title = \"T\"", "timezone = \"Fiji\""));
    assert!(p.contains("did you mean \"Pacific/Fiji\"?"), "{p}");
    let p = one_problem(&with("title = \"T\"", "timezone = 12"));
    assert!(
        p.contains("`timezone` in [meeting] must be a string"),
        "{p}"
    );
}

#[test]
fn bad_words_and_limits_are_refused_at_their_place() {
    let p = one_problem(&with("title = \"T\"", "language = \"de\""));
    assert!(
        p.starts_with(
            "a.toml:4:12: unknown language \"de\" in [meeting]; use one of: \"en\", \"fr\""
        ),
        "{p}"
    );
    let p = one_problem(&with("title = \"T\"", "speaking_limit = \"3\""));
    assert!(
        p.starts_with("a.toml:4:18: `speaking_limit` \"3\" in [meeting] is not a speaking limit"),
        "{p}"
    );
    assert!(p.contains("\"3:00\""), "{p}");
    let p = one_problem(&with("title = \"Item one\"", "speaking_limit = \"2:75\""));
    assert!(p.contains("in [[items]] #1 is not a speaking limit"), "{p}");
    let p = one_problem(&with("title = \"Item one\"", "kind = \"closing\""));
    assert!(
        p.contains("unknown kind \"closing\" in [[items]] #1; use one of: \"adoption-of-agenda\", \"other-business\""),
        "{p}"
    );
    let p = one_problem(&with("name = \"Fiji\"", "role = \"partner\""));
    assert!(
        p.contains("\"associate-member\", \"dialogue-partner\", \"agency\""),
        "{p}"
    );
}

#[test]
fn aliases_must_be_strings_not_blank_not_repeated() {
    let p = one_problem(&with("name = \"Fiji\"", "aliases = \"Viti\""));
    assert!(
        p.contains("`aliases` in [[members]] #1 must be an array of strings"),
        "{p}"
    );
    let p = one_problem(&with("name = \"Fiji\"", "aliases = [\"Viti\", \" \"]"));
    assert!(p.contains("has a blank entry"), "{p}");
    let p = one_problem(&with("name = \"Fiji\"", "aliases = [\"Viti\", \"Viti\"]"));
    assert!(p.contains("lists \"Viti\" twice"), "{p}");
    let p = one_problem(&with("name = \"Fiji\"", "aliases = [\"Viti\", 3]"));
    assert!(p.contains("every entry of `aliases`"), "{p}");
}

#[test]
fn unknown_fields_list_the_format_two_names() {
    let p = one_problem(&with("name = \"Fiji\"", "name_in_txt = \"x\""));
    assert!(
        p.contains("name_in_text, aliases, name_fr, name_in_text_fr"),
        "{p}"
    );
    let p = one_problem(&with("title = \"T\"", "timezon = \"UTC\""));
    assert!(p.contains("timezone"), "{p}");
}
