//! `App::update`: the one place where actions change the screen state or,
//! through the session's functions, the record.

use super::action::Action;
use super::app::{App, Focus, Source, Timer, Tone};
use super::dialog::{
    ActionForm, AmendMenu, Dialog, Export, Find, Help, MarkPresent, OutcomeEditor, StatementEditor,
};
use crate::keys::{Key, binding, keys_label};
use crate::review::duration;
use crate::session::{Change, Entry, SessionError};
use crate::tr;

impl App {
    /// Carries out one action of the meeting screen (none while a dialog
    /// is open: the dialog reads the keys then).
    pub fn update(&mut self, action: Action) {
        if action == Action::Redraw || self.dialog.is_some() {
            return;
        }
        self.normal(action);
    }

    fn normal(&mut self, action: Action) {
        let recording = matches!(
            action,
            Action::Record(_)
                | Action::Clear
                | Action::EditStatement
                | Action::ToggleAttendance
                | Action::Timer
                | Action::EditOutcome
                | Action::AddAction
                | Action::Undo
                | Action::Redo
                | Action::Amend
        );
        if recording && !self.can_record() {
            self.say(Tone::Info, tr!(self.lang, "status-read-only"));
            return;
        }
        match action {
            Action::Up if self.focus == Focus::Item => {
                self.detail_scroll = self.detail_scroll.saturating_sub(1)
            }
            Action::Down if self.focus == Focus::Item => {
                self.detail_scroll = self.detail_scroll.saturating_add(1)
            }
            Action::Up => self.selected = self.selected.saturating_sub(1),
            Action::Down => {
                self.selected = (self.selected + 1).min(self.roster.len().saturating_sub(1))
            }
            Action::First => self.selected = 0,
            Action::Last => self.selected = self.roster.len().saturating_sub(1),
            Action::PrevOption => self.option = self.option.saturating_sub(1),
            Action::NextOption => {
                self.option = (self.option + 1).min(self.option_count().saturating_sub(1))
            }
            Action::PrevItem => self.go_to_item(self.item.saturating_sub(1)),
            Action::NextItem => {
                self.go_to_item((self.item + 1).min(self.agenda().items.len().saturating_sub(1)))
            }
            Action::Record(stance) => self.record_stance(Some(stance)),
            Action::Clear => self.record_stance(None),
            Action::EditStatement => self.open_statement(),
            Action::ToggleAttendance => self.toggle_attendance(),
            Action::Timer => self.toggle_timer(),
            Action::EditOutcome => {
                self.dialog = OutcomeEditor::open(&self.ctx(), self.item).map(Dialog::Outcome)
            }
            Action::AddAction => {
                self.dialog = ActionForm::open(&self.ctx(), self.item).map(Dialog::Action)
            }
            Action::Find => self.dialog = Some(Dialog::Find(Find::open())),
            Action::SwitchFocus => {
                self.focus = if self.focus == Focus::Roster {
                    Focus::Item
                } else {
                    Focus::Roster
                };
            }
            Action::Export => {
                self.dialog = Some(Dialog::Export(Export::open(
                    self.agenda().meeting.attribution,
                )))
            }
            Action::Undo => self.undo_redo(true),
            Action::Redo => self.undo_redo(false),
            Action::Amend => {
                let menu = AmendMenu::open(self.item, self.option, self.member());
                self.dialog = Some(Dialog::Amend(menu));
            }
            Action::Help => self.dialog = Some(Dialog::Help(Help)),
            Action::Quit => self.leave(),
            Action::WrongCase(c) => self.wrong_case(c),
            Action::Redraw => {}
        }
    }

    pub(crate) fn go_to_item(&mut self, item: usize) {
        if item != self.item {
            self.item = item;
            self.option = 0;
            self.detail_scroll = 0;
        }
    }

    fn wrong_case(&mut self, c: char) {
        let other: String = if c.is_uppercase() {
            c.to_lowercase().collect()
        } else {
            c.to_uppercase().collect()
        };
        let lang = self.lang;
        let meant = other
            .chars()
            .next()
            .and_then(|o| crate::keys::action_for(Key::Char(o)))
            .and_then(binding)
            .map(|b| {
                let (key, what) = (keys_label(b, lang), b.what_in(lang));
                tr!(lang, "status-key-is", key = &key, what = &what)
            })
            .unwrap_or_default();
        let key = c.to_string();
        self.say(
            Tone::Info,
            tr!(lang, "status-wrong-case", key = &key, meant = &meant),
        );
    }

    /// Leaves the screen; a running timer is recorded first.
    pub(crate) fn leave(&mut self) {
        if self.timer.is_some() {
            self.stop_timer();
        }
        self.quit = true;
    }

