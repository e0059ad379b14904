//! The record of positions for tools: JSON (the whole record) and CSV (one
//! row per current position), with the keys and header of the contract.

use serde::Serialize;

use crate::agenda::Agenda;
use crate::session::{Entry, Record, Snapshot, rfc3339};

#[derive(Serialize)]
struct Json<'a> {
    format: i64,
    meeting: JsonMeeting<'a>,
    members: Vec<JsonMember<'a>>,
    stances: Vec<JsonStance<'a>>,
    items: Vec<JsonItem<'a>>,
    positions: Vec<JsonPosition<'a>>,
    statements: Vec<JsonStatement<'a>>,
    actions: Vec<JsonAction<'a>>,
    speaking: Vec<JsonSpoke<'a>>,
    history: &'a [Entry],
}

#[derive(Serialize)]
struct JsonMeeting<'a> {
    title: &'a str,
    body: Option<&'a str>,
    date: Option<String>,
    venue: Option<&'a str>,
    chair: Option<&'a str>,
    secretary: Option<&'a str>,
    rule: &'a str,
    attribution: &'a str,
    opening: Option<&'a str>,
}

#[derive(Serialize)]
struct JsonMember<'a> {
    id: &'a str,
    name: &'a str,
    group: Option<&'a str>,
    role: &'a str,
    present: bool,
}

#[derive(Serialize)]
struct JsonStance<'a> {
    id: &'a str,
    label: &'a str,
    key: String,
    effect: &'a str,
}

#[derive(Serialize)]
struct JsonItem<'a> {
    id: &'a str,
    title: &'a str,
    options: Vec<JsonOption<'a>>,
    outcome: Option<JsonOutcome<'a>>,
}

#[derive(Serialize)]
struct JsonOption<'a> {
    id: &'a str,
    title: &'a str,
    status: &'a str,
}

#[derive(Serialize)]
struct JsonOutcome<'a> {
    text: &'a str,
    option: Option<&'a str>,
}

#[derive(Serialize)]
struct JsonPosition<'a> {
    item: &'a str,
    option: &'a str,
    member: &'a str,
    stance: &'a str,
    statement: Option<&'a str>,
    at: String,
}

#[derive(Serialize)]
struct JsonStatement<'a> {
    item: &'a str,
    option: &'a str,
    member: &'a str,
    text: &'a str,
}

#[derive(Serialize)]
struct JsonAction<'a> {
    item: &'a str,
    text: &'a str,
    owner: Option<&'a str>,
    due: Option<String>,
}

#[derive(Serialize)]
struct JsonSpoke<'a> {
    item: &'a str,
    member: &'a str,
    seconds: u64,
}

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
            })
        })
        .collect()
}

/// The whole record as pretty JSON (ends with a newline).
pub fn json(snap: &Snapshot) -> Result<String, serde_json::Error> {
    let mut out = Vec::new();
    write_json(snap, &mut out)?;
    String::from_utf8(out).map_err(|e| serde_json::Error::io(std::io::Error::other(e)))
}

/// Streams the whole record as pretty JSON (ending with a newline) to `w`,
/// without building it in memory.
pub fn write_json(snap: &Snapshot, w: &mut dyn std::io::Write) -> Result<(), serde_json::Error> {
    if !snap.log.is_whole() {
        return Err(serde_json::Error::io(std::io::Error::other(
            "the history before the session's checkpoint is not loaded; read the whole session first",
        )));
    }
    let a = &snap.agenda;
    let r = snap.record();
    let m = &a.meeting;
    let doc = Json {
        format: 1,
        meeting: JsonMeeting {
            title: &m.title,
            body: m.body.as_deref(),
            date: m.date.map(|d| d.to_string()),
            venue: m.venue.as_deref(),
            chair: m.chair.as_deref(),
            secretary: m.secretary.as_deref(),
            rule: m.rule.as_str(),
            attribution: m.attribution.as_str(),
            opening: m.opening.as_deref(),
        },
        members: a
            .members
            .iter()
            .enumerate()
            .map(|(i, x)| JsonMember {
                id: &x.id,
                name: &x.name,
                group: x.group.as_deref(),
                role: x.role.as_str(),
                present: !r.is_absent(i),
            })
            .collect(),
        stances: a
            .stances
            .iter()
            .map(|s| JsonStance {
                id: &s.id,
                label: &s.label,
                key: s.key.to_string(),
                effect: s.effect.as_str(),
            })
            .collect(),
        items: a
            .items
            .iter()
            .enumerate()
            .map(|(i, item)| json_item(a, r, i, item))
            .collect(),
        positions: rows(a, r)
            .into_iter()
            .map(|row| JsonPosition {
                item: &row.item.id,
                option: &row.option.id,
                member: &row.member.id,
                stance: &row.stance.id,
                statement: row.position.statement.as_deref(),
                at: rfc3339(&row.position.at),
            })
            .collect(),
        statements: statements(a, r),
        actions: r
            .actions
            .iter()
            .filter_map(|x| {
                Some(JsonAction {
                    item: &a.items.get(x.item)?.id,
                    text: &x.text,
                    owner: x.owner.as_deref(),
                    due: x.due.map(|d| d.to_string()),
                })
            })
            .collect(),
        speaking: r
            .spoken
            .iter()
            .filter_map(|((i, m), s)| {
                Some(JsonSpoke {
                    item: &a.items.get(*i)?.id,
                    member: &a.members.get(*m)?.id,
                    seconds: *s,
                })
            })
            .collect(),
        history: snap.log.entries(),
    };
    serde_json::to_writer_pretty(&mut *w, &doc)?;
    w.write_all(b"\n").map_err(serde_json::Error::io)
}

