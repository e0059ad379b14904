//! The register of an option's outcome: one sentence per status for the
//! Summary record, one entry of "The Meeting:" for the Outcomes, and the
//! plain words when the chair adopted an option despite its status. The
//! sentences come from the language files; here is only which one, and
//! with whom.

use super::{Who, capitalise, join_names, members, np_de, number, option_np};
use crate::agenda::Language;
use crate::consensus::{Rule, Status};
use crate::tr;

/// Who holds what on one option, for its outcome.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Holders {
    /// Joined with a reservation.
    pub reservation: Who,
    /// Did not stand in the way.
    pub stand_aside: Who,
    /// Awaiting instructions (pending stance).
    pub pending: Who,
    /// Could not join consensus.
    pub block: Who,
    /// Present members not yet heard.
    pub not_heard: Who,
    /// How many members are present.
    pub present: usize,
}

impl Holders {
    /// Whether no present member has been heard at all.
    pub fn untouched(&self) -> bool {
        self.present > 0 && self.not_heard.len() == self.present
    }
}

/// A clause about `who`: the message with its subject and the count its
/// verb agrees with.
fn about(lang: Language, id: &str, who: &Who) -> String {
    tr!(
        lang,
        id,
        who = &who.subject(lang),
        n = who.verb_count(lang),
        d = who.len()
    )
}

/// "Tuvalu joined consensus with a reservation; New Caledonia did not
/// stand in the way of consensus" (empty when neither).
fn reservation_clauses(lang: Language, h: &Holders) -> Vec<String> {
    let mut out = Vec::new();
    if !h.reservation.is_empty() {
        out.push(about(lang, "clause-reservation", &h.reservation));
    }
    if !h.stand_aside.is_empty() {
        out.push(about(lang, "clause-stand-aside", &h.stand_aside));
    }
    out
}

fn pending_clauses(lang: Language, h: &Holders) -> Vec<String> {
    let mut out = Vec::new();
    if h.untouched() {
        out.push(tr!(lang, "clause-none-heard"));
    } else if !h.not_heard.is_empty() {
        // Counted in both modes: not yet being heard is no position.
        let n = h.not_heard.len();
        let who = match &h.not_heard {
            Who::Counted(n, of) => members(lang, *n, *of),
            Who::Named(_) if n == 1 => tr!(lang, "count-members", n = 1usize),
            Who::Named(_) => tr!(
                lang,
                "counted-role",
                count = &number(lang, n),
                noun = &super::role_nouns(lang, crate::consensus::Role::Member).1
            ),
        };
        out.push(tr!(lang, "clause-not-heard", who = &who, n = n));
    }
    if !h.pending.is_empty() {
        out.push(about(lang, "clause-pending", &h.pending));
    }
    if !h.block.is_empty() {
        out.push(about(lang, "clause-block", &h.block));
    }
    out
}

/// Clauses of one sentence, joined: "a; b" ("a ; b").
fn joined(lang: Language, clauses: &[String]) -> String {
    clauses.join(&tr!(lang, "clause-join"))
}

/// What follows a noun phrase before the reason: a colon, or a semicolon
/// when the phrase has its own colon.
fn colon(lang: Language, np: &str) -> String {
    if np.contains(':') {
        tr!(lang, "sep-semicolon")
    } else {
        tr!(lang, "sep-colon")
    }
}

/// The sentence (or two) of outcome for an option in the Summary record.
pub fn outcome(lang: Language, status: Status, rule: Rule, h: &Holders, option: &str) -> String {
    let np = option_np(lang, option);
    let more = reservation_clauses(lang, h);
    let then = |s: String| {
        if more.is_empty() {
            s
        } else {
            format!("{s} {}.", capitalise(&joined(lang, &more)))
        }
    };
    let block = |id: &str| {
        tr!(
            lang,
            id,
            np = &np,
            sep = &colon(lang, &np),
            who = &h.block.subject(lang),
            n = h.block.verb_count(lang)
        )
    };
    match status {
        Status::Consensus => tr!(lang, "outcome-consensus", np = &np),
        Status::ConsensusWithReservations
            if !h.block.is_empty() && rule == Rule::ConsensusMinusOne =>
        {
            then(block("outcome-minus-one"))
        }
        Status::ConsensusWithReservations => then(tr!(lang, "outcome-consensus", np = &np)),
        Status::NoConsensus => block("outcome-no-consensus"),
        Status::Pending => {
            let clauses = pending_clauses(lang, h);
            let why = if clauses.is_empty() {
                tr!(lang, "why-nobody-present")
            } else {
                joined(lang, &clauses)
            };
            tr!(
                lang,
                "outcome-pending",
                np = &np,
                sep = &colon(lang, &np),
                why = &why
            )
        }
    }
}

/// The entry of "The Meeting:" list in the Outcomes that follows from an
/// option's status: "agreed to the Informal Option", "was not in a
/// position to reach consensus on …", "agreed to revert … after
/// consultation with capitals".
pub fn entry(lang: Language, status: Status, rule: Rule, h: &Holders, option: &str) -> String {
    let np = option_np(lang, option);
    let more = reservation_clauses(lang, h);
    let aside = |s: String| {
        if more.is_empty() {
            s
        } else {
            format!("{s} ({})", joined(lang, &more))
        }
    };
    let with = |id: &str, why: &str| {
        tr!(
            lang,
            id,
            np = &np,
            np_de = &np_de(lang, &np),
            who = &h.block.subject(lang),
            n = h.block.verb_count(lang),
            why = why
        )
    };
    match status {
        Status::Consensus => with("entry-agreed", ""),
        Status::ConsensusWithReservations
            if !h.block.is_empty() && rule == Rule::ConsensusMinusOne =>
        {
            aside(with("entry-minus-one", ""))
        }
        Status::ConsensusWithReservations => aside(with("entry-agreed", "")),
        Status::NoConsensus => with("entry-no-consensus", ""),
        Status::Pending if !h.pending.is_empty() => {
            with("entry-revert", &joined(lang, &pending_clauses(lang, h)))
        }
        Status::Pending => {
            let clauses = pending_clauses(lang, h);
            if clauses.is_empty() {
                with("entry-nobody-present", "")
            } else {
                with("entry-not-concluded", &joined(lang, &clauses))
            }
        }
    }
}

/// One entry for the options of an item on which no member has yet been
/// heard: "did not yet take up the Diplomatic Option", or "did not yet
/// take up the options A, B and C".
pub fn untouched(lang: Language, options: &[String]) -> String {
    match options {
        [one] => tr!(lang, "entry-untouched-one", np = &option_np(lang, one)),
        many => tr!(
            lang,
            "entry-untouched-many",
            titles = &join_names(lang, many)
        ),
    }
}

/// Said plainly when the chair adopted an option its status does not
/// allow (`decide --despite-status`), or `None` when the status allows it.
/// `flagged` is whether the chair used `--despite-status`: when the
/// status has since come to allow the option, the minutes still say the
/// outcome was recorded before it did.
pub fn despite(lang: Language, status: Status, option: &str, flagged: bool) -> Option<String> {
    let np = option_np(lang, option);
    let say = |id: &str| Some(tr!(lang, id, np = &np, np_de = &np_de(lang, &np)));
    match status {
        Status::Consensus | Status::ConsensusWithReservations if flagged => say("despite-early"),
        Status::Consensus | Status::ConsensusWithReservations => None,
        Status::NoConsensus => say("despite-no-consensus"),
        Status::Pending => say("despite-pending"),
    }
}
