//! What both documents are built from: the agenda, the record, the
//! attribution, the meeting's time zone, and (under the Chatham House
//! Rule) the redactor that every word a delegation said or the chair
//! wrote passes through. Agenda text never does: it is never rewritten.

use crate::agenda::{Agenda, Attribution, Language};
use crate::consensus::Effect;
use crate::session::{Record, Snapshot};
use crate::time::MeetingZone;

use super::people;
use super::redact::Redactor;
use super::wording::{Holders, Who};

/// The inputs of one document.
pub struct Context<'a> {
    /// The agenda the session began with.
    pub agenda: &'a Agenda,
    /// The record as it stands.
    pub record: &'a Record,
    /// Named or not.
    pub attribution: Attribution,
    /// The meeting's clock.
    pub zone: MeetingZone,
    /// The language of the document's own words.
    pub lang: Language,
    redactor: Option<Redactor>,
}

impl<'a> Context<'a> {
    /// The context of a session's minutes.
    pub fn new(snap: &'a Snapshot, attribution: Attribution, lang: Language) -> Context<'a> {
        Context {
            lang,
            agenda: &snap.agenda,
            record: snap.record(),
            attribution,
            zone: MeetingZone::of(&snap.agenda),
            redactor: (attribution == Attribution::ChathamHouse)
                .then(|| Redactor::new(&snap.agenda)),
        }
    }

    /// Words a delegation said or someone wrote about them, with every
    /// delegation's name redacted under the Chatham House Rule.
    pub fn said(&self, text: &str) -> String {
        match &self.redactor {
            Some(r) => r.text(text),
            None => text.to_string(),
        }
    }

    /// Who holds what on an option, named as in a sentence or counted.
    pub fn holders(&self, i: usize, o: usize) -> Holders {
        let (a, r) = (self.agenda, self.record);
        let of = people::members_present(a, r);
        let mut present: Vec<(usize, &crate::agenda::Member)> = a
            .members
            .iter()
            .enumerate()
            .filter(|(m, x)| x.role.counts() && !r.is_absent(*m))
            .collect();
        present.sort_by_cached_key(|(_, x)| people::sort_key(x.name_in(self.lang)));
        let effect = |m: usize| {
            r.position(i, o, m)
                .and_then(|p| p.stance)
                .and_then(|s| a.stances.get(s))
                .map(|s| s.effect)
        };
        let who = |wanted: Option<Effect>| {
            let names = present
                .iter()
                .filter(|(m, _)| effect(*m) == wanted)
                .map(|(_, x)| x.in_text_in(self.lang).to_string())
                .collect();
            Who::from_names(names, of, self.attribution)
        };
        Holders {
            reservation: who(Some(Effect::Reservation)),
            stand_aside: who(Some(Effect::StandAside)),
            pending: who(Some(Effect::Pending)),
            block: who(Some(Effect::Block)),
            not_heard: who(None),
            present: of,
        }
    }
}
