//! The `[[members]]` and `[[items]]` (with their `[[items.options]]`) of an agenda.

use super::error::Collector;
use super::model::{AgendaOption, Item, ItemKind, Member};
use super::parse::{UniqueIds, required_tables};
use super::reader::TableReader;
use crate::consensus::Role;

const MEMBER_KEYS: &[&str] = &[
    "id",
    "name",
    "group",
    "role",
    "name_in_text",
    "aliases",
    "name_fr",
    "name_in_text_fr",
];
const ITEM_KEYS: &[&str] = &[
    "id",
    "title",
    "background",
    "questions",
    "kind",
    "speaking_limit",
    "options",
];
const OPTION_KEYS: &[&str] = &["id", "title", "summary", "considerations"];

pub(super) fn members(c: &mut Collector<'_>, root: &TableReader<'_, '_>) -> Option<Vec<Member>> {
    let tables = required_tables(c, root, "members", "members")?;
    let mut ids = UniqueIds::new("member");
    let mut out = Vec::new();
    let mut ok = true;
    for (n, r) in tables.iter().enumerate() {
        r.deny_unknown(c, MEMBER_KEYS);
        let id = r.required_id(c);
        let name = r.required_str(c, "name");
        let group = r.optional_str(c, "group");
        let role = r.optional_word(c, "role", &Role::ALL.map(Role::as_str), Role::parse);
        let role_ok = r.get("role").is_none() || role.is_some();
        let unique = id
            .as_ref()
            .is_some_and(|(id, span)| ids.check(c, id, span, n + 1));
        match (id, name) {
            (Some((id, _)), Some(name)) if unique && role_ok => out.push(Member {
                id,
                name,
                group,
                role: role.unwrap_or_default(),
                name_in_text: r.optional_str(c, "name_in_text"),
                aliases: r.alias_list(c, "aliases"),
                name_fr: r.optional_str(c, "name_fr"),
                name_in_text_fr: r.optional_str(c, "name_in_text_fr"),
            }),
            _ => ok = false,
        }
    }
    ok.then_some(out)
}

pub(super) fn items(c: &mut Collector<'_>, root: &TableReader<'_, '_>) -> Option<Vec<Item>> {
    let tables = required_tables(c, root, "items", "items");
    let tables = tables?;
    let mut ids = UniqueIds::new("item");
    let mut out = Vec::new();
    let mut ok = true;
    for (n, r) in tables.iter().enumerate() {
        r.deny_unknown(c, ITEM_KEYS);
        let id = r.required_id(c);
        let title = r.required_str(c, "title");
        let background = r.optional_str(c, "background");
        let questions = r.str_list(c, "questions");
        let kinds = ["adoption-of-agenda", "other-business"];
        let kind = r.optional_word(c, "kind", &kinds, ItemKind::parse);
        let kind_ok = r.get("kind").is_none() || kind.is_some();
        let speaking_limit = r.optional_speaking_limit(c, "speaking_limit");
        let options = options(c, r);
        let unique = id
            .as_ref()
            .is_some_and(|(id, span)| ids.check(c, id, span, n + 1));
        match (id, title, options) {
            (Some((id, _)), Some(title), Some(options)) if unique && kind_ok => out.push(Item {
                id,
                title,
                background,
                questions,
                kind,
                speaking_limit,
                options,
            }),
            _ => ok = false,
        }
    }
    ok.then_some(out)
}

fn options(c: &mut Collector<'_>, item: &TableReader<'_, '_>) -> Option<Vec<AgendaOption>> {
    let tables = required_tables(c, item, "options", "options")?;
    let mut ids = UniqueIds::new("option");
    let mut out = Vec::new();
    let mut ok = true;
    for (n, mut r) in tables.into_iter().enumerate() {
        let option = r.name.replace("[[options]]", "[[items.options]]");
        r.name = crate::msg!(
            "error-agenda-option-of",
            option = &option,
            item = &item.name
        );
        r.deny_unknown(c, OPTION_KEYS);
        let id = r.required_id(c);
        let title = r.required_str(c, "title");
        let summary = r.optional_str(c, "summary");
        let considerations = r.str_list(c, "considerations");
        let unique = id
            .as_ref()
            .is_some_and(|(id, span)| ids.check(c, id, span, n + 1));
        match (id, title) {
            (Some((id, _)), Some(title)) if unique => out.push(AgendaOption {
                id,
                title,
                summary,
                considerations,
            }),
            _ => ok = false,
        }
    }
    ok.then_some(out)
}
