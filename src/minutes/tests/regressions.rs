//! Regressions in the Outcomes found by users: an adopted option also
//! listed with its status, an item added in the meeting read as "No other
//! business was raised.".

use super::outcomes::{format2, html_paragraphs, md_paragraphs};
use super::session_with;
use crate::agenda::{Attribution, Language};
use crate::minutes::{Document, html, markdown};
use crate::session::Change;

const A: Attribution = Attribution::Attributed;
const C: Attribution = Attribution::ChathamHouse;

/// Regression: an option adopted despite its status was also listed with
/// its status ("did not yet take up the options …, Informal Option").
#[test]
fn an_adopted_option_is_never_also_listed_as_not_taken_up() {
    let (_d, snap) = session_with(vec![Change::Outcome {
        item: "two".into(),
        text: "Endorsed Option C.".into(),
        option: Some("c".into()),
        despite_status: true,
    }]);
    for (a, lang) in [A, C]
        .into_iter()
        .flat_map(|a| [(a, Language::En), (a, Language::Fr)])
    {
        let md = md_paragraphs(&markdown(&snap, Document::Outcomes, a, lang));
        let page = html_paragraphs(&html(&snap, Document::Outcomes, a, lang));
        for text in [md, page] {
            let text = text.join("\n");
            let item = text.split("Second item").nth(1).unwrap_or_default();
            // The introduction, the chair's words and the plain word only.
            assert_eq!(
                item.matches("Option C").count(),
                3,
                "{a:?} {lang:?}\n{item}"
            );
            for never in [
                "consideration of",
                "not yet take up",
                "considération",
                "examiné",
            ] {
                assert!(!item.contains(never), "{never:?} in\n{item}");
            }
        }
        let record = markdown(&snap, Document::Record, a, lang);
        let adoption = match lang {
            Language::En => "The Chair recorded the adoption of Option C although",
            Language::Fr => "La présidence a consigné l'adoption",
        };
        // After the option's status, in the outcome and in the summary.
        assert_eq!(record.matches(adoption).count(), 3, "{record}");
    }
}

/// Regression: an item added in the meeting with nothing recorded read
/// "No other business was raised.", as did the agenda's own item.
#[test]
fn an_item_the_meeting_added_reads_as_an_item_without_outcome() {
    let added = |id: &str, kind| Change::AddItem {
        item: id.into(),
        title: "Date of the next meeting".into(),
        background: None,
        item_kind: kind,
    };
    let (_d, snap) = format2(vec![added(
        "date",
        Some(crate::agenda::ItemKind::OtherBusiness),
    )]);
    for lang in [Language::En, Language::Fr] {
        let md = md_paragraphs(&markdown(&snap, Document::Outcomes, A, lang));
        let page = html_paragraphs(&html(&snap, Document::Outcomes, A, lang));
        for text in [md, page] {
            let text = text.join("\n");
            let raised = crate::tr!(lang, "no-other-business-raised");
            assert!(!text.contains(&raised), "{text}");
            // In this order, one after the other (HTML keeps the numbers).
            let mut rest = text.as_str();
            for want in [
                crate::tr!(lang, "invited-other-business"),
                crate::tr!(
                    lang,
                    "item-heading",
                    n = 4_usize,
                    title = "Date of the next meeting"
                ),
                crate::tr!(lang, "introduced-item"),
                crate::tr!(lang, "no-outcome"),
            ] {
                let at = rest
                    .find(&want)
                    .unwrap_or_else(|| panic!("missing {want:?} in\n{text}"));
                // The first anywhere, each next one right after it.
                assert!(
                    at == 0 || want.contains("invit"),
                    "{want:?} not next in\n{text}"
                );
                rest = rest.get(at + want.len()..).unwrap_or_default();
                assert!(rest.starts_with('\n'), "{want:?} then {rest:?}");
                let next = rest.trim_start_matches(|c: char| {
                    c == '\n' || c.is_ascii_digit() || c == '.' || c == ' '
                });
                rest = next;
            }
        }
    }
    // A substantive item with nothing recorded has no empty "The Meeting:".
    let (_d, snap) = format2(vec![added("sub", None)]);
    let text = md_paragraphs(&markdown(&snap, Document::Outcomes, A, Language::En)).join("\n");
    assert!(
        text.contains("Date of the next meeting\nThe Chair introduced the item.\nNo outcome was recorded for this item.\n"),
        "{text}"
    );
}

