//! The live view as the room sees it: the projector layout (`review --live
//! --projector`) at 80x24 and large, attributed and under the Chatham House
//! Rule, with the timer running, warning and over time, in French; and the
//! normal live view under the Chatham House Rule. Under the rule, no
//! member's name, alias or id appears anywhere on the screen.

use chrono::Duration;

use super::*;
use crate::agenda::Language;
use crate::session::Change;
use crate::tui::app::Timer;
use crate::tui::views::live::Layout;

const AGENDA: &str = r#"format = 2

[meeting]
title = "Fono ʻo e Pasifiki"
chair = "Chair"
rule = "consensus-minus-one"
attribution = "attributed"
speaking_limit = "3:00"

[[stances]]
id = "agree"
label = "Agrees"
key = "y"
effect = "support"

[[stances]]
id = "concerns"
label = "Agrees with concerns"
key = "c"
effect = "reservation"

[[stances]]
id = "aside"
label = "Stands aside"
key = "s"
effect = "stand-aside"

[[stances]]
id = "later"
label = "Will confirm later"
key = "w"
effect = "pending"

[[stances]]
id = "cannot"
label = "Cannot agree"
key = "n"
effect = "block"

[[members]]
id = "WS"
name = "Sāmoa"
aliases = ["Samoa"]
group = "Polynesia"

[[members]]
id = "TO"
name = "Puleʻanga Fakatuʻi ʻo Tonga"
aliases = ["Tonga"]
group = "Polynesia"

[[members]]
id = "FJ"
name = "Fiji"
name_fr = "Fidji"
group = "Melanesia"

[[members]]
id = "NU"
name = "Niuē"
group = "Polynesia"

[[members]]
id = "JP"
name = "日本"
role = "observer"

[[items]]
id = "agenda"
title = "Adoption of the agenda"
kind = "adoption-of-agenda"

[[items.options]]
id = "adopt"
title = "Adopt the agenda"

[[items]]
id = "ocean"
title = "Ocean resilience: Sāmoa's proposal"
speaking_limit = "2:00"

[[items.options]]
id = "fund"
title = "A regional fund"

[[items.options]]
id = "network"
title = "A network of focal points proposed by Tonga"
"#;

fn chatham() -> String {
    AGENDA.replace("\"attributed\"", "\"chatham-house\"")
}

/// A live view on the ocean item, first option: three positions, an
/// observer's, Niuē absent, Fiji timed for `spoken` seconds.
fn live(agenda: &str, spoken: i64) -> (tempfile::TempDir, App) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("m.talanoa");
    let (mut s, _) = Session::open_or_create(&path, agenda, "m.toml", fixed()).unwrap();
    let pos = |member: &str, stance: &str| Change::Position {
        item: "ocean".into(),
        option: "fund".into(),
        member: member.into(),
        stance: Some(stance.into()),
        statement: Some(format!("{member} speaks for Sāmoa and Tonga")),
    };
    for (m, st) in [
        ("WS", "agree"),
        ("TO", "concerns"),
        ("FJ", "cannot"),
        ("JP", "agree"),
    ] {
        s.apply(pos(m, st), "Chair", fixed()).unwrap();
    }
    let absent = Change::Attendance {
        member: "NU".into(),
        present: false,
    };
    s.apply(absent, "Chair", fixed()).unwrap();
    drop(s);
    let snap = crate::session::read(&path).unwrap();
    let mut app = App::new(Source::Live(snap), fixed, dir.path().to_path_buf());
    app.zone = crate::time::MeetingZone::named(chrono_tz::Tz::UTC);
    app.item = 1;
    app.timer = Some(Timer {
        member: 2,
        item: 1,
        started: fixed() - Duration::seconds(spoken),
    });
    (dir, app)
}

fn draw(app: &App, layout: Layout, w: u16, h: u16) -> String {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| views::live::draw(f, app, layout)).unwrap();
    format!("{}", t.backend())
}

/// No member's name, French name, alias or id (as a word) on `screen`.
#[track_caller]
fn names_nobody(app: &App, screen: &str) {
    let words: Vec<&str> = screen
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    for m in &app.agenda().members {
        let mut spellings = vec![m.name.as_str()];
        spellings.extend(m.aliases.iter().map(String::as_str));
        spellings.extend(m.name_fr.as_deref());
        for s in spellings {
            assert!(!screen.contains(s), "{s} is named:\n{screen}");
        }
        assert!(
            !words.contains(&m.id.as_str()),
            "{} is named:\n{screen}",
            m.id
        );
    }
}

#[test]
fn projector_attributed_80x24_names_the_speaker_and_counts_down() {
    let (_d, app) = live(AGENDA, 45);
    let screen = draw(&app, Layout::Projector, 80, 24);
    assert!(screen.contains("Fiji has the floor"), "{screen}");
    assert!(screen.contains("time left"), "{screen}");
    assert!(screen.contains("Agrees with concerns 1"), "{screen}");
    insta::assert_snapshot!(screen);
}

#[test]
fn projector_attributed_large_warns_in_the_last_thirty_seconds() {
    let (_d, app) = live(AGENDA, 100);
    let screen = draw(&app, Layout::Projector, 160, 48);
    assert!(screen.contains("30 seconds or less left"), "{screen}");
    insta::assert_snapshot!(screen);
}

