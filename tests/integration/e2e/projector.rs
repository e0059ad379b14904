//! `review --live --projector`: large type that follows the chair's screen,
//! and the flag refused without `--live`.

use super::chair_and_room;
use crate::util::*;

#[test]
fn the_projector_follows_the_chairs_item_and_timer() {
    let d = Dir::new();
    let (mut chair, mut room) = chair_and_room(&d, "--live --projector");
    room.wait_for("Item 1 of 6");
    room.wait_for("No delegation has the floor");
    // the chair moves two items on; the projector shows it within about a second
    chair.keys("]]");
    chair.wait_for("item 3/6");
    room.follows("Item 3 of 6", "the projector");
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
