//! Keys to actions on the meeting screen, from the one key table
//! (`crate::keys::TABLE`) and the agenda's stance scale. Dialogs read their
//! own keys (`dialog/`).

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::action::Action;
use crate::agenda::Agenda;
use crate::keys::{self, Key};

/// The table's name for a key press, if it has one. Alt (and Super, Meta,
/// Hyper) never name a key on this screen: Alt-1 must not record.
pub fn key_of(key: KeyEvent) -> Option<Key> {
    let m = key.modifiers;
    if m.intersects(
        KeyModifiers::ALT | KeyModifiers::SUPER | KeyModifiers::META | KeyModifiers::HYPER,
    ) {
        return None;
    }
    let ctrl = m.contains(KeyModifiers::CONTROL);
    let shift = m.contains(KeyModifiers::SHIFT);
    Some(match key.code {
        KeyCode::Char(c) if ctrl => Key::Ctrl(c.to_ascii_lowercase()),
        // Shift on a key it does not change (Shift-1 reported as `1`) was
        // not meant as that key
        KeyCode::Char(c) if shift && (c.is_ascii_digit() || c.is_lowercase()) => return None,
        KeyCode::Char(c) => Key::Char(c),
        _ if ctrl => return None,
        KeyCode::BackTab => Key::BackTab,
        KeyCode::Tab if shift => Key::BackTab,
        _ if shift => return None,
        KeyCode::Up => Key::Up,
        KeyCode::Down => Key::Down,
        KeyCode::Left => Key::Left,
        KeyCode::Right => Key::Right,
        KeyCode::Home => Key::Home,
        KeyCode::End => Key::End,
        KeyCode::PageUp => Key::PageUp,
        KeyCode::PageDown => Key::PageDown,
        KeyCode::Enter => Key::Enter,
        KeyCode::Backspace => Key::Backspace,
        KeyCode::Tab => Key::Tab,
        KeyCode::F(n) => Key::F(n),
        _ => return None,
    })
}

/// The action a key asks for on the meeting screen, if any.
pub fn action_for(agenda: &Agenda, key: KeyEvent) -> Option<Action> {
    if key.kind == KeyEventKind::Release {
        return None;
    }
    let k = key_of(key)?;
    if let Some(a) = keys::action_for(k) {
        return Some(a);
    }
    let Key::Char(c) = k else { return None };
    stance_key(agenda, c)
}

/// A character as a stance key. A letter in
/// the other case records the scale's letter (Caps Lock on), unless that
/// letter is one of the screen's own keys: then the screen says so.
fn stance_key(agenda: &Agenda, c: char) -> Option<Action> {
    if let Some(s) = agenda.stance_for_key(c) {
        return Some(Action::Record(s));
    }
    let other = if c.is_uppercase() {
        c.to_lowercase().next()
    } else {
        c.to_uppercase().next()
    }
    .filter(|o| *o != c)?;
    if keys::action_for(Key::Char(other)).is_some() {
        return Some(Action::WrongCase(c));
    }
    agenda.stance_for_key(other).map(Action::Record)
}
