//! The shared wording of both documents: every sentence that depends on
//! what was recorded lives here, in the Forum's register (the meeting as
//! collective subject, past tense, positions without blame, never a word
//! of voting). Renderers only place these sentences.

use chrono::NaiveDate;

use crate::agenda::{Attribution, Language};
use crate::consensus::{Role, Rule};
use crate::i18n::fr;
use crate::tr;

/// Who holds a position, as the minutes may say it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Who {
    /// Named delegations, as they stand in a sentence (attributed minutes).
    Named(Vec<String>),
    /// Only how many, out of how many present members (Chatham House).
    Counted(usize, usize),
}

impl Who {
    /// How many delegations.
    pub fn len(&self) -> usize {
        match self {
            Who::Named(names) => names.len(),
            Who::Counted(n, _) => *n,
        }
    }

    /// Whether nobody is meant.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The subject of a sentence: "Tuvalu and the Cook Islands", or "two members".
    pub fn subject(&self, lang: Language) -> String {
        match self {
            Who::Named(names) => join_names(lang, names),
            Who::Counted(n, of) => members(lang, *n, *of),
        }
    }

    /// How many the verb agrees with: a French name that is plural
    /// ("les Fidji", "les Îles Cook") takes a plural verb on its own.
    pub fn verb_count(&self, lang: Language) -> usize {
        match self {
            Who::Named(names) if lang == Language::Fr && names.len() == 1 => {
                let plural = names
                    .first()
                    .is_some_and(|n| n.starts_with("les ") || n.starts_with("Les "));
                if plural { 2 } else { 1 }
            }
            _ => self.len(),
        }
    }

    /// Builds from names, keeping them only in attributed mode; `of` is
    /// how many members were present (for "all members").
    pub fn from_names(names: Vec<String>, of: usize, attribution: Attribution) -> Who {
        match attribution {
            Attribution::Attributed => Who::Named(names),
            Attribution::ChathamHouse => Who::Counted(names.len(), of),
        }
    }
}

/// "A", "A and B", "A, B and C" ("A, B et C").
pub fn join_names(lang: Language, names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => tr!(lang, "list-and", rest = &rest.join(", "), last = last),
    }
}

/// The Chatham House counts: "one member", "two members", "several
/// members", or "all members" when three or more are all who were present.
pub fn members(lang: Language, n: usize, of: usize) -> String {
    if n == of && n > 2 {
        tr!(lang, "count-all-members")
    } else {
        tr!(lang, "count-members", n = n)
    }
}

/// Counts of a role that never counts towards consensus, for Chatham
/// House lists: "an observer", "two dialogue partners", "several agencies".
pub fn others(lang: Language, role: Role, n: usize) -> String {
    tr!(lang, &format!("count-{}", role.as_str()), n = n)
}

/// The singular and plural nouns for a role, as a reader sees them.
pub fn role_nouns(lang: Language, role: Role) -> (String, String) {
    (
        tr!(lang, &format!("role-one-{}", role.as_str())),
        tr!(lang, &format!("role-many-{}", role.as_str())),
    )
}

/// A count in words as a reader meets it in prose ("sixteen", "seize");
/// figures from 21.
pub fn number(lang: Language, n: usize) -> String {
    tr!(lang, "number-word", n = n)
}

/// The first letter in upper case.
pub fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(first) => first.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// An option's title as a noun phrase: "the Diplomatic Option", or "the
/// proposal: Leave disaster relief out of scope" (agenda text is never
/// rewritten, only introduced, and never put in quotation marks). In
/// French a title that is itself an option ("Option diplomatique") takes
/// the elided article: "l'Option diplomatique".
pub fn option_np(lang: Language, title: &str) -> String {
    let t = title.trim();
    let lower = t.to_lowercase();
    let own_article = ["the ", "le ", "la ", "les ", "l'", "l’"]
        .iter()
        .any(|a| lower.starts_with(a));
    let is_option = match lang {
        Language::En => lower
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w == "option"),
        Language::Fr => lower.starts_with("option"),
    };
    if own_article || (lang == Language::En && lower.starts_with("option ")) {
        t.to_string()
    } else if is_option {
        tr!(lang, "option-np-the", title = t)
    } else {
        tr!(lang, "option-np-proposal", title = t)
    }
}

/// "of" + an option's noun phrase where the French message needs it
/// contracted ("de la proposition", "de l'Option diplomatique").
pub fn np_de(lang: Language, np: &str) -> String {
    match lang {
        Language::En => format!("of {np}"),
        Language::Fr => fr::de(np),
    }
}

/// Words the chair or secretary wrote, as a clause after "The Meeting:":
/// as written, without closing punctuation, and with a leading past-tense
/// verb in lower case ("Endorsed the plan" reads "endorsed the plan").
pub fn clause(lang: Language, text: &str) -> String {
    let t = text.trim().trim_end_matches(['.', ';', ',']).trim_end();
    let first: String = t.chars().take_while(|c| c.is_alphabetic()).collect();
    let mut chars = first.chars();
    let capitalised =
        chars.next().is_some_and(char::is_uppercase) && chars.clone().all(char::is_lowercase);
    // A French outcome opens with the auxiliary of its past tense ("A pris
    // note", "Ont convenu") or a verb in the present ("Approuve").
    let verb = capitalised
        && match lang {
            Language::En => first.ends_with("ed"),
            Language::Fr => {
                ["A", "Ont", "Est", "Se", "S"].contains(&first.as_str())
                    || first.ends_with('é')
                    || FR_VERBS.contains(&first.as_str())
            }
        };
    if verb {
        let mut c = t.chars();
        c.next()
            .map(|f| f.to_lowercase().chain(c).collect())
            .unwrap_or_default()
    } else {
        t.to_string()
    }
}

