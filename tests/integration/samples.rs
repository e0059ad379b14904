//! Minutes of the shipped sample agendas: both documents, both modes,
//! and under the Chatham House Rule no delegation named in any format in
//! any spelling (aliases, lower case, without marks).

use crate::util::*;

/// The shipped sample agendas (in `agendas/`, or `samples/` before they
/// moved).
fn shipped_agendas() -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for dir in ["agendas", "samples"] {
        if let Ok(entries) = std::fs::read_dir(root().join(dir)) {
            for e in entries.flatten() {
                if e.path().extension().is_some_and(|x| x == "toml") {
                    out.push(e.path());
                }
            }
        }
        if !out.is_empty() {
            break;
        }
    }
    out.sort();
    out
}

/// Every member takes a stance in turn through the scale on the first
/// option, the second speaks naming others in lower case and without
/// marks, one is absent, and the chair decides.
fn sample_session(d: &Dir, agenda_path: &std::path::Path) -> talanoa::agenda::Agenda {
    let (agenda, _) = talanoa::agenda::load(agenda_path).unwrap();
    let a = agenda_path.to_str().unwrap();
    // The first substantive item (not the adoption of the agenda).
    let item = agenda
        .items
        .iter()
        .find(|i| i.kind.is_none())
        .unwrap_or(&agenda.items[0]);
    let option = &item.options[0].id;
    let spoken: Vec<String> = agenda
        .members
        .iter()
        .flat_map(|m| m.spellings())
        .map(|s| plain(s).to_lowercase())
        .collect();
    let statement = format!("# {} | first line\n- second line", spoken.join(", "));
    for (n, m) in agenda.members.iter().enumerate() {
        let stance = &agenda.stances[n % agenda.stances.len()].id;
        let mut args = vec![
            "record",
            "--session",
            "s.talanoa",
            "--agenda",
            a,
            "--item",
            &item.id,
            "--option",
            option,
            "--member",
            &m.id,
            "--stance",
            stance,
        ];
        if n == 1 {
            args.extend(["--statement", &statement]);
        }
        d.run(&args).ok();
    }
    d.run(&[
        "attend",
        "--session",
        "s.talanoa",
        "--member",
        &agenda.members[2].id,
        "--absent",
    ])
    .ok();
    d.run(&[
        "decide",
        "--session",
        "s.talanoa",
        "--item",
        &item.id,
        "--text",
        "Noted the study and agreed to continue the talanoa.",
    ])
    .ok();
    d.run(&[
        "action",
        "--session",
        "s.talanoa",
        "--item",
        &item.id,
        "--text",
        "Circulate a summary of the talanoa",
        "--owner",
        "Forum Secretariat",
        "--due",
        "2024-10-31",
    ])
    .ok();
    agenda
}

