//! One item of the Outcomes: its heading, the sentence introducing it (or
//! the procedural sentence that says all, for the adoption of the agenda
//! and other business), then "The Meeting:" and its lettered entries.

use crate::agenda::{Item, ItemKind, Language};
use crate::i18n::fr;
use crate::tr;

use super::context::Context;
use super::outcomes::{Block, Writer};
use super::people;
use super::wording::{self, clause};

/// An item: its heading, its introduction, "The Meeting:" and its entries.
pub(super) fn item(cx: &Context<'_>, w: &mut Writer, i: usize, it: &Item) {
    w.blocks.push(Block::Heading(tr!(
        cx.lang,
        "item-heading",
        n = i + 1,
        title = &it.title.split_whitespace().collect::<Vec<_>>().join(" ")
    )));
    let entries = entries(cx, i, it);
    // An item the meeting added exists because someone raised it: it reads
    // as a substantive item, never as "No other business was raised.".
    let kind = it.kind.filter(|_| !cx.record.amended.items.contains(&i));
    if procedural(cx, w, kind, i, it) {
        return;
    }
    if entries.is_empty() {
        w.para(tr!(cx.lang, "no-outcome"));
    } else {
        w.meeting(entries);
    }
}

/// The opening paragraph of an item; `true` when that paragraph says all
/// there is to say (an agenda adopted, no other business raised).
fn procedural(
    cx: &Context<'_>,
    w: &mut Writer,
    kind: Option<ItemKind>,
    i: usize,
    it: &Item,
) -> bool {
    let lang = cx.lang;
    let recorded = cx.record.outcomes.get(i).is_some_and(Option::is_some)
        || cx.record.actions.iter().any(|a| a.item == i);
    let heard = (0..it.options.len()).any(|o| {
        (0..cx.agenda.members.len()).any(|m| {
            cx.record
                .position(i, o, m)
                .is_some_and(|p| p.stance.is_some())
        })
    });
    match kind {
        Some(ItemKind::AdoptionOfAgenda) if !recorded => {
            let agreed = (0..it.options.len())
                .all(|o| crate::session::agreed(cx.record.status(cx.agenda, i, o)));
            let said = if agreed {
                "adopted-agenda"
            } else if untouched_only(cx, i, it) {
                "adoption-not-recorded"
            } else {
                return false;
            };
            w.para(tr!(lang, said));
            true
        }
        Some(ItemKind::AdoptionOfAgenda) => false,
        Some(ItemKind::OtherBusiness) if !recorded && !heard && !added_any(cx) => {
            w.para(tr!(lang, "no-other-business-raised"));
            true
        }
        Some(ItemKind::OtherBusiness) => {
            w.para(tr!(lang, "invited-other-business"));
            // Raised only as items of their own, which follow.
            !recorded && !heard
        }
        None => {
            w.para(introduction(lang, it));
            false
        }
    }
}

/// Whether the meeting added any item: then other business was raised.
pub(super) fn added_any(cx: &Context<'_>) -> bool {
    !cx.record.amended.items.is_empty()
}

/// Whether no option of the item has been taken up at all.
fn untouched_only(cx: &Context<'_>, i: usize, it: &Item) -> bool {
    (0..it.options.len()).all(|o| {
        let h = cx.holders(i, o);
        h.untouched() && h.pending.is_empty() && h.block.is_empty()
    })
}

fn introduction(lang: Language, it: &Item) -> String {
    let titles: Vec<String> = it
        .options
        .iter()
        .map(|o| o.title.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect();
    let list = wording::join_names(lang, &titles);
    match titles.len() {
        0 => tr!(lang, "introduced-item"),
        1 => tr!(lang, "introduced-proposal", titles = &list),
        n => tr!(
            lang,
            "introduced-options",
            count = &wording::number(lang, n),
            titles = &list
        ),
    }
}

/// The lettered entries: the chair's words as written, a plain word when
/// an option was adopted despite its status, one entry per option from
/// its status, then the actions arising. An option adopted despite its
/// status gets that plain word only: its status entry would contradict
/// the adoption.
fn entries(cx: &Context<'_>, i: usize, it: &Item) -> Vec<String> {
    let a = cx.agenda;
    let mut out = Vec::new();
    let noted = chair_entries(cx, i, it, &mut out);
    let mut untouched = Vec::new();
    for (o, opt) in it.options.iter().enumerate() {
        out.extend(super::amended::proposed_entry(cx, i, o, &opt.title));
        if noted == Some(o) {
            continue;
        }
        let holders = cx.holders(i, o);
        if holders.untouched() && holders.pending.is_empty() && holders.block.is_empty() {
            untouched.push(opt.title.clone());
            continue;
        }
        let status = cx.record.status(a, i, o);
        out.push(wording::entry(
            cx.lang,
            status,
            a.meeting.rule,
            &holders,
            &opt.title,
        ));
    }
    if !untouched.is_empty() {
        out.push(wording::untouched(cx.lang, &untouched));
    }
    for x in cx.record.actions.iter().filter(|x| x.item == i) {
        let owner = x
            .owner
            .as_deref()
            .map(|o| cx.said(&people::in_text(a, o, cx.lang)));
        out.push(wording::action(
            cx.lang,
            owner.as_deref(),
            &cx.said(&x.text),
            x.due,
        ));
    }
    out
}

/// The chair's words as written and, when an option was adopted despite
/// its status, a plain word saying so; returns that option while its
/// status still does not allow the adoption.
fn chair_entries(cx: &Context<'_>, i: usize, it: &Item, out: &mut Vec<String>) -> Option<usize> {
    let o = cx.record.outcomes.get(i).and_then(Option::as_ref)?;
    out.push(clause(cx.lang, &cx.said(&o.text)));
    let (x, opt) = o.option.and_then(|x| Some((x, it.options.get(x)?)))?;
    let status = cx.record.status(cx.agenda, i, x);
    let d = wording::despite(cx.lang, status, &opt.title, o.despite_status)?;
    let what = match cx.lang {
        Language::En => d,
        Language::Fr => fr::que(&d),
    };
    out.push(tr!(cx.lang, "entry-noted", what = &what));
    // Once the meeting agreed after all, its status entry (with who joined
    // with reservations) agrees with the adoption and stays.
    (!crate::session::agreed(status)).then_some(x)
}
