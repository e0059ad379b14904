//! The whole record as JSON, for tools, with the keys of the contract.
//! Under the Chatham House Rule, members are pseudonymised and names in
//! what was said or written are redacted (the file says so). The record's
//! length and the hash of its last change close the file.

use std::borrow::Cow;

use serde::Serialize;

use super::anon::{Names, notice};
use super::rows;
use crate::agenda::{Agenda, Attribution};
use crate::session::{Entry, Record, Snapshot, sha256_hex};
use crate::time::MeetingZone;
use crate::verify::Stamp;

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
    history: Vec<JsonEntry<'a>>,
    notice: &'static str,
    record: JsonRecord,
}

/// A change of the history: `at` in UTC (as the log keeps it and the
/// contract asks), `local` the same instant in the meeting's zone.
#[derive(Serialize)]
struct JsonEntry<'a> {
    seq: i64,
    at: String,
    local: String,
    by: Cow<'a, str>,
    #[serde(flatten)]
    change: Cow<'a, crate::session::Change>,
}

#[derive(Serialize)]
struct JsonRecord {
    changes: usize,
    last_hash: String,
    stamp: String,
}

#[derive(Serialize)]
struct JsonMeeting<'a> {
    title: &'a str,
    body: Option<&'a str>,
    date: Option<String>,
    venue: Option<Cow<'a, str>>,
    chair: Option<Cow<'a, str>>,
    secretary: Option<Cow<'a, str>>,
    rule: &'a str,
    attribution: &'a str,
    opening: Option<&'a str>,
}

#[derive(Serialize)]
struct JsonMember<'a> {
    id: Cow<'a, str>,
    name: Cow<'a, str>,
    group: Option<&'a str>,
    role: &'a str,
    present: bool,
    /// Added in the meeting (`talanoa amend`); left out when not.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    added_in_meeting: bool,
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
    /// Added in the meeting (`talanoa amend`); left out when not.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    added_in_meeting: bool,
}

#[derive(Serialize)]
struct JsonOption<'a> {
    id: &'a str,
    title: &'a str,
    status: &'a str,
    /// Added in the meeting (`talanoa amend`); left out when not.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    added_in_meeting: bool,
}

#[derive(Serialize)]
struct JsonOutcome<'a> {
    text: Cow<'a, str>,
    option: Option<&'a str>,
}

#[derive(Serialize)]
struct JsonPosition<'a> {
    item: &'a str,
    option: &'a str,
    member: Cow<'a, str>,
    stance: &'a str,
    statement: Option<Cow<'a, str>>,
    at: String,
}

#[derive(Serialize)]
struct JsonStatement<'a> {
    item: &'a str,
    option: &'a str,
    member: Cow<'a, str>,
    text: Cow<'a, str>,
}

#[derive(Serialize)]
struct JsonAction<'a> {
    item: &'a str,
    text: Cow<'a, str>,
    owner: Option<Cow<'a, str>>,
    due: Option<String>,
}

#[derive(Serialize)]
struct JsonSpoke<'a> {
    item: &'a str,
    member: Cow<'a, str>,
    seconds: u64,
}

/// The whole record as pretty JSON (ends with a newline).
pub fn json(snap: &Snapshot, attribution: Attribution) -> Result<String, serde_json::Error> {
    let mut out = Vec::new();
    write_json(snap, attribution, &mut out)?;
    String::from_utf8(out).map_err(|e| serde_json::Error::io(std::io::Error::other(e)))
}

/// Streams the whole record as pretty JSON (ending with a newline) to `w`.
pub fn write_json(
    snap: &Snapshot,
    attribution: Attribution,
    w: &mut dyn std::io::Write,
) -> Result<(), serde_json::Error> {
    if !snap.log.is_whole() {
        return Err(serde_json::Error::io(std::io::Error::other(crate::msg!(
            "error-json-not-whole"
        ))));
    }
    let a = &snap.agenda;
    let r = snap.record();
    let names = Names::new(a, &sha256_hex(&snap.agenda_text), attribution);
    let stamp = Stamp::of(snap);
    let zone = MeetingZone::of(a);
    let doc = Json {
        format: 1,
        meeting: meeting(a, attribution, &names),
        members: members(a, r, &names),
        stances: stances(a),
        items: a
            .items
            .iter()
            .enumerate()
            .map(|(i, item)| json_item(a, r, i, item, &names))
            .collect(),
        positions: positions(a, r, &names, &zone),
        statements: statements(a, r, &names),
        actions: actions(a, r, &names),
        speaking: speaking(a, r, &names),
        history: snap
            .log
            .entries()
            .iter()
            .map(|e| history(a, e, &names, &zone))
            .collect(),
        notice: notice(attribution),
        record: JsonRecord {
            changes: stamp.changes,
            stamp: stamp.line(),
            last_hash: stamp.hash,
        },
    };
    serde_json::to_writer_pretty(&mut *w, &doc)?;
    w.write_all(b"\n").map_err(serde_json::Error::io)
}

fn stances(a: &Agenda) -> Vec<JsonStance<'_>> {
    a.stances
        .iter()
        .map(|s| JsonStance {
            id: &s.id,
            label: &s.label,
            key: s.key.to_string(),
            effect: s.effect.as_str(),
        })
        .collect()
}

