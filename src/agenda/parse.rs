//! From TOML text to a validated [`Agenda`], collecting every problem.

use std::collections::HashMap;
use std::ops::Range;

use toml::de::{DeTable, DeValue};

use super::error::{AgendaError, Collector, Problem};
use super::model::{
    Agenda, AgendaOption, Attribution, Item, Meeting, Member, RESERVED_KEYS, Stance,
    default_stances,
};
use super::reader::{TableReader, tables_of};
use crate::consensus::{Effect, Role, Rule};

/// The newest agenda format this program reads.
pub const FORMAT: i64 = 1;

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
];
const MEMBER_KEYS: &[&str] = &["id", "name", "group", "role"];
const ITEM_KEYS: &[&str] = &["id", "title", "background", "questions", "options"];
const OPTION_KEYS: &[&str] = &["id", "title", "summary", "considerations"];
const STANCE_KEYS: &[&str] = &["id", "label", "key", "effect"];

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
        return Err(c
            .into_error()
            .unwrap_or_else(|| AgendaError::whole_file(origin, "invalid TOML")));
    }
    let root = TableReader::new(root.get_ref(), 0..0, "the file".to_string());
    if let Some(newer) = newer_format(&mut c, &root) {
        return Err(AgendaError {
            problems: vec![newer],
        });
    }
    let agenda = build(&mut c, &root);
    if let Some(e) = c.into_error() {
        return Err(e);
    }
    agenda.ok_or_else(|| AgendaError::whole_file(origin, "the agenda could not be read"))
}

fn syntax_message(source: &str, message: &str, span: &Range<usize>) -> String {
    if message == "duplicate key" {
        let key = source.get(span.clone()).unwrap_or("").trim();
        return format!("duplicate key `{key}`; each key may appear only once in a table");
    }
    format!("invalid TOML: {message}")
}

/// Checks `format`; a newer file gives the one problem to report alone,
/// since its other fields may be ones this version does not know.
fn newer_format(c: &mut Collector<'_>, root: &TableReader<'_, '_>) -> Option<Problem> {
    let v = root.get("format")?;
    let n = match v.get_ref() {
        DeValue::Integer(i) => {
            i64::from_str_radix(i.as_str().replace('_', "").as_str(), i.radix()).ok()
        }
        _ => None,
    };
    match n {
        Some(n) if n > FORMAT => Some(c.problem(
            &v.span(),
            format!("format {n} is newer than this talanoa understands (format {FORMAT}); upgrade talanoa to read this agenda"),
        )),
        Some(FORMAT) => None,
        Some(n) => {
            c.at(&v.span(), format!("format {n} does not exist; write format = {FORMAT} or leave it out"));
            None
        }
        None => {
            c.at(&v.span(), format!("`format` must be a whole number, like format = {FORMAT}"));
            None
        }
    }
}

fn build(c: &mut Collector<'_>, root: &TableReader<'_, '_>) -> Option<Agenda> {
    root.deny_unknown(c, ROOT_KEYS);
    let meeting = meeting(c, root);
    let members = members(c, root);
    let items = items(c, root);
    let stances = stances(c, root);
    Some(Agenda {
        format: FORMAT,
        meeting: meeting?,
        members: members?,
        items: items?,
        stances: stances?,
    })
}

