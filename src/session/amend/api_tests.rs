//! The four session functions: each records one amendment, or refuses it
//! with a typed reason and writes nothing.

use super::super::tests::{new_session, t};
use super::super::{
    AmendError, Field, NewItem, NewMember, NewOption, ProposedBy, Rename, Session, Subject, read,
};
use crate::agenda::ItemKind;
use crate::consensus::Role;

fn option(id: &str, title: &str, by: Option<ProposedBy>) -> NewOption {
    NewOption {
        item: "one".into(),
        option: id.into(),
        title: title.into(),
        summary: Some("Both, in turn".into()),
        proposed_by: by,
    }
}

fn late(id: &str, name: &str, role: Role) -> NewMember {
    NewMember {
        member: id.into(),
        name: name.into(),
        role,
        group: Some("Polynesia".into()),
        name_in_text: None,
    }
}

/// Asserts the session file holds exactly `n` changes.
fn stored(s: &Session, n: usize) {
    assert_eq!(read(&s.snapshot().path).unwrap().log.len(), n);
}

#[test]
fn add_option_records_who_proposed_it() {
    let dir = tempfile::tempdir().unwrap();
    let (mut s, _) = new_session(&dir);
    let by_tonga = option("c", "Tonga's text", Some(ProposedBy::Member("TO".into())));
    assert_eq!(s.add_option(by_tonga, "sec", t(1)).unwrap().seq, 1);
    let chair = option(
        "d",
        "Chair's compromise",
        Some(ProposedBy::Words("the Chair".into())),
    );
    s.add_option(chair, "sec", t(2)).unwrap();
    let p = &s.record().amended.options;
    assert_eq!(p.get(&(0, 2)).and_then(|p| p.member), Some(1));
    assert_eq!(
        p.get(&(0, 3)).and_then(|p| p.proposer.clone()).as_deref(),
        Some("the Chair")
    );
    assert_eq!(s.agenda().items[0].options[3].title, "Chair's compromise");
    stored(&s, 2);
}

#[test]
fn add_option_refusals_are_typed_and_write_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (mut s, _) = new_session(&dir);
    let e = s
        .add_option(option("a", "Again", None), "sec", t(1))
        .unwrap_err();
    assert!(
        matches!(&e, AmendError::Taken { id, .. } if id == "a"),
        "{e}"
    );
    assert_eq!(
        e.to_string(),
        "there is already an option in item \"one\" with the id \"a\"; choose another id"
    );
    let e = s
        .add_option(option("no way", "T", None), "sec", t(1))
        .unwrap_err();
    assert!(matches!(e, AmendError::BadId { .. }), "{e}");
    let e = s
        .add_option(option("c", "  ", None), "sec", t(1))
        .unwrap_err();
    assert!(matches!(e, AmendError::Empty { .. }), "{e}");
    let ghost = option("c", "T", Some(ProposedBy::Member("XX".into())));
    let e = s.add_option(ghost, "sec", t(1)).unwrap_err();
    assert!(matches!(e, AmendError::Refused(_)), "{e}");
    assert!(e.is_bad_input());
    stored(&s, 0);
    assert_eq!(s.agenda().items[0].options.len(), 2);
}

#[test]
fn add_item_records_the_item_and_its_options_in_one_go() {
    let dir = tempfile::tempdir().unwrap();
    let (mut s, _) = new_session(&dir);
    let aob = NewItem {
        item: "aob".into(),
        title: "Next meeting in Nukuʻalofa".into(),
        background: None,
        kind: Some(ItemKind::OtherBusiness),
        options: vec![
            ("march".into(), "March".into()),
            ("may".into(), "May".into()),
        ],
    };
    assert_eq!(s.add_item(aob, "sec", t(1)).unwrap().seq, 3);
    let it = &s.agenda().items[1];
    assert_eq!((it.id.as_str(), it.options.len()), ("aob", 2));
    assert!(s.record().amended.items.contains(&1));
    stored(&s, 3);
}

#[test]
fn add_item_refuses_a_repeated_option_id_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (mut s, _) = new_session(&dir);
    let mut aob = NewItem {
        item: "aob".into(),
        title: "Other business".into(),
        background: None,
        kind: Some(ItemKind::OtherBusiness),
        options: vec![("x".into(), "X".into()), ("x".into(), "Y".into())],
    };
    let e = s.add_item(aob.clone(), "sec", t(1)).unwrap_err();
    assert!(matches!(e, AmendError::Taken { .. }), "{e}");
    aob.options = vec![("y".into(), " ".into())];
    assert!(matches!(
        s.add_item(aob.clone(), "sec", t(1)),
        Err(AmendError::Empty { .. })
    ));
    aob.item = "one".into();
    aob.options.clear();
    assert!(matches!(
        s.add_item(aob, "sec", t(1)),
        Err(AmendError::Taken { .. })
    ));
    stored(&s, 0);
    assert_eq!(s.agenda().items.len(), 1);
}

