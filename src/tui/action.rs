//! Everything the chair can ask of the screen. Keys become actions in
//! `keymap`; `App::update` carries them out.

use super::textarea::Edit;

/// One request from the chair.
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
    /// Write or edit the chair's outcome for the item.
    EditOutcome,
    /// Add an action arising from the item.
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
    /// An editing key inside an editor, the find box or a form.
    Edit(Edit),
    /// Next field of a form, or next choice of a dialog.
    NextField,
    /// Previous choice of a dialog.
    PrevField,
    /// Keep what was typed (Esc in an editor) or confirm (Enter in a dialog).
    Confirm,
    /// Close without keeping (Ctrl-C in an editor, Esc in a dialog).
    Cancel,
    /// Toggle the attribution in the export dialog.
    ToggleAttribution,
    /// A terminal resize: nothing to change, only to redraw.
    Redraw,
}
