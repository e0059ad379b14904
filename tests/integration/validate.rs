//! `validate`, `init` and `--help`.

use crate::util::*;

#[test]
fn every_shipped_agenda_validates() {
    let d = Dir::new();
    let mut n = 0;
    for entry in std::fs::read_dir(root().join("agendas")).unwrap() {
        let p = entry.unwrap().path();
        let r = d.run(&["validate", p.to_str().unwrap()]).ok();
        assert_eq!(r.stdout, format!("ok {}\n", p.display()));
        n += 1;
    }
    assert!(n >= 2);
}

#[test]
fn good_fixtures_with_unicode_and_custom_scale() {
    let d = Dir::new();
    let a = fixture("unicode.toml");
    let b = fixture("chatham-custom.toml");
    let r = d
        .run(&["validate", a.to_str().unwrap(), b.to_str().unwrap()])
        .ok();
    assert_eq!(r.stdout.lines().count(), 2);
    assert!(r.stderr.is_empty());
}

#[test]
fn format_two_agenda_with_every_new_field_validates() {
    let d = Dir::new();
    let a = fixture("format2.toml");
    let r = d.run(&["validate", a.to_str().unwrap()]).ok();
    assert_eq!(r.stdout, format!("ok {}\n", a.display()));
}

#[test]
fn the_documented_example_agenda_validates() {
    let d = Dir::new();
    let doc = std::fs::read_to_string(root().join("docs/agenda-format.md")).unwrap();
    let example = doc
        .split("```toml\n")
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .unwrap();
    assert!(example.contains("format = 2"));
    d.write("example.toml", example);
    d.run(&["validate", "example.toml"]).ok();
}

#[test]
fn unknown_time_zone_and_bad_speaking_limit_refused_at_their_place() {
    let d = Dir::new();
    let text = std::fs::read_to_string(fixture("format2.toml"))
        .unwrap()
        .replace("Pacific/Tongatapu", "Pacific/Tonga")
        .replace("\"5:00\"", "\"5 minutes\"");
    d.write("f.toml", &text);
    let r = d.run(&["validate", "f.toml"]).code(2);
    let lines: Vec<&str> = r.stderr.lines().collect();
    assert_eq!(lines.len(), 2, "{}", r.stderr);
    assert!(
        lines[0].starts_with("f.toml:6:12: unknown time zone \"Pacific/Tonga\" in [meeting]"),
        "{}",
        r.stderr
    );
    assert!(
        lines[1].starts_with("f.toml:59:18: `speaking_limit` \"5 minutes\" in [[items]] #2"),
        "{}",
        r.stderr
    );
    assert!(r.stdout.is_empty());
}

#[test]
fn every_problem_reported_with_line_and_column() {
    let d = Dir::new();
    d.write("bad.toml", bytes(&fixture("bad-many.toml")));
    let r = d.run(&["validate", "bad.toml"]).code(2);
    let lines: Vec<&str> = r.stderr.lines().collect();
    let expected = [
        "bad.toml:4:9: `title` in [meeting] must not be empty",
        "bad.toml:5:8: unknown rule \"majority\" in [meeting]; use one of: \"consensus\", \"consensus-minus-one\"",
        "bad.toml:6:1: unknown field `colour` in [meeting]",
        "bad.toml:11:8: unknown role \"guest\" in [[members]] #1",
        "bad.toml:14:6: duplicate member id \"FJ\"",
        "bad.toml:17:1: missing required field `name` in [[members]] #3",
        "bad.toml:18:6: id \"bad id\" in [[members]] #3 is not valid",
        "bad.toml:23:13: `questions` in [[items]] #1 must be an array of strings",
        "bad.toml:25:1: missing required field `title` in [[items.options]] #1",
        "bad.toml:31:7: key \"q\" in [[stances]] #1 is used by the chair's screen",
        "bad.toml:38:10: unknown effect \"veto\" in [[stances]] #2",
    ];
    assert_eq!(lines.len(), expected.len(), "{}", r.stderr);
    for (line, want) in lines.iter().zip(expected) {
        assert!(
            line.starts_with(want),
            "{line}\n  should start with\n{want}"
        );
    }
    assert!(r.stdout.is_empty());
}

