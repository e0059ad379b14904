//! What each subcommand does: read the parsed command line, call the domain,
//! print results. Errors carry their exit status (2 bad input, 1 failure).

mod amend;
mod export;
mod record;
mod review;
mod run;
mod setup;
mod verify;

use std::fmt;

use crate::cli::{Cli, Command};

/// A command that did not succeed, with the exit status the contract gives it.
#[derive(Debug)]
pub enum Failure {
    /// Bad input or usage: exit 2. The message says what to fix.
    BadInput(String),
    /// Anything else: exit 1. The message says what failed.
    Failed(String),
    /// Problems already printed (for example by `validate`): exit 2, nothing more to say.
    Reported,
    /// Agenda problems, one `PATH:LINE:COL: message` per line, printed as
    /// `validate` prints them: exit 2.
    Problems(String),
}

impl Failure {
    /// Whether the message goes out as it is, without the program's name
    /// in front (agenda problems keep the `PATH:LINE:COL:` form).
    pub fn is_listing(&self) -> bool {
        matches!(self, Failure::Problems(_))
    }

    /// The process exit status for this failure.
    pub fn exit_code(&self) -> u8 {
        match self {
            Failure::BadInput(_) | Failure::Reported | Failure::Problems(_) => 2,
            Failure::Failed(_) => 1,
        }
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Failure::BadInput(m) | Failure::Failed(m) | Failure::Problems(m) => f.write_str(m),
            Failure::Reported => Ok(()),
        }
    }
}

impl From<crate::agenda::AgendaError> for Failure {
    fn from(e: crate::agenda::AgendaError) -> Self {
        Failure::Problems(e.to_string())
    }
}

/// The language a `--lang` flag asked for, if any.
fn lang(flag: Option<crate::cli::LangArg>) -> Option<crate::agenda::Language> {
    flag.map(crate::cli::LangArg::language)
}

/// The `--lang` that chooses the messages' language: the screen's, for
/// `run` and `talanoa AGENDA`, whose messages end up on it. `export` and
/// `review` take `--lang` for what they write (minutes, the review) only:
/// a secretary writing French minutes on an English machine reads the
/// notices and refusals in the machine's language.
fn command_lang(cli: &Cli) -> Option<crate::agenda::Language> {
    match &cli.command {
        Some(Command::Run(a)) => lang(a.lang),
        None => lang(cli.lang),
        Some(_) => None,
    }
}

/// Runs the parsed command line. Messages are in the environment's
/// language (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English; `run` follows
/// its screen's language (`--lang`, else the agenda's, else the locale's).
pub fn dispatch(cli: Cli) -> Result<(), Failure> {
    let messages = crate::i18n::messages_for(command_lang(&cli), crate::i18n::from_env());
    crate::i18n::set_messages(messages);
    match cli.command {
        Some(Command::Validate(a)) => setup::validate(&a),
        Some(Command::Init(a)) => setup::init(&a),
        Some(Command::Record(a)) => record::record(&a),
        Some(Command::Attend(a)) => record::attend(&a),
        Some(Command::Decide(a)) => record::decide(&a),
        Some(Command::Action(a)) => record::action(&a),
        Some(Command::Amend(a)) => amend::amend(&a),
        Some(Command::Export(a)) => export::export(&a),
        Some(Command::Review(a)) => review::review(&a),
        Some(Command::Verify(a)) => verify::verify(&a),
        Some(Command::Run(a)) => run::run(&a.agenda, a.session.as_deref(), lang(a.lang)),
        None => match &cli.agenda {
            Some(agenda) => run::run(agenda, None, lang(cli.lang)),
            None => run::default(lang(cli.lang)),
        },
    }
}

#[cfg(test)]
mod tests {
    use clap::Parser;

    use super::*;
    use crate::agenda::Language;

    fn lang_of(args: &[&str]) -> Option<Language> {
        let cli = Cli::try_parse_from([&["talanoa"][..], args].concat()).unwrap();
        command_lang(&cli)
    }

    #[test]
    fn only_the_screens_lang_chooses_the_messages_language() {
        let fr = Some(Language::Fr);
        assert_eq!(lang_of(&["run", "a.toml", "--lang", "fr"]), fr);
        assert_eq!(lang_of(&["a.toml", "--lang", "fr"]), fr);
        assert_eq!(
            lang_of(&["run", "a.toml", "--lang", "en"]),
            Some(Language::En)
        );
        // --lang on export and review is the document's language only
        assert_eq!(lang_of(&["export", "--session", "s", "--lang", "fr"]), None);
        assert_eq!(lang_of(&["review", "--session", "s", "--lang", "fr"]), None);
        // no flag: the environment decides (see i18n::messages_for)
        assert_eq!(lang_of(&["export", "--session", "s"]), None);
        assert_eq!(lang_of(&["validate", "a.toml"]), None);
        assert_eq!(lang_of(&["verify", "--session", "s"]), None);
    }
}