fn actions<'a>(a: &'a Agenda, r: &'a Record, names: &Names) -> Vec<JsonAction<'a>> {
    r.actions
        .iter()
        .filter_map(|x| {
            Some(JsonAction {
                item: &a.items.get(x.item)?.id,
                text: names.text(&x.text),
                owner: x.owner.as_deref().map(|o| names.text(o)),
                due: x.due.map(|d| d.to_string()),
            })
        })
        .collect()
}

/// The meeting as the agenda gives it; under the Chatham House Rule the
/// venue, chair and secretary are redacted where they name a delegation
/// (a file of records has no heading that may name one).
fn meeting<'a>(a: &'a Agenda, attribution: Attribution, names: &Names) -> JsonMeeting<'a> {
    let m = &a.meeting;
    let said = |t: &'a Option<String>| t.as_deref().map(|t| names.text(t));
    JsonMeeting {
        title: &m.title,
        body: m.body.as_deref(),
        date: m.date.map(|d| d.to_string()),
        venue: said(&m.venue),
        chair: said(&m.chair),
        secretary: said(&m.secretary),
        rule: m.rule.as_str(),
        attribution: attribution.as_str(),
        opening: m.opening.as_deref(),
    }
}

/// Members in agenda order, or in pseudonym order with no group (a group
/// of one would name its member).
fn members<'a>(a: &'a Agenda, r: &Record, names: &'a Names) -> Vec<JsonMember<'a>> {
    let mut order: Vec<usize> = (0..a.members.len()).collect();
    order.sort_by_key(|m| names.rank(*m));
    order
        .into_iter()
        .filter_map(|m| {
            let x = a.members.get(m)?;
            Some(JsonMember {
                id: names.id(a, m),
                name: names.name(a, m),
                group: x.group.as_deref().filter(|_| !names.is_anonymous()),
                role: x.role.as_str(),
                present: !r.is_absent(m),
                // a late arrival could point at who a pseudonym is
                added_in_meeting: r.amended.members.contains(&m) && !names.is_anonymous(),
            })
        })
        .collect()
}

fn history<'a>(a: &Agenda, e: &'a Entry, names: &Names, zone: &MeetingZone) -> JsonEntry<'a> {
    let shown = names.entry(a, e);
    let (by, change) = match shown {
        Cow::Borrowed(e) => (Cow::Borrowed(e.by.as_str()), Cow::Borrowed(&e.change)),
        Cow::Owned(e) => (Cow::Owned(e.by), Cow::Owned(e.change)),
    };
    JsonEntry {
        seq: e.seq,
        at: crate::session::rfc3339(&e.at),
        local: zone.rfc3339(e.at),
        by,
        change,
    }
}

fn positions<'a>(
    a: &'a Agenda,
    r: &'a Record,
    names: &'a Names,
    zone: &MeetingZone,
) -> Vec<JsonPosition<'a>> {
    let mut rows = rows(a, r);
    rows.sort_by_key(|row| (row.index.0, row.index.1, names.rank(row.index.2)));
    rows.into_iter()
        .map(|row| JsonPosition {
            item: &row.item.id,
            option: &row.option.id,
            member: names.id(a, row.index.2),
            stance: &row.stance.id,
            statement: row.position.statement.as_deref().map(|s| names.text(s)),
            at: zone.rfc3339(row.position.at),
        })
        .collect()
}

fn speaking<'a>(a: &'a Agenda, r: &'a Record, names: &'a Names) -> Vec<JsonSpoke<'a>> {
    let mut out: Vec<(usize, usize, u64)> =
        r.spoken.iter().map(|((i, m), s)| (*i, *m, *s)).collect();
    out.sort_by_key(|(i, m, _)| (*i, names.rank(*m)));
    out.into_iter()
        .filter_map(|(i, m, seconds)| {
            Some(JsonSpoke {
                item: &a.items.get(i)?.id,
                member: names.id(a, m),
                seconds,
            })
        })
        .collect()
}

fn json_item<'a>(
    a: &'a Agenda,
    r: &'a Record,
    i: usize,
    item: &'a crate::agenda::Item,
    names: &Names,
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
                added_in_meeting: r.amended.is_added_option(i, o),
            })
            .collect(),
        outcome: r
            .outcomes
            .get(i)
            .and_then(Option::as_ref)
            .map(|out| JsonOutcome {
                text: names.text(&out.text),
                option: out
                    .option
                    .and_then(|o| item.options.get(o))
                    .map(|o| o.id.as_str()),
            }),
        added_in_meeting: r.amended.items.contains(&i),
    }
}

/// Statements in the order first recorded; under the rule grouped by
/// option instead, so that the order of speaking names no one.
fn statements<'a>(a: &'a Agenda, r: &'a Record, names: &'a Names) -> Vec<JsonStatement<'a>> {
    let mut all: Vec<_> = (0..a.items.len())
        .flat_map(|i| {
            r.statements(i)
                .into_iter()
                .map(move |(o, m, p)| (i, o, m, p))
        })
        .collect();
    if names.is_anonymous() {
        all.sort_by_key(|(i, o, m, _)| (*i, *o, names.rank(*m)));
    }
    all.into_iter()
        .filter_map(|(i, o, m, p)| {
            let item = a.items.get(i)?;
            Some(JsonStatement {
                item: &item.id,
                option: &item.options.get(o)?.id,
                member: names.id(a, m),
                text: names.text(p.statement.as_deref()?),
            })
        })
        .collect()
}
