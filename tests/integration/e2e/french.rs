//! The chair's screen in French, end to end: `--lang fr`, else the agenda's
//! `language`, else the environment's locale; `--lang en` wins over a French
//! agenda. The locale variables are set for each run, so the machine's own
//! do not decide.

use super::*;

/// `talanoa run AGENDA ARGS` under the locale `lang`, on a session of its
/// own (named after the locale and the arguments).
fn run_in(lang: &str, agenda: &Path, args: &str) -> String {
    let session: String = format!("{lang}{args}")
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect();
    format!(
        "LC_ALL= LC_MESSAGES= LANG={lang} exec \"$TALANOA\" run '{}' --session {session}.talanoa {args}",
        agenda.display()
    )
}

/// Records a stance, asks for the help, quits: the screen's words on the way.
fn chair_briefly(t: &mut Pty, words: [&str; 4]) {
    let [roster, saved, help, key] = words;
    t.wait_for(roster);
    t.keys("1");
    t.wait_for(saved);
    t.keys("?");
    t.wait_for(help);
    t.wait_for(key);
    t.keys("x");
    t.keys("q");
    assert_eq!(t.exit_code(), 0);
}

const FRENCH: [&str; 4] = [
    "Participants",
    "enregistré n° 1",
    "Aide · chaque modification",
    "membre au-dessus",
];

const ENGLISH: [&str; 4] = ["Roster", "saved #1", "Help · every change", "member above"];

#[test]
fn run_with_lang_fr_shows_the_french_screen() {
    let d = Dir::new();
    // the sample agenda says `language = "en"`: the flag wins
    let mut t = Pty::spawn(d.tmp.path(), &run_in("en_NZ.UTF-8", &sample(), "--lang fr"));
    t.wait_for("? aide");
    assert!(!t.contents().contains("Roster"), "{}", t.contents());
    chair_briefly(&mut t, FRENCH);
}

#[test]
fn a_french_locale_without_the_flag_shows_the_french_screen() {
    let d = Dir::new();
    // an agenda that names no language: the locale decides
    let text = std::fs::read_to_string(fixture("francais.toml")).expect("fixture");
    let plain: String = text
        .lines()
        .filter(|l| !l.starts_with("language = "))
        .map(|l| format!("{l}\n"))
        .collect();
    let agenda = d.write("sans-langue.toml", plain);
    let mut t = Pty::spawn(d.tmp.path(), &run_in("fr_FR.UTF-8", &agenda, ""));
    chair_briefly(&mut t, FRENCH);
    let mut t = Pty::spawn(d.tmp.path(), &run_in("C.UTF-8", &agenda, ""));
    chair_briefly(&mut t, ENGLISH);
}

#[test]
fn lang_en_wins_over_a_french_agenda() {
    let d = Dir::new();
    let agenda = fixture("francais.toml");
    let mut t = Pty::spawn(d.tmp.path(), &run_in("fr_FR.UTF-8", &agenda, "--lang en"));
    chair_briefly(&mut t, ENGLISH);
    // without the flag the agenda's French wins over an English locale
    let mut t = Pty::spawn(d.tmp.path(), &run_in("en_NZ.UTF-8", &agenda, ""));
    chair_briefly(&mut t, FRENCH);
}

#[test]
fn a_signal_ends_the_french_screen_with_french_words() {
    let d = Dir::new();
    let mut t = Pty::spawn(d.tmp.path(), &run_in("C.UTF-8", &sample(), "--lang fr"));
    t.wait_for("Participants");
    let pid = t.child.process_id().expect("pid").to_string();
    let sent = std::process::Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .expect("kill");
    assert!(sent.success());
    assert_eq!(t.exit_code(), 1);
    t.wait_for("arrêté par un signal");
    t.wait_for("tout ce qui a été consigné était déjà enregistré");
}

#[test]
fn the_picker_speaks_the_flag_then_the_locale() {
    let d = Dir::new();
    let text = std::fs::read_to_string(fixture("francais.toml")).expect("fixture");
    d.write("agendas/reunion.toml", text);
    let script = "LC_ALL= LC_MESSAGES= LANG=C.UTF-8 exec \"$TALANOA\" --lang fr";
    let mut t = Pty::spawn(d.tmp.path(), script);
    t.wait_for("choisissez l'ordre du jour");
    t.wait_for("pas encore de session");
    t.keys("q");
    assert_eq!(t.exit_code(), 0);
    let script = "LC_ALL= LC_MESSAGES= LANG=fr_FR.UTF-8 exec \"$TALANOA\"";
    let mut t = Pty::spawn(d.tmp.path(), script);
    t.wait_for("Entrée ouvrir (ou reprendre)");
    t.keys("q");
    assert_eq!(t.exit_code(), 0);
}
