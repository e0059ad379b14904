//! `run`, `talanoa AGENDA` and `talanoa` alone: open the chair's screen.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use chrono::Utc;

use super::Failure;
use crate::agenda::{self, Language};
use crate::session::{self, Session};
use crate::time::MeetingZone;
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

fn need_terminal() -> Result<(), Failure> {
    if std::io::stdout().is_terminal() && std::io::stdin().is_terminal() {
        Ok(())
    } else {
        Err(Failure::BadInput(
            "the chair's screen needs a terminal; to record from a script use `talanoa record`"
                .into(),
        ))
    }
}

/// `talanoa run AGENDA [--session FILE] [--lang LANG]`.
pub fn run(
    agenda_path: &Path,
    session: Option<&Path>,
    lang: Option<Language>,
) -> Result<(), Failure> {
    let (_, text) = agenda::load(agenda_path)?;
    need_terminal()?;
    let path = session.map_or_else(|| default_session(agenda_path), Path::to_path_buf);
    open(&path, &text, &agenda_path.display().to_string(), lang)
}

fn open(path: &Path, text: &str, origin: &str, lang: Option<Language>) -> Result<(), Failure> {
    let (session, created) = Session::open_or_create(path, text, origin, Utc::now())?;
    // the flag, else the agenda as recorded (amendments never change it), else LANG
    let lang = crate::i18n::choose(lang, session.snapshot().agenda.meeting.language);
    crate::i18n::set_messages(lang); // messages follow the screen's language
    let note = if created {
        Some(format!("new session {} · press ? for help", path.display()))
    } else if session.snapshot().agenda_text != text {
        Some("resumed: the agenda file has changed since this session began; the session keeps the agenda as it was".into())
    } else {
        Some(format!(
            "resumed {} · {} changes · press ? for help",
            path.display(),
            session.snapshot().log.len()
        ))
    };
    let export_dir = path
        .parent()
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf);
    crate::tui::chair(session, export_dir, note, lang).map_err(|e| {
        let what = if e.kind() == std::io::ErrorKind::Interrupted {
            e.to_string()
        } else {
            format!("the screen failed: {e}")
        };
        Failure::Failed(format!(
            "{what}; everything recorded was already saved in {}",
            path.display()
        ))
    })
}

/// What the picker says about one agenda file: its meeting, or its first
/// problem; and its session, if there is one.
fn choice(path: &Path) -> Choice {
    let loaded = agenda::load(path);
    let about = match &loaded {
        Ok((a, _)) => {
            let m = &a.meeting;
            let mut parts = vec![m.title.clone()];
            if let Some(d) = m.date {
                parts.push(crate::time::long_date(d, a.meeting.language()));
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
                let last = snap.log.last().map_or_else(String::new, |e| {
                    format!(", the last {} {}", zone.date(e.at), zone.clock(e.at))
                });
                let s = if n == 1 { "" } else { "s" };
                format!("session: {n} change{s}{last} · Enter resumes it")
            }
            Err(e) => format!("session {} cannot be read: {e}", session_path.display()),
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
    need_terminal()?;
    if agendas.is_empty() {
        return open(
            Path::new("sessions/sample.talanoa"),
            agenda::SAMPLE,
            "(the sample agenda built into talanoa)",
            lang,
        );
    }
    let choices: Vec<Choice> = agendas.iter().map(|a| choice(a)).collect();
    let chosen = crate::tui::pick(&choices)
        .map_err(|e| Failure::Failed(format!("the screen failed: {e}")))?;
    match chosen {
        Some(a) => run(&a, None, lang),
        None => Ok(()),
    }
}
