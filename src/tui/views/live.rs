//! The live view (`review --live`): the chair's screen as the room follows
//! it, or its large-type projector layout (`--projector`). Under the
//! Chatham House Rule neither names a delegation: the roster becomes counts
//! per stance, the speaker "a delegation", and names in agenda text are
//! redacted as the minutes redact them.

use crate::agenda::Agenda;
use crate::consensus::Status;
use crate::i18n::Language;
use crate::minutes::Redactor;
use crate::text::inert_line;
use crate::tr;
use crate::tui::app::App;
use ratatui::Frame;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::Line;
use unicode_width::UnicodeWidthStr;

use super::roster::{Timing, timer_text};
use super::tally::{StanceCounts, chatham_house};

/// Which layout the live view draws.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// The chair's screen, read-only (counts instead of names under the
    /// Chatham House Rule).
    Normal,
    /// Large type for a projector or a screen across the room.
    Projector,
}

/// Draws the live view in `layout`.
pub fn draw(frame: &mut Frame, app: &App, layout: Layout) {
    match layout {
        Layout::Projector => super::projector::draw(frame, app),
        Layout::Normal if chatham_house(app.agenda()) => super::chatham::draw(frame, app),
        Layout::Normal => super::draw(frame, app),
    }
}

/// The top bar of a live view, `width` columns: `lead` (what comes before
/// the meeting's title), the title, "Chatham House Rule" when it applies,
/// and the item count at the right. When the line is too long, the
/// meeting's title is cut first: the room is always told the rule holds.
pub fn top_bar<'a>(app: &App, words: &Words, lead: &str, width: usize) -> Line<'a> {
    let a = app.agenda();
    let count = format!(
        " {} ",
        tr!(
            app.lang,
            "live-item-of",
            number = app.item + 1,
            total = a.items.len()
        )
    );
    let marker = if chatham_house(a) {
        format!(" · {}", tr!(app.lang, "live-chatham"))
    } else {
        String::new()
    };
    let lead = format!(" {lead}");
    // one space at least between the marker and the count
    let fixed = lead.width() + marker.width() + 1 + count.width();
    let title = super::fit(&words.text(&a.meeting.title), width.saturating_sub(fixed));
    let text = super::pad(
        &format!("{lead}{title}{marker}"),
        width.saturating_sub(count.width()),
    );
    let bar = Style::new()
        .bg(Color::Blue)
        .fg(Color::White)
        .add_modifier(Modifier::BOLD);
    Line::raw(super::pad(&format!("{text}{count}"), width)).style(bar)
}

/// Agenda text as the room sees it: on one line, without control
/// characters, and without delegation names under the Chatham House Rule.
pub struct Words {
    redactor: Option<Redactor>,
}

impl Words {
    /// The words for `agenda`'s meeting.
    pub fn new(agenda: &Agenda) -> Words {
        Words {
            redactor: chatham_house(agenda).then(|| Redactor::new(agenda)),
        }
    }

    /// `text` as the room may see it.
    pub fn text(&self, text: &str) -> String {
        let line = inert_line(text);
        match &self.redactor {
            Some(r) => r.text(&line),
            None => line,
        }
    }
}

/// Who has the floor, in words: the member timed (by name when the
/// meeting is attributed, "a delegation" under the Chatham House Rule).
pub fn floor(app: &App) -> String {
    let a = app.agenda();
    match app.timer.and_then(|t| a.members.get(t.member)) {
        None => tr!(app.lang, "live-floor-open"),
        Some(_) if chatham_house(a) => tr!(app.lang, "live-floor-chatham"),
        Some(m) => tr!(
            app.lang,
            "live-floor",
            name = &inert_line(m.name_in(app.lang))
        ),
    }
}

/// The running timer as the chair's screen computes it, without its
/// marks: "2:15" left, or "+0:12" over the limit; and how it stands.
pub fn timer(app: &App) -> Option<(String, Timing)> {
    let t = app.timer?;
    let elapsed = app.timer_seconds().unwrap_or(0);
    let (text, timing) = timer_text(elapsed, app.agenda().speaking_limit(t.item));
    Some((text.replace(['⏱', '!'], ""), timing))
}

/// What the timer's figure means: time left, its last 30 seconds, time
/// over the limit, or time spoken when there is no limit.
pub fn timer_caption(app: &App, timing: Timing) -> String {
    let limited = app
        .timer
        .and_then(|t| app.agenda().speaking_limit(t.item))
        .is_some();
    let id = match (limited, timing) {
        (false, _) => "live-timer-spoken",
        (true, Timing::Running) => "live-timer-left",
        (true, Timing::Warning) => "live-timer-warning",
        (true, Timing::Overtime) => "live-timer-overtime",
    };
    tr!(app.lang, id)
}

/// A consensus status in words.
pub fn status_words(lang: Language, status: Status) -> String {
    let id = match status {
        Status::Consensus => "live-status-consensus",
        Status::ConsensusWithReservations => "live-status-reservations",
        Status::NoConsensus => "live-status-no-consensus",
        Status::Pending => "live-status-pending",
    };
    tr!(lang, id)
}

/// One entry of the tally: words, count, and the stance it counts (`None`
/// for not yet heard and absent).
pub type Entry = (String, usize, Option<usize>);

/// The tally of the current option: the members' entries (every stance of
/// the scale, then not yet heard and absent when there are any) and the
/// observers' (only what is held).
pub fn tally(app: &App, words: &Words) -> (Vec<Entry>, Vec<Entry>) {
    let a = app.agenda();
    let c = StanceCounts::of(app.snap(), app.item, app.option);
    let label = |i: usize| a.stance_label(i, app.lang).map(|s| words.text(&s));
    let mut members: Vec<Entry> = c
        .members
        .iter()
        .enumerate()
        .filter_map(|(i, n)| Some((label(i)?, *n, Some(i))))
        .collect();
    for (id, n) in [("live-not-heard", c.not_heard), ("live-absent", c.absent)] {
        if n > 0 {
            members.push((tr!(app.lang, id, count = n), n, None));
        }
    }
    let mut observers: Vec<Entry> = c
        .observers
        .iter()
        .enumerate()
        .filter(|(_, n)| **n > 0)
        .filter_map(|(i, n)| Some((label(i)?, *n, Some(i))))
        .collect();
    if c.observers_not_heard > 0 {
        let n = c.observers_not_heard;
        observers.push((tr!(app.lang, "live-not-heard", count = n), n, None));
    }
    (members, observers)
}
