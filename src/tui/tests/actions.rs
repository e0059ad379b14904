//! Outcomes and actions can be seen, edited and withdrawn on the screen; a
//! withdrawn action is struck out in the history and absent from minutes.

use ratatui::style::Modifier;

use super::*;
use crate::export::{Kind, Request, render};

fn actions(app: &App) -> Vec<String> {
    app.snap()
        .record()
        .actions
        .iter()
        .map(|a| a.text.clone())
        .collect()
}

fn minutes(app: &App) -> String {
    let req = Request::new(Kind::Markdown, &app.snap().agenda);
    String::from_utf8(render(app.snap(), &req).unwrap()).unwrap()
}

#[test]
fn actions_are_seen_edited_and_withdrawn() {
    let (_d, mut app) = sample();
    typed(&mut app, "tCirculate the study\tSecretariat\n\n");
    typed(&mut app, "tConsult capitals\n\n\n");
    assert_eq!(actions(&app), ["Circulate the study", "Consult capitals"]);
    let shown = screen(&app, 100, 40);
    assert!(
        shown.contains("• Circulate the study — Secretariat"),
        "{shown}"
    );

    // edit the first: PgUp twice, new words, Esc
    typed(&mut app, "t");
    press(&mut app, KeyCode::PageUp);
    press(&mut app, KeyCode::PageUp);
    assert!(screen(&app, 100, 40).contains("Action 1 of 2"));
    typed(&mut app, " by July");
    esc(&mut app);
    assert_eq!(
        actions(&app),
        ["Consult capitals", "Circulate the study by July"]
    );
    let n = app.snap().log.len();

    // unchanged: nothing recorded
    typed(&mut app, "t");
    press(&mut app, KeyCode::PageUp);
    esc(&mut app);
    assert_eq!(app.snap().log.len(), n);

    // withdraw "Consult capitals"
    typed(&mut app, "t");
    press(&mut app, KeyCode::PageUp);
    press(&mut app, KeyCode::PageUp);
    chord(&mut app, KeyCode::Char('w'), KeyModifiers::CONTROL);
    assert_eq!(actions(&app), ["Circulate the study by July"]);
    assert!(app.dialog.is_none());
    let m = minutes(&app).to_lowercase();
    assert!(m.contains("circulate the study by july"), "{m}");
    assert!(
        !m.contains("consult capitals"),
        "withdrawn: not in the minutes"
    );

    // struck out in the history pane
    let mut t = Terminal::new(TestBackend::new(160, 48)).unwrap();
    t.draw(|f| views::draw(f, &app)).unwrap();
    let buf = t.backend().buffer().clone();
    let struck: String = buf
        .content()
        .iter()
        .filter(|c| c.modifier.contains(Modifier::CROSSED_OUT))
        .map(|c| c.symbol())
        .collect();
    assert!(struck.contains("Consult capitals"), "{struck}");
    assert!(!struck.contains("by July"), "{struck}");

    // undo brings it back
    run(&mut app, &[Action::Undo]);
    assert_eq!(
        actions(&app),
        ["Consult capitals", "Circulate the study by July"]
    );
}

#[test]
fn withdrawing_needs_a_recorded_action_shown() {
    let (_d, mut app) = sample();
    typed(&mut app, "t");
    chord(&mut app, KeyCode::Char('w'), KeyModifiers::CONTROL);
    assert!(app.status.contains("nothing to withdraw"), "{}", app.status);
    assert_eq!(app.snap().log.len(), 0);
}