#[test]
fn sample_outcomes_read_as_a_forum_record() {
    use talanoa::consensus::Role;
    for agenda_path in shipped_agendas() {
        let d = Dir::new();
        let agenda = sample_session(&d, &agenda_path);
        let file = agenda_path.display();
        let md = d
            .run(&[
                "export",
                "--session",
                "s.talanoa",
                "--attribution",
                "attributed",
            ])
            .ok()
            .stdout;
        let absent = &agenda.members[2];
        let attended = md
            .lines()
            .find(|l| l.contains("The meeting was attended by "))
            .unwrap_or_else(|| panic!("{file}: no attendance sentence\n{md}"));
        let present = attended
            .split_once("attended by ")
            .and_then(|(_, rest)| rest.split(". ").next())
            .unwrap_or_default();
        for m in agenda.members.iter().filter(|m| m.role == Role::Member) {
            let listed = present.contains(m.in_text());
            assert_eq!(
                listed,
                m.id != absent.id,
                "{file}: {} in {attended}",
                m.in_text()
            );
        }
        if absent.role == Role::Member {
            let name = absent.in_text();
            let cap = format!(
                "{}{}",
                name.get(..1).unwrap().to_uppercase(),
                name.get(1..).unwrap()
            );
            assert!(
                attended.contains(&format!("{cap} conveyed apologies.")),
                "{file}: {attended}"
            );
        }
        for (role, words) in [
            (Role::AssociateMember, "Associate Member"),
            (Role::DialoguePartner, "Dialogue Partner"),
            (Role::Agency, "Agenc"),
            (Role::Observer, "Observer"),
        ] {
            let of_role: Vec<_> = agenda
                .members
                .iter()
                .filter(|m| m.role == role && m.id != absent.id)
                .collect();
            if of_role.is_empty() {
                continue;
            }
            let line = md
                .lines()
                .find(|l| l.contains("attended as") && l.contains(words))
                .unwrap_or_else(|| panic!("{file}: no sentence for {words}\n{md}"));
            for m in of_role {
                assert!(
                    line.to_lowercase().contains(&m.in_text().to_lowercase()),
                    "{file}: {} in {line}",
                    m.in_text()
                );
            }
        }
        if let Some(p) = &agenda.meeting.opening_prayer {
            assert!(
                md.contains(&format!("The meeting opened with a prayer led by {p}")),
                "{file}"
            );
        }
        assert!(
            md.contains("(i) noted the study and agreed to continue the talanoa;"),
            "{file}\n{md}"
        );
        assert!(md.contains("tasked the Forum Secretariat to circulate a summary of the talanoa by 31 October 2024"), "{file}");
        let numbers: Vec<u32> = md
            .lines()
            .filter_map(|l| l.split_once(". ").and_then(|(n, _)| n.parse().ok()))
            .collect();
        assert_eq!(
            numbers,
            (1..=numbers.len() as u32).collect::<Vec<_>>(),
            "{file}: continuous numbering"
        );
        assert!(
            !md.contains("> "),
            "{file}: no quoted statement in the Outcomes"
        );
    }
}

