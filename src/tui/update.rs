//! `App::update`: the one place where actions change the screen state or,
//! through the session's functions, the record.

use super::action::Action;
use super::app::{App, Focus, Mode, Purpose, Source, Timer, Tone};
use super::textarea::TextArea;
use crate::agenda::Attribution;
use crate::review::duration;
use crate::session::{Change, Entry, SessionError};

impl App {
    /// Carries out one action.
    pub fn update(&mut self, action: Action) {
        if action == Action::Redraw {
            return;
        }
        match std::mem::replace(&mut self.mode, Mode::Normal) {
            Mode::Normal => self.normal(action),
            Mode::Help => {
                if action == Action::Quit {
                    self.leave();
                }
            }
            Mode::Editor { purpose, text } => self.editor(action, purpose, text),
            Mode::ActionForm {
                item,
                fields,
                field,
            } => self.action_form(action, item, fields, field),
            Mode::Find { query, choice } => self.find(action, query, choice),
            Mode::Export { kind, attribution } => self.export(action, kind, attribution),
        }
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
        );
        if recording && !self.can_record() {
            self.say(
                Tone::Info,
                "this screen only follows the session; the chair records",
            );
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
                let current = self
                    .snap()
                    .record()
                    .outcomes
                    .get(self.item)
                    .cloned()
                    .flatten()
                    .map(|o| o.text)
                    .unwrap_or_default();
                self.mode = Mode::Editor {
                    purpose: Purpose::Outcome { item: self.item },
                    text: TextArea::new(&current, true),
                };
            }
            Action::AddAction => {
                let fields = [
                    TextArea::new("", false),
                    TextArea::new("", false),
                    TextArea::new("", false),
                ];
                self.mode = Mode::ActionForm {
                    item: self.item,
                    fields,
                    field: 0,
                };
            }
            Action::Find => {
                self.mode = Mode::Find {
                    query: TextArea::new("", false),
                    choice: 0,
                }
            }
            Action::SwitchFocus => {
                self.focus = if self.focus == Focus::Roster {
                    Focus::Item
                } else {
                    Focus::Roster
                };
            }
            Action::Export => {
                self.mode = Mode::Export {
                    kind: 0,
                    attribution: self.agenda().meeting.attribution,
                }
            }
            Action::Undo => self.undo_redo(true),
            Action::Redo => self.undo_redo(false),
            Action::Help => self.mode = Mode::Help,
            Action::Quit => self.leave(),
            _ => {}
        }
    }

    fn go_to_item(&mut self, item: usize) {
        if item != self.item {
            self.item = item;
            self.option = 0;
            self.detail_scroll = 0;
        }
    }

    /// Leaves the screen; a running timer is recorded first.
    fn leave(&mut self) {
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
            return None;
        };
        match session.apply(change, &self.by, now) {
            Ok(entry) => {
                let entry = entry.clone();
                self.say(
                    Tone::Saved,
                    format!("saved #{} · {}", entry.seq, entry.at.format("%H:%M:%S")),
                );
                Some(entry)
            }
            Err(e) => {
                self.refused(&e);
                None
            }
        }
    }

    fn refused(&mut self, e: &SessionError) {
        let text = match e {
            SessionError::Storage { .. } => format!("NOT SAVED: {e}"),
            _ => format!("not recorded: {e}"),
        };
        self.say(Tone::Error, text);
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
        let stance = stance
            .and_then(|s| self.agenda().stances.get(s))
            .map(|s| s.id.clone());
        self.save(Change::Position {
            item,
            option,
            member,
            stance,
            statement: None,
        });
    }

    fn open_statement(&mut self) {
        let Some(m) = self.member() else { return };
        let current = self
            .snap()
            .record()
            .position(self.item, self.option, m)
            .and_then(|p| p.statement.clone())
            .unwrap_or_default();
        let purpose = Purpose::Statement {
            item: self.item,
            option: self.option,
            member: m,
        };
        self.mode = Mode::Editor {
            purpose,
            text: TextArea::new(&current, true),
        };
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
            .map(|x| x.name.clone())
            .unwrap_or_default();
        self.say(
            Tone::Info,
            format!("timing {} · Space to stop", crate::text::inert_line(&name)),
        );
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
            self.say(
                Tone::Saved,
                format!("{saved} · spoke {}", duration(seconds)),
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

    fn undo_redo(&mut self, undo: bool) {
        let now = (self.clock)();
        let Source::Chair(session) = &mut self.source else {
            return;
        };
        let result = if undo {
            session.undo(&self.by, now)
        } else {
            session.redo(&self.by, now)
        };
        let word = if undo { "undo" } else { "redo" };
        match result {
            Ok(Some(e)) => {
                let text = match e.change {
                    Change::Undo { target } => format!("saved #{} · undid #{target}", e.seq),
                    Change::Redo { target } => format!("saved #{} · redid #{target}", e.seq),
                    _ => format!("saved #{}", e.seq),
                };
                self.say(Tone::Saved, text);
            }
            Ok(None) => self.say(Tone::Info, format!("nothing to {word}")),
            Err(e) => self.refused(&e),
        }
    }

    fn editor(&mut self, action: Action, purpose: Purpose, mut text: TextArea) {
        match action {
            Action::Edit(e) => {
                text.edit(e);
                self.mode = Mode::Editor { purpose, text };
            }
            Action::Cancel => self.say(Tone::Info, "edit discarded"),
            Action::Confirm => {
                let a = self.agenda();
                let body = text.text();
                let change = match purpose {
                    Purpose::Statement {
                        item,
                        option,
                        member,
                    } => {
                        let (Some(it), Some(m)) = (a.items.get(item), a.members.get(member)) else {
                            return;
                        };
                        let Some(o) = it.options.get(option) else {
                            return;
                        };
                        let current = self
                            .snap()
                            .record()
                            .position(item, option, member)
                            .and_then(|p| p.statement.clone())
                            .unwrap_or_default();
                        if current == body.trim_end() {
                            self.say(Tone::Info, "statement unchanged");
                            return;
                        }
                        Change::Statement {
                            item: it.id.clone(),
                            option: o.id.clone(),
                            member: m.id.clone(),
                            text: body.trim_end().to_string(),
                        }
                    }
                    Purpose::Outcome { item } => {
                        let Some(it) = a.items.get(item) else { return };
                        let option = self
                            .snap()
                            .record()
                            .outcomes
                            .get(item)
                            .cloned()
                            .flatten()
                            .and_then(|o| o.option)
                            .and_then(|o| it.options.get(o))
                            .map(|o| o.id.clone());
                        Change::Outcome {
                            item: it.id.clone(),
                            text: body.trim().to_string(),
                            option,
                        }
                    }
                };
                self.save(change);
            }
            _ => self.mode = Mode::Editor { purpose, text },
        }
    }

    fn action_form(
        &mut self,
        action: Action,
        item: usize,
        mut fields: [TextArea; 3],
        field: usize,
    ) {
        match action {
            Action::Edit(e) => {
                if let Some(f) = fields.get_mut(field) {
                    f.edit(e);
                }
                self.mode = Mode::ActionForm {
                    item,
                    fields,
                    field,
                };
            }
            Action::NextField if field < 2 => {
                self.mode = Mode::ActionForm {
                    item,
                    fields,
                    field: field + 1,
                }
            }
            Action::PrevField => {
                self.mode = Mode::ActionForm {
                    item,
                    fields,
                    field: field.saturating_sub(1),
                }
            }
            Action::Cancel => self.say(Tone::Info, "action discarded"),
            Action::Confirm | Action::NextField => self.save_action(item, fields),
            _ => {
                self.mode = Mode::ActionForm {
                    item,
                    fields,
                    field,
                }
            }
        }
    }

    fn save_action(&mut self, item: usize, fields: [TextArea; 3]) {
        let [text, owner, due] = fields.clone().map(|f| f.text().trim().to_string());
        if text.is_empty() {
            self.mode = Mode::ActionForm {
                item,
                fields,
                field: 0,
            };
            self.say(
                Tone::Error,
                "an action needs text: say what is to be done (Ctrl-C to discard)",
            );
            return;
        }
        let due_date = if due.is_empty() {
            None
        } else {
            match chrono::NaiveDate::parse_from_str(&due, "%Y-%m-%d") {
                Ok(d) => Some(d),
                Err(_) => {
                    self.mode = Mode::ActionForm {
                        item,
                        fields,
                        field: 2,
                    };
                    self.say(Tone::Error, format!("due date \"{due}\" is not a real date: write YYYY-MM-DD, e.g. 2024-10-31"));
                    return;
                }
            }
        };
        let Some(item_id) = self.agenda().items.get(item).map(|i| i.id.clone()) else {
            return;
        };
        let owner = (!owner.is_empty()).then_some(owner);
        self.save(Change::Action {
            item: item_id,
            text,
            owner,
            due: due_date,
        });
    }

    fn find(&mut self, action: Action, mut query: TextArea, choice: usize) {
        match action {
            Action::Edit(e) => {
                query.edit(e);
                self.mode = Mode::Find { query, choice: 0 };
            }
            Action::NextField => {
                let n = self.matches(&query.text()).len();
                self.mode = Mode::Find {
                    query,
                    choice: (choice + 1).min(n.saturating_sub(1)),
                };
            }
            Action::PrevField => {
                self.mode = Mode::Find {
                    query,
                    choice: choice.saturating_sub(1),
                }
            }
            Action::Confirm => match self.matches(&query.text()).get(choice) {
                Some(pos) => {
                    self.selected = *pos;
                    self.focus = Focus::Roster;
                }
                None => {
                    self.say(Tone::Error, "no member matches; try part of the id or name");
                    self.mode = Mode::Find { query, choice };
                }
            },
            Action::Cancel => {}
            _ => self.mode = Mode::Find { query, choice },
        }
    }

    fn export(&mut self, action: Action, kind: usize, attribution: Attribution) {
        let n = App::export_kinds().len();
        match action {
            Action::NextField => {
                self.mode = Mode::Export {
                    kind: (kind + 1) % n,
                    attribution,
                }
            }
            Action::PrevField => {
                self.mode = Mode::Export {
                    kind: (kind + n - 1) % n,
                    attribution,
                }
            }
            Action::ToggleAttribution => {
                let attribution = match attribution {
                    Attribution::Attributed => Attribution::ChathamHouse,
                    Attribution::ChathamHouse => Attribution::Attributed,
                };
                self.mode = Mode::Export { kind, attribution };
            }
            Action::Confirm => self.write_export(kind, attribution),
            Action::Cancel => {}
            _ => self.mode = Mode::Export { kind, attribution },
        }
    }

    fn write_export(&mut self, kind: usize, attribution: Attribution) {
        let Some(kind) = App::export_kinds().get(kind).copied() else {
            return;
        };
        let stem = self
            .snap()
            .path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "minutes".into());
        let suffix = if attribution == Attribution::ChathamHouse {
            "-chatham-house"
        } else {
            ""
        };
        let path = self
            .export_dir
            .join(format!("{stem}-minutes{suffix}.{}", kind.extension()));
        let result = crate::export::render(self.snap(), kind, attribution).and_then(|bytes| {
            std::fs::create_dir_all(&self.export_dir).map_err(|e| e.to_string())?;
            crate::atomic::write(&path, &bytes).map_err(|e| e.to_string())
        });
        match result {
            Ok(()) => self.say(
                Tone::Saved,
                format!("{} written to {}", kind.name(), path.display()),
            ),
            Err(e) => self.say(
                Tone::Error,
                format!("export failed: {e}; the record is unchanged"),
            ),
        }
    }
}
