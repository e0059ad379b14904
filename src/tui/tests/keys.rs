//! Never a wrong keystroke: keys that must not record, and keys that must
//! record exactly what the chair meant.

use super::*;
use crate::tui::dialog::Dialog;

fn member_id(app: &App) -> String {
    app.member()
        .map(|m| app.agenda().members[m].id.clone())
        .unwrap_or_default()
}

fn changes(app: &App) -> usize {
    app.snap().log.len()
}

#[test]
fn below_the_minimum_size_only_q_help_and_resizing_act() {
    let (_d, mut app) = sample();
    app.handle_event(crossterm::event::Event::Resize(60, 20));
    assert!(app.too_small());
    typed(&mut app, "4j5\n ad/te]l");
    chord(&mut app, KeyCode::Char('r'), KeyModifiers::CONTROL);
    app.handle_paste("1234");
    assert_eq!(changes(&app), 0, "nothing recorded behind the message");
    assert_eq!((app.item, app.option, app.selected), (0, 0, 0));
    assert_eq!(app.dialog, None);
    typed(&mut app, "?");
    assert!(matches!(app.dialog, Some(Dialog::Help(_))));
    // (the help wraps where the words fall: "q" may end a line)
    assert!(screen(&app, 60, 20).contains("Ctrl-c: quit"));
    typed(&mut app, "?");
    assert_eq!(app.dialog, None);
    app.handle_event(crossterm::event::Event::Resize(80, 24));
    typed(&mut app, "1");
    assert_eq!(changes(&app), 1, "keys act again once it is big enough");
    app.handle_event(crossterm::event::Event::Resize(79, 24));
    typed(&mut app, "q");
    assert!(app.quit);
}

#[test]
fn q_on_a_small_screen_keeps_a_statement_being_written() {
    let (_d, mut app) = sample();
    enter(&mut app);
    typed(&mut app, "Tonga asks");
    app.handle_event(crossterm::event::Event::Resize(40, 10));
    typed(&mut app, "q");
    assert!(!app.quit, "the words would be lost");
    assert!(app.status.contains("enlarge"), "{}", app.status);
    app.handle_event(crossterm::event::Event::Resize(100, 30));
    esc(&mut app);
    assert_eq!(
        app.snap()
            .record()
            .position(0, 0, 0)
            .and_then(|p| p.statement.clone())
            .as_deref(),
        Some("Tonga asks")
    );
}

#[test]
fn find_puts_an_exact_id_first_and_ignores_case_and_marks_both_ways() {
    let (_d, mut app) = sample();
    typed(&mut app, "/AU\n");
    assert_eq!(member_id(&app), "AU", "Australia, never Nauru");
    typed(&mut app, "/au\n");
    assert_eq!(member_id(&app), "AU", "ids ignore case");
    typed(&mut app, "/nauru\n");
    assert_eq!(member_id(&app), "NR");
    typed(&mut app, "/Sāmoa\n");
    assert_eq!(member_id(&app), "WS", "the sample writes Samoa");
    typed(&mut app, "/new\n");
    assert_eq!(member_id(&app), "NC", "a name's start before a later word");

    let (_d, mut app) = app_on(UNICODE);
    typed(&mut app, "/samoa\n");
    assert_eq!(member_id(&app), "WS", "Samoa finds Sāmoa");
    typed(&mut app, "/fakatuʻi\n");
    assert_eq!(member_id(&app), "TO");
    typed(&mut app, "/FAKATUI\n");
    assert_eq!(member_id(&app), "TO", "with or without the ʻokina");
    typed(&mut app, "/niue\n");
    assert_eq!(member_id(&app), "NU");
    typed(&mut app, "/zz\n");
    assert!(
        matches!(app.dialog, Some(Dialog::Find(_))),
        "no match: stays"
    );
    assert!(app.status.contains("no member matches"));
}

#[test]
fn a_stance_for_an_absent_member_asks_to_mark_them_present_first() {
    let (_d, mut app) = sample();
    typed(&mut app, "a");
    assert!(app.snap().record().is_absent(0));
    typed(&mut app, "1");
    assert!(matches!(app.dialog, Some(Dialog::Present(_))));
    assert!(screen(&app, 80, 24).contains("Fiji is marked absent"));
    typed(&mut app, "x");
    assert_eq!(stance_of(&app, 0, 0, 0), None, "any other key: nothing");
    assert!(app.status.contains("still absent"), "{}", app.status);
    assert_eq!(changes(&app), 1);
    typed(&mut app, "2y");
    assert!(!app.snap().record().is_absent(0), "one key: present");
    assert_eq!(stance_of(&app, 0, 0, 0), Some(1), "and recorded");
    assert_eq!(changes(&app), 3);
}

