//! `TestBackend` snapshots of whole screens at a small and a large size.

use super::*;

#[test]
fn snapshot_sample_80x24() {
    let (_d, mut app) = sample();
    run(
        &mut app,
        &[
            Action::NextItem,
            Action::NextItem,
            Action::Record(0),
            Action::Down,
            Action::Record(1),
            Action::Down,
            Action::Record(2),
            Action::Down,
            Action::ToggleAttendance,
        ],
    );
    run(&mut app, &[Action::Down, Action::EditStatement]);
    typed(&mut app, "Vanuatu will consult.");
    esc(&mut app);
    insta::assert_snapshot!(screen(&app, 80, 24));
}

#[test]
fn snapshot_sample_160x48() {
    let (_d, mut app) = sample();
    run(
        &mut app,
        &[
            Action::NextItem,
            Action::NextItem,
            Action::Record(0),
            Action::Down,
            Action::Record(4),
        ],
    );
    insta::assert_snapshot!(screen(&app, 160, 48));
}

#[test]
fn snapshot_custom_chatham_80x24_and_160x48() {
    let (_d, mut app) = app_on(CUSTOM);
    run(
        &mut app,
        &[
            Action::Record(0),
            Action::Down,
            Action::Record(1),
            Action::Down,
            Action::Record(4),
            Action::Down,
            Action::Record(3),
        ],
    );
    insta::assert_snapshot!("custom_80x24", screen(&app, 80, 24));
    insta::assert_snapshot!("custom_160x48", screen(&app, 160, 48));
}

#[test]
fn snapshot_unicode_roster() {
    let (_d, mut app) = app_on(UNICODE);
    run(
        &mut app,
        &[Action::Record(0), Action::Down, Action::Record(1)],
    );
    insta::assert_snapshot!(screen(&app, 80, 24));
}

#[test]
fn snapshot_help_editor_and_tiny() {
    let (_d, mut app) = sample();
    app.update(Action::Help);
    insta::assert_snapshot!("help_80x24", screen(&app, 80, 24));
    esc(&mut app);
    app.update(Action::EditStatement);
    typed(&mut app, "Talofa lava, Sāmoa.\n日本語も");
    insta::assert_snapshot!("editor_80x24", screen(&app, 80, 24));
    insta::assert_snapshot!("tiny_40x10", screen(&app, 40, 10));
}
