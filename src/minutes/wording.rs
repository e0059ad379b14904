//! Every sentence of the minutes that depends on what was recorded lives
//! here: the outcome of an option in the Forum's register, counts in words,
//! lists of names, dates. Renderers only place these sentences.

use chrono::{DateTime, NaiveDate, Utc};

use crate::agenda::Attribution;
use crate::consensus::{Rule, Status};

/// Who holds a position, as the minutes may say it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Who {
    /// Named delegations (attributed minutes).
    Named(Vec<String>),
    /// Only a number of members (Chatham House).
    Counted(usize),
}

impl Who {
    /// How many delegations.
    pub fn len(&self) -> usize {
        match self {
            Who::Named(names) => names.len(),
            Who::Counted(n) => *n,
        }
    }

    /// Whether nobody is meant.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The subject of a sentence: "Tuvalu and Fiji", or "two members".
    pub fn subject(&self) -> String {
        match self {
            Who::Named(names) => join_names(names),
            Who::Counted(n) => members(*n),
        }
    }

    /// Builds from names, keeping them only in attributed mode.
    pub fn from_names(names: Vec<String>, attribution: Attribution) -> Who {
        match attribution {
            Attribution::Attributed => Who::Named(names),
            Attribution::ChathamHouse => Who::Counted(names.len()),
        }
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

/// "one member", "two members", "several members" (the Chatham House counts).
pub fn members(n: usize) -> String {
    match n {
        0 => "no member".into(),
        1 => "one member".into(),
        2 => "two members".into(),
        _ => "several members".into(),
    }
}

/// "an observer", "two observers", "several observers".
pub fn observers(n: usize) -> String {
    match n {
        0 => "no observer".into(),
        1 => "an observer".into(),
        2 => "two observers".into(),
        _ => "several observers".into(),
    }
}

/// A count in words for numbers a reader meets in prose ("three"), digits above twelve.
pub fn number(n: usize) -> String {
    const WORDS: [&str; 13] = [
        "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve",
    ];
    WORDS
        .get(n)
        .map_or_else(|| n.to_string(), |w| (*w).to_string())
}

/// "three members have not yet been heard" (attributed counts exactly,
/// Chatham House says one / two / several).
fn not_heard(n: usize, attribution: Attribution) -> String {
    let who = match attribution {
        Attribution::Attributed if n > 2 => format!("{} members", number(n)),
        _ => members(n),
    };
    let verb = if n == 1 { "has" } else { "have" };
    format!("{who} {verb} not yet been heard")
}

fn verb(who: &Who, one: &str, many: &str) -> String {
    let plural =
        matches!(who, Who::Named(n) if n.len() > 1) || matches!(who, Who::Counted(n) if *n > 1);
    if plural {
        many.to_string()
    } else {
        one.to_string()
    }
}

/// Who holds what on one option, for its outcome sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Holders {
    /// Joined with a reservation.
    pub reservation: Who,
    /// Stood aside.
    pub stand_aside: Who,
    /// Awaiting instructions (pending stance).
    pub pending: Who,
    /// Could not join consensus.
    pub block: Who,
    /// Present members not yet heard (always a count).
    pub not_heard: usize,
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(first) => first.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

fn reservation_clauses(h: &Holders) -> Vec<String> {
    let mut out = Vec::new();
    if !h.reservation.is_empty() {
        let what = verb(
            &h.reservation,
            "joined consensus with a reservation",
            "joined consensus with reservations",
        );
        out.push(format!("{} {what}", h.reservation.subject()));
    }
    if !h.stand_aside.is_empty() {
        out.push(format!("{} stood aside", h.stand_aside.subject()));
    }
    out
}

fn sentence(clauses: &[String]) -> String {
    let text = clauses
        .iter()
        .map(|c| c.to_string())
        .collect::<Vec<_>>()
        .join("; ");
    format!("{}.", capitalise(&text))
}

/// The one sentence (or two) of outcome for an option, in the Forum's register.
pub fn outcome(status: Status, rule: Rule, h: &Holders, attribution: Attribution) -> String {
    let blocked = !h.block.is_empty();
    match status {
        Status::Consensus => "The meeting reached consensus on this option.".into(),
        Status::ConsensusWithReservations if blocked && rule == Rule::ConsensusMinusOne => {
            let mut s = format!(
                "The meeting reached consensus on this option under the consensus-minus-one rule; {} could not join consensus.",
                h.block.subject()
            );
            let more = reservation_clauses(h);
            if !more.is_empty() {
                s.push(' ');
                s.push_str(&sentence(&more));
            }
            s
        }
        Status::ConsensusWithReservations => {
            format!(
                "The meeting reached consensus on this option. {}",
                sentence(&reservation_clauses(h))
            )
        }
        Status::NoConsensus => format!(
            "Consensus was not reached on this option: {} could not join consensus.",
            h.block.subject()
        ),
        Status::Pending => {
            let mut clauses = Vec::new();
            if h.not_heard > 0 {
                clauses.push(not_heard(h.not_heard, attribution));
            }
            if !h.pending.is_empty() {
                let what = verb(
                    &h.pending,
                    "awaits instructions from capital",
                    "await instructions from capital",
                );
                clauses.push(format!("{} {what}", h.pending.subject()));
            }
            if blocked {
                clauses.push(format!("{} could not join consensus", h.block.subject()));
            }
            if clauses.is_empty() {
                return "No decision was reached on this option: no member was present.".into();
            }
            format!(
                "No decision was reached on this option: {}.",
                clauses.join("; ")
            )
        }
    }
}

/// "9 August 2024".
pub fn date(d: NaiveDate) -> String {
    d.format("%-d %B %Y").to_string()
}

/// "9 August 2024 at 10:32 UTC".
pub fn moment(at: DateTime<Utc>) -> String {
    format!("{} at {} UTC", date(at.date_naive()), at.format("%H:%M"))
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

/// The closing paragraph.
pub fn closing(secretary: Option<&str>, last: Option<DateTime<Utc>>, changes: usize) -> String {
    let by = secretary.unwrap_or("the secretariat");
    let record = match (last, changes) {
        (Some(at), n) if n > 0 => format!(
            "The last change was recorded on {}, and the record holds {} {}.",
            moment(at),
            n,
            if n == 1 { "change" } else { "changes" }
        ),
        _ => "No change had been recorded when they were produced.".to_string(),
    };
    format!("These minutes were prepared by {by} from the talanoa session record. {record}")
}

/// "Fiji" or, for a speaker in Chatham House minutes, "One member" / "An observer".
pub fn speaker(name: &str, observer: bool, attribution: Attribution) -> String {
    match (attribution, observer) {
        (Attribution::Attributed, false) => name.to_string(),
        (Attribution::Attributed, true) => format!("{name} (observer)"),
        (Attribution::ChathamHouse, false) => "One member".into(),
        (Attribution::ChathamHouse, true) => "An observer".into(),
    }
}

/// "The meeting: ..." or the sentence for no outcome.
pub fn item_outcome(text: Option<&str>, adopted: Option<&str>) -> String {
    let Some(t) = text else {
        return "No outcome was recorded for this item.".into();
    };
    let t = t.trim().trim_end_matches(['.', ';', ',']);
    match adopted {
        Some(o) => format!("The meeting: {t} (option adopted: {o})."),
        None => format!("The meeting: {t}."),
    }
}

#[cfg(test)]
mod tests;
