//! Undo and redo on the screen: they say what they did ("undid #12:
//! Tuvalu on 2.1 Diplomatic Option — was Supports with reservations, now
//! not yet heard") and move the selection to the item, option and member
//! the change was about.

use super::app::{App, Source, Tone};
use crate::agenda::Agenda;
use crate::session::{Change, Record};
use crate::text::inert_line;

/// Where a change happened, as indices (what of it is known).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Place {
    /// Item index.
    pub item: Option<usize>,
    /// Option index within the item.
    pub option: Option<usize>,
    /// Member index.
    pub member: Option<usize>,
}

fn stance_label(a: &Agenda, id: Option<&str>) -> String {
    id.and_then(|s| a.stance_index(s))
        .and_then(|s| a.stances.get(s))
        .map_or_else(|| "not yet heard".into(), |s| inert_line(&s.label))
}

/// Where a change is, and a few words for it: "Tuvalu on 2.1 Diplomatic".
pub fn describe(a: &Agenda, change: &Change) -> (Place, String) {
    let item = |id: &str| a.item_index(id);
    let member = |id: &str| a.member_index(id);
    let name = |m: Option<usize>| {
        m.and_then(|m| a.members.get(m))
            .map_or_else(String::new, |m| inert_line(&m.name))
    };
    match change {
        Change::Position {
            item: i,
            option: o,
            member: m,
            ..
        }
        | Change::Statement {
            item: i,
            option: o,
            member: m,
            ..
        } => {
            let item = item(i);
            let it = item.and_then(|n| a.items.get(n));
            let option = it.and_then(|it| it.option_index(o));
            let member = member(m);
            let title = it
                .zip(option)
                .and_then(|(it, n)| it.options.get(n))
                .map_or_else(String::new, |o| inert_line(&o.title));
            let at = format!(
                "{}.{} {title}",
                item.map_or(0, |n| n + 1),
                option.map_or(0, |n| n + 1)
            );
            let what = if matches!(change, Change::Statement { .. }) {
                format!("{}'s statement on {at}", name(member))
            } else {
                format!("{} on {at}", name(member))
            };
            (
                Place {
                    item,
                    option,
                    member,
                },
                what,
            )
        }
        Change::Attendance { member: m, present } => {
            let member = member(m);
            let word = if *present { "present" } else { "absent" };
            let place = Place {
                member,
                ..Place::default()
            };
            (place, format!("{} marked {word}", name(member)))
        }
        Change::Spoke {
            item: i, member: m, ..
        } => {
            let (item, member) = (item(i), member(m));
            let place = Place {
                item,
                member,
                ..Place::default()
            };
            let n = item.map_or(0, |n| n + 1);
            (
                place,
                format!("{}'s speaking time on item {n}", name(member)),
            )
        }
        Change::Outcome { item: i, .. } => {
            let item = item(i);
            let n = item.map_or(0, |n| n + 1);
            let place = Place {
                item,
                ..Place::default()
            };
            (place, format!("the outcome of item {n}"))
        }
        Change::Action { item: i, text, .. } => {
            let item = item(i);
            let n = item.map_or(0, |n| n + 1);
            let place = Place {
                item,
                ..Place::default()
            };
            (place, format!("action on item {n}: {}", inert_line(text)))
        }
        other => (Place::default(), other.kind().to_string()),
    }
}

/// What a position was and is: "was Supports, now not yet heard".
fn was_now(a: &Agenda, r: &Record, change: &Change, place: Place, undo: bool) -> String {
    let Change::Position { stance, .. } = change else {
        return String::new();
    };
    let then = stance_label(a, stance.as_deref());
    if !undo {
        return format!(" — {then} again");
    }
    let now = match (place.item, place.option, place.member) {
        (Some(i), Some(o), Some(m)) => {
            let s = r.position(i, o, m).and_then(|p| p.stance);
            stance_label(a, s.and_then(|s| a.stances.get(s)).map(|s| s.id.as_str()))
        }
        _ => String::new(),
    };
    format!(" — was {then}, now {now}")
}

impl App {
    pub(crate) fn undo_redo(&mut self, undo: bool) {
        let now = (self.clock)();
        let Source::Chair(session) = &mut self.source else {
            return;
        };
        let result = if undo {
            session.undo(&self.by, now)
        } else {
            session.redo(&self.by, now)
        };
        let word = if undo { "undo" } else { "redo" };
        let (seq, target) = match result {
            Ok(Some(e)) => match e.change {
                Change::Undo { target } | Change::Redo { target } => (e.seq, target),
                _ => (e.seq, 0),
            },
            Ok(None) => return self.say(Tone::Info, format!("nothing to {word}")),
            Err(e) => return self.refused(&e),
        };
        let snap = self.snap();
        let entry = snap.log.entries().iter().rev().find(|e| e.seq == target);
        let (place, what) = entry.map_or_else(
            || (Place::default(), String::new()),
            |e| {
                let (place, what) = describe(&snap.agenda, &e.change);
                let more = was_now(&snap.agenda, snap.record(), &e.change, place, undo);
                (place, format!(": {what}{more}"))
            },
        );
        let did = if undo { "undid" } else { "redid" };
        self.go_to(place);
        self.say(Tone::Saved, format!("saved #{seq} · {did} #{target}{what}"));
    }

    /// Moves the selection to a place (what of it is known).
    pub(crate) fn go_to(&mut self, place: Place) {
        if let Some(i) = place.item.filter(|i| *i < self.agenda().items.len()) {
            self.go_to_item(i);
        }
        if let Some(o) = place.option.filter(|o| *o < self.option_count()) {
            self.option = o;
        }
        if let Some(pos) = place
            .member
            .and_then(|m| self.roster.iter().position(|r| *r == m))
        {
            self.selected = pos;
        }
    }
}
