//! Talanoa-style minutes: a document model built from the session record
//! (`model`), its sentences (`wording`), and two renderers of that one model
//! (`markdown`, `html`). The same session and flags give the same bytes.

mod html;
mod markdown;
mod model;
mod redact;
#[cfg(test)]
mod tests;
pub mod wording;

pub use markdown::{block as markdown_block, inline as markdown_inline};
pub use model::{ActionRow, ItemMinutes, Minutes, OptionMinutes, Voice, build};
pub use redact::Redactor;

use crate::agenda::Attribution;
use crate::session::Snapshot;

/// The minutes as Markdown.
pub fn markdown(snap: &Snapshot, attribution: Attribution) -> String {
    markdown::render(&build(snap, attribution))
}

/// The minutes as one HTML page.
pub fn html(snap: &Snapshot, attribution: Attribution) -> String {
    html::render(&build(snap, attribution))
}