#[test]
fn add_member_adds_a_late_observer_and_refuses_a_taken_id() {
    let dir = tempfile::tempdir().unwrap();
    let (mut s, _) = new_session(&dir);
    s.add_member(late("NU", "Niuē", Role::Observer), "sec", t(1))
        .unwrap();
    let m = &s.agenda().members[3];
    assert_eq!((m.name.as_str(), m.role), ("Niuē", Role::Observer));
    let e = s
        .add_member(late("WS", "Sāmoa again", Role::Member), "sec", t(2))
        .unwrap_err();
    assert!(matches!(e, AmendError::Taken { .. }), "{e}");
    let e = s
        .add_member(late("FJ", "", Role::Member), "sec", t(2))
        .unwrap_err();
    assert_eq!(e.to_string(), "the member's name is empty; give the words");
    stored(&s, 1);
}

#[test]
fn rename_corrects_each_subject_and_refuses_the_same_text() {
    let dir = tempfile::tempdir().unwrap();
    let (mut s, _) = new_session(&dir);
    let fix = |subject, field, text: &str| Rename {
        subject,
        field,
        text: text.into(),
    };
    s.rename(
        fix(Subject::Member("TO".into()), Field::Name, "Tonga"),
        "sec",
        t(1),
    )
    .unwrap();
    s.rename(
        fix(Subject::Item("one".into()), Field::Summary, "Why"),
        "sec",
        t(2),
    )
    .unwrap();
    let option = Subject::Option("one".into(), "b".into());
    s.rename(
        fix(option.clone(), Field::Title, "B (revised)"),
        "sec",
        t(3),
    )
    .unwrap();
    assert_eq!(s.agenda().members[1].name, "Tonga");
    assert_eq!(s.agenda().items[0].background.as_deref(), Some("Why"));
    assert_eq!(s.agenda().items[0].options[1].title, "B (revised)");
    let e = s
        .rename(fix(option, Field::Title, "B (revised)"), "sec", t(4))
        .unwrap_err();
    assert!(matches!(e, AmendError::Unchanged { .. }), "{e}");
    let e = s
        .rename(
            fix(Subject::Item("one".into()), Field::Name, "X"),
            "sec",
            t(4),
        )
        .unwrap_err();
    assert!(matches!(e, AmendError::Refused(_)), "{e}");
    stored(&s, 3);
}

#[test]
fn one_undo_takes_back_a_whole_add_item_and_one_redo_brings_it_back() {
    // regression: undo took back only the last of the item's options
    let dir = tempfile::tempdir().unwrap();
    let (mut s, _) = new_session(&dir);
    let aob = NewItem {
        item: "aob".into(),
        title: "Next meeting in Nukuʻalofa".into(),
        background: None,
        kind: Some(ItemKind::OtherBusiness),
        options: vec![
            ("march".into(), "March".into()),
            ("may".into(), "May".into()),
        ],
    };
    s.add_item(aob, "sec", t(1)).unwrap();
    // an option added on its own later is its own amendment
    s.add_option(option("both", "Both", None), "sec", t(2))
        .unwrap();
    assert_eq!(s.agenda().items[0].options.len(), 3);
    s.undo("sec", t(3)).unwrap();
    assert_eq!(
        s.agenda().items[0].options.len(),
        2,
        "the later option alone"
    );
    assert_eq!(s.agenda().items.len(), 2);
    let e = s.undo("sec", t(4)).unwrap().unwrap().clone();
    assert_eq!(s.agenda().items.len(), 1, "the item and both its options");
    assert!(
        matches!(e.change, crate::session::Change::Undo { target: 1 }),
        "{e:?}"
    );
    stored(&s, 8);
    let e = s.redo("sec", t(5)).unwrap().unwrap().clone();
    assert!(
        matches!(e.change, crate::session::Change::Redo { target: 1 }),
        "{e:?}"
    );
    assert_eq!(s.agenda().items[1].options.len(), 2);
    stored(&s, 11);
}

#[test]
fn rename_refuses_a_correction_that_changes_only_spaces_or_line_breaks() {
    // regression: a summary's line breaks turned into spaces was recorded as a correction
    let dir = tempfile::tempdir().unwrap();
    let (mut s, _) = new_session(&dir);
    let fix = |subject, field, text: &str| Rename {
        subject,
        field,
        text: text.into(),
    };
    let summary = "Ko e ʻuluaki.\n\nKo e ua.";
    s.rename(
        fix(Subject::Item("one".into()), Field::Summary, summary),
        "sec",
        t(1),
    )
    .unwrap();
    for spaced in ["Ko e ʻuluaki. Ko e ua.", "Ko e  ʻuluaki.\nKo e ua."] {
        let e = s
            .rename(
                fix(Subject::Item("one".into()), Field::Summary, spaced),
                "sec",
                t(2),
            )
            .unwrap_err();
        assert!(matches!(e, AmendError::OnlySpacing { .. }), "{e}");
        assert!(
            e.to_string().contains("only in spaces or line breaks"),
            "{e}"
        );
        assert!(e.is_bad_input());
    }
    let e = s
        .rename(
            fix(Subject::Member("TO".into()), Field::Name, "Tonga  ʻOkina"),
            "sec",
            t(3),
        )
        .unwrap_err();
    assert!(matches!(e, AmendError::OnlySpacing { .. }), "{e}");
    stored(&s, 1);
}
