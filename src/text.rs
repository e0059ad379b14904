//! Text from agendas, statements and the command line made safe to show on
//! a terminal: control characters, escape sequences, bidi overrides and
//! zero-width characters become visible marks instead of being interpreted.
//! The record itself always keeps the bytes exactly as entered.
//!
//! The helpers every message and view uses live here: [`inert`] and
//! [`inert_line`] for text on screen, [`clip`], [`quoted`] and [`path`] for
//! user input quoted in a message (visible and cut short), and
//! [`for_terminal`] for an export written to a terminal.

use std::borrow::Cow;
use std::path::Path;

/// The longest user value a message quotes, in characters.
pub const QUOTE_LIMIT: usize = 80;

/// Whether a character must not reach a terminal as it is: control
/// characters (except a line break) and invisible formatting (zero-width
/// characters, bidi controls, the byte-order mark).
pub fn hostile(c: char) -> bool {
    (c.is_control() && c != '\n')
        || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}' | '\u{061C}')
}

/// Whether a character cannot be seen: a [`hostile`] one, or another
/// invisible one (soft hyphen, combining grapheme joiner, Mongolian vowel
/// separator, Hangul fillers, line and paragraph separators).
pub fn invisible(c: char) -> bool {
    hostile(c)
        || matches!(
            c,
            '\u{00AD}'
                | '\u{034F}'
                | '\u{180E}'
                | '\u{115F}'
                | '\u{1160}'
                | '\u{3164}'
                | '\u{FFA0}'
                | '\u{2028}'
                | '\u{2029}'
        )
}

/// The text with every hostile character shown as a visible mark:
/// ESC as `␛`, tab as a space, other controls and invisible formatting as `<U+XXXX>`.
pub fn inert(text: &str) -> Cow<'_, str> {
    if !text.chars().any(hostile) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\t' => out.push(' '),
            '\u{1b}' => out.push('␛'),
            c if hostile(c) => out.push_str(&format!("<U+{:04X}>", u32::from(c))),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// One line of inert text: line breaks shown as `⏎`.
pub fn inert_line(text: &str) -> String {
    inert(text).replace('\n', " ⏎ ")
}

/// A value from the user, made safe to quote in a message: one line, every
/// control character and escape visible, cut at [`QUOTE_LIMIT`] characters
/// with `…` (a 5 MB value costs no more than a short one).
pub fn clip(text: &str) -> String {
    let mut chars = text.char_indices();
    let cut = chars.nth(QUOTE_LIMIT).map(|(i, _)| i);
    let head = cut.and_then(|i| text.get(..i)).unwrap_or(text);
    let mut out = inert_line(head);
    if cut.is_some() {
        out.push('…');
    }
    out
}

/// [`clip`] in double quotes.
pub fn quoted(text: &str) -> String {
    format!("\"{}\"", clip(text))
}

/// A path for a message: every control character visible, and a long one
/// cut in the middle so that its file name still shows.
pub fn path(p: &Path) -> String {
    let shown = p.to_string_lossy();
    let n = shown.chars().count();
    if n <= QUOTE_LIMIT {
        return inert_line(&shown);
    }
    let head: String = shown.chars().take(20).collect();
    let tail: String = shown.chars().skip(n - (QUOTE_LIMIT - 21)).collect();
    format!("{}…{}", inert_line(&head), inert_line(&tail))
}

