//! Withdrawing an action: a recorded change that takes the action out of
//! the record (and so out of the minutes); undo puts it back in its place.

use super::*;

fn action(text: &str) -> Change {
    Change::Action {
        item: "one".into(),
        text: text.into(),
        owner: Some("Secretariat".into()),
        due: None,
    }
}

fn withdraw(action: i64) -> Change {
    Change::WithdrawAction {
        item: "one".into(),
        action,
    }
}

fn texts(s: &Session) -> Vec<String> {
    s.record().actions.iter().map(|a| a.text.clone()).collect()
}

#[test]
fn a_withdrawn_action_leaves_the_record_and_undo_puts_it_back_in_place() {
    let dir = tempfile::tempdir().unwrap();
    let (mut s, path) = new_session(&dir);
    s.apply(action("Circulate the study"), "c", t(1)).unwrap();
    s.apply(action("Consult Tonga ʻokina"), "c", t(2)).unwrap();
    let e = s.apply(withdraw(1), "c", t(3)).unwrap().clone();
    assert_eq!(e.change.kind(), "withdraw-action");
    assert_eq!(texts(&s), ["Consult Tonga ʻokina"]);
    s.undo("c", t(4)).unwrap();
    assert_eq!(texts(&s), ["Circulate the study", "Consult Tonga ʻokina"]);
    s.redo("c", t(5)).unwrap();
    assert_eq!(texts(&s), ["Consult Tonga ʻokina"]);
    drop(s);
    let s = Session::open(&path).unwrap();
    assert_eq!(
        texts(&s),
        ["Consult Tonga ʻokina"],
        "the same after reopening"
    );
    let whole = crate::session::read(&path).unwrap();
    assert_eq!(whole.record().actions, s.record().actions);
}

#[test]
fn withdrawing_what_is_not_in_the_record_is_refused_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (mut s, path) = new_session(&dir);
    s.apply(action("Circulate the study"), "c", t(1)).unwrap();
    s.apply(withdraw(1), "c", t(2)).unwrap();
    let before = std::fs::read(&path).unwrap();
    for bad in [withdraw(1), withdraw(2), withdraw(99)] {
        let err = s.apply(bad, "c", t(3)).unwrap_err();
        assert!(err.to_string().contains("is in the record"), "{err}");
    }
    let wrong_item = Change::WithdrawAction {
        item: "nowhere".into(),
        action: 1,
    };
    assert!(s.apply(wrong_item, "c", t(3)).is_err());
    assert_eq!(std::fs::read(&path).unwrap(), before, "nothing written");
}
