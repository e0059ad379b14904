//! State tests (actions in, state and record out, no terminal) and
//! `TestBackend` snapshots of whole screens.

use chrono::{DateTime, TimeZone, Utc};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::Action;
use super::app::{App, Focus, Source};
use super::dialog::Dialog;
use super::views;
use crate::session::Session;

mod actions;
mod amend;
mod dialogs;
mod french;
mod keys;
mod outcome;
mod projector;
mod readable;
mod screens;
mod vocabulary;

pub(super) fn fixed() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2024, 8, 6, 9, 30, 0)
        .single()
        .unwrap_or_default()
}

pub(super) fn later() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2024, 8, 6, 9, 32, 5)
        .single()
        .unwrap_or_default()
}

pub(super) const CUSTOM: &str = include_str!("../../../tests/fixtures/chatham-custom.toml");
pub(super) const UNICODE: &str = include_str!("../../../tests/fixtures/unicode.toml");

pub(super) fn app_on(text: &str) -> (tempfile::TempDir, App) {
    let dir = tempfile::tempdir().unwrap();
    let (s, _) =
        Session::open_or_create(&dir.path().join("m.talanoa"), text, "m.toml", fixed()).unwrap();
    let mut app = App::new(Source::Chair(s), fixed, dir.path().to_path_buf());
    if app.agenda().meeting.timezone.is_none() {
        // snapshots must not depend on the machine's zone
        app.zone = crate::time::MeetingZone::named(chrono_tz::Tz::UTC);
    }
    (dir, app)
}

pub(super) fn sample() -> (tempfile::TempDir, App) {
    app_on(crate::agenda::SAMPLE)
}

pub(super) fn run(app: &mut App, actions: &[Action]) {
    for a in actions {
        app.update(*a);
    }
}

/// Presses one key without modifiers.
pub(super) fn press(app: &mut App, code: KeyCode) {
    app.handle_key(KeyEvent::new(code, KeyModifiers::NONE));
}

/// Presses a key with modifiers.
pub(super) fn chord(app: &mut App, code: KeyCode, mods: KeyModifiers) {
    app.handle_key(KeyEvent::new(code, mods));
}

pub(super) fn esc(app: &mut App) {
    press(app, KeyCode::Esc);
}

pub(super) fn enter(app: &mut App) {
    press(app, KeyCode::Enter);
}

/// Types text key by key (a line break is Enter, a tab is Tab).
pub(super) fn typed(app: &mut App, text: &str) {
    for c in text.chars() {
        press(
            app,
            match c {
                '\n' => KeyCode::Enter,
                '\t' => KeyCode::Tab,
                c => KeyCode::Char(c),
            },
        );
    }
}

pub(super) fn screen(app: &App, w: u16, h: u16) -> String {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| views::draw(f, app)).unwrap();
    format!("{}", t.backend())
}

pub(super) fn stance_of(app: &App, item: usize, option: usize, member: usize) -> Option<usize> {
    app.snap()
        .record()
        .position(item, option, member)
        .and_then(|p| p.stance)
}

#[test]
fn starts_on_first_member_item_option_and_stays_at_ends() {
    let (_d, mut app) = sample();
    assert_eq!((app.item, app.option, app.selected), (0, 0, 0));
    run(
        &mut app,
        &[Action::Up, Action::PrevOption, Action::PrevItem],
    );
    assert_eq!(
        (app.item, app.option, app.selected),
        (0, 0, 0),
        "no wrap-around"
    );
    run(
        &mut app,
        &[
            Action::NextItem,
            Action::NextItem,
            Action::NextOption,
            Action::NextOption,
            Action::NextOption,
            Action::NextOption,
        ],
    );
    assert_eq!((app.item, app.option), (2, 3));
    run(&mut app, &[Action::NextItem]);
    assert_eq!(
        (app.item, app.option),
        (3, 0),
        "a new item starts on its first option"
    );
    run(&mut app, &[Action::Last, Action::Down]);
    assert_eq!(app.selected, app.roster.len() - 1);
}

