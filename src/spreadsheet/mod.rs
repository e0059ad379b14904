//! The record of positions as a spreadsheet (`.xlsx`): a sheet of every
//! current position, one sheet per agenda item (members down, options
//! across, each option's status underneath) and a sheet of the whole history.
//!
//! Every cell that came from people (names, statements, outcomes) is written
//! as a text cell, never a formula, whatever it begins with; times are real
//! spreadsheet dates in the meeting's time zone; the header row is frozen.

use chrono::{DateTime, NaiveDateTime, Utc};
use rust_xlsxwriter::{DocProperties, Format, FormatAlign, Workbook, Worksheet, XlsxError};

use crate::agenda::{Agenda, Attribution, Item};
use crate::export::{Names, notice};
use crate::i18n::Language;
use crate::session::{Change, Entry, Record, Snapshot};
use crate::time::MeetingZone;
use crate::tr;
use crate::verify::Stamp;

mod cells;
use cells::{column_width, fit, role_word, sheet_name, status_word};

/// Column headers, by message id, of each sheet.
const POSITION_HEADER: [&str; 12] = [
    "col-item",
    "col-item-title",
    "col-option",
    "col-option-title",
    "col-member",
    "col-member-name",
    "col-role",
    "col-stance",
    "col-stance-label",
    "col-effect",
    "col-statement",
    "col-recorded-at",
];
const GRID_HEADER: [&str; 4] = ["col-member", "col-member-name", "col-role", "col-present"];
const HISTORY_HEADER: [&str; 8] = [
    "col-seq",
    "col-recorded-at",
    "col-by",
    "col-change",
    "col-item",
    "col-option",
    "col-member",
    "col-details",
];

/// The shared cell formats.
struct Styles {
    header: Format,
    text: Format,
    date: Format,
}

impl Styles {
    fn new() -> Styles {
        Styles {
            header: Format::new().set_bold().set_align(FormatAlign::Top),
            text: Format::new().set_text_wrap().set_align(FormatAlign::Top),
            date: Format::new()
                .set_num_format("yyyy-mm-dd hh:mm:ss")
                .set_align(FormatAlign::Top),
        }
    }
}

/// The whole workbook as bytes: delegations as `names` shows them, times
/// in `zone`, the sheets' own words in `lang`. The same record always gives
/// the same bytes (the file's creation time is the record's last change).
pub fn xlsx(
    snap: &Snapshot,
    names: &Names,
    zone: &MeetingZone,
    lang: Language,
) -> Result<Vec<u8>, XlsxError> {
    let styles = Styles::new();
    let agenda = &snap.agenda;
    let record = snap.record();
    let local = |at: &DateTime<Utc>| zone.local(*at).naive_local();
    let mut book = Workbook::new();
    let created = snap.last_entry().map_or(DateTime::UNIX_EPOCH, |e| e.at);
    book.set_properties(
        &DocProperties::new()
            .set_title(agenda.meeting.title.as_str())
            .set_creation_datetime(&created.naive_utc()),
    );
    let ctx = Ctx {
        agenda,
        record,
        names,
        local: &local,
        lang,
        cut: tr!(lang, "cell-cut"),
        styles: &styles,
    };
    ctx.positions(book.add_worksheet())?;
    for (i, item) in agenda.items.iter().enumerate() {
        ctx.item_grid(book.add_worksheet(), i, item)?;
    }
    ctx.history(book.add_worksheet(), snap.log.entries())?;
    ctx.about(book.add_worksheet(), snap)?;
    book.save_to_buffer()
}

struct Ctx<'a> {
    agenda: &'a Agenda,
    record: &'a Record,
    names: &'a Names,
    local: &'a dyn Fn(&DateTime<Utc>) -> NaiveDateTime,
    lang: Language,
    cut: String,
    styles: &'a Styles,
}

