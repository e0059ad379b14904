//! Amending on the screen: the menu and its four forms (open, type, save,
//! Esc records nothing, a refusal keeps the form and writes nothing), the
//! roster rebuilt through add-member, undo and redo, and the selection
//! never moved by an amendment.

use super::*;
use crate::agenda::Language;
use crate::session::{Change, ProposedBy, read};

/// Opens the amendment menu with Ctrl-E and picks choice `n` (1-4).
fn amend(app: &mut App, n: char) {
    chord(app, KeyCode::Char('e'), KeyModifiers::CONTROL);
    assert!(
        matches!(app.dialog, Some(Dialog::Amend(_))),
        "{}",
        app.status
    );
    press(app, KeyCode::Char(n));
}

/// How many changes the session file holds, read back from disk.
fn on_disk(app: &App) -> usize {
    read(&app.snap().path).unwrap().log.len()
}

fn backspaces(app: &mut App, n: usize) {
    for _ in 0..n {
        press(app, KeyCode::Backspace);
    }
}

/// Types a late delegation's form: id, name, `rights` presses of → on the role, group.
fn late_member(app: &mut App, id: &str, name: &str, rights: usize, group: &str) {
    amend(app, '3');
    typed(app, &format!("{id}\t{name}\t"));
    for _ in 0..rights {
        press(app, KeyCode::Right);
    }
    typed(app, &format!("\t{group}\n"));
}

#[test]
fn ctrl_e_and_f2_open_the_menu_and_esc_records_nothing() {
    let (_d, mut app) = app_on(UNICODE);
    for open in [
        KeyEvent::new(KeyCode::Char('e'), KeyModifiers::CONTROL),
        KeyEvent::new(KeyCode::F(2), KeyModifiers::NONE),
    ] {
        app.handle_key(open);
        assert!(matches!(app.dialog, Some(Dialog::Amend(_))));
        esc(&mut app);
        assert!(app.dialog.is_none());
        assert_eq!(app.status, "nothing recorded");
    }
    assert_eq!(on_disk(&app), 0);
}

#[test]
fn esc_in_each_form_records_nothing_even_with_text_typed() {
    let (_d, mut app) = app_on(UNICODE);
    for n in ['1', '2', '3', '4'] {
        amend(&mut app, n);
        assert!(app.dialog.is_some(), "form {n} opens");
        typed(&mut app, "x");
        assert!(app.dialog.as_ref().is_some_and(Dialog::has_unsaved_text));
        esc(&mut app);
        assert!(app.dialog.is_none(), "form {n} closes");
        assert_eq!(app.status, "nothing recorded");
    }
    assert_eq!(on_disk(&app), 0);
    assert_eq!(app.snap().log.len(), 0);
}

#[test]
fn add_option_records_the_proposer_and_keeps_the_selection() {
    let (_d, mut app) = app_on(UNICODE);
    run(&mut app, &[Action::Down]);
    let before = (app.item, app.option, app.selected);
    amend(&mut app, '1');
    typed(
        &mut app,
        "tonga\tFokotuʻu ʻa Tonga\tKo e fokotuʻu fakalelei\t",
    );
    // the chair's words first, then the roster: Sāmoa, Tonga
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Right);
    enter(&mut app);
    assert!(app.dialog.is_none(), "{}", app.status);
    assert_eq!((app.item, app.option, app.selected), before);
    assert!(app.status.starts_with("saved #1"), "{}", app.status);
    assert!(app.status.contains("option 1.2"), "{}", app.status);
    assert!(app.status.contains("→ reaches it"), "{}", app.status);
    let it = &app.agenda().items[0];
    assert_eq!(it.options[1].title, "Fokotuʻu ʻa Tonga");
    let p = app.snap().record().amended.options.get(&(0, 1)).cloned();
    assert_eq!(p.and_then(|p| p.member), Some(1));
    assert_eq!(on_disk(&app), 1);
}

