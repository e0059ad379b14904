//! Minutes built from real sessions: structure checked by parsing the
//! Markdown (pulldown-cmark) and the HTML (scraper).

use chrono::{TimeZone, Utc};
use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use super::*;
use crate::agenda::Attribution;
use crate::agenda::Language;
use crate::session::{Change, Session, Snapshot};

mod outcomes;
mod regressions;

pub(super) const AGENDA: &str = r##"
format = 2

[meeting]
title = "Fono ʻo e Pasifiki"
body = "Forum Officials"
date = 2024-08-09
venue = "Apia, Sāmoa"
chair = "Sāmoa"
secretary = "Forum Secretariat"
rule = "consensus-minus-one"
opening = "Opening prayer.\n\nWelcome."
timezone = "Pacific/Apia"
reference = "PIFS(24)FOC.7"
opening_prayer = "Tonga ʻOkina"
closing_prayer = "Marshall Islands"
closing = "The next meeting will be held in Majuro."

[[members]]
id = "WS"
name = "Sāmoa"
group = "Polynesia"
aliases = ["Samoa", "Western Samoa"]

[[members]]
id = "TO"
name = "Tonga ʻOkina"
group = "Polynesia"

[[members]]
id = "MH"
name = "Marshall Islands"
name_in_text = "the Marshall Islands"
group = "Micronesia"

[[members]]
id = "NR"
name = "Nauru"
group = "Micronesia"

[[members]]
id = "JP"
name = "日本"
group = "Partners"
role = "observer"

[[members]]
id = "KR"
name = "Republic of Korea"
name_in_text = "the Republic of Korea"
aliases = ["Korea"]
role = "dialogue-partner"

[[members]]
id = "SPC"
name = "Pacific Community"
name_in_text = "the Pacific Community"
aliases = ["SPC"]
role = "agency"

[[items]]
id = "one"
title = "First | item"
background = "# looks like a heading\n- looks like a list"
questions = ["Is it relevant?"]

[[items.options]]
id = "a"
title = "Option A"
summary = "1. not a list"

[[items.options]]
id = "b"
title = "Option B"

[[items]]
id = "two"
title = "Second item"

[[items.options]]
id = "c"
title = "Option C"

[[stances]]
id = "yes"
label = "Agrees"
key = "y"
effect = "support"

[[stances]]
id = "concerns"
label = "Agrees with concerns"
key = "c"
effect = "reservation"

[[stances]]
id = "capital"
label = "Awaiting capital"
key = "w"
effect = "pending"

[[stances]]
id = "no"
label = "Cannot agree"
key = "n"
effect = "block"
"##;

pub(super) fn session() -> (tempfile::TempDir, Snapshot) {
    session_with(Vec::new())
}

/// The test session, then `extra` changes.
pub(super) fn session_with(extra: Vec<Change>) -> (tempfile::TempDir, Snapshot) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("m.talanoa");
    let t = |n| {
        Utc.timestamp_opt(1_723_190_000 + n, 0)
            .single()
            .unwrap_or_default()
    };
    let (mut s, _) = Session::open_or_create(&path, AGENDA, "m.toml", t(0)).unwrap();
    let pos = |i: &str, o: &str, m: &str, st: &str, text: Option<&str>| Change::Position {
        item: i.into(),
        option: o.into(),
        member: m.into(),
        stance: Some(st.into()),
        statement: text.map(String::from),
    };
    let changes = vec![
        pos(
            "one",
            "a",
            "TO",
            "concerns",
            Some(
                "Tonga ʻOkina speaks first.\nSecond line | with pipe\n= equals\n<script>alert(1)</script>",
            ),
        ),
        pos("one", "a", "WS", "yes", Some("Sāmoa agrees.")),
        pos("one", "a", "MH", "no", None),
        pos("one", "a", "JP", "no", Some("日本 offers training.")),
        pos(
            "one",
            "a",
            "KR",
            "yes",
            Some("korea and western samoa will co-host; the pacific community agrees"),
        ),
        Change::Attendance {
            member: "NR".into(),
            present: false,
        },
        pos("one", "b", "WS", "no", None),
        pos("one", "b", "MH", "no", None),
        pos("two", "c", "WS", "capital", None),
        Change::Outcome {
            item: "one".into(),
            text: "agreed to Option A".into(),
            option: Some("a".into()),
            despite_status: false,
        },
        Change::Action {
            item: "one".into(),
            text: "Draft | terms".into(),
            owner: Some("Secretariat".into()),
            due: chrono::NaiveDate::from_ymd_opt(2024, 10, 31),
        },
    ];
    for (n, c) in changes.into_iter().chain(extra).enumerate() {
        s.apply(c, "Secretariat", t(n as i64 + 1)).unwrap();
    }
    let snap = s.snapshot().clone();
    (dir, snap)
}

