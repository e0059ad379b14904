//! `export`: minutes or the record of positions, to stdout or a file.

use std::io::Write;

use super::Failure;
use crate::agenda::Attribution;
use crate::cli::{AttributionArg, ExportArgs, Format};
use crate::export::Kind;
use crate::session;

/// `talanoa export`.
pub fn export(a: &ExportArgs) -> Result<(), Failure> {
    if let Some(out) = a
        .output
        .as_ref()
        .filter(|out| crate::atomic::same_file(&a.session, out))
    {
        return Err(Failure::BadInput(format!(
            "-o {} is the session file itself; choose another file for the export",
            out.display()
        )));
    }
    let snap = session::read(&a.session)?;
    let attribution = match a.attribution {
        Some(AttributionArg::Attributed) => Attribution::Attributed,
        Some(AttributionArg::ChathamHouse) => Attribution::ChathamHouse,
        None => snap.agenda.meeting.attribution,
    };
    let bytes = render(&snap, a.format, attribution)?;
    match &a.output {
        Some(out) => {
            crate::atomic::write(out, &bytes).map_err(|e| {
                Failure::Failed(format!(
                    "cannot write {}: {e}; the session itself is unchanged",
                    out.display()
                ))
            })?;
            eprintln!("wrote {}", out.display());
        }
        None => {
            let mut stdout = std::io::stdout().lock();
            stdout
                .write_all(&bytes)
                .and_then(|()| stdout.flush())
                .map_err(|e| Failure::Failed(format!("cannot write to standard output: {e}")))?;
        }
    }
    Ok(())
}

/// The bytes of one export.
pub fn render(
    snap: &session::Snapshot,
    format: Format,
    attribution: Attribution,
) -> Result<Vec<u8>, Failure> {
    let kind = match format {
        Format::Markdown => Kind::Markdown,
        Format::Html => Kind::Html,
        Format::Json => Kind::Json,
        Format::Csv => Kind::Csv,
    };
    crate::export::render(snap, kind, attribution)
        .map_err(|e| Failure::Failed(format!("cannot produce the export: {e}")))
}