#[test]
fn records_through_the_session_and_says_saved() {
    let (_d, mut app) = sample();
    run(
        &mut app,
        &[
            Action::NextItem,
            Action::Record(0),
            Action::Down,
            Action::Record(4),
        ],
    );
    assert_eq!(stance_of(&app, 1, 0, 0), Some(0));
    assert_eq!(stance_of(&app, 1, 0, 1), Some(4));
    assert!(app.status.starts_with("saved #2"), "{}", app.status);
    run(&mut app, &[Action::Clear]);
    assert_eq!(stance_of(&app, 1, 0, 1), None);
    run(&mut app, &[Action::Undo]);
    assert_eq!(stance_of(&app, 1, 0, 1), Some(4));
    assert!(app.status.contains("undid #3"), "{}", app.status);
    run(&mut app, &[Action::Redo]);
    assert_eq!(stance_of(&app, 1, 0, 1), None);
    run(&mut app, &[Action::Redo]);
    assert_eq!(app.status, "nothing to redo");
}

#[test]
fn statement_editor_keeps_on_esc_and_discards_on_ctrl_c() {
    let (_d, mut app) = sample();
    run(&mut app, &[Action::EditStatement]);
    typed(&mut app, "Fiji speaks ʻokina\n日本");
    esc(&mut app);
    let st = app
        .snap()
        .record()
        .position(0, 0, 0)
        .and_then(|p| p.statement.clone());
    assert_eq!(st.as_deref(), Some("Fiji speaks ʻokina\n日本"));
    run(&mut app, &[Action::EditStatement]);
    typed(&mut app, " more");
    chord(&mut app, KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert_eq!(app.dialog, None);
    let st = app
        .snap()
        .record()
        .position(0, 0, 0)
        .and_then(|p| p.statement.clone());
    assert_eq!(st.as_deref(), Some("Fiji speaks ʻokina\n日本"), "discarded");
    assert_eq!(app.snap().log.entries().len(), 1);
}

#[test]
fn attendance_timer_round_outcome_action_find() {
    let (_d, mut app) = sample();
    run(
        &mut app,
        &[Action::Down, Action::ToggleAttendance, Action::Up],
    );
    assert!(app.snap().record().is_absent(1));
    run(&mut app, &[Action::Timer]);
    assert!(app.timer.is_some());
    app.clock = later;
    run(&mut app, &[Action::Timer]);
    assert_eq!(app.snap().record().seconds_spoken(0, 0), 125);
    assert_eq!(app.selected, 2, "the round skips the absent member");
    assert!(app.status.contains("spoke 2m 05s"), "{}", app.status);
    run(&mut app, &[Action::EditOutcome]);
    typed(&mut app, "agreed to continue the talanoa");
    esc(&mut app);
    assert_eq!(
        app.snap().record().outcomes[0]
            .as_ref()
            .map(|o| o.text.as_str()),
        Some("agreed to continue the talanoa")
    );
    run(&mut app, &[Action::AddAction]);
    typed(&mut app, "Circulate the study");
    press(&mut app, KeyCode::Tab);
    typed(&mut app, "Secretariat");
    press(&mut app, KeyCode::Tab);
    typed(&mut app, "2024-02-30");
    esc(&mut app);
    assert!(
        matches!(&app.dialog, Some(Dialog::Action(f)) if f.field == 2),
        "a bad date keeps the form open"
    );
    for _ in 0..2 {
        press(&mut app, KeyCode::Backspace);
    }
    typed(&mut app, "28");
    enter(&mut app);
    let r = app.snap().record();
    assert_eq!(r.actions.len(), 1);
    assert_eq!(
        r.actions[0].due,
        chrono::NaiveDate::from_ymd_opt(2024, 2, 28)
    );
    run(&mut app, &[Action::Find]);
    typed(&mut app, "tonga");
    enter(&mut app);
    assert_eq!(
        app.member()
            .map(|m| app.agenda().members[m].id.clone())
            .as_deref(),
        Some("TO")
    );
    run(&mut app, &[Action::SwitchFocus, Action::Down]);
    assert_eq!((app.focus, app.detail_scroll), (Focus::Item, 1));
}

#[test]
fn export_from_the_screen_writes_a_file() {
    let (d, mut app) = sample();
    run(&mut app, &[Action::Record(0), Action::Export]);
    typed(&mut app, "ja\n");
    let path = d.path().join("m-minutes-chatham-house.html");
    assert!(path.exists(), "{}", app.status);
    assert!(
        app.status.starts_with("wrote ") && app.status.ends_with("m-minutes-chatham-house.html"),
        "{}",
        app.status
    );
}

#[test]
fn json_export_of_a_resumed_long_session_holds_the_whole_history() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("long.talanoa");
    let text = crate::generate::agenda_toml(10, 3, 2);
    let agenda = crate::agenda::parse(&text, "long.toml").unwrap();
    let (mut s, _) = Session::open_or_create(&path, &text, "long.toml", fixed()).unwrap();
    s.apply_all(
        crate::generate::changes(&agenda, 1_200, 4),
        "clerk",
        fixed(),
    )
    .unwrap();
    drop(s);
    let s = Session::open(&path).unwrap();
    assert!(!s.snapshot().log.is_whole(), "resumed from its checkpoint");
    let mut app = App::new(Source::Chair(s), fixed, dir.path().to_path_buf());
    run(&mut app, &[Action::Record(0), Action::Export]);
    typed(&mut app, "jj\n");
    let history = |app: &App| {
        let json = std::fs::read_to_string(dir.path().join("long-minutes.json")).unwrap();
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        let h = v["history"].as_array().cloned().unwrap_or_default();
        assert_eq!(h.first().map(|e| e["seq"].clone()), Some(1.into()));
        assert_eq!(h.len(), 1_201, "{}", app.status);
    };
    history(&app);
    drop(app);

    // The live view follows the session from its checkpoint, and reads the
    // rest for a JSON export too.
    std::fs::remove_file(dir.path().join("long-minutes.json")).unwrap();
    let snap = crate::session::read_current(&path).unwrap();
    assert!(!snap.log.is_whole());
    let mut live = App::new(Source::Live(snap), fixed, dir.path().to_path_buf());
    run(&mut live, &[Action::Export]);
    typed(&mut live, "jj\n");
    history(&live);
}