/// French verbs an outcome may open with in the present tense.
const FR_VERBS: [&str; 12] = [
    "Approuve",
    "Adopte",
    "Convient",
    "Décide",
    "Note",
    "Prend",
    "Charge",
    "Demande",
    "Salue",
    "Rappelle",
    "Reconnaît",
    "Accueille",
];

/// "tasked the Forum Secretariat to circulate a costed design by 31
/// October 2024" ("a chargé le Secrétariat du Forum de diffuser …");
/// with no owner, "agreed on the action: …".
pub fn action(lang: Language, owner: Option<&str>, text: &str, due: Option<NaiveDate>) -> String {
    let what = clause(lang, text);
    let by = due.map_or_else(String::new, |d| {
        tr!(lang, "action-by", date = &date(lang, d))
    });
    match owner.map(str::trim).filter(|o| !o.is_empty()) {
        Some(o) => {
            let what = match lang {
                Language::En => lower_first_verb(&what),
                Language::Fr => fr::de(&lower_first(&what)),
            };
            tr!(lang, "action-tasked", owner = o, what = &what, by = &by)
        }
        None => tr!(lang, "action-agreed", what = &what, by = &by),
    }
}

/// The text with its first letter in lower case unless the first word is
/// an acronym or a name in capitals ("Rédiger" reads "rédiger", "PIFS" stays).
fn lower_first(text: &str) -> String {
    let first: String = text.chars().take_while(|c| c.is_alphabetic()).collect();
    let mut chars = first.chars();
    let plain = chars.next().is_some_and(char::is_uppercase) && chars.all(char::is_lowercase);
    if !plain || first.chars().count() < 2 {
        return text.to_string();
    }
    let mut c = text.chars();
    c.next()
        .map(|f| f.to_lowercase().chain(c).collect())
        .unwrap_or_default()
}

/// "Circulate the paper" reads "circulate the paper" after "to"; a
/// name or an acronym keeps its capitals.
fn lower_first_verb(text: &str) -> String {
    let first: String = text.chars().take_while(|c| c.is_alphabetic()).collect();
    let mut chars = first.chars();
    let plain = chars.next().is_some_and(char::is_uppercase)
        && chars.clone().count() > 0
        && chars.all(char::is_lowercase);
    let common = [
        "Circulate",
        "Convene",
        "Prepare",
        "Report",
        "Draft",
        "Develop",
        "Consult",
        "Share",
        "Provide",
        "Review",
        "Submit",
        "Organise",
        "Organize",
        "Present",
        "Update",
        "Explore",
        "Coordinate",
        "Host",
        "Seek",
        "Write",
        "Send",
        "Table",
        "Compile",
        "Follow",
    ];
    if plain && common.contains(&first.as_str()) {
        let mut c = text.chars();
        c.next()
            .map(|f| f.to_lowercase().chain(c).collect())
            .unwrap_or_default()
    } else {
        text.to_string()
    }
}

/// "9 August 2024", "9 août 2024".
pub fn date(lang: Language, d: NaiveDate) -> String {
    crate::time::long_date(d, lang)
}

/// The decision rule in words.
pub fn rule(lang: Language, rule: Rule) -> String {
    match rule {
        Rule::Consensus => tr!(lang, "rule-consensus"),
        Rule::ConsensusMinusOne => tr!(lang, "rule-minus-one"),
    }
}

/// The attribution in words.
pub fn attribution(lang: Language, a: Attribution) -> String {
    tr!(lang, &format!("attribution-{}", a.as_str()))
}

/// The closing paragraph of the Summary record; `last` is the local date
/// and time of the last change.
pub fn closing(
    lang: Language,
    secretary: Option<&str>,
    last: Option<String>,
    changes: usize,
) -> String {
    let by = secretary.map_or_else(|| tr!(lang, "closing-secretariat"), str::to_string);
    let record = match (last, changes) {
        (Some(at), n) if n > 0 => tr!(lang, "closing-last-change", at = &at, n = n),
        _ => tr!(lang, "closing-no-change"),
    };
    tr!(lang, "closing-prepared", by = &by, record = &record)
}

/// A speaker: "Fiji", "Japan (dialogue partner)"; under the Chatham House
/// Rule "One member", "An observer", "A dialogue partner".
pub fn speaker(lang: Language, name: &str, role: Role, attribution: Attribution) -> String {
    match (attribution, role) {
        (Attribution::Attributed, Role::Member) => name.to_string(),
        (Attribution::Attributed, _) => {
            tr!(
                lang,
                "speaker-named",
                name = name,
                role = &role_nouns(lang, role).0
            )
        }
        (Attribution::ChathamHouse, _) => tr!(lang, &format!("speaker-{}", role.as_str())),
    }
}

/// "m:ss" of a number of seconds.
pub fn duration(seconds: u64) -> String {
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

mod register;
pub use register::{Holders, despite, entry, outcome, untouched};

#[cfg(test)]
mod tests;
