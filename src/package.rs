//! The text inside an Office file (`.docx`, `.xlsx`: a zip of XML parts),
//! for checking what an export states without a word processor.

use std::io::Read;

/// The most text read out of one file: a zip that inflates past this is not
/// one of ours.
const MAX_TEXT: u64 = 64 * 1024 * 1024;

/// Whether the bytes are a zip package (what Word and spreadsheet files are).
pub fn is_package(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04")
}

/// Every XML part of a package, by name, in archive order; `None` when the
/// bytes are not a readable package or inflate past the size cap.
pub fn parts(bytes: &[u8]) -> Option<Vec<(String, String)>> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).ok()?;
    let mut out = Vec::new();
    let mut budget = MAX_TEXT;
    for i in 0..zip.len() {
        let file = zip.by_index(i).ok()?;
        let Ok(name) = file.name().map(|n| n.to_string()) else {
            continue;
        };
        if !name.ends_with(".xml") {
            continue;
        }
        let mut xml = String::new();
        file.take(budget).read_to_string(&mut xml).ok()?;
        budget = budget.checked_sub(xml.len() as u64)?;
        if budget == 0 {
            return None;
        }
        out.push((name, xml));
    }
    Some(out)
}

/// The text of every XML part, markup removed and entities decoded, parts
/// in archive order; `None` when the bytes are not a readable package.
pub fn text(bytes: &[u8]) -> Option<String> {
    let mut out = String::new();
    for (_, xml) in parts(bytes)? {
        out.push_str(&plain(&xml));
        out.push('\n');
    }
    Some(out)
}

/// XML without its tags, with the five predefined entities decoded.
pub fn plain(xml: &str) -> String {
    let mut out = String::with_capacity(xml.len() / 2);
    let mut in_tag = false;
    for c in xml.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_text_of_a_word_file() {
        let meta = crate::docx::Meta {
            reference: Some("R&D(24)"),
            title: "t",
            lang: crate::agenda::Language::En,
            page_break_level: None,
            changed: None,
        };
        let bytes =
            crate::docx::from_markdown("# Sāmoa\n\nSession record: 3 changes", &meta).unwrap();
        assert!(is_package(&bytes));
        let text = text(&bytes).unwrap();
        assert!(text.contains("Sāmoa") && text.contains("Session record: 3 changes"));
        assert!(text.contains("R&D(24)"), "{text}");
    }

    #[test]
    fn other_bytes_are_not_packages() {
        assert!(!is_package(b"# minutes"));
        assert_eq!(text(b"PK\x03\x04 broken"), None);
    }
}
