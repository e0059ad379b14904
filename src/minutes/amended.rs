//! What the meeting changed as it ran, in the Summary record's words: an
//! option proposed in the meeting (by whom, unless under the Chatham House
//! Rule) and the corrections annex. Names are the agenda's as amended, so
//! a corrected name is used everywhere.

use crate::agenda::Attribution;
use crate::session::Field;
use crate::tr;

use super::context::Context;

/// "Chair's compromise was proposed in the meeting by Fiji." for an option
/// added in the meeting; `None` for an option of the agenda.
pub(super) fn proposed(cx: &Context<'_>, i: usize, o: usize, title: &str) -> Option<String> {
    let who = proposer(cx, i, o)?;
    let title = title.trim();
    Some(match who {
        Some(who) => tr!(cx.lang, "option-proposed-by", title = title, who = &who),
        None => tr!(cx.lang, "option-proposed", title = title),
    })
}

/// The Outcomes' entry for an option added in the meeting: "noted that
/// Chair's compromise was proposed in the meeting by Fiji".
pub(super) fn proposed_entry(cx: &Context<'_>, i: usize, o: usize, title: &str) -> Option<String> {
    let who = proposer(cx, i, o)?;
    let title = title.trim();
    Some(match who {
        Some(who) => tr!(cx.lang, "entry-proposed-by", title = title, who = &who),
        None => tr!(cx.lang, "entry-proposed", title = title),
    })
}

/// `None` for an option of the agenda; for one added in the meeting, who
/// proposed it as named in a sentence (`Some(None)`: unnamed, under the
/// Chatham House Rule or when nobody was given).
fn proposer(cx: &Context<'_>, i: usize, o: usize) -> Option<Option<String>> {
    let p = cx.record.amended.options.get(&(i, o))?;
    Some(match cx.attribution {
        Attribution::ChathamHouse => None,
        Attribution::Attributed => p
            .member
            .and_then(|m| cx.agenda.members.get(m))
            .map(|m| m.in_text_in(cx.lang).to_string())
            .or_else(|| {
                let words = p.proposer.as_deref()?;
                Some(if p.by_chair() {
                    tr!(cx.lang, "proposer-the-chair")
                } else {
                    cx.said(words)
                })
            }),
    })
}

/// One sentence per correction in effect, in the order made. Under the
/// Chatham House Rule a delegation's corrected name is not repeated.
pub(super) fn corrections(cx: &Context<'_>) -> Vec<String> {
    let lang = cx.lang;
    cx.record
        .amended
        .corrections
        .iter()
        .map(|c| {
            let was = c.was.as_deref().unwrap_or("").trim();
            let now = c.now.trim();
            let place = c.place.and_then(|(i, o)| {
                let it = cx.agenda.items.get(i)?;
                Some(match o {
                    Some(o) => it.options.get(o)?.title.clone(),
                    None => it.title.clone(),
                })
            });
            match (c.member, c.field) {
                (Some(_), _) if cx.attribution == Attribution::ChathamHouse => {
                    tr!(lang, "correction-unnamed")
                }
                (Some(_), Field::NameInText) => {
                    tr!(lang, "correction-name-in-text", was = was, now = now)
                }
                (_, Field::Summary) => tr!(
                    lang,
                    "correction-summary",
                    title = place.as_deref().unwrap_or("").trim()
                ),
                _ => tr!(lang, "correction-text", was = was, now = now),
            }
        })
        .collect()
}
