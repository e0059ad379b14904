//! The chair's screen's keys as data. One table ([`TABLE`]) drives the
//! screen's keymap, its `?` help, the key list in `docs/chair-guide.md` and
//! the keys an agenda's stance scale may not take ([`RESERVED`]). Nothing
//! here knows about the terminal, so the agenda reader can use it too. The
//! words are message ids: the help shows them in the screen's language, the
//! guide in English.

use crate::agenda::Language;
use crate::i18n::t;
use crate::tr;

/// Everything the chair can ask of the meeting screen (outside a dialog).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Select the member above (or scroll the details up when they have focus).
    Up,
    /// Select the member below (or scroll the details down).
    Down,
    /// Select the first member.
    First,
    /// Select the last member.
    Last,
    /// Previous option of the current item.
    PrevOption,
    /// Next option of the current item.
    NextOption,
    /// Previous agenda item.
    PrevItem,
    /// Next agenda item.
    NextItem,
    /// Record the stance at this index of the scale for the selected member.
    Record(usize),
    /// Clear the selected member's stance (back to not yet heard).
    Clear,
    /// Open the statement editor for the selected member and option.
    EditStatement,
    /// Mark the selected member present or absent.
    ToggleAttendance,
    /// Start or stop the speaking timer.
    Timer,
    /// Write, edit or withdraw the chair's outcome for the item.
    EditOutcome,
    /// Add, edit or withdraw an action arising from the item.
    AddAction,
    /// Find a member by id or name.
    Find,
    /// Switch focus between the roster and the item pane.
    SwitchFocus,
    /// Open the export dialog.
    Export,
    /// Undo the last change.
    Undo,
    /// Redo the last undone change.
    Redo,
    /// Amend the meeting: add an option, an item or a member, or correct a
    /// name, title or summary (a menu of the four).
    Amend,
    /// Show or hide the help.
    Help,
    /// Leave the screen (everything is already saved).
    Quit,
    /// A letter key in the wrong case: says which key was meant.
    WrongCase(char),
    /// A terminal resize: nothing to change, only to redraw.
    Redraw,
}

/// A key as the table names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    /// A character typed without Ctrl or Alt.
    Char(char),
    /// Ctrl and a letter.
    Ctrl(char),
    /// Arrow up.
    Up,
    /// Arrow down.
    Down,
    /// Arrow left.
    Left,
    /// Arrow right.
    Right,
    /// Home.
    Home,
    /// End.
    End,
    /// Page up.
    PageUp,
    /// Page down.
    PageDown,
    /// Enter (Return).
    Enter,
    /// Backspace.
    Backspace,
    /// Tab.
    Tab,
    /// Shift-Tab.
    BackTab,
    /// A function key.
    F(u8),
}

impl Key {
    /// How the key is written in the guide (English).
    pub fn label(self) -> String {
        self.name(Language::En)
    }

    /// How the key is written in the help, in `lang`: `Space`, `Espace`.
    pub fn name(self, lang: Language) -> String {
        let id = match self {
            Key::Char(' ') => "key-name-space",
            Key::Char(c) => return c.to_string(),
            Key::Ctrl(c) => return tr!(lang, "key-name-ctrl", key = c.to_string().as_str()),
            Key::F(n) => return format!("F{n}"),
            Key::Up => return "↑".into(),
            Key::Down => return "↓".into(),
            Key::Left => return "←".into(),
            Key::Right => return "→".into(),
            Key::Home => "key-name-home",
            Key::End => "key-name-end",
            Key::PageUp => "key-name-page-up",
            Key::PageDown => "key-name-page-down",
            Key::Enter => "key-name-enter",
            Key::Backspace => "key-name-backspace",
            Key::Tab => "key-name-tab",
            Key::BackTab => "key-name-shift-tab",
        };
        t(lang, id, &[])
    }
}

/// One row of the table: the keys, what they ask for, and the message ids
/// (in `src/i18n/*/screen.ftl`) of the words the help and the guide show.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    /// Every key that asks for it.
    pub keys: &'static [Key],
    /// What they ask for.
    pub action: Action,
    /// The message id of what it does, in a few words (the `?` help):
    /// `key-up`.
    pub what: &'static str,
    /// The message id of more about it, for the chair's guide
    /// (`key-up-more`), or `""` when there is nothing more to say.
    pub more: &'static str,
}

impl Binding {
    /// What it does, in a few words, in `lang`.
    pub fn what_in(&self, lang: Language) -> String {
        t(lang, self.what, &[])
    }

    /// More about it in `lang`, empty when there is nothing more.
    pub fn more_in(&self, lang: Language) -> String {
        if self.more.is_empty() {
            String::new()
        } else {
            t(lang, self.more, &[])
        }
    }
}

const fn b(
    keys: &'static [Key],
    action: Action,
    what: &'static str,
    more: &'static str,
) -> Binding {
    Binding {
        keys,
        action,
        what,
        more,
    }
}

