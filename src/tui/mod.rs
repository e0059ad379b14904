//! The terminal screens: the chair's meeting screen, its live read-only
//! twin, the agenda picker and the review pager. Keys become [`Action`]s
//! (`keymap`, from the one table in `crate::keys`), [`App::update`] carries
//! them out, `views` draw the state; an open dialog (`dialog/`) reads the
//! keys itself and returns an outcome the `App` performs.
//! The terminal is restored on every exit: by a guard on return and error,
//! and by ratatui's panic hook on panic.

pub mod action;
mod amend;
pub mod app;
pub mod dialog;
mod events;
mod follow;
mod input;
pub mod keymap;
mod pager;
pub mod picker;
pub(crate) mod place;
#[cfg(test)]
mod tests;
pub mod textarea;
mod undo;
mod update;
pub mod views;
mod write;

use std::io;
use std::mem::ManuallyDrop;
use std::ops::{Deref, DerefMut};
use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::Utc;
use crossterm::event::Event;
use ratatui::DefaultTerminal;

pub use action::Action;
pub use app::{App, Source};
pub(crate) use events::{next_event, watch_signals};
pub use pager::pager;
pub use picker::{Choice, pick};

use crate::agenda::Language;
use crate::session::{self, Session};

/// Restores the terminal when dropped, whatever way the screen ends.
pub(crate) struct Restore;

impl Drop for Restore {
    fn drop(&mut self) {
        let _ = crossterm::execute!(io::stdout(), crossterm::event::DisableBracketedPaste);
        // not `restore`: it prints to a terminal that may be gone, and panics there
        let _ = ratatui::try_restore();
        let _ = crossterm::execute!(io::stdout(), crossterm::cursor::Show);
    }
}

/// The terminal a screen draws on. It is never dropped: ratatui's own drop
/// prints to the terminal when showing the cursor fails, and printing to a
/// terminal that is gone panics. [`Restore`] shows the cursor instead; what
/// is kept is one screen's buffer until the program exits.
pub(crate) struct Screen(ManuallyDrop<DefaultTerminal>);

impl Deref for Screen {
    type Target = DefaultTerminal;
    fn deref(&self) -> &DefaultTerminal {
        &self.0
    }
}

impl DerefMut for Screen {
    fn deref_mut(&mut self) -> &mut DefaultTerminal {
        &mut self.0
    }
}

/// Starts the terminal (raw mode, alternate screen, panic hook). The guard
/// exists before anything is changed, so a start that fails halfway is
/// undone too.
pub(crate) fn start() -> io::Result<(Screen, Restore)> {
    watch_signals();
    events::note_terminal();
    let guard = Restore;
    let terminal = Screen(ManuallyDrop::new(ratatui::try_init()?));
    // a paste arrives as one event: never as keys that would record
    crossterm::execute!(io::stdout(), crossterm::event::EnableBracketedPaste)?;
    Ok((terminal, guard))
}

/// Runs the chair's screen on an open session until the chair quits, in
/// `lang` (the chosen language of the screen's own words).
pub fn chair(
    session: Session,
    export_dir: PathBuf,
    note: Option<String>,
    lang: Language,
) -> io::Result<()> {
    let path = session.snapshot().path.clone();
    let mut app = App::new(Source::Chair(session), Utc::now, export_dir);
    app.set_lang(lang);
    app.resume(place::Saved::read(&place::path_for(&path)).as_ref());
    if let Some(n) = note {
        app.say(app::Tone::Info, n);
    }
    let result = chair_loop(&mut app, &path);
    place::keep(&app, &path);
    result
}

fn chair_loop(app: &mut App, path: &Path) -> io::Result<()> {
    // The chair's focus, kept beside the session as it moves (a small file,
    // never a change in the record) for `review --live` to follow.
    let mut focus = app.saved_place();
    let (mut terminal, _restore) = start()?;
    if let Ok(s) = terminal.size() {
        app.size = (s.width, s.height);
    }
    while !app.quit {
        if let Err(e) = terminal.draw(|f| views::draw(f, app)) {
            // the terminal is gone: a running timer is recorded all the same
            app.leave();
            return Err(e);
        }
        // Wait for a key (idle but for a look at the signal flag five times
        // a second); wake each second while the speaking timer runs, to
        // redraw it.
        let wait = app.timer_seconds().map(|_| {
            Duration::from_millis(1000 - u64::from(Utc::now().timestamp_subsec_millis().min(999)))
        });
        match next_event(wait) {
            Ok(Some(ev)) => {
                handle(app, ev);
                let now = app.saved_place();
                if now != focus {
                    place::keep(app, path);
                    focus = now;
                }
            }
            Ok(None) => {}
            Err(e) => {
                // a running timer is recorded before the screen ends
                app.leave();
                return Err(e);
            }
        }
    }
    Ok(())
}

fn handle(app: &mut App, ev: Event) {
    app.handle_event(ev);
}

/// Why the screen ended early, in `lang`: a signal, the terminal gone, or
/// another failure of the terminal.
pub(crate) fn ended(e: &std::io::Error, lang: Language) -> String {
    use crate::tr;
    let error = match e.kind() {
        std::io::ErrorKind::Interrupted => return tr!(lang, "screen-stopped"),
        std::io::ErrorKind::BrokenPipe => tr!(lang, "screen-terminal-gone"),
        _ => e.to_string(),
    };
    tr!(lang, "screen-failed", error = &error)
}

/// The read-only screen following a session as it is recorded, in `lang`,
/// drawn in `layout` (the chair's screen, or large type for a projector).
pub fn live(path: &Path, lang: Language, layout: views::live::Layout) -> Result<(), String> {
    let snap = session::read(path).map_err(|e| e.to_string())?;
    let dir = path.parent().map(Path::to_path_buf).unwrap_or_default();
    let mut app = App::new(Source::Live(snap), Utc::now, dir);
    app.set_lang(lang);
    let (mut terminal, _restore) = start().map_err(|e| ended(&e, lang))?;
    if let Ok(s) = terminal.size() {
        app.size = (s.width, s.height);
    }
    let mut watch = follow::Watch::new(path);
    while !app.quit {
        terminal
            .draw(|f| views::live::draw(f, &app, layout))
            .map_err(|e| ended(&e, lang))?;
        // A second screen must show a change within a second: look at the
        // files' size and time twice a second (a stat, not a read).
        if let Some(ev) =
            next_event(Some(Duration::from_millis(500))).map_err(|e| ended(&e, lang))?
        {
            follow::handle(&mut app, ev, layout);
        }
        watch.look(&mut app);
    }
    Ok(())
}
