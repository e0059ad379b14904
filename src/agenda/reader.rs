//! Typed access to a spanned TOML table that records every problem instead
//! of stopping at the first: unknown keys, missing fields, wrong types,
//! unknown words. (serde's `deny_unknown_fields` stops at the first error;
//! the contract asks for all of them, each at its line and column.)

use std::ops::Range;

use toml::Spanned;
use toml::de::{DeArray, DeTable, DeValue};

use super::error::Collector;
use crate::msg;

/// One TOML table being read, with the name users know it by.
pub(crate) struct TableReader<'a, 'i> {
    pub(crate) table: &'a DeTable<'i>,
    pub(crate) span: Range<usize>,
    /// How messages name this table, e.g. `[meeting]` or `[[members]] #3`.
    pub(crate) name: String,
}

fn describe(value: &DeValue<'_>) -> String {
    match value {
        DeValue::String(_) => msg!("error-toml-string"),
        DeValue::Integer(_) => msg!("error-toml-integer"),
        DeValue::Float(_) => msg!("error-toml-float"),
        DeValue::Boolean(_) => msg!("error-toml-boolean"),
        DeValue::Datetime(_) => msg!("error-toml-datetime"),
        DeValue::Array(_) => msg!("error-toml-array"),
        DeValue::Table(_) => msg!("error-toml-table"),
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
                let m = msg!(
                    "error-agenda-unknown-field",
                    key = &crate::text::clip(k),
                    name = &self.name,
                    allowed = &allowed.join(", ")
                );
                c.at(&key.span(), m);
            }
        }
    }

    fn wrong_type(&self, c: &mut Collector<'_>, key: &str, v: &Spanned<DeValue<'_>>, want: &str) {
        let got = describe(v.get_ref());
        let m = msg!(
            "error-agenda-wrong-type",
            key = key,
            name = &self.name,
            want = want,
            got = &got
        );
        c.at(&v.span(), m);
    }

    /// A string field that must be present and not blank.
    pub(crate) fn required_str(&self, c: &mut Collector<'_>, key: &str) -> Option<String> {
        match self.get(key) {
            None => {
                let m = msg!("error-agenda-missing", key = key, name = &self.name);
                c.at(&self.span, m);
                None
            }
            Some(v) => {
                let s = self.str_value(c, key, v)?;
                if s.trim().is_empty() {
                    let m = msg!("error-agenda-blank", key = key, name = &self.name);
                    c.at(&v.span(), m);
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
                self.wrong_type(c, key, v, &msg!("error-agenda-want-string"));
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
            self.wrong_type(c, key, v, &msg!("error-agenda-want-strings"));
            return Vec::new();
        };
        let mut out = Vec::new();
        for item in items.iter() {
            match item.get_ref() {
                DeValue::String(s) => out.push(s.to_string()),
                other => {
                    let got = describe(other);
                    let m = msg!(
                        "error-agenda-entry-not-string",
                        key = key,
                        name = &self.name,
                        got = &got
                    );
                    c.at(&item.span(), m);
                }
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
            let words: Vec<String> = words.iter().map(|w| format!("\"{w}\"")).collect();
            let m = msg!(
                "error-agenda-unknown-word",
                key = key,
                value = &crate::text::quoted(&s),
                name = &self.name,
                words = &words.join(", ")
            );
            c.at(&v.span(), m);
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
        let hint = msg!("error-agenda-want-date");
        match v.get_ref() {
            DeValue::Datetime(dt) if dt.time.is_none() && dt.offset.is_none() => {
                let d = dt.date?;
                let date = chrono::NaiveDate::from_ymd_opt(
                    i32::from(d.year),
                    u32::from(d.month),
                    u32::from(d.day),
                );
                if date.is_none() {
                    let m = msg!("error-agenda-not-a-date", key = key, name = &self.name);
                    c.at(&v.span(), m);
                }
                date
            }
            DeValue::Datetime(_) => {
                let m = msg!(
                    "error-agenda-date-with-time",
                    key = key,
                    name = &self.name,
                    hint = &hint
                );
                c.at(&v.span(), m);
                None
            }
            _ => {
                self.wrong_type(c, key, v, &hint);
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
            let m = msg!(
                "error-agenda-bad-id",
                id = &crate::text::quoted(&id),
                name = &self.name
            );
            c.at(&span, m);
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
        let got = describe(v.get_ref());
        let m = msg!(
            "error-agenda-not-tables",
            key = key,
            parent = &parent.name,
            table = name,
            got = &got
        );
        c.at(&v.span(), m);
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
            other => {
                let got = describe(other);
                let m = msg!("error-agenda-entry-not-table", table = name, got = &got);
                c.at(&entry.span(), m);
            }
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
