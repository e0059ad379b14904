//! The validated agenda: what the rest of the program works with.

use chrono::NaiveDate;
use chrono_tz::Tz;
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

/// The language of the minutes and the screen (agenda format 2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Language {
    /// English.
    #[default]
    En,
    /// French.
    Fr,
}

impl Language {
    /// The word used in agenda files.
    pub fn as_str(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Fr => "fr",
        }
    }

    /// Parses the agenda word.
    pub fn parse(word: &str) -> Option<Language> {
        [Language::En, Language::Fr]
            .into_iter()
            .find(|l| l.as_str() == word)
    }
}

/// A procedural item (agenda format 2); a substantive item has no kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ItemKind {
    /// The meeting adopts its agenda.
    AdoptionOfAgenda,
    /// Any other business raised at the end.
    OtherBusiness,
}

impl ItemKind {
    /// The word used in agenda files and exports.
    pub fn as_str(self) -> &'static str {
        match self {
            ItemKind::AdoptionOfAgenda => "adoption-of-agenda",
            ItemKind::OtherBusiness => "other-business",
        }
    }

    /// Parses the agenda word.
    pub fn parse(word: &str) -> Option<ItemKind> {
        [ItemKind::AdoptionOfAgenda, ItemKind::OtherBusiness]
            .into_iter()
            .find(|k| k.as_str() == word)
    }
}

/// A whole agenda, checked against the contract.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Agenda {
    /// The format version the file declares (1 when it declares none).
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
    /// The document symbol printed on the minutes, e.g. `PIFS(24)FSRS.1` (format 2).
    pub reference: Option<String>,
    /// The meeting's time zone (format 2); `None` means the machine's.
    /// Use [`crate::time::MeetingZone::of`] rather than reading this.
    pub timezone: Option<Tz>,
    /// The language of the minutes and the screen (format 2), when the
    /// agenda says; see [`Meeting::language`].
    pub language: Option<Language>,
    /// Who led the opening prayer (format 2).
    pub opening_prayer: Option<String>,
    /// Who led the closing prayer (format 2).
    pub closing_prayer: Option<String>,
    /// Closing words (thanks, next meeting) for the minutes (format 2).
    pub closing: Option<String>,
    /// Seconds allowed per intervention, from `"m:ss"` (format 2); an item may override it.
    pub speaking_limit: Option<u32>,
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
    /// What the delegation is at the meeting; only members count.
    pub role: Role,
    /// The name as it stands in a sentence ("the Cook Islands"); see [`Member::in_text`].
    pub name_in_text: Option<String>,
    /// Other spellings statements may use ("Samoa", "Sāmoa").
    pub aliases: Vec<String>,
    /// French name; see [`Member::name_in`].
    pub name_fr: Option<String>,
    /// French name as it stands in a sentence; see [`Member::in_text_in`].
    pub name_in_text_fr: Option<String>,
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
    /// A procedural kind, or `None` for a substantive item (format 2).
    pub kind: Option<ItemKind>,
    /// Seconds allowed per intervention on this item, overriding the
    /// meeting's (format 2); see [`Agenda::speaking_limit`].
    pub speaking_limit: Option<u32>,
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
/// They come from the screen's key table, so the two cannot disagree.
pub const RESERVED_KEYS: &[char] = crate::keys::RESERVED;

/// The id the default scale's block stance had before format 2. Sessions
/// recorded with it still open and read the same: on an agenda that uses
/// the default scale it names the `block` stance (see [`Agenda::stance_index`]).
pub const FORMER_BLOCK_ID: &str = "object";

