//! The consensus rules of the agenda contract: stance effects, decision rules
//! and the status of one option. Pure functions, no I/O, no terminal.

use serde::Serialize;

/// What a stance means for consensus, whatever words the scale gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Effect {
    /// Joins consensus without qualification.
    Support,
    /// Joins consensus, with a reservation recorded.
    Reservation,
    /// Does not join, but does not stand in the way.
    StandAside,
    /// Not yet able to say (for example, awaiting instructions from capital).
    Pending,
    /// Cannot join consensus.
    Block,
}

impl Effect {
    /// Every effect, in the order the contract lists them.
    pub const ALL: [Effect; 5] = [
        Effect::Support,
        Effect::Reservation,
        Effect::StandAside,
        Effect::Pending,
        Effect::Block,
    ];

    /// The word used in agenda files and exports.
    pub fn as_str(self) -> &'static str {
        match self {
            Effect::Support => "support",
            Effect::Reservation => "reservation",
            Effect::StandAside => "stand-aside",
            Effect::Pending => "pending",
            Effect::Block => "block",
        }
    }

    /// Parses the agenda word for an effect.
    pub fn parse(word: &str) -> Option<Effect> {
        Effect::ALL.into_iter().find(|e| e.as_str() == word)
    }
}

/// How the meeting decides.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Rule {
    /// One block means no consensus.
    #[default]
    Consensus,
    /// One block is carried; two or more mean no consensus.
    ConsensusMinusOne,
}

impl Rule {
    /// Every rule.
    pub const ALL: [Rule; 2] = [Rule::Consensus, Rule::ConsensusMinusOne];

    /// The word used in agenda files and exports.
    pub fn as_str(self) -> &'static str {
        match self {
            Rule::Consensus => "consensus",
            Rule::ConsensusMinusOne => "consensus-minus-one",
        }
    }

    /// Parses the agenda word for a rule.
    pub fn parse(word: &str) -> Option<Rule> {
        Rule::ALL.into_iter().find(|r| r.as_str() == word)
    }
}

/// The state of consensus on one option.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// Every counted member joined.
    Consensus,
    /// Consensus, with reservations, stand-asides or (minus-one) one block.
    ConsensusWithReservations,
    /// Blocked.
    NoConsensus,
    /// Someone present is not yet heard or holds a pending stance.
    Pending,
}

impl Status {
    /// The word used in exports (`consensus-with-reservations`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Consensus => "consensus",
            Status::ConsensusWithReservations => "consensus-with-reservations",
            Status::NoConsensus => "no-consensus",
            Status::Pending => "pending",
        }
    }

    /// The words a chair reads on screen.
    pub fn label(self) -> &'static str {
        match self {
            Status::Consensus => "consensus",
            Status::ConsensusWithReservations => "consensus with reservations",
            Status::NoConsensus => "no consensus",
            Status::Pending => "pending",
        }
    }
}

/// What a participant is at the meeting; only [`Role::Member`] counts towards consensus.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// A member: counted, may block.
    #[default]
    Member,
    /// An observer: speaks, is recorded, never counted.
    Observer,
    /// An associate member (agenda format 2): speaks, is recorded, never counted.
    AssociateMember,
    /// A dialogue partner (agenda format 2): speaks, is recorded, never counted.
    DialoguePartner,
    /// An agency, such as a regional organisation (agenda format 2): speaks,
    /// is recorded, never counted.
    Agency,
}

impl Role {
    /// Every role, in the order the contract lists them.
    pub const ALL: [Role; 5] = [
        Role::Member,
        Role::Observer,
        Role::AssociateMember,
        Role::DialoguePartner,
        Role::Agency,
    ];

    /// The word used in agenda files and exports.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Member => "member",
            Role::Observer => "observer",
            Role::AssociateMember => "associate-member",
            Role::DialoguePartner => "dialogue-partner",
            Role::Agency => "agency",
        }
    }

    /// The words a reader sees ("associate member", "dialogue partner").
    pub fn label(self) -> &'static str {
        match self {
            Role::Member => "member",
            Role::Observer => "observer",
            Role::AssociateMember => "associate member",
            Role::DialoguePartner => "dialogue partner",
            Role::Agency => "agency",
        }
    }

    /// Parses the agenda word for a role.
    pub fn parse(word: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == word)
    }

    /// Whether this participant counts towards consensus (and may block).
    pub fn counts(self) -> bool {
        self == Role::Member
    }
}

/// One participant's standing on one option, as the rules see it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Standing {
    /// What the participant is; only members count.
    pub role: Role,
    /// Marked absent.
    pub absent: bool,
    /// The effect of the stance held, or `None` when not yet heard.
    pub effect: Option<Effect>,
}

/// Counts of the counted members (present, role `member`) on one option.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    /// Present members holding a support stance.
    pub support: usize,
    /// Present members holding a reservation stance.
    pub reservation: usize,
    /// Present members standing aside.
    pub stand_aside: usize,
    /// Present members holding a pending stance.
    pub pending: usize,
    /// Present members blocking.
    pub block: usize,
    /// Present members not yet heard.
    pub not_heard: usize,
    /// Members marked absent (not counted).
    pub absent: usize,
}

impl Tally {
    /// Counts the standings; every role but `member` is skipped entirely.
    pub fn of<I: IntoIterator<Item = Standing>>(standings: I) -> Tally {
        let mut t = Tally::default();
        for s in standings.into_iter().filter(|s| s.role.counts()) {
            if s.absent {
                t.absent += 1;
                continue;
            }
            match s.effect {
                None => t.not_heard += 1,
                Some(Effect::Support) => t.support += 1,
                Some(Effect::Reservation) => t.reservation += 1,
                Some(Effect::StandAside) => t.stand_aside += 1,
                Some(Effect::Pending) => t.pending += 1,
                Some(Effect::Block) => t.block += 1,
            }
        }
        t
    }

    /// Present, counted members.
    pub fn present(&self) -> usize {
        self.support
            + self.reservation
            + self.stand_aside
            + self.pending
            + self.block
            + self.not_heard
    }

    /// The status these counts give under `rule`.
    pub fn status(&self, rule: Rule) -> Status {
        let blocks_allowed = match rule {
            Rule::Consensus => 0,
            Rule::ConsensusMinusOne => 1,
        };
        if self.present() == 0 {
            return Status::Pending;
        }
        if self.block > blocks_allowed {
            return Status::NoConsensus;
        }
        if self.not_heard > 0 || self.pending > 0 {
            return Status::Pending;
        }
        if self.reservation > 0 || self.stand_aside > 0 || self.block > 0 {
            Status::ConsensusWithReservations
        } else {
            Status::Consensus
        }
    }
}

/// The status of an option from its participants' standings.
pub fn status<I: IntoIterator<Item = Standing>>(rule: Rule, standings: I) -> Status {
    Tally::of(standings).status(rule)
}

#[cfg(test)]
mod tests;
