//! What can go wrong with a session file, each with what to do about it.

use std::fmt;
use std::path::{Path, PathBuf};

use crate::msg;

/// A session that could not be opened, read or written. Its message is in
/// the messages language ([`crate::i18n::messages`]).
#[derive(Debug, thiserror::Error)]
pub enum SessionError {
    /// No file at the path, and no agenda to start one.
    NotFound(PathBuf),
    /// The file exists but is not a talanoa session.
    NotASession { path: PathBuf, why: String },
    /// Written by a newer talanoa.
    Newer {
        path: PathBuf,
        found: i64,
        supported: i64,
    },
    /// The log or the agenda copy was changed outside talanoa.
    Tampered { path: PathBuf, what: String },
    /// A journal or write-ahead log beside the session that SQLite would
    /// apply, but that does not belong to the file's current state.
    Sidecar {
        path: PathBuf,
        sidecar: PathBuf,
        what: String,
    },
    /// Another process holds the session for recording.
    Locked(PathBuf),
    /// An outcome would adopt an option the meeting has not agreed, and the
    /// chair did not say it is adopted despite its status.
    NotAgreed {
        item: String,
        option: String,
        status: crate::consensus::Status,
    },
    /// A change names something the agenda does not have, or is otherwise refused.
    Refused(String),
    /// The disk or the database failed.
    Storage { path: PathBuf, what: String },
}

impl fmt::Display for SessionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let p = |path: &Path| path.display().to_string();
        let text = match self {
            SessionError::NotFound(path) => msg!("error-session-not-found", path = &p(path)),
            SessionError::NotASession { path, why } => {
                msg!("error-session-not-a-session", path = &p(path), why = why)
            }
            SessionError::Newer {
                path,
                found,
                supported,
            } => msg!(
                "error-session-newer",
                path = &p(path),
                found = &found.to_string(),
                supported = &supported.to_string()
            ),
            SessionError::Tampered { path, what } => {
                msg!("error-session-tampered", path = &p(path), what = what)
            }
            SessionError::Sidecar {
                path,
                sidecar,
                what,
            } => msg!(
                "error-session-sidecar",
                path = &p(path),
                sidecar = &p(sidecar),
                what = what
            ),
            SessionError::Locked(path) => msg!("error-session-locked", path = &p(path)),
            SessionError::NotAgreed {
                item,
                option,
                status,
            } => msg!(
                "error-session-not-agreed",
                item = item,
                option = option,
                status = status.as_str()
            ),
            SessionError::Refused(why) => why.clone(),
            SessionError::Storage { path, what } => {
                msg!("error-session-storage", path = &p(path), what = what)
            }
        };
        f.write_str(&text)
    }
}

impl SessionError {
    /// Whether this is the user's input to fix (exit 2) rather than a failure (exit 1).
    pub fn is_bad_input(&self) -> bool {
        matches!(
            self,
            SessionError::NotFound(_)
                | SessionError::NotASession { .. }
                | SessionError::Newer { .. }
                | SessionError::Tampered { .. }
                | SessionError::Sidecar { .. }
                | SessionError::Refused(_)
                | SessionError::NotAgreed { .. }
        )
    }
}

/// Wraps a database or file error with the session's path.
pub(crate) fn storage(path: &std::path::Path, e: impl std::fmt::Display) -> SessionError {
    SessionError::Storage {
        path: path.to_path_buf(),
        what: e.to_string(),
    }
}
