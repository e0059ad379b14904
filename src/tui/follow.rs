//! Which keys the live view acts on. It only follows the chair: the
//! projector layout takes nothing but q (and Ctrl-C); under the Chatham
//! House Rule the normal layout opens neither the search nor the export,
//! which list delegations by name.

use crossterm::event::Event;

use super::action::Action;
use super::app::{App, Tone};
use super::keymap;
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
