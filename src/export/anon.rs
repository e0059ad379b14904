//! Exports for tools under the Chatham House Rule: every delegation is
//! replaced by a stable pseudonym ("Member 1", "Observer 1"), and names in
//! what was said or written (statements, outcomes, actions, who entered a
//! change) are redacted as the minutes redact them.
//!
//! Pseudonyms are numbered in an order drawn from the agenda's hash and
//! each delegation's id, not in agenda order: the same session always
//! gives the same pseudonyms, but an alphabetical roster does not give
//! "Member 1" away as its first name.

use std::borrow::Cow;

use sha2::{Digest, Sha256};

use crate::agenda::{Agenda, Attribution, Language};
use crate::consensus::Role;
use crate::minutes::Redactor;
use crate::session::{Change, Entry};

/// How an export names delegations: as they are, or pseudonymised.
pub struct Names {
    /// Pseudonym and rank per member index (Chatham House only).
    pseudonyms: Option<Vec<(String, usize)>>,
    redactor: Option<Redactor>,
}

/// The words a pseudonym starts with, by role.
fn label(role: Role) -> &'static str {
    match role {
        Role::Member => "Member",
        Role::Observer => "Observer",
        Role::AssociateMember => "Associate Member",
        Role::DialoguePartner => "Dialogue Partner",
        Role::Agency => "Agency",
    }
}

/// What the file says about how it names delegations.
pub fn notice(attribution: Attribution) -> &'static str {
    match attribution {
        Attribution::Attributed => "Attributed: delegations are named.",
        Attribution::ChathamHouse => {
            "Chatham House Rule: delegations are replaced by stable pseudonyms (Member 1, Observer 1, Associate Member 1, Dialogue Partner 1, Agency 1, ...) and their names are redacted from statements, outcomes and actions."
        }
    }
}