/// The default scale as (id, English label, key, effect): the one table
/// [`default_stances`] builds from and [`Agenda::uses_default_stances`]
/// compares with (without building it: labels are looked up on every
/// screen draw).
const DEFAULT_SCALE: [(&str, &str, char, Effect); 5] = [
    ("support", "Supports", '1', Effect::Support),
    (
        "reservations",
        "Supports with reservations",
        '2',
        Effect::Reservation,
    ),
    (
        "stand-aside",
        "Does not stand in the way",
        '3',
        Effect::StandAside,
    ),
    (
        "reserve",
        "Reserves position (consulting capital)",
        '4',
        Effect::Pending,
    ),
    ("block", "Cannot join consensus", '5', Effect::Block),
];

/// The scale used when an agenda has no `[[stances]]`.
pub fn default_stances() -> Vec<Stance> {
    DEFAULT_SCALE
        .iter()
        .map(|&(id, label, key, effect)| Stance {
            id: id.to_string(),
            label: label.to_string(),
            key,
            effect,
        })
        .collect()
}

impl Meeting {
    /// The agenda's language, English when it names none.
    pub fn language(&self) -> Language {
        self.language.unwrap_or_default()
    }
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

    /// The index of a stance by id. On the default scale the former id of
    /// the block stance ([`FORMER_BLOCK_ID`]) names `block`.
    pub fn stance_index(&self, id: &str) -> Option<usize> {
        let found = self.stances.iter().position(|s| s.id == id);
        found.or_else(|| {
            (id == FORMER_BLOCK_ID && self.uses_default_stances())
                .then(|| self.stances.iter().position(|s| s.id == "block"))
                .flatten()
        })
    }

    /// The id a stance is recorded under today: the former block id becomes
    /// `block` on the default scale; any other id is returned unchanged.
    pub fn current_stance_id<'a>(&'a self, id: &'a str) -> &'a str {
        match self.stance_index(id).and_then(|n| self.stances.get(n)) {
            Some(s) => &s.id,
            None => id,
        }
    }

    /// Whether the agenda has no `[[stances]]` of its own.
    pub fn uses_default_stances(&self) -> bool {
        self.stances.len() == DEFAULT_SCALE.len()
            && self
                .stances
                .iter()
                .zip(DEFAULT_SCALE)
                .all(|(s, (id, label, key, effect))| {
                    s.id == id && s.label == label && s.key == key && s.effect == effect
                })
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

impl Agenda {
    /// Seconds allowed per intervention on the item at `index`: the item's
    /// own limit, else the meeting's, else none.
    pub fn speaking_limit(&self, index: usize) -> Option<u32> {
        self.items
            .get(index)
            .and_then(|i| i.speaking_limit)
            .or(self.meeting.speaking_limit)
    }
}

impl Member {
    /// The name as it stands in an English sentence: `name_in_text`, else `name`.
    pub fn in_text(&self) -> &str {
        self.name_in_text.as_deref().unwrap_or(&self.name)
    }

    /// The name in `language`: for French `name_fr`, else `name`.
    pub fn name_in(&self, language: Language) -> &str {
        match language {
            Language::En => &self.name,
            Language::Fr => self.name_fr.as_deref().unwrap_or(&self.name),
        }
    }

    /// The name as it stands in a sentence in `language`. For French:
    /// `name_in_text_fr`, else `name_fr`, else the English [`Member::in_text`].
    pub fn in_text_in(&self, language: Language) -> &str {
        match language {
            Language::En => self.in_text(),
            Language::Fr => self
                .name_in_text_fr
                .as_deref()
                .or(self.name_fr.as_deref())
                .unwrap_or_else(|| self.in_text()),
        }
    }

    /// Every spelling that names this delegation: the names in both
    /// languages, in text, and the aliases, without repeats.
    pub fn spellings(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        let all = [
            Some(self.name.as_str()),
            self.name_in_text.as_deref(),
            self.name_fr.as_deref(),
            self.name_in_text_fr.as_deref(),
        ];
        let aliases = self.aliases.iter().map(|a| Some(a.as_str()));
        for s in all.into_iter().chain(aliases).flatten() {
            if !out.contains(&s) {
                out.push(s);
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
