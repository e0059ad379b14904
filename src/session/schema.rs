//! The schema check: a session holds exactly the tables and triggers
//! talanoa creates, with exactly their definitions, and nothing else (no
//! view, index or trigger of anyone else's). A dropped trigger lets rows
//! be removed unnoticed, a view can hide rows, a foreign trigger can store
//! something other than what was recorded; a file like that is refused,
//! saying what differs, before anything in it is trusted.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::OnceLock;

use rusqlite::Connection;

use super::error::SessionError;
use super::store::tampered;

/// (type, table) and the SQL text of one schema object, by name.
type Objects = BTreeMap<String, (String, String, Option<String>)>;

/// The tables a session may lack (files made before they existed).
const OPTIONAL: &[&str] = &["checkpoint"];

fn objects(conn: &Connection) -> rusqlite::Result<Objects> {
    let mut stmt = conn.prepare("SELECT name, type, tbl_name, sql FROM sqlite_schema")?;
    let rows = stmt.query_map([], |r| {
        Ok((r.get::<_, String>(0)?, (r.get(1)?, r.get(2)?, r.get(3)?)))
    })?;
    rows.collect()
}

/// What talanoa creates, from the same statements, built once in memory.
fn expected() -> &'static Objects {
    static EXPECTED: OnceLock<Objects> = OnceLock::new();
    EXPECTED.get_or_init(|| {
        Connection::open_in_memory()
            .and_then(|c| {
                c.execute_batch(super::store::SCHEMA)?;
                c.execute_batch(super::checkpoint::TABLE)?;
                objects(&c)
            })
            .unwrap_or_default()
    })
}

/// Refuses a session whose schema is not exactly talanoa's.
pub(crate) fn check(conn: &Connection, path: &Path) -> Result<(), SessionError> {
    let found = objects(conn).map_err(|e| {
        tampered(
            path,
            crate::msg!("error-schema-unreadable", why = &e.to_string()),
        )
    })?;
    let want = expected();
    if want.is_empty() {
        return Err(tampered(path, crate::msg!("error-schema-own")));
    }
    let mut diffs = Vec::new();
    for (name, (kind, table, sql)) in &found {
        match want.get(name) {
            None => diffs.push(crate::msg!(
                "error-schema-extra",
                kind = kind,
                name = &crate::text::clip(name),
                table = &crate::text::clip(table)
            )),
            Some(w) if w != &(kind.clone(), table.clone(), sql.clone()) => diffs.push(crate::msg!(
                "error-schema-changed",
                kind = &w.0,
                name = name
            )),
            Some(_) => {}
        }
    }
    for (name, (kind, _, _)) in want {
        if !found.contains_key(name) && !OPTIONAL.contains(&name.as_str()) {
            diffs.push(crate::msg!(
                "error-schema-missing",
                kind = kind,
                name = name
            ));
        }
    }
    if diffs.is_empty() {
        return Ok(());
    }
    let more = diffs.len().saturating_sub(5);
    let mut what = diffs.into_iter().take(5).collect::<Vec<_>>().join("; ");
    if more > 0 {
        what.push_str(&crate::msg!("error-schema-more", count = more));
    }
    Err(tampered(
        path,
        crate::msg!("error-schema-differs", what = &what),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_expected_schema_has_the_tables_and_triggers() {
        let names: Vec<&str> = expected().keys().map(String::as_str).collect();
        assert_eq!(
            names,
            [
                "agenda",
                "agenda_no_delete",
                "agenda_no_update",
                "changes",
                "changes_no_delete",
                "changes_no_update",
                "checkpoint"
            ]
        );
    }

    #[test]
    fn a_trigger_planted_while_recording_is_caught_before_saved() {
        use crate::session::tests::{new_session, pos, t};
        let dir = tempfile::tempdir().unwrap();
        let (mut s, path) = new_session(&dir);
        s.apply(pos("WS", Some("support")), "c", t(1)).unwrap();
        Connection::open(&path)
            .unwrap()
            .execute_batch(
                "CREATE TRIGGER swap BEFORE INSERT ON changes BEGIN
                   INSERT INTO changes (seq, at, by, kind, item, option, member, stance, hash)
                   VALUES (NEW.seq, NEW.at, NEW.by, NEW.kind, NEW.item, NEW.option, NEW.member, 'object', NEW.hash);
                   SELECT RAISE(IGNORE);
                 END;",
            )
            .unwrap();
        let err = s.apply(pos("TO", Some("support")), "c", t(2)).unwrap_err();
        assert!(
            err.to_string().contains("is not what was recorded"),
            "{err}"
        );
        assert_eq!(s.snapshot().log.len(), 1, "not applied either");
        drop(s);
        let n: i64 = Connection::open(&path)
            .unwrap()
            .query_row("SELECT count(*) FROM changes", [], |r| r.get(0))
            .unwrap();
        assert_eq!(n, 1, "nothing was stored");
    }
}
