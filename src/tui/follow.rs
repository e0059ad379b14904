//! How the live view follows the chair. It watches the session and the
//! chair's focus (`<session>.screen`) and shows both as they change. It
//! acts on few keys: the projector layout takes nothing but q (and
//! Ctrl-C); under the Chatham House Rule the normal layout opens neither
//! the search nor the export, which list delegations by name.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use crossterm::event::Event;

use super::action::Action;
use super::app::{App, Tone};
use super::keymap;
use super::place::{self, Saved};
use super::views::live::Layout;
use super::views::tally::chatham_house;
use crate::tr;

/// Carries out `ev` on the live view in `layout`, when it may act there;
/// otherwise says why nothing happened.
pub(crate) fn handle(app: &mut App, ev: Event, layout: Layout) {
    let Event::Key(key) = &ev else {
        app.handle_event(ev);
        return;
    };
    if app.dialog.is_some() {
        app.handle_event(ev);
        return;
    }
    let action = keymap::action_for(app.agenda(), *key);
    let refused = match (layout, action) {
        (_, None) => None,
        (Layout::Projector, Some(Action::Quit | Action::Redraw)) => None,
        (Layout::Projector, Some(_)) => Some("live-only-quit"),
        (Layout::Normal, Some(Action::Find | Action::Export)) if chatham_house(app.agenda()) => {
            Some("live-not-under-chatham")
        }
        (Layout::Normal, Some(_)) => None,
    };
    match refused {
        Some(id) => {
            let text = tr!(app.lang, id);
            app.say(Tone::Info, text);
        }
        None => app.handle_event(ev),
    }
}

/// A file's modification time and size: whether it changed, by a stat
/// rather than a read.
pub(crate) fn stamp(path: &Path) -> Option<(SystemTime, u64)> {
    let m = std::fs::metadata(path).ok()?;
    Some((m.modified().ok()?, m.len()))
}

/// The two files the live view follows, and what it last saw of them.
pub(crate) struct Watch {
    session: PathBuf,
    focus_file: PathBuf,
    seen: Option<(SystemTime, u64)>,
    focus_seen: Option<(SystemTime, u64)>,
    /// The chair's last focus read: applied again after each reload.
    focus: Option<Saved>,
}

impl Watch {
    /// Watches the session at `session` (already shown as it is now) and
    /// the chair's focus beside it.
    pub(crate) fn new(session: &Path) -> Watch {
        Watch {
            session: session.to_path_buf(),
            focus_file: place::path_for(session),
            seen: stamp(session),
            focus_seen: None,
            focus: None,
        }
    }

    /// Looks at both files once. The session is reloaded first, so that a
    /// focus on an option or item the chair just added finds it; the
    /// chair's focus is then applied when it moved or the session changed.
    pub(crate) fn look(&mut self, app: &mut App) {
        let reloaded = self.reload(app);
        let moved = stamp(&self.focus_file);
        let mut follow = reloaded;
        if moved.is_some() && moved != self.focus_seen {
            self.focus_seen = moved;
            if let Some(saved) = Saved::read(&self.focus_file) {
                self.focus = Some(saved);
                follow = true;
            }
        }
        if let (true, Some(saved)) = (follow, &self.focus) {
            app.follow(saved);
        }
    }

    /// Reloads the session when its file changed; whether it did.
    fn reload(&mut self, app: &mut App) -> bool {
        let now = stamp(&self.session);
        if now == self.seen {
            return false;
        }
        self.seen = now;
        // Resumed from the checkpoint: a change shows as quickly in a
        // meeting of 100,000 changes as in one of ten. (`review` checked
        // the whole log before this screen opened.)
        match crate::session::read_current(&self.session) {
            Ok(s) => {
                let n = s.log.len();
                app.reload(s);
                let text = tr!(app.lang, "live-following", count = n);
                app.say(Tone::Info, text);
                true
            }
            Err(e) => {
                let text = tr!(app.lang, "live-cannot-read", error = &e.to_string());
                app.say(Tone::Error, text);
                false
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use chrono::Utc;

    use super::*;
    use crate::session::{Change, Session};
    use crate::tui::app::Source;

    /// A chair's session on the sample agenda and its live view.
    fn chair_and_live() -> (tempfile::TempDir, PathBuf, Session, App) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("m.talanoa");
        let (s, _) =
            Session::open_or_create(&path, crate::agenda::SAMPLE, "m.toml", Utc::now()).unwrap();
        let snap = crate::session::read(&path).unwrap();
        let app = App::new(Source::Live(snap), Utc::now, dir.path().to_path_buf());
        (dir, path, s, app)
    }

    /// The chair adds an option to the first item; where the chair then is.
    fn add_option(s: &mut Session, app: &App) -> Saved {
        let a = app.agenda();
        let item = a.items[0].id.clone();
        let add = Change::AddOption {
            item: item.clone(),
            option: "compromise".into(),
            title: "Sāmoa and Tonga's compromise".into(),
            summary: None,
            member: None,
            proposer: Some("Chair".into()),
        };
        s.apply(add, "Chair", Utc::now()).unwrap();
        Saved {
            item,
            option: "compromise".into(),
            member: a.members[0].id.clone(),
            timer: None,
        }
    }

    #[test]
    fn regression_the_live_view_follows_the_chair_onto_an_option_added_in_the_same_look() {
        let (_d, path, mut s, mut app) = chair_and_live();
        let mut watch = Watch::new(&path);
        let focus = add_option(&mut s, &app);
        std::fs::write(place::path_for(&path), focus.text()).unwrap();
        watch.look(&mut app);
        assert_eq!(app.saved_place().map(|p| p.option), Some(focus.option));
    }

    #[test]
    fn regression_a_focus_seen_before_its_option_is_applied_again_after_the_reload() {
        let (_d, path, mut s, mut app) = chair_and_live();
        let mut watch = Watch::new(&path);
        // the focus file is seen first (the session's stat came just before
        // the chair wrote it), the option only at the next look
        let a = app.agenda();
        let focus = Saved {
            item: a.items[0].id.clone(),
            option: "compromise".into(),
            member: a.members[0].id.clone(),
            timer: None,
        };
        std::fs::write(place::path_for(&path), focus.text()).unwrap();
        watch.look(&mut app);
        add_option(&mut s, &app);
        watch.look(&mut app);
        assert_eq!(app.saved_place().map(|p| p.option), Some(focus.option));
    }
}
