//! From TOML text to a validated [`Agenda`], collecting every problem.

use std::collections::HashMap;
use std::ops::Range;

use toml::de::{DeTable, DeValue};

use super::entries::{items, members};
use super::error::{AgendaError, Collector, Problem};
use super::model::{Agenda, Attribution, Language, Meeting};
use super::reader::{TableReader, tables_of};
use super::stances::stances;
use crate::consensus::Rule;
use crate::msg;

/// The newest agenda format this program reads (it reads every older one too).
pub const FORMAT: i64 = 2;

const ROOT_KEYS: &[&str] = &["format", "meeting", "members", "items", "stances"];
const MEETING_KEYS: &[&str] = &[
    "title",
    "body",
    "date",
    "venue",
    "chair",
    "secretary",
    "rule",
    "attribution",
    "opening",
    "reference",
    "timezone",
    "language",
    "opening_prayer",
    "closing_prayer",
    "closing",
    "speaking_limit",
];

/// Parses and validates agenda text; `origin` names the file in messages.
pub fn parse(source: &str, origin: &str) -> Result<Agenda, AgendaError> {
    let (root, syntax) = DeTable::parse_recoverable(source);
    let mut c = Collector::new(source, origin);
    for e in &syntax {
        let span = e.span().unwrap_or(0..0);
        c.at(&span, syntax_message(source, e.message(), &span));
    }
    // A tree recovered after a syntax error gives misleading follow-on
    // problems; the syntax errors alone say what to fix first.
    if !syntax.is_empty() {
        return Err(c.into_error().unwrap_or_else(|| {
            AgendaError::whole_file(origin, msg!("error-agenda-invalid-toml"))
        }));
    }
    let root = TableReader::new(root.get_ref(), 0..0, msg!("error-agenda-the-file"));
    if let Some(newer) = newer_format(&mut c, &root) {
        return Err(AgendaError {
            problems: vec![newer],
        });
    }
    let agenda = build(&mut c, &root);
    if let Some(e) = c.into_error() {
        return Err(e);
    }
    agenda.ok_or_else(|| AgendaError::whole_file(origin, msg!("error-agenda-unreadable")))
}

fn syntax_message(source: &str, message: &str, span: &Range<usize>) -> String {
    if message == "duplicate key" {
        let key = source.get(span.clone()).unwrap_or("").trim();
        return msg!("error-agenda-duplicate-key", key = key);
    }
    msg!("error-agenda-toml", why = message)
}

/// Checks `format`; a newer file gives the one problem to report alone,
/// since its other fields may be ones this version does not know.
fn newer_format(c: &mut Collector<'_>, root: &TableReader<'_, '_>) -> Option<Problem> {
    let v = root.get("format")?;
    let max = FORMAT.to_string();
    match declared_format(root) {
        Some(n) if n > FORMAT => Some(c.problem(
            &v.span(),
            msg!("error-agenda-format-newer", n = &n.to_string(), max = &max),
        )),
        Some(1..=FORMAT) => None,
        Some(n) => {
            let n = n.to_string();
            c.at(
                &v.span(),
                msg!("error-agenda-format-unknown", n = &n, max = &max),
            );
            None
        }
        None => {
            c.at(&v.span(), msg!("error-agenda-format-type", max = &max));
            None
        }
    }
}

/// The format number the file declares, if it is a whole number.
fn declared_format(root: &TableReader<'_, '_>) -> Option<i64> {
    match root.get("format")?.get_ref() {
        DeValue::Integer(i) => {
            i64::from_str_radix(i.as_str().replace('_', "").as_str(), i.radix()).ok()
        }
        _ => None,
    }
}

fn build(c: &mut Collector<'_>, root: &TableReader<'_, '_>) -> Option<Agenda> {
    root.deny_unknown(c, ROOT_KEYS);
    let meeting = meeting(c, root);
    let members = members(c, root);
    let items = items(c, root);
    let stances = stances(c, root);
    Some(Agenda {
        format: declared_format(root).unwrap_or(1),
        meeting: meeting?,
        members: members?,
        items: items?,
        stances: stances?,
    })
}

fn meeting(c: &mut Collector<'_>, root: &TableReader<'_, '_>) -> Option<Meeting> {
    let Some(v) = root.get("meeting") else {
        c.at(&(0..0), msg!("error-agenda-no-meeting"));
        return None;
    };
    let DeValue::Table(t) = v.get_ref() else {
        c.at(&v.span(), msg!("error-agenda-meeting-type"));
        return None;
    };
    let r = TableReader::new(t, v.span(), "[meeting]".to_string());
    r.deny_unknown(c, MEETING_KEYS);
    let title = r.required_str(c, "title");
    let rule = r.optional_word(
        c,
        "rule",
        &["consensus", "consensus-minus-one"],
        Rule::parse,
    );
    let attribution = r.optional_word(
        c,
        "attribution",
        &["attributed", "chatham-house"],
        Attribution::parse,
    );
    let language = r.optional_word(c, "language", &["en", "fr"], Language::parse);
    Some(Meeting {
        reference: r.optional_str(c, "reference"),
        timezone: r.optional_timezone(c, "timezone"),
        language,
        opening_prayer: r.optional_str(c, "opening_prayer"),
        closing_prayer: r.optional_str(c, "closing_prayer"),
        closing: r.optional_str(c, "closing"),
        speaking_limit: r.optional_speaking_limit(c, "speaking_limit"),
        body: r.optional_str(c, "body"),
        date: r.optional_date(c, "date"),
        venue: r.optional_str(c, "venue"),
        chair: r.optional_str(c, "chair"),
        secretary: r.optional_str(c, "secretary"),
        opening: r.optional_str(c, "opening"),
        title: title?,
        rule: rule.unwrap_or_default(),
        attribution: attribution.unwrap_or_default(),
    })
}

/// Remembers ids seen in one scope and reports repeats at the repeat.
pub(super) struct UniqueIds<'k> {
    what: &'k str,
    seen: HashMap<String, usize>,
}

impl<'k> UniqueIds<'k> {
    pub(super) fn new(what: &'k str) -> Self {
        UniqueIds {
            what,
            seen: HashMap::new(),
        }
    }

    pub(super) fn check(
        &mut self,
        c: &mut Collector<'_>,
        id: &str,
        span: &Range<usize>,
        n: usize,
    ) -> bool {
        if let Some(first) = self.seen.get(id) {
            let first = first.to_string();
            let m = msg!(
                "error-agenda-duplicate-id",
                kind = self.what,
                id = id,
                first = &first
            );
            c.at(span, m);
            return false;
        }
        self.seen.insert(id.to_string(), n);
        true
    }
}

/// An array of tables that must have at least one entry.
pub(super) fn required_tables<'a, 'i>(
    c: &mut Collector<'_>,
    parent: &TableReader<'a, 'i>,
    key: &str,
    what: &str,
) -> Option<Vec<TableReader<'a, 'i>>> {
    // An item's options are written [[items.options]] in the file.
    let header = if key == "options" {
        "items.options"
    } else {
        key
    };
    let Some((tables, span)) = tables_of(c, parent, key, key) else {
        if parent.get(key).is_none() {
            let m = msg!(
                "error-agenda-none",
                parent = &parent.name,
                what = what,
                header = header
            );
            c.at(&parent.span, m);
        }
        return None;
    };
    if tables.is_empty() {
        c.at(
            &span,
            msg!("error-agenda-list-empty", key = key, header = header),
        );
        return None;
    }
    Some(tables)
}
