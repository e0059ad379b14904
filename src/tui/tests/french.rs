//! The chair's screen in French: every word of the screen's own comes
//! from the French message files (agenda text stays as written), and the
//! screen stays readable at the minimum size, 80×24, where French is longer.

use super::*;
use crate::agenda::Language;

pub(super) const FRANCAIS: &str = include_str!("../../../tests/fixtures/francais.toml");

/// Words of the English screen that never appear on the French one.
const ENGLISH: &[&str] = &[
    "Members",
    "Options",
    "Roster",
    "Statement",
    "History",
    "Details",
    "press",
    "saved",
    "not yet heard",
    "no statement",
    "help",
    "quit",
    "clear",
    "rule:",
    "item",
    "Outcome",
    "Background",
    "member above",
    "Find a member",
    "Export",
    "keep",
    "discard",
    "Owner",
    "Due",
    "line 1 of",
    "Marked absent",
    "record",
    "choose",
    "Space",
    "Enter",
];

/// Whether `phrase` stands in `text` as whole words ("quit" is not in
/// "quitter").
fn has_words(text: &str, phrase: &str) -> bool {
    text.match_indices(phrase).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + phrase.len()..].chars().next();
        !before.is_some_and(char::is_alphabetic) && !after.is_some_and(char::is_alphabetic)
    })
}

/// The English words on a screen.
fn english_words(screen: &str) -> Vec<&'static str> {
    ENGLISH
        .iter()
        .copied()
        .filter(|w| has_words(screen, w.trim()))
        .collect()
}

/// A French meeting (`language = "fr"`) with positions, a statement, an
/// outcome and an action recorded.
fn meeting() -> (tempfile::TempDir, App) {
    let (d, mut app) = app_on(FRANCAIS);
    run(
        &mut app,
        &[Action::Record(0), Action::Down, Action::Record(1)],
    );
    run(&mut app, &[Action::Down, Action::Record(4)]);
    run(&mut app, &[Action::Down, Action::EditStatement]);
    typed(&mut app, "Sāmoa consultera sa capitale.");
    esc(&mut app);
    (d, app)
}

#[test]
fn a_french_agenda_gives_a_french_screen() {
    let (_d, app) = meeting();
    assert_eq!(app.lang, Language::Fr);
    let main = screen(&app, 80, 24);
    insta::assert_snapshot!("fr_main_80x24", main);
    assert!(main.contains("Participants"), "{main}");
    assert!(main.contains("enregistré n° 4"), "{main}");
    assert!(
        english_words(&main).is_empty(),
        "{:?}\n{main}",
        english_words(&main)
    );
}

#[test]
fn the_help_and_dialogs_in_french_at_80x24() {
    let (_d, mut app) = meeting();
    app.update(Action::Help);
    let help = screen(&app, 80, 24);
    insta::assert_snapshot!("fr_help_80x24", help);
    // at the minimum size every key's words are whole (measured in columns)
    for b in crate::keys::TABLE {
        let (keys, what) = (
            crate::keys::keys_label(b, Language::Fr),
            b.what_in(Language::Fr),
        );
        assert!(help.contains(&what), "{what} is cut\n{help}");
        assert!(help.contains(&keys), "{keys} is cut\n{help}");
    }
    assert!(
        english_words(&help).is_empty(),
        "{:?}\n{help}",
        english_words(&help)
    );
    esc(&mut app);
    app.update(Action::AddAction);
    typed(&mut app, "Rédiger le mandat\tSecrétariat\t2024-10-31");
    let action = screen(&app, 80, 24);
    insta::assert_snapshot!("fr_action_80x24", action);
    esc(&mut app);
    app.update(Action::Export);
    let export = screen(&app, 80, 24);
    insta::assert_snapshot!("fr_export_80x24", export);
    for (name, s) in [("action", &action), ("export", &export)] {
        assert!(
            english_words(s).is_empty(),
            "{name}: {:?}\n{s}",
            english_words(s)
        );
    }
}

/// The language chosen by a flag (`--lang fr`) on an English agenda.
fn flagged() -> (tempfile::TempDir, App) {
    let (d, mut app) = sample();
    assert_eq!(app.lang, Language::En);
    app.set_lang(Language::Fr);
    (d, app)
}