fn json_item<'a>(
    a: &'a Agenda,
    r: &'a Record,
    i: usize,
    item: &'a crate::agenda::Item,
) -> JsonItem<'a> {
    JsonItem {
        id: &item.id,
        title: &item.title,
        options: item
            .options
            .iter()
            .enumerate()
            .map(|(o, opt)| JsonOption {
                id: &opt.id,
                title: &opt.title,
                status: r.status(a, i, o).as_str(),
            })
            .collect(),
        outcome: r
            .outcomes
            .get(i)
            .and_then(Option::as_ref)
            .map(|out| JsonOutcome {
                text: &out.text,
                option: out
                    .option
                    .and_then(|o| item.options.get(o))
                    .map(|o| o.id.as_str()),
            }),
    }
}

fn statements<'a>(a: &'a Agenda, r: &'a Record) -> Vec<JsonStatement<'a>> {
    (0..a.items.len())
        .flat_map(|i| {
            r.statements(i)
                .into_iter()
                .map(move |(o, m, p)| (i, o, m, p))
        })
        .filter_map(|(i, o, m, p)| {
            let item = a.items.get(i)?;
            Some(JsonStatement {
                item: &item.id,
                option: &item.options.get(o)?.id,
                member: &a.members.get(m)?.id,
                text: p.statement.as_deref()?,
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

/// Prefixes cells a spreadsheet would run as a formula.
pub fn neutralise(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@']) {
        format!("'{cell}").into()
    } else {
        cell.into()
    }
}

/// One row per current position, RFC 4180 quoting.
pub fn csv(snap: &Snapshot) -> Result<Vec<u8>, csv::Error> {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    w.write_record(CSV_HEADER)?;
    for row in rows(&snap.agenda, snap.record()) {
        let at = rfc3339(&row.position.at);
        let cells = [
            row.item.id.as_str(),
            &row.option.id,
            &row.member.id,
            &row.member.name,
            row.member.role.as_str(),
            &row.stance.id,
            &row.stance.label,
            row.stance.effect.as_str(),
            row.position.statement.as_deref().unwrap_or(""),
            &at,
        ];
        w.write_record(cells.iter().map(|c| neutralise(c).into_owned()))?;
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
    /// The whole record as JSON.
    Json,
    /// Current positions as CSV.
    Csv,
}

impl Kind {
    /// Every kind, in the order the chair's export dialog offers them.
    pub const ALL: [Kind; 4] = [Kind::Markdown, Kind::Html, Kind::Json, Kind::Csv];

    /// The usual file extension.
    pub fn extension(self) -> &'static str {
        match self {
            Kind::Markdown => "md",
            Kind::Html => "html",
            Kind::Json => "json",
            Kind::Csv => "csv",
        }
    }

    /// A name for people.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Markdown => "Markdown minutes",
            Kind::Html => "HTML minutes",
            Kind::Json => "JSON record",
            Kind::Csv => "CSV of positions",
        }
    }
}

/// The bytes of one export (attribution applies to the minutes).
pub fn render(
    snap: &Snapshot,
    kind: Kind,
    attribution: crate::agenda::Attribution,
) -> Result<Vec<u8>, String> {
    match kind {
        Kind::Markdown => Ok(crate::minutes::markdown(snap, attribution).into_bytes()),
        Kind::Html => Ok(crate::minutes::html(snap, attribution).into_bytes()),
        Kind::Json => json(snap)
            .map(String::into_bytes)
            .map_err(|e| e.to_string()),
        Kind::Csv => csv(snap).map_err(|e| e.to_string()),
    }
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
}
