//! The validated agenda: what the rest of the program works with.

use chrono::NaiveDate;
use serde::Serialize;

use crate::consensus::{Effect, Role, Rule};

/// How minutes name delegations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Attribution {
    /// Delegations are named everywhere.
    #[default]
    Attributed,
    /// Nothing after the heading names a delegation.
    ChathamHouse,
}

impl Attribution {
    /// The word used in agenda files and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Attribution::Attributed => "attributed",
            Attribution::ChathamHouse => "chatham-house",
        }
    }

    /// Parses the agenda word.
    pub fn parse(word: &str) -> Option<Attribution> {
        [Attribution::Attributed, Attribution::ChathamHouse]
            .into_iter()
            .find(|a| a.as_str() == word)
    }
}

/// A whole agenda, checked against the contract.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Agenda {
    /// The format version (1).
    pub format: i64,
    /// Who meets, where, when and how they decide.
    pub meeting: Meeting,
    /// Delegations, in agenda order.
    pub members: Vec<Member>,
    /// Agenda items, in order.
    pub items: Vec<Item>,
    /// The stance scale: the agenda's own, or the default.
    pub stances: Vec<Stance>,
}

/// The `[meeting]` table.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Meeting {
    /// Required title.
    pub title: String,
    /// Convening body.
    pub body: Option<String>,
    /// Date of the meeting.
    pub date: Option<NaiveDate>,
    /// Venue.
    pub venue: Option<String>,
    /// Who chairs.
    pub chair: Option<String>,
    /// Who keeps the record.
    pub secretary: Option<String>,
    /// The decision rule.
    pub rule: Rule,
    /// Default attribution for minutes.
    pub attribution: Attribution,
    /// Opening words quoted in the minutes.
    pub opening: Option<String>,
}

/// One delegation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Member {
    /// Short id, unique.
    pub id: String,
    /// Display name, any Unicode.
    pub name: String,
    /// Roster group.
    pub group: Option<String>,
    /// Member or observer.
    pub role: Role,
}

/// One agenda item.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Item {
    /// Short id, unique among items.
    pub id: String,
    /// Title.
    pub title: String,
    /// Background text.
    pub background: Option<String>,
    /// Talanoa prompts for the chair.
    pub questions: Vec<String>,
    /// The proposals under the item.
    pub options: Vec<AgendaOption>,
}

/// One proposal under an item.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AgendaOption {
    /// Id, unique within its item.
    pub id: String,
    /// Title.
    pub title: String,
    /// Summary text.
    pub summary: Option<String>,
    /// Points the chair may read out.
    pub considerations: Vec<String>,
}

/// One entry of the stance scale.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Stance {
    /// Id, unique.
    pub id: String,
    /// Words used on screen and in the minutes.
    pub label: String,
    /// The key that records it.
    pub key: char,
    /// What it means for consensus.
    pub effect: Effect,
}

/// Keys the chair's screen uses for itself; a stance may not take them.
pub const RESERVED_KEYS: &[char] = &[
    'h', 'j', 'k', 'l', '[', ']', '0', 'a', 'd', 'e', 't', 'u', 'q', '?', '/', ' ',
];

/// The scale used when an agenda has no `[[stances]]`.
pub fn default_stances() -> Vec<Stance> {
    let s = |id: &str, label: &str, key, effect| Stance {
        id: id.to_string(),
        label: label.to_string(),
        key,
        effect,
    };
    vec![
        s("support", "Supports", '1', Effect::Support),
        s(
            "reservations",
            "Supports with reservations",
            '2',
            Effect::Reservation,
        ),
        s("stand-aside", "Stands aside", '3', Effect::StandAside),
        s(
            "reserve",
            "Reserves position (consulting capital)",
            '4',
            Effect::Pending,
        ),
        s("object", "Objects", '5', Effect::Block),
    ]
}

impl Agenda {
    /// The index of a member by id.
    pub fn member_index(&self, id: &str) -> Option<usize> {
        self.members.iter().position(|m| m.id == id)
    }

    /// The index of an item by id.
    pub fn item_index(&self, id: &str) -> Option<usize> {
        self.items.iter().position(|i| i.id == id)
    }

    /// The index of a stance by id.
    pub fn stance_index(&self, id: &str) -> Option<usize> {
        self.stances.iter().position(|s| s.id == id)
    }

    /// The stance recorded by a key, if the scale has one.
    pub fn stance_for_key(&self, key: char) -> Option<usize> {
        self.stances.iter().position(|s| s.key == key)
    }

    /// Roster groups in the order they first appear (members without a group last, as `None`).
    pub fn groups(&self) -> Vec<Option<&str>> {
        let mut out: Vec<Option<&str>> = Vec::new();
        for m in &self.members {
            let g = m.group.as_deref();
            if !out.contains(&g) {
                out.push(g);
            }
        }
        out
    }
}

impl Item {
    /// The index of an option by id.
    pub fn option_index(&self, id: &str) -> Option<usize> {
        self.options.iter().position(|o| o.id == id)
    }
}
