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

#[test]
fn reopening_resumes_on_the_item_option_and_member_left() {
    let (_d, mut app) = sample();
    run(
        &mut app,
        &[
            Action::NextItem,
            Action::NextItem,
            Action::NextOption,
            Action::Down,
        ],
    );
    let saved = app.saved_place();
    let (_d2, mut fresh) = sample();
    fresh.resume(saved.as_ref());
    assert_eq!((fresh.item, fresh.option, fresh.selected), (2, 1, 1));

    // without a kept place: where the last change was recorded
    run(
        &mut app,
        &[Action::Record(0), Action::PrevItem, Action::First],
    );
    let snap = app.snap().clone();
    let mut live = App::new(Source::Live(snap), fixed, std::path::PathBuf::new());
    live.resume(None);
    assert_eq!((live.item, live.option, live.selected), (2, 1, 1));
    // a kept place the agenda no longer has changes nothing
    let gone = super::super::place::Saved {
        item: "gone".into(),
        option: "x".into(),
        member: "ZZ".into(),
        timer: None,
    };
    live.resume(Some(&gone));
    assert_eq!((live.item, live.option, live.selected), (2, 1, 1));
}

#[test]
fn times_are_the_meetings_with_the_zone_in_the_status_line() {
    let text = include_str!("../../../tests/fixtures/format2.toml");
    let (_d, mut app) = app_on(text);
    let zone = app
        .agenda()
        .meeting
        .timezone
        .map(|z| z.name())
        .unwrap_or_default();
    assert!(!zone.is_empty(), "the fixture names a zone");
    run(&mut app, &[Action::Record(0)]);
    let shown = screen(&app, 100, 30);
    assert!(shown.contains(zone), "{shown}");
    let local = app.zone.clock_seconds(fixed());
    assert!(app.status.ends_with(&local), "{} vs {local}", app.status);
}
