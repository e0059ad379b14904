//! The workbook read back as the zip of XML parts it is.

use chrono::{TimeZone, Utc};

use super::*;
use crate::session::Session;
use cells::CELL_MAX;

const AGENDA: &str = r##"
[meeting]
title = "Fono"

[[members]]
id = "WS"
name = "Sāmoa"
name_fr = "Samoa (FR)"

[[members]]
id = "TO"
name = "Tonga ʻOkina"

[[members]]
id = "JP"
name = "日本"
role = "observer"

[[items]]
id = "one"
title = "First: item [draft]"

[[items.options]]
id = "a"
title = "Option A"

[[items.options]]
id = "b"
title = "Option B"
"##;

fn snapshot(dir: &tempfile::TempDir) -> Snapshot {
    let path = dir.path().join("m.talanoa");
    let t = |n| {
        Utc.timestamp_opt(1_723_190_000 + n, 0)
            .single()
            .unwrap_or_default()
    };
    let (mut s, _) = Session::open_or_create(&path, AGENDA, "m.toml", t(0)).unwrap();
    let pos = |m: &str, st: &str, text: &str| Change::Position {
        item: "one".into(),
        option: "a".into(),
        member: m.into(),
        stance: Some(st.into()),
        statement: Some(text.into()),
    };
    for (n, c) in [
        pos("WS", "support", "=HYPERLINK(\"http://x\",\"click\")"),
        pos("TO", "reservations", "\t=1+1"),
        pos("JP", "support", "@SUM(A1:A2)"),
    ]
    .into_iter()
    .enumerate()
    {
        s.apply(c, "Secretariat", t(n as i64 + 1)).unwrap();
    }
    crate::session::read(&path).unwrap()
}

fn parts(bytes: &[u8]) -> Vec<(String, String)> {
    crate::package::parts(bytes).expect("a readable package")
}

fn part<'a>(parts: &'a [(String, String)], name: &str) -> &'a str {
    parts
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, s)| s.as_str())
        .unwrap_or_else(|| panic!("no part {name}"))
}

fn names(snap: &Snapshot, attribution: Attribution) -> Names {
    Names::new(
        &snap.agenda,
        &crate::session::sha256_hex(&snap.agenda_text),
        attribution,
    )
}

/// Book of the session, UTC, attributed or not, in a language.
fn book(snap: &Snapshot, attribution: Attribution, lang: Language) -> Vec<u8> {
    let zone = MeetingZone::named(chrono_tz::UTC);
    xlsx(snap, &names(snap, attribution), &zone, lang).unwrap()
}

#[test]
fn cells_that_look_like_formulas_stay_text() {
    let dir = tempfile::tempdir().unwrap();
    let bytes = book(&snapshot(&dir), Attribution::Attributed, Language::En);
    let parts = parts(&bytes);
    let shared = part(&parts, "xl/sharedStrings.xml");
    assert!(
        shared.contains("=HYPERLINK(\"http://x\",\"click\")"),
        "{shared}"
    );
    assert!(shared.contains("@SUM(A1:A2)"));
    for (name, xml) in parts
        .iter()
        .filter(|(n, _)| n.starts_with("xl/worksheets/"))
    {
        assert!(
            !xml.contains("<f>") && !xml.contains("<f "),
            "{name} holds a formula"
        );
    }
}

#[test]
fn one_sheet_per_item_with_frozen_headers() {
    let dir = tempfile::tempdir().unwrap();
    let bytes = book(&snapshot(&dir), Attribution::Attributed, Language::En);
    let parts = parts(&bytes);
    let book = part(&parts, "xl/workbook.xml");
    for name in ["All positions", "1 First  item  draft", "Change history"] {
        assert!(
            book.contains(&format!("name=\"{name}\"")),
            "{name} in {book}"
        );
    }
    for n in 1..=3 {
        let sheet = part(&parts, &format!("xl/worksheets/sheet{n}.xml"));
        assert!(
            sheet.contains("ySplit=\"1\""),
            "sheet {n} header not frozen"
        );
    }
    let shared = part(&parts, "xl/sharedStrings.xml");
    for word in [
        "Sāmoa",
        "Tonga ʻOkina",
        "日本",
        "Supports with reservations",
        "pending",
    ] {
        assert!(shared.contains(word), "{word}");
    }
}

