//! Killing `talanoa record` at random moments never loses an acknowledged
//! change and never leaves a session that will not open.

use std::io::Read;
use std::process::Stdio;
use std::time::Duration;

use crate::util::*;

/// A small deterministic generator, so a failure can be replayed.
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
}

/// Twice the time one run takes on this machine (timed over three runs),
/// in microseconds: killing at a random moment within it lands before,
/// during and after the work, on a fast machine or a slow one.
fn window(mut run: impl FnMut(u32)) -> u64 {
    let started = std::time::Instant::now();
    for n in 0..3 {
        run(n);
    }
    u64::try_from((started.elapsed() / 3).as_micros())
        .unwrap_or(20_000)
        .max(1_000)
        * 2
}

/// Starts `talanoa ARGS`, kills it (SIGKILL) after `micros`, and returns
/// what it had printed.
fn killed_after<S: AsRef<std::ffi::OsStr>>(d: &Dir, args: &[S], micros: u64) -> String {
    let mut child = d
        .cmd()
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_micros(micros));
    let _ = child.kill();
    let _ = child.wait();
    let mut out = String::new();
    let _ = child.stdout.take().unwrap().read_to_string(&mut out);
    out
}

#[test]
fn sigkill_at_random_moments_loses_nothing_acknowledged() {
    let d = Dir::new();
    d.record("need", "explore", "FJ", "support").ok();
    let window = window(|_| {
        d.position("need", "explore", "TO", &["--stance", "support"])
            .ok();
    });
    let members = ["FJ", "NC", "PG", "SB", "VU", "FM", "KI", "MH", "NR", "PW"];
    let mut rng = Lcg(0x07a1_a40a);
    let mut acknowledged: Vec<String> = Vec::new();
    // kills that left a journal: the next run must accept it as live (it
    // belongs to the file's current state) and roll it back
    let mut journals = 0;
    let rounds = 200;
    for n in 0..rounds {
        let member = members[(n % members.len() as u64) as usize];
        let statement = format!("statement {n}");
        let args = [
            "record",
            "--session",
            "s.talanoa",
            "--item",
            "need",
            "--option",
            "explore",
            "--member",
            member,
            "--stance",
            "support",
            "--statement",
            &statement,
        ];
        let out = killed_after(&d, &args, rng.next() % window);
        if out.starts_with("saved #") {
            acknowledged.push(statement);
        }
        if d.path("s.talanoa-journal").exists() {
            journals += 1;
        }
    }
    eprintln!(
        "kill test: {rounds} kills, {} acknowledged, {journals} left a journal",
        acknowledged.len()
    );
    assert!(!acknowledged.is_empty(), "some runs finish before the kill");
    assert!(
        acknowledged.len() < rounds as usize,
        "some runs are killed midway"
    );
    let r = d
        .run(&["export", "--session", "s.talanoa", "--format", "json"])
        .ok();
    let j: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let recorded: Vec<&str> = j["history"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|h| h["statement"].as_str())
        .collect();
    for s in &acknowledged {
        assert!(
            recorded.contains(&s.as_str()),
            "acknowledged {s:?} is missing"
        );
    }
    // and the session still takes new changes
    d.record("need", "explore", "TO", "support").ok();
}

#[test]
fn sigkill_while_a_checkpoint_is_written_leaves_a_session_that_resumes_true() {
    let d = Dir::new();
    // 1,999 changes with a checkpoint at 1,000: the next change recorded
    // also writes a new checkpoint, so each kill below lands before, during
    // or after that.
    let agenda = d.long_session("template.talanoa", (12, 4, 3), 1_000);
    let template = d.path("template.talanoa");
    {
        let mut s = talanoa::session::Session::open(&template).expect("open");
        s.apply_all(
            talanoa::generate::changes(&agenda, 999, 8),
            "clerk",
            chrono::Utc::now(),
        )
        .expect("changes");
    }
    let args = |name: &str| {
        [
            "record",
            "--session",
            name,
            "--item",
            "item-1",
            "--option",
            "opt-1",
            "--member",
            "M3",
            "--stance",
            "support",
            "--statement",
            "after the kill",
        ]
        .map(String::from)
    };
    let copy = |n: u32| {
        let name = format!("c{n}.talanoa");
        std::fs::copy(&template, d.path(&name)).expect("copy");
        name
    };
    let window = window(|n| {
        let name = copy(1_000 + n);
        d.cmd().args(args(&name)).output().expect("run");
    });
    let mut rng = Lcg(0x5eed_c4ec);
    let (mut saved, mut cut) = (0, 0);
    for n in 0..60 {
        let name = copy(n);
        let out = killed_after(&d, &args(&name), rng.next() % window);
        let acknowledged = out.starts_with("saved #2000");
        if acknowledged {
            saved += 1
        } else {
            cut += 1
        }
        // Readers recover and check the whole log; the writer resumes from
        // whatever checkpoint survived and must agree with them.
        let whole = talanoa::session::read(&d.path(&name)).expect("reads after the kill");
        let resumed = talanoa::session::Session::open(&d.path(&name)).expect("resumes");
        assert_eq!(resumed.record(), whole.record(), "round {n}");
        let last = whole.last_entry().map(|e| e.seq);
        if acknowledged {
            assert_eq!(last, Some(2_000), "round {n}: acknowledged, then lost");
        }
        assert!(matches!(last, Some(1_999 | 2_000)), "round {n}: {last:?}");
    }
    eprintln!("checkpoint kill test: 60 kills, {saved} acknowledged, {cut} cut");
    assert!(saved > 0 && cut > 0, "saved {saved}, cut {cut}");
}

#[test]
fn sigkill_mid_amendment_loses_no_acknowledged_amendment() {
    let d = Dir::new();
    d.record("need", "explore", "FJ", "support").ok();
    let amend = |n: u32| {
        let option = format!("o{n}");
        let title = format!("Compromise {n} ʻokina");
        [
            "amend",
            "--session",
            "s.talanoa",
            "add-option",
            "--item",
            "need",
            "--option",
            &option,
            "--title",
            &title,
            "--proposed-by",
            "FJ",
        ]
        .map(String::from)
    };
    let window = window(|n| {
        d.cmd().args(amend(1_000 + n)).output().expect("run");
    });
    let mut rng = Lcg(0xa3e4_d000);
    let mut acknowledged = Vec::new();
    let rounds = 60;
    for n in 0..rounds {
        let out = killed_after(&d, &amend(n), rng.next() % window);
        if out.starts_with("saved #") {
            acknowledged.push(format!("o{n}"));
        }
        // a killed amendment never leaves a session that will not open
        let whole = talanoa::session::read(&d.path("s.talanoa")).expect("reads after the kill");
        let resumed = talanoa::session::Session::open(&d.path("s.talanoa")).expect("resumes");
        assert_eq!(resumed.agenda(), &whole.agenda, "round {n}");
    }
    assert!(!acknowledged.is_empty() && acknowledged.len() < rounds as usize);
    let r = d
        .run(&["export", "--session", "s.talanoa", "--format", "json"])
        .ok();
    let j: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let need = j["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == "need")
        .unwrap();
    let options: Vec<&str> = need["options"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|o| o["id"].as_str())
        .collect();
    for id in &acknowledged {
        assert!(
            options.contains(&id.as_str()),
            "acknowledged {id} is missing"
        );
    }
    // the options added take positions at once
    let last = acknowledged.last().unwrap();
    d.record("need", last, "TO", "support").ok();
}
