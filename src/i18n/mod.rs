//! Every sentence and label the program writes, in English and French.
//!
//! The words live in Project Fluent message files, one folder per language
//! (`src/i18n/en/`, `src/i18n/fr/`), compiled into the binary. Code asks for
//! a message by id with [`t`] or [`tr!`](crate::tr) and never builds a
//! sentence of its own; plural forms and French articles are the message
//! files' business. A message missing in the chosen language falls back to
//! English, then to its id (a test keeps both languages complete, so neither
//! happens in a release). Agenda content (titles, names, statements) is never
//! translated: it is passed in as an argument and printed as written.

pub mod fr;
mod messages;

pub use messages::{messages, messages_for, set_messages};

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

pub use crate::agenda::Language;

/// Every language talanoa writes, English first.
pub const LANGUAGES: [Language; 2] = [Language::En, Language::Fr];

/// The language a POSIX locale value names (`fr_FR.UTF-8` is French), if it
/// is one talanoa writes.
pub fn from_locale(value: &str) -> Option<Language> {
    let code = value.split(['_', '.', '@', '-']).next()?;
    Language::parse(&code.to_ascii_lowercase())
}

/// The language of the environment (`LC_ALL`, `LC_MESSAGES`, then `LANG`).
pub fn from_env() -> Option<Language> {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .filter_map(|k| std::env::var(k).ok())
        .find(|v| !v.is_empty())
        .and_then(|v| from_locale(&v))
}

/// The language of the chair's screen and of `review`: the one asked for
/// on the command line, else the agenda's, else the environment's
/// (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English.
pub fn choose(flag: Option<Language>, agenda: Option<Language>) -> Language {
    flag.or(agenda).or_else(from_env).unwrap_or_default()
}

/// The message files of one language, in the order they are loaded.
fn sources(lang: Language) -> &'static [&'static str] {
    match lang {
        Language::En => &[
            include_str!("en/common.ftl"),
            include_str!("en/spreadsheet.ftl"),
            include_str!("en/docx.ftl"),
            include_str!("en/minutes.ftl"),
            include_str!("en/review.ftl"),
            include_str!("en/screen.ftl"),
            include_str!("en/cli.ftl"),
            include_str!("en/errors.ftl"),
            include_str!("en/amend.ftl"),
            include_str!("en/live.ftl"),
        ],
        Language::Fr => &[
            include_str!("fr/common.ftl"),
            include_str!("fr/spreadsheet.ftl"),
            include_str!("fr/docx.ftl"),
            include_str!("fr/minutes.ftl"),
            include_str!("fr/review.ftl"),
            include_str!("fr/screen.ftl"),
            include_str!("fr/cli.ftl"),
            include_str!("fr/errors.ftl"),
            include_str!("fr/amend.ftl"),
            include_str!("fr/live.ftl"),
        ],
    }
}

type Bundle = FluentBundle<FluentResource>;

fn build(lang: Language) -> Bundle {
    let id = lang.as_str().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Names and statements are passed in whole; isolation marks would
    // end up in the minutes as invisible characters.
    bundle.set_use_isolating(false);
    for source in sources(lang) {
        let resource = FluentResource::try_new((*source).to_string()).unwrap_or_else(|(r, _)| r);
        // An id defined twice keeps its first text; the tests forbid it.
        let _ = bundle.add_resource(resource);
    }
    bundle
}

fn bundle(lang: Language) -> &'static Bundle {
    static EN: OnceLock<Bundle> = OnceLock::new();
    static FR: OnceLock<Bundle> = OnceLock::new();
    match lang {
        Language::En => EN.get_or_init(|| build(Language::En)),
        Language::Fr => FR.get_or_init(|| build(Language::Fr)),
    }
}

/// An argument to a message: text (a name, a title) or a number (a count).
pub enum Arg<'a> {
    /// Text, inserted as written.
    Text(&'a str),
    /// A number; selects plural forms.
    Num(i64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Text(s)
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Text(s)
    }
}

impl From<usize> for Arg<'_> {
    fn from(n: usize) -> Self {
        Arg::Num(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl From<i64> for Arg<'_> {
    fn from(n: i64) -> Self {
        Arg::Num(n)
    }
}

/// The message `id` in `lang`, with its arguments.
pub fn t(lang: Language, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    format(lang, id, args)
        .or_else(|| format(Language::En, id, args))
        .unwrap_or_else(|| id.to_string())
}

fn format(lang: Language, id: &str, args: &[(&str, Arg<'_>)]) -> Option<String> {
    let bundle = bundle(lang);
    let pattern = bundle.get_message(id)?.value()?;
    let mut fargs = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Text(s) => fargs.set(*name, FluentValue::from(*s)),
            Arg::Num(n) => fargs.set(*name, FluentValue::from(*n)),
        }
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&fargs), &mut errors);
    Some(text.into_owned())
}

/// `tr!(lang, "id")` or `tr!(lang, "id", name = value, count = n)`: the message
/// with its arguments (text or numbers).
#[macro_export]
macro_rules! tr {
    ($lang:expr, $id:expr $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::t($lang, $id, &[$((stringify!($name), $crate::i18n::Arg::from($value))),*])
    };
}

/// One piece of a page footer's "Page X of Y": words, or where a page
/// number goes (a Word field, a CSS counter).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PagePart {
    /// Words, as the language writes them.
    Text(String),
    /// This page's number.
    Page,
    /// How many pages there are.
    Pages,
}

/// "Page X of Y" in `lang`, split where the two numbers stand.
pub fn page_of(lang: Language) -> Vec<PagePart> {
    // Placeholders no message holds mark where the numbers go.
    let words = t(
        lang,
        "docx-page-of",
        &[("page", Arg::Text("\u{1}")), ("pages", Arg::Text("\u{2}"))],
    );
    let mut out = Vec::new();
    let mut rest = words.as_str();
    while let Some(at) = rest.find(['\u{1}', '\u{2}']) {
        let (before, field) = rest.split_at(at);
        if !before.is_empty() {
            out.push(PagePart::Text(before.to_string()));
        }
        out.push(if field.starts_with('\u{1}') {
            PagePart::Page
        } else {
            PagePart::Pages
        });
        rest = field.get(1..).unwrap_or("");
    }
    if !rest.is_empty() {
        out.push(PagePart::Text(rest.to_string()));
    }
    out
}

/// A date as the minutes write it: `9 August 2024`, `9 août 2024`, `1er août 2024`.
pub fn long_date(lang: Language, date: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    let month = t(lang, &format!("month-{}", date.month()), &[]);
    let day = t(
        lang,
        "date-day",
        &[("day", Arg::Num(i64::from(date.day())))],
    );
    t(
        lang,
        "date-long",
        &[
            ("day", Arg::Text(&day)),
            ("month", Arg::Text(&month)),
            ("year", Arg::Num(i64::from(date.year()))),
        ],
    )
}

#[cfg(test)]
mod tests;