fn headings(md: &str) -> Vec<(HeadingLevel, String)> {
    let mut out = Vec::new();
    let mut current: Option<(HeadingLevel, String)> = None;
    for ev in Parser::new_ext(md, Options::ENABLE_TABLES) {
        match ev {
            Event::Start(Tag::Heading { level, .. }) => current = Some((level, String::new())),
            Event::Text(t) | Event::Code(t) => {
                if let Some((_, s)) = current.as_mut() {
                    s.push_str(&t);
                }
            }
            Event::End(TagEnd::Heading(_)) => out.extend(current.take()),
            _ => {}
        }
    }
    out
}

fn count(md: &str, wanted: fn(&Event) -> bool) -> usize {
    Parser::new_ext(md, Options::ENABLE_TABLES)
        .filter(|e| wanted(e))
        .count()
}

#[test]
fn markdown_sections_in_order_and_user_text_cannot_break_structure() {
    let (_d, snap) = session();
    let md = markdown(
        &snap,
        Document::Record,
        Attribution::Attributed,
        Language::En,
    );
    let h: Vec<String> = headings(&md)
        .into_iter()
        .map(|(l, t)| format!("{l:?} {t}"))
        .collect();
    let want = [
        "H1 Fono ʻo e Pasifiki",
        "H2 Opening",
        "H2 Attendance",
        "H2 1. First | item",
        "H3 The talanoa",
        "H3 1.1 Option A",
        "H3 1.2 Option B",
        "H3 Outcome",
        "H3 Actions arising",
        "H2 2. Second item",
        "H3 The talanoa",
        "H3 2.1 Option C",
        "H3 Outcome",
        "H2 Summary of decisions",
        "H2 Action register",
        "H2 Closing",
    ];
    assert_eq!(h, want, "{md}");
    // tables: one per option with positions, plus the action register
    assert_eq!(count(&md, |e| matches!(e, Event::Start(Tag::Table(_)))), 4);
    // no list came from the background or summary; the only lists are ours
    assert_eq!(
        count(&md, |e| matches!(e, Event::Start(Tag::List(_)))),
        5,
        "{md}"
    );
    assert_eq!(
        count(&md, |e| matches!(e, Event::Html(_) | Event::InlineHtml(_))),
        0,
        "no HTML from user text"
    );
    assert!(
        md.contains("> Tonga ʻOkina speaks first.\\\n> Second line \\| with pipe\\\n> \\= equals")
    );
}

#[test]
fn attributed_sentences_follow_status() {
    let (_d, snap) = session();
    let md = markdown(
        &snap,
        Document::Record,
        Attribution::Attributed,
        Language::En,
    );
    assert!(md.contains("The meeting reached consensus on Option A under the consensus-minus-one rule; the Marshall Islands could not join consensus. Tonga ʻOkina joined consensus with a reservation."), "{md}");
    assert!(md.contains("Consensus was not reached on Option B: the Marshall Islands and Sāmoa could not join consensus."));
    assert!(md.contains("No decision was reached on Option C: two members have not yet been heard; Sāmoa awaits instructions from capital."));
    assert!(
        md.contains("The Meeting: agreed to Option A. Option adopted: Option A."),
        "{md}"
    );
    assert!(!md.contains("The meeting:"));
    assert!(md.contains("- **Apologies:** Nauru"));
    assert!(md.contains("- **Dialogue partners:** Republic of Korea"));
    assert!(md.contains("- **Agencies:** Pacific Community"));
    assert!(md.contains("| Cannot agree (observers) | 日本 |"));
    assert!(md.contains("| Agrees (dialogue partners) | Republic of Korea |"));
    assert!(md.contains("**日本 (observer)**, on *Option A*:"));
    assert!(
        md.contains("| 1 | Draft \\| terms | Secretariat | 31 October 2024 | 1. First \\| item |")
    );
    assert!(md.contains("- **Date:** 9 August 2024"));
    assert!(md.contains("Decisions by consensus minus one."));
    assert!(md.contains("The last change was recorded on 9 August 2024, 20:53 +13:00 (Pacific/Apia), and the record holds 11 changes."), "{md}");
    assert!(md.contains("- **Reference:** PIFS(24)FOC.7"));
    let talanoa_order: Vec<usize> = ["Tonga ʻOkina speaks first", "Sāmoa agrees", "日本 offers"]
        .iter()
        .map(|s| md.find(s).unwrap_or(usize::MAX))
        .collect();
    assert!(
        talanoa_order.windows(2).all(|w| w[0] < w[1]),
        "voices in the order heard"
    );
}

