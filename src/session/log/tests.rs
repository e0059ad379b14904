//! Undo puts back exactly what a change replaced: after any mix of changes,
//! undos and redos, the record equals the changes in effect replayed from
//! nothing.

use chrono::{TimeZone, Utc};
use proptest::prelude::*;

use super::Log;
use crate::agenda::Agenda;
use crate::session::{Change, Entry, Record};

fn agenda() -> Agenda {
    crate::agenda::parse(&crate::generate::agenda_toml(4, 2, 2), "t.toml").unwrap()
}

/// Generated changes plus the ones that remove or clear something.
fn pool(a: &Agenda) -> Vec<Change> {
    let mut p = crate::generate::changes(a, 60, 5);
    let (item, option, member) = (
        a.items[0].id.clone(),
        a.items[0].options[0].id.clone(),
        a.members[0].id.clone(),
    );
    p.extend([
        Change::Statement {
            item: item.clone(),
            option: option.clone(),
            member: member.clone(),
            text: String::new(),
        },
        Change::Statement {
            item: item.clone(),
            option: option.clone(),
            member: member.clone(),
            text: "Sāmoa speaks.".into(),
        },
        Change::Position {
            item: item.clone(),
            option: option.clone(),
            member: member.clone(),
            stance: None,
            statement: Some("ʻOkina.".into()),
        },
        Change::Outcome {
            item: item.clone(),
            text: " ".into(),
            option: None,
            despite_status: false,
        },
        Change::Outcome {
            item: item.clone(),
            text: "Agreed.".into(),
            option: Some(option),
            despite_status: false,
        },
        Change::Action {
            item: item.clone(),
            text: "Circulate a note.".into(),
            owner: Some("Secretariat".into()),
            due: None,
        },
        Change::Attendance {
            member: member.clone(),
            present: false,
        },
        Change::Spoke {
            item,
            member,
            seconds: 40,
        },
    ]);
    p
}

#[derive(Debug, Clone)]
enum Op {
    Change(usize),
    Undo,
    Redo,
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        3 => (0usize..68).prop_map(Op::Change),
        2 => Just(Op::Undo),
        1 => Just(Op::Redo),
    ]
}

/// The changes in effect, replayed onto an empty record.
fn replayed(a: &Agenda, log: &Log) -> Record {
    let mut r = Record::new(a);
    for seq in log.stacks().0 {
        let e = &log.entries()[usize::try_from(seq - 1).unwrap()];
        r.apply(a, e).unwrap();
    }
    r
}

proptest! {
    #[test]
    fn undo_and_redo_match_a_replay_from_nothing(ops in proptest::collection::vec(op(), 1..80)) {
        let a = agenda();
        let pool = pool(&a);
        let mut log = Log::new(&a);
        for (n, op) in ops.into_iter().enumerate() {
            let change = match op {
                Op::Change(i) => pool[i % pool.len()].clone(),
                Op::Undo => match log.undo_target() {
                    Some(target) => Change::Undo { target },
                    None => continue,
                },
                Op::Redo => match log.redo_target() {
                    Some(target) => Change::Redo { target },
                    None => continue,
                },
            };
            let at = Utc.timestamp_opt(1_722_900_000 + n as i64, 0).unwrap();
            let entry = Entry { seq: log.next_seq(), at, by: "chair".into(), change };
            log.push(entry).unwrap();
            prop_assert_eq!(log.record(), &replayed(&a, &log));
        }
    }
}
