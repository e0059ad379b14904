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
key-export-more = choose the format (`↑` `↓`), the minutes (`d`: Outcomes or Summary record) and the attribution (`a`); `Enter` writes it beside the session file, in the screen's language
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

## The meeting screen: header, panes, footer

screen-title = talanoa · { $title }
screen-title-live = talanoa · live view · { $title }
screen-item-count = item { $n }/{ $total }
screen-rule-consensus = rule: consensus
screen-rule-minus-one = rule: consensus−1
# The end of the key line under the scale's keys.
screen-keys-tail = 0 clear · ? help
screen-keys-tail-live = ? help · q quit
# The counts under an option, short: "3 sup · 1 res · 14 unheard".
screen-count-support = { $n } sup
screen-count-reservation = { $n } res
screen-count-stand-aside = { $n } aside
screen-count-pending = { $n } pend
screen-count-block = { $n } cannot
screen-count-not-heard = { $n } unheard
screen-status-consensus = consensus
screen-status-reservations = consensus with reservations
screen-status-no-consensus = no consensus
screen-status-pending = pending
screen-options = Options ({ $n })
screen-heading-outcome = Outcome (d to edit)
screen-heading-actions = Actions (t)
screen-action-due = by { $date }
screen-heading-questions = Talanoa questions
screen-heading-background = Background
screen-details-focused = Details (↑↓ scroll, Tab back)
screen-details = Details (Tab to scroll)
# The roster's heading for members without a group.
screen-members = Members
screen-roster = Roster · { $at } { $title }
screen-more-above = ↑ { $n } more
screen-more-below = ↓ { $n } more
screen-absent = absent
screen-not-heard = not yet heard
screen-no-statement = no statement on this option · Enter to write one
screen-statement = Statement · { $name } on { $at }
screen-history = History (u undo · Ctrl-r redo)
screen-history-line = #{ $seq } { $time } { $what }
# Below the minimum size ($need: 80×24, $now: the window's size).
screen-small = talanoa needs a bigger window.
screen-small-enlarge = Please enlarge it to at least { $need } (it is { $now } now).
screen-small-saved = Nothing is lost: everything recorded is saved.
screen-small-keys = Keys wait until it is bigger: q quits, ? help.
# One key of the help, in brief, below the minimum size.
screen-small-help-row = { $keys }: { $what }
# A change in a few words (the history pane, undo and redo); $at: "2.1 Title".
screen-did-statement = { $name }'s statement on { $at }
screen-did-position = { $name } on { $at }
screen-did-present = { $name } marked present
screen-did-absent = { $name } marked absent
screen-did-spoke = { $name }'s speaking time on item { $n }
screen-did-outcome = the outcome of item { $n }
screen-did-action = action on item { $n }: { $text }
screen-did-withdraw-action = action #{ $seq } on item { $n } withdrawn
screen-again = { $stance } again
screen-was-now = was { $was }, now { $now }
# The review pager.
screen-pager-title = review (read-only) · { $title }
screen-pager-keys = ↑↓ PgUp PgDn scroll · q quit · line { $n }/{ $total }
screen-needs-terminal = the chair's screen needs a terminal; to record from a script use `talanoa record`
screen-failed = the screen failed: { $error }
screen-stopped = stopped by a signal (SIGTERM or SIGHUP)
screen-terminal-gone = the terminal went away (closed or hung up)
screen-failed-saved = { $what }; everything recorded was already saved in { $path }

## The status line

