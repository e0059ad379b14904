//! `export`: minutes or the record of positions, to stdout or a file.

use std::io::Write;

use super::Failure;
use crate::agenda::Attribution;
use crate::cli::{AttributionArg, ExportArgs, Format};
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
    let failed =
        |e: &dyn std::fmt::Display| Failure::Failed(format!("cannot produce the export: {e}"));
    match format {
        Format::Json => crate::export::json(snap)
            .map(String::into_bytes)
            .map_err(|e| failed(&e)),
        Format::Csv => crate::export::csv(snap).map_err(|e| failed(&e)),
        Format::Markdown => Ok(crate::minutes::markdown(snap, attribution).into_bytes()),
        Format::Html => Ok(crate::minutes::html(snap, attribution).into_bytes()),
    }
}
