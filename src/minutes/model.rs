//! The minutes as a document model, built once from the session record and
//! the attribution; Markdown and HTML render this same model.

use crate::agenda::{Agenda, Attribution};
use crate::consensus::{Effect, Role, Status, Tally};
use crate::session::{Record, Snapshot};

use super::wording::{self, Holders, Who};

/// The whole minutes.
#[derive(Debug, Clone, PartialEq)]
pub struct Minutes {
    /// The meeting's title.
    pub title: String,
    /// Heading lines: (label, text), e.g. ("Venue", "Suva, Fiji").
    pub heading: Vec<(&'static str, String)>,
    /// The rule and attribution in words.
    pub rule: String,
    /// The attribution in words.
    pub attribution: String,
    /// The agenda's opening words.
    pub opening: Option<String>,
    /// Attendance paragraphs: (label, text).
    pub attendance: Vec<(String, String)>,
    /// Each agenda item.
    pub items: Vec<ItemMinutes>,
    /// Every action, numbered.
    pub actions: Vec<ActionRow>,
    /// The closing paragraph.
    pub closing: String,
    /// The record these minutes were produced from (see [`crate::verify`]).
    pub stamp: String,
}

/// One agenda item.
#[derive(Debug, Clone, PartialEq)]
pub struct ItemMinutes {
    /// 1-based number.
    pub number: usize,
    /// Title.
    pub title: String,
    /// Background text.
    pub background: Option<String>,
    /// Talanoa questions.
    pub questions: Vec<String>,
    /// Statements in the order first recorded.
    pub talanoa: Vec<Voice>,
    /// Each option.
    pub options: Vec<OptionMinutes>,
    /// "The meeting: ..." or "No outcome was recorded for this item."
    pub outcome: String,
    /// Actions arising from the item.
    pub actions: Vec<ActionRow>,
}

/// One statement heard.
#[derive(Debug, Clone, PartialEq)]
pub struct Voice {
    /// "Fiji", "Japan (observer)", "One member", "An observer".
    pub speaker: String,
    /// The option it was made on.
    pub option: String,
    /// The words, as written.
    pub text: String,
}

/// One option with its outcome and who held what.
#[derive(Debug, Clone, PartialEq)]
pub struct OptionMinutes {
    /// "2.1".
    pub number: String,
    /// Title.
    pub title: String,
    /// Summary.
    pub summary: Option<String>,
    /// Status word for styling.
    pub status: Status,
    /// The outcome sentence.
    pub sentence: String,
    /// (position, who) rows: stances in scale order, then not heard and absent, then observers.
    pub positions: Vec<(String, String)>,
    /// Counts for the bar: support, reservation, stand-aside, pending, block, not heard.
    pub bar: Tally,
}

/// One action.
#[derive(Debug, Clone, PartialEq)]
pub struct ActionRow {
    /// 1-based number in the register.
    pub number: usize,
    /// What is to be done.
    pub text: String,
    /// Who does it.
    pub owner: String,
    /// By when, as "31 October 2024".
    pub due: String,
    /// "2. Title" of the item it arose from.
    pub item: String,
    /// The item's 1-based number.
    pub item_number: usize,
}

/// The minutes before any redaction.
fn build_plain(snap: &Snapshot, attribution: Attribution) -> Minutes {
    let a = &snap.agenda;
    let r = snap.record();
    let m = &a.meeting;
    let mut heading = Vec::new();
    let mut push = |label, value: Option<String>| {
        if let Some(v) = value {
            heading.push((label, v));
        }
    };
    push("Convened by", m.body.clone());
    push("Venue", m.venue.clone());
    push("Date", m.date.map(wording::date));
    push("Chair", m.chair.clone());
    push("Secretary", m.secretary.clone());
    let actions = actions(a, r);
    Minutes {
        title: m.title.clone(),
        heading,
        rule: wording::rule(m.rule).into(),
        attribution: wording::attribution(attribution).into(),
        opening: m.opening.clone(),
        attendance: attendance(a, r, attribution),
        items: (0..a.items.len())
            .map(|i| item(a, r, i, attribution, &actions))
            .collect(),
        actions,
        closing: wording::closing(
            m.secretary.as_deref(),
            snap.last_entry().map(|e| e.at),
            snap.log.len(),
        ),
        stamp: crate::verify::Stamp::of(snap).line(),
    }
}

/// Builds the minutes of a session; in Chatham House mode no delegation is
/// named after the heading, even inside quoted text.
pub fn build(snap: &Snapshot, attribution: Attribution) -> Minutes {
    let mut m = build_plain(snap, attribution);
    if attribution == Attribution::ChathamHouse {
        super::redact::Redactor::new(&snap.agenda).minutes(&mut m);
    }
    m
}

fn attendance(a: &Agenda, r: &Record, attribution: Attribution) -> Vec<(String, String)> {
    let present = |m: usize| !r.is_absent(m);
    let is_member = |role: Role| role == Role::Member;
    let members: Vec<(usize, &crate::agenda::Member)> = a.members.iter().enumerate().collect();
    let names = |f: &dyn Fn(usize, &crate::agenda::Member) -> bool| -> Vec<String> {
        members
            .iter()
            .filter(|(i, m)| f(*i, m))
            .map(|(_, m)| m.name.clone())
            .collect()
    };
    let apologies = names(&|i, _| !present(i));
    let observers = names(&|i, m| present(i) && !is_member(m.role));
    if attribution == Attribution::ChathamHouse {
        let n = names(&|i, m| present(i) && is_member(m.role)).len();
        return vec![
            ("Members present".into(), wording::number(n).to_string()),
            (
                "Apologies".into(),
                wording::number(apologies.len()).to_string(),
            ),
            (
                "Observers present".into(),
                wording::number(observers.len()).to_string(),
            ),
        ];
    }
    let mut out = Vec::new();
    for group in a.groups() {
        let in_group =
            names(&|i, m| present(i) && is_member(m.role) && m.group.as_deref() == group);
        if !in_group.is_empty() {
            out.push((group.unwrap_or("Members").to_string(), in_group.join(", ")));
        }
    }
    let none = || "None.".to_string();
    out.push((
        "Apologies".into(),
        if apologies.is_empty() {
            none()
        } else {
            apologies.join(", ")
        },
    ));
    out.push((
        "Observers".into(),
        if observers.is_empty() {
            none()
        } else {
            observers.join(", ")
        },
    ));
    out
}

fn actions(a: &Agenda, r: &Record) -> Vec<ActionRow> {
    r.actions
        .iter()
        .enumerate()
        .map(|(n, x)| ActionRow {
            number: n + 1,
            text: x.text.clone(),
            owner: x.owner.clone().unwrap_or_else(|| "—".into()),
            due: x.due.map_or_else(|| "—".into(), wording::date),
            item: a
                .items
                .get(x.item)
                .map_or_else(String::new, |it| format!("{}. {}", x.item + 1, it.title)),
            item_number: x.item + 1,
        })
        .collect()
}

fn item(
    a: &Agenda,
    r: &Record,
    i: usize,
    attribution: Attribution,
    all: &[ActionRow],
) -> ItemMinutes {
    let it = a.items.get(i);
    let title_of = |o: usize| {
        it.and_then(|it| it.options.get(o))
            .map_or_else(String::new, |o| o.title.clone())
    };
    let talanoa = r
        .statements(i)
        .into_iter()
        .filter_map(|(o, m, p)| {
            let member = a.members.get(m)?;
            Some(Voice {
                speaker: wording::speaker(&member.name, member.role == Role::Observer, attribution),
                option: title_of(o),
                text: p.statement.clone()?,
            })
        })
        .collect();
    let outcome = r.outcomes.get(i).and_then(Option::as_ref);
    let adopted = outcome.and_then(|o| o.option).map(title_of);
    ItemMinutes {
        number: i + 1,
        title: it.map_or_else(String::new, |it| it.title.clone()),
        background: it.and_then(|it| it.background.clone()),
        questions: it.map_or_else(Vec::new, |it| it.questions.clone()),
        talanoa,
        options: it.map_or_else(Vec::new, |it| {
            (0..it.options.len())
                .map(|o| option(a, r, i, o, attribution))
                .collect()
        }),
        outcome: wording::item_outcome(outcome.map(|o| o.text.as_str()), adopted.as_deref()),
        actions: all
            .iter()
            .filter(|x| x.item_number == i + 1)
            .cloned()
            .collect(),
    }
}

/// Names of present members (role `member`) whose stance has `effect`.
fn holders_of(a: &Agenda, r: &Record, i: usize, o: usize, effect: Effect) -> Vec<String> {
    a.members
        .iter()
        .enumerate()
        .filter(|(m, mem)| mem.role == Role::Member && !r.is_absent(*m))
        .filter(|(m, _)| stance_of(a, r, i, o, *m).is_some_and(|s| s.effect == effect))
        .map(|(_, mem)| mem.name.clone())
        .collect()
}

fn stance_of<'a>(
    a: &'a Agenda,
    r: &Record,
    i: usize,
    o: usize,
    m: usize,
) -> Option<&'a crate::agenda::Stance> {
    r.position(i, o, m)
        .and_then(|p| p.stance)
        .and_then(|s| a.stances.get(s))
}

