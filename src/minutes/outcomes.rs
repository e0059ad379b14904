//! The Outcomes document, the Forum's own form of minutes: a heading block,
//! then continuous numbered paragraphs (convening, attendance, opening,
//! adoption of the agenda, each item with "The Meeting:" and a lettered
//! list, other business, closing). No quoted statements, tables or charts:
//! those are in the Summary record.

use crate::agenda::{Attribution, Item, ItemKind};
use crate::session::Snapshot;

use super::context::Context;
use super::people;
use super::wording::{self, capitalise, clause};

/// The whole Outcomes document.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcomes {
    /// The document symbol, when the agenda gives one.
    pub reference: Option<String>,
    /// The convening body.
    pub body: Option<String>,
    /// The meeting's title.
    pub title: String,
    /// "Suva, Fiji, 6 August 2024".
    pub place_date: Option<String>,
    /// "Held under the Chatham House Rule." (that mode only).
    pub rule_note: Option<String>,
    /// The paragraphs and headings, in order.
    pub blocks: Vec<Block>,
    /// The record it was produced from (see [`crate::verify`]).
    pub stamp: String,
}

/// One piece of the document body.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// "Agenda item 2: Options for a network" (not numbered).
    Heading(String),
    /// A numbered paragraph.
    Para(usize, String),
    /// A numbered "The Meeting:" paragraph with its entries, lettered
    /// "(i)", "(ii)", … by the renderer.
    Meeting(usize, Vec<String>),
}

/// The list marker of the n-th entry (0-based): "(i)", "(ii)", "(iv)".
pub fn marker(n: usize) -> String {
    const ROMAN: [(usize, &str); 9] = [
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    ];
    let mut left = n + 1;
    let mut out = String::new();
    for (value, digits) in ROMAN {
        while left >= value {
            out.push_str(digits);
            left -= value;
        }
    }
    format!("({out})")
}

/// An entry as it ends in the list: "; ", "; and" before the last, "." last.
pub fn entry_end(n: usize, count: usize) -> &'static str {
    match count.saturating_sub(n + 1) {
        0 => ".",
        1 => "; and",
        _ => ";",
    }
}

struct Writer {
    blocks: Vec<Block>,
    number: usize,
}

impl Writer {
    fn para(&mut self, text: String) {
        self.number += 1;
        self.blocks.push(Block::Para(self.number, text));
    }

    fn meeting(&mut self, entries: Vec<String>) {
        self.number += 1;
        self.blocks.push(Block::Meeting(self.number, entries));
    }
}

/// Builds the Outcomes of a session.
pub fn build(snap: &Snapshot, attribution: Attribution) -> Outcomes {
    let cx = Context::new(snap, attribution);
    let m = &cx.agenda.meeting;
    let mut w = Writer {
        blocks: Vec::new(),
        number: 0,
    };
    w.para(convening(&cx));
    attendance(&cx, &mut w);
    if let Some(p) = m.opening_prayer.as_deref().map(|p| led_by(&cx, p)) {
        w.para(format!("The meeting opened with a prayer{p}."));
    }
    for p in paragraphs(m.opening.as_deref()) {
        w.para(p);
    }
    let has = |kind| cx.agenda.items.iter().any(|i| i.kind == Some(kind));
    if !has(ItemKind::AdoptionOfAgenda) {
        w.para("The Meeting adopted the agenda.".into());
    }
    for (i, it) in cx.agenda.items.iter().enumerate() {
        item(&cx, &mut w, i, it);
    }
    if !has(ItemKind::OtherBusiness) {
        w.para("There was no other business.".into());
    }
    closing(&cx, &mut w);
    Outcomes {
        reference: m.reference.clone(),
        body: m.body.clone(),
        title: m.title.clone(),
        place_date: place_date(m.venue.as_deref(), m.date.map(wording::date)),
        rule_note: (attribution == Attribution::ChathamHouse)
            .then(|| "Held under the Chatham House Rule.".to_string()),
        blocks: w.blocks,
        stamp: crate::verify::Stamp::of(snap).line(),
    }
}

