//! The outcome dialog refuses, with the session's message, to keep an
//! option adopted once the meeting no longer agrees on it; the chair's
//! words stay in the editor and nothing is written.

use super::*;
use crate::session::Change;

const TWO: &str = r#"
[meeting]
title = "Fono"

[[members]]
id = "WS"
name = "Sāmoa"

[[members]]
id = "TO"
name = "Tonga"

[[items]]
id = "one"
title = "Item"

[[items.options]]
id = "a"
title = "A"
"#;

fn pos(member: &str, stance: &str) -> Change {
    Change::Position {
        item: "one".into(),
        option: "a".into(),
        member: member.into(),
        stance: Some(stance.into()),
        statement: None,
    }
}

#[test]
fn rewording_an_outcome_whose_option_lost_consensus_is_refused_on_screen() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("m.talanoa");
    let (mut s, _) = Session::open_or_create(&path, TWO, "m.toml", fixed()).unwrap();
    s.apply(pos("WS", "support"), "c", fixed()).unwrap();
    s.apply(pos("TO", "support"), "c", fixed()).unwrap();
    let outcome = Change::Outcome {
        item: "one".into(),
        text: "agreed A".into(),
        option: Some("a".into()),
        despite_status: false,
    };
    s.apply(outcome, "c", fixed()).unwrap();
    s.apply(pos("TO", "block"), "c", fixed()).unwrap();
    drop(s);
    let before = std::fs::read(&path).unwrap();
    let s = Session::open(&path).unwrap();
    let mut app = App::new(Source::Chair(s), fixed, dir.path().to_path_buf());
    run(&mut app, &[Action::EditOutcome]);
    typed(&mut app, " in full");
    esc(&mut app);
    assert!(app.status.contains("not recorded"), "{}", app.status);
    assert!(app.status.contains("no consensus"), "{}", app.status);
    assert!(
        matches!(app.dialog, Some(Dialog::Outcome(_))),
        "the words stay in the editor"
    );
    let kept = app.snap().record().outcomes[0].clone().map(|o| o.text);
    assert_eq!(kept.as_deref(), Some("agreed A"));
    chord(&mut app, KeyCode::Char('c'), KeyModifiers::CONTROL);
    drop(app);
    assert_eq!(std::fs::read(&path).unwrap(), before, "nothing written");
}
