//! The Outcomes document, the Forum's own form of minutes: a heading block,
//! then continuous numbered paragraphs (convening, attendance, opening,
//! adoption of the agenda, each item with "The Meeting:" and a lettered
//! list, other business, closing). No quoted statements, tables or charts:
//! those are in the Summary record.

use crate::agenda::{Attribution, ItemKind, Language};
use crate::i18n::fr;
use crate::session::Snapshot;
use crate::tr;

use super::context::Context;
use super::people;
use super::wording::{self, capitalise};

/// The whole Outcomes document.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcomes {
    /// The language of the document's own words.
    pub lang: Language,
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
pub fn entry_end(lang: Language, n: usize, count: usize) -> String {
    match count.saturating_sub(n + 1) {
        0 => tr!(lang, "entry-end-last"),
        1 => tr!(lang, "entry-end-and"),
        _ => tr!(lang, "entry-end-more"),
    }
}

/// The document body as it is written, numbering its paragraphs.
pub(super) struct Writer {
    pub(super) blocks: Vec<Block>,
    number: usize,
}

impl Writer {
    /// A numbered paragraph.
    pub(super) fn para(&mut self, text: String) {
        self.number += 1;
        self.blocks.push(Block::Para(self.number, text));
    }

    /// A numbered "The Meeting:" paragraph.
    pub(super) fn meeting(&mut self, entries: Vec<String>) {
        self.number += 1;
        self.blocks.push(Block::Meeting(self.number, entries));
    }
}

/// Builds the Outcomes of a session.
pub fn build(snap: &Snapshot, attribution: Attribution, lang: Language) -> Outcomes {
    let cx = Context::new(snap, attribution, lang);
    let m = &cx.agenda.meeting;
    let mut w = Writer {
        blocks: Vec::new(),
        number: 0,
    };
    w.para(convening(&cx));
    attendance(&cx, &mut w);
    if let Some(p) = m.opening_prayer.as_deref().map(|p| led_by(&cx, p)) {
        w.para(tr!(lang, "opened-prayer", led = &p));
    }
    for p in paragraphs(m.opening.as_deref()) {
        w.para(p);
    }
    let has = |kind| cx.agenda.items.iter().any(|i| i.kind == Some(kind));
    if !has(ItemKind::AdoptionOfAgenda) {
        w.para(tr!(lang, "adopted-agenda"));
    }
    for (i, it) in cx.agenda.items.iter().enumerate() {
        super::outcome_items::item(&cx, &mut w, i, it);
    }
    if !has(ItemKind::OtherBusiness) && !super::outcome_items::added_any(&cx) {
        w.para(tr!(lang, "no-other-business"));
    }
    closing(&cx, &mut w);
    Outcomes {
        lang,
        reference: m.reference.clone(),
        body: m.body.clone(),
        title: m.title.clone(),
        place_date: place_date(m.venue.as_deref(), m.date.map(|d| wording::date(lang, d))),
        rule_note: (attribution == Attribution::ChathamHouse).then(|| tr!(lang, "held-under-rule")),
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
    let t = people::in_text(cx.agenda, text, cx.lang);
    (cx.said(&t) == t).then_some(t)
}

fn led_by(cx: &Context<'_>, who: &str) -> String {
    named(cx, who).map_or_else(String::new, |w| tr!(cx.lang, "prayer-led-by", who = &w))
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
        "Comité",
        "Réunion",
        "Conseil",
        "Ministres",
        "Dirigeants",
    ];
    let who = Some(m.title.as_str())
        .filter(|t| bodies.iter().any(|b| t.contains(b)) && t.split_whitespace().count() <= 6)
        .or(m.body.as_deref());
    let lang = cx.lang;
    // "of" a name in French: "la réunion du Comité", "sous la présidence des Fidji".
    let of = |name: &str| match lang {
        Language::En => name.to_string(),
        Language::Fr => fr::de(name),
    };
    let mut s = match who {
        Some(b) => {
            let body = match lang {
                Language::En if b.to_lowercase().starts_with("the ") => capitalise(b),
                Language::En => tr!(lang, "convened-the-body", body = b),
                Language::Fr => of(b),
            };
            tr!(lang, "convened-body", body = &body)
        }
        None => tr!(lang, "convened-no-body"),
    };
    if let Some(v) = m.venue.as_deref().and_then(|v| named(cx, v)) {
        s.push_str(&tr!(lang, "convened-in", venue = &v));
    }
    if let Some(d) = m.date {
        s.push_str(&tr!(lang, "convened-on", date = &wording::date(lang, d)));
    }
    let s = s.trim_end_matches(',').to_string();
    let mut parts = vec![s];
    if let Some(c) = m.chair.as_deref().and_then(|c| named(cx, c)) {
        parts.push(tr!(lang, "convened-chaired", chair = &of(&c)));
    }
    if let Some(sec) = m.secretary.as_deref().and_then(|s| named(cx, s)) {
        parts.push(tr!(lang, "convened-supported", secretary = &of(&sec)));
    }
    format!("{}.", parts.join(", "))
}

fn attendance(cx: &Context<'_>, w: &mut Writer) {
    let (members, others) = people::sentences(cx.agenda, cx.record, cx.attribution, cx.lang);
    w.para(members.join(" "));
    if !others.is_empty() {
        w.para(others.join(" "));
    }
}

fn closing(cx: &Context<'_>, w: &mut Writer) {
    let (m, lang) = (&cx.agenda.meeting, cx.lang);
    let thanked: Vec<String> =
        std::iter::once(crate::consensus::Role::Member)
            .chain(people::OTHERS.into_iter().filter(|role| {
                !people::of_role(cx.agenda, cx.record, *role, true, lang).is_empty()
            }))
            .map(|role| {
                let many = wording::role_nouns(lang, role).1;
                match lang {
                    Language::En => many,
                    Language::Fr => format!("les {many}"),
                }
            })
            .collect();
    // The agenda's closing words often carry the thanks themselves, in the
    // agenda's language, whatever the language of the document.
    let thanks_given = m.closing.as_deref().is_some_and(|c| {
        let c = c.to_lowercase();
        [Language::En, Language::Fr]
            .iter()
            .any(|l| c.contains(&tr!(*l, "thanks-word")))
    });
    if !thanks_given {
        let list = wording::join_names(lang, &thanked);
        w.para(tr!(lang, "thanked", list = &list));
    }
    for p in paragraphs(m.closing.as_deref()) {
        w.para(p);
    }
    if let Some(p) = m.closing_prayer.as_deref().map(|p| led_by(cx, p)) {
        w.para(tr!(lang, "closed-prayer", led = &p));
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
            (0..3)
                .map(|n| entry_end(Language::En, n, 3))
                .collect::<Vec<_>>(),
            [";", "; and", "."]
        );
        assert_eq!(entry_end(Language::En, 0, 1), ".");
        assert_eq!(entry_end(Language::Fr, 1, 3), " ; et");
    }
}
