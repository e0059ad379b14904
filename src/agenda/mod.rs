//! Agenda files: reading, validating and the built-in sample meeting.
//!
//! Text goes through a spanned TOML tree (`reader`) into the checked
//! [`Agenda`] (`model`); every problem is reported as `PATH:LINE:COL: message`.

mod entries;
mod error;
mod fields;
mod model;
mod parse;
mod reader;
mod stances;
#[cfg(test)]
mod tests;

use std::path::Path;

use crate::msg;

pub use error::{AgendaError, Problem, line_col};
pub use fields::{format_speaking_limit, parse_speaking_limit};
pub use model::{
    Agenda, AgendaOption, Attribution, FORMER_BLOCK_ID, Item, ItemKind, Language, Meeting, Member,
    RESERVED_KEYS, Stance, default_stances,
};
pub use parse::{FORMAT, parse};
pub use reader::is_valid_id;

/// The sample meeting built into the binary.
pub const SAMPLE: &str = include_str!("../../agendas/pacific-peacekeeping-network.toml");

/// The short commented agenda `talanoa init` writes for a secretary to fill in.
pub const STARTER: &str = include_str!("starter.toml");

/// Agenda files larger than this are refused before they are read.
pub const MAX_BYTES: u64 = 16 * 1024 * 1024;

/// Reads and validates an agenda file; returns it with its exact text.
pub fn load(path: &Path) -> Result<(Agenda, String), AgendaError> {
    // The path as given, with any control character in it made visible.
    let origin = crate::text::inert_line(&path.display().to_string());
    let text = read_text(path, &origin)?;
    let agenda = parse(&text, &origin)?;
    Ok((agenda, text))
}

/// Reads an agenda file as UTF-8 text, refusing what cannot be an agenda.
pub fn read_text(path: &Path, origin: &str) -> Result<String, AgendaError> {
    let whole = |m: String| AgendaError::whole_file(origin, m);
    let meta = std::fs::metadata(path).map_err(|e| whole(io_message(&e)))?;
    if meta.is_dir() {
        return Err(whole(msg!("error-agenda-folder")));
    }
    if !meta.is_file() {
        return Err(whole(msg!("error-agenda-device")));
    }
    let max = (MAX_BYTES / 1024 / 1024).to_string();
    let too_big = |size: Option<String>| match size {
        Some(size) => whole(msg!("error-agenda-too-big", size = &size, max = &max)),
        None => whole(msg!("error-agenda-too-big-growing", max = &max)),
    };
    if meta.len() > MAX_BYTES {
        return Err(too_big(Some(meta.len().to_string())));
    }
    // Never read past the cap, even if the file grows meanwhile.
    let bytes = crate::atomic::read_limited(path, MAX_BYTES).map_err(|e| match e.kind() {
        std::io::ErrorKind::InvalidInput => too_big(None),
        _ => whole(io_message(&e)),
    })?;
    text_from_bytes(bytes, origin)
}

/// Turns file bytes into text, with a clear message for empty, binary or non-UTF-8 files.
pub fn text_from_bytes(bytes: Vec<u8>, origin: &str) -> Result<String, AgendaError> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(AgendaError::whole_file(
            origin,
            msg!("error-agenda-empty-file"),
        ));
    }
    if let Some(at) = bytes.iter().position(|b| *b == 0) {
        let before = String::from_utf8_lossy(bytes.get(..at).unwrap_or(&[])).into_owned();
        let (line, col) = line_col(&before, before.len());
        return Err(AgendaError {
            problems: vec![Problem {
                origin: origin.to_string(),
                at: Some((line, col)),
                message: msg!("error-agenda-binary"),
            }],
        });
    }
    String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let before = String::from_utf8_lossy(e.as_bytes().get(..valid).unwrap_or(&[])).into_owned();
        AgendaError {
            problems: vec![Problem {
                origin: origin.to_string(),
                at: Some(line_col(&before, before.len())),
                message: msg!("error-agenda-not-utf8"),
            }],
        }
    })
}

fn io_message(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => msg!("error-file-not-found"),
        std::io::ErrorKind::PermissionDenied => msg!("error-file-permission"),
        _ => msg!("error-file-unreadable", why = &e.to_string()),
    }
}
