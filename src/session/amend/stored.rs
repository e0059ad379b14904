//! How an amendment is spread over the log's columns: the ids it is about
//! in the `item`, `option` and `member` columns, like every other change,
//! and the words it brings in `text` as one small JSON object (the schema
//! has no column of its own for a title, a summary or a role).

use serde::{Deserialize, Serialize};

use super::super::change::{Change, Field};
use super::super::columns::Columns;
use crate::agenda::ItemKind;
use crate::consensus::Role;

/// The words of an amendment, as stored in `text`. Unknown keys are
/// refused: a newer talanoa's amendment is not silently read short.
#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Details {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    summary: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    proposer: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    background: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    kind: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    role: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    group: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    name_in_text: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    field: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    text: Option<String>,
}

fn json(d: &Details) -> Option<String> {
    // Serialising strings cannot fail.
    Some(serde_json::to_string(d).unwrap_or_default())
}

/// The columns of an amendment; `None` for any other change.
pub(crate) fn columns(c: &Change) -> Option<Columns> {
    let cols = match c {
        Change::AddOption {
            item,
            option,
            title,
            summary,
            member,
            proposer,
        } => Columns {
            item: Some(item.clone()),
            option: Some(option.clone()),
            member: member.clone(),
            text: json(&Details {
                title: Some(title.clone()),
                summary: summary.clone(),
                proposer: proposer.clone(),
                ..Details::default()
            }),
            ..Columns::default()
        },
        Change::AddItem {
            item,
            title,
            background,
            item_kind,
        } => Columns {
            item: Some(item.clone()),
            text: json(&Details {
                title: Some(title.clone()),
                background: background.clone(),
                kind: Some(
                    item_kind
                        .map_or("substantive", ItemKind::as_str)
                        .to_string(),
                ),
                ..Details::default()
            }),
            ..Columns::default()
        },
        Change::AddMember {
            member,
            name,
            role,
            group,
            name_in_text,
        } => Columns {
            member: Some(member.clone()),
            text: json(&Details {
                name: Some(name.clone()),
                role: Some(role.as_str().to_string()),
                group: group.clone(),
                name_in_text: name_in_text.clone(),
                ..Details::default()
            }),
            ..Columns::default()
        },
        Change::Rename {
            item,
            option,
            member,
            field,
            text,
        } => Columns {
            item: item.clone(),
            option: option.clone(),
            member: member.clone(),
            text: json(&Details {
                field: Some(field.as_str().to_string()),
                text: Some(text.clone()),
                ..Details::default()
            }),
            ..Columns::default()
        },
        _ => return None,
    };
    Some(cols)
}

/// Whether a stored kind is an amendment's.
pub(crate) fn is_kind(kind: &str) -> bool {
    matches!(kind, "add-option" | "add-item" | "add-member" | "rename")
}

/// The amendment of a given kind (see [`is_kind`]) these columns hold.
pub(crate) fn decode(kind: &str, c: Columns) -> Result<Change, String> {
    let lacks = |name: &str| crate::msg!("error-session-change-lacks", name = name);
    let need = |v: Option<String>, name: &str| v.ok_or_else(|| lacks(name));
    let d: Details = serde_json::from_str(c.text.as_deref().ok_or_else(|| lacks("text"))?)
        .map_err(|e| crate::msg!("error-stored-words", why = &e.to_string()))?;
    Ok(match kind {
        "add-option" => Change::AddOption {
            item: need(c.item, "item")?,
            option: need(c.option, "option")?,
            title: need(d.title, "title")?,
            summary: d.summary,
            member: c.member,
            proposer: d.proposer,
        },
        "add-item" => Change::AddItem {
            item: need(c.item, "item")?,
            title: need(d.title, "title")?,
            background: d.background,
            item_kind: match d.kind.as_deref() {
                None | Some("substantive") => None,
                Some(k) => Some(
                    ItemKind::parse(k)
                        .ok_or_else(|| crate::msg!("error-stored-item-kind", kind = k))?,
                ),
            },
        },
        "add-member" => {
            let role = d.role.as_deref().unwrap_or("member");
            Change::AddMember {
                member: need(c.member, "member")?,
                name: need(d.name, "name")?,
                role: Role::parse(role)
                    .ok_or_else(|| crate::msg!("error-stored-role", role = role))?,
                group: d.group,
                name_in_text: d.name_in_text,
            }
        }
        _ => {
            let field = need(d.field, "field")?;
            Change::Rename {
                item: c.item,
                option: c.option,
                member: c.member,
                field: Field::parse(&field)
                    .ok_or_else(|| crate::msg!("error-stored-field", field = &field))?,
                text: need(d.text, "text")?,
            }
        }
    })
}
