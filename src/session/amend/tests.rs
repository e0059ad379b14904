//! Amendments replay to the agenda as amended, through undo and redo,
//! checkpoints and reopening; refused amendments change nothing.

use super::super::tests::{new_session, pos, t};
use super::super::{Change, Field, Session, SessionError, read, read_current};
use crate::consensus::Role;

fn add_option(member: Option<&str>) -> Change {
    Change::AddOption {
        item: "one".into(),
        option: "c".into(),
        title: "Chair's compromise".into(),
        summary: Some("Both, in turn".into()),
        member: member.map(String::from),
        proposer: None,
    }
}

fn late_member() -> Change {
    Change::AddMember {
        member: "NU".into(),
        name: "Niuē".into(),
        role: Role::Member,
        group: Some("Polynesia".into()),
        name_in_text: None,
    }
}

fn other_business() -> Change {
    Change::AddItem {
        item: "aob".into(),
        title: "Next meeting".into(),
        background: None,
        item_kind: Some(crate::agenda::ItemKind::OtherBusiness),
    }
}

fn rename_member(text: &str) -> Change {
    Change::Rename {
        item: None,
        option: None,
        member: Some("TO".into()),
        field: Field::Name,
        text: text.into(),
    }
}

fn on_new_option(member: &str) -> Change {
    Change::Position {
        item: "one".into(),
        option: "c".into(),
        member: member.into(),
        stance: Some("support".into()),
        statement: Some("We can live with this".into()),
    }
}

#[test]
fn amended_agenda_keeps_every_index_and_takes_new_ids_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let (mut s, path) = new_session(&dir);
    s.apply(pos("WS", Some("support")), "sec", t(1)).unwrap();
    s.apply(add_option(Some("WS")), "sec", t(2)).unwrap();
    s.apply(late_member(), "sec", t(3)).unwrap();
    s.apply(other_business(), "sec", t(4)).unwrap();
    s.apply(on_new_option("NU"), "sec", t(5)).unwrap();
    s.apply(rename_member("Tonga"), "sec", t(6)).unwrap();
    let a = s.agenda();
    assert_eq!(a.items[0].options[2].id, "c");
    assert_eq!(a.members[3].id, "NU");
    assert_eq!(a.items[1].id, "aob");
    assert_eq!(a.members[1].name, "Tonga");
    assert_eq!(
        a.members[1].aliases,
        ["Tonga ʻOkina"],
        "the former name is still redacted"
    );
    let r = s.record();
    assert_eq!(r.position(0, 0, 0).and_then(|p| p.stance), Some(0));
    assert_eq!(r.position(0, 2, 3).and_then(|p| p.stance), Some(0));
    assert_eq!(r.outcomes.len(), 2);
    assert_eq!(r.absent.len(), 4);
    let proposal = &r.amended.options[&(0, 2)];
    assert_eq!(proposal.member, Some(0));
    let c = &r.amended.corrections[0];
    assert_eq!(
        (c.member, c.was.as_deref(), c.now.as_str()),
        (Some(1), Some("Tonga ʻOkina"), "Tonga")
    );
    // the stored agenda copy is unchanged; reading the log gives the same
    assert_eq!(s.snapshot().log.original().members.len(), 3);
    let back = read(&path).unwrap();
    assert_eq!(back.agenda, *s.agenda());
    assert_eq!(back.record(), s.record());
}

#[test]
fn undo_and_redo_take_amendments_back_and_bring_them_back() {
    let dir = tempfile::tempdir().unwrap();
    let (mut s, path) = new_session(&dir);
    let before = s.agenda().clone();
    s.apply(add_option(None), "sec", t(1)).unwrap();
    s.apply(on_new_option("WS"), "sec", t(2)).unwrap();
    s.apply(rename_member("Tonga"), "sec", t(3)).unwrap();
    let amended = s.agenda().clone();
    for n in 0..3 {
        s.undo("sec", t(4 + n)).unwrap().unwrap();
    }
    assert_eq!(*s.agenda(), before);
    assert!(s.record().positions.is_empty());
    assert!(s.record().amended.entries.is_empty());
    // taken back: the id is free again and a position on it is refused
    assert!(s.apply(on_new_option("WS"), "sec", t(8)).is_err());
    for n in 0..3 {
        s.redo("sec", t(9 + n)).unwrap().unwrap();
    }
    assert_eq!(*s.agenda(), amended);
    assert_eq!(read(&path).unwrap().agenda, amended);
    drop(s);
    let s = Session::open(&path).unwrap();
    assert_eq!(*s.agenda(), amended);
}

