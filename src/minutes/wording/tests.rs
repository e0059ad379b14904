use super::*;

const EN: Language = Language::En;
use crate::consensus::Status;

fn names(n: &[&str]) -> Who {
    Who::Named(n.iter().map(|s| s.to_string()).collect())
}

/// Holders with nobody in any position, out of `present` members.
fn none(present: usize) -> Holders {
    Holders {
        reservation: Who::Named(vec![]),
        stand_aside: Who::Named(vec![]),
        pending: Who::Named(vec![]),
        block: Who::Named(vec![]),
        not_heard: Who::Named(vec![]),
        present,
    }
}

const D: &str = "Diplomatic Option";

/// No word of voting, in any sentence the minutes write.
fn no_voting_words(s: &str) {
    let lower = s.to_lowercase();
    for w in ["object", "vote", "voting", "abstain", "veto"] {
        assert!(!lower.contains(w), "{w} in {s}");
    }
}

#[test]
fn names_and_counts() {
    assert_eq!(join_names(EN, &["Tuvalu".into()]), "Tuvalu");
    assert_eq!(
        join_names(EN, &["Tuvalu".into(), "the Cook Islands".into()]),
        "Tuvalu and the Cook Islands"
    );
    assert_eq!(
        join_names(EN, &["A".into(), "B".into(), "C".into()]),
        "A, B and C"
    );
    assert_eq!(members(EN, 1, 16), "one member");
    assert_eq!(members(EN, 2, 16), "two members");
    assert_eq!(members(EN, 3, 16), "several members");
    assert_eq!(members(EN, 16, 16), "all members");
    assert_eq!(members(EN, 2, 2), "two members");
    assert_eq!(others(EN, Role::Observer, 1), "an observer");
    assert_eq!(
        others(EN, Role::DialoguePartner, 2),
        "two dialogue partners"
    );
    assert_eq!(others(EN, Role::Agency, 4), "several agencies");
    assert_eq!(number(EN, 3), "three");
    assert_eq!(number(EN, 16), "sixteen");
    assert_eq!(number(EN, 21), "21");
    assert_eq!(number(EN, 40), "40");
    assert_eq!(number(EN, 140), "140");
}

#[test]
fn option_titles_become_noun_phrases_without_rewriting() {
    assert_eq!(option_np(EN, "Diplomatic Option"), "the Diplomatic Option");
    assert_eq!(option_np(EN, "The Pacific option"), "The Pacific option");
    assert_eq!(
        option_np(EN, "Leave disaster relief out of scope"),
        "the proposal: Leave disaster relief out of scope"
    );
}

#[test]
fn the_chairs_words_are_used_as_written() {
    assert_eq!(clause(EN, "Endorsed the plan."), "endorsed the plan");
    assert_eq!(clause(EN, "noted the study;"), "noted the study");
    assert_eq!(clause(EN, "Fiji to host"), "Fiji to host");
    assert_eq!(clause(EN, "UN-led review agreed"), "UN-led review agreed");
}

#[test]
fn consensus_is_the_same_in_both_modes() {
    let s = outcome(EN, Status::Consensus, Rule::Consensus, &none(16), D);
    assert_eq!(s, "The meeting reached consensus on the Diplomatic Option.");
    assert_eq!(
        entry(EN, Status::Consensus, Rule::Consensus, &none(16), D),
        "agreed to the Diplomatic Option"
    );
}

#[test]
fn with_reservations_one_two_several() {
    let mut h = none(16);
    h.reservation = names(&["Tuvalu"]);
    h.stand_aside = names(&["New Caledonia"]);
    let s = outcome(
        EN,
        Status::ConsensusWithReservations,
        Rule::Consensus,
        &h,
        D,
    );
    assert_eq!(
        s,
        "The meeting reached consensus on the Diplomatic Option. Tuvalu joined consensus with a reservation; New Caledonia did not stand in the way of consensus."
    );
    no_voting_words(&s);
    assert_eq!(
        entry(
            EN,
            Status::ConsensusWithReservations,
            Rule::Consensus,
            &h,
            D
        ),
        "agreed to the Diplomatic Option (Tuvalu joined consensus with a reservation; New Caledonia did not stand in the way of consensus)"
    );
    h.reservation = Who::Counted(1, 16);
    h.stand_aside = Who::Counted(1, 16);
    assert_eq!(
        outcome(
            EN,
            Status::ConsensusWithReservations,
            Rule::Consensus,
            &h,
            D
        ),
        "The meeting reached consensus on the Diplomatic Option. One member joined consensus with a reservation; one member did not stand in the way of consensus."
    );
    h.reservation = Who::Counted(2, 16);
    h.stand_aside = Who::Counted(0, 16);
    assert!(
        outcome(
            EN,
            Status::ConsensusWithReservations,
            Rule::Consensus,
            &h,
            D
        )
        .ends_with("Two members joined consensus with reservations.")
    );
    h.reservation = Who::Counted(5, 16);
    assert!(
        outcome(
            EN,
            Status::ConsensusWithReservations,
            Rule::Consensus,
            &h,
            D
        )
        .ends_with("Several members joined consensus with reservations.")
    );
}

