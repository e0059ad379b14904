//! What a delegation reads back: every position it holds and has held, with
//! statements, who entered each change and when, and its speaking time.
//! Produces plain lines, in the reader's language (agenda text as written),
//! times in the meeting's time zone; the command prints them or shows them
//! in a pager.

use crate::agenda::{Agenda, Language};
use crate::session::{Change, Entry, Snapshot};
use crate::text::{inert, inert_line};
use crate::time::MeetingZone;
use crate::tr;

/// The review of one member, as lines of text.
pub fn member_lines(snap: &Snapshot, m: usize, lang: Language) -> Vec<String> {
    let a = &snap.agenda;
    let r = snap.record();
    let zone = MeetingZone::of(a);
    let Some(member) = a.members.get(m) else {
        return Vec::new();
    };
    let role = tr!(lang, &format!("role-one-{}", member.role.as_str()));
    let group = member
        .group
        .as_deref()
        .map(|g| format!(", {}", inert_line(g)))
        .unwrap_or_default();
    let presence = tr!(
        lang,
        if r.is_absent(m) {
            "review-absent"
        } else {
            "review-present"
        }
    );
    let mut out = vec![tr!(
        lang,
        "review-member",
        name = &inert_line(member.name_in(lang)),
        id = &member.id,
        role = &role,
        group = &group,
        presence = &presence
    )];
    out.push(tr!(lang, "review-current"));
    let mut any = false;
    for ((i, o, mm), p) in r.sorted_positions() {
        if *mm != m {
            continue;
        }
        any = true;
        let (item, option) = ids(a, *i, *o);
        let stance = p
            .stance
            .and_then(|s| label_at(a, s, lang))
            .unwrap_or_else(|| tr!(lang, "review-not-heard"));
        out.push(format!(
            "    {}",
            tr!(
                lang,
                "review-position",
                item = &item,
                option = &option,
                stance = &stance,
                at = &zone.rfc3339(p.at),
                by = &inert_line(&p.by)
            )
        ));
        if let Some(st) = &p.statement {
            out.extend(quoted(st, 6));
        }
    }
    if !any {
        out.push(tr!(lang, "review-none"));
    }
    out.push(tr!(lang, "review-history"));
    let history = history(snap, &member.id, lang);
    if history.is_empty() {
        out.push(tr!(lang, "review-no-change"));
    }
    out.extend(history);
    out.push(tr!(lang, "review-speaking"));
    let spoken: Vec<String> = r
        .spoken
        .iter()
        .filter(|((_, mm), _)| *mm == m)
        .map(|((i, _), s)| format!("    {}: {}", ids(a, *i, usize::MAX).0, duration(*s, lang)))
        .collect();
    if spoken.is_empty() {
        out.push(tr!(lang, "review-none"));
    }
    out.extend(spoken);
    out
}

/// The review of every member (or one), separated by blank lines.
pub fn lines(snap: &Snapshot, member: Option<usize>, lang: Language) -> Vec<String> {
    let a = &snap.agenda;
    let path = snap.path.display().to_string();
    let mut out = vec![
        tr!(lang, "review-title", title = &inert_line(&a.meeting.title)),
        tr!(lang, "review-session", path = &path, n = snap.log.len()),
        String::new(),
    ];
    let members: Vec<usize> = match member {
        Some(m) => vec![m],
        None => (0..a.members.len()).collect(),
    };
    for m in members {
        out.extend(member_lines(snap, m, lang));
        out.push(String::new());
    }
    out
}

/// "2m 05s" ("2 min 05 s").
pub fn duration(seconds: u64, lang: Language) -> String {
    let (m, s) = ((seconds / 60).to_string(), format!("{:02}", seconds % 60));
    tr!(lang, "review-duration", m = &m, s = &s)
}

fn ids(a: &Agenda, i: usize, o: usize) -> (String, String) {
    let item = a.items.get(i);
    (
        item.map_or_else(|| "?".into(), |x| x.id.clone()),
        item.and_then(|x| x.options.get(o))
            .map_or_else(String::new, |x| x.id.clone()),
    )
}

fn quoted(text: &str, indent: usize) -> Vec<String> {
    inert(text)
        .lines()
        .map(|l| format!("{:indent$}> {l}", ""))
        .collect()
}

/// A stance's words in `lang` and its id: "Soutient [support]".
fn label_at(a: &Agenda, n: usize, lang: Language) -> Option<String> {
    let s = a.stances.get(n)?;
    let label = a.stance_label(n, lang)?;
    Some(format!("{} [{}]", inert_line(&label), s.id))
}

fn label(a: &Agenda, id: &str, lang: Language) -> String {
    a.stance_index(id)
        .and_then(|n| label_at(a, n, lang))
        .unwrap_or_else(|| id.to_string())
}

/// Every change about a member, with undo and redo of those changes.
fn history(snap: &Snapshot, member: &str, lang: Language) -> Vec<String> {
    let a = &snap.agenda;
    let zone = MeetingZone::of(a);
    let entries = snap.log.entries();
    let mine: Vec<i64> = entries
        .iter()
        .filter(|e| e.change.member() == Some(member))
        .map(|e| e.seq)
        .collect();
    let mut out = Vec::new();
    for e in entries {
        let line = match &e.change {
            c if c.member() == Some(member) => describe(a, e, lang),
            Change::Undo { target } if mine.contains(target) => {
                Some(tr!(lang, "review-undid", target = *target))
            }
            Change::Redo { target } if mine.contains(target) => {
                Some(tr!(lang, "review-redid", target = *target))
            }
            _ => None,
        };
        if let Some(what) = line {
            out.push(format!(
                "    {}",
                tr!(
                    lang,
                    "review-change",
                    seq = e.seq,
                    at = &zone.rfc3339(e.at),
                    by = &inert_line(&e.by),
                    what = &what
                )
            ));
            if let Change::Position {
                statement: Some(t), ..
            }
            | Change::Statement { text: t, .. } = &e.change
            {
                out.extend(quoted(t, 8));
            }
        }
    }
    out
}

fn describe(a: &Agenda, e: &Entry, lang: Language) -> Option<String> {
    Some(match &e.change {
        Change::Position {
            item,
            option,
            stance: Some(s),
            statement,
            ..
        } => {
            let id = if statement.is_some() {
                "review-stance-statement"
            } else {
                "review-stance"
            };
            tr!(
                lang,
                id,
                item = item,
                option = option,
                stance = &label(a, s, lang)
            )
        }
        Change::Position {
            item,
            option,
            stance: None,
            ..
        } => tr!(lang, "review-cleared", item = item, option = option),
        Change::Statement {
            item, option, text, ..
        } if text.trim().is_empty() => {
            tr!(
                lang,
                "review-statement-removed",
                item = item,
                option = option
            )
        }
        Change::Statement { item, option, .. } => {
            tr!(lang, "review-statement", item = item, option = option)
        }
        Change::Attendance { present: true, .. } => tr!(lang, "review-marked-present"),
        Change::Attendance { present: false, .. } => tr!(lang, "review-marked-absent"),
        Change::Spoke { item, seconds, .. } => {
            tr!(
                lang,
                "review-spoke",
                item = item,
                time = &duration(*seconds, lang)
            )
        }
        Change::WithdrawAction { item, action } => tr!(
            lang,
            "review-action-withdrawn",
            item = item,
            action = &action.to_string()
        ),
        _ => return None,
    })
}