#[test]
fn custom_scale_keys_and_live_view_is_read_only() {
    let (_d, mut app) = app_on(CUSTOM);
    let key = |c| {
        crossterm::event::KeyEvent::new(
            crossterm::event::KeyCode::Char(c),
            crossterm::event::KeyModifiers::NONE,
        )
    };
    assert_eq!(
        super::keymap::action_for(app.agenda(), key('n')),
        Some(Action::Record(4))
    );
    assert_eq!(
        super::keymap::action_for(app.agenda(), key('1')),
        None,
        "the default keys are not this scale's"
    );
    app.update(Action::Record(4));
    let snap = app.snap().clone();
    let mut live = App::new(Source::Live(snap), fixed, std::path::PathBuf::new());
    live.update(Action::Record(0));
    assert_eq!(live.snap().log.entries().len(), 1);
    assert!(live.status.contains("only follows"));
}

#[test]
fn storage_failure_is_shown_not_hidden() {
    let (d, mut app) = sample();
    drop(d);
    app.update(Action::Record(0));
    // the folder is gone: either SQLite still writes to its open file, or the status says NOT SAVED
    assert!(
        app.status.starts_with("saved") || app.status.starts_with("NOT SAVED"),
        "{}",
        app.status
    );
}

#[test]
fn every_size_draws_without_panic() {
    let (_d, mut app) = app_on(UNICODE);
    app.update(Action::Record(0));
    for (w, h) in [
        (1, 1),
        (2, 1),
        (10, 3),
        (79, 24),
        (80, 23),
        (80, 24),
        (81, 25),
        (120, 30),
        (300, 100),
    ] {
        let _ = screen(&app, w, h);
    }
    for mode in [
        Action::Help,
        Action::EditStatement,
        Action::AddAction,
        Action::Find,
        Action::Export,
    ] {
        app.update(mode);
        for (w, h) in [(80, 24), (100, 40), (1, 1)] {
            let _ = screen(&app, w, h);
        }
        app.dialog = None;
    }
}

#[test]
fn hostile_text_is_inert_on_screen_and_exact_in_the_record() {
    let (_d, mut app) = sample();
    let evil = "\u{1b}[2J\u{1b}]0;owned\u{7}\u{202E}abc";
    app.update(Action::EditStatement);
    typed(&mut app, evil);
    esc(&mut app);
    app.update(Action::EditStatement);
    let shown = screen(&app, 80, 24);
    assert!(!shown.contains('\u{1b}') && !shown.contains('\u{202E}'));
    assert!(
        shown.contains("␛[2J␛]0;owned<U+0007><U+202E>abc"),
        "{shown}"
    );
    assert_eq!(
        app.snap()
            .record()
            .position(0, 0, 0)
            .and_then(|p| p.statement.clone())
            .as_deref(),
        Some(evil)
    );
}