#[test]
fn chatham_house_names_nobody_after_the_heading() {
    let (_d, snap) = session();
    let md = markdown(
        &snap,
        Document::Record,
        Attribution::ChathamHouse,
        Language::En,
    );
    let after = md.split_once("## Opening").map(|x| x.1).unwrap_or("");
    for name in [
        "Sāmoa",
        "Samoa",
        "samoa",
        "Tonga",
        "Marshall",
        "Nauru",
        "日本",
        "Korea",
        "korea",
        "Pacific Community",
        "pacific community",
    ] {
        let hits: Vec<&str> = after.lines().filter(|l| l.contains(name)).collect();
        assert!(
            hits.is_empty(),
            "{name} named in Chatham House minutes: {hits:?}"
        );
    }
    assert!(
        md.contains("- **Chair:** Sāmoa"),
        "the heading keeps the chair"
    );
    assert!(md.contains("One member joined consensus with a reservation"));
    assert!(md.contains("one member could not join consensus"));
    assert!(md.contains("two members could not join consensus"));
    assert!(md.contains("**An observer**, on *Option A*:"));
    assert!(md.contains("**One member**, on *Option A*:"));
    assert!(
        md.contains("> \\[a member\\] agrees."),
        "names inside statements are redacted too"
    );
    assert!(md.contains("> \\[an observer\\] offers training."));
    assert!(
        md.contains("The last change was recorded on 9 August 2024, 20:53 +13:00, and"),
        "no zone name, which may name a delegation: {md}"
    );
    assert!(md.contains("- **Members present:** three"));
    assert!(md.contains("- **Apologies:** one"));
    assert!(md.contains("- **Dialogue partners present:** one"));
    assert!(md.contains("| Cannot agree (observers) | an observer |"));
    assert!(md.contains("| Agrees (dialogue partners) | a dialogue partner |"));
    assert!(
        md.contains(
            "> \\[a dialogue partner\\] and \\[a member\\] will co-host; \\[an agency\\] agrees"
        ),
        "aliases, lower case, no macron, with an article: {md}"
    );
}

#[test]
fn html_is_escaped_self_contained_and_charted() {
    let (_d, snap) = session();
    let page = html(
        &snap,
        Document::Record,
        Attribution::Attributed,
        Language::En,
    );
    let doc = scraper::Html::parse_document(&page);
    let sel = |s: &str| scraper::Selector::parse(s).unwrap();
    assert_eq!(
        doc.select(&sel("script")).count(),
        0,
        "no script, even from a statement"
    );
    assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(
        !page.contains("http://")
            || page.matches("http://").count()
                == page.matches("xmlns=\"http://www.w3.org/2000/svg\"").count()
    );
    assert_eq!(
        doc.select(&sel("link, img, iframe")).count(),
        0,
        "nothing fetched"
    );
    assert_eq!(doc.select(&sel("svg.bar")).count(), 3, "one bar per option");
    assert_eq!(doc.select(&sel("section.item")).count(), 2);
    let h2: Vec<String> = doc.select(&sel("h2")).map(|e| e.text().collect()).collect();
    assert_eq!(
        h2,
        [
            "Opening",
            "Attendance",
            "1. First | item",
            "2. Second item",
            "Summary of decisions",
            "Action register",
            "Closing"
        ]
    );
    let quote: String = doc
        .select(&sel("blockquote"))
        .next()
        .map(|e| e.text().collect())
        .unwrap_or_default();
    assert!(
        quote.starts_with("Tonga ʻOkina speaks first.Second line | with pipe"),
        "{quote}"
    );
    assert!(page.contains("@page { size: A4"));
    assert!(page.contains("break-inside: avoid"));
}

#[test]
fn byte_identical_every_time() {
    let (_d, snap) = session();
    for a in [Attribution::Attributed, Attribution::ChathamHouse] {
        for d in Document::ALL {
            assert_eq!(
                markdown(&snap, d, a, Language::En),
                markdown(&snap, d, a, Language::En)
            );
            assert_eq!(
                html(&snap, d, a, Language::En),
                html(&snap, d, a, Language::En)
            );
        }
    }
}

#[test]
fn empty_session_reads_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let (s, _) = Session::open_or_create(
        &dir.path().join("e.talanoa"),
        crate::agenda::SAMPLE,
        "sample",
        Utc::now(),
    )
    .unwrap();
    let md = markdown(
        s.snapshot(),
        Document::Record,
        Attribution::Attributed,
        Language::En,
    );
    assert!(md.contains("No change had been recorded when they were produced."));
    assert!(md.contains("No outcome was recorded for this item."));
    assert!(md.contains("No actions were recorded."));
}
