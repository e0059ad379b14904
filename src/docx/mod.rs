//! Minutes as a Word document (`.docx`), made from the Markdown minutes.
//!
//! The Markdown writer is the one place that decides what the minutes say
//! and how they are structured; this module reads that Markdown back
//! (pulldown-cmark) and lays it out in the Forum's plain Word form: A4,
//! real Word headings (so the navigation pane and pandoc see them), tables
//! with borders whose header row repeats on every page and whose rows never
//! split, numbered paragraphs as written, the reference and "Page X of Y" in
//! the footer, and, in the summary record, each agenda item on a new page.

mod layout;
#[cfg(test)]
mod tests;

use docx_rs::{
    AlignmentType, Docx, Footer, LineSpacing, NumPages, PageMargin, PageNum, Paragraph, Run,
    RunFonts, Style, StyleType,
};

use crate::i18n::{Language, PagePart, page_of};

/// What the document needs besides its text.
pub struct Meta<'a> {
    /// The document symbol printed in the footer, when the agenda has one.
    pub reference: Option<&'a str>,
    /// The document's title (file properties).
    pub title: &'a str,
    /// The language of the document's own words.
    pub lang: Language,
    /// Numbered headings of this level ("1. Title": the summary record's
    /// agenda items) start a new page; `None` keeps the text flowing.
    pub page_break_level: Option<u8>,
    /// The time of the record's last change: the file's created and
    /// modified dates, so that the same record gives the same bytes.
    pub changed: Option<chrono::DateTime<chrono::Utc>>,
}

/// Who the file properties name as its author and last editor.
const CREATOR: &str = "talanoa";

/// A4 in twentieths of a point, and 2.5 cm margins.
const A4: (u32, u32) = (11_906, 16_838);
const MARGIN: i32 = 1_418;

/// Why a document could not be written.
#[derive(Debug, thiserror::Error)]
#[error("{}", crate::msg!("error-docx", why = &self.0))]
pub struct DocxError(String);

/// The Word document for Markdown minutes.
pub fn from_markdown(markdown: &str, meta: &Meta<'_>) -> Result<Vec<u8>, DocxError> {
    let mut doc = Docx::new()
        .page_size(A4.0, A4.1)
        .page_margin(
            PageMargin::new()
                .top(MARGIN)
                .bottom(MARGIN)
                .left(MARGIN)
                .right(MARGIN),
        )
        .default_fonts(
            RunFonts::new()
                .ascii("Calibri")
                .hi_ansi("Calibri")
                .cs("Calibri"),
        )
        .default_size(22)
        .footer(footer(meta));
    if let Some(at) = meta.changed {
        let at = at.format("%Y-%m-%dT%H:%M:%SZ").to_string();
        doc = doc.created_at(&at).updated_at(&at);
    }
    for style in styles() {
        doc = doc.add_style(style);
    }
    let doc = layout::Layout::new(meta).run(markdown, doc);
    let mut xml = doc.build();
    xml.document = layout::mark_header_rows(&xml.document);
    xml.doc_props.core = core_properties(&xml.doc_props.core, meta.title);
    let mut out = std::io::Cursor::new(Vec::new());
    xml.pack(&mut out).map_err(|e| DocxError(e.to_string()))?;
    Ok(out.into_inner())
}

/// The core properties as docx-rs writes them ("unknown" author, no
/// title: it has no setter for either) with talanoa as author and last
/// editor and the meeting's title.
fn core_properties(core: &[u8], title: &str) -> Vec<u8> {
    let text = String::from_utf8_lossy(core);
    let title = format!("<dc:title>{}</dc:title>", escape(title));
    text.replace(
        "<dc:creator>unknown</dc:creator>",
        &format!("<dc:creator>{CREATOR}</dc:creator>"),
    )
    .replace(
        "<cp:lastModifiedBy>unknown</cp:lastModifiedBy>",
        &format!("<cp:lastModifiedBy>{CREATOR}</cp:lastModifiedBy>"),
    )
    .replace(
        "</cp:coreProperties>",
        &format!("{title}</cp:coreProperties>"),
    )
    .into_bytes()
}

/// Text made safe inside an XML element: markup escaped, and the
/// characters XML 1.0 forbids (control characters but tab and line
/// breaks, U+FFFE, U+FFFF) left out, so the file always opens.
fn escape(text: &str) -> String {
    text.chars()
        .filter(|c| {
            matches!(c, '\t' | '\n' | '\r')
                || !(c.is_control() || matches!(c, '\u{fffe}' | '\u{ffff}'))
        })
        .collect::<String>()
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// "PIFS(24)FSRS.1 · Page 3 of 7", centred.
fn footer(meta: &Meta<'_>) -> Footer {
    let mut p = Paragraph::new().align(AlignmentType::Center).size(18);
    if let Some(reference) = meta.reference {
        p = p.add_run(Run::new().add_text(format!("{reference} · ")));
    }
    // Word fields go where the numbers stand in the language's words.
    for part in page_of(meta.lang) {
        p = match part {
            PagePart::Text(words) => p.add_run(Run::new().add_text(words)),
            PagePart::Page => p.add_page_num(PageNum::new()),
            PagePart::Pages => p.add_num_pages(NumPages::new()),
        };
    }
    Footer::new().add_paragraph(p)
}

/// Word's built-in heading names, so Word, LibreOffice and pandoc know them.
fn styles() -> Vec<Style> {
    let heading = |level: usize, size: usize| {
        Style::new(format!("Heading{level}"), StyleType::Paragraph)
            .name(format!("heading {level}"))
            .based_on("Normal")
            .next("Normal")
            .q_format(true)
            .bold()
            .size(size)
            .line_spacing(LineSpacing::new().before(240).after(120))
            .outline_lvl(level - 1)
    };
    vec![
        Style::new("Normal", StyleType::Paragraph)
            .name("Normal")
            .q_format(true)
            .line_spacing(LineSpacing::new().after(120)),
        Style::new("Title", StyleType::Paragraph)
            .name("Title")
            .based_on("Normal")
            .bold()
            .size(28)
            .align(AlignmentType::Center),
        heading(1, 28),
        heading(2, 24),
        heading(3, 22),
        heading(4, 22),
        Style::new("Quote", StyleType::Paragraph)
            .name("Quote")
            .based_on("Normal")
            .italic()
            .indent(Some(567), None, Some(567), None),
        Style::new("TableGrid", StyleType::Table).name("Table Grid"),
    ]
}
