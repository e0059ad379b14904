//! Keys to actions, by mode. The stance keys come from the agenda's scale.

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::action::Action;
use super::app::{App, Mode};
use super::textarea::Edit;

/// The action a key asks for in the app's current mode, if any.
pub fn action_for(app: &App, key: KeyEvent) -> Option<Action> {
    if key.kind != KeyEventKind::Press {
        return None;
    }
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    match &app.mode {
        Mode::Normal => normal(app, key.code, ctrl),
        Mode::Help => Some(if ctrl && key.code == KeyCode::Char('c') {
            Action::Quit
        } else {
            Action::Help
        }),
        Mode::Editor { .. } => editor(key.code, ctrl, true),
        Mode::ActionForm { .. } => match key.code {
            KeyCode::Tab | KeyCode::Down | KeyCode::Enter => Some(Action::NextField),
            KeyCode::BackTab | KeyCode::Up => Some(Action::PrevField),
            code => editor(code, ctrl, false),
        },
        Mode::Find { .. } => match key.code {
            KeyCode::Enter => Some(Action::Confirm),
            KeyCode::Esc => Some(Action::Cancel),
            KeyCode::Up => Some(Action::PrevField),
            KeyCode::Down | KeyCode::Tab => Some(Action::NextField),
            code => editor(code, ctrl, false),
        },
        Mode::Export { .. } => match key.code {
            KeyCode::Enter => Some(Action::Confirm),
            KeyCode::Esc | KeyCode::Char('q') => Some(Action::Cancel),
            KeyCode::Char('c') if ctrl => Some(Action::Cancel),
            KeyCode::Up | KeyCode::Left | KeyCode::Char('k' | 'h') | KeyCode::BackTab => {
                Some(Action::PrevField)
            }
            KeyCode::Down | KeyCode::Right | KeyCode::Char('j' | 'l') | KeyCode::Tab => {
                Some(Action::NextField)
            }
            KeyCode::Char('a') => Some(Action::ToggleAttribution),
            _ => None,
        },
    }
}

fn normal(app: &App, code: KeyCode, ctrl: bool) -> Option<Action> {
    if ctrl {
        return match code {
            KeyCode::Char('r') => Some(Action::Redo),
            KeyCode::Char('c') => Some(Action::Quit),
            _ => None,
        };
    }
    let action = match code {
        KeyCode::Up | KeyCode::Char('k') => Action::Up,
        KeyCode::Down | KeyCode::Char('j') => Action::Down,
        KeyCode::Home => Action::First,
        KeyCode::End => Action::Last,
        KeyCode::Left | KeyCode::Char('h') => Action::PrevOption,
        KeyCode::Right | KeyCode::Char('l') => Action::NextOption,
        KeyCode::Char('[') | KeyCode::PageUp => Action::PrevItem,
        KeyCode::Char(']') | KeyCode::PageDown => Action::NextItem,
        KeyCode::Char('0') | KeyCode::Backspace => Action::Clear,
        KeyCode::Enter => Action::EditStatement,
        KeyCode::Char('a') => Action::ToggleAttendance,
        KeyCode::Char(' ') => Action::Timer,
        KeyCode::Char('d') => Action::EditOutcome,
        KeyCode::Char('t') => Action::AddAction,
        KeyCode::Char('/') => Action::Find,
        KeyCode::Tab | KeyCode::BackTab => Action::SwitchFocus,
        KeyCode::Char('e') => Action::Export,
        KeyCode::Char('u') => Action::Undo,
        KeyCode::Char('?') | KeyCode::F(1) => Action::Help,
        KeyCode::Char('q') => Action::Quit,
        KeyCode::Char(c) => return app.agenda().stance_for_key(c).map(Action::Record),
        _ => return None,
    };
    Some(action)
}

fn editor(code: KeyCode, ctrl: bool, multiline: bool) -> Option<Action> {
    if ctrl {
        return match code {
            KeyCode::Char('c') => Some(Action::Cancel),
            _ => None,
        };
    }
    let edit = match code {
        KeyCode::Esc => return Some(Action::Confirm),
        KeyCode::Enter if multiline => Edit::Newline,
        KeyCode::Char(c) => Edit::Char(c),
        KeyCode::Backspace => Edit::Backspace,
        KeyCode::Delete => Edit::Delete,
        KeyCode::Left => Edit::Left,
        KeyCode::Right => Edit::Right,
        KeyCode::Up => Edit::Up,
        KeyCode::Down => Edit::Down,
        KeyCode::Home => Edit::Home,
        KeyCode::End => Edit::End,
        _ => return None,
    };
    Some(Action::Edit(edit))
}
