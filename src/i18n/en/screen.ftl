# The chair's screen: its labels, the `?` help and key descriptions, the
# dialogs, the status line, the agenda picker and the review pager.
# (Message ids begin with `screen-`, `key-`, `dialog-`, `status-` or `picker-`.)

## The keys (src/keys.rs): a few words for the `?` help, and more (`-more`) for
## the key list of docs/chair-guide.md, which is generated from them.

key-up = member above
key-up-more = stops at the first; scrolls the details when they have the keyboard
key-down = member below
key-down-more = stops at the last; scrolls the details when they have the keyboard
key-first = first member
key-last = last member
key-prev-option = previous option
key-prev-option-more = of the current item
key-next-option = next option
key-next-option-more = of the current item
key-prev-item = previous agenda item
key-next-item = next agenda item
key-clear = clear the stance
key-clear-more = back to *not yet heard*
key-statement = the member's statement
key-statement-more = write or edit it on this option; in the editor `Esc` keeps the text, `Ctrl-C` discards the edit
key-attendance = mark present / absent
key-timer = speaking timer, round
key-timer-more = start the timer for the selected member; again records the time and selects the next member present
key-outcome = the chair's outcome
key-outcome-more = write or edit the item's outcome ("The meeting: …"); `Esc` on unchanged text records nothing, empty text withdraws it. When the outcome adopts an option (named with `talanoa decide --option`) that no longer has consensus, saving is refused with the reason on the status line and the words stay in the editor
key-actions = actions of the item
key-actions-more = add an action (text, owner, due date `YYYY-MM-DD`); `PgUp` `PgDn` show the actions recorded on the item to edit one (saved as the old words withdrawn and the new recorded), `Ctrl-W` withdraws the one shown: it leaves the minutes and is struck out in the history
key-find = find a member
key-find-more = type an id or part of a name (case and accents ignored), `↑ ↓` to choose, `Enter` to select
key-focus = roster or details pane
key-focus-more = which pane the arrows move in
key-export = export minutes, record
key-export-more = choose the document and the attribution (`a`); `Enter` writes it beside the session file
key-undo = undo the last change
key-undo-more = kept in the history; the status line says what was undone
key-redo = redo what was undone
key-help = this help
key-quit = quit (all is saved)
key-quit-more = everything is already saved

# Key names as the help writes them (the arrows and letters are written as they are).
key-name-space = Space
key-name-ctrl = Ctrl-{ $key }
key-name-home = Home
key-name-end = End
key-name-page-up = PgUp
key-name-page-down = PgDn
key-name-enter = Enter
key-name-backspace = Backspace
key-name-tab = Tab
key-name-shift-tab = Shift-Tab
