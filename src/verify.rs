//! Tamper evidence that reaches readers. Every export states the record it
//! was produced from, as a [`Stamp`]: how many changes the record held and
//! the chain hash of the last one. `talanoa verify` checks a session's whole
//! chain and, given an export, that it was produced from this record as it
//! stands (not from a longer record whose last changes were since removed,
//! nor from an earlier state, nor edited afterwards).

use std::path::Path;

use crate::export::{Kind, Request};
use crate::msg;
use crate::session::{self, SessionError, Snapshot};

/// Where an export came from: the record's length and its last hash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stamp {
    /// How many changes the record held.
    pub changes: usize,
    /// The chain hash of the last change (the agenda's hash when none).
    pub hash: String,
}

const LEAD: &str = "Session record: ";
const HASH: &str = "; hash of the last change: ";

impl Stamp {
    /// The stamp of a session as read.
    pub fn of(snap: &Snapshot) -> Stamp {
        Stamp {
            changes: snap.log.len(),
            hash: snap.last_hash.clone(),
        }
    }

    /// The line every export carries: "Session record: 12 changes; hash
    /// of the last change: 3f…". Nothing in it needs escaping in any format.
    pub fn line(&self) -> String {
        let noun = if self.changes == 1 {
            "change"
        } else {
            "changes"
        };
        format!("{LEAD}{} {noun}{HASH}{}", self.changes, self.hash)
    }

    /// The stamp an export states: the `record` object of a JSON export,
    /// otherwise the last stamp line in the text (every format puts its
    /// own after anything a delegation wrote, so a statement quoting a
    /// stamp cannot stand in for it).
    pub fn find(text: &str) -> Option<Stamp> {
        if let Some(s) = from_json(text) {
            return Some(s);
        }
        let start = text.rfind(LEAD)? + LEAD.len();
        let rest = text.get(start..)?;
        let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
        let changes = digits.parse().ok()?;
        let rest = rest.get(digits.len()..)?;
        let rest = rest
            .strip_prefix(" changes")
            .or_else(|| rest.strip_prefix(" change"))?;
        let hex = rest.strip_prefix(HASH)?.get(..64)?;
        hex.chars().all(|c| c.is_ascii_hexdigit()).then(|| Stamp {
            changes,
            hash: hex.to_ascii_lowercase(),
        })
    }
}

fn from_json(text: &str) -> Option<Stamp> {
    let value: serde_json::Value = serde_json::from_str(text).ok()?;
    let record = value.get("record")?;
    Some(Stamp {
        changes: usize::try_from(record.get("changes")?.as_u64()?).ok()?,
        hash: record.get("last_hash")?.as_str()?.to_string(),
    })
}

/// What `verify --minutes` found, when the export does not match.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mismatch {
    /// The file states no record.
    NoStamp,
    /// The export was made from a longer record: changes were removed since.
    Removed {
        /// Changes the export states.
        stated: usize,
        /// Changes the session holds.
        held: usize,
    },
    /// The export was made from this record when it was shorter.
    Earlier {
        /// Changes the export states.
        stated: usize,
        /// Changes the session holds.
        held: usize,
    },
    /// The hashes differ: another record, or one rewritten.
    Different {
        /// The change compared.
        seq: usize,
        /// The hash the export states.
        stated: String,
        /// The hash this session holds for it.
        held: String,
    },
    /// The stamp matches but the text is not what this record produces.
    Edited {
        /// The first line that differs from the nearest export (1-based).
        line: usize,
    },
}

impl std::fmt::Display for Mismatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let n = |v: &usize| v.to_string();
        let text = match self {
            Mismatch::NoStamp => msg!("error-verify-no-stamp", lead = LEAD.trim_end()),
            Mismatch::Removed { stated, held } => msg!(
                "error-verify-removed",
                stated = *stated,
                held = &n(held),
                span = &span(held + 1, *stated, "error-verify-span-removed")
            ),
            Mismatch::Earlier { stated, held } => msg!(
                "error-verify-earlier",
                stated = *stated,
                held = &n(held),
                span = &span(stated + 1, *held, "error-verify-span-added")
            ),
            Mismatch::Different { seq, stated, held } => msg!(
                "error-verify-different",
                seq = &n(seq),
                stated = stated,
                held = held
            ),
            Mismatch::Edited { line } => msg!("error-verify-edited", line = &n(line)),
        };
        f.write_str(&text)
    }
}

/// "change #3 was" or "changes #3-#5 were", from the message `id`
/// (`error-verify-span-removed` or `error-verify-span-added`).
fn span(from: usize, to: usize, id: &str) -> String {
    let many = if from >= to { "one" } else { "many" };
    let (from, to) = (from.to_string(), to.to_string());
    crate::i18n::t(
        crate::i18n::messages(),
        id,
        &[
            ("from", (&from).into()),
            ("to", (&to).into()),
            ("many", many.into()),
        ],
    )
}

/// Checks the whole chain of the session at `path`, and that its
/// checkpoint (the shortcut the chair's screen resumes from) gives the
/// same record; reads it.
pub fn session(path: &Path) -> Result<Snapshot, SessionError> {
    let snap = session::read(path)?;
    if !session::checkpoint_agrees(&snap)? {
        return Err(SessionError::Tampered {
            path: path.to_path_buf(),
            what: msg!("error-verify-checkpoint"),
        });
    }
    Ok(snap)
}

