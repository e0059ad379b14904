//! The `[[stances]]` of an agenda: a custom scale, or the default one.

use std::collections::HashMap;

use super::error::Collector;
use super::model::{RESERVED_KEYS, Stance, default_stances};
use super::parse::UniqueIds;
use super::reader::{TableReader, tables_of};
use crate::consensus::Effect;

const STANCE_KEYS: &[&str] = &["id", "label", "key", "effect"];

pub(super) fn stances(c: &mut Collector<'_>, root: &TableReader<'_, '_>) -> Option<Vec<Stance>> {
    if root.get("stances").is_none() {
        return Some(default_stances());
    }
    let (tables, span) = tables_of(c, root, "stances", "stances")?;
    if tables.len() < 2 {
        c.at(&span, "a custom stance scale needs at least 2 [[stances]]; add more or remove them to use the default scale");
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
                c.at(
                    &r.span,
                    format!(
                        "missing required field `effect` in {}; use one of: {}",
                        r.name,
                        words.join(", ")
                    ),
                );
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
        c.at(&r.span, format!("missing required field `key` in {}; give the one character that records this stance, like key = \"1\"", r.name));
        return None;
    };
    let span = v.span();
    let Some(text) = v.get_ref().as_str() else {
        c.at(
            &span,
            format!(
                "`key` in {} must be one character in quotes, like key = \"1\"",
                r.name
            ),
        );
        return None;
    };
    let mut chars = text.chars();
    let (Some(key), None) = (chars.next(), chars.next()) else {
        c.at(
            &span,
            format!(
                "key {} in {} must be exactly one character, like \"1\"",
                crate::text::quoted(text),
                r.name
            ),
        );
        return None;
    };
    if RESERVED_KEYS.contains(&key) {
        let list: String = RESERVED_KEYS
            .iter()
            .map(|k| {
                if *k == ' ' {
                    "space".to_string()
                } else {
                    k.to_string()
                }
            })
            .collect::<Vec<_>>()
            .join(" ");
        c.at(&span, format!("key \"{key}\" in {} is used by the chair's screen; choose a key other than: {list}", r.name));
        return None;
    }
    if crate::text::invisible(key) || key.is_whitespace() {
        c.at(
            &span,
            format!(
                "key {} in {} must be a visible character, like \"1\" (a control or zero-width character cannot be seen or typed)",
                crate::text::quoted(text),
                r.name
            ),
        );
        return None;
    }
    if let Some(first) = seen.get(&key) {
        c.at(&span, format!("duplicate key \"{key}\" in {} (first used by [[stances]] #{first}); each stance needs its own key", r.name));
        return None;
    }
    seen.insert(key, n);
    Some(key)
}
