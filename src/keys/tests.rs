//! The key table: no key twice, the reserved keys, every row's words in
//! both languages, and the chair's guide generated from it.

use super::*;

#[test]
fn no_key_is_bound_twice() {
    let all: Vec<Key> = TABLE.iter().flat_map(|b| b.keys.iter().copied()).collect();
    for (n, k) in all.iter().enumerate() {
        assert!(!all[n + 1..].contains(k), "{k:?} bound twice");
    }
}

#[test]
fn reserved_keys_are_the_tables_characters_and_the_contracts() {
    let mut r: Vec<char> = RESERVED.to_vec();
    r.sort_unstable();
    let mut contract: Vec<char> = "hjkl[]0adetuq?/ ".chars().collect();
    contract.sort_unstable();
    assert_eq!(r, contract, "docs/agenda-format.md lists these");
    assert_eq!(crate::agenda::RESERVED_KEYS, RESERVED);
}

/// Guards the table's words: a row whose id has no message would show
/// its id in the help (French must define the same ids: i18n's tests).
#[test]
fn every_rows_words_are_messages() {
    for b in TABLE {
        for id in [b.what, b.more].into_iter().filter(|id| !id.is_empty()) {
            assert!(id.starts_with("key-"), "{id}: screen.ftl ids begin key-");
            for lang in crate::i18n::LANGUAGES {
                assert_ne!(t(lang, id, &[]), id, "{id} has no message in {lang:?}");
            }
        }
        assert!(
            b.more.is_empty() || b.more == format!("{}-more", b.what),
            "{}: more is named after what",
            b.more
        );
    }
}

#[test]
fn the_chair_guide_lists_the_tables_keys() {
    let guide = include_str!("../../docs/chair-guide.md");
    let block = guide
        .split("<!-- keys: generated from src/keys.rs -->\n")
        .nth(1)
        .and_then(|rest| rest.split("<!-- end of keys -->").next())
        .unwrap_or_default();
    assert_eq!(
        block,
        markdown(),
        "docs/chair-guide.md's key list must be keys::markdown(); paste this:\n{}",
        markdown()
    );
}

/// Guards the key names: each is a message in both languages (an id
/// never shows in the help), and the guide's stay English.
#[test]
fn every_key_has_a_name_in_both_languages() {
    let keys = [
        Key::Char(' '),
        Key::Ctrl('r'),
        Key::Home,
        Key::End,
        Key::PageUp,
        Key::PageDown,
        Key::Enter,
        Key::Backspace,
        Key::Tab,
        Key::BackTab,
    ];
    for k in keys {
        for lang in crate::i18n::LANGUAGES {
            assert!(!k.name(lang).starts_with("key-"), "{k:?} in {lang:?}");
        }
        assert_eq!(k.label(), k.name(Language::En));
    }
    assert_eq!(Key::Char(' ').name(Language::Fr), "Espace");
    assert_eq!(Key::Ctrl('r').label(), "Ctrl-r");
    assert_eq!(Key::PageUp.label(), "PgUp");
}
