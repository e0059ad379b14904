//! Inputs the fuzzers found interesting (tests/corpus/), replayed through the
//! binary: each is refused or accepted cleanly, never by a panic (exit 101),
//! and a refused session file is left exactly as it was.

use crate::util::*;

fn files(kind: &str) -> Vec<std::path::PathBuf> {
    let mut v: Vec<_> = std::fs::read_dir(root().join("tests/corpus").join(kind))
        .map(|d| {
            d.filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.is_file())
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

#[test]
fn agenda_corpus_never_panics() {
    let d = Dir::new();
    let all = files("agenda");
    assert!(!all.is_empty());
    for f in all {
        let r = d.run(&["validate", f.to_str().unwrap_or_default()]);
        assert!(
            r.code == 0 || r.code == 2,
            "{}: exit {}\n{}",
            f.display(),
            r.code,
            r.stderr
        );
        assert!(!r.stderr.contains("panicked"), "{}", f.display());
        if r.code == 2 {
            assert!(
                r.stderr
                    .lines()
                    .all(|l| l.starts_with(f.to_str().unwrap_or_default())),
                "{}",
                r.stderr
            );
        }
    }
}

#[test]
fn session_corpus_never_panics_nor_changes_a_refused_file() {
    let d = Dir::new();
    let all = files("session");
    assert!(!all.is_empty());
    for (n, f) in all.iter().enumerate() {
        let copy = d.write(&format!("s{n}.talanoa"), bytes(f));
        let before = bytes(&copy);
        let name = format!("s{n}.talanoa");
        for args in [
            vec!["export", "--session", name.as_str(), "--format", "json"],
            vec!["review", "--session", name.as_str()],
            vec![
                "attend",
                "--session",
                name.as_str(),
                "--member",
                "X",
                "--absent",
            ],
        ] {
            let r = d.run(&args).clean(&format!("{}: {args:?}", f.display()));
            if r.code != 0 {
                assert_eq!(
                    bytes(&copy),
                    before,
                    "{}: refused, yet changed",
                    f.display()
                );
            }
        }
    }
}

#[test]
fn checkpoint_corpus_never_panics_and_exports_stay_true() {
    use sha2::Digest;
    let d = Dir::new();
    // 1,010 changes, as the `checkpoint` fuzz target builds them.
    let agenda = d.long_session("template.talanoa", (12, 4, 3), 1_010);
    let template = d.path("template.talanoa");
    let all = files("checkpoint");
    assert!(!all.is_empty());
    for (n, f) in all.iter().enumerate() {
        let name = format!("c{n}.talanoa");
        let copy = d.path(&name);
        std::fs::copy(&template, &copy).expect("copy");
        let state = bytes(f);
        let sha: String = sha2::Sha256::digest(&state)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        rusqlite::Connection::open(&copy)
            .and_then(|c| {
                c.execute(
                    "UPDATE checkpoint SET state = ?1, sha256 = ?2",
                    rusqlite::params![state, sha],
                )
            })
            .expect("plant the checkpoint");
        let member = &agenda.members[0].id;
        for args in [
            vec!["attend", "--session", &name, "--member", member, "--absent"],
            vec!["export", "--session", &name, "--format", "json"],
            vec!["export", "--session", &name],
        ] {
            d.run(&args).clean(&format!("{}: {args:?}", f.display()));
        }
        // The log is the truth: whatever the checkpoint said, the export
        // holds every change, the attendance just recorded last.
        let r = d
            .run(&["export", "--session", &name, "--format", "json"])
            .ok();
        let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("json");
        let history = v["history"].as_array().expect("history");
        assert_eq!(history.len(), 1_011, "{}", f.display());
        assert_eq!(history[1_010]["member"], member.as_str());
    }
}