#[test]
fn consensus_minus_one() {
    let mut h = none(16);
    h.block = names(&["the Marshall Islands"]);
    let r = Rule::ConsensusMinusOne;
    assert_eq!(
        outcome(EN, Status::ConsensusWithReservations, r, &h, D),
        "The meeting reached consensus on the Diplomatic Option under the consensus-minus-one rule; the Marshall Islands could not join consensus."
    );
    h.block = Who::Counted(1, 16);
    h.stand_aside = Who::Counted(2, 16);
    assert_eq!(
        outcome(EN, Status::ConsensusWithReservations, r, &h, D),
        "The meeting reached consensus on the Diplomatic Option under the consensus-minus-one rule; one member could not join consensus. Two members did not stand in the way of consensus."
    );
}

#[test]
fn no_consensus_one_two_several() {
    let mut h = none(16);
    h.block = names(&["the Federated States of Micronesia", "the Marshall Islands"]);
    assert_eq!(
        outcome(EN, Status::NoConsensus, Rule::Consensus, &h, D),
        "Consensus was not reached on the Diplomatic Option: the Federated States of Micronesia and the Marshall Islands could not join consensus."
    );
    assert_eq!(
        entry(EN, Status::NoConsensus, Rule::Consensus, &h, D),
        "was not in a position to reach consensus on the Diplomatic Option (the Federated States of Micronesia and the Marshall Islands could not join consensus)"
    );
    for (n, words) in [
        (1, "one member"),
        (2, "two members"),
        (4, "several members"),
    ] {
        h.block = Who::Counted(n, 16);
        assert_eq!(
            outcome(EN, Status::NoConsensus, Rule::Consensus, &h, D),
            format!(
                "Consensus was not reached on the Diplomatic Option: {words} could not join consensus."
            )
        );
    }
}

#[test]
fn pending_counts_and_names() {
    let mut h = none(16);
    h.not_heard = names(&["A", "B", "C"]);
    h.pending = names(&["Fiji"]);
    assert_eq!(
        outcome(EN, Status::Pending, Rule::Consensus, &h, D),
        "No decision was reached on the Diplomatic Option: three members have not yet been heard; Fiji awaits instructions from capital."
    );
    assert_eq!(
        entry(EN, Status::Pending, Rule::Consensus, &h, D),
        "agreed to revert to the Diplomatic Option after consultation with capitals (three members have not yet been heard; Fiji awaits instructions from capital)"
    );
    h.not_heard = Who::Counted(3, 16);
    h.pending = Who::Counted(1, 16);
    assert_eq!(
        outcome(EN, Status::Pending, Rule::Consensus, &h, D),
        "No decision was reached on the Diplomatic Option: several members have not yet been heard; one member awaits instructions from capital."
    );
    h.not_heard = Who::Counted(16, 16);
    h.pending = Who::Counted(0, 16);
    assert_eq!(
        outcome(EN, Status::Pending, Rule::Consensus, &h, D),
        "No decision was reached on the Diplomatic Option: no member has yet been heard."
    );
    assert_eq!(
        outcome(EN, Status::Pending, Rule::Consensus, &none(0), D),
        "No decision was reached on the Diplomatic Option: no member was present."
    );
}

#[test]
fn an_outcome_despite_the_status_is_said_plainly() {
    assert_eq!(despite(EN, Status::Consensus, D, false), None);
    assert_eq!(
        despite(EN, Status::ConsensusWithReservations, D, false),
        None
    );
    assert_eq!(
        despite(EN, Status::Consensus, D, true).unwrap(),
        "the Chair recorded the adoption of the Diplomatic Option before the meeting had reached consensus on it"
    );
    assert_eq!(
        despite(EN, Status::NoConsensus, D, true).unwrap(),
        "the Chair recorded the adoption of the Diplomatic Option although consensus was not reached on it"
    );
    assert!(
        despite(EN, Status::Pending, D, false)
            .unwrap()
            .contains("although no decision")
    );
}

