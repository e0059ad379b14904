//! The meeting's clock across zones with odd offsets, daylight saving and
//! the date line.

use chrono::{NaiveDate, TimeZone, Utc};
use chrono_tz::Tz;

use super::*;
use crate::agenda::parse;

fn at(y: i32, mo: u32, d: u32, h: u32, mi: u32, s: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, mo, d, h, mi, s).unwrap()
}

#[test]
fn fiji_local_time_with_offset_and_name() {
    let z = MeetingZone::named(Tz::Pacific__Fiji);
    let t = at(2024, 8, 9, 2, 5, 9);
    assert_eq!(z.clock(t), "14:05");
    assert_eq!(z.clock_seconds(t), "14:05:09");
    assert_eq!(z.offset(t), "+12:00");
    assert_eq!(z.time(t), "14:05 +12:00 (Pacific/Fiji)");
    assert_eq!(z.date(t), "9 August 2024");
    assert_eq!(z.date_time(t), "9 August 2024, 14:05 +12:00 (Pacific/Fiji)");
    assert_eq!(z.rfc3339(t), "2024-08-09T14:05:09+12:00");
    assert_eq!(z.name(), "Pacific/Fiji");
}

#[test]
fn local_date_crosses_the_date_line() {
    // The same instant is the 9th in Apia and the 8th in Honolulu.
    let t = at(2024, 8, 9, 2, 5, 0);
    let apia = MeetingZone::named(Tz::Pacific__Apia);
    let honolulu = MeetingZone::named(Tz::Pacific__Honolulu);
    assert_eq!(apia.date(t), "9 August 2024");
    assert_eq!(apia.offset(t), "+13:00");
    assert_eq!(honolulu.date(t), "8 August 2024");
    assert_eq!(honolulu.time(t), "16:05 -10:00 (Pacific/Honolulu)");
    assert_eq!(honolulu.rfc3339(t), "2024-08-08T16:05:00-10:00");
    assert_eq!(
        honolulu.local_date(t),
        NaiveDate::from_ymd_opt(2024, 8, 8).unwrap()
    );
}

#[test]
fn daylight_saving_changes_the_offset() {
    let z = MeetingZone::named(Tz::Pacific__Auckland);
    assert_eq!(z.offset(at(2024, 1, 15, 0, 0, 0)), "+13:00");
    assert_eq!(z.offset(at(2024, 7, 15, 0, 0, 0)), "+12:00");
    let chatham = MeetingZone::named(Tz::Pacific__Chatham);
    assert_eq!(chatham.offset(at(2024, 7, 15, 0, 0, 0)), "+12:45");
}

#[test]
fn rfc3339_keeps_milliseconds_when_present_and_utc_reads_plus_zero() {
    let z = MeetingZone::named(Tz::UTC);
    let t = at(2024, 8, 9, 2, 5, 0) + chrono::Duration::milliseconds(250);
    assert_eq!(z.rfc3339(t), "2024-08-09T02:05:00.250+00:00");
    assert_eq!(z.time(t), "02:05 +00:00 (UTC)");
}

#[test]
fn long_dates_in_english_and_french() {
    let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    assert_eq!(long_date(d(2024, 8, 9), Language::En), "9 August 2024");
    assert_eq!(long_date(d(2024, 12, 31), Language::En), "31 December 2024");
    assert_eq!(long_date(d(2024, 8, 9), Language::Fr), "9 août 2024");
    assert_eq!(long_date(d(2024, 2, 1), Language::Fr), "1er février 2024");
    assert_eq!(long_date(d(2024, 2, 1), Language::En), "1 February 2024");
}

#[test]
fn the_agenda_zone_wins_over_the_machine() {
    let src = "format = 2\n[meeting]\ntitle = \"T\"\ntimezone = \"Pacific/Tongatapu\"\n[[members]]\nid = \"TO\"\nname = \"Tonga\"\n[[items]]\nid = \"i\"\ntitle = \"I\"\n[[items.options]]\nid = \"o\"\ntitle = \"O\"\n";
    let agenda = parse(src, "a.toml").unwrap();
    let z = MeetingZone::of(&agenda);
    assert_eq!(z, MeetingZone::named(Tz::Pacific__Tongatapu));
    assert_eq!(
        z.time(at(2024, 8, 9, 2, 5, 0)),
        "15:05 +13:00 (Pacific/Tongatapu)"
    );
}

#[test]
fn the_machine_zone_is_named_or_plain_local_time() {
    let z = MeetingZone::machine();
    let name = z.name();
    assert!(name == "local time" || name.parse::<Tz>().is_ok(), "{name}");
    // Whatever the machine, the offset printed is the one the instant has.
    let t = at(2024, 8, 9, 2, 5, 0);
    assert_eq!(z.local(t).with_timezone(&Utc), t);
}