/// The meeting screen's keys, in the order the help lists them. The stance
/// keys come from the agenda's scale and are not in this table.
pub const TABLE: &[Binding] = &[
    b(
        &[Key::Up, Key::Char('k')],
        Action::Up,
        "key-up",
        "key-up-more",
    ),
    b(
        &[Key::Down, Key::Char('j')],
        Action::Down,
        "key-down",
        "key-down-more",
    ),
    b(&[Key::Home], Action::First, "key-first", ""),
    b(&[Key::End], Action::Last, "key-last", ""),
    b(
        &[Key::Left, Key::Char('h')],
        Action::PrevOption,
        "key-prev-option",
        "key-prev-option-more",
    ),
    b(
        &[Key::Right, Key::Char('l')],
        Action::NextOption,
        "key-next-option",
        "key-next-option-more",
    ),
    b(
        &[Key::Char('['), Key::PageUp],
        Action::PrevItem,
        "key-prev-item",
        "",
    ),
    b(
        &[Key::Char(']'), Key::PageDown],
        Action::NextItem,
        "key-next-item",
        "",
    ),
    b(
        &[Key::Char('0'), Key::Backspace],
        Action::Clear,
        "key-clear",
        "key-clear-more",
    ),
    b(
        &[Key::Enter],
        Action::EditStatement,
        "key-statement",
        "key-statement-more",
    ),
    b(
        &[Key::Char('a')],
        Action::ToggleAttendance,
        "key-attendance",
        "",
    ),
    b(
        &[Key::Char(' ')],
        Action::Timer,
        "key-timer",
        "key-timer-more",
    ),
    b(
        &[Key::Char('d')],
        Action::EditOutcome,
        "key-outcome",
        "key-outcome-more",
    ),
    b(
        &[Key::Char('t')],
        Action::AddAction,
        "key-actions",
        "key-actions-more",
    ),
    b(&[Key::Char('/')], Action::Find, "key-find", "key-find-more"),
    b(
        &[Key::Tab, Key::BackTab],
        Action::SwitchFocus,
        "key-focus",
        "key-focus-more",
    ),
    b(
        &[Key::Char('e')],
        Action::Export,
        "key-export",
        "key-export-more",
    ),
    b(&[Key::Char('u')], Action::Undo, "key-undo", "key-undo-more"),
    b(&[Key::Ctrl('r')], Action::Redo, "key-redo", ""),
    b(
        &[Key::Ctrl('e'), Key::F(2)],
        Action::Amend,
        "key-amend",
        "key-amend-more",
    ),
    b(&[Key::Char('?'), Key::F(1)], Action::Help, "key-help", ""),
    b(
        &[Key::Char('q'), Key::Ctrl('c')],
        Action::Quit,
        "key-quit",
        "key-quit-more",
    ),
];

/// The action a key asks for on the meeting screen, if the table has it.
pub fn action_for(key: Key) -> Option<Action> {
    TABLE
        .iter()
        .find(|b| b.keys.contains(&key))
        .map(|b| b.action)
}

/// The table's row for an action.
pub fn binding(action: Action) -> Option<&'static Binding> {
    TABLE.iter().find(|b| b.action == action)
}

/// The keys of a row as the help writes them in `lang`: `↑ k`.
pub fn keys_label(b: &Binding, lang: Language) -> String {
    b.keys
        .iter()
        .map(|k| k.name(lang))
        .collect::<Vec<_>>()
        .join(" ")
}

const fn reserved_count() -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < TABLE.len() {
        let mut j = 0;
        while j < TABLE[i].keys.len() {
            if let Key::Char(_) = TABLE[i].keys[j] {
                n += 1;
            }
            j += 1;
        }
        i += 1;
    }
    n
}

const fn reserved<const N: usize>() -> [char; N] {
    let mut out = [' '; N];
    let mut n = 0;
    let mut i = 0;
    while i < TABLE.len() {
        let mut j = 0;
        while j < TABLE[i].keys.len() {
            if let Key::Char(c) = TABLE[i].keys[j] {
                out[n] = c;
                n += 1;
            }
            j += 1;
        }
        i += 1;
    }
    out
}

const RESERVED_ARRAY: [char; reserved_count()] = reserved();

/// Every plain character the table uses: a stance may not take one.
pub const RESERVED: &[char] = &RESERVED_ARRAY;

/// The key list of `docs/chair-guide.md`, as a Markdown table (in English,
/// as the guide is written).
pub fn markdown() -> String {
    let mut out = String::from("| key | what it does |\n|---|---|\n");
    out.push_str("| the scale's keys (`1`-`5` by default) | record that stance for the selected member on the current option |\n");
    for b in TABLE {
        let keys: Vec<String> = b.keys.iter().map(|k| format!("`{}`", k.label())).collect();
        let more = b.more_in(Language::En);
        let more = if more.is_empty() {
            more
        } else {
            format!(": {more}")
        };
        let what = b.what_in(Language::En);
        out.push_str(&format!("| {} | {what}{more} |\n", keys.join(" ")));
    }
    out
}

#[cfg(test)]
mod tests;