#[test]
fn a_flag_gives_the_french_screen_on_an_english_agenda() {
    let (_d, mut app) = flagged();
    assert!(
        app.status.starts_with("0 modification dans le registre"),
        "the first status line is said again in French: {}",
        app.status
    );
    let first = screen(&app, 80, 24);
    assert!(
        english_words(&first).is_empty(),
        "{:?}\n{first}",
        english_words(&first)
    );
    run(
        &mut app,
        &[Action::NextItem, Action::NextItem, Action::Record(0)],
    );
    run(
        &mut app,
        &[Action::Down, Action::ToggleAttendance, Action::Record(1)],
    );
    let present = screen(&app, 80, 24);
    insta::assert_snapshot!("fr_flag_present_80x24", present);
    assert!(present.contains("Absence enregistrée"), "{present}");
    press(&mut app, KeyCode::Char('o'));
    assert!(app.dialog.is_none(), "o (oui) answers yes in French");
    assert!(app.status.starts_with("enregistré n° "), "{}", app.status);
    run(&mut app, &[Action::EditStatement]);
    typed(&mut app, "Les Fidji appuient la proposition.");
    let editor = screen(&app, 80, 24);
    insta::assert_snapshot!("fr_flag_editor_80x24", editor);
    esc(&mut app);
    app.update(Action::Undo);
    assert!(app.status.contains("annulation du n° "), "{}", app.status);
    assert!(
        app.status
            .contains("annulation du n° 5 : Nouvelle-Calédonie : déclaration sur 3.1"),
        "French spacing before the colon: {}",
        app.status
    );
    let main = screen(&app, 80, 24);
    // the agenda's own words are English here and shown as written
    let ours = |s: &str| -> Vec<&str> {
        english_words(s)
            .into_iter()
            .filter(|w| !has_words(crate::agenda::SAMPLE, w))
            .collect()
    };
    for (name, s) in [("present", &present), ("editor", &editor), ("main", &main)] {
        assert!(ours(s).is_empty(), "{name}: {:?}\n{s}", ours(s));
    }
}

/// Every screen and dialog, and the status lines the chair's keys give,
/// in French: no English word of the screen's own.
#[test]
fn no_english_word_on_any_french_screen() {
    let (_d, mut app) = meeting();
    let mut seen = vec![("main".to_string(), screen(&app, 80, 24))];
    let mut look = |app: &App, name: &str| {
        for (w, h) in [(80, 24), (160, 48), (60, 20)] {
            let s = screen(app, w, h);
            seen.push((format!("{name} {w}x{h}: {}", app.status), s));
        }
        seen.push((format!("{name} status"), app.status.clone()));
    };
    let dialogs = [
        Action::Help,
        Action::EditStatement,
        Action::EditOutcome,
        Action::AddAction,
        Action::Find,
        Action::Export,
    ];
    for d in dialogs {
        app.update(d);
        look(&app, &format!("{d:?}"));
        chord(&mut app, KeyCode::Char('c'), KeyModifiers::CONTROL);
        look(&app, &format!("{d:?} closed"));
    }
    for a in [
        Action::Record(0),
        Action::Record(0),
        Action::Timer,
        Action::Timer,
        Action::Undo,
        Action::Redo,
        Action::Redo,
        Action::WrongCase('Q'),
        Action::ToggleAttendance,
        Action::Record(2),
    ] {
        app.update(a);
        look(&app, &format!("{a:?}"));
    }
    assert!(
        matches!(app.dialog, Some(Dialog::Present(_))),
        "absent: asks first"
    );
    press(&mut app, KeyCode::Char('n'));
    look(&app, "still absent");
    app.handle_paste("collé");
    look(&app, "paste");
    app.size = (60, 20);
    app.update(Action::Help);
    look(&app, "too small, help");
    let small = seen.last().map(|(_, s)| s.as_str()).unwrap_or_default();
    assert!(small.contains("collage ignoré"), "the last status: {small}");
    let small = &seen[seen.len() - 2].1;
    assert!(small.contains("fenêtre plus grande"), "{small}");
    assert!(small.contains("q Ctrl-c : quitter"), "{small}");
    for (name, s) in &seen {
        let found = english_words(s);
        assert!(found.is_empty(), "{name}: {found:?}\n{s}");
    }
}

/// Guards the ids built at run time (export kinds, the action form's
/// labels), which the i18n test of literal ids cannot see.
#[test]
fn ids_built_at_run_time_have_french_words() {
    for kind in crate::export::Kind::ALL {
        let name = crate::tui::dialog::kind_name(kind, Language::Fr);
        assert!(!name.starts_with("dialog-"), "{kind:?}: {name}");
        assert_ne!(name, kind.name(), "{kind:?} in French");
    }
}

