use super::*;
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
    assert_eq!(join_names(&["Tuvalu".into()]), "Tuvalu");
    assert_eq!(
        join_names(&["Tuvalu".into(), "the Cook Islands".into()]),
        "Tuvalu and the Cook Islands"
    );
    assert_eq!(
        join_names(&["A".into(), "B".into(), "C".into()]),
        "A, B and C"
    );
    assert_eq!(members(1, 16), "one member");
    assert_eq!(members(2, 16), "two members");
    assert_eq!(members(3, 16), "several members");
    assert_eq!(members(16, 16), "all members");
    assert_eq!(members(2, 2), "two members");
    assert_eq!(others(Role::Observer, 1), "an observer");
    assert_eq!(others(Role::DialoguePartner, 2), "two dialogue partners");
    assert_eq!(others(Role::Agency, 4), "several agencies");
    assert_eq!(number(3), "three");
    assert_eq!(number(16), "sixteen");
    assert_eq!(number(21), "twenty-one");
    assert_eq!(number(40), "forty");
    assert_eq!(number(140), "140");
}

#[test]
fn option_titles_become_noun_phrases_without_rewriting() {
    assert_eq!(option_np("Diplomatic Option"), "the Diplomatic Option");
    assert_eq!(option_np("The Pacific option"), "The Pacific option");
    assert_eq!(
        option_np("Leave disaster relief out of scope"),
        "the proposal: Leave disaster relief out of scope"
    );
}

#[test]
fn the_chairs_words_are_used_as_written() {
    assert_eq!(clause("Endorsed the plan."), "endorsed the plan");
    assert_eq!(clause("noted the study;"), "noted the study");
    assert_eq!(clause("Fiji to host"), "Fiji to host");
    assert_eq!(clause("UN-led review agreed"), "UN-led review agreed");
}

#[test]
fn consensus_is_the_same_in_both_modes() {
    let s = outcome(Status::Consensus, Rule::Consensus, &none(16), D);
    assert_eq!(s, "The meeting reached consensus on the Diplomatic Option.");
    assert_eq!(
        entry(Status::Consensus, Rule::Consensus, &none(16), D),
        "agreed to the Diplomatic Option"
    );
}

#[test]
fn with_reservations_one_two_several() {
    let mut h = none(16);
    h.reservation = names(&["Tuvalu"]);
    h.stand_aside = names(&["New Caledonia"]);
    let s = outcome(Status::ConsensusWithReservations, Rule::Consensus, &h, D);
    assert_eq!(
        s,
        "The meeting reached consensus on the Diplomatic Option. Tuvalu joined consensus with a reservation; New Caledonia did not stand in the way of consensus."
    );
    no_voting_words(&s);
    assert_eq!(
        entry(Status::ConsensusWithReservations, Rule::Consensus, &h, D),
        "agreed to the Diplomatic Option (Tuvalu joined consensus with a reservation; New Caledonia did not stand in the way of consensus)"
    );
    h.reservation = Who::Counted(1, 16);
    h.stand_aside = Who::Counted(1, 16);
    assert_eq!(
        outcome(Status::ConsensusWithReservations, Rule::Consensus, &h, D),
        "The meeting reached consensus on the Diplomatic Option. One member joined consensus with a reservation; one member did not stand in the way of consensus."
    );
    h.reservation = Who::Counted(2, 16);
    h.stand_aside = Who::Counted(0, 16);
    assert!(
        outcome(Status::ConsensusWithReservations, Rule::Consensus, &h, D)
            .ends_with("Two members joined consensus with reservations.")
    );
    h.reservation = Who::Counted(5, 16);
    assert!(
        outcome(Status::ConsensusWithReservations, Rule::Consensus, &h, D)
            .ends_with("Several members joined consensus with reservations.")
    );
}

#[test]
fn consensus_minus_one() {
    let mut h = none(16);
    h.block = names(&["the Marshall Islands"]);
    let r = Rule::ConsensusMinusOne;
    assert_eq!(
        outcome(Status::ConsensusWithReservations, r, &h, D),
        "The meeting reached consensus on the Diplomatic Option under the consensus-minus-one rule; the Marshall Islands could not join consensus."
    );
    h.block = Who::Counted(1, 16);
    h.stand_aside = Who::Counted(2, 16);
    assert_eq!(
        outcome(Status::ConsensusWithReservations, r, &h, D),
        "The meeting reached consensus on the Diplomatic Option under the consensus-minus-one rule; one member could not join consensus. Two members did not stand in the way of consensus."
    );
}

