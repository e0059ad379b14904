//! A change spread over the log table's columns, and the canonical bytes
//! of a row that the hash chain covers. Columns (not a JSON payload) keep
//! reading a long log cheap: SQLite hands each field over as it is.

use std::borrow::Cow;

use chrono::NaiveDate;
use rusqlite::types::ValueRef;
use sha2::{Digest, Sha256};

use super::change::Change;

/// The change columns of the `changes` table, in order.
pub(crate) const NAMES: &str =
    "item, option, member, stance, text, present, owner, due, seconds, target";

/// How many change columns there are.
pub(crate) const COUNT: usize = 10;

/// One change as column values (`None` is SQL NULL).
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Columns {
    pub item: Option<String>,
    pub option: Option<String>,
    pub member: Option<String>,
    pub stance: Option<String>,
    /// A statement (position, statement) or the words of an outcome or action.
    pub text: Option<String>,
    pub present: Option<bool>,
    pub owner: Option<String>,
    pub due: Option<String>,
    pub seconds: Option<i64>,
    pub target: Option<i64>,
}

fn s(v: &str) -> Option<String> {
    Some(v.to_string())
}

impl Columns {
    /// The columns of a change.
    pub fn of(c: &Change) -> Columns {
        if let Some(cols) = super::amend::stored::columns(c) {
            return cols;
        }
        match c {
            Change::Position {
                item,
                option,
                member,
                stance,
                statement,
            } => Columns {
                item: s(item),
                option: s(option),
                member: s(member),
                stance: stance.clone(),
                text: statement.clone(),
                ..Columns::default()
            },
            Change::Statement {
                item,
                option,
                member,
                text,
            } => Columns {
                item: s(item),
                option: s(option),
                member: s(member),
                text: s(text),
                ..Columns::default()
            },
            Change::Attendance { member, present } => Columns {
                member: s(member),
                present: Some(*present),
                ..Columns::default()
            },
            // `present` is otherwise unused by an outcome: it holds 1 when the
            // option was adopted despite its status, and stays NULL (the
            // bytes older sessions have) when it was not.
            Change::Outcome {
                item,
                text,
                option,
                despite_status,
            } => Columns {
                item: s(item),
                option: option.clone(),
                text: s(text),
                present: despite_status.then_some(true),
                ..Columns::default()
            },
            Change::Action {
                item,
                text,
                owner,
                due,
            } => Columns {
                item: s(item),
                text: s(text),
                owner: owner.clone(),
                due: due.map(|d| d.to_string()),
                ..Columns::default()
            },
            Change::Spoke {
                item,
                member,
                seconds,
            } => Columns {
                item: s(item),
                member: s(member),
                seconds: Some(i64::try_from(*seconds).unwrap_or(i64::MAX)),
                ..Columns::default()
            },
            Change::WithdrawAction { item, action } => Columns {
                item: s(item),
                target: Some(*action),
                ..Columns::default()
            },
            Change::Undo { target } | Change::Redo { target } => Columns {
                target: Some(*target),
                ..Columns::default()
            },
            // Amendments were handled above.
            Change::AddOption { .. }
            | Change::AddItem { .. }
            | Change::AddMember { .. }
            | Change::Rename { .. } => Columns::default(),
        }
    }

    /// The change of a given kind these columns hold.
    pub fn into_change(self, kind: &str) -> Result<Change, String> {
        if super::amend::stored::is_kind(kind) {
            return super::amend::stored::decode(kind, self);
        }
        let lacks = |name: &str| crate::msg!("error-session-change-lacks", name = name);
        let need = |v: Option<String>, name: &str| v.ok_or_else(|| lacks(name));
        let target = || self.target.ok_or_else(|| lacks("target"));
        Ok(match kind {
            "position" => Change::Position {
                item: need(self.item, "item")?,
                option: need(self.option, "option")?,
                member: need(self.member, "member")?,
                stance: self.stance,
                statement: self.text,
            },
            "statement" => Change::Statement {
                item: need(self.item, "item")?,
                option: need(self.option, "option")?,
                member: need(self.member, "member")?,
                text: need(self.text, "text")?,
            },
            "attendance" => Change::Attendance {
                member: need(self.member, "member")?,
                present: self.present.ok_or_else(|| lacks("present"))?,
            },
            "outcome" => Change::Outcome {
                item: need(self.item, "item")?,
                text: need(self.text, "text")?,
                option: self.option,
                despite_status: self.present == Some(true),
            },
            "action" => Change::Action {
                due: match self.due.as_deref() {
                    None => None,
                    Some(d) => Some(
                        NaiveDate::parse_from_str(d, "%Y-%m-%d")
                            .map_err(|_| crate::msg!("error-session-change-bad-due", due = d))?,
                    ),
                },
                item: need(self.item, "item")?,
                text: need(self.text, "text")?,
                owner: self.owner,
            },
            "spoke" => Change::Spoke {
                item: need(self.item, "item")?,
                member: need(self.member, "member")?,
                seconds: self
                    .seconds
                    .and_then(|n| u64::try_from(n).ok())
                    .ok_or_else(|| crate::msg!("error-session-change-no-seconds"))?,
            },
            "withdraw-action" => Change::WithdrawAction {
                action: target()?,
                item: need(self.item, "item")?,
            },
            "undo" => Change::Undo { target: target()? },
            "redo" => Change::Redo { target: target()? },
            other => return Err(crate::msg!("error-session-change-kind", kind = other)),
        })
    }

