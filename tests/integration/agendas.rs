//! The agendas shipped in `agendas/`: both validate, use format 2, and hold
//! what a Forum record of each meeting needs (roles, procedural items, the
//! study's findings as it states them, the plain consensus rule).

use talanoa::agenda::{Agenda, ItemKind, load};
use talanoa::consensus::{Effect, Role, Rule};

use crate::util::*;

fn shipped(file: &str) -> (Agenda, String) {
    load(&root().join("agendas").join(file)).unwrap()
}

fn kinds(a: &Agenda) -> Vec<Option<ItemKind>> {
    a.items.iter().map(|i| i.kind).collect()
}

fn procedural_items_open_and_close(a: &Agenda) {
    let k = kinds(a);
    assert_eq!(k.first(), Some(&Some(ItemKind::AdoptionOfAgenda)));
    assert_eq!(k.last(), Some(&Some(ItemKind::OtherBusiness)));
    assert!(k.contains(&None), "at least one substantive item");
}

#[test]
fn the_peacekeeping_meeting_opens_first_and_is_the_built_in_sample() {
    let mut files: Vec<String> = std::fs::read_dir(root().join("agendas"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".toml"))
        .collect();
    files.sort();
    assert_eq!(
        files,
        [
            "pacific-peacekeeping-network.toml",
            "peer-to-peer-cooperation.toml"
        ]
    );
    let (_, text) = shipped("pacific-peacekeeping-network.toml");
    assert_eq!(text, talanoa::agenda::SAMPLE);
    assert!(
        !root().join("samples").exists(),
        "agendas/ replaces samples/"
    );
}

#[test]
fn the_peacekeeping_agenda_has_every_role_and_the_study_as_it_reads() {
    let (a, text) = shipped("pacific-peacekeeping-network.toml");
    assert_eq!(a.format, 2);
    assert_eq!(a.meeting.timezone.map(|t| t.name()), Some("Pacific/Fiji"));
    assert!(a.meeting.reference.is_some());
    procedural_items_open_and_close(&a);
    let role = |id: &str| a.members.iter().find(|m| m.id == id).map(|m| m.role);
    assert_eq!(role("TK"), Some(Role::AssociateMember));
    assert_eq!(role("JP"), Some(Role::DialoguePartner));
    assert_eq!(role("KR"), Some(Role::DialoguePartner));
    let counted = a.members.iter().filter(|m| m.role == Role::Member).count();
    assert_eq!(counted, 18, "the eighteen Forum members");
    assert!(a.members.iter().any(|m| m.role == Role::Agency));
    let ck = a.members.iter().find(|m| m.id == "CK").unwrap();
    assert_eq!(ck.in_text(), "the Cook Islands");
    for needed in [
        "prepared for the United Nations Light Coordination Mechanism (June 2024)",
        "1,837",
        "1,531",
        "no agreement yet",
        "women",
        "lessons learned",
        "police services and, where they exist, defence forces",
    ] {
        assert!(text.contains(needed), "missing {needed:?}");
    }
    let options = &a.items[a.item_index("network-options").unwrap()].options;
    assert_eq!(options.len(), 4, "the study's four options");
    for o in options {
        assert!(!o.considerations.is_empty(), "{}", o.id);
        for c in &o.considerations {
            assert!(
                c.starts_with("Strength: ") || c.starts_with("Risk: "),
                "{}: {c}",
                o.id
            );
        }
    }
    // the study states no risk for the ad hoc network, so none is listed
    let adhoc = options.iter().find(|o| o.id == "adhoc").unwrap();
    assert!(
        adhoc
            .considerations
            .iter()
            .all(|c| c.starts_with("Strength: "))
    );
}

#[test]
fn the_peer_to_peer_agenda_has_eighteen_members_and_the_plain_rule() {
    let (a, text) = shipped("peer-to-peer-cooperation.toml");
    assert_eq!(a.format, 2);
    assert_eq!(a.meeting.rule, Rule::Consensus);
    assert_eq!(a.meeting.body.as_deref(), Some("Forum Officials Committee"));
    assert_eq!(
        a.meeting.date.map(|d| d.to_string()).as_deref(),
        Some("2024-08-06")
    );
    procedural_items_open_and_close(&a);
    assert_eq!(a.members.len(), 18);
    assert!(a.members.iter().all(|m| m.role == Role::Member));
    for (id, in_text) in [
        ("CK", "the Cook Islands"),
        ("FM", "the Federated States of Micronesia"),
        ("MH", "the Marshall Islands"),
        ("FJ", "Fiji"),
    ] {
        let m = a.members.iter().find(|m| m.id == id).unwrap();
        assert_eq!(m.in_text(), in_text);
    }
    let pending = a
        .stances
        .iter()
        .find(|s| s.effect == Effect::Pending)
        .unwrap();
    assert!(pending.label.starts_with("Defers"), "{}", pending.label);
    assert!(a.stances.iter().any(|s| s.label == "Recommends"));
    for word in ["abstain", "endorses"] {
        assert!(
            !text.to_lowercase().contains(&format!("\"{word}")),
            "{word}"
        );
    }
    // the paper's own next steps, ending with the Budget Forum Officials Committee
    assert!(text.contains("(g) consideration and endorsement of the program by the Budget Forum"));
}
