//! The dialogs as components: one key table behind keymap and help, and a
//! dialog that closes only once what it asked for is done.

use super::*;
use crate::agenda::{Attribution, Language};
use crate::keys::{Key, TABLE};
use crate::tui::dialog::{Dialog, StatementEditor, help_rows};
use crate::tui::keymap;

fn event(k: Key) -> KeyEvent {
    let (code, mods) = match k {
        Key::Char(c) => (KeyCode::Char(c), KeyModifiers::NONE),
        Key::Ctrl(c) => (KeyCode::Char(c), KeyModifiers::CONTROL),
        Key::Up => (KeyCode::Up, KeyModifiers::NONE),
        Key::Down => (KeyCode::Down, KeyModifiers::NONE),
        Key::Left => (KeyCode::Left, KeyModifiers::NONE),
        Key::Right => (KeyCode::Right, KeyModifiers::NONE),
        Key::Home => (KeyCode::Home, KeyModifiers::NONE),
        Key::End => (KeyCode::End, KeyModifiers::NONE),
        Key::PageUp => (KeyCode::PageUp, KeyModifiers::NONE),
        Key::PageDown => (KeyCode::PageDown, KeyModifiers::NONE),
        Key::Enter => (KeyCode::Enter, KeyModifiers::NONE),
        Key::Backspace => (KeyCode::Backspace, KeyModifiers::NONE),
        Key::Tab => (KeyCode::Tab, KeyModifiers::NONE),
        Key::BackTab => (KeyCode::BackTab, KeyModifiers::SHIFT),
        Key::F(n) => (KeyCode::F(n), KeyModifiers::NONE),
    };
    KeyEvent::new(code, mods)
}

#[test]
fn the_keymap_and_the_help_come_from_the_one_key_table() {
    let (_d, app) = sample();
    let rows = help_rows(&app.ctx());
    for b in TABLE {
        for k in b.keys {
            assert_eq!(
                keymap::action_for(app.agenda(), event(*k)),
                Some(b.action),
                "{k:?}"
            );
        }
        assert!(
            rows.iter().any(|(keys, what)| {
                *keys == crate::keys::keys_label(b, Language::En)
                    && *what == b.what_in(Language::En)
            }),
            "the help shows {:?}",
            b.action
        );
    }
    assert_eq!(rows.len(), TABLE.len() + app.agenda().stances.len());
}

#[test]
fn a_refused_save_keeps_the_dialog_and_what_was_typed() {
    let (_d, app) = sample();
    let snap = app.snap().clone();
    let mut live = App::new(Source::Live(snap), fixed, std::path::PathBuf::new());
    let editor = StatementEditor::open(&live.ctx(), 0, 0, 0).unwrap();
    live.dialog = Some(Dialog::Statement(editor));
    typed(&mut live, "Fiji will consult its capital");
    esc(&mut live);
    assert!(live.status.starts_with("not recorded"), "{}", live.status);
    let Some(Dialog::Statement(d)) = &live.dialog else {
        panic!("the editor closed: {:?}", live.dialog)
    };
    assert!(d.changed(), "the text is still there");
    chord(&mut live, KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert_eq!(live.dialog, None);
}

#[test]
fn a_failed_export_keeps_the_dialog_open() {
    let (d, mut app) = sample();
    let blocker = d.path().join("blocked");
    std::fs::write(&blocker, "a file where the folder would go").unwrap();
    app.export_dir = blocker.join("exports");
    app.update(Action::Export);
    enter(&mut app);
    assert!(app.status.starts_with("export failed"), "{}", app.status);
    assert!(matches!(app.dialog, Some(Dialog::Export(_))));
    esc(&mut app);
    assert_eq!(app.dialog, None);
}

/// Regression (issue 14): `e` writes in the screen's language and lets the
/// chair choose the minutes: `d` turns the Outcomes into the Summary record.
#[test]
fn export_writes_the_chosen_document_in_the_screens_language() {
    let (d, mut app) = sample();
    app.lang = Language::Fr;
    run(&mut app, &[Action::Record(0), Action::Export]);
    typed(&mut app, "d\n");
    let record = d.path().join("m-summary-record.md");
    let text = std::fs::read_to_string(&record).unwrap_or_else(|e| panic!("{e}: {}", app.status));
    assert!(text.contains("| Soutient |"), "{text}");
    assert!(
        !text.contains("RÉSULTATS") && !text.contains("Supports"),
        "{text}"
    );
    app.lang = Language::En;
    app.update(Action::Export);
    enter(&mut app);
    let outcomes = std::fs::read_to_string(d.path().join("m-minutes.md")).unwrap();
    assert!(outcomes.contains("**OUTCOMES**"), "{outcomes}");
}

/// The dialog's state: `d` switches the document both ways, Enter asks for
/// the chosen format, document and attribution.
#[test]
fn export_dialog_chooses_the_document() {
    use crate::export::Document;
    use crate::tui::dialog::{Export, Input, Outcome};
    let key = |c| Input::Key(KeyEvent::new(c, KeyModifiers::NONE));
    let mut dialog = Export::open(Attribution::Attributed);
    assert_eq!(dialog.document, Document::Outcomes);
    dialog.update(key(KeyCode::Char('d')));
    assert_eq!(dialog.document, Document::Record);
    dialog.update(key(KeyCode::Char('a')));
    assert_eq!(
        dialog.update(key(KeyCode::Enter)),
        Outcome::Export(
            crate::export::Kind::ALL[0],
            Document::Record,
            Attribution::ChathamHouse
        )
    );
    dialog.update(key(KeyCode::Char('d')));
    assert_eq!(dialog.document, Document::Outcomes);
}

/// The export dialog with the Summary record chosen, on a minutes format
/// (the document line in plain text) at the minimum size.
#[test]
fn export_dialog_shows_the_chosen_document() {
    let (_d, mut app) = sample();
    app.lang = Language::En;
    app.update(Action::Export);
    typed(&mut app, "d");
    let s = screen(&app, 80, 24);
    insta::assert_snapshot!("export_record_80x24", s);
    assert!(s.contains("Document: Summary record"), "{s}");
}