fn place_date(venue: Option<&str>, date: Option<String>) -> Option<String> {
    match (venue, date) {
        (Some(v), Some(d)) => Some(format!("{v}, {d}")),
        (Some(v), None) => Some(v.to_string()),
        (None, d) => d,
    }
}

/// Paragraphs of agenda text, as written.
fn paragraphs(text: Option<&str>) -> Vec<String> {
    text.unwrap_or_default()
        .split("\n\n")
        .map(|p| p.lines().map(str::trim).collect::<Vec<_>>().join(" "))
        .map(|p| p.trim().to_string())
        .filter(|p| !p.is_empty())
        .collect()
}

/// Text about who did something, as it stands in a sentence; `None`
/// under the Chatham House Rule when it would name a delegation.
fn named(cx: &Context<'_>, text: &str) -> Option<String> {
    let t = people::in_text(cx.agenda, text);
    (cx.said(&t) == t).then_some(t)
}

fn led_by(cx: &Context<'_>, who: &str) -> String {
    named(cx, who).map_or_else(String::new, |w| format!(" led by {w}"))
}

fn convening(cx: &Context<'_>) -> String {
    let m = &cx.agenda.meeting;
    // Who met: a title that names a body ("Forum Officials Committee")
    // rather than a topic, else the convening body, else "the meeting".
    let bodies = [
        "Committee",
        "Meeting",
        "Officials",
        "Ministers",
        "Leaders",
        "Council",
        "Forum",
    ];
    let who = Some(m.title.as_str())
        .filter(|t| bodies.iter().any(|b| t.contains(b)) && t.split_whitespace().count() <= 6)
        .or(m.body.as_deref());
    let subject = who.map_or_else(
        || "The meeting".to_string(),
        |b| {
            if b.to_lowercase().starts_with("the ") {
                capitalise(b)
            } else {
                format!("The {b}")
            }
        },
    );
    let verb = if who.is_some() { "met" } else { "was held" };
    let mut s = format!("{subject} {verb}");
    if let Some(v) = m.venue.as_deref().and_then(|v| named(cx, v)) {
        s.push_str(&format!(" in {v},"));
    }
    if let Some(d) = m.date {
        s.push_str(&format!(" on {}", wording::date(d)));
    }
    let s = s.trim_end_matches(',').to_string();
    let mut parts = vec![s];
    if let Some(c) = m.chair.as_deref().and_then(|c| named(cx, c)) {
        parts.push(format!("chaired by {c}"));
    }
    if let Some(sec) = m.secretary.as_deref().and_then(|s| named(cx, s)) {
        parts.push(format!("supported by {sec} as secretariat"));
    }
    format!("{}.", parts.join(", "))
}

fn attendance(cx: &Context<'_>, w: &mut Writer) {
    let (members, others) = people::sentences(cx.agenda, cx.record, cx.attribution);
    w.para(members.join(" "));
    if !others.is_empty() {
        w.para(others.join(" "));
    }
}

fn item(cx: &Context<'_>, w: &mut Writer, i: usize, it: &Item) {
    w.blocks.push(Block::Heading(format!(
        "Agenda item {}: {}",
        i + 1,
        it.title.split_whitespace().collect::<Vec<_>>().join(" ")
    )));
    let entries = entries(cx, i, it);
    let recorded = cx.record.outcomes.get(i).is_some_and(Option::is_some)
        || cx.record.actions.iter().any(|a| a.item == i);
    match it.kind {
        Some(ItemKind::AdoptionOfAgenda) if !recorded => {
            let statuses: Vec<_> = (0..it.options.len())
                .map(|o| cx.record.status(cx.agenda, i, o))
                .collect();
            if statuses.iter().all(|s| crate::session::agreed(*s)) {
                w.para("The Meeting adopted the agenda.".into());
                return;
            }
            if entries.iter().all(|e| e.starts_with("did not yet take up")) {
                w.para("The adoption of the agenda was not recorded.".into());
                return;
            }
        }
        Some(ItemKind::AdoptionOfAgenda) => {}
        Some(ItemKind::OtherBusiness) => {
            let heard = (0..it.options.len()).any(|o| {
                (0..cx.agenda.members.len()).any(|m| {
                    cx.record
                        .position(i, o, m)
                        .is_some_and(|p| p.stance.is_some())
                })
            });
            if !recorded && !heard {
                w.para("No other business was raised.".into());
                return;
            }
            w.para("The Chair invited members to raise other business.".into());
        }
        None => w.para(introduction(it)),
    }
    w.meeting(entries);
}

