# Amendments on the chair's screen: their keys' dialogs and marks.
# (Message ids begin with `amend-`.)

key-amend = amend the meeting
key-amend-more = a menu of the four amendments: add an option to this item, add an item (other business), add a member (a late delegation), correct a name, title or summary (see *Amending the meeting on the screen*)
amend-menu-title = Amend the meeting
amend-menu-option = Add an option to this item
amend-menu-item = Add an item (other business)
amend-menu-member = Add a member (late delegation)
amend-menu-rename = Correct a name, title or summary
amend-menu-hint = 1-4 or ↑ ↓ Enter to choose · Esc nothing recorded
amend-no-item = this agenda has no item to amend here
amend-nothing = nothing recorded
amend-the-chair = the Chair
amend-label-id = Id
amend-label-title = Title
amend-label-summary = Summary
amend-label-proposed-by = Proposed by
amend-label-option-id = Option { $n } id
amend-label-option-title = Option { $n } title
amend-label-name = Name
amend-label-role = Role
amend-label-group = Group
amend-label-what = Correct
amend-label-text = Text
amend-option-title = New option { $at } on item { $item }
amend-item-title = New item { $n } (other business)
amend-member-title = New member (late delegation)
amend-rename-title = Correct a name, title or summary
amend-hint-id = Id: 1-16 characters of A-Z a-z 0-9 - _
amend-hint-more-options = Ctrl-N another option · an option left empty is none
amend-hint-groups = Groups: { $groups }
amend-hint-form = Tab or ↓ next field · ↑ previous · ← → choose
amend-hint-save = Enter on the last field records · Esc records nothing
amend-hint-rename = ← → what to correct · an empty summary removes it
amend-target-name = the name of { $who }
amend-target-item-title = the title of item { $n }
amend-target-item-summary = the summary of item { $n }
amend-target-option-title = the title of option { $at }
amend-target-option-summary = the summary of option { $at }
amend-added-option = option { $at } “{ $title }” added after the others: → reaches it
amend-added-item = item { $n } “{ $title }” added at the end: ] reaches it
amend-added-member = { $name } added to the roster
amend-corrected = corrected to “{ $text }”
amend-mark = ✚
amend-details-added = Added in the meeting
amend-details-added-by = Added in the meeting, proposed by { $who }
amend-undo-option = the option “{ $text }” added in the meeting
amend-undo-item = the item “{ $text }” added in the meeting
amend-undo-member = { $text }, added in the meeting
# an undo or redo of an item added with its options: all of them at once
amend-undo-with-options = { $what } with its { $n ->
    [one] option
   *[other] { $n } options
}
# undo refused: it would take back the member or item being timed
amend-undo-timing = { $name } is being timed: Space stops the timer and records the time, then u takes back the amendment; nothing undone
amend-undo-rename = the correction to “{ $text }”
# the rename form: a summary's line breaks are kept
amend-hint-lines = a summary keeps its line breaks: ← → move across them
# a correction refused: only spaces or line breaks differ
error-amend-only-spacing = the correction differs from the { $field } there only in spaces or line breaks; nothing to correct
# Ctrl-N past the add-item form's limit of options
amend-item-options-full = this form takes { $n } options at most; add more later with add an option (Ctrl-e 1)
# correcting `name` of a member the screen shows under its French name
amend-target-name-en = the English name of { $who }
