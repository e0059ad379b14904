//! The `[[stances]]` of an agenda: a custom scale, or the default one.

use std::collections::HashMap;

use super::error::Collector;
use super::model::{RESERVED_KEYS, Stance, default_stances};
use super::parse::UniqueIds;
use super::reader::{TableReader, tables_of};
use crate::consensus::Effect;
use crate::msg;

const STANCE_KEYS: &[&str] = &["id", "label", "key", "effect"];

pub(super) fn stances(c: &mut Collector<'_>, root: &TableReader<'_, '_>) -> Option<Vec<Stance>> {
    if root.get("stances").is_none() {
        return Some(default_stances());
    }
    let (tables, span) = tables_of(c, root, "stances", "stances")?;
    if tables.len() < 2 {
        c.at(&span, msg!("error-agenda-few-stances"));
        return None;
    }
    let mut ids = UniqueIds::new("stance");
    let mut keys: HashMap<char, usize> = HashMap::new();
    let mut out = Vec::new();
    let mut ok = true;
    for (n, r) in tables.iter().enumerate() {
        r.deny_unknown(c, STANCE_KEYS);
        let id = r.required_str(c, "id");
        let label = r.required_str(c, "label");
        let key = stance_key(c, r, &mut keys, n + 1);
        let words = Effect::ALL.map(Effect::as_str);
        let effect = match r.get("effect") {
            None => {
                let m = msg!(
                    "error-agenda-no-effect",
                    name = &r.name,
                    words = &words.join(", ")
                );
                c.at(&r.span, m);
                None
            }
            Some(_) => r.optional_word(c, "effect", &words, Effect::parse),
        };
        let id_span = r.get("id").map_or(r.span.clone(), |v| v.span());
        let unique = id
            .as_ref()
            .is_some_and(|id| ids.check(c, id, &id_span, n + 1));
        match (id, label, key, effect) {
            (Some(id), Some(label), Some(key), Some(effect)) if unique => out.push(Stance {
                id,
                label,
                key,
                effect,
            }),
            _ => ok = false,
        }
    }
    ok.then_some(out)
}

fn stance_key(
    c: &mut Collector<'_>,
    r: &TableReader<'_, '_>,
    seen: &mut HashMap<char, usize>,
    n: usize,
) -> Option<char> {
    let Some(v) = r.get("key") else {
        c.at(&r.span, msg!("error-agenda-no-key", name = &r.name));
        return None;
    };
    let span = v.span();
    let Some(text) = v.get_ref().as_str() else {
        c.at(&span, msg!("error-agenda-key-type", name = &r.name));
        return None;
    };
    let mut chars = text.chars();
    let (Some(key), None) = (chars.next(), chars.next()) else {
        let m = msg!(
            "error-agenda-key-length",
            key = &crate::text::quoted(text),
            name = &r.name
        );
        c.at(&span, m);
        return None;
    };
    if RESERVED_KEYS.contains(&key) {
        let list: String = RESERVED_KEYS
            .iter()
            .map(|k| {
                if *k == ' ' {
                    msg!("error-agenda-key-space")
                } else {
                    k.to_string()
                }
            })
            .collect::<Vec<_>>()
            .join(" ");
        let key = key.to_string();
        let m = msg!(
            "error-agenda-key-reserved",
            key = &key,
            name = &r.name,
            keys = &list
        );
        c.at(&span, m);
        return None;
    }
    if crate::text::invisible(key) || key.is_whitespace() {
        let m = msg!(
            "error-agenda-key-invisible",
            key = &crate::text::quoted(text),
            name = &r.name
        );
        c.at(&span, m);
        return None;
    }
    if let Some(first) = seen.get(&key) {
        let (key, first) = (key.to_string(), first.to_string());
        let m = msg!(
            "error-agenda-key-twice",
            key = &key,
            name = &r.name,
            first = &first
        );
        c.at(&span, m);
        return None;
    }
    seen.insert(key, n);
    Some(key)
}

impl super::model::Agenda {
    /// The words for the stance at `index` in `lang`: on the default scale
    /// (an agenda without `[[stances]]`) they are the program's words and
    /// come from the message files; an agenda's own scale keeps its labels
    /// as written, in every language. `None` when there is no such stance.
    pub fn stance_label(
        &self,
        index: usize,
        lang: super::Language,
    ) -> Option<std::borrow::Cow<'_, str>> {
        let stance = self.stances.get(index)?;
        let id = match stance.id.as_str() {
            _ if !self.uses_default_stances() => None,
            "support" => Some("stance-support"),
            "reservations" => Some("stance-reservations"),
            "stand-aside" => Some("stance-stand-aside"),
            "reserve" => Some("stance-reserve"),
            "block" => Some("stance-block"),
            _ => None,
        };
        Some(match id {
            Some(id) => std::borrow::Cow::Owned(crate::tr!(lang, id)),
            None => std::borrow::Cow::Borrowed(stance.label.as_str()),
        })
    }
}