#[test]
fn modified_keys_are_not_stance_keys() {
    let (_d, mut app) = sample();
    for mods in [
        KeyModifiers::ALT,
        KeyModifiers::CONTROL,
        KeyModifiers::SHIFT,
        KeyModifiers::ALT | KeyModifiers::SHIFT,
        KeyModifiers::SUPER,
    ] {
        for c in ['1', '2', '5', '0'] {
            chord(&mut app, KeyCode::Char(c), mods);
        }
    }
    chord(&mut app, KeyCode::Backspace, KeyModifiers::ALT);
    assert_eq!(changes(&app), 0);
    assert_eq!(app.dialog, None);
}

#[test]
fn upper_case_letters_of_a_letter_scale_record_or_say_why_not() {
    let (_d, mut app) = app_on(CUSTOM);
    chord(&mut app, KeyCode::Char('Y'), KeyModifiers::SHIFT);
    assert_eq!(stance_of(&app, 0, 0, 0), Some(0), "Y records y (Caps Lock)");
    press(&mut app, KeyCode::Char('N'));
    assert_eq!(stance_of(&app, 0, 0, 0), Some(4));
    chord(&mut app, KeyCode::Char('A'), KeyModifiers::SHIFT);
    assert!(!app.snap().record().is_absent(0), "A is not a");
    assert!(app.status.contains("\"A\" does nothing"), "{}", app.status);
    assert!(app.status.contains("Caps Lock"), "{}", app.status);
    chord(&mut app, KeyCode::Char('Q'), KeyModifiers::SHIFT);
    assert!(!app.quit);
    chord(&mut app, KeyCode::Char('y'), KeyModifiers::ALT);
    assert_eq!(stance_of(&app, 0, 0, 0), Some(4), "Alt-y is not y");
}

#[test]
fn a_paste_outside_an_editor_records_nothing() {
    let (_d, mut app) = sample();
    app.handle_paste("12345 aaaa q");
    assert_eq!(changes(&app), 0);
    assert!(!app.quit);
    assert!(app.status.contains("paste ignored"), "{}", app.status);
}

#[test]
fn a_paste_inside_an_editor_arrives_whole_and_at_once() {
    let (_d, mut app) = sample();
    enter(&mut app);
    typed(&mut app, "Tonga: ");
    let big = "Kiribati speaks of the ocean, ʻokina and 日本. ".repeat(4_500);
    assert!(big.len() > 200_000);
    app.handle_paste(&big);
    let shown = screen(&app, 80, 24);
    assert!(shown.contains("line "), "{shown}");
    esc(&mut app);
    let st = app
        .snap()
        .record()
        .position(0, 0, 0)
        .and_then(|p| p.statement.clone())
        .unwrap_or_default();
    assert_eq!(st, format!("Tonga: {}", big.trim_end()));
    assert_eq!(changes(&app), 1, "one change");
}

#[test]
fn d_then_esc_on_an_unchanged_outcome_records_nothing() {
    let (_d, mut app) = sample();
    typed(&mut app, "d");
    esc(&mut app);
    assert_eq!(changes(&app), 0, "no outcome to begin with");
    typed(&mut app, "dagreed");
    esc(&mut app);
    assert_eq!(changes(&app), 1);
    typed(&mut app, "d");
    esc(&mut app);
    assert_eq!(changes(&app), 1, "unchanged");
    assert!(app.status.contains("unchanged"), "{}", app.status);
    typed(&mut app, "d");
    for _ in 0.."agreed".len() {
        press(&mut app, KeyCode::Backspace);
    }
    esc(&mut app);
    assert_eq!(changes(&app), 2, "empty text withdraws it");
    assert_eq!(app.snap().record().outcomes[0], None);
}

#[test]
fn esc_then_a_key_read_as_alt_key_in_an_editor_is_esc_then_the_key() {
    let (_d, mut app) = sample();
    enter(&mut app);
    typed(&mut app, "Fiji supports");
    // tmux or a fast typist: ESC and j in one read arrive as Alt-j
    chord(&mut app, KeyCode::Char('j'), KeyModifiers::ALT);
    assert_eq!(app.dialog, None, "Esc closed the editor, keeping the text");
    assert_eq!(app.selected, 1, "then j moved down");
    assert_eq!(
        app.snap()
            .record()
            .position(0, 0, 0)
            .and_then(|p| p.statement.clone())
            .as_deref(),
        Some("Fiji supports"),
        "no 'j' typed into the statement"
    );
}
