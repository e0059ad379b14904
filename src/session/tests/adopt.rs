//! Outcomes agree with the record: adopting an option with no consensus or
//! pending needs `despite_status`, which is kept through reopen and
//! checkpoint, and dropped when the option was agreed after all.

use super::*;
use crate::consensus::Status;

fn outcome(option: Option<&str>, despite_status: bool) -> Change {
    Change::Outcome {
        item: "one".into(),
        text: "the Meeting agreed".into(),
        option: option.map(String::from),
        despite_status,
    }
}

#[test]
fn pending_and_no_consensus_are_refused_without_the_flag() {
    let dir = tempfile::tempdir().unwrap();
    let (mut s, path) = new_session(&dir);
    // nobody heard yet: pending
    let err = s.apply(outcome(Some("a"), false), "c", t(1)).unwrap_err();
    assert!(
        matches!(
            err,
            SessionError::NotAgreed {
                status: Status::Pending,
                ..
            }
        ),
        "{err}"
    );
    assert!(err.is_bad_input());
    // two blocks under consensus-minus-one: no consensus
    s.apply(pos("WS", Some("block")), "c", t(2)).unwrap();
    s.apply(pos("TO", Some("block")), "c", t(3)).unwrap();
    let err = s.apply(outcome(Some("a"), false), "c", t(4)).unwrap_err();
    assert!(
        err.to_string()
            .contains("cannot be adopted: its status is no consensus"),
        "{err}"
    );
    assert!(err.to_string().contains("nothing was recorded"), "{err}");
    assert_eq!(s.record().outcomes[0], None);
    // an outcome adopting no option needs no flag
    s.apply(outcome(None, false), "c", t(5)).unwrap();
    // with the flag it is recorded and read back
    s.apply(outcome(Some("a"), true), "c", t(6)).unwrap();
    drop(s);
    let snap = read(&path).unwrap();
    let kept = snap.record().outcomes[0].clone().unwrap();
    assert_eq!((kept.option, kept.despite_status), (Some(0), true));
}

#[test]
fn the_flag_is_dropped_when_the_option_was_agreed() {
    let dir = tempfile::tempdir().unwrap();
    let (mut s, _) = new_session(&dir);
    s.apply(pos("WS", Some("support")), "c", t(1)).unwrap();
    s.apply(pos("TO", Some("reservations")), "c", t(2)).unwrap();
    let e = s.apply(outcome(Some("a"), true), "c", t(3)).unwrap();
    assert_eq!(e.change, outcome(Some("a"), false));
    assert!(!s.record().outcomes[0].clone().unwrap().despite_status);
}

#[test]
fn the_flag_survives_a_checkpoint() {
    let dir = tempfile::tempdir().unwrap();
    let (mut s, path) = new_session(&dir);
    s.apply(outcome(Some("b"), true), "c", t(1)).unwrap();
    s.write_checkpoint().unwrap();
    drop(s);
    let snap = read_current(&path).unwrap();
    let kept = snap.record().outcomes[0].clone().unwrap();
    assert_eq!((kept.option, kept.despite_status), (Some(1), true));
}
