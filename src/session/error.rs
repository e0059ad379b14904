//! What can go wrong with a session file, each with what to do about it.

use std::path::PathBuf;

/// A session that could not be opened, read or written.
#[derive(Debug, thiserror::Error)]
pub enum SessionError {
    /// No file at the path, and no agenda to start one.
    #[error("no session at {0}; start one by giving --agenda AGENDA, or check the path")]
    NotFound(PathBuf),
    /// The file exists but is not a talanoa session.
    #[error("{path} is not a talanoa session ({why}); name a .talanoa file written by talanoa")]
    NotASession { path: PathBuf, why: String },
    /// Written by a newer talanoa.
    #[error(
        "{path} was written by a newer talanoa (session schema {found}; this one reads up to {supported}); upgrade talanoa to open it"
    )]
    Newer {
        path: PathBuf,
        found: i64,
        supported: i64,
    },
    /// The log or the agenda copy was changed outside talanoa.
    #[error(
        "{path}: {what}; the session was changed outside talanoa. Nothing was repaired or deleted: restore it from a copy, or export what can still be read with an earlier copy"
    )]
    Tampered { path: PathBuf, what: String },
    /// A journal or write-ahead log beside the session that SQLite would
    /// apply, but that does not belong to the file's current state.
    #[error(
        "{path}: beside it is {sidecar}, {what}. Nothing was changed: the session file holds every saved change without it. Move {sidecar} out of the folder (keep it until you are sure) and try again"
    )]
    Sidecar {
        path: PathBuf,
        sidecar: PathBuf,
        what: String,
    },
    /// Another process holds the session for recording.
    #[error(
        "{0} is open for recording elsewhere (another talanoa window or command); close it there first. `talanoa review` and `talanoa export` can read it meanwhile"
    )]
    Locked(PathBuf),
    /// An outcome would adopt an option the meeting has not agreed, and the
    /// chair did not say it is adopted despite its status.
    #[error(
        "option \"{option}\" of item \"{item}\" cannot be adopted: its status is {}, and only an option with consensus (or consensus with reservations) is adopted unless the chair records that it is adopted despite its status; nothing was recorded",
        status.label()
    )]
    NotAgreed {
        item: String,
        option: String,
        status: crate::consensus::Status,
    },
    /// A change names something the agenda does not have, or is otherwise refused.
    #[error("{0}")]
    Refused(String),
    /// The disk or the database failed.
    #[error("{path}: {what}. Nothing that was already recorded was lost")]
    Storage { path: PathBuf, what: String },
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
