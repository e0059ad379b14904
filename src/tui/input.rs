//! What arrives from the terminal (keys, pastes, resizes) and what the
//! open dialog asks for afterwards. The `App` carries out a dialog's
//! outcome: it saves, exports, and closes the dialog only when that worked.

use crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::app::{App, Tone};
use super::dialog::{Dialog, Help, Input, Outcome};
use super::keymap;
use crate::keys::Action;
use crate::tr;

impl App {
    /// Carries out one terminal event.
    pub fn handle_event(&mut self, ev: Event) {
        match ev {
            Event::Key(k) => self.handle_key(k),
            Event::Paste(p) => self.handle_paste(&p),
            Event::Resize(w, h) => self.size = (w, h),
            _ => {}
        }
    }

    /// Carries out one key press.
    pub fn handle_key(&mut self, key: KeyEvent) {
        if key.kind == KeyEventKind::Release {
            return;
        }
        if self.too_small() {
            self.small_key(key);
            return;
        }
        let Some(dialog) = &self.dialog else {
            if let Some(a) = keymap::action_for(self.agenda(), key) {
                self.update(a);
            }
            return;
        };
        // Esc and a key read together arrive as Alt+key: in an editor that
        // is Esc (keep the text), then the key on the meeting screen.
        let alt = key.modifiers.contains(KeyModifiers::ALT);
        if alt && dialog.is_editor() && key.code != KeyCode::Esc {
            self.dialog_input(Input::Key(KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE)));
            if self.dialog.is_none() {
                let mut plain = key;
                plain.modifiers.remove(KeyModifiers::ALT);
                self.handle_key(plain);
            }
            return;
        }
        self.dialog_input(Input::Key(key));
    }

    /// Text pasted at once: into the open editor, never recorded otherwise.
    pub fn handle_paste(&mut self, text: &str) {
        if self.too_small() {
            return;
        }
        if self.dialog.is_some() {
            self.dialog_input(Input::Paste(text));
        } else {
            self.say(Tone::Info, tr!(self.lang, "status-paste-ignored"));
        }
    }

    /// Below the minimum size only q (and Ctrl-C), ? and resizing act.
    fn small_key(&mut self, key: KeyEvent) {
        match keymap::key_of(key).and_then(crate::keys::action_for) {
            Some(Action::Quit) => {
                if self.dialog.as_ref().is_some_and(Dialog::has_unsaved_text) {
                    self.say(Tone::Error, tr!(self.lang, "status-small-unsaved"));
                } else {
                    self.leave();
                }
            }
            Some(Action::Help) => match self.dialog {
                Some(Dialog::Help(_)) => self.dialog = None,
                None => self.dialog = Some(Dialog::Help(Help)),
                Some(_) => {}
            },
            _ => {}
        }
    }

    fn dialog_input(&mut self, input: Input) {
        let Some(mut d) = self.dialog.take() else {
            return;
        };
        let out = d.update(input, &self.ctx());
        self.perform(d, out);
    }

    /// Carries out what a dialog asked for; puts the dialog back unless it
    /// is done.
    fn perform(&mut self, d: Dialog, out: Outcome) {
        match out {
            Outcome::Stay => self.dialog = Some(d),
            Outcome::Complain(m) => {
                self.say(Tone::Error, m);
                self.dialog = Some(d);
            }
            Outcome::Close(m) => {
                if !m.is_empty() {
                    self.say(Tone::Info, m);
                }
            }
            Outcome::Record(changes) => {
                for c in changes {
                    if self.save(c).is_none() {
                        // the status says why; what was typed stays
                        self.dialog = Some(d);
                        return;
                    }
                }
            }
            Outcome::Export(kind, document, attribution) => {
                if !self.write_export(kind, document, attribution) {
                    self.dialog = Some(d);
                }
            }
            Outcome::Select(pos) => {
                self.selected = pos;
                self.focus = super::app::Focus::Roster;
            }
            Outcome::Quit => self.leave(),
            Outcome::Open(next) => self.dialog = Some(*next),
            Outcome::Amend(a) => {
                if !self.amend(a) {
                    // the status says why; what was typed stays
                    self.dialog = Some(d);
                }
            }
        }
    }
}
