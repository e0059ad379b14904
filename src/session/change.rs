//! One change to the record, as it is stored in the log and shown in the history.

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

use crate::agenda::{Agenda, ItemKind};
use crate::consensus::Role;

/// Something the chair or secretary recorded. Ids are the agenda's, so the
/// log reads on its own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
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
        /// The chair adopted `option` although its status was no consensus
        /// or pending (`decide --despite-status`); the minutes say so.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        despite_status: bool,
    },
    /// An action arising from an item.
    Action {
        item: String,
        text: String,
        owner: Option<String>,
        due: Option<NaiveDate>,
    },
    /// Withdraws the action recorded as change `action` on an item: it
    /// leaves the record and the minutes; the history keeps both changes.
    WithdrawAction { item: String, action: i64 },
    /// Time a member spoke on an item, added to what was recorded before.
    Spoke {
        item: String,
        member: String,
        seconds: u64,
    },
    /// An option added to an item in the meeting: a compromise text drafted
    /// by the chair, or an amendment a delegation proposed. Appended after
    /// the item's options, so every earlier option keeps its place.
    AddOption {
        item: String,
        option: String,
        title: String,
        summary: Option<String>,
        /// The delegation that proposed it, by id, if one did.
        member: Option<String>,
        /// Who proposed it, in words, when no delegation is named (the Chair).
        proposer: Option<String>,
    },
    /// An item added in the meeting (other business), after the agenda's items.
    AddItem {
        item: String,
        title: String,
        background: Option<String>,
        /// `other-business` unless said otherwise; `None` is a substantive item.
        item_kind: Option<ItemKind>,
    },
    /// A delegation added in the meeting (a late arrival), after the others.
    AddMember {
        member: String,
        name: String,
        role: Role,
        group: Option<String>,
        name_in_text: Option<String>,
    },
    /// A corrected member's name, or an item's or option's title or summary.
    /// Names the member, or the item (and the option) it corrects.
    Rename {
        item: Option<String>,
        option: Option<String>,
        member: Option<String>,
        field: Field,
        text: String,
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
            Change::AddOption { .. } => "add-option",
            Change::AddItem { .. } => "add-item",
            Change::AddMember { .. } => "add-member",
            Change::Rename { .. } => "rename",
            Change::WithdrawAction { .. } => "withdraw-action",
            Change::Undo { .. } => "undo",
            Change::Redo { .. } => "redo",
        }
    }

    /// The change with its stance written under today's id: the former
    /// block id of the default scale becomes `block` (see
    /// [`Agenda::stance_index`]); every other change is returned as it is.
    pub fn with_current_ids(self, agenda: &Agenda) -> Change {
        match self {
            Change::Position {
                item,
                option,
                member,
                stance: Some(s),
                statement,
            } => Change::Position {
                stance: Some(agenda.current_stance_id(&s).to_string()),
                item,
                option,
                member,
                statement,
            },
            other => other,
        }
    }

    /// The member a change is about, if any.
    pub fn member(&self) -> Option<&str> {
        match self {
            Change::Position { member, .. }
            | Change::Statement { member, .. }
            | Change::Attendance { member, .. }
            | Change::Spoke { member, .. }
            | Change::AddMember { member, .. } => Some(member),
            Change::AddOption { member, .. } | Change::Rename { member, .. } => member.as_deref(),
            _ => None,
        }
    }

    /// Whether this change amends the agenda (adds or corrects something).
    pub fn is_amendment(&self) -> bool {
        matches!(
            self,
            Change::AddOption { .. }
                | Change::AddItem { .. }
                | Change::AddMember { .. }
                | Change::Rename { .. }
        )
    }
}

/// What a [`Change::Rename`] corrects.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Field {
    /// A member's name.
    Name,
    /// A member's name as it stands in a sentence ("the Cook Islands").
    NameInText,
    /// An item's or option's title.
    Title,
    /// An option's summary, or an item's background.
    Summary,
}

impl Field {
    /// The word stored in the log and used on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Field::Name => "name",
            Field::NameInText => "name-in-text",
            Field::Title => "title",
            Field::Summary => "summary",
        }
    }

    /// Parses the stored word.
    pub fn parse(word: &str) -> Option<Field> {
        [Field::Name, Field::NameInText, Field::Title, Field::Summary]
            .into_iter()
            .find(|f| f.as_str() == word)
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

/// Parses a due date written exactly `YYYY-MM-DD` (four-digit year,
/// two-digit month and day): `24-1-1` or `2024-1-1` is not a date here.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let b = text.as_bytes();
    let shape = b.len() == 10
        && b.iter().enumerate().all(|(i, c)| match i {
            4 | 7 => *c == b'-',
            _ => c.is_ascii_digit(),
        });
    if !shape {
        return None;
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()
}

#[cfg(test)]
mod date_tests {
    use super::parse_date;

    #[test]
    fn regression_due_dates_are_strictly_yyyy_mm_dd() {
        assert!(parse_date("2024-10-31").is_some());
        for bad in [
            "24-1-1",
            "2024-1-1",
            "2024-02-30",
            "+2024-10-31",
            " 2024-10-31",
            "2024/10/31",
        ] {
            assert!(parse_date(bad).is_none(), "{bad}");
        }
    }
}