    /// The values as the hash sees them: text as is, booleans as 1 or 0.
    pub fn rendered(&self) -> [Option<Cow<'_, str>>; COUNT] {
        fn t(v: &Option<String>) -> Option<Cow<'_, str>> {
            v.as_deref().map(Cow::Borrowed)
        }
        fn n<'a>(v: Option<i64>) -> Option<Cow<'a, str>> {
            v.map(|n| Cow::Owned(n.to_string()))
        }
        [
            t(&self.item),
            t(&self.option),
            t(&self.member),
            t(&self.stance),
            t(&self.text),
            n(self.present.map(i64::from)),
            t(&self.owner),
            t(&self.due),
            n(self.seconds),
            n(self.target),
        ]
    }
}

/// A stored value as the hash sees it (`Err` for a type talanoa never writes).
pub(crate) fn render(v: ValueRef<'_>) -> Result<Option<Cow<'_, str>>, String> {
    match v {
        ValueRef::Null => Ok(None),
        ValueRef::Integer(n) => Ok(Some(Cow::Owned(n.to_string()))),
        ValueRef::Text(t) => std::str::from_utf8(t)
            .map(|s| Some(Cow::Borrowed(s)))
            .map_err(|_| crate::msg!("error-session-change-not-utf8")),
        ValueRef::Real(_) | ValueRef::Blob(_) => Err(crate::msg!("error-session-change-odd-type")),
    }
}

/// The hash that chains a row to the one before: SHA-256 over the previous
/// hash, seq, at, by, kind and each change column, every part followed by a
/// NUL byte; a NULL column is the single byte 0x01 (then NUL).
pub(crate) fn chain(
    prev: &str,
    seq: i64,
    at: &str,
    by: &str,
    kind: &str,
    fields: &[Option<Cow<'_, str>>],
) -> String {
    let mut h = Sha256::new();
    for part in [prev, &seq.to_string(), at, by, kind] {
        h.update(part.as_bytes());
        h.update([0u8]);
    }
    for f in fields {
        match f {
            Some(v) => h.update(v.as_bytes()),
            None => h.update([1u8]),
        }
        h.update([0u8]);
    }
    super::store::hex(&h.finalize())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_round_trips_through_columns() {
        let all = vec![
            Change::Position {
                item: "i".into(),
                option: "o".into(),
                member: "m".into(),
                stance: None,
                statement: Some("s\nx".into()),
            },
            Change::Position {
                item: "i".into(),
                option: "o".into(),
                member: "m".into(),
                stance: Some("yes".into()),
                statement: None,
            },
            Change::Statement {
                item: "i".into(),
                option: "o".into(),
                member: "m".into(),
                text: "ʻokina 日本".into(),
            },
            Change::Attendance {
                member: "m".into(),
                present: false,
            },
            Change::Outcome {
                item: "i".into(),
                text: "t".into(),
                option: None,
                despite_status: false,
            },
            Change::Outcome {
                item: "i".into(),
                text: "adopted as the chair ruled".into(),
                option: Some("o".into()),
                despite_status: true,
            },
            Change::Action {
                item: "i".into(),
                text: "t".into(),
                owner: Some("o".into()),
                due: NaiveDate::from_ymd_opt(2024, 1, 2),
            },
            Change::Spoke {
                item: "i".into(),
                member: "m".into(),
                seconds: 9,
            },
            Change::WithdrawAction {
                item: "i".into(),
                action: 7,
            },
            Change::Undo { target: 3 },
            Change::Redo { target: 3 },
        ];
        for c in all {
            assert_eq!(Columns::of(&c).into_change(c.kind()), Ok(c.clone()));
        }
        // an outcome adopted in the ordinary way has the bytes it always had
        let ordinary = Change::Outcome {
            item: "i".into(),
            text: "t".into(),
            option: Some("o".into()),
            despite_status: false,
        };
        assert_eq!(Columns::of(&ordinary).present, None);
        assert!(Columns::default().into_change("veto").is_err());
        assert!(Columns::default().into_change("undo").is_err());
        let bad_due = Columns {
            item: s("i"),
            text: s("t"),
            due: s("2024-02-30"),
            ..Columns::default()
        };
        assert!(bad_due.into_change("action").is_err());
    }

    #[test]
    fn null_and_empty_hash_differently() {
        let a = chain("p", 1, "at", "by", "k", &[None]);
        let b = chain("p", 1, "at", "by", "k", &[Some(Cow::Borrowed(""))]);
        assert_ne!(a, b);
    }
}
