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
            let r = d.run(&args);
            assert!(
                (0..=2).contains(&r.code),
                "{}: {args:?} exit {}\n{}",
                f.display(),
                r.code,
                r.stderr
            );
            assert!(!r.stderr.contains("panicked"), "{}", f.display());
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