#[test]
fn the_picker_speaks_french() {
    use crate::tui::picker::{Choice, lines};
    let choices = vec![
        Choice {
            path: "agendas/fono.toml".into(),
            about: Ok("Fono of Sāmoa".into()),
            session: None,
        },
        Choice {
            path: "agendas/bad.toml".into(),
            about: Err("agendas/bad.toml:2:9: `title` must be text".into()),
            session: None,
        },
    ];
    let text: Vec<String> = lines(&choices, 0, 80, Language::Fr)
        .iter()
        .map(|l| l.spans.iter().map(|s| s.content.to_string()).collect())
        .collect();
    assert_eq!(
        text,
        [
            "▶ fono.toml · Fono of Sāmoa",
            "    pas encore de session · Entrée en commence une",
            "  bad.toml · ne peut pas être ouvert",
            "    agendas/bad.toml:2:9: `title` must be text",
        ]
    );
    let mut t = Terminal::new(TestBackend::new(80, 24)).unwrap();
    t.draw(|f| crate::tui::picker::draw(f, f.area(), (&choices, 0), Language::Fr))
        .unwrap();
    let shown = format!("{}", t.backend());
    assert!(shown.contains("choisissez l'ordre du jour"), "{shown}");
    let found: Vec<_> = english_words(&shown)
        .into_iter()
        .filter(|w| !has_words("Fono of Sāmoa `title` must be text", w))
        .collect();
    assert!(found.is_empty(), "{found:?}\n{shown}");
}

#[test]
fn the_review_pager_speaks_french() {
    let lines: Vec<String> = (1..=40).map(|n| format!("ligne {n}")).collect();
    let mut t = Terminal::new(TestBackend::new(80, 24)).unwrap();
    t.draw(|f| {
        crate::tui::pager::draw(f, (&lines, 0), "Fono", Language::Fr);
    })
    .unwrap();
    let shown = format!("{}", t.backend());
    assert!(
        shown.contains("relecture (lecture seule) · Fono"),
        "{shown}"
    );
    assert!(shown.contains("q quitter · ligne 1/40"), "{shown}");
    assert!(english_words(&shown).is_empty(), "{shown}");
}

/// The read-only screen (`review --live`) in French: its first status line
/// and its refusal to record.
#[test]
fn the_live_view_speaks_french() {
    let (_d, app) = meeting();
    let snap = crate::session::read(&app.snap().path).unwrap();
    let dir = std::path::PathBuf::from(".");
    let mut live = App::new(Source::Live(snap), fixed, dir);
    live.zone = app.zone;
    live.set_lang(Language::Fr);
    assert!(live.status.contains("lecture seule"), "{}", live.status);
    let first = screen(&live, 80, 24);
    assert!(first.contains("vue en direct"), "{first}");
    live.update(Action::Record(0));
    assert!(
        live.status.contains("la présidence consigne"),
        "{}",
        live.status
    );
    let shown = screen(&live, 80, 24);
    for s in [&first, &shown] {
        assert!(english_words(s).is_empty(), "{:?}\n{s}", english_words(s));
    }
}

/// Guards names: a French screen shows each member's `name_fr` (as the
/// agenda writes it), and find takes either name.
#[test]
fn a_french_screen_shows_and_finds_french_names() {
    let (_d, mut app) = meeting();
    app.update(Action::Last);
    let shown = screen(&app, 80, 24);
    assert!(shown.contains("FJ Fidji"), "{shown}");
    assert!(!shown.contains("Fiji"), "{shown}");
    for query in ["fiji", "Fidji"] {
        app.update(Action::First);
        app.update(Action::Find);
        typed(&mut app, query);
        enter(&mut app);
        assert_eq!(app.member(), app.agenda().member_index("FJ"), "{query}");
    }
    app.set_lang(Language::En);
    assert!(screen(&app, 80, 24).contains("FJ Fiji"));
}

#[test]
fn regression_the_live_view_says_why_it_ended_in_french_too() {
    use std::io::{Error, ErrorKind};
    let gone = Error::new(ErrorKind::BrokenPipe, "the terminal went away");
    let signal = Error::new(ErrorKind::Interrupted, "stopped by a signal");
    assert_eq!(
        crate::tui::ended(&gone, Language::Fr),
        "l'écran a échoué : le terminal a disparu (fermé ou raccroché)"
    );
    assert_eq!(
        crate::tui::ended(&signal, Language::Fr),
        "arrêté par un signal (SIGTERM ou SIGHUP)"
    );
    assert_eq!(
        crate::tui::ended(&signal, Language::En),
        "stopped by a signal (SIGTERM or SIGHUP)"
    );
}
