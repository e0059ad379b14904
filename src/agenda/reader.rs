//! Typed access to a spanned TOML table that records every problem instead
//! of stopping at the first: unknown keys, missing fields, wrong types,
//! unknown words. (serde's `deny_unknown_fields` stops at the first error;
//! the contract asks for all of them, each at its line and column.)

use std::ops::Range;

use toml::Spanned;
use toml::de::{DeArray, DeTable, DeValue};

use super::error::Collector;

/// One TOML table being read, with the name users know it by.
pub(crate) struct TableReader<'a, 'i> {
    pub(crate) table: &'a DeTable<'i>,
    pub(crate) span: Range<usize>,
    /// How messages name this table, e.g. `[meeting]` or `[[members]] #3`.
    pub(crate) name: String,
}

fn describe(value: &DeValue<'_>) -> &'static str {
    match value {
        DeValue::String(_) => "a string",
        DeValue::Integer(_) => "an integer",
        DeValue::Float(_) => "a float",
        DeValue::Boolean(_) => "a boolean",
        DeValue::Datetime(_) => "a date-time",
        DeValue::Array(_) => "an array",
        DeValue::Table(_) => "a table",
    }
}

impl<'a, 'i> TableReader<'a, 'i> {
    pub(crate) fn new(table: &'a DeTable<'i>, span: Range<usize>, name: String) -> Self {
        TableReader { table, span, name }
    }

    /// The value under `key`, if present.
    pub(crate) fn get(&self, key: &str) -> Option<&'a Spanned<DeValue<'i>>> {
        self.table
            .iter()
            .find(|(k, _)| k.get_ref().as_ref() == key)
            .map(|(_, v)| v)
    }

    /// Reports every key that is not in `allowed`.
    pub(crate) fn deny_unknown(&self, c: &mut Collector<'_>, allowed: &[&str]) {
        for (key, _) in self.table.iter() {
            let k: &str = key.get_ref().as_ref();
            if !allowed.contains(&k) {
                c.at(
                    &key.span(),
                    format!(
                        "unknown field `{}` in {}; expected one of: {}",
                        crate::text::clip(k),
                        self.name,
                        allowed.join(", ")
                    ),
                );
            }
        }
    }

    fn wrong_type(&self, c: &mut Collector<'_>, key: &str, v: &Spanned<DeValue<'_>>, want: &str) {
        c.at(
            &v.span(),
            format!(
                "`{key}` in {} must be {want}, not {}",
                self.name,
                describe(v.get_ref())
            ),
        );
    }

    /// A string field that must be present and not blank.
    pub(crate) fn required_str(&self, c: &mut Collector<'_>, key: &str) -> Option<String> {
        match self.get(key) {
            None => {
                c.at(
                    &self.span,
                    format!("missing required field `{key}` in {}", self.name),
                );
                None
            }
            Some(v) => {
                let s = self.str_value(c, key, v)?;
                if s.trim().is_empty() {
                    c.at(
                        &v.span(),
                        format!("`{key}` in {} must not be empty", self.name),
                    );
                    return None;
                }
                Some(s)
            }
        }
    }

    /// An optional string field; blank text counts as absent.
    pub(crate) fn optional_str(&self, c: &mut Collector<'_>, key: &str) -> Option<String> {
        let v = self.get(key)?;
        self.str_value(c, key, v).filter(|s| !s.trim().is_empty())
    }

    fn str_value(
        &self,
        c: &mut Collector<'_>,
        key: &str,
        v: &Spanned<DeValue<'_>>,
    ) -> Option<String> {
        match v.get_ref() {
            DeValue::String(s) => Some(s.to_string()),
            _ => {
                self.wrong_type(c, key, v, "a string in quotes");
                None
            }
        }
    }

    /// An optional array of strings (missing = empty).
    pub(crate) fn str_list(&self, c: &mut Collector<'_>, key: &str) -> Vec<String> {
        let Some(v) = self.get(key) else {
            return Vec::new();
        };
        let DeValue::Array(items) = v.get_ref() else {
            self.wrong_type(c, key, v, "an array of strings, like [\"...\", \"...\"]");
            return Vec::new();
        };
        let mut out = Vec::new();
        for item in items.iter() {
            match item.get_ref() {
                DeValue::String(s) => out.push(s.to_string()),
                other => c.at(
                    &item.span(),
                    format!(
                        "every entry of `{key}` in {} must be a string, not {}",
                        self.name,
                        describe(other)
                    ),
                ),
            }
        }
        out
    }

    /// An optional word from a fixed list, parsed by `parse`.
    pub(crate) fn optional_word<T>(
        &self,
        c: &mut Collector<'_>,
        key: &str,
        words: &[&str],
        parse: impl Fn(&str) -> Option<T>,
    ) -> Option<T> {
        let v = self.get(key)?;
        let s = self.str_value(c, key, v)?;
        let found = parse(&s);
        if found.is_none() {
            c.at(
                &v.span(),
                format!(
                    "unknown {key} {} in {}; use one of: {}",
                    crate::text::quoted(&s),
                    self.name,
                    words
                        .iter()
                        .map(|w| format!("\"{w}\""))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            );
        }
        found
    }

    /// An optional TOML local date (`2024-08-06`, no quotes).
    pub(crate) fn optional_date(
        &self,
        c: &mut Collector<'_>,
        key: &str,
    ) -> Option<chrono::NaiveDate> {
        let v = self.get(key)?;
        let hint = "a date without quotes, like 2024-08-06";
        match v.get_ref() {
            DeValue::Datetime(dt) if dt.time.is_none() && dt.offset.is_none() => {
                let d = dt.date?;
                let date = chrono::NaiveDate::from_ymd_opt(
                    i32::from(d.year),
                    u32::from(d.month),
                    u32::from(d.day),
                );
                if date.is_none() {
                    c.at(
                        &v.span(),
                        format!("`{key}` in {} is not a real calendar date", self.name),
                    );
                }
                date
            }
            DeValue::Datetime(_) => {
                c.at(
                    &v.span(),
                    format!(
                        "`{key}` in {} must be a date only, without a time: {hint}",
                        self.name
                    ),
                );
                None
            }
            _ => {
                self.wrong_type(c, key, v, hint);
                None
            }
        }
    }

    /// An id field: required, 1-16 characters of A-Z a-z 0-9 - _.
    pub(crate) fn required_id(&self, c: &mut Collector<'_>) -> Option<(String, Range<usize>)> {
        let v = self.get("id");
        let id = self.required_str(c, "id")?;
        let span = v.map(|v| v.span()).unwrap_or_else(|| self.span.clone());
        if !is_valid_id(&id) {
            c.at(
                &span,
                format!(
                    "id {} in {} is not valid; use 1 to 16 characters from A-Z, a-z, 0-9, '-' and '_'",
                    crate::text::quoted(&id),
                    self.name
                ),
            );
            return None;
        }
        Some((id, span))
    }
}

/// Whether `id` fits the contract's id charset and length.
pub fn is_valid_id(id: &str) -> bool {
    (1..=16).contains(&id.len())
        && id
            .chars()
            .all(|ch| ch.is_ascii_alphanumeric() || ch == '-' || ch == '_')
}

/// The entries of an array of tables such as `[[members]]`, each as a reader.
/// Entries that are not tables are reported.
pub(crate) fn tables_of<'a, 'i>(
    c: &mut Collector<'_>,
    parent: &TableReader<'a, 'i>,
    key: &str,
    name: &str,
) -> Option<(Vec<TableReader<'a, 'i>>, Range<usize>)> {
    let v = parent.get(key)?;
    let DeValue::Array(arr) = v.get_ref() else {
        c.at(
            &v.span(),
            format!(
                "`{key}` in {} must be a list of tables written [[{name}]], not {}",
                parent.name,
                describe(v.get_ref())
            ),
        );
        return None;
    };
    Some((entries(c, arr, name), v.span()))
}

fn entries<'a, 'i>(
    c: &mut Collector<'_>,
    arr: &'a DeArray<'i>,
    name: &str,
) -> Vec<TableReader<'a, 'i>> {
    let mut out = Vec::new();
    for (n, entry) in arr.iter().enumerate() {
        match entry.get_ref() {
            DeValue::Table(t) => out.push(TableReader::new(
                t,
                entry.span(),
                format!("[[{name}]] #{}", n + 1),
            )),
            other => c.at(
                &entry.span(),
                format!(
                    "every entry of `{name}` must be a table, not {}",
                    describe(other)
                ),
            ),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids() {
        assert!(is_valid_id("FJ"));
        assert!(is_valid_id("net-options_2"));
        assert!(is_valid_id("abcdefghijklmnop"));
        assert!(!is_valid_id("abcdefghijklmnopq"));
        assert!(!is_valid_id(""));
        assert!(!is_valid_id("Sāmoa"));
        assert!(!is_valid_id("a b"));
    }
}
