//! The Word document read back as the zip of XML parts it is.

use super::*;

const MINUTES: &str = "\
# Forum Officials Subcommittee

**OUTCOMES** — Draft

1\\. The meeting was held in Apia, Sāmoa, on 9 August 2024.

## 1. Adoption of the agenda

The Meeting:

1. adopted the agenda;
2. noted the Tongaʻs ʻokina and 日本.

| Member | Position |
|---|---|
| Sāmoa | Supports \\| fully |
| Tonga | ~~withdrawn~~ |

> A statement, *as written*.

## 2. Other business

## Closing

Text.
";

fn meta(level: Option<u8>) -> Meta<'static> {
    Meta {
        reference: Some("PIFS(24)FSRS.1"),
        title: "Minutes",
        lang: Language::En,
        page_break_level: level,
        changed: None,
    }
}

fn parts(bytes: &[u8]) -> Vec<(String, String)> {
    crate::package::parts(bytes).expect("a readable package")
}

fn part(parts: &[(String, String)], name: &str) -> String {
    parts
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, s)| s.clone())
        .unwrap_or_else(|| panic!("no part {name}"))
}

#[test]
fn headings_are_word_headings() {
    let parts = parts(&from_markdown(MINUTES, &meta(None)).unwrap());
    let doc = part(&parts, "word/document.xml");
    assert!(doc.contains(r#"<w:pStyle w:val="Heading1" />"#), "{doc}");
    assert_eq!(doc.matches(r#"<w:pStyle w:val="Heading2" />"#).count(), 3);
    let styles = part(&parts, "word/styles.xml");
    assert!(
        styles.contains(r#"<w:name w:val="heading 2" />"#),
        "{styles}"
    );
    assert!(styles.contains(r#"<w:outlineLvl w:val="1" />"#));
}

#[test]
fn tables_have_borders_repeating_headers_and_unsplit_rows() {
    let parts = parts(&from_markdown(MINUTES, &meta(None)).unwrap());
    let doc = part(&parts, "word/document.xml");
    assert_eq!(doc.matches("<w:tbl>").count(), 1);
    assert!(doc.contains("<w:tblBorders>"), "{doc}");
    assert_eq!(doc.matches("<w:tblHeader />").count(), 1, "{doc}");
    assert_eq!(doc.matches("<w:cantSplit />").count(), 3);
    assert!(!doc.contains(HEADER_MARK_XML_PROBE));
    let plain = plain(&doc);
    for text in [
        "Sāmoa",
        "Supports | fully",
        "withdrawn",
        "Tongaʻs ʻokina and 日本",
    ] {
        assert!(plain.contains(text), "{text}");
    }
    assert!(doc.contains("<w:strike />"));
}

use crate::package::plain;

const HEADER_MARK_XML_PROBE: &str = r#"w:val="7" w:hRule="atLeast""#;

#[test]
fn items_start_on_a_new_page_in_the_record_only() {
    let flowing = part(
        &parts(&from_markdown(MINUTES, &meta(None)).unwrap()),
        "word/document.xml",
    );
    assert!(!flowing.contains("<w:pageBreakBefore"));
    let record = part(
        &parts(&from_markdown(MINUTES, &meta(Some(2))).unwrap()),
        "word/document.xml",
    );
    // The first item follows the heading block; the second starts a page;
    // an unnumbered heading (Closing) does not.
    assert_eq!(
        record.matches("<w:pageBreakBefore />").count(),
        1,
        "{record}"
    );
}

#[test]
fn a4_with_reference_and_page_x_of_y_in_the_footer() {
    let parts = parts(&from_markdown(MINUTES, &meta(None)).unwrap());
    let doc = part(&parts, "word/document.xml");
    assert!(doc.contains(r#"<w:pgSz w:w="11906" w:h="16838""#), "{doc}");
    let footer = part(&parts, "word/footer1.xml");
    assert!(footer.contains("PIFS(24)FSRS.1"), "{footer}");
    assert!(
        footer.contains(">PAGE<") && footer.contains(">NUMPAGES<"),
        "{footer}"
    );
    assert!(footer.contains("Page ") && footer.contains(" of "));
    let fr = Meta {
        lang: Language::Fr,
        reference: None,
        ..meta(None)
    };
    let footer = part(&parts_of(&fr), "word/footer1.xml");
    assert!(
        footer.contains(" sur ") && !footer.contains("PIFS"),
        "{footer}"
    );
}

fn parts_of(meta: &Meta<'_>) -> Vec<(String, String)> {
    parts(&from_markdown(MINUTES, meta).unwrap())
}

/// pandoc reads every heading and table back (skipped where pandoc is missing).
#[test]
fn pandoc_reads_headings_and_tables() {
    if std::process::Command::new("pandoc")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("skipped: pandoc is not installed");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("m.docx");
    std::fs::write(&path, from_markdown(MINUTES, &meta(Some(2))).unwrap()).unwrap();
    let out = std::process::Command::new("pandoc")
        .args(["-f", "docx", "-t", "markdown"])
        .arg(&path)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let md = String::from_utf8(out.stdout).unwrap();
    assert!(md.contains("# Forum Officials Subcommittee"), "{md}");
    assert!(md.contains("## 1. Adoption of the agenda"), "{md}");
    assert!(
        md.contains(
            "## 2. Other business

## Closing"
        ),
        "{md}"
    );
    assert!(md.contains("Sāmoa") && md.contains("Position"), "{md}");
}

/// LibreOffice opens the document and prints it to PDF (skipped where it is missing).
#[test]
fn libreoffice_converts_it_to_pdf() {
    let Some(soffice) = ["soffice", "libreoffice"].into_iter().find(|c| {
        std::process::Command::new(c)
            .arg("--version")
            .output()
            .is_ok()
    }) else {
        eprintln!("skipped: LibreOffice (soffice) is not installed");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("m.docx");
    std::fs::write(&path, from_markdown(MINUTES, &meta(Some(2))).unwrap()).unwrap();
    let out = std::process::Command::new(soffice)
        .arg(format!(
            "-env:UserInstallation=file://{}/profile",
            dir.path().display()
        ))
        .args(["--headless", "--convert-to", "pdf", "--outdir"])
        .arg(dir.path())
        .arg(&path)
        .output()
        .unwrap();
    let pdf = dir.path().join("m.pdf");
    assert!(
        out.status.success() && pdf.exists(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF"));
}

/// Regression: the file properties said created 1970-01-01 by "unknown".
#[test]
fn file_properties_name_talanoa_the_title_and_the_last_change() {
    let at = chrono::DateTime::parse_from_rfc3339("2024-08-09T01:02:03Z")
        .unwrap()
        .to_utc();
    let m = Meta {
        title: "Fono ʻo e Pasifiki & <Sāmoa>",
        changed: Some(at),
        ..meta(None)
    };
    let core = part(&parts_of(&m), "docProps/core.xml");
    for want in [
        "<dc:creator>talanoa</dc:creator>",
        "<cp:lastModifiedBy>talanoa</cp:lastModifiedBy>",
        ">2024-08-09T01:02:03Z</dcterms:created>",
        ">2024-08-09T01:02:03Z</dcterms:modified>",
        "<dc:title>Fono ʻo e Pasifiki &amp; &lt;Sāmoa&gt;</dc:title>",
    ] {
        assert!(core.contains(want), "missing {want:?} in {core}");
    }
    assert!(
        !core.contains("unknown") && !core.contains("1970"),
        "{core}"
    );
    assert_eq!(parts_of(&m), parts_of(&m));
}

#[test]
fn a_title_with_markup_and_control_characters_keeps_the_properties_valid_xml() {
    // regression: a vertical tab in the meeting's title went raw into
    // docProps/core.xml, which XML 1.0 forbids: Word refused the file
    let core = b"<cp:coreProperties><dc:creator>unknown</dc:creator></cp:coreProperties>";
    let out =
        String::from_utf8(core_properties(core, "Fono\u{b} <A&B> \u{1b}[31m\u{ffff}")).unwrap();
    assert!(
        out.contains("<dc:title>Fono &lt;A&amp;B&gt; [31m</dc:title>"),
        "{out}"
    );
    assert!(
        !out.chars().any(|c| c.is_control() || c == '\u{ffff}'),
        "{out:?}"
    );
}
