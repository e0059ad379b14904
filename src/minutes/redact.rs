//! Chatham House minutes name no delegation after the heading, not even
//! inside quoted statements or outcomes: every member's and observer's name
//! in text after the heading becomes "[a member]" or "[an observer]",
//! however it is capitalised and whether or not it is written with its
//! macrons and ʻokina ("Sāmoa", "SAMOA", "Hawaiʻi", "Hawai'i", "Hawaii"),
//! on either side: a name the agenda writes plainly ("Samoa") is found
//! written with marks ("Sāmoa", or "Sa" + a combining macron + "moa").

use aho_corasick::{AhoCorasick, MatchKind};
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use crate::agenda::Agenda;
use crate::consensus::Role;

/// Replaces delegation names in text.
pub struct Redactor {
    /// One automaton for every spelling of every name, longest match
    /// first, so that "Papua New Guinea" wins over "Guinea" in one pass
    /// over the text.
    names: Option<AhoCorasick>,
    replacements: Vec<&'static str>,
}

/// Marks written for the ʻokina (glottal stop), and the apostrophe that
/// often stands in for it: ignored when names are matched.
const OKINA: [char; 4] = ['\u{2bb}', '\'', '\u{2018}', '\u{2019}'];

/// Text folded for matching names: without accents, macrons or ʻokina
/// marks, in lower case, each run of white space one space; with, for each
/// byte of it, the span of the original text it came from.
struct Folded {
    text: String,
    spans: Vec<(usize, usize)>,
}

fn fold(text: &str) -> Folded {
    let mut out = Folded {
        text: String::with_capacity(text.len()),
        spans: Vec::with_capacity(text.len()),
    };
    for (i, c) in text.char_indices() {
        if OKINA.contains(&c) {
            continue;
        }
        let span = (i, i + c.len_utf8());
        // Any run of white space (two spaces, a line break) is one space:
        // "Cook  Islands" and "Cook\nIslands" are the name too.
        if c.is_whitespace() {
            match out.spans.last_mut() {
                Some(last) if out.text.ends_with(' ') => last.1 = span.1,
                _ => {
                    out.text.push(' ');
                    out.spans.push(span);
                }
            }
            continue;
        }
        for d in std::iter::once(c).nfd().filter(|d| !is_combining_mark(*d)) {
            for l in d.to_lowercase() {
                out.text.push(l);
                out.spans.extend(std::iter::repeat_n(span, l.len_utf8()));
            }
        }
    }
    out
}

/// How many bytes at the start of `rest` continue a word: letters and
/// digits, and an apostrophe with a letter after it ("'s", not a closing
/// quote).
fn word_rest(rest: &str) -> usize {
    let mut chars = rest.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let apostrophe = matches!(c, '\'' | '\u{2019}')
            && chars.peek().is_some_and(|(_, n)| n.is_alphanumeric());
        if !(c.is_alphanumeric() || is_combining_mark(c) || apostrophe) {
            return i;
        }
    }
    rest.len()
}

/// What stands in for a delegation's name.
pub fn placeholder(role: Role) -> &'static str {
    match role {
        Role::Member => "[a member]",
        Role::Observer => "[an observer]",
        Role::AssociateMember => "[an associate member]",
        Role::DialoguePartner => "[a dialogue partner]",
        Role::Agency => "[an agency]",
    }
}