/// The text with every piece of agenda text taken out (it is never
/// rewritten, so a name it holds stays): what is left is the program's
/// own words and what was said or written in the meeting.
fn without_agenda_text(agenda: &talanoa::agenda::Agenda, text: &str) -> String {
    let m = &agenda.meeting;
    let mut pieces: Vec<&str> = [m.opening.as_deref(), m.closing.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    // the meeting's time zone (e.g. Pacific/Fiji) labels times, like the venue
    pieces.extend(m.timezone.map(|tz| tz.name()));
    for it in &agenda.items {
        pieces.push(&it.title);
        pieces.extend(it.background.as_deref());
        pieces.extend(it.questions.iter().map(String::as_str));
        for o in &it.options {
            pieces.push(&o.title);
            pieces.extend(o.summary.as_deref());
            pieces.extend(o.considerations.iter().map(String::as_str));
        }
    }
    let mut lines: Vec<String> = pieces
        .iter()
        .flat_map(|p| p.split("\n\n"))
        .flat_map(|p| {
            [p.lines().map(str::trim).collect::<Vec<_>>().join(" ")]
                .into_iter()
                .chain(p.lines().map(|l| l.trim().to_string()))
        })
        .filter(|l| !l.is_empty())
        .collect();
    lines.sort_by_key(|l| std::cmp::Reverse(l.len()));
    let mut out = text.to_string();
    for l in lines {
        let html = l
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;");
        for form in [talanoa::minutes::markdown_inline(&l), html, l.clone()] {
            out = out.replace(&form, "");
        }
    }
    out
}

/// Without accents, macrons or ʻokina marks.
fn plain(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    s.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .filter(|c| !matches!(c, '\u{2bb}' | '\'' | '\u{2018}' | '\u{2019}'))
        .collect()
}

#[test]
fn minutes_of_both_sample_agendas_in_both_documents_and_modes() {
    let agendas = shipped_agendas();
    assert!(agendas.len() >= 2, "{agendas:?}");
    for agenda_path in agendas {
        let d = Dir::new();
        let agenda = sample_session(&d, &agenda_path);
        let file = agenda_path.display();
        for mode in ["attributed", "chatham-house"] {
            let export = |format: &str, document: &str| {
                d.run(&[
                    "export",
                    "--session",
                    "s.talanoa",
                    "--format",
                    format,
                    "--document",
                    document,
                    "--attribution",
                    mode,
                ])
                .ok()
                .stdout
            };
            let record = export("markdown", "record");
            let h2 =
                pulldown_cmark::Parser::new_ext(&record, pulldown_cmark::Options::ENABLE_TABLES)
                    .filter(|e| {
                        matches!(
                            e,
                            pulldown_cmark::Event::Start(pulldown_cmark::Tag::Heading {
                                level: pulldown_cmark::HeadingLevel::H2,
                                ..
                            })
                        )
                    })
                    .count();
            let opening = usize::from(agenda.meeting.opening.is_some());
            assert_eq!(
                h2,
                opening + 1 + agenda.items.len() + 3,
                "{file} {mode}: sections\n{record}"
            );
            let outcomes = export("markdown", "outcomes");
            assert!(outcomes.contains("**OUTCOMES**"), "{file}");
            assert_eq!(
                outcomes.matches("\n## Agenda item ").count(),
                agenda.items.len(),
                "{file}: one heading per item"
            );
            for text in [&record, &outcomes] {
                assert!(text.contains(&talanoa::minutes::wording::date(
                    talanoa::agenda::Language::En,
                    agenda.meeting.date.unwrap()
                )));
                // The program's own words (a scale's labels are the agenda's).
                let mut own = text.clone();
                for st in &agenda.stances {
                    own = own.replace(&st.label, "");
                }
                for w in ["object", "vote", "abstain", "veto"] {
                    let text = own.to_lowercase();
                    assert!(!text.contains(w), "{file} {mode}: {w}\n{text}");
                }
            }
            let html_record = export("html", "record");
            let html_outcomes = export("html", "outcomes");
            assert!(html_record.contains("<svg") == (mode == "attributed"));
            assert!(!html_outcomes.contains("<svg") && !html_outcomes.contains("<table"));
            if mode == "chatham-house" {
                let md_after = |t: &str| {
                    t.split_once("*Draft*")
                        .or_else(|| t.split_once("## Attendance"))
                        .map(|x| x.1.to_string())
                        .unwrap_or_default()
                };
                let html_after = |t: &str| {
                    t.split_once("class=\"draft\"")
                        .or_else(|| t.split_once("<h2>Attendance"))
                        .map(|x| x.1.to_string())
                        .unwrap_or_default()
                };
                let json = export("json", "outcomes");
                let mut j: serde_json::Value = serde_json::from_str(&json).unwrap();
                j["meeting"] = serde_json::Value::Null;
                // Word and spreadsheet files: the text inside them.
                let office = |format: &str, document: &str| {
                    let out = format!("{document}.{format}");
                    d.run(&[
                        "export",
                        "--session",
                        "s.talanoa",
                        "--format",
                        format,
                        "--document",
                        document,
                        "--attribution",
                        mode,
                        "-o",
                        &out,
                    ])
                    .ok();
                    talanoa::package::text(&bytes(&d.path(&out))).unwrap_or_default()
                };
                let word_after =
                    |t: String| t.split_once("Draft").map(|x| x.1.to_string()).unwrap_or(t);
                let texts = [
                    md_after(&record),
                    md_after(&outcomes),
                    html_after(&html_record),
                    html_after(&html_outcomes),
                    j.to_string(),
                    export("csv", "outcomes"),
                    word_after(office("docx", "outcomes")),
                    office("xlsx", "outcomes"),
                ];
                for text in texts {
                    let lower = plain(&without_agenda_text(&agenda, &text)).to_lowercase();
                    for m in &agenda.members {
                        for s in m.spellings() {
                            let s = plain(s).to_lowercase();
                            assert!(
                                !lower.contains(&s),
                                "{file}: {s} named under the Chatham House Rule:\n{text}"
                            );
                        }
                    }
                }
            }
        }
    }
}