#[test]
fn mixed_good_and_bad_files() {
    let d = Dir::new();
    let good = sample();
    d.write("syntax.toml", bytes(&fixture("bad-syntax.toml")));
    let r = d
        .run(&["validate", good.to_str().unwrap(), "syntax.toml"])
        .code(2);
    assert_eq!(r.stdout, format!("ok {}\n", good.display()));
    assert!(
        r.stderr.starts_with("syntax.toml:2:18: invalid TOML"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("syntax.toml:4:1: duplicate key `venue`"));
}

#[test]
fn newer_format_refused_clearly() {
    let d = Dir::new();
    d.write("f.toml", bytes(&fixture("bad-format.toml")));
    let r = d.run(&["validate", "f.toml"]).code(2);
    assert_eq!(r.stderr.lines().count(), 1);
    assert!(
        r.stderr
            .contains("f.toml:1:10: format 3 is newer than this talanoa understands")
    );
}

#[test]
fn files_that_are_not_agendas() {
    let d = Dir::new();
    d.write("empty.toml", "");
    d.write("binary.toml", [0x7fu8, b'E', b'L', b'F', 0, 1, 2, 0xff]);
    d.write("latin1.toml", b"[meeting]\ntitle = \"S\xe2moa\"\n");
    std::fs::create_dir_all(d.path("folder.toml")).unwrap();
    let cases = [
        ("empty.toml", "empty.toml: is empty"),
        ("binary.toml", "binary.toml:1:5: is a binary file"),
        ("latin1.toml", "latin1.toml:2:11: is not valid UTF-8"),
        ("folder.toml", "folder.toml: is a folder"),
        ("missing.toml", "missing.toml: no such file"),
    ];
    for (file, want) in cases {
        let r = d.run(&["validate", file]).code(2);
        assert!(r.stderr.starts_with(want), "{file}: {}", r.stderr);
    }
}

#[test]
fn huge_file_refused_without_reading_it() {
    let d = Dir::new();
    let f = std::fs::File::create(d.path("huge.toml")).unwrap();
    f.set_len(17 * 1024 * 1024).unwrap();
    let r = d.run(&["validate", "huge.toml"]).code(2);
    assert!(
        r.stderr.contains("an agenda may be at most 16 MiB"),
        "{}",
        r.stderr
    );
}

#[test]
fn big_agenda_of_a_thousand_members() {
    let d = Dir::new();
    let mut s = String::from("[meeting]\ntitle = \"Plenary\"\n");
    for n in 0..1000 {
        s.push_str(&format!(
            "[[members]]\nid = \"M{n}\"\nname = \"Member ʻ{n} 日本\"\ngroup = \"G{}\"\n",
            n % 7
        ));
    }
    for i in 0..100 {
        s.push_str(&format!("[[items]]\nid = \"i{i}\"\ntitle = \"Item {i}\"\n"));
        for o in 0..4 {
            s.push_str(&format!(
                "[[items.options]]\nid = \"o{o}\"\ntitle = \"Option {o}\"\n"
            ));
        }
    }
    d.write("big.toml", &s);
    d.run(&["validate", "big.toml"]).ok();
    // one problem at the very end is still found, at its line
    s.push_str("[[members]]\nid = \"M5\"\nname = \"dup\"\n");
    d.write("big-bad.toml", &s);
    let lines = s.lines().count();
    let r = d.run(&["validate", "big-bad.toml"]).code(2);
    assert!(
        r.stderr.starts_with(&format!(
            "big-bad.toml:{}:6: duplicate member id \"M5\"",
            lines - 1
        )),
        "{}",
        r.stderr
    );
}

#[test]
fn init_writes_a_valid_agenda_and_never_overwrites() {
    let d = Dir::new();
    d.run(&["init"]).ok();
    let p = d.path("agendas/new-meeting.toml");
    d.run(&["validate", "agendas/new-meeting.toml"]).ok();
    let text = std::fs::read_to_string(&p).unwrap();
    assert!(text.starts_with('#'), "the starter agenda is commented");
    assert!(text.contains("format = 2"), "in agenda format 2");
    assert!(
        text.lines().count() < 80
            && text.lines().filter(|l| l.starts_with("[[items]]")).count() == 1,
        "a short starter, not the whole sample"
    );
    std::fs::write(&p, "mine").unwrap();
    let r = d.run(&["init"]).code(2);
    assert!(r.stderr.contains("already exists"));
    assert_eq!(std::fs::read_to_string(&p).unwrap(), "mine");
    d.run(&["init", "other/forum.toml"]).ok();
    d.run(&["validate", "other/forum.toml"]).ok();
}

#[test]
fn every_command_has_help_with_examples() {
    let d = Dir::new();
    for cmd in [
        "run", "validate", "init", "record", "attend", "decide", "action", "export", "review",
    ] {
        let r = d.run(&[cmd, "--help"]).ok();
        assert!(
            r.stdout.contains("Example"),
            "{cmd} --help has no example:\n{}",
            r.stdout
        );
    }
    let r = d.run(&["--help"]).ok();
    assert!(r.stdout.contains("validate"));
}

#[test]
fn usage_errors_exit_2() {
    let d = Dir::new();
    d.run(&["validate"]).code(2);
    d.run(&["record", "--session", "x"]).code(2);
    d.run(&["export", "--session", "x", "--format", "pdf"])
        .code(2);
    d.run(&["--no-such-flag"]).code(2);
}

#[test]
fn run_refuses_a_bad_agenda_with_the_messages_of_validate() {
    let d = Dir::new();
    d.write("bad.toml", "[meeting]\ntitle = 3\n");
    let v = d.run(&["validate", "bad.toml"]).code(2);
    let r = d.run(&["run", "bad.toml"]).code(2);
    assert_eq!(r.stderr, v.stderr);
    let r = d.run(&["bad.toml"]).code(2);
    assert_eq!(r.stderr, v.stderr);
    assert!(!d.path("sessions").exists());
}

#[test]
fn run_without_a_terminal_says_so_and_creates_nothing() {
    let d = Dir::new();
    let agenda = sample();
    let r = d
        .run(&["run", agenda.to_str().unwrap(), "--session", "s.talanoa"])
        .code(2);
    assert!(r.stderr.contains("needs a terminal"), "{}", r.stderr);
    assert!(!d.path("s.talanoa").exists());
}