#[test]
fn no_consensus_one_two_several() {
    let mut h = none(16);
    h.block = names(&["the Federated States of Micronesia", "the Marshall Islands"]);
    assert_eq!(
        outcome(Status::NoConsensus, Rule::Consensus, &h, D),
        "Consensus was not reached on the Diplomatic Option: the Federated States of Micronesia and the Marshall Islands could not join consensus."
    );
    assert_eq!(
        entry(Status::NoConsensus, Rule::Consensus, &h, D),
        "was not in a position to reach consensus on the Diplomatic Option (the Federated States of Micronesia and the Marshall Islands could not join consensus)"
    );
    for (n, words) in [
        (1, "one member"),
        (2, "two members"),
        (4, "several members"),
    ] {
        h.block = Who::Counted(n, 16);
        assert_eq!(
            outcome(Status::NoConsensus, Rule::Consensus, &h, D),
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
        outcome(Status::Pending, Rule::Consensus, &h, D),
        "No decision was reached on the Diplomatic Option: three members have not yet been heard; Fiji awaits instructions from capital."
    );
    assert_eq!(
        entry(Status::Pending, Rule::Consensus, &h, D),
        "agreed to revert to the Diplomatic Option after consultation with capitals (three members have not yet been heard; Fiji awaits instructions from capital)"
    );
    h.not_heard = Who::Counted(3, 16);
    h.pending = Who::Counted(1, 16);
    assert_eq!(
        outcome(Status::Pending, Rule::Consensus, &h, D),
        "No decision was reached on the Diplomatic Option: several members have not yet been heard; one member awaits instructions from capital."
    );
    h.not_heard = Who::Counted(16, 16);
    h.pending = Who::Counted(0, 16);
    assert_eq!(
        outcome(Status::Pending, Rule::Consensus, &h, D),
        "No decision was reached on the Diplomatic Option: no member has yet been heard."
    );
    assert_eq!(
        outcome(Status::Pending, Rule::Consensus, &none(0), D),
        "No decision was reached on the Diplomatic Option: no member was present."
    );
}

#[test]
fn an_outcome_despite_the_status_is_said_plainly() {
    assert_eq!(despite(Status::Consensus, D, false), None);
    assert_eq!(despite(Status::ConsensusWithReservations, D, false), None);
    assert_eq!(
        despite(Status::Consensus, D, true).unwrap(),
        "the Chair recorded the adoption of the Diplomatic Option before the meeting had reached consensus on it"
    );
    assert_eq!(
        despite(Status::NoConsensus, D, true).unwrap(),
        "the Chair recorded the adoption of the Diplomatic Option although consensus was not reached on it"
    );
    assert!(
        despite(Status::Pending, D, false)
            .unwrap()
            .contains("although no decision")
    );
}

#[test]
fn actions_read_as_tasks() {
    let due = NaiveDate::from_ymd_opt(2024, 10, 31);
    assert_eq!(
        action(
            Some("the Forum Secretariat"),
            "Circulate a costed design",
            due
        ),
        "tasked the Forum Secretariat to circulate a costed design by 31 October 2024"
    );
    assert_eq!(
        action(None, "UN briefing on training", None),
        "agreed on the action: UN briefing on training"
    );
}

#[test]
fn dates_speakers_closing() {
    assert_eq!(
        date(NaiveDate::from_ymd_opt(2024, 8, 9).unwrap()),
        "9 August 2024"
    );
    let a = Attribution::Attributed;
    let c = Attribution::ChathamHouse;
    assert_eq!(
        speaker("Japan", Role::DialoguePartner, a),
        "Japan (dialogue partner)"
    );
    assert_eq!(
        speaker("Japan", Role::DialoguePartner, c),
        "A dialogue partner"
    );
    assert_eq!(speaker("SPC", Role::Agency, c), "An agency");
    assert_eq!(speaker("Fiji", Role::Member, c), "One member");
    assert_eq!(
        closing(
            Some("Forum Secretariat"),
            Some("9 August 2024, 10:32 +12:00 (Pacific/Fiji)".into()),
            12
        ),
        "These minutes were prepared by Forum Secretariat from the talanoa session record. The last change was recorded on 9 August 2024, 10:32 +12:00 (Pacific/Fiji), and the record holds 12 changes."
    );
    assert_eq!(duration(125), "2:05");
}
