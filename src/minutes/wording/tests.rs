use super::*;

fn names(n: &[&str]) -> Who {
    Who::Named(n.iter().map(|s| s.to_string()).collect())
}

fn none() -> Holders {
    Holders {
        reservation: Who::Named(vec![]),
        stand_aside: Who::Named(vec![]),
        pending: Who::Named(vec![]),
        block: Who::Named(vec![]),
        not_heard: 0,
    }
}

const A: Attribution = Attribution::Attributed;
const C: Attribution = Attribution::ChathamHouse;

#[test]
fn names_and_counts() {
    assert_eq!(join_names(&["Tuvalu".into()]), "Tuvalu");
    assert_eq!(
        join_names(&["Tuvalu".into(), "Fiji".into()]),
        "Tuvalu and Fiji"
    );
    assert_eq!(
        join_names(&["A".into(), "B".into(), "C".into()]),
        "A, B and C"
    );
    assert_eq!(members(1), "one member");
    assert_eq!(members(2), "two members");
    assert_eq!(members(3), "several members");
    assert_eq!(members(30), "several members");
    assert_eq!(observers(1), "an observer");
    assert_eq!(number(3), "three");
    assert_eq!(number(40), "40");
}

#[test]
fn consensus_is_the_same_in_both_modes() {
    for a in [A, C] {
        assert_eq!(
            outcome(Status::Consensus, Rule::Consensus, &none(), a),
            "The meeting reached consensus on this option."
        );
    }
}

#[test]
fn with_reservations_one_two_several() {
    let mut h = none();
    h.reservation = names(&["Tuvalu"]);
    h.stand_aside = names(&["New Caledonia"]);
    assert_eq!(
        outcome(Status::ConsensusWithReservations, Rule::Consensus, &h, A),
        "The meeting reached consensus on this option. Tuvalu joined consensus with a reservation; New Caledonia stood aside."
    );
    h.reservation = Who::Counted(1);
    h.stand_aside = Who::Counted(1);
    assert_eq!(
        outcome(Status::ConsensusWithReservations, Rule::Consensus, &h, C),
        "The meeting reached consensus on this option. One member joined consensus with a reservation; one member stood aside."
    );
    h.reservation = Who::Counted(2);
    h.stand_aside = Who::Counted(0);
    assert!(
        outcome(Status::ConsensusWithReservations, Rule::Consensus, &h, C)
            .ends_with("Two members joined consensus with reservations.")
    );
    h.reservation = Who::Counted(5);
    assert!(
        outcome(Status::ConsensusWithReservations, Rule::Consensus, &h, C)
            .ends_with("Several members joined consensus with reservations.")
    );
    h.reservation = names(&["Fiji", "Tonga", "Niue"]);
    assert!(
        outcome(Status::ConsensusWithReservations, Rule::Consensus, &h, A)
            .ends_with("Fiji, Tonga and Niue joined consensus with reservations.")
    );
}

#[test]
fn consensus_minus_one() {
    let mut h = none();
    h.block = names(&["the Marshall Islands"]);
    assert_eq!(
        outcome(
            Status::ConsensusWithReservations,
            Rule::ConsensusMinusOne,
            &h,
            A
        ),
        "The meeting reached consensus on this option under the consensus-minus-one rule; the Marshall Islands could not join consensus."
    );
    h.block = Who::Counted(1);
    h.stand_aside = Who::Counted(2);
    assert_eq!(
        outcome(
            Status::ConsensusWithReservations,
            Rule::ConsensusMinusOne,
            &h,
            C
        ),
        "The meeting reached consensus on this option under the consensus-minus-one rule; one member could not join consensus. Two members stood aside."
    );
}

#[test]
fn no_consensus_one_two_several() {
    let mut h = none();
    h.block = names(&["the Federated States of Micronesia", "the Marshall Islands"]);
    assert_eq!(
        outcome(Status::NoConsensus, Rule::Consensus, &h, A),
        "Consensus was not reached on this option: the Federated States of Micronesia and the Marshall Islands could not join consensus."
    );
    for (n, words) in [
        (1, "one member"),
        (2, "two members"),
        (4, "several members"),
    ] {
        h.block = Who::Counted(n);
        assert_eq!(
            outcome(Status::NoConsensus, Rule::Consensus, &h, C),
            format!("Consensus was not reached on this option: {words} could not join consensus.")
        );
    }
}

#[test]
fn pending_counts_and_names() {
    let mut h = none();
    h.not_heard = 3;
    h.pending = names(&["Fiji"]);
    assert_eq!(
        outcome(Status::Pending, Rule::Consensus, &h, A),
        "No decision was reached on this option: three members have not yet been heard; Fiji awaits instructions from capital."
    );
    h.pending = Who::Counted(1);
    assert_eq!(
        outcome(Status::Pending, Rule::Consensus, &h, C),
        "No decision was reached on this option: several members have not yet been heard; one member awaits instructions from capital."
    );
    h.not_heard = 1;
    h.pending = Who::Counted(2);
    assert_eq!(
        outcome(Status::Pending, Rule::Consensus, &h, C),
        "No decision was reached on this option: one member has not yet been heard; two members await instructions from capital."
    );
    assert_eq!(
        outcome(Status::Pending, Rule::Consensus, &none(), A),
        "No decision was reached on this option: no member was present."
    );
}

#[test]
fn dates_speakers_closing() {
    assert_eq!(
        date(NaiveDate::from_ymd_opt(2024, 8, 9).unwrap()),
        "9 August 2024"
    );
    assert_eq!(speaker("Japan", true, A), "Japan (observer)");
    assert_eq!(speaker("Japan", true, C), "An observer");
    assert_eq!(speaker("Fiji", false, C), "One member");
    let at = DateTime::parse_from_rfc3339("2024-08-09T10:32:00Z")
        .unwrap()
        .with_timezone(&Utc);
    assert_eq!(
        closing(Some("Forum Secretariat"), Some(at), 12),
        "These minutes were prepared by Forum Secretariat from the talanoa session record. The last change was recorded on 9 August 2024 at 10:32 UTC, and the record holds 12 changes."
    );
    assert_eq!(
        item_outcome(None, None),
        "No outcome was recorded for this item."
    );
    assert_eq!(
        item_outcome(Some("agreed X"), Some("Informal")),
        "The meeting: agreed X (option adopted: Informal)."
    );
}
