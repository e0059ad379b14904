//! The chair's screen speaks of consensus, not of a vote: the default
//! scale's words on the roster, the key line and the help overlay.

use super::*;

const VOTING: &[&str] = &[
    "object", "objects", "vote", "votes", "voting", "abstain", "abstains", "veto",
];

fn voting_words(screen: &str) -> Vec<String> {
    screen
        .split(|c: char| !c.is_alphabetic())
        .map(str::to_lowercase)
        .filter(|w| VOTING.contains(&w.as_str()))
        .collect()
}

#[test]
fn the_default_scale_reads_in_consensus_words_on_every_screen() {
    let (_d, mut app) = sample();
    // the fifth stance of the default scale is the block
    run(&mut app, &[Action::Record(4)]);
    let main = screen(&app, 160, 48);
    assert!(main.contains("Cannot join consensus"), "{main}");
    assert!(voting_words(&main).is_empty(), "{main}");
    let narrow = screen(&app, 80, 24);
    assert!(narrow.contains("5 block"), "{narrow}");
    assert!(voting_words(&narrow).is_empty(), "{narrow}");
    app.update(Action::Help);
    let help = screen(&app, 160, 48);
    assert!(help.contains("Does not stand in the way"), "{help}");
    assert!(voting_words(&help).is_empty(), "{help}");
}