/// An export about to be shown on a terminal: line breaks (LF and CRLF)
/// and tabs kept, every other hostile character (a bare CR included)
/// shown as a visible mark (a file written with `-o` stays byte for byte
/// as rendered).
pub fn for_terminal(text: &str) -> Cow<'_, str> {
    let mut chars = text.chars().peekable();
    let mut clean = true;
    while let Some(c) = chars.next() {
        if c == '\r' && chars.peek() == Some(&'\n') {
            continue;
        }
        if hostile(c) && c != '\t' {
            clean = false;
            break;
        }
    }
    if clean {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' if chars.peek() == Some(&'\n') => out.push('\r'),
            '\t' => out.push('\t'),
            '\u{1b}' => out.push('␛'),
            c if hostile(c) => out.push_str(&format!("<U+{:04X}>", u32::from(c))),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// The text with every NUL replaced by U+FFFD (a NUL never reaches an
/// export: many tools cut the text at it).
pub fn without_nul(text: &str) -> Cow<'_, str> {
    if text.contains('\0') {
        Cow::Owned(text.replace('\0', "\u{FFFD}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// Text for a document (Markdown or HTML minutes) on one line: a NUL
/// becomes U+FFFD, a carriage return a space (a bare CR would end a
/// Markdown table row or heading), and every other control character
/// except a tab U+FFFD. Line feeds are the caller's to handle.
pub fn for_document(text: &str) -> Cow<'_, str> {
    let bad = |c: char| c != '\n' && c != '\t' && c.is_control();
    if !text.chars().any(bad) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| match c {
                '\r' => ' ',
                c if bad(c) => '\u{FFFD}',
                c => c,
            })
            .collect(),
    )
}

/// The longest line a message prints, in characters (a safety net: the
/// values a message quotes are already cut at [`QUOTE_LIMIT`]).
pub const LINE_LIMIT: usize = 1_000;

/// A message about to be printed: line breaks kept, every other control
/// character and escape visible, each line cut at [`LINE_LIMIT`].
pub fn for_message(text: &str) -> String {
    let mut out = String::with_capacity(text.len().min(64 * 1024));
    for (n, line) in text.split('\n').enumerate() {
        if n > 0 {
            out.push('\n');
        }
        let cut = line.char_indices().nth(LINE_LIMIT).map(|(i, _)| i);
        out.push_str(&for_terminal(
            cut.and_then(|i| line.get(..i)).unwrap_or(line),
        ));
        if cut.is_some() {
            out.push('…');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_become_visible() {
        assert_eq!(inert("plain Sāmoa ʻokina 日本"), "plain Sāmoa ʻokina 日本");
        assert_eq!(
            inert("\u{1b}[2J\u{1b}]0;pwned\u{7}"),
            "␛[2J␛]0;pwned<U+0007>"
        );
        assert_eq!(
            inert("a\u{202E}b\u{200B}c\u{9B}d"),
            "a<U+202E>b<U+200B>c<U+009B>d"
        );
        assert_eq!(inert("a\r\nb"), "a<U+000D>\nb");
        assert_eq!(inert_line("one\ntwo"), "one ⏎ two");
        assert!(matches!(inert("fine"), Cow::Borrowed(_)));
    }

    #[test]
    fn quoted_input_is_visible_and_short() {
        assert_eq!(quoted("FJ"), "\"FJ\"");
        assert_eq!(
            clip("\u{1b}]52;c;cHduZWQ=\u{7}x"),
            "␛]52;c;cHduZWQ=<U+0007>x"
        );
        let long = "Sāmoa ".repeat(1_000_000);
        let c = clip(&long);
        assert_eq!(c.chars().count(), QUOTE_LIMIT + 1);
        assert!(c.ends_with('…'));
        let p = path(Path::new(&format!(
            "/tmp/{}/agenda\u{1b}[2J.toml",
            "x".repeat(200)
        )));
        assert!(p.ends_with("agenda␛[2J.toml"), "{p}");
        assert!(p.chars().count() <= QUOTE_LIMIT);
        assert_eq!(
            for_terminal("a\tb\nc\u{1b}]0;t\u{7}"),
            "a\tb\nc␛]0;t<U+0007>"
        );
    }

    #[test]
    fn messages_are_inert_and_bounded() {
        let m = for_message(&format!(
            "one\n\u{1b}]0;title\u{7}{}",
            "x".repeat(5_000_000)
        ));
        assert!(m.starts_with("one\n␛]0;title<U+0007>x"));
        assert!(m.chars().count() < LINE_LIMIT + 20);
    }
}
