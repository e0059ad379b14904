use super::*;
use proptest::prelude::*;

fn m(effect: Option<Effect>) -> Standing {
    Standing {
        role: Role::Member,
        absent: false,
        effect,
    }
}
fn obs(effect: Option<Effect>) -> Standing {
    Standing {
        role: Role::Observer,
        absent: false,
        effect,
    }
}
fn away() -> Standing {
    Standing {
        role: Role::Member,
        absent: true,
        effect: None,
    }
}

use Effect::*;
use Status as S;

#[test]
fn table_of_cases() {
    let cases: Vec<(Rule, Vec<Standing>, Status)> = vec![
        (Rule::Consensus, vec![], S::Pending),
        (Rule::Consensus, vec![away(), away()], S::Pending),
        (Rule::Consensus, vec![m(Some(Support))], S::Consensus),
        (Rule::Consensus, vec![m(Some(Support)), m(None)], S::Pending),
        (
            Rule::Consensus,
            vec![m(Some(Support)), m(Some(Pending))],
            S::Pending,
        ),
        (
            Rule::Consensus,
            vec![m(Some(Support)), m(Some(Reservation))],
            S::ConsensusWithReservations,
        ),
        (
            Rule::Consensus,
            vec![m(Some(Support)), m(Some(StandAside))],
            S::ConsensusWithReservations,
        ),
        (
            Rule::Consensus,
            vec![m(Some(Support)), m(Some(Block))],
            S::NoConsensus,
        ),
        // a block decides even while others are not yet heard
        (
            Rule::Consensus,
            vec![m(None), m(Some(Block))],
            S::NoConsensus,
        ),
        (
            Rule::ConsensusMinusOne,
            vec![m(Some(Support)), m(Some(Block))],
            S::ConsensusWithReservations,
        ),
        (
            Rule::ConsensusMinusOne,
            vec![m(None), m(Some(Block))],
            S::Pending,
        ),
        (
            Rule::ConsensusMinusOne,
            vec![m(Some(Block)), m(Some(Block)), m(Some(Support))],
            S::NoConsensus,
        ),
        (
            Rule::ConsensusMinusOne,
            vec![m(Some(Support)), m(Some(Support))],
            S::Consensus,
        ),
        // an absent member's old stance is not counted
        (
            Rule::Consensus,
            vec![
                m(Some(Support)),
                Standing {
                    role: Role::Member,
                    absent: true,
                    effect: Some(Block),
                },
            ],
            S::Consensus,
        ),
        // observers never count, even a block
        (
            Rule::Consensus,
            vec![m(Some(Support)), obs(Some(Block))],
            S::Consensus,
        ),
        (
            Rule::Consensus,
            vec![m(Some(Support)), obs(None)],
            S::Consensus,
        ),
        // only observers present: no present member
        (
            Rule::Consensus,
            vec![obs(Some(Support)), away()],
            S::Pending,
        ),
    ];
    for (i, (rule, standings, want)) in cases.into_iter().enumerate() {
        assert_eq!(
            status(rule, standings.clone()),
            want,
            "case {i}: {rule:?} {standings:?}"
        );
    }
}

#[test]
fn words_round_trip() {
    for e in Effect::ALL {
        assert_eq!(Effect::parse(e.as_str()), Some(e));
    }
    for r in Rule::ALL {
        assert_eq!(Rule::parse(r.as_str()), Some(r));
    }
    assert_eq!(Effect::parse("veto"), None);
    assert_eq!(Role::parse("observer"), Some(Role::Observer));
    for r in Role::ALL {
        assert_eq!(Role::parse(r.as_str()), Some(r));
    }
    assert_eq!(Role::parse("associate member"), None);
}

#[test]
fn only_members_count_associates_partners_and_agencies_never_block() {
    for role in [
        Role::Observer,
        Role::AssociateMember,
        Role::DialoguePartner,
        Role::Agency,
    ] {
        assert!(!role.counts(), "{role:?}");
        let standings = [
            Standing {
                role: Role::Member,
                absent: false,
                effect: Some(Effect::Support),
            },
            Standing {
                role,
                absent: false,
                effect: Some(Effect::Block),
            },
        ];
        assert_eq!(status(Rule::Consensus, standings), Status::Consensus);
        let alone = [Standing {
            role,
            absent: false,
            effect: Some(Effect::Support),
        }];
        assert_eq!(status(Rule::Consensus, alone), Status::Pending);
    }
    assert!(Role::Member.counts());
}

fn any_effect() -> impl Strategy<Value = Option<Effect>> {
    prop_oneof![
        Just(None),
        proptest::sample::select(Effect::ALL.to_vec()).prop_map(Some)
    ]
}

fn any_standing() -> impl Strategy<Value = Standing> {
    (any::<bool>(), any::<bool>(), any_effect()).prop_map(|(observer, absent, effect)| Standing {
        role: if observer {
            Role::Observer
        } else {
            Role::Member
        },
        absent,
        effect,
    })
}

fn any_rule() -> impl Strategy<Value = Rule> {
    proptest::sample::select(Rule::ALL.to_vec())
}

proptest! {
    #[test]
    fn observers_never_change_status(rule in any_rule(), base in prop::collection::vec(any_standing(), 0..20), eff in any_effect(), absent in any::<bool>()) {
        let mut with = base.clone();
        with.push(Standing { role: Role::Observer, absent, effect: eff });
        prop_assert_eq!(status(rule, base), status(rule, with));
    }

    #[test]
    fn adding_a_support_never_breaks_consensus(rule in any_rule(), base in prop::collection::vec(any_standing(), 0..20)) {
        let before = status(rule, base.clone());
        let mut with = base;
        with.push(m(Some(Support)));
        let after = status(rule, with);
        if matches!(before, S::Consensus | S::ConsensusWithReservations) {
            prop_assert!(matches!(after, S::Consensus | S::ConsensusWithReservations));
        }
        prop_assert!(!(before != S::NoConsensus && after == S::NoConsensus));
    }

    #[test]
    fn minus_one_is_never_stricter(base in prop::collection::vec(any_standing(), 0..20)) {
        let strict = status(Rule::Consensus, base.clone());
        let lenient = status(Rule::ConsensusMinusOne, base);
        if strict != S::NoConsensus && strict != S::Pending {
            prop_assert_eq!(strict, lenient);
        }
    }

    #[test]
    fn a_second_block_always_ends_consensus(rule in any_rule(), base in prop::collection::vec(any_standing(), 0..20)) {
        let mut with = base;
        with.push(m(Some(Block)));
        with.push(m(Some(Block)));
        prop_assert_eq!(status(rule, with), S::NoConsensus);
    }
}