#[test]
fn add_option_by_the_chair_names_the_agendas_chair() {
    let (_d, mut app) = app_on(UNICODE);
    amend(&mut app, '1');
    typed(&mut app, "chair\tChair's compromise\t\t\n");
    assert!(app.dialog.is_none(), "{}", app.status);
    match &app.snap().log.entries()[0].change {
        Change::AddOption {
            proposer, member, ..
        } => {
            assert_eq!(proposer.as_deref(), Some("Sāmoa"), "the agenda's chair");
            assert_eq!(member, &None);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_refused_option_keeps_the_form_says_why_and_writes_nothing() {
    let (_d, mut app) = app_on(UNICODE);
    amend(&mut app, '1');
    // "a" is the id of an option the agenda has
    typed(&mut app, "a\tAgain\t\t\n");
    assert!(matches!(app.dialog, Some(Dialog::AddOption(_))));
    assert_eq!(app.tone, crate::tui::app::Tone::Error);
    assert!(
        app.status
            .contains("already an option in item \"fono\" with the id \"a\""),
        "{}",
        app.status
    );
    assert_eq!(on_disk(&app), 0);
    // an empty title is refused too, then the fixed form is recorded
    typed(&mut app, "\t\t");
    press(&mut app, KeyCode::BackTab);
    press(&mut app, KeyCode::BackTab);
    press(&mut app, KeyCode::BackTab);
    backspaces(&mut app, 1);
    typed(&mut app, "b2\t");
    backspaces(&mut app, 5);
    typed(&mut app, "\t\t\n");
    assert!(app.status.contains("title is empty"), "{}", app.status);
    assert_eq!(on_disk(&app), 0);
    press(&mut app, KeyCode::BackTab);
    press(&mut app, KeyCode::BackTab);
    typed(&mut app, "B two\t\t\n");
    assert!(app.dialog.is_none(), "{}", app.status);
    assert_eq!(app.agenda().items[0].options.last().unwrap().id, "b2");
    assert_eq!(on_disk(&app), 1);
}

#[test]
fn add_item_with_two_options_stays_on_the_current_item() {
    let (_d, mut app) = app_on(UNICODE);
    amend(&mut app, '2');
    typed(&mut app, "aob\tNext meeting in Nukuʻalofa\t\tmarch\tMarch");
    chord(&mut app, KeyCode::Char('n'), KeyModifiers::CONTROL);
    typed(&mut app, "may\t5月\n");
    assert!(app.dialog.is_none(), "{}", app.status);
    assert_eq!((app.item, app.option), (0, 0));
    assert!(app.status.contains("item 2"), "{}", app.status);
    assert!(app.status.contains("] reaches it"), "{}", app.status);
    let it = &app.agenda().items[1];
    assert_eq!(it.options.len(), 2);
    assert_eq!(it.options[1].title, "5月");
    assert_eq!(on_disk(&app), 3);
    run(&mut app, &[Action::NextItem]);
    assert_eq!(app.item, 1);
}

#[test]
fn an_item_without_a_title_is_refused_and_nothing_is_written() {
    let (_d, mut app) = app_on(UNICODE);
    amend(&mut app, '2');
    typed(&mut app, "aob\t\t\t\t\n");
    assert!(matches!(app.dialog, Some(Dialog::AddItem(_))));
    assert!(
        app.status.contains("item's title is empty"),
        "{}",
        app.status
    );
    assert_eq!(on_disk(&app), 0);
}

#[test]
fn add_member_then_undo_then_redo_keeps_the_roster_whole_and_the_selection() {
    let (_d, mut app) = app_on(UNICODE);
    run(&mut app, &[Action::Last]);
    assert_eq!(app.member(), Some(3), "日本, the observer");
    late_member(&mut app, "CK", "Kūki ʻĀirani", 0, "Polynesia");
    assert!(app.dialog.is_none(), "{}", app.status);
    assert!(app.status.contains("Kūki ʻĀirani added"), "{}", app.status);
    // the late Polynesian delegation joins its group, before the observer
    assert_eq!(app.roster, vec![0, 1, 2, 4, 3]);
    assert_eq!(app.member(), Some(3), "still on 日本");
    run(&mut app, &[Action::Undo]);
    assert!(
        app.status
            .ends_with("undid #1: Kūki ʻĀirani, added in the meeting"),
        "{}",
        app.status
    );
    assert_eq!(app.roster, vec![0, 1, 2, 3], "no blank row");
    assert_eq!(app.member(), Some(3));
    run(&mut app, &[Action::Redo]);
    assert_eq!(app.roster, vec![0, 1, 2, 4, 3]);
    assert_eq!(app.member(), Some(3));
}

#[test]
fn undoing_the_selected_late_member_never_points_past_the_roster() {
    let (_d, mut app) = app_on(UNICODE);
    late_member(&mut app, "FJ", "Viti", 1, "Melanesia");
    let m = &app.agenda().members[4];
    assert_eq!(m.role, crate::consensus::Role::Observer);
    run(&mut app, &[Action::Last]);
    assert_eq!(app.member(), Some(4));
    run(&mut app, &[Action::Undo]);
    assert!(app.selected < app.roster.len());
    assert_eq!(app.member(), Some(3));
}

#[test]
fn undoing_an_added_item_while_on_it_comes_back_to_the_last_item() {
    let (_d, mut app) = app_on(UNICODE);
    amend(&mut app, '2');
    typed(&mut app, "aob\tOther business\t\tx\tX\n");
    run(&mut app, &[Action::NextItem, Action::NextOption]);
    assert_eq!(app.item, 1);
    run(&mut app, &[Action::Undo, Action::Undo]);
    assert_eq!(app.agenda().items.len(), 1);
    assert_eq!((app.item, app.option), (0, 0));
}

#[test]
fn rename_corrects_the_option_title_and_refuses_the_same_text() {
    let (_d, mut app) = app_on(UNICODE);
    amend(&mut app, '4');
    // the selected member's name, the item's title and summary, the option's title
    for _ in 0..3 {
        press(&mut app, KeyCode::BackTab);
        press(&mut app, KeyCode::Right);
        press(&mut app, KeyCode::Tab);
    }
    enter(&mut app);
    assert!(app.status.contains("nothing to correct"), "{}", app.status);
    assert_eq!(on_disk(&app), 0);
    typed(&mut app, " (revised)\n");
    assert!(app.dialog.is_none(), "{}", app.status);
    assert_eq!(
        app.agenda().items[0].options[0].title,
        "Fokotuʻu ʻuluaki (revised)"
    );
    assert!(screen(&app, 80, 24).contains("Fokotuʻu ʻuluaki (revised)"));
    assert_eq!((app.item, app.option, app.selected), (0, 0, 0));
}

#[test]
fn rename_corrects_the_selected_members_name_everywhere_on_the_screen() {
    let (_d, mut app) = app_on(UNICODE);
    run(&mut app, &[Action::Down]);
    amend(&mut app, '4');
    backspaces(&mut app, 40);
    typed(&mut app, "Tonga\n");
    assert!(app.dialog.is_none(), "{}", app.status);
    assert_eq!(app.agenda().members[1].name, "Tonga");
    assert_eq!(app.member(), Some(1));
    assert!(screen(&app, 80, 24).contains("Tonga"));
}

#[test]
fn the_live_view_does_not_amend() {
    let (_d, app) = app_on(UNICODE);
    let snap = app.snap().clone();
    let mut live = App::new(Source::Live(snap), fixed, std::path::PathBuf::new());
    chord(&mut live, KeyCode::Char('e'), KeyModifiers::CONTROL);
    assert!(live.dialog.is_none());
    assert!(live.status.contains("only follows"), "{}", live.status);
}

#[test]
fn an_option_added_on_the_screen_reaches_the_minutes() {
    let (_d, mut app) = app_on(UNICODE);
    amend(&mut app, '1');
    typed(&mut app, "tonga\tFokotuʻu ʻa Tonga\t\t");
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Right);
    enter(&mut app);
    let req = crate::export::Request::new(crate::export::Kind::Markdown, app.agenda());
    let bytes = crate::export::render(app.snap(), &req).unwrap();
    let minutes = String::from_utf8(bytes).unwrap();
    assert!(minutes.contains("Fokotuʻu ʻa Tonga"), "{minutes}");
    assert!(
        minutes.contains("proposed in the meeting by Puleʻanga Fakatuʻi ʻo Tonga"),
        "{minutes}"
    );
}

#[test]
fn snapshot_the_menu_and_each_form() {
    let (_d, mut app) = app_on(UNICODE);
    chord(&mut app, KeyCode::Char('e'), KeyModifiers::CONTROL);
    insta::assert_snapshot!("amend_menu", screen(&app, 80, 24));
    press(&mut app, KeyCode::Char('1'));
    typed(&mut app, "tonga\tFokotuʻu ʻa Tonga\t\t");
    press(&mut app, KeyCode::Right);
    insta::assert_snapshot!("amend_add_option", screen(&app, 80, 24));
    esc(&mut app);
    amend(&mut app, '2');
    typed(&mut app, "aob\tOther business");
    insta::assert_snapshot!("amend_add_item", screen(&app, 80, 24));
    esc(&mut app);
    amend(&mut app, '3');
    typed(&mut app, "CK\tKūki ʻĀirani\t");
    press(&mut app, KeyCode::Right);
    insta::assert_snapshot!("amend_add_member", screen(&app, 80, 24));
    esc(&mut app);
    amend(&mut app, '4');
    insta::assert_snapshot!("amend_rename", screen(&app, 80, 24));
}

#[test]
fn snapshot_the_menu_in_french() {
    let (_d, mut app) = app_on(UNICODE);
    app.lang = Language::Fr;
    app.status.clear();
    amend(&mut app, '1');
    insta::assert_snapshot!("amend_add_option_fr", screen(&app, 80, 24));
}

#[test]
fn snapshot_the_amended_mark_and_the_roster_through_undo_and_redo() {
    let (_d, mut app) = app_on(UNICODE);
    amend(&mut app, '1');
    typed(&mut app, "tonga\tFokotuʻu ʻa Tonga\t\t");
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Right);
    enter(&mut app);
    run(&mut app, &[Action::NextOption]);
    insta::assert_snapshot!("amend_marked_option", screen(&app, 80, 24));
    late_member(&mut app, "CK", "Kūki ʻĀirani", 0, "Polynesia");
    insta::assert_snapshot!("amend_roster_added", screen(&app, 80, 24));
    run(&mut app, &[Action::Undo]);
    insta::assert_snapshot!("amend_roster_undone", screen(&app, 80, 24));
    run(&mut app, &[Action::Redo]);
    insta::assert_snapshot!("amend_roster_redone", screen(&app, 80, 24));
    let _ = ProposedBy::Words(String::new());
}

#[test]
fn the_live_view_rebuilds_its_roster_on_reload_keeping_the_selection() {
    let (_d, mut chair) = app_on(UNICODE);
    let mut live = App::new(
        Source::Live(chair.snap().clone()),
        fixed,
        std::path::PathBuf::new(),
    );
    run(&mut live, &[Action::Last]);
    late_member(&mut chair, "CK", "Kūki ʻĀirani", 0, "Polynesia");
    live.reload(chair.snap().clone());
    assert_eq!(live.roster, vec![0, 1, 2, 4, 3]);
    assert_eq!(live.member(), Some(3), "still on 日本");
    run(&mut chair, &[Action::Undo]);
    live.reload(chair.snap().clone());
    assert_eq!(live.roster, vec![0, 1, 2, 3]);
}

#[test]
fn a_late_member_with_a_taken_id_is_refused_and_nothing_is_written() {
    let (_d, mut app) = app_on(UNICODE);
    late_member(&mut app, "WS", "Sāmoa again", 0, "Polynesia");
    assert!(matches!(app.dialog, Some(Dialog::AddMember(_))));
    assert!(
        app.status.contains("already a member with the id \"WS\""),
        "{}",
        app.status
    );
    assert_eq!(on_disk(&app), 0);
    assert_eq!(app.roster, vec![0, 1, 2, 3]);
}

#[test]
fn alt_enter_in_a_form_is_esc_then_enter_and_records_nothing() {
    // regression: Esc then Enter typed quickly arrives as Alt+Enter and saved the form
    let (_d, mut app) = app_on(UNICODE);
    amend(&mut app, '3');
    typed(&mut app, "niue\tNiuē\t\t");
    chord(&mut app, KeyCode::Enter, KeyModifiers::ALT);
    assert!(!matches!(app.dialog, Some(Dialog::AddMember(_))));
    assert!(
        !app.snap()
            .log
            .entries()
            .iter()
            .any(|e| matches!(e.change, Change::AddMember { .. }))
    );
}

#[test]
fn alt_digit_in_the_menu_opens_no_form() {
    // regression: Alt+3 (Esc then 3 typed quickly) opened form 3
    let (_d, mut app) = app_on(UNICODE);
    chord(&mut app, KeyCode::Char('e'), KeyModifiers::CONTROL);
    chord(&mut app, KeyCode::Char('3'), KeyModifiers::ALT);
    assert!(!matches!(app.dialog, Some(Dialog::AddMember(_))));
}

#[test]
fn an_unnamed_chair_is_worded_by_the_minutes_in_their_own_language() {
    // regression: with no agenda `chair`, a French screen stored "la présidence"
    // and English minutes said "proposed in the meeting by la présidence"
    let agenda = UNICODE.replace("chair = \"Sāmoa\"\n", "");
    let (_d, mut app) = app_on(&agenda);
    app.set_lang(Language::Fr);
    amend(&mut app, '1');
    typed(&mut app, "chair\tChair's compromise\t\t\n");
    assert!(app.dialog.is_none(), "{}", app.status);
    match &app.snap().log.entries()[0].change {
        Change::AddOption { proposer, .. } => {
            assert_eq!(proposer.as_deref(), Some(crate::session::CHAIR_PROPOSER));
        }
        other => panic!("{other:?}"),
    }
    let minutes = |lang| {
        crate::minutes::markdown(
            app.snap(),
            crate::minutes::Document::Record,
            crate::agenda::Attribution::Attributed,
            lang,
        )
    };
    let en = minutes(Language::En);
    assert!(en.contains("proposed in the meeting by the Chair"), "{en}");
    assert!(!en.contains("présidence"), "{en}");
    let fr = minutes(Language::Fr);
    assert!(fr.contains("faite en séance par la présidence"), "{fr}");
}

#[test]
fn undoing_the_member_being_timed_keeps_the_timer_and_says_why() {
    // regression: undoing add-member while the new member was timed dropped the timer silently
    let (_d, mut app) = app_on(UNICODE);
    late_member(&mut app, "CK", "Kūki ʻĀirani", 0, "Polynesia");
    let pos = app.roster.iter().position(|m| *m == 4).unwrap();
    app.selected = pos;
    run(&mut app, &[Action::Timer]);
    assert_eq!(app.timer.map(|t| t.member), Some(4));
    run(&mut app, &[Action::Undo]);
    assert_eq!(app.timer.map(|t| t.member), Some(4), "still timing");
    assert_eq!(app.agenda().members.len(), 5, "nothing undone");
    assert_eq!(app.tone, crate::tui::app::Tone::Error);
    assert!(
        app.status.contains("Space stops the timer"),
        "{}",
        app.status
    );
    assert_eq!(on_disk(&app), 1);
    // Space records the time; then u takes back the time, and u the member
    run(&mut app, &[Action::Timer, Action::Undo, Action::Undo]);
    assert_eq!(app.agenda().members.len(), 4, "{}", app.status);
    assert_eq!(on_disk(&app), 4, "the time spoken stays in the history");
}

#[test]
fn one_u_takes_back_an_added_item_with_all_its_options() {
    // regression: u took back only the last option an add-item wrote
    let (_d, mut app) = app_on(UNICODE);
    let items = app.agenda().items.len();
    amend(&mut app, '2');
    typed(&mut app, "aob\tFono ʻo Tonga\t\tmarch\tMāti");
    chord(&mut app, KeyCode::Char('n'), KeyModifiers::CONTROL);
    typed(&mut app, "may\tMē\n");
    assert!(app.dialog.is_none(), "{}", app.status);
    assert_eq!(app.agenda().items.len(), items + 1);
    run(&mut app, &[Action::Undo]);
    assert_eq!(app.agenda().items.len(), items, "{}", app.status);
    assert!(app.status.contains("with its 2 options"), "{}", app.status);
    run(&mut app, &[Action::Redo]);
    assert_eq!(app.agenda().items.len(), items + 1, "{}", app.status);
    assert_eq!(app.agenda().items[items].options.len(), 2);
    assert!(app.status.contains("with its 2 options"), "{}", app.status);
}

#[test]
fn undoing_an_added_item_with_options_being_timed_keeps_the_timer() {
    // regression: the check looked at the last option only, so undoing an
    // add-item with options while its item was timed dropped the time
    let (_d, mut app) = app_on(UNICODE);
    let items = app.agenda().items.len();
    amend(&mut app, '2');
    typed(&mut app, "aob\tFono ʻo Tonga\t\tmarch\tMāti\n");
    assert!(app.dialog.is_none(), "{}", app.status);
    run(&mut app, &[Action::NextItem, Action::Timer]);
    assert_eq!(app.timer.map(|t| t.item), Some(items));
    let before = on_disk(&app);
    run(&mut app, &[Action::Undo]);
    assert_eq!(app.timer.map(|t| t.item), Some(items), "still timing");
    assert_eq!(app.agenda().items.len(), items + 1, "nothing undone");
    assert_eq!(app.tone, crate::tui::app::Tone::Error);
    assert_eq!(on_disk(&app), before, "nothing recorded");
}

#[test]
fn correcting_a_summary_keeps_its_paragraphs_and_enter_alone_records_nothing() {
    // regression: a multi-paragraph summary opened on one line, its breaks made
    // spaces, and Enter without editing recorded a "correction"
    let agenda = UNICODE.replace(
        "questions = [\"ʻOku fēfē?\"]",
        "questions = [\"ʻOku fēfē?\"]\nbackground = \"Ko e ʻuluaki.\\n\\nKo e ua.\"",
    );
    let (_d, mut app) = app_on(&agenda);
    assert_eq!(
        app.agenda().items[0].background.as_deref(),
        Some("Ko e ʻuluaki.\n\nKo e ua.")
    );
    amend(&mut app, '4');
    // what: the member's name, the item's title, the item's summary
    press(&mut app, KeyCode::BackTab);
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Tab);
    match &app.dialog {
        Some(Dialog::Rename(f)) => assert_eq!(f.form.value(1), "Ko e ʻuluaki.\n\nKo e ua."),
        other => panic!("{other:?}"),
    }
    enter(&mut app);
    assert!(
        matches!(app.dialog, Some(Dialog::Rename(_))),
        "{}",
        app.status
    );
    assert_eq!(on_disk(&app), 0, "{}", app.status);
    // the line break before "Ko e ua." made a space: only spacing differs
    for _ in 0.."Ko e ua.".chars().count() {
        press(&mut app, KeyCode::Left);
    }
    press(&mut app, KeyCode::Backspace);
    press(&mut app, KeyCode::Backspace);
    typed(&mut app, " \n");
    assert!(
        matches!(app.dialog, Some(Dialog::Rename(_))),
        "{}",
        app.status
    );
    assert!(
        app.status.contains("only in spaces or line breaks"),
        "{}",
        app.status
    );
    assert_eq!(on_disk(&app), 0);
}

