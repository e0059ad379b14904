//! Files the user names: written so that readers see the old file or the
//! new one, never half of one (write beside it, sync, rename into place),
//! and read only when they are regular files, never past a size cap.

use std::io::Write;
use std::path::Path;

/// Replaces `path` with `bytes` atomically.
pub fn write(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_with(path, |f| f.write_all(bytes))
}

/// Replaces `path` atomically with what `fill` writes (buffered), so a large
/// export is streamed to disk instead of being built in memory first.
///
/// The temporary file has a random name and is created exclusively in the
/// target's folder (the `tempfile` crate), so nobody can plant a file or a
/// symlink where it will be written. A file being replaced keeps its
/// permissions (a 0600 file stays 0600); a new one gets the usual ones.
/// A symlink at `path` is replaced by the new file, never followed.
pub fn write_with(
    path: &Path,
    fill: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "out".into());
    let existing = std::fs::symlink_metadata(path).ok();
    if let Some(m) = &existing
        && !m.is_file()
        && !m.is_symlink()
    {
        return Err(std::io::Error::other(crate::msg!("error-file-not-regular")));
    }
    let prefix = format!(".{name}.");
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // as File::create would: 0666 less the umask
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let tmp = builder.tempfile_in(dir)?;
    let mut out = std::io::BufWriter::new(tmp);
    fill(&mut out)?;
    let tmp = out
        .into_inner()
        .map_err(std::io::IntoInnerError::into_error)?;
    if let Some(m) = existing.as_ref().filter(|m| m.is_file()) {
        tmp.as_file().set_permissions(m.permissions())?;
    }
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// Reads a file the user named, refusing what is not a regular file (a
/// folder, a device such as `/dev/zero`, a pipe that would block) before
/// opening it, and anything larger than `max` bytes without reading past it.
pub fn read_limited(path: &Path, max: u64) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let refuse = |why: String| std::io::Error::new(std::io::ErrorKind::InvalidInput, why);
    let meta = std::fs::metadata(path)?;
    if meta.is_dir() {
        return Err(refuse(crate::msg!("error-file-is-folder")));
    }
    if !meta.is_file() {
        return Err(refuse(crate::msg!("error-file-is-device")));
    }
    let too_big = || {
        let max = (max / 1024 / 1024).to_string();
        refuse(crate::msg!("error-file-too-big", max = &max))
    };
    if meta.len() > max {
        return Err(too_big());
    }
    let mut bytes = Vec::new();
    std::fs::File::open(path)?
        .take(max.saturating_add(1))
        .read_to_end(&mut bytes)?;
    if u64::try_from(bytes.len()).unwrap_or(u64::MAX) > max {
        return Err(too_big());
    }
    Ok(bytes)
}

/// Whether `out` is the session at `session` or one of the files SQLite
/// keeps beside it (`-journal`, `-wal`, `-shm`), existing or not.
pub fn is_session_or_beside(session: &Path, out: &Path) -> bool {
    ["", "-journal", "-wal", "-shm"].iter().any(|suffix| {
        let mut name = session.as_os_str().to_os_string();
        name.push(suffix);
        let side = Path::new(&name);
        same_file(side, out) || same_place(side, out)
    })
}

/// Whether two paths that may not exist name the same place: their
/// folders are the same and so are their names.
fn same_place(a: &Path, b: &Path) -> bool {
    let place = |p: &Path| {
        let parent = p
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        Some((parent.canonicalize().ok()?, p.file_name()?.to_os_string()))
    };
    matches!((place(a), place(b)), (Some(x), Some(y)) if x == y)
}

/// Whether two paths name the same file (the second may not exist yet).
pub fn same_file(existing: &Path, other: &Path) -> bool {
    let Ok(a) = existing.canonicalize() else {
        return false;
    };
    if let Ok(b) = other.canonicalize() {
        return a == b;
    }
    let parent = other
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    match (parent.canonicalize(), other.file_name()) {
        (Ok(p), Some(n)) => p.join(n) == a,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_and_replaces() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("out.md");
        write(&p, b"one").unwrap();
        write(&p, b"two").unwrap();
        assert_eq!(std::fs::read(&p).unwrap(), b"two");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
        assert!(same_file(&p, &dir.path().join(".").join("out.md")));
        assert!(!same_file(&p, &dir.path().join("other.md")));
    }

    #[cfg(unix)]
    #[test]
    fn regression_export_keeps_a_private_file_private_and_never_follows_a_planted_link() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("minutes.md");
        write(&p, b"one").unwrap();
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o600)).unwrap();
        write(&p, b"two").unwrap();
        let mode = std::fs::metadata(&p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "re-exporting never widens a private file");
        // the old predictable temporary name, planted as a link to a victim
        let victim = dir.path().join("victim");
        std::fs::write(&victim, b"keep me").unwrap();
        let planted = dir
            .path()
            .join(format!(".minutes.md.{}.tmp", std::process::id()));
        std::os::unix::fs::symlink(&victim, &planted).unwrap();
        write(&p, b"three").unwrap();
        assert_eq!(std::fs::read(&victim).unwrap(), b"keep me");
        assert_eq!(std::fs::read(&p).unwrap(), b"three");
        let s = dir.path().join("s.talanoa");
        std::fs::write(&s, b"x").unwrap();
        for o in [
            "s.talanoa",
            "s.talanoa-journal",
            "s.talanoa-wal",
            "s.talanoa-shm",
        ] {
            assert!(is_session_or_beside(&s, &dir.path().join(o)), "{o}");
        }
        assert!(!is_session_or_beside(&s, &dir.path().join("s.md")));
    }
}