status-start = { $n ->
    [one] { $n } change
   *[other] { $n } changes
} in the record · press ? for help
status-start-live = following the session live (read-only) · q to leave
status-new-session = new session { $path } · press ? for help
status-resumed = resumed { $path } · { $n ->
    [one] { $n } change
   *[other] { $n } changes
} · press ? for help
status-resumed-changed = resumed: the agenda file has changed since this session began; the session keeps the agenda as it was
status-read-only = this screen only follows the session; the chair records
status-not-recorded-read-only = not recorded: this screen only follows the session; the chair records
status-key-is = { $key } is "{ $what }"
status-wrong-case = "{ $key }" does nothing, nothing recorded ({ $meant }); is Caps Lock on?
status-saved = saved #{ $seq } · { $time }
status-not-saved = NOT SAVED: { $error }
status-not-recorded = not recorded: { $error }
status-already = already { $stance }: nothing recorded
status-timing = timing { $name } · Space to stop
status-spoke = { $saved } · spoke { $time }
status-nothing-to-undo = nothing to undo
status-nothing-to-redo = nothing to redo
status-undid = saved #{ $seq } · undid #{ $target }
status-redid = saved #{ $seq } · redid #{ $target }
# After an undo or redo, what it was about.
status-did-what = { $did }: { $what }
status-export-failed = export failed: { $error }; the record is unchanged
status-wrote = wrote { $path }
status-paste-ignored = paste ignored, nothing recorded: paste into a statement (Enter) or outcome (d)
status-small-unsaved = text is being written: enlarge the window to keep or discard it
status-edit-discarded = edit discarded
status-statement-unchanged = statement unchanged
status-outcome-unchanged = outcome unchanged: nothing recorded
status-still-absent = nothing recorded: { $name } is still absent
status-find-none = no member matches; try part of the id or name
status-action-keep-first = keep (Esc) or discard (Ctrl-C) these words before showing another action
status-action-nothing-to-withdraw = nothing to withdraw: PgUp shows the actions recorded on this item
status-action-discarded = action discarded
status-nothing-recorded = nothing recorded
status-action-needs-text = an action needs text: say what is to be done (Ctrl-C to discard)
status-action-bad-date = due date { $due } is not a date written YYYY-MM-DD, e.g. 2024-10-31

## The dialogs

dialog-help-title = Help · every change is saved at once · any key closes
dialog-line-of = line { $n } of { $total }
dialog-statement-hint = Esc keep · Ctrl-C discard · Enter new line
dialog-outcome-title = Outcome of item { $n } · The meeting: …
dialog-outcome-hint = Esc keep · Ctrl-C discard
dialog-outcome-hint-recorded = Esc keep · empty text withdraws it · Ctrl-C discard
dialog-absent-title = Marked absent
dialog-absent-marked = { $name } is marked absent.
dialog-absent-ask = Mark them present and record { $stance }?
dialog-absent-keys = y or Enter: present and record · any other key: nothing
dialog-find-title = Find a member
dialog-find-none = no member matches
dialog-export-title = Export
# The export kinds, by file extension.
dialog-export-md = Markdown minutes
dialog-export-html = HTML minutes
dialog-export-docx = Word minutes
dialog-export-json = JSON record
dialog-export-csv = CSV of positions
dialog-export-xlsx = spreadsheet of positions
dialog-export-attributed = attributed (delegations named)
dialog-export-chatham-house = Chatham House (no one named)
dialog-export-document = Document: { $words }
dialog-export-outcomes = Outcomes
dialog-export-record = Summary record
dialog-export-attribution = Attribution: { $words }
dialog-export-keys = ↑↓ format · d document · a attribution · Enter write · Esc cancel
# The action form's field labels.
dialog-action-text = Action
dialog-action-owner = Owner
dialog-action-due = Due
dialog-action-shown = Action { $k } of { $total } on item { $n } (recorded #{ $seq })
dialog-action-new = New action on item { $n }
dialog-action-new-recorded = New action on item { $n } · PgUp: the { $total } recorded
dialog-action-hint = Due as YYYY-MM-DD · Tab next field · Esc keep · Ctrl-C discard
dialog-action-hint-recorded = PgUp PgDn recorded actions · Ctrl-W withdraw the one shown

## The agenda picker

picker-title = talanoa · choose the agenda to chair
picker-keys = ↑↓ choose · Enter open (or resume) · q quit
picker-cannot-open = { $file } · cannot be opened
picker-no-session = no session yet · Enter starts one
picker-session = session: { $n ->
    [one] { $n } change
   *[other] { $n } changes
} · Enter resumes it
picker-session-last = session: { $n ->
    [one] { $n } change
   *[other] { $n } changes
}, the last { $date } { $time } · Enter resumes it
picker-session-unreadable = session { $path } cannot be read: { $error }