/// Regression: the French record wrote "**Cote:**", "**Excuses:** aucun"
/// and "**Second item**: …"; French puts a space before a colon.
#[test]
fn french_minutes_put_a_space_before_every_colon() {
    let (_d, snap) = session_with(vec![Change::Attendance {
        member: "NR".into(),
        present: true,
    }]);
    let md = markdown(&snap, Document::Record, A, Language::Fr);
    for want in [
        "- **Cote :** PIFS(24)FOC.7\n",
        "- **Lieu :** Apia, Sāmoa\n",
        "- **Excusés :** aucun\n",
        "2. **Second item** : ",
        "*Option A* :\n",
    ] {
        assert!(md.contains(want), "missing {want:?} in\n{md}");
    }
    for never in ["**:", "*:"] {
        assert!(!md.contains(never), "{never:?} in\n{md}");
    }
    assert_eq!(
        md.matches(":**").count(),
        md.matches(" :**").count(),
        "{md}"
    );
    let page = html(&snap, Document::Record, A, Language::Fr);
    assert!(page.contains("<strong>Second item</strong> : "), "{page}");
    assert!(page.contains("<em>Option A</em> :"), "{page}");
    // English as before.
    let md = markdown(&snap, Document::Record, A, Language::En);
    assert!(md.contains("- **Apologies:** none\n") && md.contains("2. **Second item**: "));
}

/// Regression: the French Outcomes thanked people twice (a built-in
/// paragraph, then the agenda's own closing words, written in English).
#[test]
fn french_outcomes_close_as_the_english_do() {
    let (_d, snap) = format2(Vec::new());
    let closing = |lang| {
        let text = md_paragraphs(&markdown(&snap, Document::Outcomes, A, lang));
        let from = text.iter().position(|p| p.contains("thanked Tonga"));
        from.map(|f| text.len() - f).unwrap_or_default()
    };
    // The closing words, the closing prayer and the stamp, in both.
    assert_eq!(closing(Language::En), 3);
    assert_eq!(closing(Language::Fr), 3);
    let fr = markdown(&snap, Document::Outcomes, A, Language::Fr);
    assert!(!fr.contains("La présidence a remercié"), "{fr}");
}

/// An option adopted early that the meeting then agreed keeps its status
/// entry: it agrees with the adoption and names who joined with
/// reservations.
#[test]
fn an_option_adopted_early_then_agreed_keeps_its_status_entry() {
    let pos = |member: &str, stance: &str| Change::Position {
        item: "two".into(),
        option: "c".into(),
        member: member.into(),
        stance: Some(stance.into()),
        statement: None,
    };
    let (_d, snap) = session_with(vec![
        Change::Outcome {
            item: "two".into(),
            text: "Endorsed Option C.".into(),
            option: Some("c".into()),
            despite_status: true,
        },
        pos("WS", "yes"),
        pos("TO", "concerns"),
        pos("MH", "yes"),
    ]);
    let text = md_paragraphs(&markdown(&snap, Document::Outcomes, A, Language::En)).join("\n");
    for want in [
        "(ii) noted that the Chair recorded the adoption of Option C before the meeting had reached consensus on it;",
        "(iii) agreed to Option C (Tonga ʻOkina joined consensus with a reservation).",
    ] {
        assert!(text.contains(want), "missing {want:?} in\n{text}");
    }
}
