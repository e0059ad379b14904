//! What a delegation reads back: every position it holds and has held, with
//! statements, who entered each change and when, and its speaking time.
//! Produces plain lines; the command prints them or shows them in a pager.

use crate::agenda::Agenda;
use crate::session::{Change, Entry, Snapshot, rfc3339};
use crate::text::{inert, inert_line};

/// The review of one member, as lines of text.
pub fn member_lines(snap: &Snapshot, m: usize) -> Vec<String> {
    let a = &snap.agenda;
    let r = snap.record();
    let Some(member) = a.members.get(m) else {
        return Vec::new();
    };
    let role = member.role.label();
    let group = member
        .group
        .as_deref()
        .map(|g| format!(", {}", inert_line(g)))
        .unwrap_or_default();
    let presence = if r.is_absent(m) { "absent" } else { "present" };
    let mut out = vec![format!(
        "{} ({}): {role}{group}, {presence}",
        inert_line(&member.name),
        member.id
    )];
    out.push("  Current positions:".into());
    let mut any = false;
    for ((i, o, mm), p) in r.sorted_positions() {
        if *mm != m {
            continue;
        }
        any = true;
        let (item, option) = ids(a, *i, *o);
        let stance = p
            .stance
            .and_then(|s| a.stances.get(s))
            .map_or("not yet heard".to_string(), |s| {
                format!("{} [{}]", inert_line(&s.label), s.id)
            });
        out.push(format!(
            "    {item} / {option}: {stance} (recorded {} by {})",
            rfc3339(&p.at),
            inert_line(&p.by)
        ));
        if let Some(st) = &p.statement {
            out.extend(quoted(st, 6));
        }
    }
    if !any {
        out.push("    none recorded".into());
    }
    out.push("  History (oldest first):".into());
    let history = history(snap, &member.id);
    if history.is_empty() {
        out.push("    no change recorded".into());
    }
    out.extend(history);
    out.push("  Speaking time:".into());
    let spoken: Vec<String> = r
        .spoken
        .iter()
        .filter(|((_, mm), _)| *mm == m)
        .map(|((i, _), s)| format!("    {}: {}", ids(a, *i, usize::MAX).0, duration(*s)))
        .collect();
    if spoken.is_empty() {
        out.push("    none recorded".into());
    }
    out.extend(spoken);
    out
}

/// The review of every member (or one), separated by blank lines.
pub fn lines(snap: &Snapshot, member: Option<usize>) -> Vec<String> {
    let a = &snap.agenda;
    let mut out = vec![
        format!("{}: the record of positions", inert_line(&a.meeting.title)),
        match snap.log.len() {
            1 => format!("session {}, 1 change", snap.path.display()),
            n => format!("session {}, {n} changes", snap.path.display()),
        },
        String::new(),
    ];
    let members: Vec<usize> = match member {
        Some(m) => vec![m],
        None => (0..a.members.len()).collect(),
    };
    for m in members {
        out.extend(member_lines(snap, m));
        out.push(String::new());
    }
    out
}

/// "2m 05s".
pub fn duration(seconds: u64) -> String {
    format!("{}m {:02}s", seconds / 60, seconds % 60)
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

fn label(a: &Agenda, id: &str) -> String {
    a.stance_index(id)
        .and_then(|n| a.stances.get(n))
        .map_or_else(
            || id.to_string(),
            |s| format!("{} [{}]", inert_line(&s.label), s.id),
        )
}

/// Every change about a member, with undo and redo of those changes.
fn history(snap: &Snapshot, member: &str) -> Vec<String> {
    let a = &snap.agenda;
    let entries = snap.log.entries();
    let mine: Vec<i64> = entries
        .iter()
        .filter(|e| e.change.member() == Some(member))
        .map(|e| e.seq)
        .collect();
    let mut out = Vec::new();
    for e in entries {
        let line = match &e.change {
            c if c.member() == Some(member) => describe(a, e),
            Change::Undo { target } if mine.contains(target) => Some(format!("undid #{target}")),
            Change::Redo { target } if mine.contains(target) => Some(format!("redid #{target}")),
            _ => None,
        };
        if let Some(what) = line {
            out.push(format!(
                "    #{} {} by {}: {what}",
                e.seq,
                rfc3339(&e.at),
                inert_line(&e.by)
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

fn describe(a: &Agenda, e: &Entry) -> Option<String> {
    Some(match &e.change {
        Change::Position {
            item,
            option,
            stance: Some(s),
            statement,
            ..
        } => {
            let with = if statement.is_some() {
                ", with a statement"
            } else {
                ""
            };
            format!("{item} / {option}: {}{with}", label(a, s))
        }
        Change::Position {
            item,
            option,
            stance: None,
            ..
        } => format!("{item} / {option}: stance cleared"),
        Change::Statement {
            item, option, text, ..
        } if text.trim().is_empty() => format!("{item} / {option}: statement removed"),
        Change::Statement { item, option, .. } => format!("{item} / {option}: statement"),
        Change::Attendance { present: true, .. } => "marked present".into(),
        Change::Attendance { present: false, .. } => "marked absent".into(),
        Change::Spoke { item, seconds, .. } => format!("{item}: spoke for {}", duration(*seconds)),
        _ => return None,
    })
}
