//! The Outcomes document on a real session: each rule of the contract
//! checked on the produced text, Markdown parsed with pulldown-cmark and
//! HTML with scraper.

use crate::agenda::Language;
use pulldown_cmark::{Event, Parser, Tag, TagEnd};

use super::{session, session_with};
use crate::agenda::Attribution;
use crate::minutes::{Document, html, markdown};
use crate::session::Change;

const A: Attribution = Attribution::Attributed;
const C: Attribution = Attribution::ChathamHouse;

/// The text of each top-level paragraph or list item, as a reader sees it.
pub(super) fn md_paragraphs(md: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    for ev in Parser::new(md) {
        match ev {
            Event::Text(t) | Event::Code(t) => current.push_str(&t),
            Event::SoftBreak | Event::HardBreak => current.push(' '),
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item)
                if !current.is_empty() =>
            {
                out.push(std::mem::take(&mut current));
            }
            _ => {}
        }
    }
    out
}

pub(super) fn html_paragraphs(page: &str) -> Vec<String> {
    let doc = scraper::Html::parse_document(page);
    let sel = scraper::Selector::parse("body h1, body h2, body p").unwrap();
    doc.select(&sel)
        .map(|e| e.text().collect::<String>())
        .collect()
}

#[test]
fn heading_block_then_continuous_numbered_paragraphs() {
    let (_d, snap) = session();
    let md = markdown(&snap, Document::Outcomes, A, Language::En);
    let p = md_paragraphs(&md);
    assert_eq!(
        &p[..6],
        [
            "PIFS(24)FOC.7",
            "Forum Officials",
            "Fono ʻo e Pasifiki",
            "Apia, Sāmoa, 9 August 2024",
            "OUTCOMES",
            "Draft"
        ]
    );
    // Numbered from 1 with no gap through the whole document, across the
    // item headings (each paragraph is its own list item starting at n).
    let mut numbers = Vec::new();
    for ev in Parser::new(&md) {
        if let Event::Start(Tag::List(Some(n))) = ev {
            numbers.push(n);
        }
    }
    let mut items = 0;
    for line in md.lines() {
        if let Some((n, _)) = line.split_once(". ")
            && let Ok(n) = n.parse::<u64>()
        {
            items += 1;
            assert_eq!(n, items, "paragraph {n} out of order in {md}");
        }
    }
    assert!(items > 10, "{md}");
    assert_eq!(numbers.first(), Some(&1));
    assert_eq!(
        md.matches("\n## Agenda item ").count(),
        2,
        "one heading per item"
    );
    assert!(md.contains("## Agenda item 1: First \\| item\n"));
}

#[test]
fn attributed_outcomes_read_as_a_forum_record() {
    let (_d, snap) = session();
    let md = markdown(&snap, Document::Outcomes, A, Language::En);
    let text = md_paragraphs(&md).join("\n");
    for want in [
        "The Forum Officials met in Apia, Sāmoa, on 9 August 2024, chaired by Sāmoa, supported by the Forum Secretariat as secretariat.",
        "The meeting was attended by the Marshall Islands, Sāmoa and Tonga ʻOkina. Nauru conveyed apologies.",
        "The Republic of Korea attended as a Forum Dialogue Partner. 日本 attended as an Observer. The Pacific Community attended as an Agency.",
        "The meeting opened with a prayer led by Tonga ʻOkina.",
        "Opening prayer.",
        "Welcome.",
        "The Meeting adopted the agenda.",
        "The Chair introduced the item and the two options before the Meeting: Option A and Option B.",
        "The Meeting:",
        "(i) agreed to Option A;",
        "(ii) agreed to Option A under the consensus-minus-one rule, the Marshall Islands not being in a position to join consensus (Tonga ʻOkina joined consensus with a reservation);",
        "(iii) was not in a position to reach consensus on Option B (the Marshall Islands and Sāmoa could not join consensus); and",
        "(iv) tasked the Secretariat to draft | terms by 31 October 2024.",
        "(i) agreed to revert to Option C after consultation with capitals (two members have not yet been heard; Sāmoa awaits instructions from capital).",
        "There was no other business.",
        "The Chair thanked members, dialogue partners, observers and agencies for their participation.",
        "The next meeting will be held in Majuro.",
        "The meeting closed with a prayer led by the Marshall Islands.",
    ] {
        assert!(text.contains(want), "missing {want:?} in\n{text}");
    }
    // No quotes, tables or charts: those are the Summary record's.
    for ev in Parser::new_ext(&md, pulldown_cmark::Options::ENABLE_TABLES) {
        assert!(
            !matches!(ev, Event::Start(Tag::BlockQuote(_) | Tag::Table(_))),
            "{md}"
        );
    }
    assert!(!md.contains("speaks first"), "no statement is quoted");
    let page = html(&snap, Document::Outcomes, A, Language::En);
    let doc = scraper::Html::parse_document(&page);
    let sel = |s: &str| scraper::Selector::parse(s).unwrap();
    assert_eq!(
        doc.select(&sel("blockquote, table, svg, script")).count(),
        0
    );
    for w in ["object", "vote", "abstain", "veto"] {
        assert!(!text.to_lowercase().contains(w), "{w}");
    }
}

