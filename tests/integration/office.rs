//! `export --format docx|xlsx`, `--bom` and `--lang`: Word minutes and
//! spreadsheets of both samples, read back as the zips of XML they are.

use std::path::Path;

use crate::util::*;

/// The XML parts of a zip package, by name.
fn parts(path: &Path) -> Vec<(String, String)> {
    talanoa::package::parts(&bytes(path)).expect("a readable package")
}

fn part(parts: &[(String, String)], name: &str) -> String {
    parts
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, s)| s.clone())
        .unwrap_or_else(|| panic!("no {name}"))
}

/// `talanoa export --session s.talanoa` with more flags.
fn export(d: &Dir, more: &[&str]) -> Run {
    let mut args = vec!["export", "--session", "s.talanoa"];
    args.extend_from_slice(more);
    d.run(&args)
}

/// The folder the shipped sample agendas live in.
fn samples_dir() -> std::path::PathBuf {
    sample().parent().map(Path::to_path_buf).unwrap_or_default()
}

/// A session on `agenda` with a reservation, a block, an outcome and an action.
fn meeting(d: &Dir, agenda: &Path) {
    let agenda = agenda.to_str().unwrap();
    let text = std::fs::read_to_string(agenda).unwrap();
    let parsed = talanoa::agenda::parse(&text, agenda).unwrap();
    let item = parsed
        .items
        .iter()
        .find(|i| i.options.len() >= 2)
        .expect("an item with two options");
    let (o1, o2) = (&item.options[0].id, &item.options[1].id);
    let members: Vec<&str> = parsed.members.iter().map(|m| m.id.as_str()).collect();
    let stance = |effect| {
        parsed
            .stances
            .iter()
            .find(|s| s.effect == effect)
            .map(|s| s.id.as_str())
            .unwrap()
    };
    use talanoa::consensus::Effect;
    d.position(
        &item.id,
        o1,
        members[0],
        &[
            "--agenda",
            agenda,
            "--stance",
            stance(Effect::Reservation),
            "--statement",
            "=SUM(A1) we ask that costs be shared.",
        ],
    )
    .ok();
    d.position(
        &item.id,
        o2,
        members[1],
        &["--stance", stance(Effect::Block)],
    )
    .ok();
    d.run(&[
        "action",
        "--session",
        "s.talanoa",
        "--item",
        &item.id,
        "--text",
        "Draft terms of reference",
        "--owner",
        "Secretariat",
        "--due",
        "2024-10-31",
    ])
    .ok();
}

