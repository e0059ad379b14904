//! `export`: minutes or the record of positions, to stdout or a file.

use std::io::{IsTerminal, Write};

use super::Failure;
use crate::agenda::Attribution;
use crate::cli::{AttributionArg, DocumentArg, ExportArgs, Format, LangArg};
use crate::export::{Document, Kind, Request};
use crate::msg;
use crate::session;

/// `talanoa export`.
pub fn export(a: &ExportArgs) -> Result<(), Failure> {
    if let Some(out) = a
        .output
        .as_ref()
        .filter(|out| crate::atomic::is_session_or_beside(&a.session, out))
    {
        let path = crate::text::path(out);
        return Err(Failure::BadInput(msg!(
            "cli-export-onto-session",
            path = &path
        )));
    }
    if a.bom && a.format != Format::Csv {
        return Err(Failure::BadInput(msg!("cli-export-bom")));
    }
    let kind = kind(a.format);
    if kind.is_binary() && a.output.is_none() && std::io::stdout().is_terminal() {
        let kind = kind.extension();
        return Err(Failure::BadInput(msg!("cli-export-binary", kind = kind)));
    }
    let snap = session::read(&a.session)?;
    let req = Request {
        kind,
        document: match a.document {
            DocumentArg::Outcomes => Document::Outcomes,
            DocumentArg::Record => Document::Record,
        },
        attribution: match a.attribution {
            Some(AttributionArg::Attributed) => Attribution::Attributed,
            Some(AttributionArg::ChathamHouse) => Attribution::ChathamHouse,
            None => snap.agenda.meeting.attribution,
        },
        language: a
            .lang
            .map_or(snap.agenda.meeting.language(), LangArg::language),
        bom: a.bom,
    };
    // JSON of a long session is large: it is streamed, not built in memory.
    let fill = |w: &mut dyn Write| -> std::io::Result<()> {
        if kind == Kind::Json {
            return crate::export::write_json(&snap, req.attribution, w)
                .map_err(std::io::Error::other);
        }
        let bytes = crate::export::render(&snap, &req).map_err(|e| {
            let why = e.to_string();
            std::io::Error::other(msg!("cli-export-cannot-produce", why = &why))
        })?;
        w.write_all(&bytes)
    };
    match &a.output {
        Some(out) => {
            crate::atomic::write_with(out, fill).map_err(|e| {
                let (path, why) = (crate::text::path(out), e.to_string());
                Failure::Failed(msg!("cli-export-write-failed", path = &path, why = &why))
            })?;
            eprintln!("{}", msg!("cli-wrote", path = &crate::text::path(out)));
        }
        None => {
            let stdout = std::io::stdout();
            let on_terminal = stdout.is_terminal();
            let mut stdout = std::io::BufWriter::new(stdout.lock());
            let written = if on_terminal {
                // On a terminal, escapes and control characters in the
                // record are shown, never run (a file or pipe gets the
                // bytes exactly).
                let mut bytes = Vec::new();
                fill(&mut bytes).and_then(|()| {
                    let text = String::from_utf8_lossy(&bytes);
                    stdout.write_all(crate::text::for_terminal(&text).as_bytes())
                })
            } else {
                fill(&mut stdout)
            };
            written
                .and_then(|()| stdout.flush())
                .map_err(|e| Failure::Failed(msg!("cli-stdout-failed", why = &e.to_string())))?;
        }
    }
    Ok(())
}

/// The export kind a `--format` names.
fn kind(format: Format) -> Kind {
    match format {
        Format::Markdown => Kind::Markdown,
        Format::Html => Kind::Html,
        Format::Docx => Kind::Docx,
        Format::Json => Kind::Json,
        Format::Csv => Kind::Csv,
        Format::Xlsx => Kind::Xlsx,
    }
}
