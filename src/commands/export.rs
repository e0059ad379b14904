//! `export`: minutes or the record of positions, to stdout or a file.

use std::io::Write;

use super::Failure;
use crate::agenda::Attribution;
use crate::cli::{AttributionArg, DocumentArg, ExportArgs, Format};
use crate::export::{Document, Kind};
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
    // JSON of a long session is large: it is streamed, not built in memory.
    let fill = |w: &mut dyn Write| -> std::io::Result<()> {
        if a.format == Format::Json {
            return crate::export::write_json(&snap, attribution, w).map_err(std::io::Error::other);
        }
        let document = match a.document {
            DocumentArg::Outcomes => Document::Outcomes,
            DocumentArg::Record => Document::Record,
        };
        let bytes = render(&snap, a.format, document, attribution)
            .map_err(|f| std::io::Error::other(f.to_string()))?;
        w.write_all(&bytes)
    };
    match &a.output {
        Some(out) => {
            crate::atomic::write_with(out, fill).map_err(|e| {
                Failure::Failed(format!(
                    "cannot write {}: {e}; the session itself is unchanged",
                    out.display()
                ))
            })?;
            eprintln!("wrote {}", out.display());
        }
        None => {
            let mut stdout = std::io::BufWriter::new(std::io::stdout().lock());
            fill(&mut stdout)
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
    document: Document,
    attribution: Attribution,
) -> Result<Vec<u8>, Failure> {
    let kind = match format {
        Format::Markdown => Kind::Markdown,
        Format::Html => Kind::Html,
        Format::Json => Kind::Json,
        Format::Csv => Kind::Csv,
    };
    crate::export::render_document(snap, kind, document, attribution)
        .map_err(|e| Failure::Failed(format!("cannot produce the export: {e}")))
}
