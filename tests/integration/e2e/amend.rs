//! An amendment made on the chair's screen, end to end: typed in a
//! pseudo-terminal, durable in the session, and in the minutes.

use super::*;

#[test]
fn an_option_added_on_the_screen_reaches_the_minutes() {
    let d = Dir::new();
    let script = format!(
        "exec \"$TALANOA\" run '{}' --session s.talanoa",
        sample().display()
    );
    let mut t = Pty::spawn(d.tmp.path(), &script);
    t.wait_for("Roster");
    // Ctrl-e, then the first form: id, title, summary, proposed by the chair
    t.keys("\u{5}");
    t.wait_for("Amend the meeting");
    t.keys("1");
    t.wait_for("Proposed by");
    t.keys("compromise\tChairʻs compromise for Sāmoa\tInformal meetings first\t\r");
    t.wait_for("saved #1");
    t.keys("q");
    assert_eq!(t.exit_code(), 0);
    let r = d
        .run(&[
            "export",
            "--session",
            "s.talanoa",
            "--format",
            "markdown",
            "--document",
            "record",
        ])
        .ok();
    assert!(
        r.stdout.contains("Chairʻs compromise for Sāmoa"),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("proposed in the meeting"), "{}", r.stdout);
}
