//! The dialogs' half of `App::update`: the text editor, the action form,
//! find and export. Each takes the dialog's state out of the mode and puts
//! it back unless the dialog closes.

use super::action::Action;
use super::app::{App, Focus, Mode, Purpose, Source, Tone};
use super::textarea::TextArea;
use crate::agenda::Attribution;
use crate::export::Kind;
use crate::session::Change;

impl App {
    pub(crate) fn editor(&mut self, action: Action, purpose: Purpose, mut text: TextArea) {
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
                        let before = self.snap().record().outcomes.get(item).cloned().flatten();
                        let option = before
                            .as_ref()
                            .and_then(|o| o.option)
                            .and_then(|o| it.options.get(o))
                            .map(|o| o.id.clone());
                        // rewording keeps what the chair said about the status
                        Change::Outcome {
                            item: it.id.clone(),
                            text: body.trim().to_string(),
                            option,
                            despite_status: before.is_some_and(|o| o.despite_status),
                        }
                    }
                };
                // a refused outcome or statement keeps its words on screen
                if self.save(change).is_none() {
                    self.mode = Mode::Editor { purpose, text };
                }
            }
            _ => self.mode = Mode::Editor { purpose, text },
        }
    }

    pub(crate) fn action_form(
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

    pub(crate) fn find(&mut self, action: Action, mut query: TextArea, choice: usize) {
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

    pub(crate) fn export(&mut self, action: Action, kind: usize, attribution: Attribution) {
        let n = Kind::ALL.len();
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

    /// Makes sure the whole log is held (a long session is resumed from its
    /// checkpoint, holding only the changes after it).
    fn load_history(&mut self) -> Result<(), crate::session::SessionError> {
        match &mut self.source {
            Source::Chair(session) => session.load_history(),
            Source::Live(snap) if !snap.log.is_whole() => {
                *snap = crate::session::read(&snap.path)?;
                Ok(())
            }
            Source::Live(_) => Ok(()),
        }
    }

    fn write_export(&mut self, kind: usize, attribution: Attribution) {
        let Some(kind) = Kind::ALL.get(kind).copied() else {
            return;
        };
        // The JSON record carries the whole history; a long session
        // resumed from its checkpoint reads the rest of it first.
        if kind == Kind::Json
            && let Err(e) = self.load_history()
        {
            self.say(
                Tone::Error,
                format!("export failed: {e}; the record is unchanged"),
            );
            return;
        }
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
            Ok(()) => self.say(Tone::Saved, format!("wrote {}", path.display())),
            Err(e) => self.say(
                Tone::Error,
                format!("export failed: {e}; the record is unchanged"),
            ),
        }
    }
}