#[test]
fn markdown_and_html_say_the_same_in_both_modes() {
    let (_d, snap) = session();
    for a in [A, C] {
        let md = md_paragraphs(&markdown(&snap, Document::Outcomes, a, Language::En));
        let page = html_paragraphs(&html(&snap, Document::Outcomes, a, Language::En));
        let md: Vec<String> = md
            .iter()
            .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
            .collect();
        // The Markdown list numbers are markup; the HTML writes them out.
        let page: Vec<String> = page
            .iter()
            .map(|p| {
                let p = p.split_whitespace().collect::<Vec<_>>().join(" ");
                match p.split_once(". ") {
                    Some((n, rest)) if n.parse::<u32>().is_ok() => rest.to_string(),
                    _ => p,
                }
            })
            .collect();
        assert_eq!(md, page, "{a:?}");
    }
}

#[test]
fn chatham_house_outcomes_count_and_name_nobody() {
    let (_d, snap) = session();
    let md = markdown(&snap, Document::Outcomes, C, Language::En);
    let text = md_paragraphs(&md);
    assert_eq!(text[6], "Held under the Chatham House Rule.");
    let after = text[7..].join("\n");
    for name in [
        "Sāmoa",
        "Samoa",
        "Tonga",
        "Marshall",
        "Nauru",
        "日本",
        "Korea",
        "Pacific Community",
        "SPC",
    ] {
        assert!(!after.contains(name), "{name} in\n{after}");
    }
    for want in [
        "The Forum Officials met on 9 August 2024, supported by the Forum Secretariat as secretariat.",
        "Three members attended; one conveyed apologies.",
        "One dialogue partner, one observer and one agency also attended.",
        "The meeting opened with a prayer.",
        "(ii) agreed to Option A under the consensus-minus-one rule, one member not being in a position to join consensus (one member joined consensus with a reservation);",
        "(iii) was not in a position to reach consensus on Option B (two members could not join consensus); and",
        "The meeting closed with a prayer.",
    ] {
        assert!(after.contains(want), "missing {want:?} in\n{after}");
    }
}

#[test]
fn an_option_adopted_despite_its_status_is_said_plainly() {
    let (_d, snap) = session_with(vec![Change::Outcome {
        item: "two".into(),
        text: "Endorsed Option C.".into(),
        option: Some("c".into()),
        despite_status: true,
    }]);
    for a in [A, C] {
        let text = md_paragraphs(&markdown(&snap, Document::Outcomes, a, Language::En)).join("\n");
        assert!(text.contains("(i) endorsed Option C;"), "{text}");
        assert!(
            text.contains("(ii) noted that the Chair recorded the adoption of Option C although no decision had been reached on it."),
            "{text}"
        );
        let record = markdown(&snap, Document::Record, a, Language::En);
        assert!(
            record.contains("The Meeting: endorsed Option C. Option adopted: Option C. The Chair recorded the adoption of Option C although no decision had been reached on it."),
            "{record}"
        );
    }
}