#[test]
fn french_wording_is_gender_free_and_the_menu_hint_fits_80_columns() {
    // regression: "Nouvelle-Calédonie a été ajouté", and the hint cut at
    // "Échap : rien n'est c…"; English labels had French spacing ("Id : aob")
    let (_d, mut app) = app_on(UNICODE);
    amend(&mut app, '3');
    assert!(
        screen(&app, 80, 24).contains("Id:    "),
        "{}",
        screen(&app, 80, 24)
    );
    esc(&mut app);
    app.set_lang(Language::Fr);
    chord(&mut app, KeyCode::Char('e'), KeyModifiers::CONTROL);
    let shown = screen(&app, 80, 24);
    assert!(shown.contains("Échap : rien n'est consigné"), "{shown}");
    esc(&mut app);
    late_member(&mut app, "NC", "Nouvelle-Calédonie", 0, "Melanesia");
    assert!(
        app.status
            .contains("ajout à la liste des membres : Nouvelle-Calédonie"),
        "{}",
        app.status
    );
    run(&mut app, &[Action::Undo]);
    assert!(
        app.status
            .contains("ajout en cours de réunion : Nouvelle-Calédonie"),
        "{}",
        app.status
    );
}

#[test]
fn ctrl_n_past_the_limit_of_options_says_why_and_the_hints_stay_at_80x24() {
    // regression: Ctrl-N past 8 options was ignored silently, and the
    // 26-row form hid its save and Esc hints at 80x24
    let (_d, mut app) = app_on(UNICODE);
    amend(&mut app, '2');
    typed(&mut app, "aob\tFono\t");
    for _ in 0..7 {
        chord(&mut app, KeyCode::Char('n'), KeyModifiers::CONTROL);
    }
    chord(&mut app, KeyCode::Char('n'), KeyModifiers::CONTROL);
    assert_eq!(app.tone, crate::tui::app::Tone::Error);
    assert!(app.status.contains("8 options at most"), "{}", app.status);
    assert!(matches!(app.dialog, Some(Dialog::AddItem(_))));
    let shown = screen(&app, 80, 24);
    assert!(shown.contains("Esc"), "{shown}");
    assert!(shown.contains("Option 8 id"), "the field typed in: {shown}");
}

#[test]
fn a_french_screen_names_members_as_its_roster_does_in_the_forms() {
    // regression: the rename form offered "le nom de Fiji" and the proposer
    // list "Fiji" while the roster shows "Fidji"
    let (_d, mut app) = app_on(super::french::FRANCAIS);
    let fj = app.agenda().member_index("FJ").unwrap();
    app.selected = app.roster.iter().position(|m| *m == fj).unwrap();
    amend(&mut app, '4');
    let shown = screen(&app, 80, 24);
    assert!(shown.contains("le nom anglais de Fidji"), "{shown}");
    esc(&mut app);
    amend(&mut app, '1');
    typed(&mut app, "x\tX\t\t");
    let mut seen = false;
    for _ in 0..app.roster.len() {
        press(&mut app, KeyCode::Right);
        let shown = screen(&app, 80, 24);
        assert!(!shown.contains("◂ Fiji ▸"), "{shown}");
        seen |= shown.contains("◂ Fidji ▸");
    }
    assert!(seen);
}