impl Ctx<'_> {
    fn t(&self, id: &str) -> String {
        tr!(self.lang, id)
    }

    /// The header row (message ids, then agenda text as written), frozen.
    fn header(&self, sheet: &mut Worksheet, ids: &[&str], extra: &[&str]) -> Result<(), XlsxError> {
        let words: Vec<String> = ids.iter().map(|id| self.t(id)).collect();
        let cells = words
            .iter()
            .map(String::as_str)
            .chain(extra.iter().copied());
        for (col, title) in (0u16..).zip(cells) {
            sheet.write_string_with_format(0, col, title, &self.styles.header)?;
            sheet.set_column_width(col, column_width(title))?;
        }
        sheet.set_freeze_panes(1, 0)?;
        Ok(())
    }

    /// A text cell: always a string, cut (and said so) past the cell limit.
    fn text(&self, sheet: &mut Worksheet, row: u32, col: u16, s: &str) -> Result<(), XlsxError> {
        sheet.write_string_with_format(row, col, fit(s, &self.cut), &self.styles.text)?;
        Ok(())
    }

    fn time(
        &self,
        sheet: &mut Worksheet,
        row: u32,
        col: u16,
        at: &DateTime<Utc>,
    ) -> Result<(), XlsxError> {
        sheet.write_datetime_with_format(row, col, (self.local)(at), &self.styles.date)?;
        Ok(())
    }

    fn positions(&self, sheet: &mut Worksheet) -> Result<(), XlsxError> {
        sheet.set_name(self.t("sheet-positions"))?;
        self.header(sheet, &POSITION_HEADER, &[])?;
        let mut row = 1u32;
        for ((i, o, m), p) in self.record.sorted_positions() {
            let (Some(item), Some((stance, label))) = (
                self.agenda.items.get(*i),
                p.stance.and_then(|s| {
                    Some((
                        self.agenda.stances.get(s)?,
                        self.agenda.stance_label(s, self.lang)?,
                    ))
                }),
            ) else {
                continue;
            };
            let (Some(option), Some(member)) = (item.options.get(*o), self.agenda.members.get(*m))
            else {
                continue;
            };
            let (id, name) = (
                self.names.id(self.agenda, *m),
                self.names.name_in(self.agenda, *m, self.lang),
            );
            let statement = self.names.text(p.statement.as_deref().unwrap_or(""));
            let cells = [
                item.id.as_str(),
                &item.title,
                &option.id,
                &option.title,
                &id,
                &name,
                &role_word(self.lang, member.role),
                &stance.id,
                &label,
                stance.effect.as_str(),
                &statement,
            ];
            for (col, cell) in (0u16..).zip(cells) {
                self.text(sheet, row, col, cell)?;
            }
            self.time(sheet, row, 11, &p.at)?;
            row += 1;
        }
        Ok(())
    }

    /// Members down, options across; the status of each option underneath.
    fn item_grid(&self, sheet: &mut Worksheet, i: usize, item: &Item) -> Result<(), XlsxError> {
        sheet.set_name(sheet_name(i + 1, &item.title))?;
        let titles: Vec<&str> = item.options.iter().map(|o| o.title.as_str()).collect();
        self.header(sheet, &GRID_HEADER, &titles)?;
        let first = GRID_HEADER.len() as u16;
        let mut row = 1u32;
        for (m, member) in self.agenda.members.iter().enumerate() {
            let (id, name) = (
                self.names.id(self.agenda, m),
                self.names.name_in(self.agenda, m, self.lang),
            );
            let present = self.t(if self.record.is_absent(m) {
                "cell-no"
            } else {
                "cell-yes"
            });
            let role = role_word(self.lang, member.role);
            for (col, cell) in (0u16..).zip([&*id, &*name, &role, &present]) {
                self.text(sheet, row, col, cell)?;
            }
            for (o, col) in (0..item.options.len()).zip(first..) {
                let label = self
                    .record
                    .position(i, o, m)
                    .and_then(|p| p.stance)
                    .and_then(|s| self.agenda.stance_label(s, self.lang))
                    .unwrap_or_default();
                self.text(sheet, row, col, &label)?;
            }
            row += 1;
        }
        sheet.write_string_with_format(row, 0, self.t("sheet-status"), &self.styles.header)?;
        for (o, col) in (0..item.options.len()).zip(first..) {
            let status = self.record.status(self.agenda, i, o);
            self.text(sheet, row, col, &status_word(self.lang, status))?;
        }
        Ok(())
    }

    fn history(&self, sheet: &mut Worksheet, entries: &[Entry]) -> Result<(), XlsxError> {
        sheet.set_name(self.t("sheet-history"))?;
        self.header(sheet, &HISTORY_HEADER, &[])?;
        for (row, e) in (1u32..).zip(entries) {
            let e = self.names.entry(self.agenda, e);
            sheet.write_number(row, 0, e.seq as f64)?;
            self.time(sheet, row, 1, &e.at)?;
            self.text(sheet, row, 2, &e.by)?;
            self.text(sheet, row, 3, e.change.kind())?;
            let (item, option, member, details) = self.parts(&e.change);
            self.text(sheet, row, 4, &item)?;
            self.text(sheet, row, 5, &option)?;
            self.text(sheet, row, 6, &member)?;
            self.text(sheet, row, 7, &details)?;
        }
        Ok(())
    }

    /// Item, option, member (as the naming shows them) and the rest of a change.
    fn parts(&self, change: &Change) -> (String, String, String, String) {
        // Entries come through `Names::entry`: member ids are already as shown.
        let member = |id: &str| id.to_string();
        let s = |x: &str| x.to_string();
        match change {
            Change::Position {
                item,
                option,
                member: m,
                stance,
                statement,
            } => (
                s(item),
                s(option),
                member(m),
                [
                    stance.as_deref().unwrap_or(&self.t("cell-cleared")),
                    statement.as_deref().unwrap_or(""),
                ]
                .join(" ")
                .trim()
                .to_string(),
            ),
            Change::Statement {
                item,
                option,
                member: m,
                text,
            } => (s(item), s(option), member(m), s(text)),
            Change::Attendance { member: m, present } => (
                String::new(),
                String::new(),
                member(m),
                self.t(if *present {
                    "cell-present"
                } else {
                    "cell-absent"
                }),
            ),
            Change::Outcome {
                item, text, option, ..
            } => (
                s(item),
                option.clone().unwrap_or_default(),
                String::new(),
                s(text),
            ),
            Change::Action {
                item,
                text,
                owner,
                due,
            } => {
                let mut d = text.clone();
                if let Some(o) = owner {
                    d.push_str(&format!(" — {o}"));
                }
                if let Some(due) = due {
                    d.push_str(&format!(" — {due}"));
                }
                (s(item), String::new(), String::new(), d)
            }
            Change::Spoke {
                item,
                member: m,
                seconds,
            } => (s(item), String::new(), member(m), format!("{seconds} s")),
            Change::WithdrawAction { item, action } => {
                (s(item), String::new(), String::new(), format!("#{action}"))
            }
            Change::Undo { target } | Change::Redo { target } => (
                String::new(),
                String::new(),
                String::new(),
                format!("#{target}"),
            ),
            Change::AddOption {
                item,
                option,
                title,
                member: m,
                proposer,
                ..
            } => (
                s(item),
                s(option),
                m.as_deref().map(member).unwrap_or_default(),
                [Some(title.as_str()), proposer.as_deref()]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join(" — "),
            ),
            Change::AddItem { item, title, .. } => {
                (s(item), String::new(), String::new(), s(title))
            }
            Change::AddMember {
                member: m, name, ..
            } => (String::new(), String::new(), member(m), s(name)),
            Change::Rename {
                item,
                option,
                member: m,
                field,
                text,
            } => (
                item.clone().unwrap_or_default(),
                option.clone().unwrap_or_default(),
                m.as_deref().map(member).unwrap_or_default(),
                format!("{}: {text}", field.as_str()),
            ),
        }
    }
}

impl Ctx<'_> {
    /// How the file names delegations and the record it was produced from.
    fn about(&self, sheet: &mut Worksheet, snap: &Snapshot) -> Result<(), XlsxError> {
        sheet.set_name(self.t("sheet-about"))?;
        sheet.set_column_width(0, 100)?;
        let attribution = if self.names.is_anonymous() {
            Attribution::ChathamHouse
        } else {
            Attribution::Attributed
        };
        self.text(sheet, 0, 0, &self.agenda.meeting.title)?;
        self.text(sheet, 1, 0, notice(attribution))?;
        self.text(sheet, 2, 0, &Stamp::of(snap).line())?;
        Ok(())
    }
}

#[cfg(test)]
mod tests;