#[test]
fn times_are_dates_in_the_zone_given() {
    let dir = tempfile::tempdir().unwrap();
    let snap = snapshot(&dir);
    let fiji = MeetingZone::named(chrono_tz::Pacific::Fiji);
    let names = names(&snap, Attribution::Attributed);
    let parts = parts(&xlsx(&snap, &names, &fiji, Language::En).unwrap());
    let styles = part(&parts, "xl/styles.xml");
    assert!(styles.contains("yyyy-mm-dd hh:mm:ss"));
    // 2024-08-09 07:53:21 UTC + 12 h = 2024-08-09 19:53:21, serial 45513.8287...
    let sheet = part(&parts, "xl/worksheets/sheet1.xml");
    assert!(sheet.contains("<v>45513.828"), "{sheet}");
}

#[test]
fn pseudonyms_replace_names_everywhere() {
    let dir = tempfile::tempdir().unwrap();
    let snap = snapshot(&dir);
    let parts = parts(&book(&snap, Attribution::ChathamHouse, Language::En));
    let all: String = parts.iter().map(|(_, s)| s.as_str()).collect();
    for name in ["Sāmoa", "Tonga", "日本", ">WS<", ">TO<", ">JP<"] {
        assert!(!all.contains(name), "{name} leaked");
    }
    assert!(all.contains("Member 2") && all.contains("Observer 1"));
    assert!(all.contains("Chatham House Rule"));
}

#[test]
fn the_file_states_its_record_and_is_reproducible() {
    let dir = tempfile::tempdir().unwrap();
    let snap = snapshot(&dir);
    let bytes = book(&snap, Attribution::Attributed, Language::En);
    let shared = part(&parts(&bytes), "xl/sharedStrings.xml").to_string();
    assert!(
        shared.contains(&crate::verify::Stamp::of(&snap).line()),
        "{shared}"
    );
    std::thread::sleep(std::time::Duration::from_millis(1100));
    assert!(
        bytes == book(&snap, Attribution::Attributed, Language::En),
        "same record, same bytes"
    );
}

#[test]
fn french_sheets_and_headers() {
    let dir = tempfile::tempdir().unwrap();
    let parts = parts(&book(
        &snapshot(&dir),
        Attribution::Attributed,
        Language::Fr,
    ));
    let book = part(&parts, "xl/workbook.xml");
    assert!(book.contains("Toutes les positions"), "{book}");
    assert!(part(&parts, "xl/sharedStrings.xml").contains("Libellé de la position"));
}

const CUT: &str = " [cut]";

#[test]
fn sheet_names_fit_excel_rules() {
    assert_eq!(
        sheet_name(2, "Options: a/b [draft]"),
        "2 Options  a b  draft"
    );
    let long = sheet_name(12, &"Pacific Region Cooperation ".repeat(3));
    assert!(long.chars().count() <= 31, "{long}");
    assert!(long.starts_with("12 Pacific"));
    assert_eq!(sheet_name(1, "Sāmoa ʻokina 日本"), "1 Sāmoa ʻokina 日本");
}

#[test]
fn long_text_is_cut_and_marked() {
    let s = "ā".repeat(CELL_MAX + 5);
    let out = fit(&s, CUT);
    assert_eq!(out.chars().count(), CELL_MAX);
    assert!(out.ends_with(CUT));
    assert!(matches!(fit("short", CUT), std::borrow::Cow::Borrowed(_)));
}

/// Regression (issue 14): a French workbook names delegations by their
/// French names and says roles, options' statuses and the default scale's
/// labels in French.
#[test]
fn french_names_roles_and_stance_labels() {
    let dir = tempfile::tempdir().unwrap();
    let snap = snapshot(&dir);
    let fr = parts(&book(&snap, Attribution::Attributed, Language::Fr));
    let shared = part(&fr, "xl/sharedStrings.xml");
    for word in [
        "Samoa (FR)",
        "membre",
        "observateur",
        "Soutient avec réserves",
        "consensus avec réserves",
        "en attente",
    ] {
        assert!(shared.contains(&format!(">{word}<")), "{word}: {shared}");
    }
    for word in [
        ">Sāmoa<",
        ">member<",
        ">observer<",
        ">Supports<",
        ">pending<",
    ] {
        assert!(!shared.contains(word), "{word}: {shared}");
    }
    let en = parts(&book(&snap, Attribution::Attributed, Language::En));
    let shared = part(&en, "xl/sharedStrings.xml");
    for word in [">Sāmoa<", ">member<", ">observer<", ">Supports<"] {
        assert!(shared.contains(word), "{word}: {shared}");
    }
}

/// The French role words are the minutes' own nouns.
#[test]
fn french_role_words_are_the_minutes_nouns() {
    for role in crate::consensus::Role::ALL {
        let minutes = crate::minutes::wording::role_nouns(Language::Fr, role).0;
        assert_eq!(cells::role_word(Language::Fr, role), minutes);
        assert_eq!(cells::role_word(Language::En, role), role.as_str());
    }
}