    /// Writes one change through the session; the status says "saved" only
    /// once the store has committed it.
    pub(crate) fn save(&mut self, change: Change) -> Option<Entry> {
        let now = (self.clock)();
        let Source::Chair(session) = &mut self.source else {
            self.say(Tone::Error, tr!(self.lang, "status-not-recorded-read-only"));
            return None;
        };
        match session.apply(change, &self.by, now) {
            Ok(entry) => {
                let entry = entry.clone();
                let time = self.zone.clock_seconds(entry.at);
                self.say(
                    Tone::Saved,
                    tr!(self.lang, "status-saved", seq = entry.seq, time = &time),
                );
                Some(entry)
            }
            Err(e) => {
                self.refused(&e);
                None
            }
        }
    }

    pub(crate) fn refused(&mut self, e: &SessionError) {
        let id = match e {
            SessionError::Storage { .. } => "status-not-saved",
            _ => "status-not-recorded",
        };
        let error = e.to_string();
        self.say(Tone::Error, tr!(self.lang, id, error = &error));
    }

    fn ids(&self, member: usize) -> Option<(String, String, String)> {
        let a = self.agenda();
        let item = a.items.get(self.item)?;
        Some((
            item.id.clone(),
            item.options.get(self.option)?.id.clone(),
            a.members.get(member)?.id.clone(),
        ))
    }

    fn record_stance(&mut self, stance: Option<usize>) {
        let Some(m) = self.member() else { return };
        let Some((item, option, member)) = self.ids(m) else {
            return;
        };
        let label = stance
            .and_then(|s| self.agenda().stance_label(s, self.lang))
            .map_or_else(
                || tr!(self.lang, "screen-not-heard"),
                |s| crate::text::inert_line(&s),
            );
        let held = self
            .snap()
            .record()
            .position(self.item, self.option, m)
            .and_then(|p| p.stance);
        if held == stance {
            self.say(
                Tone::Info,
                tr!(self.lang, "status-already", stance = &label),
            );
            return;
        }
        let stance = stance
            .and_then(|s| self.agenda().stances.get(s))
            .map(|s| s.id.clone());
        let change = Change::Position {
            item,
            option,
            member,
            stance,
            statement: None,
        };
        if self.snap().record().is_absent(m) {
            // an absent member's position would not show on the roster
            self.dialog = Some(Dialog::Present(MarkPresent::open(m, change, label)));
            return;
        }
        self.save(change);
    }

    fn open_statement(&mut self) {
        let Some(m) = self.member() else { return };
        self.dialog =
            StatementEditor::open(&self.ctx(), self.item, self.option, m).map(Dialog::Statement);
    }

    fn toggle_attendance(&mut self) {
        let Some(m) = self.member() else { return };
        let absent = self.snap().record().is_absent(m);
        let Some(member) = self.agenda().members.get(m).map(|x| x.id.clone()) else {
            return;
        };
        self.save(Change::Attendance {
            member,
            present: absent,
        });
    }

    fn toggle_timer(&mut self) {
        if self.timer.is_some() {
            self.stop_timer();
            return;
        }
        let Some(m) = self.member() else { return };
        self.timer = Some(Timer {
            member: m,
            item: self.item,
            started: (self.clock)(),
        });
        let name = self
            .agenda()
            .members
            .get(m)
            .map(|x| x.name_in(self.lang).to_string())
            .unwrap_or_default();
        let name = crate::text::inert_line(&name);
        self.say(Tone::Info, tr!(self.lang, "status-timing", name = &name));
    }

    /// Records the time spoken and moves to the next present member in the round.
    fn stop_timer(&mut self) {
        let Some(t) = self.timer.take() else { return };
        let seconds = self.timer_seconds_since(t);
        let a = self.agenda();
        let (Some(item), Some(member)) = (
            a.items.get(t.item).map(|i| i.id.clone()),
            a.members.get(t.member).map(|m| m.id.clone()),
        ) else {
            return;
        };
        if self
            .save(Change::Spoke {
                item,
                member,
                seconds,
            })
            .is_some()
        {
            let saved = self.status.clone();
            let time = duration(seconds, self.lang);
            self.say(
                Tone::Saved,
                tr!(self.lang, "status-spoke", saved = &saved, time = &time),
            );
        }
        let Some(pos) = self.roster.iter().position(|m| *m == t.member) else {
            return;
        };
        let record = self.snap().record();
        if let Some(next) = (pos + 1..self.roster.len())
            .find(|p| self.roster.get(*p).is_some_and(|m| !record.is_absent(*m)))
        {
            self.selected = next;
        }
    }

    fn timer_seconds_since(&self, t: Timer) -> u64 {
        u64::try_from(((self.clock)() - t.started).num_seconds()).unwrap_or(0)
    }
}
