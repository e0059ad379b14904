//! Agenda ids to indices, through hash maps built once per record, so that
//! replaying a long log does not scan the agenda for every change.

use rustc_hash::FxHashMap as HashMap;

use super::state::Mismatch;
use crate::agenda::Agenda;

/// Lookup tables for one agenda.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Ids {
    items: HashMap<String, usize>,
    options: Vec<HashMap<String, usize>>,
    members: HashMap<String, usize>,
    stances: HashMap<String, usize>,
}

fn unknown(what: &str, id: &str, valid: impl Iterator<Item = String>) -> Mismatch {
    let ids: Vec<String> = valid.collect();
    Mismatch(crate::msg!(
        "error-unknown-id",
        what = what,
        id = &crate::text::quoted(id),
        ids = &ids.join(", ")
    ))
}

impl Ids {
    /// The tables for an agenda.
    pub fn new(a: &Agenda) -> Ids {
        let pos = |ids: &mut dyn Iterator<Item = String>| {
            ids.enumerate().map(|(n, id)| (id, n)).collect()
        };
        Ids {
            items: pos(&mut a.items.iter().map(|x| x.id.clone())),
            options: a
                .items
                .iter()
                .map(|it| pos(&mut it.options.iter().map(|x| x.id.clone())))
                .collect(),
            members: pos(&mut a.members.iter().map(|x| x.id.clone())),
            stances: pos(&mut a.stances.iter().map(|x| x.id.clone())),
        }
    }

    /// The index of an item.
    pub fn item(&self, a: &Agenda, id: &str) -> Result<usize, Mismatch> {
        self.items
            .get(id)
            .copied()
            .ok_or_else(|| unknown("item", id, a.items.iter().map(|x| x.id.clone())))
    }

    /// The index of an option within item `i`.
    pub fn option(&self, a: &Agenda, i: usize, id: &str) -> Result<usize, Mismatch> {
        self.options
            .get(i)
            .and_then(|o| o.get(id))
            .copied()
            .ok_or_else(|| {
                let item = a.items.get(i);
                let Mismatch(m) = unknown(
                    "option",
                    id,
                    item.into_iter()
                        .flat_map(|it| it.options.iter().map(|x| x.id.clone())),
                );
                Mismatch(crate::msg!(
                    "error-unknown-option-in",
                    message = &m,
                    item = item.map_or("", |it| it.id.as_str())
                ))
            })
    }

    /// The index of a member.
    pub fn member(&self, a: &Agenda, id: &str) -> Result<usize, Mismatch> {
        self.members
            .get(id)
            .copied()
            .ok_or_else(|| unknown("member", id, a.members.iter().map(|x| x.id.clone())))
    }

    /// The index of a stance; the former block id still names `block` on
    /// the default scale (see [`Agenda::stance_index`]).
    pub fn stance(&self, a: &Agenda, id: &str) -> Result<usize, Mismatch> {
        self.stances
            .get(id)
            .copied()
            .or_else(|| a.stance_index(id))
            .ok_or_else(|| unknown("stance", id, a.stances.iter().map(|x| x.id.clone())))
    }

    /// Adds a new item's id at index `i`, with no options yet.
    pub fn add_item(&mut self, id: &str, i: usize) {
        self.items.insert(id.to_string(), i);
        if self.options.len() <= i {
            self.options.resize_with(i + 1, HashMap::default);
        }
    }

    /// Removes the last item's id (an added item taken back).
    pub fn remove_item(&mut self, id: &str) {
        if let Some(i) = self.items.remove(id) {
            self.options.truncate(i);
        }
    }

    /// Adds a new option's id at index `o` of item `i`.
    pub fn add_option(&mut self, i: usize, id: &str, o: usize) {
        if self.options.len() <= i {
            self.options.resize_with(i + 1, HashMap::default);
        }
        if let Some(map) = self.options.get_mut(i) {
            map.insert(id.to_string(), o);
        }
    }

    /// Removes an option's id from item `i`.
    pub fn remove_option(&mut self, i: usize, id: &str) {
        if let Some(map) = self.options.get_mut(i) {
            map.remove(id);
        }
    }

    /// Adds a new member's id at index `m`.
    pub fn add_member(&mut self, id: &str, m: usize) {
        self.members.insert(id.to_string(), m);
    }

    /// Removes a member's id.
    pub fn remove_member(&mut self, id: &str) {
        self.members.remove(id);
    }
}
