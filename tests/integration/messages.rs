//! The language of messages: the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`),
//! else English; `run`'s `--lang` for its screen. Identifiers the user
//! types (keys, ids, flags, paths) stay as written in every language.

use crate::util::*;

/// An agenda with an unknown key in `[meeting]`, a member id used twice and
/// a member with no name.
const BAD: &str = r#"[meeting]
title = "Forum Fisheries Officials"
colour = "blue"

[[members]]
id = "TO"
name = "Tonga"

[[members]]
id = "TO"
name = "Sāmoa"

[[members]]
id = "FJ"

[[items]]
id = "fish"
title = "Tuna"

[[items.options]]
id = "a"
title = "Adopt the measure"
"#;

fn with_lang(d: &Dir, lang: &str, args: &[&str]) -> Run {
    let out = d.cmd().args(args).env("LANG", lang).output().expect("run");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Every line is `PATH:LINE:COL: message`.
#[track_caller]
fn placed(stderr: &str) -> Vec<&str> {
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 3, "{stderr}");
    for l in &lines {
        let mut parts = l.splitn(4, ':');
        assert_eq!(parts.next(), Some("bad.toml"), "{l}");
        assert!(
            parts.next().is_some_and(|n| n.parse::<u32>().is_ok()),
            "{l}"
        );
        assert!(
            parts.next().is_some_and(|n| n.parse::<u32>().is_ok()),
            "{l}"
        );
        assert!(parts.next().is_some_and(|m| m.starts_with(' ')), "{l}");
    }
    lines
}

#[test]
fn validate_speaks_french_under_a_french_locale() {
    let d = Dir::new();
    d.write("bad.toml", BAD);
    let r = with_lang(&d, "fr_FR.UTF-8", &["validate", "bad.toml"]).code(2);
    let lines = placed(&r.stderr);
    assert_eq!(
        lines[0],
        "bad.toml:3:1: champ `colour` inconnu dans [meeting] ; champs possibles : title, body, \
         date, venue, chair, secretary, rule, attribution, opening, reference, timezone, \
         language, opening_prayer, closing_prayer, closing, speaking_limit"
    );
    assert_eq!(
        lines[1],
        "bad.toml:10:6: identifiant de membre \"TO\" en double (déjà utilisé par le n° 1) ; \
         chaque membre doit avoir son propre identifiant"
    );
    assert_eq!(
        lines[2],
        "bad.toml:13:1: le champ obligatoire `name` manque dans [[members]] #3"
    );
}

#[test]
fn validate_speaks_english_under_the_c_locale() {
    let d = Dir::new();
    d.write("bad.toml", BAD);
    for lang in ["C", "C.UTF-8", "en_NZ.UTF-8"] {
        let r = with_lang(&d, lang, &["validate", "bad.toml"]).code(2);
        let lines = placed(&r.stderr);
        assert!(
            lines[0].starts_with(
                "bad.toml:3:1: unknown field `colour` in [meeting]; expected one of: title,"
            ),
            "{lang}: {}",
            lines[0]
        );
        assert_eq!(
            lines[1],
            "bad.toml:10:6: duplicate member id \"TO\" (first used by #1); every member needs its own id"
        );
        assert_eq!(
            lines[2],
            "bad.toml:13:1: missing required field `name` in [[members]] #3"
        );
    }
}

#[test]
fn lc_all_and_lc_messages_come_before_lang() {
    let d = Dir::new();
    d.write("bad.toml", BAD);
    let out = d
        .cmd()
        .args(["validate", "bad.toml"])
        .env("LANG", "en_GB.UTF-8")
        .env("LC_MESSAGES", "fr_FR.UTF-8")
        .output()
        .expect("run");
    assert!(String::from_utf8_lossy(&out.stderr).contains("identifiant de membre"));
    let out = d
        .cmd()
        .args(["validate", "bad.toml"])
        .env("LANG", "fr_FR.UTF-8")
        .env("LC_ALL", "C")
        .output()
        .expect("run");
    assert!(String::from_utf8_lossy(&out.stderr).contains("duplicate member id"));
}

