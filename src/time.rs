//! The meeting's clock: which time zone the meeting keeps, and how an
//! instant reads in it. Every time the program shows or writes goes
//! through here, so that the screen, the minutes and the exports agree.
//!
//! - [`MeetingZone::of`] resolves the zone once per agenda: the agenda's
//!   `timezone` (an IANA name such as `Pacific/Fiji`), else this machine's
//!   zone (the `TZ` variable when it names an IANA zone, else the system
//!   setting), else the machine's local offset with no name.
//! - For people (screen, minutes): [`MeetingZone::time`] gives
//!   `14:05 +12:00 (Pacific/Fiji)`, [`MeetingZone::date_time`] gives
//!   `9 August 2024, 14:05 +12:00 (Pacific/Fiji)`, [`MeetingZone::date`] gives
//!   `9 August 2024`, and [`long_date`] writes an agenda's own date the same
//!   way (English or French).
//! - For machines (JSON, CSV): [`MeetingZone::rfc3339`] gives
//!   `2024-08-09T14:05:00+12:00`, the local time with its offset.
//!
//! Instants are `DateTime<Utc>` everywhere in the record; only this module
//! turns them into local time. No terminal code here.

use chrono::{DateTime, FixedOffset, Local, NaiveDate, Offset, SecondsFormat, Utc};
use chrono_tz::Tz;

use crate::agenda::{Agenda, Language};

/// The time zone a meeting keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MeetingZone {
    /// A named IANA zone, or `None` for the machine's unnamed local offset.
    tz: Option<Tz>,
}

impl MeetingZone {
    /// The zone of the meeting: the agenda's `timezone`, else the machine's.
    pub fn of(agenda: &Agenda) -> MeetingZone {
        agenda
            .meeting
            .timezone
            .map_or_else(MeetingZone::machine, MeetingZone::named)
    }

    /// A named IANA zone.
    pub fn named(tz: Tz) -> MeetingZone {
        MeetingZone { tz: Some(tz) }
    }

    /// This machine's zone: `TZ` when it holds an IANA name, else the
    /// system's setting, else the local offset without a name.
    pub fn machine() -> MeetingZone {
        let from_env = std::env::var("TZ")
            .ok()
            .and_then(|v| v.trim_start_matches(':').parse::<Tz>().ok());
        let tz = from_env.or_else(|| {
            iana_time_zone::get_timezone()
                .ok()
                .and_then(|name| name.parse::<Tz>().ok())
        });
        MeetingZone { tz }
    }

    /// The zone's IANA name (`Pacific/Fiji`), or `local time` when the
    /// machine's zone has no name this program knows.
    pub fn name(&self) -> &'static str {
        self.tz.map_or("local time", |tz| tz.name())
    }

    /// The instant as a local time with its offset.
    pub fn local(&self, at: DateTime<Utc>) -> DateTime<FixedOffset> {
        match self.tz {
            Some(tz) => {
                let local = at.with_timezone(&tz);
                local.with_timezone(&local.offset().fix())
            }
            None => {
                let local = at.with_timezone(&Local);
                local.with_timezone(&local.offset().fix())
            }
        }
    }

    /// The calendar date at the meeting's place when `at` happened.
    pub fn local_date(&self, at: DateTime<Utc>) -> NaiveDate {
        self.local(at).date_naive()
    }

    /// Hours and minutes on the local clock: `14:05`.
    pub fn clock(&self, at: DateTime<Utc>) -> String {
        self.local(at).format("%H:%M").to_string()
    }

    /// Hours, minutes and seconds on the local clock: `14:05:09`.
    pub fn clock_seconds(&self, at: DateTime<Utc>) -> String {
        self.local(at).format("%H:%M:%S").to_string()
    }

    /// The offset from UTC at that instant: `+12:00`, `-10:00`, `+00:00`.
    pub fn offset(&self, at: DateTime<Utc>) -> String {
        self.local(at).format("%:z").to_string()
    }

    /// A time for people: `14:05 +12:00 (Pacific/Fiji)`.
    pub fn time(&self, at: DateTime<Utc>) -> String {
        format!("{} {} ({})", self.clock(at), self.offset(at), self.name())
    }

    /// The local date for people: `9 August 2024`.
    pub fn date(&self, at: DateTime<Utc>) -> String {
        long_date(self.local_date(at), Language::En)
    }

    /// Date and time for people: `9 August 2024, 14:05 +12:00 (Pacific/Fiji)`.
    pub fn date_time(&self, at: DateTime<Utc>) -> String {
        format!("{}, {}", self.date(at), self.time(at))
    }

    /// The local time with its offset for JSON and CSV:
    /// `2024-08-09T14:05:00+12:00` (whole seconds; milliseconds when the
    /// instant has them).
    pub fn rfc3339(&self, at: DateTime<Utc>) -> String {
        self.local(at).to_rfc3339_opts(SecondsFormat::AutoSi, false)
    }
}

/// A date as a Forum record writes it: `9 August 2024`, or in French
/// `9 août 2024` (`1er août 2024` on the first of the month); the words come
/// from the language files.
pub fn long_date(date: NaiveDate, language: Language) -> String {
    crate::i18n::long_date(language, date)
}

#[cfg(test)]
mod tests;
