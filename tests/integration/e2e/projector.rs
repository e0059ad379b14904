//! `review --live --projector`: large type that follows the chair's screen,
//! and the flag refused without `--live`.

use std::time::{Duration, Instant};

use super::Pty;
use crate::util::*;

#[test]
fn the_projector_follows_the_chairs_item_and_timer() {
    let d = Dir::new();
    d.record("agenda", "adopt", "FJ", "support").ok();
    let agenda = sample();
    let mut chair = Pty::sized(
        d.tmp.path(),
        &format!(
            "\"$TALANOA\" run '{}' --session s.talanoa",
            agenda.display()
        ),
        100,
        30,
    );
    chair.wait_for("Adoption of the agenda");
    let mut room = Pty::sized(
        d.tmp.path(),
        "\"$TALANOA\" review --session s.talanoa --live --projector",
        100,
        30,
    );
    room.wait_for("Item 1 of 6");
    room.wait_for("No delegation has the floor");
    // the chair moves two items on; the projector shows it within about a
    // second (a generous bound: it polls twice a second)
    chair.keys("]]");
    chair.wait_for("item 3/6");
    let moved = Instant::now();
    while !room.contents().contains("Item 3 of 6") {
        assert!(
            moved.elapsed() < Duration::from_secs(3),
            "the projector did not follow the chair; screen:\n{}",
            room.contents()
        );
        std::thread::sleep(Duration::from_millis(25));
    }
    assert!(room.contents().contains("Options for a Pacific Region"));
    // the chair starts the speaking timer: the room sees who has the floor
    chair.keys(" ");
    chair.wait_for("timing Fiji");
    room.wait_for("Fiji has the floor");
    // the projector takes no key but q
    room.keys("]");
    room.wait_for("q leaves, nothing else");
    chair.keys(" q");
    assert_eq!(chair.exit_code(), 0);
    room.keys("q");
    assert_eq!(room.exit_code(), 0);
}

#[test]
fn projector_without_live_is_refused() {
    let d = Dir::new();
    d.record("agenda", "adopt", "FJ", "support").ok();
    let before = bytes(&d.path("s.talanoa"));
    let r = d
        .run(&["review", "--session", "s.talanoa", "--projector"])
        .code(2);
    assert!(r.stderr.contains("--live"), "{}", r.stderr);
    assert_eq!(bytes(&d.path("s.talanoa")), before);
}