#[test]
fn a_missing_agenda_file_is_named_in_french() {
    let d = Dir::new();
    let r = with_lang(&d, "fr_FR.UTF-8", &["validate", "nowhere.toml"]).code(2);
    assert_eq!(
        r.stderr,
        "nowhere.toml: fichier introuvable ; vérifiez le chemin\n"
    );
}

/// `record` on `s.talanoa` (started from the sample) under `lang`.
fn record_in(d: &Dir, lang: &str, member: &str) -> Run {
    let agenda = sample();
    with_lang(
        d,
        lang,
        &[
            "record",
            "--session",
            "s.talanoa",
            "--agenda",
            agenda.to_str().unwrap(),
            "--item",
            "need",
            "--option",
            "explore",
            "--member",
            member,
            "--stance",
            "support",
        ],
    )
}

#[test]
fn record_refuses_an_unknown_member_in_french_and_changes_nothing() {
    let d = Dir::new();
    let r = record_in(&d, "fr_FR.UTF-8", "XX").code(2);
    assert!(
        r.stderr
            .starts_with("talanoa: membre inconnu \"XX\" ; identifiants de membre valides : FJ, "),
        "{}",
        r.stderr
    );
    assert!(!d.path("s.talanoa").exists(), "a refusal writes nothing");
    let r = record_in(&d, "C", "XX").code(2);
    assert!(
        r.stderr
            .starts_with("talanoa: unknown member \"XX\"; valid member ids: FJ, "),
        "{}",
        r.stderr
    );
}

#[test]
fn a_second_writer_is_refused_in_french() {
    let d = Dir::new();
    d.record("need", "explore", "FJ", "support").ok();
    let held = talanoa::session::Session::open(&d.path("s.talanoa")).unwrap();
    let r = record_in(&d, "fr_FR.UTF-8", "TO").code(1);
    assert!(
        r.stderr.contains(
            "s.talanoa est ouvert pour l'enregistrement ailleurs (une autre fenêtre ou commande \
             talanoa) ; rien n'a été enregistré ici et rien de ce qui est déjà enregistré n'est \
             perdu. Fermez-le d'abord là-bas ; `talanoa review` et `talanoa export` peuvent le \
             lire entre-temps"
        ),
        "{}",
        r.stderr
    );
    drop(held);
}

#[test]
fn a_file_that_is_not_a_session_is_named_in_french() {
    let d = Dir::new();
    d.write("notes.talanoa", "minutes, not a session\n");
    let r = with_lang(&d, "fr_FR.UTF-8", &["export", "--session", "notes.talanoa"]).code(2);
    assert_eq!(
        r.stderr,
        "talanoa: notes.talanoa n'est pas une session talanoa (ce n'est pas une base de données \
         SQLite) ; indiquez un fichier .talanoa écrit par talanoa\n"
    );
}

/// `--lang` on `export` is the minutes' language: the notices and
/// refusals stay in the locale's (a script checking "wrote" keeps working).
#[test]
fn export_lang_fr_keeps_its_messages_in_the_locales_language() {
    let d = Dir::new();
    d.write("notes.talanoa", "minutes, not a session\n");
    let args = ["export", "--session", "notes.talanoa", "--lang", "fr"];
    let r = with_lang(&d, "en_NZ.UTF-8", &args).code(2);
    assert!(
        r.stderr.contains("is not a talanoa session"),
        "{}",
        r.stderr
    );
    let args = ["export", "--session", "notes.talanoa", "--lang", "en"];
    let r = with_lang(&d, "fr_FR.UTF-8", &args).code(2);
    assert!(
        r.stderr.contains("n'est pas une session talanoa"),
        "{}",
        r.stderr
    );
}

