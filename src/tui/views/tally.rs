//! What a screen for the room shows of an option: how many hold each
//! stance of the agenda's scale, members and observers apart, and who has
//! the floor, without a name when the meeting is under the Chatham House
//! Rule. Plain data, no drawing.

use crate::agenda::{Agenda, Attribution};
use crate::session::Snapshot;

/// Counts on one option, by stance index of the agenda's scale.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct StanceCounts {
    /// Present members holding each stance (same order as the scale).
    pub members: Vec<usize>,
    /// Present members not yet heard.
    pub not_heard: usize,
    /// Members marked absent.
    pub absent: usize,
    /// Present observers (every role that does not count) holding each stance.
    pub observers: Vec<usize>,
    /// Present observers not yet heard.
    pub observers_not_heard: usize,
}

impl StanceCounts {
    /// Counts the positions on `option` of `item`.
    pub fn of(snap: &Snapshot, item: usize, option: usize) -> StanceCounts {
        let a = &snap.agenda;
        let rec = snap.record();
        let mut c = StanceCounts {
            members: vec![0; a.stances.len()],
            observers: vec![0; a.stances.len()],
            ..StanceCounts::default()
        };
        for (m, member) in a.members.iter().enumerate() {
            let counts = member.role.counts();
            if rec.is_absent(m) {
                if counts {
                    c.absent += 1;
                }
                continue;
            }
            let stance = rec.position(item, option, m).and_then(|p| p.stance);
            let (per, unheard) = if counts {
                (&mut c.members, &mut c.not_heard)
            } else {
                (&mut c.observers, &mut c.observers_not_heard)
            };
            match stance.and_then(|s| per.get_mut(s)) {
                Some(n) => *n += 1,
                None => *unheard += 1,
            }
        }
        c
    }

    /// Whether any observer is present.
    pub fn has_observers(&self) -> bool {
        self.observers_not_heard > 0 || self.observers.iter().any(|n| *n > 0)
    }
}

/// Whether the meeting names no delegation on a screen for the room.
pub fn chatham_house(agenda: &Agenda) -> bool {
    agenda.meeting.attribution == Attribution::ChathamHouse
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::{Change, Session};

    const AGENDA: &str = r#"
[meeting]
title = "T"
[[members]]
id = "WS"
name = "Sāmoa"
[[members]]
id = "TO"
name = "Tonga"
[[members]]
id = "NU"
name = "Niuē"
[[members]]
id = "JP"
name = "日本"
role = "observer"
[[items]]
id = "i"
title = "I"
[[items.options]]
id = "o"
title = "O"
"#;

    #[test]
    fn counts_per_stance_keep_observers_and_absent_members_apart() {
        let dir = tempfile::tempdir().unwrap();
        let at = chrono::Utc::now();
        let (mut s, _) =
            Session::open_or_create(&dir.path().join("s.talanoa"), AGENDA, "a.toml", at).unwrap();
        let pos = |member: &str, stance: &str| Change::Position {
            item: "i".into(),
            option: "o".into(),
            member: member.into(),
            stance: Some(stance.into()),
            statement: None,
        };
        s.apply(pos("WS", "support"), "c", at).unwrap();
        s.apply(pos("JP", "support"), "c", at).unwrap();
        s.apply(
            Change::Attendance {
                member: "NU".into(),
                present: false,
            },
            "c",
            at,
        )
        .unwrap();
        let c = StanceCounts::of(s.snapshot(), 0, 0);
        assert_eq!(c.members, vec![1, 0, 0, 0, 0]);
        assert_eq!((c.not_heard, c.absent), (1, 1));
        assert_eq!(c.observers, vec![1, 0, 0, 0, 0]);
        assert_eq!(c.observers_not_heard, 0);
        assert!(c.has_observers());
    }
}