#[test]
fn projector_under_chatham_house_names_nobody_at_any_size() {
    let (_d, app) = live(&chatham(), 130);
    let small = draw(&app, Layout::Projector, 80, 24);
    let large = draw(&app, Layout::Projector, 200, 60);
    for screen in [&small, &large] {
        names_nobody(&app, screen);
        assert!(screen.contains("A delegation has the floor"), "{screen}");
        assert!(screen.contains("over time"), "{screen}");
    }
    insta::assert_snapshot!("projector_chatham_80x24", small);
    insta::assert_snapshot!("projector_chatham_200x60", large);
}

#[test]
fn projector_in_french() {
    let (_d, mut app) = live(AGENDA, 45);
    app.set_lang(Language::Fr);
    let screen = draw(&app, Layout::Projector, 80, 24);
    assert!(screen.contains("Fidji a la parole"), "{screen}");
    assert!(screen.contains("temps restant"), "{screen}");
    insta::assert_snapshot!(screen);
}

#[test]
fn projector_without_a_timer_or_a_limit_and_too_small() {
    let (_d, mut app) = live(&AGENDA.replace("speaking_limit", "# no limit"), 75);
    let screen = draw(&app, Layout::Projector, 80, 24);
    assert!(screen.contains("speaking time"), "counts up: {screen}");
    app.timer = None;
    let screen = draw(&app, Layout::Projector, 80, 24);
    assert!(screen.contains("No delegation has the floor"), "{screen}");
    let tiny = draw(&app, Layout::Projector, 50, 12);
    assert!(tiny.contains("at least 60 × 18"), "{tiny}");
    assert!(tiny.contains("50 × 12"), "{tiny}");
}

#[test]
fn live_view_under_chatham_house_shows_counts_not_the_roster() {
    let (_d, app) = live(&chatham(), 45);
    let small = draw(&app, Layout::Normal, 80, 24);
    let wide = draw(&app, Layout::Normal, 160, 48);
    for screen in [&small, &wide] {
        names_nobody(&app, screen);
        assert!(screen.contains("A delegation has the floor"), "{screen}");
        assert!(!screen.contains("speaks for"), "no statement: {screen}");
    }
    insta::assert_snapshot!("live_chatham_80x24", small);
    insta::assert_snapshot!("live_chatham_160x48", wide);
}

#[test]
fn live_view_of_an_attributed_meeting_names_delegations_as_before() {
    let (_d, app) = live(AGENDA, 45);
    let screen = draw(&app, Layout::Normal, 160, 48);
    for name in ["Sāmoa", "Fiji", "Niuē", "日本"] {
        assert!(screen.contains(name), "{name}: {screen}");
    }
}

#[test]
fn the_projector_takes_only_q_and_chatham_house_opens_no_search() {
    use crossterm::event::Event;
    let key = |c| Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
    let (_d, mut app) = live(&chatham(), 45);
    crate::tui::follow::handle(&mut app, key('/'), Layout::Normal);
    assert!(app.dialog.is_none(), "the search lists members by name");
    assert!(app.status.contains("Chatham House"), "{}", app.status);
    crate::tui::follow::handle(&mut app, key(']'), Layout::Projector);
    assert_eq!(app.item, 1, "the projector follows the chair only");
    crate::tui::follow::handle(&mut app, key('q'), Layout::Projector);
    assert!(app.quit);
    // an attributed meeting's live view still searches
    let (_d, mut app) = live(AGENDA, 45);
    crate::tui::follow::handle(&mut app, key('/'), Layout::Normal);
    assert!(app.dialog.is_some());
}

#[test]
fn every_size_draws_without_a_panic() {
    for agenda in [AGENDA.to_string(), chatham()] {
        let (_d, app) = live(&agenda, 130);
        // around each threshold: the smallest sizes, 80x24, larger glyphs
        for w in [20, 59, 60, 80, 121, 200] {
            for h in [5, 17, 18, 23, 24, 43, 44, 61] {
                for layout in [Layout::Projector, Layout::Normal] {
                    let screen = draw(&app, layout, w, h);
                    if agenda.contains("chatham-house") {
                        names_nobody(&app, &screen);
                    }
                }
            }
        }
    }
}

#[test]
fn regression_a_long_title_is_cut_before_the_chatham_house_marker_at_80_columns() {
    let long =
        "Fono ʻo e Pasifiki: the forty-ninth annual meeting of leaders of Sāmoa, Tonga and Niuē";
    let agenda = chatham().replace("Fono ʻo e Pasifiki", long);
    let (_d, mut app) = live(&agenda, 45);
    for (lang, marker, count) in [
        (Language::En, "· Chatham House Rule", "Item 2 of 2"),
        (Language::Fr, "· Règle de Chatham House", "Point 2 sur 2"),
    ] {
        app.set_lang(lang);
        for layout in [Layout::Normal, Layout::Projector] {
            let screen = draw(&app, layout, 80, 24);
            let top = screen.lines().next().unwrap_or_default();
            assert!(top.contains(marker), "{lang:?} {layout:?}: {top}");
            assert!(top.contains(count), "{lang:?} {layout:?}: {top}");
            assert!(
                top.contains("Fono ʻo e Pasifiki"),
                "{lang:?} {layout:?}: {top}"
            );
            assert!(top.contains('…'), "the title is cut: {top}");
        }
    }
    let top = draw(&app, Layout::Projector, 80, 24);
    insta::assert_snapshot!(top.lines().next().unwrap_or_default());
}