fn meeting(c: &mut Collector<'_>, root: &TableReader<'_, '_>) -> Option<Meeting> {
    let Some(v) = root.get("meeting") else {
        c.at(
            &(0..0),
            "missing the [meeting] table; add [meeting] with at least title = \"...\"",
        );
        return None;
    };
    let DeValue::Table(t) = v.get_ref() else {
        c.at(&v.span(), "`meeting` must be a table written [meeting]");
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
    Some(Meeting {
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
struct UniqueIds<'k> {
    what: &'k str,
    seen: HashMap<String, usize>,
}

impl<'k> UniqueIds<'k> {
    fn new(what: &'k str) -> Self {
        UniqueIds {
            what,
            seen: HashMap::new(),
        }
    }

    fn check(&mut self, c: &mut Collector<'_>, id: &str, span: &Range<usize>, n: usize) -> bool {
        if let Some(first) = self.seen.get(id) {
            c.at(
                span,
                format!(
                    "duplicate {} id \"{id}\" (first used by #{first}); every {} needs its own id",
                    self.what, self.what
                ),
            );
            return false;
        }
        self.seen.insert(id.to_string(), n);
        true
    }
}

/// An array of tables that must have at least one entry.
fn required_tables<'a, 'i>(
    c: &mut Collector<'_>,
    parent: &TableReader<'a, 'i>,
    key: &str,
    what: &str,
) -> Option<Vec<TableReader<'a, 'i>>> {
    let Some((tables, span)) = tables_of(c, parent, key, key) else {
        if parent.get(key).is_none() {
            c.at(
                &parent.span,
                format!(
                    "{} has no {what}; add at least one [[{key}]] table",
                    parent.name
                ),
            );
        }
        return None;
    };
    if tables.is_empty() {
        c.at(
            &span,
            format!("`{key}` is empty; add at least one [[{key}]] table"),
        );
        return None;
    }
    Some(tables)
}

fn members(c: &mut Collector<'_>, root: &TableReader<'_, '_>) -> Option<Vec<Member>> {
    let tables = required_tables(c, root, "members", "members")?;
    let mut ids = UniqueIds::new("member");
    let mut out = Vec::new();
    let mut ok = true;
    for (n, r) in tables.iter().enumerate() {
        r.deny_unknown(c, MEMBER_KEYS);
        let id = r.required_id(c);
        let name = r.required_str(c, "name");
        let group = r.optional_str(c, "group");
        let role = r.optional_word(c, "role", &["member", "observer"], Role::parse);
        let role_ok = r.get("role").is_none() || role.is_some();
        let unique = id
            .as_ref()
            .is_some_and(|(id, span)| ids.check(c, id, span, n + 1));
        match (id, name) {
            (Some((id, _)), Some(name)) if unique && role_ok => out.push(Member {
                id,
                name,
                group,
                role: role.unwrap_or_default(),
            }),
            _ => ok = false,
        }
    }
    ok.then_some(out)
}

fn items(c: &mut Collector<'_>, root: &TableReader<'_, '_>) -> Option<Vec<Item>> {
    let tables = required_tables(c, root, "items", "agenda items");
    let tables = tables?;
    let mut ids = UniqueIds::new("item");
    let mut out = Vec::new();
    let mut ok = true;
    for (n, r) in tables.iter().enumerate() {
        r.deny_unknown(c, ITEM_KEYS);
        let id = r.required_id(c);
        let title = r.required_str(c, "title");
        let background = r.optional_str(c, "background");
        let questions = r.str_list(c, "questions");
        let options = options(c, r);
        let unique = id
            .as_ref()
            .is_some_and(|(id, span)| ids.check(c, id, span, n + 1));
        match (id, title, options) {
            (Some((id, _)), Some(title), Some(options)) if unique => out.push(Item {
                id,
                title,
                background,
                questions,
                options,
            }),
            _ => ok = false,
        }
    }
    ok.then_some(out)
}

fn options(c: &mut Collector<'_>, item: &TableReader<'_, '_>) -> Option<Vec<AgendaOption>> {
    let tables = required_tables(c, item, "options", "options")?;
    let mut ids = UniqueIds::new("option");
    let mut out = Vec::new();
    let mut ok = true;
    for (n, mut r) in tables.into_iter().enumerate() {
        r.name = format!(
            "{} of {}",
            r.name.replace("[[options]]", "[[items.options]]"),
            item.name
        );
        r.deny_unknown(c, OPTION_KEYS);
        let id = r.required_id(c);
        let title = r.required_str(c, "title");
        let summary = r.optional_str(c, "summary");
        let considerations = r.str_list(c, "considerations");
        let unique = id
            .as_ref()
            .is_some_and(|(id, span)| ids.check(c, id, span, n + 1));
        match (id, title) {
            (Some((id, _)), Some(title)) if unique => out.push(AgendaOption {
                id,
                title,
                summary,
                considerations,
            }),
            _ => ok = false,
        }
    }
    ok.then_some(out)
}

fn stances(c: &mut Collector<'_>, root: &TableReader<'_, '_>) -> Option<Vec<Stance>> {
    if root.get("stances").is_none() {
        return Some(default_stances());
    }
    let (tables, span) = tables_of(c, root, "stances", "stances")?;
    if tables.len() < 2 {
        c.at(&span, "a custom stance scale needs at least 2 [[stances]]; add more or remove them to use the default scale");
        return None;
    }
    let mut ids = UniqueIds::new("stance");
    let mut keys: HashMap<char, usize> = HashMap::new();
    let mut out = Vec::new();
    let mut ok = true;
    for (n, r) in tables.iter().enumerate() {
        r.deny_unknown(c, STANCE_KEYS);
        let id = r.required_str(c, "id");
        let label = r.required_str(c, "label");
        let key = stance_key(c, r, &mut keys, n + 1);
        let words = Effect::ALL.map(Effect::as_str);
        let effect = match r.get("effect") {
            None => {
                c.at(
                    &r.span,
                    format!(
                        "missing required field `effect` in {}; use one of: {}",
                        r.name,
                        words.join(", ")
                    ),
                );
                None
            }
            Some(_) => r.optional_word(c, "effect", &words, Effect::parse),
        };
        let id_span = r.get("id").map_or(r.span.clone(), |v| v.span());
        let unique = id
            .as_ref()
            .is_some_and(|id| ids.check(c, id, &id_span, n + 1));
        match (id, label, key, effect) {
            (Some(id), Some(label), Some(key), Some(effect)) if unique => out.push(Stance {
                id,
                label,
                key,
                effect,
            }),
            _ => ok = false,
        }
    }
    ok.then_some(out)
}

fn stance_key(
    c: &mut Collector<'_>,
    r: &TableReader<'_, '_>,
    seen: &mut HashMap<char, usize>,
    n: usize,
) -> Option<char> {
    let Some(v) = r.get("key") else {
        c.at(&r.span, format!("missing required field `key` in {}; give the one character that records this stance, like key = \"1\"", r.name));
        return None;
    };
    let span = v.span();
    let Some(text) = v.get_ref().as_str() else {
        c.at(
            &span,
            format!(
                "`key` in {} must be one character in quotes, like key = \"1\"",
                r.name
            ),
        );
        return None;
    };
    let mut chars = text.chars();
    let (Some(key), None) = (chars.next(), chars.next()) else {
        c.at(
            &span,
            format!(
                "key \"{text}\" in {} must be exactly one character, like \"1\"",
                r.name
            ),
        );
        return None;
    };
    if RESERVED_KEYS.contains(&key) {
        let list: String = RESERVED_KEYS
            .iter()
            .map(|k| {
                if *k == ' ' {
                    "space".to_string()
                } else {
                    k.to_string()
                }
            })
            .collect::<Vec<_>>()
            .join(" ");
        c.at(&span, format!("key \"{key}\" in {} is used by the chair's screen; choose a key other than: {list}", r.name));
        return None;
    }
    if key.is_control() || key.is_whitespace() {
        c.at(
            &span,
            format!("key in {} must be a visible character, like \"1\"", r.name),
        );
        return None;
    }
    if let Some(first) = seen.get(&key) {
        c.at(&span, format!("duplicate key \"{key}\" in {} (first used by [[stances]] #{first}); each stance needs its own key", r.name));
        return None;
    }
    seen.insert(key, n);
    Some(key)
}
