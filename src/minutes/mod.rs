//! Talanoa-style minutes, two documents from one record: the Outcomes
//! (`outcomes`, the Forum's own form) and the Summary record (`record`,
//! every voice and position). Both are built from a [`context::Context`]
//! with the shared wording (`wording`, `people`) and rendered by
//! `markdown` and `html`. The same session and flags give the same bytes.

mod amended;
mod context;
mod html;
mod markdown;
mod outcome_items;
pub mod outcomes;
mod people;
pub mod record;
mod redact;
#[cfg(test)]
mod tests;
pub mod wording;

pub use markdown::{block as markdown_block, inline as markdown_inline};
pub use outcomes::{Block, Outcomes};
pub use record::{ActionRow, ItemMinutes, Minutes, OptionMinutes, Voice};
pub use redact::{Redactor, placeholder};

use crate::agenda::{Attribution, Language};
use crate::session::Snapshot;

/// Which of the two documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Document {
    /// The Outcomes: what is circulated and adopted.
    #[default]
    Outcomes,
    /// The Summary record: every voice heard, every position.
    Record,
}

impl Document {
    /// Both documents, the default first.
    pub const ALL: [Document; 2] = [Document::Outcomes, Document::Record];

    /// A name for people.
    pub fn name(self) -> &'static str {
        match self {
            Document::Outcomes => "Outcomes",
            Document::Record => "Summary record",
        }
    }

    /// The word on the command line and in file names.
    pub fn as_str(self) -> &'static str {
        match self {
            Document::Outcomes => "outcomes",
            Document::Record => "record",
        }
    }
}

/// The minutes as Markdown, their own words in `lang`. No NUL or other
/// control character reaches them ([`crate::text::for_document`]).
pub fn markdown(
    snap: &Snapshot,
    document: Document,
    attribution: Attribution,
    lang: Language,
) -> String {
    let text = match document {
        Document::Outcomes => markdown::outcomes(&outcomes::build(snap, attribution, lang)),
        Document::Record => markdown::render(&record::build(snap, attribution, lang)),
    };
    crate::text::for_document(&text).into_owned()
}

/// The minutes as one HTML page, their own words in `lang`. No NUL or
/// other control character reaches it ([`crate::text::for_document`]).
pub fn html(
    snap: &Snapshot,
    document: Document,
    attribution: Attribution,
    lang: Language,
) -> String {
    let page = match document {
        Document::Outcomes => html::outcomes(&outcomes::build(snap, attribution, lang)),
        Document::Record => html::render(&record::build(snap, attribution, lang)),
    };
    crate::text::for_document(&page).into_owned()
}
