//! The Summary record as a document model, built once from the session
//! record and the attribution: every voice heard, every position, the
//! action register. Markdown and HTML render this same model.

use crate::agenda::{Attribution, Item, Language};
use crate::consensus::{Role, Status, Tally};
use crate::session::Snapshot;
use crate::tr;

use super::context::Context;
use super::people;
use super::wording;

/// The whole Summary record.
#[derive(Debug, Clone, PartialEq)]
pub struct Minutes {
    /// The language of the document's own words.
    pub lang: Language,
    /// The meeting's title.
    pub title: String,
    /// Heading lines: (label, text), e.g. ("Venue", "Suva, Fiji").
    pub heading: Vec<(String, String)>,
    /// The rule in words.
    pub rule: String,
    /// The attribution in words.
    pub attribution: String,
    /// The agenda's opening words.
    pub opening: Option<String>,
    /// Attendance lines: (label, text).
    pub attendance: Vec<(String, String)>,
    /// Each agenda item.
    pub items: Vec<ItemMinutes>,
    /// Every action, numbered.
    pub actions: Vec<ActionRow>,
    /// Names, titles and summaries corrected in the meeting, one sentence
    /// each (the history annex; empty when nothing was corrected).
    pub corrections: Vec<String>,
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
    /// Statements: in the order first recorded, or grouped by option
    /// under the Chatham House Rule.
    pub talanoa: Vec<Voice>,
    /// Speaking time: (delegation, "m:ss"), or one total line under the rule.
    pub speaking: Vec<(String, String)>,
    /// Each option.
    pub options: Vec<OptionMinutes>,
    /// "The Meeting: …" or "No outcome was recorded for this item."
    pub outcome: String,
    /// Actions arising from the item.
    pub actions: Vec<ActionRow>,
}

