//! The record of positions for tools: JSON (the whole record, `json`) and
//! CSV (one row per current position), with the keys and header of the
//! contract; and [`render`], the bytes of any export.

mod anon;
mod json;

pub use crate::minutes::Document;
pub use anon::{Names, notice};
pub use json::{json, write_json};

use crate::agenda::{Agenda, Attribution, Language};
use crate::session::{Record, Snapshot, sha256_hex};
use crate::verify::Stamp;

/// One current position with the names it needs, in agenda order.
pub struct Row<'a> {
    /// The item.
    pub item: &'a crate::agenda::Item,
    /// The option.
    pub option: &'a crate::agenda::AgendaOption,
    /// The member.
    pub member: &'a crate::agenda::Member,
    /// The stance held.
    pub stance: &'a crate::agenda::Stance,
    /// The position.
    pub position: &'a crate::session::Position,
    /// Item, option and member indices.
    pub index: (usize, usize, usize),
}

/// Every current position that has a stance, in item, option, member order.
pub fn rows<'a>(agenda: &'a Agenda, record: &'a Record) -> Vec<Row<'a>> {
    record
        .sorted_positions()
        .into_iter()
        .filter_map(|((i, o, m), p)| {
            let item = agenda.items.get(*i)?;
            Some(Row {
                item,
                option: item.options.get(*o)?,
                member: agenda.members.get(*m)?,
                stance: agenda.stances.get(p.stance?)?,
                position: p,
                index: (*i, *o, *m),
            })
        })
        .collect()
}

/// The CSV header of the contract.
pub const CSV_HEADER: [&str; 10] = [
    "item_id",
    "option_id",
    "member_id",
    "member_name",
    "role",
    "stance_id",
    "stance_label",
    "effect",
    "statement",
    "recorded_at",
];

/// Prefixes with `'` a cell a spreadsheet could run as a formula, as
/// OWASP's CSV-injection advice lists: one that begins with `=`, `+`, `-`,
/// `@`, a tab or a carriage return, or with any of those after leading
/// spaces, tabs and line breaks. NUL never reaches a cell (it becomes
/// U+FFFD).
pub fn neutralise(cell: &str) -> std::borrow::Cow<'_, str> {
    let cell = crate::text::without_nul(cell);
    let formula = cell.starts_with(['\t', '\r'])
        || cell
            .trim_start_matches([' ', '\t', '\r', '\n'])
            .starts_with(['=', '+', '-', '@']);
    if formula {
        format!("'{cell}").into()
    } else {
        cell
    }
}

/// One row per current position, RFC 4180 quoting; under the Chatham
/// House Rule, members pseudonymised and names in statements redacted.
/// Rows whose first cell starts with `#` close the file: how it names
/// delegations, and the record it was produced from.
pub fn csv(snap: &Snapshot, attribution: Attribution) -> Result<Vec<u8>, csv::Error> {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    w.write_record(CSV_HEADER)?;
    let a = &snap.agenda;
    let names = Names::new(a, &sha256_hex(&snap.agenda_text), attribution);
    let zone = crate::time::MeetingZone::of(a);
    let mut all = rows(a, snap.record());
    all.sort_by_key(|row| (row.index.0, row.index.1, names.rank(row.index.2)));
    for row in all {
        let at = zone.rfc3339(row.position.at);
        let m = row.index.2;
        let statement = names.text(row.position.statement.as_deref().unwrap_or(""));
        let cells = [
            row.item.id.as_str(),
            &row.option.id,
            &names.id(a, m),
            &names.name(a, m),
            row.member.role.as_str(),
            &row.stance.id,
            &row.stance.label,
            row.stance.effect.as_str(),
            &statement,
            &at,
        ];
        w.write_record(cells.iter().map(|c| neutralise(c).into_owned()))?;
    }
    for note in [
        format!("# {}", notice(attribution)),
        format!("# {}", Stamp::of(snap).line()),
    ] {
        let mut cells = vec![String::new(); CSV_HEADER.len()];
        if let Some(first) = cells.first_mut() {
            *first = note;
        }
        w.write_record(&cells)?;
    }
    w.into_inner().map_err(|e| csv::Error::from(e.into_error()))
}

/// What an export writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Talanoa minutes in Markdown.
    Markdown,
    /// Talanoa minutes as one HTML page.
    Html,
    /// Talanoa minutes as a Word document.
    Docx,
    /// The whole record as JSON.
    Json,
    /// Current positions as CSV.
    Csv,
    /// Positions and history as a spreadsheet.
    Xlsx,
}

impl Kind {
    /// Every kind, in the order the chair's export dialog offers them.
    pub const ALL: [Kind; 6] = [
        Kind::Markdown,
        Kind::Html,
        Kind::Json,
        Kind::Csv,
        Kind::Docx,
        Kind::Xlsx,
    ];

    /// Whether this kind is minutes (a document), not the record of positions.
    pub fn is_minutes(self) -> bool {
        matches!(self, Kind::Markdown | Kind::Html | Kind::Docx)
    }