impl Redactor {
    /// A redactor for an agenda's members and observers.
    pub fn new(agenda: &Agenda) -> Redactor {
        let named: Vec<&crate::agenda::Member> = agenda
            .members
            .iter()
            .filter(|m| !m.name.trim().is_empty())
            .collect();
        let mut patterns: Vec<String> = Vec::new();
        let mut replacements = Vec::new();
        for m in named {
            let label = placeholder(m.role);
            for s in m.spellings() {
                let folded = fold(s).text.trim().to_string();
                // "The Marshall Islands" goes whole, not "The [a member]".
                let the = if folded.starts_with("the ") || folded.is_empty() {
                    None
                } else {
                    Some(format!("the {folded}"))
                };
                for p in std::iter::once(folded).chain(the) {
                    if !p.is_empty() && !patterns.contains(&p) {
                        patterns.push(p);
                        replacements.push(label);
                    }
                }
            }
        }
        let names = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&patterns)
            .ok();
        Redactor {
            names,
            replacements,
        }
    }

    /// The text with every delegation name replaced, together with the
    /// rest of a word it begins ("Samoan" and "Fiji's" go whole, so no
    /// ending gives a name away).
    pub fn text(&self, text: &str) -> String {
        let Some(ac) = &self.names else {
            return text.to_string();
        };
        let folded = fold(text);
        let mut out = String::with_capacity(text.len());
        let mut last = 0;
        for m in ac.find_iter(&folded.text) {
            // "the Fiji" inside "bathe Fiji": the article is only a word
            // of its own; otherwise the name alone goes.
            let inside_word = m.start() > 0
                && folded
                    .text
                    .get(..m.start())
                    .and_then(|b| b.chars().next_back())
                    .is_some_and(char::is_alphanumeric);
            let skip = if inside_word && folded.text.get(m.start()..m.start() + 4) == Some("the ") {
                4
            } else {
                0
            };
            let start = folded
                .spans
                .get(m.start() + skip)
                .map_or(text.len(), |s| s.0);
            let end = m
                .end()
                .checked_sub(1)
                .and_then(|e| folded.spans.get(e))
                .map_or(start, |s| s.1);
            if start < last {
                continue;
            }
            out.push_str(text.get(last..start).unwrap_or_default());
            out.push_str(
                self.replacements
                    .get(m.pattern().as_usize())
                    .copied()
                    .unwrap_or("[a member]"),
            );
            last = end + word_rest(text.get(end..).unwrap_or_default());
        }
        out.push_str(text.get(last..).unwrap_or_default());
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_names_first() {
        let src = "[meeting]\ntitle = \"T\"\n[[members]]\nid = \"G\"\nname = \"Guinea\"\n[[members]]\nid = \"PG\"\nname = \"Papua New Guinea\"\n[[members]]\nid = \"JP\"\nname = \"日本\"\nrole = \"observer\"\n[[items]]\nid = \"i\"\ntitle = \"x\"\n[[items.options]]\nid = \"o\"\ntitle = \"y\"\n";
        let a = crate::agenda::parse(src, "t").unwrap();
        let r = Redactor::new(&a);
        assert_eq!(
            r.text("Papua New Guinea and Guinea thank 日本."),
            "[a member] and [a member] thank [an observer]."
        );
        assert_eq!(r.text("nobody named"), "nobody named");
        assert_eq!(r.text("PAPUA NEW GUINEA"), "[a member]");
        // Regression: a name split by two spaces, a tab or a line break.
        assert_eq!(
            r.text("Papua  New\tGuinea and Papua New\nGuinea agree"),
            "[a member] and [a member] agree"
        );
        assert_eq!(r.text("two  spaces stay"), "two  spaces stay");
    }

    #[test]
    fn names_written_without_macrons_or_with_another_okina_mark() {
        let src = "[meeting]\ntitle = \"T\"\n[[members]]\nid = \"WS\"\nname = \"Sāmoa\"\n[[members]]\nid = \"HI\"\nname = \"Hawaiʻi\"\nrole = \"observer\"\n[[items]]\nid = \"i\"\ntitle = \"x\"\n[[items.options]]\nid = \"o\"\ntitle = \"y\"\n";
        let a = crate::agenda::parse(src, "t").unwrap();
        let r = Redactor::new(&a);
        assert_eq!(
            r.text("Sāmoa, Samoa, SAMOA and samoa; Hawaiʻi, Hawai'i, Hawai‘i, Hawai’i, Hawaii."),
            "[a member], [a member], [a member] and [a member]; [an observer], [an observer], [an observer], [an observer], [an observer]."
        );
        assert_eq!(fold("Sāmoa Hawaiʻi").text, "samoa hawaii");
        assert_eq!(
            r.text("The Samoan view, Samoa's too; Sāmoa."),
            "[a member] view, [a member] too; [a member]."
        );
        assert_eq!(
            r.text("'Samoa' and ‘Samoa’"),
            "'[a member]' and ‘[a member]’"
        );
    }

    #[test]
    fn regression_an_article_is_taken_only_as_a_word_of_its_own() {
        let src = "[meeting]\ntitle = \"T\"\n[[members]]\nid = \"MH\"\nname = \"Marshall Islands\"\nname_in_text = \"the Marshall Islands\"\n[[items]]\nid = \"i\"\ntitle = \"x\"\n[[items.options]]\nid = \"o\"\ntitle = \"y\"\n";
        let a = crate::agenda::parse(src, "t").unwrap();
        let r = Redactor::new(&a);
        assert_eq!(
            r.text("The Marshall Islands agree; bathe Marshall Islands; THE MARSHALL ISLANDS."),
            "[a member] agree; bathe [a member]; [a member]."
        );
    }

    #[test]
    fn regression_marks_in_the_text_that_the_agenda_name_lacks() {
        let src = "[meeting]\ntitle = \"T\"\n[[members]]\nid = \"WS\"\nname = \"Samoa\"\n[[members]]\nid = \"TO\"\nname = \"Tonga\"\n[[items]]\nid = \"i\"\ntitle = \"x\"\n[[items.options]]\nid = \"o\"\ntitle = \"y\"\n";
        let a = crate::agenda::parse(src, "t").unwrap();
        let r = Redactor::new(&a);
        assert_eq!(
            r.text("Sāmoa, Sa\u{304}moa and TÓNGA; Tonga's; “Samoa”."),
            "[a member], [a member] and [a member]; [a member]; “[a member]”."
        );
    }
}
