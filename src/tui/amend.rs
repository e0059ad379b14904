//! Recording an amendment from the screen, through its session function
//! (the same one `talanoa amend` uses). Amending never moves the
//! selection: the chair stays on the item, option and member they were
//! on, and the status line says where the new option or item is and which
//! key reaches it.

use super::app::{App, Source, Tone};
use super::dialog::Amend;
use crate::agenda::Language;
use crate::session::{AmendError, Change, Entry};
use crate::text::inert_line;
use crate::tr;

impl App {
    /// Records an amendment; whether it was saved (the status line says
    /// where the new thing is, or why nothing was recorded).
    pub(crate) fn amend(&mut self, a: Amend) -> bool {
        let now = (self.clock)();
        let Source::Chair(session) = &mut self.source else {
            self.say(Tone::Error, tr!(self.lang, "status-not-recorded-read-only"));
            return false;
        };
        let by = self.by.as_str();
        // an item with its options ends on an option's change: say the item
        let item_added = matches!(a, Amend::Item(_));
        let result = match a {
            Amend::Option(o) => session.add_option(o, by, now),
            Amend::Item(i) => session.add_item(i, by, now),
            Amend::Member(m) => session.add_member(m, by, now),
            Amend::Rename(r) => session.rename(r, by, now),
        }
        .cloned();
        match result {
            Ok(entry) => {
                self.refresh_roster();
                let saved = tr!(
                    self.lang,
                    "status-saved",
                    seq = entry.seq,
                    time = self.zone.clock_seconds(entry.at).as_str()
                );
                let where_ = self.where_added(&entry, item_added);
                self.say(Tone::Saved, format!("{saved} · {where_}"));
                true
            }
            Err(AmendError::Session(e)) => {
                self.refused(&e);
                false
            }
            Err(e) => {
                let reason = e.to_string();
                self.say(
                    Tone::Error,
                    tr!(self.lang, "status-not-recorded", error = reason.as_str()),
                );
                false
            }
        }
    }

    /// Where what an amendment added stands, and how to reach it.
    fn where_added(&self, e: &Entry, item_added: bool) -> String {
        let a = self.agenda();
        let lang = self.lang;
        if item_added && let Some(it) = a.items.last() {
            let title = inert_line(&it.title);
            return tr!(
                lang,
                "amend-added-item",
                n = a.items.len(),
                title = title.as_str()
            );
        }
        match &e.change {
            Change::AddOption { item, title, .. } => {
                let i = a.item_index(item).unwrap_or(self.item);
                let n = a.items.get(i).map_or(0, |it| it.options.len());
                let at = format!("{}.{n}", i + 1);
                let title = inert_line(title);
                tr!(
                    lang,
                    "amend-added-option",
                    at = at.as_str(),
                    title = title.as_str()
                )
            }
            Change::AddItem { title, .. } => {
                let title = inert_line(title);
                tr!(
                    lang,
                    "amend-added-item",
                    n = a.items.len(),
                    title = title.as_str()
                )
            }
            Change::AddMember { name, .. } => {
                let name = inert_line(name);
                tr!(lang, "amend-added-member", name = name.as_str())
            }
            Change::Rename { text, .. } => {
                let text = inert_line(text);
                tr!(lang, "amend-corrected", text = text.as_str())
            }
            _ => String::new(),
        }
    }
}

/// A few words for an amendment, for the status line of its undo or redo:
/// "the option “Chair's compromise”"; `None` for any other change.
pub(crate) fn described(c: &Change, lang: Language) -> Option<String> {
    let (id, text) = match c {
        Change::AddOption { title, .. } => ("amend-undo-option", title),
        Change::AddItem { title, .. } => ("amend-undo-item", title),
        Change::AddMember { name, .. } => ("amend-undo-member", name),
        Change::Rename { text, .. } => ("amend-undo-rename", text),
        _ => return None,
    };
    let text = inert_line(text);
    Some(tr!(lang, id, text = text.as_str()))
}
