//! `run`, `talanoa AGENDA` and `talanoa` alone: open the chair's screen.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use chrono::Utc;

use super::Failure;
use crate::agenda::{self, Language};
use crate::session::{self, Session};
use crate::time::MeetingZone;
use crate::tr;
use crate::tui::Choice;

/// Where a session goes by default: `sessions/<stem>.talanoa` beside the agenda.
pub fn default_session(agenda: &Path) -> PathBuf {
    let dir = agenda
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let stem = agenda
        .file_stem()
        .map_or_else(|| "meeting".into(), |s| s.to_string_lossy().into_owned());
    dir.join("sessions").join(format!("{stem}.talanoa"))
}

/// Refuses, in the screen's language, when there is no terminal to draw on.
fn need_terminal(lang: Language) -> Result<(), Failure> {
    if std::io::stdout().is_terminal() && std::io::stdin().is_terminal() {
        Ok(())
    } else {
        Err(Failure::BadInput(tr!(lang, "screen-needs-terminal")))
    }
}

/// `talanoa run AGENDA [--session FILE] [--lang LANG]`.
pub fn run(
    agenda_path: &Path,
    session: Option<&Path>,
    lang: Option<Language>,
) -> Result<(), Failure> {
    let (a, text) = agenda::load(agenda_path)?;
    need_terminal(crate::i18n::choose(lang, a.meeting.language))?;
    let path = session.map_or_else(|| default_session(agenda_path), Path::to_path_buf);
    open(&path, &text, &agenda_path.display().to_string(), lang)
}

fn open(path: &Path, text: &str, origin: &str, lang: Option<Language>) -> Result<(), Failure> {
    let (session, created) = Session::open_or_create(path, text, origin, Utc::now())?;
    // the flag, else the agenda as recorded (amendments never change it), else LANG
    let lang = crate::i18n::choose(lang, session.snapshot().agenda.meeting.language);
    crate::i18n::set_messages(lang); // messages follow the screen's language
    let file = path.display().to_string();
    let note = if created {
        tr!(lang, "status-new-session", path = &file)
    } else if session.snapshot().agenda_text != text {
        tr!(lang, "status-resumed-changed")
    } else {
        let n = session.snapshot().log.len();
        tr!(lang, "status-resumed", path = &file, n = n)
    };
    let export_dir = path
        .parent()
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf);
    crate::tui::chair(session, export_dir, Some(note), lang).map_err(|e| {
        let what = crate::tui::ended(&e, lang);
        Failure::Failed(tr!(lang, "screen-failed-saved", what = &what, path = &file))
    })
}

/// What the picker says about one agenda file, in `lang`: its meeting, or
/// its first problem; and its session, if there is one.
fn choice(path: &Path, lang: Language) -> Choice {
    let loaded = agenda::load(path);
    let about = match &loaded {
        Ok((a, _)) => {
            let m = &a.meeting;
            let mut parts = vec![m.title.clone()];
            if let Some(d) = m.date {
                parts.push(crate::time::long_date(d, lang));
            }
            parts.extend(m.venue.clone());
            Ok(parts.join(" · "))
        }
        Err(e) => Err(e.to_string().lines().next().unwrap_or_default().to_string()),
    };
    let session_path = default_session(path);
    let session = session_path
        .exists()
        .then(|| match session::read_current(&session_path) {
            Ok(snap) => {
                let zone = MeetingZone::of(&snap.agenda);
                let n = snap.log.len();
                match snap.log.last() {
                    Some(e) => {
                        let (date, time) = (zone.date(e.at).to_string(), zone.clock(e.at));
                        tr!(
                            lang,
                            "picker-session-last",
                            n = n,
                            date = &date,
                            time = &time
                        )
                    }
                    None => tr!(lang, "picker-session", n = n),
                }
            }
            Err(e) => {
                let (file, error) = (session_path.display().to_string(), e.to_string());
                tr!(
                    lang,
                    "picker-session-unreadable",
                    path = &file,
                    error = &error
                )
            }
        });
    Choice {
        path: path.to_path_buf(),
        about,
        session,
    }
}

/// `talanoa` with no argument: pick an agenda in ./agendas, or open the sample.
pub fn default(lang: Option<Language>) -> Result<(), Failure> {
    let mut agendas: Vec<PathBuf> = std::fs::read_dir("agendas")
        .map(|d| {
            d.filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "toml") && p.is_file())
                .collect()
        })
        .unwrap_or_default();
    agendas.sort();
    // No agenda is chosen yet: the flag, else LANG.
    let picker_lang = crate::i18n::choose(lang, None);
    need_terminal(picker_lang)?;
    if agendas.is_empty() {
        return open(
            Path::new("sessions/sample.talanoa"),
            agenda::SAMPLE,
            "(the sample agenda built into talanoa)",
            lang,
        );
    }
    let choices: Vec<Choice> = agendas.iter().map(|a| choice(a, picker_lang)).collect();
    let chosen = crate::tui::pick(&choices, picker_lang)
        .map_err(|e| Failure::Failed(crate::tui::ended(&e, picker_lang)))?;
    match chosen {
        Some(a) => run(&a, None, lang),
        None => Ok(()),
    }
}
