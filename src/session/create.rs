//! Making a new session file: built beside its place and linked in only
//! when complete.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use rusqlite::{Connection, params};

use super::change::rfc3339;
use super::error::{SessionError, storage};
use super::store::{SCHEMA, sha256_hex};

/// Creates a new session file holding the agenda, atomically: it is built
/// beside the target and linked into place only when complete, so a crash
/// never leaves a half-made session and an existing file is never replaced.
/// Returns `false` when a session already existed at `path`.
pub(crate) fn create(
    path: &Path,
    agenda_text: &str,
    origin: &str,
    now: DateTime<Utc>,
) -> Result<bool, SessionError> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(|e| {
        let folder = dir.display().to_string();
        let why = e.to_string();
        storage(
            path,
            crate::msg!("error-session-mkdir", folder = &folder, why = &why),
        )
    })?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    for suffix in ["-journal", "-wal"] {
        let sidecar = super::sidecar::beside(path, suffix);
        if sidecar.exists() {
            return Err(SessionError::Sidecar {
                path: path.to_path_buf(),
                sidecar,
                what: crate::msg!("error-sidecar-left-over"),
            });
        }
    }
    let tmp: PathBuf = dir.join(format!(".{name}.{}.creating", std::process::id()));
    let result =
        build(&tmp, agenda_text, origin, now).and_then(|()| match std::fs::hard_link(&tmp, path) {
            Ok(()) => Ok(true),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(false),
            // Some file systems (a FAT-formatted USB stick) have no hard
            // links: fall back to a rename, checking first that nothing is there.
            Err(_) if !path.exists() => std::fs::rename(&tmp, path)
                .map(|()| true)
                .map_err(|e| storage(path, e)),
            Err(_) => Ok(false),
        });
    let _ = std::fs::remove_file(&tmp);
    let _ =
        std::fs::remove_file(dir.join(format!(".{name}.{}.creating-journal", std::process::id())));
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
    result
}

fn build(
    tmp: &Path,
    agenda_text: &str,
    origin: &str,
    now: DateTime<Utc>,
) -> Result<(), SessionError> {
    let _ = std::fs::remove_file(tmp);
    let mut conn = Connection::open(tmp).map_err(|e| storage(tmp, e))?;
    conn.execute_batch("PRAGMA journal_mode = DELETE; PRAGMA synchronous = EXTRA;")
        .map_err(|e| storage(tmp, e))?;
    let tx = conn.transaction().map_err(|e| storage(tmp, e))?;
    tx.execute_batch(SCHEMA).map_err(|e| storage(tmp, e))?;
    tx.execute_batch(super::checkpoint::TABLE)
        .map_err(|e| storage(tmp, e))?;
    tx.execute(
        "INSERT INTO agenda (id, source, sha256, origin, created_at, talanoa) VALUES (1, ?1, ?2, ?3, ?4, ?5)",
        params![agenda_text, sha256_hex(agenda_text), origin, rfc3339(&now), env!("CARGO_PKG_VERSION")],
    )
    .map_err(|e| storage(tmp, e))?;
    tx.commit().map_err(|e| storage(tmp, e))?;
    conn.close().map_err(|(_, e)| storage(tmp, e))?;
    std::fs::File::open(tmp)
        .and_then(|f| f.sync_all())
        .map_err(|e| storage(tmp, e))
}
