//! Undo and redo on the screen: they say what they did ("undid #12:
//! Tuvalu on 2.1 Diplomatic Option — was Supports with reservations, now
//! not yet heard") and move the selection to the item, option and member
//! the change was about.

use super::app::{App, Source, Tone};
use crate::agenda::{Agenda, Language};
use crate::session::{Change, Record};
use crate::text::inert_line;
use crate::tr;

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

fn stance_label(a: &Agenda, id: Option<&str>, lang: Language) -> String {
    id.and_then(|s| a.stance_index(s))
        .and_then(|s| a.stance_label(s, lang))
        .map_or_else(|| tr!(lang, "screen-not-heard"), |s| inert_line(&s))
}

/// Where a change is, and a few words for it in `lang`: "Tuvalu on 2.1
/// Diplomatic".
pub fn describe(a: &Agenda, change: &Change, lang: Language) -> (Place, String) {
    let item = |id: &str| a.item_index(id);
    let member = |id: &str| a.member_index(id);
    let name = |m: Option<usize>| {
        m.and_then(|m| a.members.get(m))
            .map_or_else(String::new, |m| inert_line(m.name_in(lang)))
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
            let id = if matches!(change, Change::Statement { .. }) {
                "screen-did-statement"
            } else {
                "screen-did-position"
            };
            let what = tr!(lang, id, name = &name(member), at = &at);
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
            let id = if *present {
                "screen-did-present"
            } else {
                "screen-did-absent"
            };
            let place = Place {
                member,
                ..Place::default()
            };
            (place, tr!(lang, id, name = &name(member)))
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
                tr!(lang, "screen-did-spoke", name = &name(member), n = n),
            )
        }
        Change::Outcome { item: i, .. } => {
            let item = item(i);
            let n = item.map_or(0, |n| n + 1);
            let place = Place {
                item,
                ..Place::default()
            };
            (place, tr!(lang, "screen-did-outcome", n = n))
        }
        Change::Action { item: i, text, .. } => {
            let item = item(i);
            let n = item.map_or(0, |n| n + 1);
            let place = Place {
                item,
                ..Place::default()
            };
            let text = inert_line(text);
            (place, tr!(lang, "screen-did-action", n = n, text = &text))
        }
        Change::WithdrawAction { item: i, action } => {
            let item = item(i);
            let n = item.map_or(0, |n| n + 1);
            let place = Place {
                item,
                ..Place::default()
            };
            let seq = action.to_string();
            (
                place,
                tr!(lang, "screen-did-withdraw-action", n = n, seq = &seq),
            )
        }
        // an amendment undone or redone never moves the selection
        other => (
            Place::default(),
            super::amend::described(other, lang).unwrap_or_else(|| other.kind().to_string()),
        ),
    }
}

/// What a position was and is: "was Supports, now not yet heard".
fn was_now(
    a: &Agenda,
    r: &Record,
    change: &Change,
    place: Place,
    (undo, lang): (bool, Language),
) -> String {
    let Change::Position { stance, .. } = change else {
        return String::new();
    };
    let then = stance_label(a, stance.as_deref(), lang);
    if !undo {
        return format!(" — {}", tr!(lang, "screen-again", stance = &then));
    }
    let now = match (place.item, place.option, place.member) {
        (Some(i), Some(o), Some(m)) => {
            let s = r.position(i, o, m).and_then(|p| p.stance);
            let id = s.and_then(|s| a.stances.get(s)).map(|s| s.id.as_str());
            stance_label(a, id, lang)
        }
        _ => String::new(),
    };
    format!(
        " — {}",
        tr!(lang, "screen-was-now", was = &then, now = &now)
    )
}

impl App {
    pub(crate) fn undo_redo(&mut self, undo: bool) {
        let now = (self.clock)();
        if undo && let Some(why) = self.undo_drops_timer() {
            return self.say(Tone::Error, why);
        }
        let before = self.snap().log.next_seq();
        let Source::Chair(session) = &mut self.source else {
            return;
        };
        let result = if undo {
            session.undo(&self.by, now)
        } else {
            session.redo(&self.by, now)
        };
        let (seq, target) = match result {
            Ok(Some(e)) => match e.change {
                Change::Undo { target } | Change::Redo { target } => (e.seq, target),
                _ => (e.seq, 0),
            },
            Ok(None) => return self.nothing_to(undo),
            Err(e) => return self.refused(&e),
        };
        self.refresh_roster();
        let lang = self.lang;
        let snap = self.snap();
        let entry = snap.log.entries().iter().rev().find(|e| e.seq == target);
        let (place, what) = entry.map_or_else(
            || (Place::default(), String::new()),
            |e| {
                let (place, what) = describe(&snap.agenda, &e.change, lang);
                let more = was_now(&snap.agenda, snap.record(), &e.change, place, (undo, lang));
                (place, format!("{what}{more}"))
            },
        );
        // an add-item is taken back (or brought back) with its options
        let options = snap.log.next_seq() - before - 1;
        let what = match options {
            1.. => tr!(lang, "amend-undo-with-options", what = &what, n = options),
            _ => what,
        };
        let id = if undo { "status-undid" } else { "status-redid" };
        self.go_to(place);
        let did = tr!(lang, id, seq = seq, target = target);
        let said = if what.is_empty() {
            did
        } else {
            tr!(lang, "status-did-what", did = &did, what = &what)
        };
        self.say(Tone::Saved, said);
    }

    /// Says there is nothing to undo (or redo).
    fn nothing_to(&mut self, undo: bool) {
        let id = if undo {
            "status-nothing-to-undo"
        } else {
            "status-nothing-to-redo"
        };
        self.say(Tone::Info, tr!(self.lang, id));
    }

    /// Why an undo now would take back the member or item being timed (an
    /// add-member or add-item): the time spoken would be lost, so nothing
    /// is undone and the timer runs on until Space stops and records it.
    fn undo_drops_timer(&self) -> Option<String> {
        let t = self.timer?;
        let (snap, a) = (self.snap(), self.agenda());
        // an add-item is undone with its options: look at all it wrote
        let drops = snap.log.undo_entries().iter().any(|e| match &e.change {
            Change::AddMember { member, .. } => a.member_index(member) == Some(t.member),
            Change::AddItem { item, .. } => a.item_index(item) == Some(t.item),
            _ => false,
        });
        let name = a.members.get(t.member)?.name_in(self.lang);
        let name = inert_line(name);
        drops.then(|| tr!(self.lang, "amend-undo-timing", name = name.as_str()))
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
