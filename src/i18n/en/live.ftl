# The live view (`review --live`) and its projector layout.
# (Message ids begin with `live-`.)

live-item-of = Item { $number } of { $total }
live-option = Option { $number } of { $total }: { $title }
live-chatham = Chatham House Rule
live-floor = { $name } has the floor
live-floor-chatham = A delegation has the floor
live-floor-open = No delegation has the floor
live-timer-left = time left
live-timer-warning = 30 seconds or less left
live-timer-overtime = over time
live-timer-spoken = speaking time
live-status-consensus = Consensus
live-status-reservations = Consensus with reservations
live-status-no-consensus = No consensus
live-status-pending = Pending
live-tally-members = Members
live-tally-observers = Observers
live-not-heard = Not yet heard
live-absent = Absent
# The heading of a line of the tally (projector): "Members: …".
live-tally-heading = { $heading }:
live-statements-hidden = Under the Chatham House Rule no delegation is named on this screen; statements stay in the record.
live-too-small = This view needs a window of at least { $width } × { $height } characters; this one is { $columns } × { $rows }.
live-too-small-hint = Enlarge the window or make the font smaller. q leaves.
live-only-quit = This screen follows the chair: q leaves, nothing else.
live-not-under-chatham = Not on this screen: under the Chatham House Rule it names no delegation (the chair can search and export).
live-following = following live · { $count ->
    [one] 1 change
   *[other] { $count } changes
}
live-cannot-read = cannot read the session just now: { $error }