#[test]
fn refused_amendments_change_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (mut s, path) = new_session(&dir);
    s.apply(add_option(None), "sec", t(1)).unwrap();
    let opt = |item: &str, option: &str, member: Option<&str>| Change::AddOption {
        item: item.into(),
        option: option.into(),
        title: "T".into(),
        summary: None,
        member: member.map(String::from),
        proposer: None,
    };
    let member = |id: &str, name: &str| Change::AddMember {
        member: id.into(),
        name: name.into(),
        role: Role::Observer,
        group: None,
        name_in_text: None,
    };
    let refused = [
        add_option(None),
        opt("nope", "d", None),
        opt("one", "bad id!", None),
        opt("one", "d", Some("XX")),
        member("WS", "Again"),
        member("NU", "  "),
        Change::AddItem {
            item: "one".into(),
            title: "Again".into(),
            background: None,
            item_kind: None,
        },
        rename_member("Tonga ʻOkina"),
        rename_member(""),
        Change::Rename {
            item: Some("one".into()),
            option: None,
            member: None,
            field: Field::Name,
            text: "x".into(),
        },
        Change::Rename {
            item: None,
            option: Some("a".into()),
            member: None,
            field: Field::Title,
            text: "x".into(),
        },
    ];
    for change in refused {
        let err = s.apply(change.clone(), "sec", t(2)).unwrap_err();
        assert!(matches!(err, SessionError::Refused(_)), "{change:?}: {err}");
    }
    assert_eq!(read(&path).unwrap().log.len(), 1);
}

#[test]
fn corrections_of_items_and_options() {
    let dir = tempfile::tempdir().unwrap();
    let (mut s, _path) = new_session(&dir);
    let rename = |option: Option<&str>, field, text: &str| Change::Rename {
        item: Some("one".into()),
        option: option.map(String::from),
        member: None,
        field,
        text: text.into(),
    };
    s.apply(rename(None, Field::Title, "Item, corrected"), "sec", t(1))
        .unwrap();
    s.apply(rename(None, Field::Summary, "Why we meet"), "sec", t(2))
        .unwrap();
    s.apply(rename(Some("b"), Field::Title, "B′"), "sec", t(3))
        .unwrap();
    s.apply(rename(Some("b"), Field::Summary, "日本 text"), "sec", t(4))
        .unwrap();
    let it = &s.agenda().items[0];
    assert_eq!(it.title, "Item, corrected");
    assert_eq!(it.background.as_deref(), Some("Why we meet"));
    assert_eq!(it.options[1].title, "B′");
    assert_eq!(it.options[1].summary.as_deref(), Some("日本 text"));
    s.undo("sec", t(5)).unwrap();
    assert_eq!(s.agenda().items[0].options[1].summary, None);
}

#[test]
fn checkpoints_hold_amendments_and_resume_to_the_same_record() {
    let dir = tempfile::tempdir().unwrap();
    let (mut s, path) = new_session(&dir);
    s.apply(add_option(Some("TO")), "sec", t(1)).unwrap();
    s.apply(late_member(), "sec", t(2)).unwrap();
    s.apply(on_new_option("NU"), "sec", t(3)).unwrap();
    s.apply(rename_member("Tonga"), "sec", t(4)).unwrap();
    s.apply(other_business(), "sec", t(5)).unwrap();
    s.undo("sec", t(6)).unwrap();
    s.write_checkpoint().unwrap();
    let format: i64 = rusqlite::Connection::open(&path)
        .unwrap()
        .query_row("SELECT format FROM checkpoint", [], |r| r.get(0))
        .unwrap();
    assert_eq!(format, 2, "a checkpoint with amendments is layout 2");
    let amended = s.agenda().clone();
    let record = s.record().clone();
    drop(s);
    let mut s = Session::open(&path).unwrap();
    assert!(!s.snapshot().log.is_whole(), "resumed from the checkpoint");
    assert_eq!(*s.agenda(), amended);
    assert_eq!(*s.record(), record);
    assert_eq!(read_current(&path).unwrap().agenda, amended);
    // verify's check: the checkpoint gives the record the whole log gives
    assert!(super::super::checkpoint_agrees(&read(&path).unwrap()).unwrap());
    // redo across the checkpoint, then undo back past it
    s.redo("sec", t(7)).unwrap().unwrap();
    assert_eq!(s.agenda().items.len(), 2);
    for n in 0..5 {
        s.undo("sec", t(8 + n)).unwrap().unwrap();
    }
    assert_eq!(s.agenda(), s.snapshot().log.original());
    assert_eq!(read(&path).unwrap().record(), s.record());
}

#[test]
fn an_old_checkpoint_without_amendments_still_resumes() {
    let dir = tempfile::tempdir().unwrap();
    let (mut s, path) = new_session(&dir);
    s.apply(pos("WS", Some("support")), "sec", t(1)).unwrap();
    s.write_checkpoint().unwrap();
    let format: i64 = rusqlite::Connection::open(&path)
        .unwrap()
        .query_row("SELECT format FROM checkpoint", [], |r| r.get(0))
        .unwrap();
    assert_eq!(format, 1, "no amendment: the layout every talanoa reads");
    s.apply(add_option(None), "sec", t(2)).unwrap();
    s.apply(on_new_option("TO"), "sec", t(3)).unwrap();
    drop(s);
    let s = Session::open(&path).unwrap();
    assert!(!s.snapshot().log.is_whole());
    assert_eq!(s.agenda().items[0].options.len(), 3);
    assert_eq!(s.record(), read(&path).unwrap().record());
}