/// Checks that `export` (any format) was produced from the session as it
/// stands; `Ok` names the export it is identical to.
pub fn export(snap: &Snapshot, export: &[u8]) -> Result<Result<String, Mismatch>, SessionError> {
    // A Word or spreadsheet file states its record inside its XML parts.
    let text = if crate::package::is_package(export) {
        crate::package::text(export).unwrap_or_default().into()
    } else {
        String::from_utf8_lossy(export)
    };
    let Some(stamp) = Stamp::find(&text) else {
        return Ok(Err(Mismatch::NoStamp));
    };
    let held = snap.log.len();
    if stamp.changes > held {
        return Ok(Err(Mismatch::Removed {
            stated: stamp.changes,
            held,
        }));
    }
    let seq = i64::try_from(stamp.changes).unwrap_or(i64::MAX);
    let hash = session::hash_at(&snap.path, seq)?.unwrap_or_default();
    if hash != stamp.hash {
        return Ok(Err(Mismatch::Different {
            seq: stamp.changes,
            stated: stamp.hash,
            held: hash,
        }));
    }
    if stamp.changes < held {
        return Ok(Err(Mismatch::Earlier {
            stated: stamp.changes,
            held,
        }));
    }
    Ok(identical(snap, export))
}

/// Which export of the record `bytes` is, byte for byte; otherwise the
/// first line where it differs from the closest one.
fn identical(snap: &Snapshot, bytes: &[u8]) -> Result<String, Mismatch> {
    let mut nearest = 0;
    let mut seen: Vec<Vec<u8>> = Vec::new();
    for req in crate::export::every_request() {
        let Ok(made) = crate::export::render(snap, &req) else {
            continue;
        };
        if made == bytes {
            return Ok(describe(&req));
        }
        // Exports whose words do not depend on the language are the same
        // bytes twice; compare each only once.
        if !seen.contains(&made) {
            nearest = nearest.max(same_lines(&made, bytes));
            seen.push(made);
        }
    }
    Err(Mismatch::Edited { line: nearest + 1 })
}

/// How many leading lines two texts share.
fn same_lines(a: &[u8], b: &[u8]) -> usize {
    a.split(|c| *c == b'\n')
        .zip(b.split(|c| *c == b'\n'))
        .take_while(|(x, y)| x == y)
        .count()
}

fn describe(req: &Request) -> String {
    let mut words = vec![msg!("error-verify-kind", kind = req.kind.extension())];
    if req.kind.is_minutes() {
        words.push(msg!(
            "error-verify-document",
            document = req.document.as_str()
        ));
    }
    words.push(req.attribution.as_str().to_string());
    if req.kind.is_minutes() || req.kind == Kind::Xlsx {
        words.push(req.language.as_str().to_string());
    }
    if req.bom {
        words.push(msg!("error-verify-bom"));
    }
    words.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mismatches_name_one_change_or_a_range() {
        let removed = Mismatch::Removed { stated: 5, held: 2 }.to_string();
        assert!(
            removed.ends_with(": changes #3-#5 have been removed from the session since"),
            "{removed}"
        );
        let one = Mismatch::Removed { stated: 3, held: 2 }.to_string();
        assert!(one.ends_with(": change #3 has been removed from the session since"));
        let earlier = Mismatch::Earlier { stated: 2, held: 5 }.to_string();
        assert!(
            earlier.contains("and changes #3-#5 were recorded since: export it again"),
            "{earlier}"
        );
        let fr = crate::i18n::Language::Fr;
        let range = |many: &str| {
            crate::tr!(
                fr,
                "error-verify-span-added",
                from = "3",
                to = "5",
                many = many
            )
        };
        assert_eq!(
            range("many"),
            "les modifications n° 3 à 5 ont été enregistrées"
        );
        assert_eq!(range("one"), "la modification n° 5 a été enregistrée");
    }

    #[test]
    fn a_stamp_reads_back_from_its_line() {
        let s = Stamp {
            changes: 12,
            hash: "ab".repeat(32),
        };
        assert_eq!(Stamp::find(&format!("x\n{}\n", s.line())), Some(s.clone()));
        let one = Stamp {
            changes: 1,
            hash: s.hash.clone(),
        };
        assert!(one.line().contains("1 change;"));
        assert_eq!(Stamp::find(&one.line()), Some(one));
        assert_eq!(
            Stamp::find("Session record: 3 changes; hash of the last change: xyz"),
            None
        );
        assert_eq!(Stamp::find("nothing here"), None);
    }

    #[test]
    fn the_last_stamp_wins_over_one_quoted_earlier() {
        let quoted = Stamp {
            changes: 99,
            hash: "cd".repeat(32),
        };
        let own = Stamp {
            changes: 3,
            hash: "ef".repeat(32),
        };
        let text = format!("> {}\n\n{}\n", quoted.line(), own.line());
        assert_eq!(Stamp::find(&text), Some(own));
    }
}
