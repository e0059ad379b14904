//! Large agendas and sessions for benchmarks and tests, from a seed, so
//! anyone can reproduce the figures in docs/performance.md.

use crate::agenda::Agenda;
use crate::session::Change;

/// Agenda text with `members` members (every tenth an observer) in eight
/// groups, `items` items and `options` options per item.
pub fn agenda_toml(members: usize, items: usize, options: usize) -> String {
    let mut s = String::from(
        "[meeting]\ntitle = \"Generated plenary\"\nbody = \"Benchmark body\"\ndate = 2024-08-06\nchair = \"Chair\"\nsecretary = \"Secretariat\"\n\n",
    );
    const NAMES: [&str; 4] = ["Sāmoa", "Tonga ʻOkina", "日本", "Aotearoa"];
    for m in 0..members {
        let role = if m % 10 == 9 { "observer" } else { "member" };
        let name = NAMES.get(m % NAMES.len()).copied().unwrap_or("Member");
        s.push_str(&format!("[[members]]\nid = \"M{m}\"\nname = \"{name} {m}\"\ngroup = \"Group {}\"\nrole = \"{role}\"\n\n", m % 8));
    }
    for i in 0..items {
        s.push_str(&format!("[[items]]\nid = \"item-{i}\"\ntitle = \"Agenda item {i}\"\nbackground = \"\"\"\nBackground of item {i}, over\ntwo lines.\"\"\"\nquestions = [\"Question one?\", \"Question two?\"]\n\n"));
        for o in 0..options {
            s.push_str(&format!("[[items.options]]\nid = \"opt-{o}\"\ntitle = \"Option {o} of item {i}\"\nsummary = \"What option {o} proposes.\"\nconsiderations = [\"A strength.\", \"A risk.\"]\n\n"));
        }
    }
    s
}

/// A small deterministic generator (no dependency, stable across versions).
pub struct Rng(u64);

impl Rng {
    /// Seeded generator.
    pub fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x9E37_79B9_7F4A_7C15)
    }

    /// A number below `n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        let x = usize::try_from(self.0 >> 33).unwrap_or(0);
        if n == 0 { 0 } else { x % n }
    }
}

/// `n` plausible changes for an agenda: mostly positions, some statements,
/// attendance, speaking time, outcomes and actions (no undo or redo, so
/// they can follow any session).
pub fn changes(agenda: &Agenda, n: usize, seed: u64) -> Vec<Change> {
    let mut rng = Rng::new(seed);
    let mut out = Vec::with_capacity(n);
    for k in 0..n {
        let (Some(item), Some(member), Some(stance)) = (
            agenda.items.get(rng.below(agenda.items.len())),
            agenda.members.get(rng.below(agenda.members.len())),
            agenda.stances.get(rng.below(agenda.stances.len())),
        ) else {
            break;
        };
        let option = item
            .options
            .get(rng.below(item.options.len()))
            .map(|o| o.id.clone())
            .unwrap_or_default();
        let change = match rng.below(20) {
            0 => Change::Statement {
                item: item.id.clone(),
                option,
                member: member.id.clone(),
                text: format!("Statement {k} from {}.\nA second line.", member.name),
            },
            1 => Change::Attendance {
                member: member.id.clone(),
                present: rng.below(4) != 0,
            },
            2 => Change::Spoke {
                item: item.id.clone(),
                member: member.id.clone(),
                seconds: 30 + rng.below(300) as u64,
            },
            3 if k.is_multiple_of(7) => Change::Outcome {
                item: item.id.clone(),
                text: format!("agreed on outcome {k}"),
                option: Some(option),
                despite_status: k.is_multiple_of(14),
            },
            4 if k.is_multiple_of(5) => Change::Action {
                item: item.id.clone(),
                text: format!("action {k}"),
                owner: Some("Secretariat".into()),
                due: chrono::NaiveDate::from_ymd_opt(2025, 1, 1),
            },
            _ => Change::Position {
                item: item.id.clone(),
                option,
                member: member.id.clone(),
                stance: Some(stance.id.clone()),
                statement: None,
            },
        };
        out.push(change);
    }
    out
}

/// `n` changes for a new, empty session, as a chair makes them: the
/// changes of [`changes`], and now and then an undo (about one in 30),
/// often followed by a redo of what was undone.
pub fn session_changes(agenda: &Agenda, n: usize, seed: u64) -> Vec<Change> {
    let mut rng = Rng::new(seed.wrapping_add(1));
    let mut regular = changes(agenda, n, seed).into_iter();
    let (mut done, mut undone): (Vec<i64>, Vec<i64>) = (Vec::new(), Vec::new());
    let mut out = Vec::with_capacity(n);
    for seq in (1..).take(n) {
        // Right after an undo, a chair often thinks better of it.
        let change = if !undone.is_empty() && rng.below(3) == 0 {
            let target = undone.pop().unwrap_or_default();
            done.push(target);
            Change::Redo { target }
        } else if rng.below(30) == 0 && !done.is_empty() {
            let target = done.pop().unwrap_or_default();
            undone.push(target);
            Change::Undo { target }
        } else {
            let Some(c) = regular.next() else { break };
            done.push(seq);
            undone.clear();
            c
        };
        out.push(change);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_agenda_validates_and_changes_fit() {
        let text = agenda_toml(50, 5, 4);
        let agenda = crate::agenda::parse(&text, "gen").unwrap();
        assert_eq!(agenda.members.len(), 50);
        let changes = changes(&agenda, 500, 1);
        assert_eq!(changes.len(), 500);
        let record = crate::session::Record::new(&agenda);
        for c in &changes {
            record.fits(&agenda, c).unwrap();
        }
        assert_eq!(changes, super::changes(&agenda, 500, 1), "deterministic");
    }

    #[test]
    fn session_changes_undo_and_redo_and_replay() {
        let text = agenda_toml(20, 3, 2);
        let agenda = crate::agenda::parse(&text, "gen").unwrap();
        let changes = session_changes(&agenda, 2_000, 2);
        let count = |kind: &str| changes.iter().filter(|c| c.kind() == kind).count();
        assert!(
            count("undo") > 30 && count("redo") > 5,
            "{} {}",
            count("undo"),
            count("redo")
        );
        let mut log = crate::session::Log::new(&agenda);
        let at = chrono::DateTime::UNIX_EPOCH;
        for change in changes {
            let seq = log.next_seq();
            let entry = crate::session::Entry {
                seq,
                at,
                by: "g".into(),
                change,
            };
            log.push(entry).unwrap();
        }
        assert_eq!(log.len(), 2_000);
    }
}
