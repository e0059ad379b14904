//! Sessions recorded before format 2 renamed the default block stance: a
//! log holding the former id still opens and reads the same, and the
//! former id given today is recorded under the new one.

use super::*;
use crate::agenda::FORMER_BLOCK_ID;
use crate::consensus::Status;

#[test]
fn a_log_with_the_former_block_id_opens_and_reads_as_block() {
    let dir = tempfile::tempdir().unwrap();
    let (mut s, path) = new_session(&dir);
    // apply_all stores changes as given, as an older talanoa wrote them
    let old = vec![
        pos("WS", Some(FORMER_BLOCK_ID)),
        pos("TO", Some(FORMER_BLOCK_ID)),
    ];
    s.apply_all(old, "sec", t(1)).unwrap();
    drop(s);
    let snap = read(&path).unwrap();
    let a = &snap.agenda;
    let block = a.stance_index("block").unwrap();
    for m in [0, 1] {
        let held = snap.record().position(0, 0, m).and_then(|p| p.stance);
        assert_eq!(held, Some(block));
    }
    assert_eq!(a.stances[block].label, "Cannot join consensus");
    // two blocks under consensus-minus-one: no consensus, as before
    assert_eq!(snap.record().status(a, 0, 0), Status::NoConsensus);
    let review = crate::review::member_lines(&snap, 0, crate::agenda::Language::En).join("\n");
    assert!(review.contains("Cannot join consensus [block]"), "{review}");
    assert!(!review.contains(FORMER_BLOCK_ID), "{review}");
    // and the session keeps recording
    let mut s = Session::open(&path).unwrap();
    s.apply(pos("WS", Some("support")), "sec", t(2)).unwrap();
}

#[test]
fn the_former_block_id_given_today_is_recorded_as_block() {
    let dir = tempfile::tempdir().unwrap();
    let (mut s, path) = new_session(&dir);
    let entry = s
        .apply(pos("TO", Some(FORMER_BLOCK_ID)), "sec", t(1))
        .unwrap();
    assert_eq!(entry.change, pos("TO", Some("block")));
    drop(s);
    let snap = read(&path).unwrap();
    assert_eq!(snap.log.entries()[0].change, pos("TO", Some("block")));
}

#[test]
fn a_custom_scale_gives_the_former_id_no_meaning() {
    let custom = format!(
        "{AGENDA}\n[[stances]]\nid = \"yes\"\nlabel = \"Agrees\"\nkey = \"1\"\neffect = \"support\"\n\n[[stances]]\nid = \"no\"\nlabel = \"Cannot agree\"\nkey = \"2\"\neffect = \"block\"\n"
    );
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("c.talanoa");
    let (mut s, _) = Session::open_or_create(&path, &custom, "c.toml", t(0)).unwrap();
    let err = s
        .apply(pos("TO", Some(FORMER_BLOCK_ID)), "sec", t(1))
        .unwrap_err()
        .to_string();
    assert!(err.contains("unknown stance"), "{err}");
}
