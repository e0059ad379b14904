//! Every text readable, and undo and redo that say what they did.

use super::*;

fn select(app: &mut App, id: &str) {
    typed(app, &format!("/{id}\n"));
}

#[test]
fn undo_and_redo_say_what_they_did_and_go_there() {
    let (_d, mut app) = sample();
    run(&mut app, &[Action::NextItem, Action::NextItem]);
    select(&mut app, "TV");
    run(
        &mut app,
        &[Action::Record(1), Action::PrevItem, Action::First],
    );
    run(&mut app, &[Action::Undo]);
    assert_eq!(
        app.status,
        "saved #2 · undid #1: Tuvalu on 3.1 Diplomatic Option — was Supports with reservations, now not yet heard"
    );
    let tv = app.agenda().member_index("TV");
    assert_eq!((app.item, app.option, app.member()), (2, 0, tv));
    run(&mut app, &[Action::PrevItem, Action::Redo]);
    assert_eq!(
        app.status,
        "saved #3 · redid #1: Tuvalu on 3.1 Diplomatic Option — Supports with reservations again"
    );
    assert_eq!((app.item, app.member()), (2, tv));
    run(&mut app, &[Action::Down, Action::ToggleAttendance]);
    let marked = app.member();
    run(&mut app, &[Action::First, Action::Undo]);
    assert!(app.status.ends_with("marked absent"), "{}", app.status);
    assert_eq!(app.member(), marked, "back on the member marked");
}
