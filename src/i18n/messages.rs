//! The language of the program's messages: what the commands print, their
//! refusals and the errors a user reads (agenda problems, session errors).
//!
//! One language for the whole process, chosen once at start: the command's
//! `--lang` where it has one, else the environment (`LC_ALL`, `LC_MESSAGES`,
//! `LANG`), else English. `run` then follows the screen's language (its
//! flag, else the agenda's, else the environment's). Until it is set, and so
//! in the library's own tests, messages are English.

use std::sync::atomic::{AtomicU8, Ordering};

use super::Language;

static MESSAGES: AtomicU8 = AtomicU8::new(0);

/// Makes `lang` the language of every message from now on.
pub fn set_messages(lang: Language) {
    let code = match lang {
        Language::En => 0,
        Language::Fr => 1,
    };
    MESSAGES.store(code, Ordering::Relaxed);
}

/// The language messages are written in now (English until set).
pub fn messages() -> Language {
    match MESSAGES.load(Ordering::Relaxed) {
        1 => Language::Fr,
        _ => Language::En,
    }
}

/// The messages language for a command: its `--lang`, else `env` (the
/// environment's, from [`from_env`](super::from_env)), else English.
pub fn messages_for(flag: Option<Language>, env: Option<Language>) -> Language {
    flag.or(env).unwrap_or_default()
}

/// `msg!("id")` or `msg!("id", name = value)`: the message in the messages
/// language ([`messages`]).
#[macro_export]
macro_rules! msg {
    ($id:expr $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::tr!($crate::i18n::messages(), $id $(, $name = $value)*)
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_flag_wins_then_the_environment_then_english() {
        use Language::{En, Fr};
        assert_eq!(messages_for(Some(Fr), Some(En)), Fr);
        assert_eq!(messages_for(Some(En), Some(Fr)), En);
        assert_eq!(messages_for(None, Some(Fr)), Fr);
        assert_eq!(messages_for(None, None), En);
    }

    #[test]
    fn locale_values_name_the_messages_language() {
        use super::super::from_locale;
        assert_eq!(from_locale("fr_FR.UTF-8"), Some(Language::Fr));
        assert_eq!(from_locale("fr_CA"), Some(Language::Fr));
        assert_eq!(from_locale("en_NZ.UTF-8"), Some(Language::En));
        // `C` and `POSIX` name no language: messages stay English
        assert_eq!(messages_for(None, from_locale("C")), Language::En);
        assert_eq!(messages_for(None, from_locale("POSIX")), Language::En);
    }

    #[test]
    fn messages_are_english_until_set() {
        // The library's tests never set it, so their messages are English.
        assert_eq!(messages(), Language::En);
        assert_eq!(
            crate::msg!("error-agenda-more", origin = "a.toml", count = 2usize),
            "a.toml: and 2 more problems not shown; fix these first"
        );
    }
}