#[test]
fn word_minutes_of_both_samples_in_both_languages_and_documents() {
    for sample in [
        "pacific-peacekeeping-network.toml",
        "peer-to-peer-cooperation.toml",
    ] {
        let d = Dir::new();
        meeting(&d, &samples_dir().join(sample));
        for (document, lang) in [("outcomes", "en"), ("record", "fr"), ("record", "en")] {
            let out = format!("m-{document}-{lang}.docx");
            export(
                &d,
                &[
                    "--format",
                    "docx",
                    "--document",
                    document,
                    "--lang",
                    lang,
                    "-o",
                    &out,
                ],
            )
            .ok();
            let parts = parts(&d.path(&out));
            let doc = part(&parts, "word/document.xml");
            assert!(
                doc.contains(r#"<w:pStyle w:val="Heading1" />"#),
                "{sample} {document}"
            );
            assert!(doc.contains(r#"<w:pgSz w:w="11906" w:h="16838""#));
            let footer = part(&parts, "word/footer1.xml");
            let words = if lang == "fr" { " sur " } else { " of " };
            assert!(
                footer.contains(">NUMPAGES<") && footer.contains(words),
                "{footer}"
            );
            if document == "record" {
                assert!(
                    doc.contains("<w:tblHeader />"),
                    "record tables repeat their header"
                );
                assert!(doc.contains("<w:pageBreakBefore />"), "items start a page");
            }
            d.run(&["verify", "--session", "s.talanoa", "--minutes", &out])
                .ok();
        }
    }
}

#[test]
fn spreadsheet_cells_that_look_like_formulas_are_strings() {
    let d = Dir::new();
    meeting(&d, &sample());
    export(&d, &["--format", "xlsx", "-o", "p.xlsx"]).ok();
    let parts = parts(&d.path("p.xlsx"));
    let shared = part(&parts, "xl/sharedStrings.xml");
    assert!(
        shared.contains("=SUM(A1) we ask that costs be shared."),
        "{shared}"
    );
    // Every sheet but the last (about the file) has a frozen header row.
    let sheets = parts
        .iter()
        .filter(|(n, _)| n.starts_with("xl/worksheets/sheet"))
        .count();
    for (name, xml) in parts
        .iter()
        .filter(|(n, _)| n.starts_with("xl/worksheets/"))
    {
        assert!(
            !xml.contains("<f>") && !xml.contains("<f "),
            "{name} holds a formula"
        );
        assert!(
            xml.contains("ySplit=\"1\"") || name.ends_with(&format!("sheet{sheets}.xml")),
            "{name}"
        );
    }
    let book = part(&parts, "xl/workbook.xml");
    assert!(
        book.contains("All positions") && book.contains("Change history"),
        "{book}"
    );
    d.run(&["verify", "--session", "s.talanoa", "--minutes", "p.xlsx"])
        .ok();
    export(&d, &["--format", "xlsx", "--lang", "fr", "-o", "fr.xlsx"]).ok();
    assert!(part(&parts_of(&d, "fr.xlsx"), "xl/workbook.xml").contains("Toutes les positions"));
}

fn parts_of(d: &Dir, rel: &str) -> Vec<(String, String)> {
    parts(&d.path(rel))
}

#[test]
fn chatham_house_spreadsheets_and_word_files_name_no_delegation() {
    let d = Dir::new();
    meeting(&d, &sample());
    export(
        &d,
        &[
            "--format",
            "xlsx",
            "--attribution",
            "chatham-house",
            "-o",
            "p.xlsx",
        ],
    )
    .ok();
    export(
        &d,
        &[
            "--format",
            "docx",
            "--document",
            "record",
            "--attribution",
            "chatham-house",
            "-o",
            "r.docx",
        ],
    )
    .ok();
    let agenda = talanoa::agenda::parse(&std::fs::read_to_string(sample()).unwrap(), "s").unwrap();
    let first = &agenda.members[0];
    for file in ["p.xlsx", "r.docx"] {
        let all: String = parts_of(&d, file).into_iter().map(|(_, s)| s).collect();
        // The attendance may count delegations; the positions never name them.
        let after = all.split("Chatham House").last().unwrap_or_default();
        assert!(
            !after.contains(&format!(">{}<", first.id)),
            "{file} names {}",
            first.id
        );
    }
    let sheet = part(&parts_of(&d, "p.xlsx"), "xl/sharedStrings.xml");
    assert!(
        !sheet.contains(&first.name),
        "spreadsheet names {}",
        first.name
    );
    assert!(sheet.contains("Member 1"));
}

#[test]
fn csv_takes_a_byte_order_mark_on_request_only() {
    let d = Dir::new();
    d.record("network-options", "operational", "TK", "support")
        .ok();
    let plain = export(&d, &["--format", "csv"]).ok();
    assert!(plain.stdout.starts_with("item_id,"));
    export(&d, &["--format", "csv", "--bom", "-o", "b.csv"]).ok();
    let bytes = bytes(&d.path("b.csv"));
    assert!(bytes.starts_with("\u{feff}item_id,".as_bytes()));
    d.run(&["verify", "--session", "s.talanoa", "--minutes", "b.csv"])
        .ok();
    let r = export(&d, &["--format", "json", "--bom"]).code(2);
    assert!(
        r.stderr.contains("--bom is for --format csv"),
        "{}",
        r.stderr
    );
}

#[test]
fn word_minutes_open_in_libreoffice_where_it_is_installed() {
    let Some(soffice) = ["soffice", "libreoffice"].into_iter().find(|c| {
        std::process::Command::new(c)
            .arg("--version")
            .output()
            .is_ok()
    }) else {
        eprintln!("skipped: LibreOffice (soffice) is not installed");
        return;
    };
    let d = Dir::new();
    meeting(&d, &sample());
    export(
        &d,
        &[
            "--format",
            "docx",
            "--document",
            "record",
            "-o",
            "record.docx",
        ],
    )
    .ok();
    let out = std::process::Command::new(soffice)
        .arg(format!(
            "-env:UserInstallation=file://{}",
            d.path("lo-profile").display()
        ))
        .args(["--headless", "--convert-to", "pdf", "--outdir"])
        .arg(d.path(""))
        .arg(d.path("record.docx"))
        .output()
        .unwrap();
    let pdf = bytes(&d.path("record.pdf"));
    assert!(
        pdf.starts_with(b"%PDF"),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn pandoc_reads_every_heading_and_table_of_the_word_minutes() {
    if std::process::Command::new("pandoc")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("skipped: pandoc is not installed");
        return;
    }
    let d = Dir::new();
    meeting(&d, &sample());
    let md = export(&d, &["--document", "record"]).ok().stdout;
    export(
        &d,
        &["--format", "docx", "--document", "record", "-o", "r.docx"],
    )
    .ok();
    let out = std::process::Command::new("pandoc")
        .args(["-f", "docx", "-t", "gfm", "--wrap=none"])
        .arg(d.path("r.docx"))
        .output()
        .unwrap();
    let back = String::from_utf8_lossy(&out.stdout);
    let headings = |s: &str| s.lines().filter(|l| l.starts_with('#')).count();
    assert_eq!(headings(&back), headings(&md), "{back}");
    let tables = |s: &str| {
        s.lines()
            .filter(|l| l.starts_with("|--") || l.starts_with("| --") || l.starts_with("|---"))
            .count()
    };
    assert_eq!(tables(&back), tables(&md), "{back}");
}

#[test]
fn french_minutes_of_both_samples_in_markdown_and_html() {
    for sample in [
        "pacific-peacekeeping-network.toml",
        "peer-to-peer-cooperation.toml",
    ] {
        let d = Dir::new();
        meeting(&d, &samples_dir().join(sample));
        for document in ["outcomes", "record"] {
            let md = export(&d, &["--lang", "fr", "--document", document])
                .ok()
                .stdout;
            assert!(md.contains(" août 2024"), "{sample} {document}: {md}");
            assert!(
                !md.contains(" August "),
                "{sample} {document}: English date"
            );
            let html = export(
                &d,
                &["--lang", "fr", "--format", "html", "--document", document],
            )
            .ok()
            .stdout;
            assert!(html.contains(r#"<html lang="fr">"#) && html.contains("<main>"));
            assert!(html.contains("counter(pages)"), "page X of Y in print");
            if document == "outcomes" {
                assert!(
                    md.contains("**RÉSULTATS**") && md.contains("La Réunion :"),
                    "{md}"
                );
                assert!(
                    md.contains("a chargé ") && md.contains("d'ici au 31 octobre 2024"),
                    "{md}"
                );
            } else {
                assert!(
                    md.contains("## Participation") && md.contains("### Le talanoa"),
                    "{md}"
                );
            }
        }
    }
    // The peacekeeping meeting is chaired by Fiji: "sous la présidence des Fidji".
    let d = Dir::new();
    meeting(&d, &sample());
    let md = export(&d, &["--lang", "fr"]).ok().stdout;
    assert!(md.contains("sous la présidence des Fidji"), "{md}");
    assert!(
        md.contains("n'a pas été en mesure de se joindre au consensus")
            || md.contains("n'ont pas été en mesure"),
        "{md}"
    );
}