impl Names {
    /// Names for an export of `agenda` (whose TOML text hashes to `salt`).
    pub fn new(agenda: &Agenda, salt: &str, attribution: Attribution) -> Names {
        if attribution == Attribution::Attributed {
            return Names {
                pseudonyms: None,
                redactor: None,
            };
        }
        let key = |id: &str| {
            let mut h = Sha256::new();
            h.update(salt.as_bytes());
            h.update([0]);
            h.update(id.as_bytes());
            h.finalize()
        };
        let role_rank = |r: Role| Role::ALL.iter().position(|x| *x == r);
        let mut order: Vec<(usize, &'static str, _)> = agenda
            .members
            .iter()
            .enumerate()
            .map(|(m, x)| (m, label(x.role), key(&x.id)))
            .collect();
        let rank_of = |m: usize| agenda.members.get(m).and_then(|x| role_rank(x.role));
        order.sort_by(|a, b| (rank_of(a.0), &a.2).cmp(&(rank_of(b.0), &b.2)));
        let mut pseudonyms = vec![(String::new(), 0); agenda.members.len()];
        let mut counts: Vec<(&str, usize)> = Vec::new();
        for (rank, (m, word, _)) in order.into_iter().enumerate() {
            let n = match counts.iter_mut().find(|(w, _)| *w == word) {
                Some((_, n)) => {
                    *n += 1;
                    *n
                }
                None => {
                    counts.push((word, 1));
                    1
                }
            };
            if let Some(slot) = pseudonyms.get_mut(m) {
                *slot = (format!("{word} {n}"), rank);
            }
        }
        Names {
            pseudonyms: Some(pseudonyms),
            redactor: Some(Redactor::new(agenda)),
        }
    }

    /// Whether delegations are pseudonymised.
    pub fn is_anonymous(&self) -> bool {
        self.pseudonyms.is_some()
    }

    /// A member's id as the export shows it.
    pub fn id<'a>(&'a self, agenda: &'a Agenda, m: usize) -> Cow<'a, str> {
        match &self.pseudonyms {
            Some(p) => Cow::Borrowed(p.get(m).map_or("", |(name, _)| name.as_str())),
            None => Cow::Borrowed(agenda.members.get(m).map_or("", |x| x.id.as_str())),
        }
    }

    /// A member's name as the export shows it.
    pub fn name<'a>(&'a self, agenda: &'a Agenda, m: usize) -> Cow<'a, str> {
        match &self.pseudonyms {
            Some(_) => self.id(agenda, m),
            None => Cow::Borrowed(agenda.members.get(m).map_or("", |x| x.name.as_str())),
        }
    }

    /// A member's name as an export in `lang` shows it: the pseudonym, else
    /// the agenda's name in that language ([`Member::name_in`]).
    ///
    /// [`Member::name_in`]: crate::agenda::Member::name_in
    pub fn name_in<'a>(&'a self, agenda: &'a Agenda, m: usize, lang: Language) -> Cow<'a, str> {
        match &self.pseudonyms {
            Some(_) => self.id(agenda, m),
            None => Cow::Borrowed(agenda.members.get(m).map_or("", |x| x.name_in(lang))),
        }
    }

    /// Where a member sorts: agenda order, or pseudonym order.
    pub fn rank(&self, m: usize) -> usize {
        match &self.pseudonyms {
            Some(p) => p.get(m).map_or(m, |(_, r)| *r),
            None => m,
        }
    }

    /// Text someone said or wrote, with names redacted under the rule.
    pub fn text<'a>(&self, text: &'a str) -> Cow<'a, str> {
        match &self.redactor {
            Some(r) => Cow::Owned(r.text(text)),
            None => Cow::Borrowed(text),
        }
    }

    /// A history entry as the export shows it.
    pub fn entry<'a>(&self, agenda: &Agenda, e: &'a Entry) -> Cow<'a, Entry> {
        if !self.is_anonymous() {
            return Cow::Borrowed(e);
        }
        let member = |id: &str| {
            agenda
                .member_index(id)
                .map_or_else(|| "?".to_string(), |m| self.id(agenda, m).into_owned())
        };
        let text = |t: &str| self.text(t).into_owned();
        let mut out = e.clone();
        out.by = text(&e.by);
        match &mut out.change {
            Change::Position {
                member: who,
                statement,
                ..
            } => {
                *who = member(who);
                *statement = statement.as_deref().map(text);
            }
            Change::Statement {
                member: who,
                text: t,
                ..
            } => {
                *who = member(who);
                *t = text(t);
            }
            Change::Attendance { member: who, .. } | Change::Spoke { member: who, .. } => {
                *who = member(who);
            }
            Change::Outcome { text: t, .. } => *t = text(t),
            Change::Action { text: t, owner, .. } => {
                *t = text(t);
                *owner = owner.as_deref().map(text);
            }
            Change::WithdrawAction { .. } | Change::Undo { .. } | Change::Redo { .. } => {}
            Change::AddOption {
                member: who,
                proposer,
                ..
            } => {
                *who = who.as_deref().map(member);
                *proposer = proposer.as_deref().map(text);
            }
            // A late delegation's name, or a corrected one, would name it.
            Change::AddMember {
                member: who,
                name,
                name_in_text,
                ..
            } => {
                *who = member(who);
                name.clone_from(who);
                *name_in_text = None;
            }
            Change::Rename {
                member: Some(who),
                text: t,
                ..
            } => {
                *who = member(who);
                t.clone_from(who);
            }
            Change::AddItem { .. } | Change::Rename { .. } => {}
        }
        Cow::Owned(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const AGENDA: &str = "[meeting]\ntitle = \"T\"\n[[members]]\nid = \"AU\"\nname = \"Australia\"\n[[members]]\nid = \"WS\"\nname = \"Sāmoa\"\n[[members]]\nid = \"JP\"\nname = \"Japan\"\nrole = \"observer\"\n[[items]]\nid = \"i\"\ntitle = \"x\"\n[[items.options]]\nid = \"o\"\ntitle = \"y\"\n";

    #[test]
    fn pseudonyms_are_stable_distinct_and_by_role() {
        let a = crate::agenda::parse(AGENDA, "t").unwrap();
        let n = Names::new(&a, "salt", Attribution::ChathamHouse);
        let again = Names::new(&a, "salt", Attribution::ChathamHouse);
        let ids: Vec<String> = (0..3).map(|m| n.id(&a, m).into_owned()).collect();
        assert_eq!(
            ids,
            (0..3)
                .map(|m| again.id(&a, m).into_owned())
                .collect::<Vec<_>>()
        );
        let mut members = vec![ids[0].clone(), ids[1].clone()];
        members.sort();
        assert_eq!(members, ["Member 1", "Member 2"]);
        assert_eq!(ids[2], "Observer 1");
        assert_eq!(n.name(&a, 1), ids[1]);
        assert_eq!(
            n.text("samoa and JAPAN agree"),
            "[a member] and [an observer] agree"
        );
    }

    #[test]
    fn attributed_exports_keep_names() {
        let a = crate::agenda::parse(AGENDA, "t").unwrap();
        let n = Names::new(&a, "salt", Attribution::Attributed);
        assert_eq!(n.id(&a, 1), "WS");
        assert_eq!(n.name(&a, 1), "Sāmoa");
        assert_eq!(n.text("Sāmoa"), "Sāmoa");
    }
}
