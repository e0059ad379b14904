//! One change to the record, as it is stored in the log and shown in the history.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

/// Something the chair or secretary recorded. Ids are the agenda's, so the
/// log reads on its own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case", deny_unknown_fields)]
pub enum Change {
    /// A member's stance on an option (`None` clears it), optionally with a statement.
    Position {
        item: String,
        option: String,
        member: String,
        stance: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        statement: Option<String>,
    },
    /// A member's statement on an option; empty text removes it.
    Statement {
        item: String,
        option: String,
        member: String,
        text: String,
    },
    /// A member marked present or absent.
    Attendance { member: String, present: bool },
    /// The chair's outcome for an item; empty text removes it.
    Outcome {
        item: String,
        text: String,
        option: Option<String>,
    },
    /// An action arising from an item.
    Action {
        item: String,
        text: String,
        owner: Option<String>,
        due: Option<NaiveDate>,
    },
    /// Time a member spoke on an item, added to what was recorded before.
    Spoke {
        item: String,
        member: String,
        seconds: u64,
    },
    /// Undoes the change with sequence number `target`.
    Undo { target: i64 },
    /// Redoes the change with sequence number `target`.
    Redo { target: i64 },
}

impl Change {
    /// The stored name of this kind of change.
    pub fn kind(&self) -> &'static str {
        match self {
            Change::Position { .. } => "position",
            Change::Statement { .. } => "statement",
            Change::Attendance { .. } => "attendance",
            Change::Outcome { .. } => "outcome",
            Change::Action { .. } => "action",
            Change::Spoke { .. } => "spoke",
            Change::Undo { .. } => "undo",
            Change::Redo { .. } => "redo",
        }
    }

    /// The member a change is about, if any.
    pub fn member(&self) -> Option<&str> {
        match self {
            Change::Position { member, .. }
            | Change::Statement { member, .. }
            | Change::Attendance { member, .. }
            | Change::Spoke { member, .. } => Some(member),
            _ => None,
        }
    }
}

/// The stored JSON of a change read flat: much faster than serde's
/// internally tagged enums, which buffer every field before choosing.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Flat {
    kind: String,
    item: Option<String>,
    option: Option<String>,
    member: Option<String>,
    stance: Option<String>,
    statement: Option<String>,
    text: Option<String>,
    present: Option<bool>,
    owner: Option<String>,
    due: Option<NaiveDate>,
    seconds: Option<u64>,
    target: Option<i64>,
}

impl Change {
    /// Reads a stored change (the JSON that serialising a [`Change`] gives).
    pub fn from_json(json: &str) -> Result<Change, String> {
        let f: Flat = serde_json::from_str(json).map_err(|e| e.to_string())?;
        let need =
            |v: Option<String>, name: &str| v.ok_or_else(|| format!("missing field `{name}`"));
        Ok(match f.kind.as_str() {
            "position" => Change::Position {
                item: need(f.item, "item")?,
                option: need(f.option, "option")?,
                member: need(f.member, "member")?,
                stance: f.stance,
                statement: f.statement,
            },
            "statement" => Change::Statement {
                item: need(f.item, "item")?,
                option: need(f.option, "option")?,
                member: need(f.member, "member")?,
                text: need(f.text, "text")?,
            },
            "attendance" => Change::Attendance {
                member: need(f.member, "member")?,
                present: f.present.ok_or("missing field `present`")?,
            },
            "outcome" => Change::Outcome {
                item: need(f.item, "item")?,
                text: need(f.text, "text")?,
                option: f.option,
            },
            "action" => Change::Action {
                item: need(f.item, "item")?,
                text: need(f.text, "text")?,
                owner: f.owner,
                due: f.due,
            },
            "spoke" => Change::Spoke {
                item: need(f.item, "item")?,
                member: need(f.member, "member")?,
                seconds: f.seconds.ok_or("missing field `seconds`")?,
            },
            "undo" => Change::Undo {
                target: f.target.ok_or("missing field `target`")?,
            },
            "redo" => Change::Redo {
                target: f.target.ok_or("missing field `target`")?,
            },
            other => return Err(format!("unknown kind of change \"{other}\"")),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flat_reading_matches_serde_for_every_kind() {
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
            Change::Undo { target: 3 },
            Change::Redo { target: 3 },
        ];
        for c in all {
            let json = serde_json::to_string(&c).unwrap();
            assert_eq!(Change::from_json(&json), Ok(c.clone()), "{json}");
            let via_serde: Change = serde_json::from_str(&json).unwrap();
            assert_eq!(via_serde, c);
        }
        assert!(Change::from_json(r#"{"kind":"veto"}"#).is_err());
        assert!(Change::from_json(r#"{"kind":"undo"}"#).is_err());
        assert!(Change::from_json(r#"{"kind":"undo","target":1,"extra":2}"#).is_err());
        assert!(Change::from_json("not json").is_err());
    }
}

/// One entry of the log: a change with its place, time and author.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Entry {
    /// 1, 2, 3, ... with no gaps.
    pub seq: i64,
    /// When it was recorded (UTC).
    #[serde(serialize_with = "ser_time")]
    pub at: DateTime<Utc>,
    /// Who entered it.
    pub by: String,
    /// What changed.
    #[serde(flatten)]
    pub change: Change,
}

/// Times as RFC 3339 UTC with whole seconds, e.g. `2024-08-06T01:02:03Z`.
pub fn rfc3339(at: &DateTime<Utc>) -> String {
    at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

fn ser_time<S: serde::Serializer>(at: &DateTime<Utc>, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&rfc3339(at))
}