#[test]
fn the_summary_record_gives_speaking_time_per_delegation() {
    let spoke = |member: &str, seconds| Change::Spoke {
        item: "one".into(),
        member: member.into(),
        seconds,
    };
    let (_d, snap) = session_with(vec![spoke("MH", 125), spoke("WS", 40), spoke("MH", 0)]);
    let md = markdown(&snap, Document::Record, A, Language::En);
    assert!(
        md.contains("Speaking time: Sāmoa 0:40; Marshall Islands 2:05.\n"),
        "{md}"
    );
    let page = html(&snap, Document::Record, A, Language::En);
    assert!(page.contains("Speaking time: Sāmoa 0:40; Marshall Islands 2:05."));
    // Under the rule, one total: times per speaker would tell them apart.
    let md = markdown(&snap, Document::Record, C, Language::En);
    assert!(md.contains("Speaking time: All speakers 2:45.\n"), "{md}");
    // Apologies read "none" when nobody sent them.
    let (_d, snap) = session_with(vec![Change::Attendance {
        member: "NR".into(),
        present: true,
    }]);
    assert!(markdown(&snap, Document::Record, A, Language::En).contains("- **Apologies:** none\n"));
}

/// A session of `tests/fixtures/format2.toml` (adoption of the agenda and
/// other business as items, every role, prayers and closing words).
pub(super) fn format2(changes: Vec<Change>) -> (tempfile::TempDir, crate::session::Snapshot) {
    let text = include_str!("../../../tests/fixtures/format2.toml");
    let dir = tempfile::tempdir().unwrap();
    let at = chrono::DateTime::parse_from_rfc3339("2024-08-09T01:00:00Z")
        .unwrap()
        .to_utc();
    let (mut s, _) =
        crate::session::Session::open_or_create(&dir.path().join("f.talanoa"), text, "f", at)
            .unwrap();
    s.apply_all(changes, "Secretariat", at).unwrap();
    let snap = s.snapshot().clone();
    (dir, snap)
}

fn support(item: &str, option: &str, member: &str) -> Change {
    Change::Position {
        item: item.into(),
        option: option.into(),
        member: member.into(),
        stance: Some("support".into()),
        statement: None,
    }
}

#[test]
fn procedural_items_read_as_such() {
    let adopted: Vec<Change> = ["TO", "WS", "CK"]
        .iter()
        .map(|m| support("agenda", "adopt", m))
        .collect();
    let (_d, snap) = format2(adopted);
    let text = md_paragraphs(&markdown(&snap, Document::Outcomes, A, Language::En)).join("\n");
    for want in [
        "Agenda item 1: Adoption of the agenda\nThe Meeting adopted the agenda.\nAgenda item 2:",
        "Agenda item 3: Other business\nNo other business was raised.",
        "Tokelau attended as an Associate Member. 日本 attended as a Dialogue Partner. The Pacific Community attended as an Agency.",
        "The meeting opened with a prayer led by Tonga.",
        // The agenda's closing words carry the thanks: none added.
        "No other business was raised.\nThe Meeting thanked Tonga for hosting.\nThe meeting closed with a prayer led by Sāmoa.",
    ] {
        assert!(text.contains(want), "missing {want:?} in\n{text}");
    }
    assert_eq!(text.matches("The Meeting adopted the agenda.").count(), 1);
    let (_d, snap) = format2(vec![support("aob", "note", "TO")]);
    let text = md_paragraphs(&markdown(&snap, Document::Outcomes, A, Language::En)).join("\n");
    assert!(
        text.contains("Adoption of the agenda\nThe adoption of the agenda was not recorded."),
        "{text}"
    );
    assert!(
        text.contains(
            "Other business\nThe Chair invited members to raise other business.\nThe Meeting:"
        ),
        "{text}"
    );
}