#[test]
fn recording_commands_report_in_french_with_flags_as_typed() {
    let d = Dir::new();
    let r = record_in(&d, "fr_FR.UTF-8", "FJ").ok();
    assert_eq!(r.stdout, "n° 1 (position) enregistré dans s.talanoa\n");
    assert!(
        r.stderr.contains("session s.talanoa commencée à partir de"),
        "{}",
        r.stderr
    );
    d.record("network-options", "diplomatic", "FJ", "block")
        .ok();
    let decide = [
        "decide",
        "--session",
        "s.talanoa",
        "--item",
        "network-options",
        "--text",
        "agreed",
        "--option",
        "diplomatic",
    ];
    let r = with_lang(&d, "fr_FR.UTF-8", &decide).code(2);
    assert!(
        r.stderr.starts_with(
            "talanoa: l'option \"diplomatic\" du point \"network-options\" ne peut pas être \
             retenue : son statut est absence de consensus,"
        ),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr
            .ends_with("Pour l'enregistrer malgré tout, ajoutez --despite-status (le compte rendu le mentionnera)\n"),
        "{}",
        r.stderr
    );
    let r = with_lang(
        &d,
        "fr_FR.UTF-8",
        &[
            "attend",
            "--session",
            "s.talanoa",
            "--member",
            "FJ",
            "--absent",
            "--by",
            " ",
        ],
    )
    .code(2);
    assert_eq!(
        r.stderr,
        "talanoa: --by ne doit pas être vide ; indiquez qui saisit la modification, par exemple --by \"Forum Secretariat\"\n"
    );
}

#[test]
fn export_verify_and_init_report_in_the_messages_language() {
    let d = Dir::new();
    d.record("need", "explore", "FJ", "support").ok();
    let export = ["export", "--session", "s.talanoa", "-o", "out.md"];
    let r = with_lang(&d, "C", &export).ok();
    assert_eq!(r.stderr, "wrote out.md\n");
    // French minutes on an English machine: the notice stays English
    let r = with_lang(&d, "C", &[&export[..], &["--lang", "fr"]].concat()).ok();
    assert_eq!(r.stderr, "wrote out.md\n");
    let r = with_lang(
        &d,
        "fr_FR.UTF-8",
        &[&export[..], &["--lang", "fr"]].concat(),
    )
    .ok();
    assert_eq!(r.stderr, "out.md écrit\n");
    let verify = ["verify", "--session", "s.talanoa", "--minutes", "out.md"];
    let r = with_lang(&d, "fr_FR.UTF-8", &verify).ok();
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert!(
        lines[0].starts_with("ok s.talanoa : le registre est intact (1 modification ; empreinte"),
        "{}",
        r.stdout
    );
    assert_eq!(
        lines[1],
        "ok out.md : produit à partir de ce registre tel qu'il est (compte rendu Markdown, \
         Résultats, attributed, fr)"
    );
    with_lang(&d, "fr_FR.UTF-8", &["init", "new.toml"]).ok();
    let r = with_lang(&d, "fr_FR.UTF-8", &["init", "new.toml"]).code(2);
    assert_eq!(
        r.stderr,
        "talanoa: new.toml existe déjà ; talanoa init n'écrase jamais un fichier : indiquez un \
         nouveau chemin\n"
    );
}

#[test]
fn amendments_are_refused_in_french() {
    let d = Dir::new();
    d.record("need", "explore", "FJ", "support").ok();
    let amend = |what: &[&str]| {
        let args = [&["amend", "--session", "s.talanoa"][..], what].concat();
        with_lang(&d, "fr_FR.UTF-8", &args).code(2)
    };
    let r = amend(&["add-member", "--member", "FJ", "--name", "Fidji"]);
    assert_eq!(
        r.stderr,
        "talanoa: il existe déjà un membre avec l'identifiant \"FJ\" ; choisissez un autre \
         identifiant\n"
    );
    let r = amend(&["add-item", "--item", "aob", "--title", " "]);
    assert_eq!(r.stderr, "talanoa: --title ne doit pas être vide\n");
    let r = amend(&["rename", "--member", "FJ", "--name", "Fiji"]);
    assert_eq!(
        r.stderr,
        "talanoa: le nom (name) est déjà \"Fiji\" ; rien à corriger\n"
    );
}
