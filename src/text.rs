//! Text from agendas and statements made safe to show on a terminal:
//! control characters, escape sequences, bidi overrides and zero-width
//! characters become visible marks instead of being interpreted. The record
//! itself always keeps the bytes exactly as entered.

use std::borrow::Cow;

/// Whether a character must not reach a terminal as it is.
fn hostile(c: char) -> bool {
    (c.is_control() && c != '\n')
        || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}' | '\u{061C}')
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
}