/// One statement heard.
#[derive(Debug, Clone, PartialEq)]
pub struct Voice {
    /// "Fiji", "Japan (dialogue partner)", "One member", "An observer".
    pub speaker: String,
    /// The option it was made on.
    pub option: String,
    /// The words, as written (names redacted under the rule).
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
    /// (position, who) rows: stances in scale order, then not heard and
    /// absent, then each other role.
    pub positions: Vec<(String, String)>,
    /// Counts for the bar (attributed minutes only: under the rule the
    /// words "several members" are all a reader gets, in every format).
    pub bar: Option<Tally>,
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

/// Builds the Summary record of a session.
pub fn build(snap: &Snapshot, attribution: Attribution, lang: Language) -> Minutes {
    let cx = Context::new(snap, attribution, lang);
    let (a, r) = (cx.agenda, cx.record);
    let m = &a.meeting;
    let mut heading = Vec::new();
    let mut push = |label: &str, value: Option<String>| {
        if let Some(v) = value {
            heading.push((tr!(lang, label), v));
        }
    };
    push("label-reference", m.reference.clone());
    push("label-convened-by", m.body.clone());
    push("label-venue", m.venue.clone());
    push("label-date", m.date.map(|d| wording::date(lang, d)));
    push("label-chair", m.chair.clone());
    push("label-secretary", m.secretary.clone());
    let actions = actions(&cx);
    Minutes {
        lang,
        title: m.title.clone(),
        heading,
        rule: wording::rule(lang, m.rule),
        attribution: wording::attribution(lang, attribution),
        opening: m.opening.clone(),
        attendance: people::lines(a, r, attribution, lang),
        items: a
            .items
            .iter()
            .enumerate()
            .map(|(i, it)| item(&cx, i, it, &actions))
            .collect(),
        actions,
        corrections: super::amended::corrections(&cx),
        closing: wording::closing(
            lang,
            m.secretary
                .as_deref()
                .map(|s| people::in_text(a, s, lang))
                .as_deref(),
            snap.last_entry().map(|e| local_time(&cx, e.at)),
            snap.log.len(),
        ),
        stamp: crate::verify::Stamp::of(snap).line(),
    }
}

/// "9 August 2024, 14:05 +12:00 (Pacific/Fiji)"; under the Chatham House
/// Rule without the zone's name, which may name a delegation.
fn local_time(cx: &Context<'_>, at: chrono::DateTime<chrono::Utc>) -> String {
    let date = crate::time::long_date(cx.zone.local_date(at), cx.lang);
    match cx.attribution {
        Attribution::Attributed => format!("{date}, {}", cx.zone.time(at)),
        Attribution::ChathamHouse => {
            format!("{date}, {} {}", cx.zone.clock(at), cx.zone.offset(at))
        }
    }
}

fn actions(cx: &Context<'_>) -> Vec<ActionRow> {
    cx.record
        .actions
        .iter()
        .enumerate()
        .map(|(n, x)| ActionRow {
            number: n + 1,
            text: cx.said(&x.text),
            owner: x
                .owner
                .as_deref()
                .map_or_else(|| "—".into(), |o| cx.said(o)),
            due: x
                .due
                .map_or_else(|| "—".into(), |d| wording::date(cx.lang, d)),
            item: cx
                .agenda
                .items
                .get(x.item)
                .map_or_else(String::new, |it| format!("{}. {}", x.item + 1, it.title)),
            item_number: x.item + 1,
        })
        .collect()
}

fn talanoa(cx: &Context<'_>, i: usize, it: &Item) -> Vec<Voice> {
    let mut heard = cx.record.statements(i);
    if cx.attribution == Attribution::ChathamHouse {
        // Grouped by option, and within an option by what was said: the
        // order of speaking would point at who spoke.
        heard.sort_by(|x, y| (x.0, &x.2.statement).cmp(&(y.0, &y.2.statement)));
    }
    heard
        .into_iter()
        .filter_map(|(o, m, p)| {
            let member = cx.agenda.members.get(m)?;
            Some(Voice {
                speaker: wording::speaker(
                    cx.lang,
                    member.name_in(cx.lang),
                    member.role,
                    cx.attribution,
                ),
                option: it.options.get(o)?.title.clone(),
                text: cx.said(p.statement.as_deref()?),
            })
        })
        .collect()
}

fn speaking(cx: &Context<'_>, i: usize) -> Vec<(String, String)> {
    let (a, r) = (cx.agenda, cx.record);
    let times: Vec<(usize, u64)> = (0..a.members.len())
        .map(|m| (m, r.seconds_spoken(i, m)))
        .filter(|(_, s)| *s > 0)
        .collect();
    if times.is_empty() {
        return Vec::new();
    }
    if cx.attribution == Attribution::ChathamHouse {
        let total: u64 = times.iter().map(|(_, s)| s).sum();
        return vec![(tr!(cx.lang, "all-speakers"), wording::duration(total))];
    }
    times
        .into_iter()
        .filter_map(|(m, s)| {
            let name = a.members.get(m)?.name_in(cx.lang).to_string();
            Some((name, wording::duration(s)))
        })
        .collect()
}

fn item(cx: &Context<'_>, i: usize, it: &Item, all: &[ActionRow]) -> ItemMinutes {
    ItemMinutes {
        number: i + 1,
        title: it.title.clone(),
        background: it.background.clone(),
        questions: it.questions.clone(),
        talanoa: talanoa(cx, i, it),
        speaking: speaking(cx, i),
        options: (0..it.options.len())
            .map(|o| option(cx, i, o, it))
            .collect(),
        outcome: outcome(cx, i, it),
        actions: all
            .iter()
            .filter(|x| x.item_number == i + 1)
            .cloned()
            .collect(),
    }
}

/// "The Meeting: endorsed the plan. Option adopted: the Informal Option."
fn outcome(cx: &Context<'_>, i: usize, it: &Item) -> String {
    let Some(out) = cx.record.outcomes.get(i).and_then(Option::as_ref) else {
        return tr!(cx.lang, "no-outcome");
    };
    let lang = cx.lang;
    let words = wording::clause(lang, &cx.said(&out.text));
    let mut s = tr!(lang, "outcome-words", clause = &words);
    if let Some((o, opt)) = out.option.and_then(|o| Some((o, it.options.get(o)?))) {
        s.push_str(&tr!(lang, "option-adopted", title = opt.title.trim()));
        let status = cx.record.status(cx.agenda, i, o);
        if let Some(d) = wording::despite(lang, status, &opt.title, out.despite_status) {
            s.push_str(&format!(" {}.", wording::capitalise(&d)));
        }
    }
    s
}

fn option(cx: &Context<'_>, i: usize, o: usize, it: &Item) -> OptionMinutes {
    let opt = it.options.get(o);
    let title = opt.map_or_else(String::new, |x| x.title.clone());
    let tally = cx.record.tally(cx.agenda, i, o);
    let status = tally.status(cx.agenda.meeting.rule);
    OptionMinutes {
        number: format!("{}.{}", i + 1, o + 1),
        summary: opt.and_then(|x| x.summary.clone()),
        status,
        sentence: super::amended::proposed(cx, i, o, &title)
            .into_iter()
            .chain([wording::outcome(
                cx.lang,
                status,
                cx.agenda.meeting.rule,
                &cx.holders(i, o),
                &title,
            )])
            .chain(adopted_despite(cx, i, o, &title))
            .collect::<Vec<_>>()
            .join(" "),
        positions: positions(cx, i, o),
        bar: (cx.attribution == Attribution::Attributed).then_some(tally),
        title,
    }
}

/// "The Chair recorded the adoption of the Informal Option although no
/// decision had been reached on it.", after the status sentence of an
/// option the outcome adopted despite its status, so that the option's
/// own sentence never reads as if it were not adopted.
fn adopted_despite(cx: &Context<'_>, i: usize, o: usize, title: &str) -> Option<String> {
    let out = cx.record.outcomes.get(i).and_then(Option::as_ref)?;
    (out.option == Some(o)).then_some(())?;
    let status = cx.record.status(cx.agenda, i, o);
    let d = wording::despite(cx.lang, status, title, out.despite_status)?;
    Some(format!("{}.", wording::capitalise(&d)))
}

/// Who held which position: stances in scale order, then not heard and
/// absent, for members, then for each other role.
fn positions(cx: &Context<'_>, i: usize, o: usize) -> Vec<(String, String)> {
    let (a, r, attribution, lang) = (cx.agenda, cx.record, cx.attribution, cx.lang);
    let of = people::members_present(a, r);
    let mut rows = Vec::new();
    for role in std::iter::once(Role::Member).chain(people::OTHERS) {
        let pick = |f: &dyn Fn(usize) -> bool| -> Vec<String> {
            a.members
                .iter()
                .enumerate()
                .filter(|(m, x)| x.role == role && f(*m))
                .map(|(_, x)| x.name_in(lang).to_string())
                .collect()
        };
        let say = |names: Vec<String>| match attribution {
            Attribution::Attributed => names.join(", "),
            Attribution::ChathamHouse => people::counted(lang, role, names.len(), of),
        };
        let tag = match role {
            Role::Member => String::new(),
            _ => tr!(lang, "role-tag", roles = &wording::role_nouns(lang, role).1),
        };
        let stance_of = |m: usize| r.position(i, o, m).and_then(|p| p.stance);
        for s in 0..a.stances.len() {
            let names = pick(&|m| !r.is_absent(m) && stance_of(m) == Some(s));
            if !names.is_empty() {
                let label = a.stance_label(s, lang).unwrap_or_default();
                rows.push((format!("{label}{tag}"), say(names)));
            }
        }
        let unheard = pick(&|m| !r.is_absent(m) && stance_of(m).is_none());
        if !unheard.is_empty() && role == Role::Member {
            rows.push((tr!(lang, "not-yet-heard"), say(unheard)));
        }
        let absent = pick(&|m| r.is_absent(m));
        if !absent.is_empty() {
            rows.push((tr!(lang, "absent", tag = &tag), say(absent)));
        }
    }
    rows
}