#[test]
fn actions_read_as_tasks() {
    let due = NaiveDate::from_ymd_opt(2024, 10, 31);
    assert_eq!(
        action(
            EN,
            Some("the Forum Secretariat"),
            "Circulate a costed design",
            due
        ),
        "tasked the Forum Secretariat to circulate a costed design by 31 October 2024"
    );
    assert_eq!(
        action(EN, None, "UN briefing on training", None),
        "agreed on the action: UN briefing on training"
    );
}

#[test]
fn dates_speakers_closing() {
    assert_eq!(
        date(EN, NaiveDate::from_ymd_opt(2024, 8, 9).unwrap()),
        "9 August 2024"
    );
    let a = Attribution::Attributed;
    let c = Attribution::ChathamHouse;
    assert_eq!(
        speaker(EN, "Japan", Role::DialoguePartner, a),
        "Japan (dialogue partner)"
    );
    assert_eq!(
        speaker(EN, "Japan", Role::DialoguePartner, c),
        "A dialogue partner"
    );
    assert_eq!(speaker(EN, "SPC", Role::Agency, c), "An agency");
    assert_eq!(speaker(EN, "Fiji", Role::Member, c), "One member");
    assert_eq!(
        closing(
            EN,
            Some("Forum Secretariat"),
            Some("9 August 2024, 10:32 +12:00 (Pacific/Fiji)".into()),
            12
        ),
        "These minutes were prepared by Forum Secretariat from the talanoa session record. The last change was recorded on 9 August 2024, 10:32 +12:00 (Pacific/Fiji), and the record holds 12 changes."
    );
    assert_eq!(duration(125), "2:05");
}

/// The messages whose ids are built from a role, an attribution or a bar
/// class exist in both languages.
#[test]
fn every_role_and_attribution_has_its_words() {
    for lang in crate::i18n::LANGUAGES {
        for role in Role::ALL {
            let (one, many) = role_nouns(lang, role);
            assert!(
                !one.starts_with("role-") && !many.starts_with("role-"),
                "{role:?}"
            );
            let s = speaker(lang, "X", role, Attribution::ChathamHouse);
            assert!(!s.starts_with("speaker-"), "{s}");
            if role != Role::Member {
                assert!(!others(lang, role, 2).starts_with("count-"), "{role:?}");
            }
        }
        for a in [Attribution::Attributed, Attribution::ChathamHouse] {
            assert!(!attribution(lang, a).starts_with("attribution-"));
        }
        for class in [
            "support",
            "reservation",
            "stand-aside",
            "pending",
            "block",
            "not-heard",
        ] {
            let id = format!("bar-{class}");
            assert_ne!(
                crate::i18n::t(lang, &id, &[("n", crate::i18n::Arg::Num(2))]),
                id
            );
        }
    }
}

#[test]
fn french_register_agrees_and_elides() {
    let fr = Language::Fr;
    let h = Holders {
        reservation: names(&["les Fidji"]),
        stand_aside: names(&["Tuvalu", "Nauru"]),
        ..none(5)
    };
    assert_eq!(
        outcome(
            fr,
            Status::ConsensusWithReservations,
            Rule::Consensus,
            &h,
            "Option diplomatique"
        ),
        "La réunion est parvenue à un consensus sur l'Option diplomatique. Les Fidji ont rejoint le consensus avec une réserve ; Tuvalu et Nauru n'ont pas fait obstacle au consensus."
    );
    let blocked = Holders {
        block: names(&["Tonga"]),
        ..none(5)
    };
    assert_eq!(
        outcome(
            fr,
            Status::NoConsensus,
            Rule::Consensus,
            &blocked,
            "Accord régional"
        ),
        "Le consensus n'a pas été atteint sur la proposition : Accord régional ; Tonga n'a pas été en mesure de se joindre au consensus."
    );
    assert_eq!(
        action(
            fr,
            Some("le Secrétariat"),
            "Élaborer un plan",
            chrono::NaiveDate::from_ymd_opt(2024, 8, 1)
        ),
        "a chargé le Secrétariat d'élaborer un plan d'ici au 1er août 2024"
    );
    assert_eq!(members(fr, 2, 16), "deux membres");
    assert_eq!(members(fr, 16, 16), "tous les membres");
    assert_eq!(number(fr, 17), "dix-sept");
    assert_eq!(
        join_names(fr, &["A".into(), "B".into(), "C".into()]),
        "A, B et C"
    );
    assert_eq!(
        despite(fr, Status::Pending, "Option diplomatique", false).as_deref(),
        Some(
            "la présidence a consigné l'adoption de l'Option diplomatique bien qu'aucune décision n'ait été prise à son sujet"
        )
    );
}
