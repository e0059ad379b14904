//! The register of an option's outcome: one sentence per status for the
//! Summary record, one entry of "The Meeting:" for the Outcomes, and the
//! plain words when the chair adopted an option despite its status.

use super::{Who, capitalise, join_names, members, number, option_np};
use crate::consensus::{Rule, Status};

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

fn verb(who: &Who, one: &str, many: &str) -> String {
    if who.plural() { many } else { one }.to_string()
}

/// "Tuvalu joined consensus with a reservation; New Caledonia did not
/// stand in the way of consensus" (empty when neither).
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
        out.push(format!(
            "{} did not stand in the way of consensus",
            h.stand_aside.subject()
        ));
    }
    out
}

fn pending_clauses(h: &Holders) -> Vec<String> {
    let mut out = Vec::new();
    if h.untouched() {
        out.push("no member has yet been heard".to_string());
    } else if !h.not_heard.is_empty() {
        // Counted in both modes: not yet being heard is no position.
        let who = match &h.not_heard {
            Who::Counted(n, of) => members(*n, *of),
            Who::Named(n) if n.len() == 1 => "one member".to_string(),
            Who::Named(n) => format!("{} members", number(n.len())),
        };
        let has = verb(&h.not_heard, "has", "have");
        out.push(format!("{who} {has} not yet been heard"));
    }
    if !h.pending.is_empty() {
        let what = verb(
            &h.pending,
            "awaits instructions from capital",
            "await instructions from capital",
        );
        out.push(format!("{} {what}", h.pending.subject()));
    }
    if !h.block.is_empty() {
        out.push(format!("{} could not join consensus", h.block.subject()));
    }
    out
}

/// What follows a noun phrase before the reason: a colon, or a semicolon
/// when the phrase has its own colon.
fn colon(np: &str) -> &'static str {
    if np.contains(':') { ";" } else { ":" }
}

/// The sentence (or two) of outcome for an option in the Summary record.
pub fn outcome(status: Status, rule: Rule, h: &Holders, option: &str) -> String {
    let np = option_np(option);
    let more = reservation_clauses(h);
    let then = |s: String| {
        if more.is_empty() {
            s
        } else {
            format!("{s} {}.", capitalise(&more.join("; ")))
        }
    };
    match status {
        Status::Consensus => format!("The meeting reached consensus on {np}."),
        Status::ConsensusWithReservations
            if !h.block.is_empty() && rule == Rule::ConsensusMinusOne =>
        {
            then(format!(
                "The meeting reached consensus on {np} under the consensus-minus-one rule; {} could not join consensus.",
                h.block.subject()
            ))
        }
        Status::ConsensusWithReservations => {
            then(format!("The meeting reached consensus on {np}."))
        }
        Status::NoConsensus => format!(
            "Consensus was not reached on {np}{} {} could not join consensus.",
            colon(&np),
            h.block.subject()
        ),
        Status::Pending => {
            let clauses = pending_clauses(h);
            let why = if clauses.is_empty() {
                "no member was present".to_string()
            } else {
                clauses.join("; ")
            };
            format!("No decision was reached on {np}{} {why}.", colon(&np))
        }
    }
}

/// The entry of "The Meeting:" list in the Outcomes that follows from an
/// option's status: "agreed to the Informal Option", "was not in a
/// position to reach consensus on …", "agreed to revert … after
/// consultation with capitals".
pub fn entry(status: Status, rule: Rule, h: &Holders, option: &str) -> String {
    let np = option_np(option);
    let more = reservation_clauses(h);
    let aside = |s: String| {
        if more.is_empty() {
            s
        } else {
            format!("{s} ({})", more.join("; "))
        }
    };
    match status {
        Status::Consensus => format!("agreed to {np}"),
        Status::ConsensusWithReservations
            if !h.block.is_empty() && rule == Rule::ConsensusMinusOne =>
        {
            aside(format!(
                "agreed to {np} under the consensus-minus-one rule, {} not being in a position to join consensus",
                h.block.subject()
            ))
        }
        Status::ConsensusWithReservations => aside(format!("agreed to {np}")),
        Status::NoConsensus => format!(
            "was not in a position to reach consensus on {np} ({} could not join consensus)",
            h.block.subject()
        ),
        Status::Pending if !h.pending.is_empty() => format!(
            "agreed to revert to {np} after consultation with capitals ({})",
            pending_clauses(h).join("; ")
        ),
        Status::Pending => {
            let clauses = pending_clauses(h);
            if clauses.is_empty() {
                format!("did not take up {np}, no member being present")
            } else {
                format!(
                    "did not conclude its consideration of {np} ({})",
                    clauses.join("; ")
                )
            }
        }
    }
}

/// One entry for the options of an item on which no member has yet been
/// heard: "did not yet take up the Diplomatic Option", or "did not yet
/// take up the options A, B and C".
pub fn untouched(options: &[String]) -> String {
    match options {
        [one] => format!("did not yet take up {}", option_np(one)),
        many => format!("did not yet take up the options {}", join_names(many)),
    }
}

/// Said plainly when the chair adopted an option its status does not
/// allow (`decide --despite-status`), or `None` when the status allows it.
/// `flagged` is whether the chair used `--despite-status`: when the
/// status has since come to allow the option, the minutes still say the
/// outcome was recorded before it did.
pub fn despite(status: Status, option: &str, flagged: bool) -> Option<String> {
    let np = option_np(option);
    match status {
        Status::Consensus | Status::ConsensusWithReservations if flagged => Some(format!(
            "the Chair recorded the adoption of {np} before the meeting had reached consensus on it"
        )),
        Status::Consensus | Status::ConsensusWithReservations => None,
        Status::NoConsensus => Some(format!(
            "the Chair recorded the adoption of {np} although consensus was not reached on it"
        )),
        Status::Pending => Some(format!(
            "the Chair recorded the adoption of {np} although no decision had been reached on it"
        )),
    }
}