fn option(a: &Agenda, r: &Record, i: usize, o: usize, attribution: Attribution) -> OptionMinutes {
    let opt = a.items.get(i).and_then(|it| it.options.get(o));
    let tally = r.tally(a, i, o);
    let status = tally.status(a.meeting.rule);
    let who = |effect| Who::from_names(holders_of(a, r, i, o, effect), attribution);
    let holders = Holders {
        reservation: who(Effect::Reservation),
        stand_aside: who(Effect::StandAside),
        pending: who(Effect::Pending),
        block: who(Effect::Block),
        not_heard: tally.not_heard,
    };
    OptionMinutes {
        number: format!("{}.{}", i + 1, o + 1),
        title: opt.map_or_else(String::new, |x| x.title.clone()),
        summary: opt.and_then(|x| x.summary.clone()),
        status,
        sentence: wording::outcome(status, a.meeting.rule, &holders, attribution),
        positions: positions(a, r, i, o, attribution),
        bar: tally,
    }
}

fn positions(
    a: &Agenda,
    r: &Record,
    i: usize,
    o: usize,
    attribution: Attribution,
) -> Vec<(String, String)> {
    let pick = |observer: bool, f: &dyn Fn(usize) -> bool| -> Vec<String> {
        a.members
            .iter()
            .enumerate()
            .filter(|(m, mem)| (mem.role == Role::Observer) == observer && f(*m))
            .map(|(_, mem)| mem.name.clone())
            .collect()
    };
    let say = |names: Vec<String>, observer: bool| match attribution {
        Attribution::Attributed => names.join(", "),
        Attribution::ChathamHouse if observer => wording::observers(names.len()),
        Attribution::ChathamHouse => wording::members(names.len()),
    };
    let mut rows = Vec::new();
    for observer in [false, true] {
        let tag = if observer { " (observers)" } else { "" };
        for (s, stance) in a.stances.iter().enumerate() {
            let names = pick(observer, &|m| {
                !r.is_absent(m) && r.position(i, o, m).and_then(|p| p.stance) == Some(s)
            });
            if !names.is_empty() {
                rows.push((format!("{}{tag}", stance.label), say(names, observer)));
            }
        }
        let unheard = pick(observer, &|m| {
            !r.is_absent(m) && r.position(i, o, m).and_then(|p| p.stance).is_none()
        });
        if !unheard.is_empty() && !observer {
            rows.push(("Not yet heard".to_string(), say(unheard, observer)));
        }
        let absent = pick(observer, &|m| r.is_absent(m));
        if !absent.is_empty() {
            rows.push((format!("Absent{tag}"), say(absent, observer)));
        }
    }
    rows
}