fn introduction(it: &Item) -> String {
    let titles: Vec<String> = it
        .options
        .iter()
        .map(|o| o.title.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect();
    match titles.len() {
        0 => "The Chair introduced the item.".into(),
        1 => format!(
            "The Chair introduced the item and the proposal before the Meeting: {}.",
            wording::join_names(&titles)
        ),
        n => format!(
            "The Chair introduced the item and the {} options before the Meeting: {}.",
            wording::number(n),
            wording::join_names(&titles)
        ),
    }
}

/// The lettered entries: the chair's words as written, a plain word when
/// an option was adopted despite its status, one entry per option from
/// its status, then the actions arising.
fn entries(cx: &Context<'_>, i: usize, it: &Item) -> Vec<String> {
    let (a, r) = (cx.agenda, cx.record);
    let mut out = Vec::new();
    if let Some(o) = r.outcomes.get(i).and_then(Option::as_ref) {
        out.push(clause(&cx.said(&o.text)));
        let adopted = o.option.and_then(|x| Some((x, it.options.get(x)?)));
        if let Some((x, opt)) = adopted
            && let Some(d) = wording::despite(r.status(a, i, x), &opt.title, o.despite_status)
        {
            out.push(format!("noted that {d}"));
        }
    }
    let mut untouched = Vec::new();
    for (o, opt) in it.options.iter().enumerate() {
        let holders = cx.holders(i, o);
        if holders.untouched() && holders.pending.is_empty() && holders.block.is_empty() {
            untouched.push(opt.title.clone());
            continue;
        }
        let status = r.status(a, i, o);
        out.push(wording::entry(status, a.meeting.rule, &holders, &opt.title));
    }
    if !untouched.is_empty() {
        out.push(wording::untouched(&untouched));
    }
    for x in r.actions.iter().filter(|x| x.item == i) {
        let owner = x.owner.as_deref().map(|o| cx.said(&people::in_text(a, o)));
        out.push(wording::action(owner.as_deref(), &cx.said(&x.text), x.due));
    }
    out
}

fn closing(cx: &Context<'_>, w: &mut Writer) {
    let m = &cx.agenda.meeting;
    let present: Vec<&str> = people::OTHERS
        .iter()
        .filter(|role| !people::of_role(cx.agenda, cx.record, **role, true).is_empty())
        .map(|role| wording::role_nouns(*role).1)
        .collect();
    let mut thanked = vec!["members".to_string()];
    thanked.extend(present.iter().map(|s| s.to_string()));
    // The agenda's closing words often carry the thanks themselves.
    let thanks_given = m
        .closing
        .as_deref()
        .is_some_and(|c| c.to_lowercase().contains("thank"));
    if !thanks_given {
        w.para(format!(
            "The Chair thanked {} for their participation.",
            wording::join_names(&thanked)
        ));
    }
    for p in paragraphs(m.closing.as_deref()) {
        w.para(p);
    }
    if let Some(p) = m.closing_prayer.as_deref().map(|p| led_by(cx, p)) {
        w.para(format!("The meeting closed with a prayer{p}."));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_and_list_ends() {
        let m: Vec<String> = (0..5).map(marker).collect();
        assert_eq!(m, ["(i)", "(ii)", "(iii)", "(iv)", "(v)"]);
        assert_eq!(marker(8), "(ix)");
        assert_eq!(marker(13), "(xiv)");
        assert_eq!(
            (0..3).map(|n| entry_end(n, 3)).collect::<Vec<_>>(),
            [";", "; and", "."]
        );
        assert_eq!(entry_end(0, 1), ".");
    }
}