    /// Whether the bytes are a binary file (not for a terminal).
    pub fn is_binary(self) -> bool {
        matches!(self, Kind::Docx | Kind::Xlsx)
    }

    /// The usual file extension.
    pub fn extension(self) -> &'static str {
        match self {
            Kind::Markdown => "md",
            Kind::Html => "html",
            Kind::Docx => "docx",
            Kind::Json => "json",
            Kind::Csv => "csv",
            Kind::Xlsx => "xlsx",
        }
    }

    /// A name for people.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Markdown => "Markdown minutes",
            Kind::Html => "HTML minutes",
            Kind::Docx => "Word minutes",
            Kind::Json => "JSON record",
            Kind::Csv => "CSV of positions",
            Kind::Xlsx => "spreadsheet of positions",
        }
    }
}

/// One export asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Request {
    /// What to write.
    pub kind: Kind,
    /// Which minutes (ignored by the record formats).
    pub document: Document,
    /// Name delegations, or not.
    pub attribution: Attribution,
    /// The language of the export's own words (agenda text stays as written).
    pub language: Language,
    /// CSV only: start with a UTF-8 byte order mark for spreadsheets that need one.
    pub bom: bool,
}

impl Request {
    /// An export of `kind` with the agenda's defaults: the Outcomes, its
    /// attribution and language, no byte order mark.
    pub fn new(kind: Kind, agenda: &Agenda) -> Request {
        Request {
            kind,
            document: Document::default(),
            attribution: agenda.meeting.attribution,
            language: agenda.meeting.language(),
            bom: false,
        }
    }
}

/// Every export the program can make of one record, each kind with every
/// document, attribution, language and (CSV) byte order mark it takes.
pub fn every_request() -> Vec<Request> {
    let mut out = Vec::new();
    for kind in Kind::ALL {
        let documents: &[Document] = if kind.is_minutes() {
            &Document::ALL
        } else {
            &[Document::Outcomes]
        };
        let boms: &[bool] = if kind == Kind::Csv {
            &[false, true]
        } else {
            &[false]
        };
        for &document in documents {
            for attribution in [Attribution::Attributed, Attribution::ChathamHouse] {
                for language in crate::i18n::LANGUAGES {
                    for &bom in boms {
                        out.push(Request {
                            kind,
                            document,
                            attribution,
                            language,
                            bom,
                        });
                    }
                }
            }
        }
    }
    out
}

/// The UTF-8 byte order mark.
const BOM: &[u8] = "\u{feff}".as_bytes();

/// The bytes of one export.
pub fn render(snap: &Snapshot, req: &Request) -> Result<Vec<u8>, String> {
    let (document, attribution) = (req.document, req.attribution);
    match req.kind {
        Kind::Markdown => {
            Ok(crate::minutes::markdown(snap, document, attribution, req.language).into_bytes())
        }
        Kind::Html => {
            Ok(crate::minutes::html(snap, document, attribution, req.language).into_bytes())
        }
        Kind::Docx => docx(snap, req),
        Kind::Json => json(snap, attribution)
            .map(String::into_bytes)
            .map_err(|e| e.to_string()),
        Kind::Csv => {
            let body = csv(snap, attribution).map_err(|e| e.to_string())?;
            Ok(if req.bom { [BOM, &body].concat() } else { body })
        }
        Kind::Xlsx => {
            let names = Names::new(&snap.agenda, &sha256_hex(&snap.agenda_text), attribution);
            let zone = crate::time::MeetingZone::of(&snap.agenda);
            crate::spreadsheet::xlsx(snap, &names, &zone, req.language).map_err(|e| e.to_string())
        }
    }
}

/// The Word minutes: the Markdown minutes laid out for Word; in the Summary
/// record each agenda item starts a page.
fn docx(snap: &Snapshot, req: &Request) -> Result<Vec<u8>, String> {
    let markdown = crate::minutes::markdown(snap, req.document, req.attribution, req.language);
    let meta = crate::docx::Meta {
        reference: snap.agenda.meeting.reference.as_deref(),
        title: &snap.agenda.meeting.title,
        lang: req.language,
        page_break_level: (req.document == Document::Record).then_some(2),
        changed: snap.last_entry().map(|e| e.at),
    };
    crate::docx::from_markdown(&markdown, &meta).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised() {
        assert_eq!(neutralise("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(neutralise("+1"), "'+1");
        assert_eq!(neutralise("-1"), "'-1");
        assert_eq!(neutralise("@x"), "'@x");
        assert_eq!(neutralise("Fiji = yes"), "Fiji = yes");
    }

    #[test]
    fn regression_formulas_behind_tab_cr_lf_and_nul_are_neutralised() {
        for cell in [
            "\t=1+1",
            "\r=1+1",
            "\n=1+1",
            "\r\n@SUM(A1)",
            " -2",
            "\tplain",
            "\rplain",
        ] {
            assert!(neutralise(cell).starts_with('\''), "{cell:?}");
        }
        assert_eq!(neutralise("a\0b"), "a\u{FFFD}b");
        assert_eq!(neutralise("Sāmoa\nsupports"), "Sāmoa\nsupports");
    }
}
