//! `record`, `attend`, `decide`, `action`: changing the record from the shell.

use std::path::Path;

use chrono::{NaiveDate, Utc};

use super::Failure;
use crate::agenda;
use crate::cli::{ActionArgs, AttendArgs, DecideArgs, RecordArgs, SessionArgs};
use crate::msg;
use crate::session::{Change, Record, Session, SessionError};

impl From<SessionError> for Failure {
    fn from(e: SessionError) -> Self {
        if let SessionError::NotAgreed { .. } = e {
            // only `decide` adopts options: say how to record it anyway
            return Failure::BadInput(msg!("cli-not-agreed-hint", error = &e.to_string()));
        }
        if e.is_bad_input() {
            Failure::BadInput(e.to_string())
        } else {
            Failure::Failed(e.to_string())
        }
    }
}

/// Who entered a change when `--by` is not given: the login name from
/// the environment, or else the system's name for the user running
/// talanoa; `None` when neither can be found (never a made-up name).
pub fn default_author() -> Option<String> {
    ["USER", "LOGNAME", "USERNAME"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|s| !s.trim().is_empty()))
        .or_else(system_user)
}

/// The system's name for the user running this process: its user id
/// looked up in `/etc/passwd`.
fn system_user() -> Option<String> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let uid = std::fs::metadata("/proc/self").ok()?.uid().to_string();
        let passwd = std::fs::read_to_string("/etc/passwd").ok()?;
        passwd.lines().find_map(|l| {
            let mut f = l.split(':');
            let name = f.next()?;
            (f.nth(1)? == uid && !name.is_empty()).then(|| name.to_string())
        })
    }
    #[cfg(not(unix))]
    {
        None
    }
}

fn author(s: &SessionArgs) -> Result<String, Failure> {
    author_of(&s.by)
}

/// Who entered a change: `--by`, else the login name.
pub(super) fn author_of(by: &Option<String>) -> Result<String, Failure> {
    match by {
        Some(by) if by.trim().is_empty() => Err(Failure::BadInput(msg!("cli-by-empty"))),
        Some(by) => Ok(by.clone()),
        None => default_author().ok_or_else(|| Failure::BadInput(msg!("cli-by-unknown"))),
    }
}

/// Opens the session, creating it from `agenda` when it does not exist yet,
/// and only once `change` is known to fit that agenda: a refused change
/// never leaves a new, empty session behind.
fn open(path: &Path, agenda_path: Option<&Path>, change: &Change) -> Result<Session, Failure> {
    if path.exists() {
        if let Some(a) = agenda_path {
            let (session, agenda) = (path.display().to_string(), a.display().to_string());
            eprintln!(
                "{}",
                msg!("cli-agenda-not-used", session = &session, agenda = &agenda)
            );
        }
        return Ok(Session::open(path)?);
    }
    let Some(a) = agenda_path else {
        return Err(SessionError::NotFound(path.to_path_buf()).into());
    };
    let (agenda, text) = agenda::load(a)?;
    Record::new(&agenda)
        .fits(&agenda, change)
        .map_err(|m| SessionError::Refused(m.0))?;
    let (session, created) =
        Session::open_or_create(path, &text, &a.display().to_string(), Utc::now())?;
    if created {
        let (session, agenda) = (path.display().to_string(), a.display().to_string());
        eprintln!(
            "{}",
            msg!("cli-session-started", session = &session, agenda = &agenda)
        );
    }
    Ok(session)
}

/// Opens (or starts, from `agenda`) the session at `path` and records one
/// change in it.
fn save(path: &Path, agenda: Option<&Path>, change: Change, by: &str) -> Result<(), Failure> {
    let mut session = open(path, agenda, &change)?;
    let entry = session.apply(change, by, Utc::now())?;
    println!("{}", saved(entry, path));
    Ok(())
}

/// `saved #SEQ (KIND) in PATH`, in the messages language.
pub(super) fn saved(entry: &crate::session::Entry, path: &Path) -> String {
    let (seq, session) = (entry.seq.to_string(), path.display().to_string());
    let kind = entry.change.kind();
    msg!("cli-saved", seq = &seq, kind = kind, session = &session)
}

/// Refuses a blank value for `flag`.
pub(super) fn not_blank(flag: &str, text: &str) -> Result<(), Failure> {
    if text.trim().is_empty() {
        return Err(Failure::BadInput(msg!("cli-flag-empty", flag = flag)));
    }
    Ok(())
}

/// `talanoa record`.
pub fn record(a: &RecordArgs) -> Result<(), Failure> {
    let by = author(&a.session)?;
    if let Some(s) = &a.statement {
        not_blank("--statement", s)?;
    }
    let stance = if a.clear { None } else { a.stance.clone() };
    let change = Change::Position {
        item: a.item.clone(),
        option: a.option.clone(),
        member: a.member.clone(),
        stance,
        statement: a.statement.clone(),
    };
    save(&a.session.session, a.agenda.as_deref(), change, &by)
}

/// `talanoa attend`.
pub fn attend(a: &AttendArgs) -> Result<(), Failure> {
    let by = author(&a.session)?;
    save(
        &a.session.session,
        None,
        Change::Attendance {
            member: a.member.clone(),
            present: a.present,
        },
        &by,
    )
}

/// `talanoa decide`.
pub fn decide(a: &DecideArgs) -> Result<(), Failure> {
    let by = author(&a.session)?;
    not_blank("--text", &a.text)?;
    let change = Change::Outcome {
        item: a.item.clone(),
        text: a.text.clone(),
        option: a.option.clone(),
        despite_status: a.despite_status,
    };
    save(&a.session.session, None, change, &by)
}

/// Parses a `--due` date.
pub fn parse_due(text: &str) -> Result<NaiveDate, Failure> {
    crate::session::parse_date(text)
        .ok_or_else(|| Failure::BadInput(msg!("cli-bad-due", due = &crate::text::quoted(text))))
}

/// `talanoa action`.
pub fn action(a: &ActionArgs) -> Result<(), Failure> {
    let by = author(&a.session)?;
    not_blank("--text", &a.text)?;
    let due = a.due.as_deref().map(parse_due).transpose()?;
    let owner = a.owner.clone().filter(|o| !o.trim().is_empty());
    save(
        &a.session.session,
        None,
        Change::Action {
            item: a.item.clone(),
            text: a.text.clone(),
            owner,
            due,
        },
        &by,
    )
}
