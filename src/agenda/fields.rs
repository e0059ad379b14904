//! Readers for the format-2 fields with their own syntax: the meeting's
//! time zone (an IANA name), speaking limits (`"m:ss"`) and alias lists.

use chrono_tz::{TZ_VARIANTS, Tz};

use super::error::Collector;
use super::reader::TableReader;
use crate::text::quoted;

/// Parses a speaking limit written `minutes:seconds` ("3:00", "0:45",
/// "12:30") into seconds; `None` unless the seconds are two digits below 60
/// and the whole is more than zero.
pub fn parse_speaking_limit(text: &str) -> Option<u32> {
    let (m, s) = text.trim().split_once(':')?;
    let digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
    if !digits(m) || !digits(s) || s.len() != 2 || m.len() > 4 {
        return None;
    }
    let (m, s): (u32, u32) = (m.parse().ok()?, s.parse().ok()?);
    let total = m.checked_mul(60)?.checked_add(s)?;
    (s < 60 && total > 0).then_some(total)
}

/// Writes seconds back as `m:ss`, the way agendas spell a speaking limit.
pub fn format_speaking_limit(seconds: u32) -> String {
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

/// The IANA zone a mistyped name most likely meant: the same name in
/// other capitals, or the only zone whose last part is the name given
/// ("fiji" -> "Pacific/Fiji").
fn suggest_zone(text: &str) -> Option<Tz> {
    let want = text.trim().to_lowercase().replace(' ', "_");
    if let Some(tz) = TZ_VARIANTS
        .iter()
        .find(|tz| tz.name().to_lowercase() == want)
    {
        return Some(*tz);
    }
    let mut tail = TZ_VARIANTS.iter().filter(|tz| {
        tz.name()
            .rsplit('/')
            .next()
            .is_some_and(|last| last.to_lowercase() == want)
    });
    match (tail.next(), tail.next()) {
        (Some(tz), None) => Some(*tz),
        _ => None,
    }
}

impl TableReader<'_, '_> {
    /// An optional IANA time zone name such as `Pacific/Fiji`.
    pub(crate) fn optional_timezone(&self, c: &mut Collector<'_>, key: &str) -> Option<Tz> {
        let v = self.get(key)?;
        let text = self.optional_str(c, key)?;
        if let Ok(tz) = text.parse::<Tz>() {
            return Some(tz);
        }
        let hint = match suggest_zone(&text) {
            Some(tz) => crate::msg!("error-agenda-zone-suggest", zone = tz.name()),
            None => crate::msg!("error-agenda-zone-hint"),
        };
        let m = crate::msg!(
            "error-agenda-unknown-zone",
            zone = &quoted(&text),
            name = &self.name,
            hint = &hint
        );
        c.at(&v.span(), m);
        None
    }

    /// An optional speaking limit written `"m:ss"`, in seconds.
    pub(crate) fn optional_speaking_limit(&self, c: &mut Collector<'_>, key: &str) -> Option<u32> {
        let v = self.get(key)?;
        let text = self.optional_str(c, key)?;
        let seconds = parse_speaking_limit(&text);
        if seconds.is_none() {
            let m = crate::msg!(
                "error-agenda-bad-limit",
                key = key,
                value = &quoted(&text),
                name = &self.name
            );
            c.at(&v.span(), m);
        }
        seconds
    }

    /// An optional list of other spellings of a name; blank entries and
    /// repeats are refused (a blank spelling would match everywhere).
    pub(crate) fn alias_list(&self, c: &mut Collector<'_>, key: &str) -> Vec<String> {
        let list = self.str_list(c, key);
        let Some(v) = self.get(key) else {
            return list;
        };
        let mut out: Vec<String> = Vec::new();
        for alias in list {
            if alias.trim().is_empty() {
                let m = crate::msg!("error-agenda-blank-alias", key = key, name = &self.name);
                c.at(&v.span(), m);
            } else if out.contains(&alias) {
                let m = crate::msg!(
                    "error-agenda-alias-twice",
                    key = key,
                    name = &self.name,
                    alias = &quoted(&alias)
                );
                c.at(&v.span(), m);
            } else {
                out.push(alias);
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn speaking_limits_are_minutes_and_two_digit_seconds() {
        assert_eq!(parse_speaking_limit("3:00"), Some(180));
        assert_eq!(parse_speaking_limit("0:45"), Some(45));
        assert_eq!(parse_speaking_limit("12:30"), Some(750));
        assert_eq!(parse_speaking_limit(" 5:00 "), Some(300));
        for bad in [
            "3", "3:0", "3:000", "3:60", ":30", "3:", "0:00", "-1:00", "3:5a", "1:2:03", "3 :00",
            "99999:00", "３:00",
        ] {
            assert_eq!(parse_speaking_limit(bad), None, "{bad}");
        }
        assert_eq!(format_speaking_limit(180), "3:00");
        assert_eq!(format_speaking_limit(45), "0:45");
        assert_eq!(format_speaking_limit(750), "12:30");
    }

    #[test]
    fn zone_suggestions() {
        assert_eq!(suggest_zone("pacific/fiji"), Some(Tz::Pacific__Fiji));
        assert_eq!(suggest_zone("Fiji"), Some(Tz::Pacific__Fiji));
        assert_eq!(
            suggest_zone("Port Moresby"),
            Some(Tz::Pacific__Port_Moresby)
        );
        assert_eq!(suggest_zone("Atlantis/Nowhere"), None);
    }
}
