//! The chair's screen state: what is selected, which dialog is open, what
//! the status line says. The record itself lives in the session; the screen
//! only points into it.

use std::path::PathBuf;

use chrono::{DateTime, Utc};

use super::dialog::{Ctx, Dialog};
use super::views::{MIN_HEIGHT, MIN_WIDTH};
use crate::agenda::{Agenda, Language};
use crate::session::{Session, Snapshot};
use crate::time::MeetingZone;
use crate::tr;

/// Where the screen's record comes from.
pub enum Source {
    /// The chair records into this session.
    Chair(Session),
    /// A read-only view following a session file (`review --live`).
    Live(Snapshot),
}

/// Which pane has the keyboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    /// The roster of members.
    Roster,
    /// The item and option details.
    Item,
}

/// How the status line should look.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    /// Neutral information.
    Info,
    /// A change was committed.
    Saved,
    /// Something failed or was refused.
    Error,
}

/// The running speaking timer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timer {
    /// Who is speaking (member index).
    pub member: usize,
    /// On which item.
    pub item: usize,
    /// Since when.
    pub started: DateTime<Utc>,
}

/// The whole screen state.
pub struct App {
    /// The record, writable or live.
    pub source: Source,
    /// Who the chair's changes are recorded as.
    pub by: String,
    /// Current item index.
    pub item: usize,
    /// Current option index within the item.
    pub option: usize,
    /// Selected position in the roster order.
    pub selected: usize,
    /// Member indices in roster order (grouped by group, first appearance).
    pub roster: Vec<usize>,
    /// Which pane has focus.
    pub focus: Focus,
    /// Scroll of the details pane.
    pub detail_scroll: u16,
    /// The open dialog, if any.
    pub dialog: Option<Dialog>,
    /// The terminal's size (columns, rows), as last seen.
    pub size: (u16, u16),
    /// Status line text.
    pub status: String,
    /// Status line tone.
    pub tone: Tone,
    /// Running timer.
    pub timer: Option<Timer>,
    /// The clock (injected so tests and snapshots are stable).
    pub clock: fn() -> DateTime<Utc>,
    /// Where exports go.
    pub export_dir: PathBuf,
    /// Set when the chair asked to leave.
    pub quit: bool,
    /// The meeting's time zone: every time on the screen is shown in it.
    pub zone: MeetingZone,
    /// The language of the screen's own words (agenda text stays as
    /// written): `--lang`, else the agenda's, else `LANG` (see
    /// [`crate::i18n::choose`]). [`App::new`] starts from the agenda's.
    pub lang: Language,
}

/// Member indices in roster order: groups in order of first appearance.
pub fn roster_order(agenda: &Agenda) -> Vec<usize> {
    let mut out = Vec::with_capacity(agenda.members.len());
    for g in agenda.groups() {
        out.extend(
            agenda
                .members
                .iter()
                .enumerate()
                .filter(|(_, m)| m.group.as_deref() == g)
                .map(|(i, _)| i),
        );
    }
    out
}

impl App {
    /// A screen on a source, starting on the first member, item and option.
    pub fn new(source: Source, clock: fn() -> DateTime<Utc>, export_dir: PathBuf) -> App {
        let snap = match &source {
            Source::Chair(s) => s.snapshot(),
            Source::Live(s) => s,
        };
        let roster = roster_order(&snap.agenda);
        let zone = MeetingZone::of(&snap.agenda);
        let lang = snap.agenda.meeting.language();
        let by = snap
            .agenda
            .meeting
            .chair
            .clone()
            .unwrap_or_else(|| "chair".into());
        let mut app = App {
            source,
            by,
            item: 0,
            option: 0,
            selected: 0,
            roster,
            focus: Focus::Roster,
            detail_scroll: 0,
            dialog: None,
            size: (MIN_WIDTH, MIN_HEIGHT),
            status: String::new(),
            tone: Tone::Info,
            timer: None,
            clock,
            export_dir,
            quit: false,
            zone,
            lang,
        };
        app.status = app.greeting();
        app
    }

    /// The status line's first words, in the screen's language: how many
    /// changes the record holds and how to get help (live: how to leave).
    fn greeting(&self) -> String {
        match &self.source {
            Source::Chair(s) => tr!(self.lang, "status-start", n = s.snapshot().log.len()),
            Source::Live(_) => tr!(self.lang, "status-start-live"),
        }
    }

    /// Sets the language of the screen's own words; the first status line,
    /// if it still shows, is said again in it.
    pub fn set_lang(&mut self, lang: Language) {
        let greeted = self.status == self.greeting();
        self.lang = lang;
        if greeted {
            self.status = self.greeting();
        }
    }

    /// The session as it stands.
    pub fn snap(&self) -> &Snapshot {
        match &self.source {
            Source::Chair(s) => s.snapshot(),
            Source::Live(s) => s,
        }
    }

    /// The agenda.
    pub fn agenda(&self) -> &Agenda {
        &self.snap().agenda
    }

    /// Whether this screen can record (not a live view).
    pub fn can_record(&self) -> bool {
        matches!(self.source, Source::Chair(_))
    }

    /// The selected member's index in the agenda.
    pub fn member(&self) -> Option<usize> {
        self.roster.get(self.selected).copied()
    }

    /// Number of options of the current item.
    pub fn option_count(&self) -> usize {
        self.agenda()
            .items
            .get(self.item)
            .map_or(0, |i| i.options.len())
    }

    /// Sets the status line.
    pub fn say(&mut self, tone: Tone, text: impl Into<String>) {
        self.tone = tone;
        self.status = text.into();
    }

    /// Replaces the live snapshot after the file changed.
    pub fn reload(&mut self, snap: Snapshot) {
        if let Source::Live(s) = &mut self.source {
            *s = snap;
        }
        self.refresh_roster();
    }

    /// Rebuilds the roster after the agenda changed (an amendment, its
    /// undo or redo, a live reload), keeping the same member selected; when
    /// that member is gone (an added member undone) the selection stays
    /// where it was, within the roster. The item and option stay too,
    /// within what the agenda now has, and a timer on a member or item
    /// that is gone is dropped.
    pub fn refresh_roster(&mut self) {
        let keep = self.member();
        self.roster = roster_order(self.agenda());
        let last = self.roster.len().saturating_sub(1);
        self.selected = keep
            .and_then(|m| self.roster.iter().position(|r| *r == m))
            .unwrap_or(self.selected)
            .min(last);
        let items = self.agenda().items.len();
        if self.item >= items {
            self.go_to_item(items.saturating_sub(1));
        }
        self.option = self.option.min(self.option_count().saturating_sub(1));
        let (members, a) = (self.agenda().members.len(), self.agenda());
        if self
            .timer
            .is_some_and(|t| t.member >= members || t.item >= a.items.len())
        {
            self.timer = None;
        }
    }

    /// Seconds the running timer has counted.
    pub fn timer_seconds(&self) -> Option<u64> {
        self.timer
            .map(|t| u64::try_from(((self.clock)() - t.started).num_seconds()).unwrap_or(0))
    }

    /// What a dialog sees: the record, the roster, the screen's width.
    pub fn ctx(&self) -> Ctx<'_> {
        Ctx {
            snap: self.snap(),
            roster: &self.roster,
            width: self.size.0,
            lang: self.lang,
        }
    }

    /// Whether the window is below the size the screen is drawn for.
    pub fn too_small(&self) -> bool {
        self.size.0 < MIN_WIDTH || self.size.1 < MIN_HEIGHT
    }
}
