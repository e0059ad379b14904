//! The chair's screen's keys as data. One table ([`TABLE`]) drives the
//! screen's keymap, its `?` help, the key list in `docs/chair-guide.md` and
//! the keys an agenda's stance scale may not take ([`RESERVED`]). Nothing
//! here knows about the terminal, so the agenda reader can use it too.

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
    /// How the key is written in the help and the guide.
    pub fn label(self) -> String {
        match self {
            Key::Char(' ') => "Space".into(),
            Key::Char(c) => c.to_string(),
            Key::Ctrl(c) => format!("Ctrl-{c}"),
            Key::Up => "↑".into(),
            Key::Down => "↓".into(),
            Key::Left => "←".into(),
            Key::Right => "→".into(),
            Key::Home => "Home".into(),
            Key::End => "End".into(),
            Key::PageUp => "PgUp".into(),
            Key::PageDown => "PgDn".into(),
            Key::Enter => "Enter".into(),
            Key::Backspace => "Backspace".into(),
            Key::Tab => "Tab".into(),
            Key::BackTab => "Shift-Tab".into(),
            Key::F(n) => format!("F{n}"),
        }
    }
}

/// One row of the table: the keys, what they ask for, and the words the
/// help and the guide show.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    /// Every key that asks for it.
    pub keys: &'static [Key],
    /// What they ask for.
    pub action: Action,
    /// What it does, in a few words (the `?` help).
    pub what: &'static str,
    /// More about it, for the chair's guide.
    pub more: &'static str,
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
        "member above",
        "stops at the first; scrolls the details when they have the keyboard",
    ),
    b(
        &[Key::Down, Key::Char('j')],
        Action::Down,
        "member below",
        "stops at the last; scrolls the details when they have the keyboard",
    ),
    b(&[Key::Home], Action::First, "first member", ""),
    b(&[Key::End], Action::Last, "last member", ""),
    b(
        &[Key::Left, Key::Char('h')],
        Action::PrevOption,
        "previous option",
        "of the current item",
    ),
    b(
        &[Key::Right, Key::Char('l')],
        Action::NextOption,
        "next option",
        "of the current item",
    ),
    b(
        &[Key::Char('['), Key::PageUp],
        Action::PrevItem,
        "previous agenda item",
        "",
    ),
    b(
        &[Key::Char(']'), Key::PageDown],
        Action::NextItem,
        "next agenda item",
        "",
    ),
    b(
        &[Key::Char('0'), Key::Backspace],
        Action::Clear,
        "clear the stance",
        "back to *not yet heard*",
    ),
    b(
        &[Key::Enter],
        Action::EditStatement,
        "the member's statement",
        "write or edit it on this option; in the editor `Esc` keeps the text, `Ctrl-C` discards the edit",
    ),
    b(
        &[Key::Char('a')],
        Action::ToggleAttendance,
        "mark present / absent",
        "",
    ),
    b(
        &[Key::Char(' ')],
        Action::Timer,
        "speaking timer, round",
        "start the timer for the selected member; again records the time and selects the next member present",
    ),
    b(
        &[Key::Char('d')],
        Action::EditOutcome,
        "the chair's outcome",
        "write or edit the item's outcome (\"The meeting: …\"); `Esc` on unchanged text records nothing, empty text withdraws it. When the outcome adopts an option (named with `talanoa decide --option`) that no longer has consensus, saving is refused with the reason on the status line and the words stay in the editor",
    ),
    b(
        &[Key::Char('t')],
        Action::AddAction,
        "actions of the item",
        "add an action (text, owner, due date `YYYY-MM-DD`); `PgUp` `PgDn` show the actions recorded on the item to edit one (saved as the old words withdrawn and the new recorded), `Ctrl-W` withdraws the one shown: it leaves the minutes and is struck out in the history",
    ),
    b(
        &[Key::Char('/')],
        Action::Find,
        "find a member",
        "type an id or part of a name (case and accents ignored), `↑ ↓` to choose, `Enter` to select",
    ),
    b(
        &[Key::Tab, Key::BackTab],
        Action::SwitchFocus,
        "roster or details pane",
        "which pane the arrows move in",
    ),
    b(
        &[Key::Char('e')],
        Action::Export,
        "export minutes, record",
        "choose the document and the attribution (`a`); `Enter` writes it beside the session file",
    ),
    b(
        &[Key::Char('u')],
        Action::Undo,
        "undo the last change",
        "kept in the history; the status line says what was undone",
    ),
    b(&[Key::Ctrl('r')], Action::Redo, "redo what was undone", ""),
    b(&[Key::Char('?'), Key::F(1)], Action::Help, "this help", ""),
    b(
        &[Key::Char('q'), Key::Ctrl('c')],
        Action::Quit,
        "quit (all is saved)",
        "everything is already saved",
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

/// The keys of a row as the help writes them: `↑ k`.
pub fn keys_label(b: &Binding) -> String {
    b.keys
        .iter()
        .map(|k| k.label())
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

/// The key list of `docs/chair-guide.md`, as a Markdown table.
pub fn markdown() -> String {
    let mut out = String::from("| key | what it does |\n|---|---|\n");
    out.push_str("| the scale's keys (`1`-`5` by default) | record that stance for the selected member on the current option |\n");
    for b in TABLE {
        let keys: Vec<String> = b.keys.iter().map(|k| format!("`{}`", k.label())).collect();
        let more = if b.more.is_empty() {
            String::new()
        } else {
            format!(": {}", b.more)
        };
        out.push_str(&format!("| {} | {}{more} |\n", keys.join(" "), b.what));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_key_is_bound_twice() {
        let all: Vec<Key> = TABLE.iter().flat_map(|b| b.keys.iter().copied()).collect();
        for (n, k) in all.iter().enumerate() {
            assert!(!all[n + 1..].contains(k), "{k:?} bound twice");
        }
    }

    #[test]
    fn reserved_keys_are_the_tables_characters_and_the_contracts() {
        let mut r: Vec<char> = RESERVED.to_vec();
        r.sort_unstable();
        let mut contract: Vec<char> = "hjkl[]0adetuq?/ ".chars().collect();
        contract.sort_unstable();
        assert_eq!(r, contract, "docs/agenda-format.md lists these");
        assert_eq!(crate::agenda::RESERVED_KEYS, RESERVED);
    }

    #[test]
    fn the_chair_guide_lists_the_tables_keys() {
        let guide = include_str!("../docs/chair-guide.md");
        let block = guide
            .split("<!-- keys: generated from src/keys.rs -->\n")
            .nth(1)
            .and_then(|rest| rest.split("<!-- end of keys -->").next())
            .unwrap_or_default();
        assert_eq!(
            block,
            markdown(),
            "docs/chair-guide.md's key list must be keys::markdown(); paste this:\n{}",
            markdown()
        );
    }
}
