//! Small helpers: a temporary folder and a way to run the binary in it.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub const BIN: &str = env!("CARGO_BIN_EXE_talanoa");

/// The repository root, where `agendas/` and `tests/fixtures/` live.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn fixture(name: &str) -> PathBuf {
    root().join("tests/fixtures").join(name)
}

pub fn sample() -> PathBuf {
    root().join("agendas/pacific-peacekeeping-network.toml")
}

/// A temporary folder that the binary runs in.
pub struct Dir {
    pub tmp: tempfile::TempDir,
}

/// What a run printed and how it ended.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    fn from(o: Output) -> Run {
        Run {
            code: o.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
        }
    }

    #[track_caller]
    pub fn ok(self) -> Run {
        assert_eq!(
            self.code, 0,
            "expected success\nstdout: {}\nstderr: {}",
            self.stdout, self.stderr
        );
        self
    }

    #[track_caller]
    pub fn code(self, code: i32) -> Run {
        assert_eq!(
            self.code, code,
            "expected exit {code}\nstdout: {}\nstderr: {}",
            self.stdout, self.stderr
        );
        self
    }
}

impl Dir {
    pub fn new() -> Dir {
        Dir {
            tmp: tempfile::tempdir().expect("temp dir"),
        }
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.tmp.path().join(rel)
    }

    pub fn write(&self, rel: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let p = self.path(rel);
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent).expect("mkdir");
        }
        std::fs::write(&p, bytes).expect("write");
        p
    }

    pub fn cmd(&self) -> Command {
        let mut c = Command::new(BIN);
        // No locale from the machine running the tests: messages are
        // English unless a test sets LANG (or LC_ALL) itself.
        c.current_dir(self.tmp.path())
            .env("USER", "tester")
            .env_remove("TALANOA_CHAIR")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LANG");
        c
    }

    pub fn run(&self, args: &[&str]) -> Run {
        Run::from(self.cmd().args(args).output().expect("run talanoa"))
    }

    /// Runs a recording command against `s.talanoa`, creating it from the sample.
    pub fn record(&self, item: &str, option: &str, member: &str, stance: &str) -> Run {
        let agenda = sample();
        let agenda = agenda.to_str().unwrap_or_default();
        self.position(
            item,
            option,
            member,
            &["--agenda", agenda, "--stance", stance],
        )
    }
}

pub fn bytes(p: &Path) -> Vec<u8> {
    std::fs::read(p).unwrap_or_default()
}

impl Dir {
    /// `talanoa record` on `s.talanoa` (which must exist, unless `more`
    /// names an `--agenda`) for one member's position on an option, with
    /// the remaining flags after.
    pub fn position(&self, item: &str, option: &str, member: &str, more: &[&str]) -> Run {
        let mut args = vec![
            "record",
            "--session",
            "s.talanoa",
            "--item",
            item,
            "--option",
            option,
            "--member",
            member,
        ];
        args.extend_from_slice(more);
        self.run(&args)
    }
}

impl Dir {
    /// A session `rel` of `changes` generated changes on a generated agenda
    /// (written through the library, as a long meeting would leave it: with
    /// a checkpoint once it passes 1,000 changes). Returns the agenda.
    pub fn long_session(
        &self,
        rel: &str,
        (members, items, options): (usize, usize, usize),
        changes: usize,
    ) -> talanoa::agenda::Agenda {
        let text = talanoa::generate::agenda_toml(members, items, options);
        let agenda = talanoa::agenda::parse(&text, "gen.toml").expect("agenda");
        let now = chrono::Utc::now();
        let (mut s, _) =
            talanoa::session::Session::open_or_create(&self.path(rel), &text, "gen.toml", now)
                .expect("session");
        s.apply_all(
            talanoa::generate::changes(&agenda, changes, 3),
            "clerk",
            now,
        )
        .expect("changes");
        agenda
    }
}

impl Run {
    /// Asserts a clean end: exit 0, 1 or 2, never a panic.
    pub fn clean(self, what: &str) -> Run {
        assert!(
            (0..=2).contains(&self.code),
            "{what}: exit {}\n{}",
            self.code,
            self.stderr
        );
        assert!(!self.stderr.contains("panicked"), "{what}: {}", self.stderr);
        self
    }
}

/// Runs `sql` on a session the way a careful tamperer would: the
/// append-only triggers dropped for it and put back exactly as they were,
/// so that only the hash chain can tell.
pub fn covered(session: &Path, sql: &str) {
    let conn = rusqlite::Connection::open(session).expect("open");
    let triggers: Vec<String> = conn
        .prepare("SELECT sql FROM sqlite_schema WHERE type = 'trigger'")
        .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
        .expect("triggers");
    conn.execute_batch(
        "DROP TRIGGER changes_no_update; DROP TRIGGER changes_no_delete; DROP TRIGGER agenda_no_update; DROP TRIGGER agenda_no_delete;",
    )
    .expect("drop");
    conn.execute_batch(sql).expect("tamper");
    for t in triggers {
        conn.execute_batch(&t).expect("put back");
    }
}
