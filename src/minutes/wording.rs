//! The shared wording of both documents: every sentence that depends on
//! what was recorded lives here, in the Forum's register (the meeting as
//! collective subject, past tense, positions without blame, never a word
//! of voting). Renderers only place these sentences.

use chrono::NaiveDate;

use crate::agenda::{Attribution, Language};
use crate::consensus::{Role, Rule};

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
    pub fn subject(&self) -> String {
        match self {
            Who::Named(names) => join_names(names),
            Who::Counted(n, of) => members(*n, *of),
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

    fn plural(&self) -> bool {
        self.len() > 1
    }
}

/// "A", "A and B", "A, B and C".
pub fn join_names(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// The Chatham House counts: "one member", "two members", "several
/// members", or "all members" when three or more are all who were present.
pub fn members(n: usize, of: usize) -> String {
    match n {
        0 => "no member".into(),
        1 => "one member".into(),
        n if n == of && n > 2 => "all members".into(),
        2 => "two members".into(),
        _ => "several members".into(),
    }
}

/// Counts of a role that never counts towards consensus, for Chatham
/// House lists: "an observer", "two dialogue partners", "several agencies".
pub fn others(role: Role, n: usize) -> String {
    let (one, many) = role_nouns(role);
    match n {
        0 => format!("no {one}"),
        1 => format!("{} {one}", article(one)),
        2 => format!("two {many}"),
        _ => format!("several {many}"),
    }
}

/// The singular and plural nouns for a role, as a reader sees them.
pub fn role_nouns(role: Role) -> (&'static str, &'static str) {
    match role {
        Role::Member => ("member", "members"),
        Role::Observer => ("observer", "observers"),
        Role::AssociateMember => ("associate member", "associate members"),
        Role::DialoguePartner => ("dialogue partner", "dialogue partners"),
        Role::Agency => ("agency", "agencies"),
    }
}

/// "a" or "an" before a word.
pub fn article(word: &str) -> &'static str {
    if word.starts_with(['a', 'e', 'i', 'o', 'u', 'A', 'E', 'I', 'O', 'U']) {
        "an"
    } else {
        "a"
    }
}

/// A count in words as a reader meets it in prose ("sixteen",
/// "twenty-one"); digits from one hundred.
pub fn number(n: usize) -> String {
    const ONES: [&str; 20] = [
        "no",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: [&str; 10] = [
        "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    match (ONES.get(n), TENS.get(n / 10), n % 10) {
        (Some(w), _, _) => (*w).to_string(),
        (None, Some(t), 0) if n < 100 => (*t).to_string(),
        (None, Some(t), u) if n < 100 => format!("{t}-{}", ONES.get(u).copied().unwrap_or("")),
        _ => n.to_string(),
    }
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
/// rewritten, only introduced, and never put in quotation marks).
pub fn option_np(title: &str) -> String {
    let t = title.trim();
    let lower = t.to_lowercase();
    if lower.starts_with("the ") || lower.starts_with("option ") {
        t.to_string()
    } else if lower
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| w == "option")
    {
        format!("the {t}")
    } else {
        format!("the proposal: {t}")
    }
}

/// Words the chair or secretary wrote, as a clause after "The Meeting:":
/// as written, without closing punctuation, and with a leading past-tense
/// verb in lower case ("Endorsed the plan" reads "endorsed the plan").
pub fn clause(text: &str) -> String {
    let t = text.trim().trim_end_matches(['.', ';', ',']).trim_end();
    let first: String = t.chars().take_while(|c| c.is_alphabetic()).collect();
    let mut chars = first.chars();
    let verb = chars.next().is_some_and(char::is_uppercase)
        && chars.clone().all(char::is_lowercase)
        && first.ends_with("ed");
    if verb {
        let mut c = t.chars();
        c.next()
            .map(|f| f.to_lowercase().chain(c).collect())
            .unwrap_or_default()
    } else {
        t.to_string()
    }
}

/// "tasked the Forum Secretariat to circulate a costed design by 31
/// October 2024"; with no owner, "agreed that the action be taken: …".
pub fn action(owner: Option<&str>, text: &str, due: Option<NaiveDate>) -> String {
    let what = clause(text);
    let by = due.map_or_else(String::new, |d| format!(" by {}", date(d)));
    match owner.map(str::trim).filter(|o| !o.is_empty()) {
        Some(o) => format!("tasked {o} to {}{by}", lower_first_verb(&what)),
        None => format!("agreed on the action: {what}{by}"),
    }
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

/// "9 August 2024".
pub fn date(d: NaiveDate) -> String {
    crate::time::long_date(d, Language::En)
}

/// The decision rule in words.
pub fn rule(rule: Rule) -> &'static str {
    match rule {
        Rule::Consensus => "Decisions by consensus.",
        Rule::ConsensusMinusOne => "Decisions by consensus minus one.",
    }
}

/// The attribution in words.
pub fn attribution(a: Attribution) -> &'static str {
    match a {
        Attribution::Attributed => "Statements and positions are attributed to delegations.",
        Attribution::ChathamHouse => {
            "Held under the Chatham House Rule: statements and positions are not attributed."
        }
    }
}

/// The closing paragraph of the Summary record; `last` is the local date
/// and time of the last change.
pub fn closing(secretary: Option<&str>, last: Option<String>, changes: usize) -> String {
    let by = secretary.unwrap_or("the secretariat");
    let record = match (last, changes) {
        (Some(at), n) if n > 0 => format!(
            "The last change was recorded on {at}, and the record holds {n} {}.",
            if n == 1 { "change" } else { "changes" }
        ),
        _ => "No change had been recorded when they were produced.".to_string(),
    };
    format!("These minutes were prepared by {by} from the talanoa session record. {record}")
}

/// A speaker: "Fiji", "Japan (dialogue partner)"; under the Chatham House
/// Rule "One member", "An observer", "A dialogue partner".
pub fn speaker(name: &str, role: Role, attribution: Attribution) -> String {
    let (one, _) = role_nouns(role);
    match (attribution, role) {
        (Attribution::Attributed, Role::Member) => name.to_string(),
        (Attribution::Attributed, _) => format!("{name} ({one})"),
        (Attribution::ChathamHouse, Role::Member) => "One member".into(),
        (Attribution::ChathamHouse, _) => capitalise(&format!("{} {one}", article(one))),
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
