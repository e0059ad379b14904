# Errors of the agenda, the session and the exports, as the user reads
# them. (Message ids begin with `error-`.)

## Agenda files: each message follows `PATH:LINE:COL: `. What the user
## types (keys, ids, tables, values) stays as written in every language.

error-agenda-more = { $origin }: and { $count } more { $count ->
    [one] problem
   *[other] problems
} not shown; fix these first
error-agenda-folder = is a folder, not an agenda file; name a .toml file
error-agenda-device = is a device, a pipe or a socket, not an agenda file; name a .toml file
error-agenda-too-big = is { $size } bytes; an agenda may be at most { $max } MiB: is this the right file?
error-agenda-too-big-growing = is more than { $max } MiB of bytes; an agenda may be at most { $max } MiB: is this the right file?
error-agenda-empty-file = is empty; an agenda needs a [meeting] table with a title, [[members]] and [[items]] (see `talanoa init`)
error-agenda-binary = is a binary file (it contains a NUL byte), not a TOML agenda
error-agenda-not-utf8 = is not valid UTF-8 text; save the agenda as UTF-8
error-file-not-found = no such file; check the path
error-file-permission = cannot be read: permission denied
error-file-unreadable = cannot be read: { $why }
error-agenda-invalid-toml = invalid TOML
error-agenda-toml = invalid TOML: { $why }
error-agenda-duplicate-key = duplicate key `{ $key }`; each key may appear only once in a table
error-agenda-unreadable = the agenda could not be read
error-agenda-the-file = the file
error-agenda-format-newer = format { $n } is newer than this talanoa understands (formats 1 to { $max }); upgrade talanoa to read this agenda
error-agenda-format-unknown = format { $n } does not exist; write format = { $max } (or 1) or leave it out
error-agenda-format-type = `format` must be a whole number, like format = { $max }
error-agenda-no-meeting = missing the [meeting] table; add [meeting] with at least title = "..."
error-agenda-meeting-type = `meeting` must be a table written [meeting]
error-agenda-duplicate-id = duplicate { $kind } id "{ $id }" (first used by #{ $first }); every { $kind } needs its own id
error-agenda-none = { $parent } has no { $what ->
    [members] members
    [items] agenda items
   *[options] options
}; add at least one [[{ $header }]] table
error-agenda-list-empty = `{ $key }` is empty; add at least one [[{ $header }]] table
error-agenda-option-of = { $option } of { $item }
error-agenda-unknown-field = unknown field `{ $key }` in { $name }; expected one of: { $allowed }
error-agenda-wrong-type = `{ $key }` in { $name } must be { $want }, not { $got }
error-agenda-missing = missing required field `{ $key }` in { $name }
error-agenda-blank = `{ $key }` in { $name } must not be empty
error-agenda-entry-not-string = every entry of `{ $key }` in { $name } must be a string, not { $got }
error-agenda-unknown-word = unknown { $key } { $value } in { $name }; use one of: { $words }
error-agenda-not-a-date = `{ $key }` in { $name } is not a real calendar date
error-agenda-date-with-time = `{ $key }` in { $name } must be a date only, without a time: { $hint }
error-agenda-bad-id = id { $id } in { $name } is not valid; use 1 to 16 characters from A-Z, a-z, 0-9, '-' and '_'
error-agenda-not-tables = `{ $key }` in { $parent } must be a list of tables written [[{ $table }]], not { $got }
error-agenda-entry-not-table = every entry of `{ $table }` must be a table, not { $got }
error-agenda-want-string = a string in quotes
error-agenda-want-strings = an array of strings, like ["...", "..."]
error-agenda-want-date = a date without quotes, like 2024-08-06
error-toml-string = a string
error-toml-integer = an integer
error-toml-float = a float
error-toml-boolean = a boolean
error-toml-datetime = a date-time
error-toml-array = an array
error-toml-table = a table
error-agenda-zone-suggest = did you mean "{ $zone }"?
error-agenda-zone-hint = use an IANA name such as "Pacific/Fiji", "Pacific/Auckland" or "UTC", or leave it out to use this computer's zone
error-agenda-unknown-zone = unknown time zone { $zone } in { $name }; { $hint }
error-agenda-bad-limit = `{ $key }` { $value } in { $name } is not a speaking limit; write minutes:seconds in quotes, like "3:00" or "0:45"
error-agenda-blank-alias = `{ $key }` in { $name } has a blank entry; remove it
error-agenda-alias-twice = `{ $key }` in { $name } lists { $alias } twice; keep one
error-agenda-few-stances = a custom stance scale needs at least 2 [[stances]]; add more or remove them to use the default scale
error-agenda-no-effect = missing required field `effect` in { $name }; use one of: { $words }
error-agenda-no-key = missing required field `key` in { $name }; give the one character that records this stance, like key = "1"
error-agenda-key-type = `key` in { $name } must be one character in quotes, like key = "1"
error-agenda-key-length = key { $key } in { $name } must be exactly one character, like "1"
error-agenda-key-space = space
error-agenda-key-reserved = key "{ $key }" in { $name } is used by the chair's screen; choose a key other than: { $keys }
error-agenda-key-invisible = key { $key } in { $name } must be a visible character, like "1" (a control or zero-width character cannot be seen or typed)
error-agenda-key-twice = duplicate key "{ $key }" in { $name } (first used by [[stances]] #{ $first }); each stance needs its own key

## Session files.

error-session-not-found = no session at { $path }; start one by giving --agenda AGENDA, or check the path
error-session-not-a-session = { $path } is not a talanoa session ({ $why }); name a .talanoa file written by talanoa
error-session-newer = { $path } was written by a newer talanoa (session schema { $found }; this one reads up to { $supported }); upgrade talanoa to open it
error-session-tampered = { $path }: { $what }; the session was changed outside talanoa. Nothing was repaired or deleted: restore it from a copy, or export what can still be read with an earlier copy
error-session-sidecar = { $path }: beside it is { $sidecar }, { $what }. Nothing was changed: the session file holds every saved change without it. Move { $sidecar } out of the folder (keep it until you are sure) and try again
error-session-locked = { $path } is open for recording elsewhere (another talanoa window or command); nothing was recorded here and nothing already recorded is lost. Close it there first; `talanoa review` and `talanoa export` can read it meanwhile
error-session-not-agreed = option "{ $option }" of item "{ $item }" cannot be adopted: its status is { $status ->
    [consensus] consensus
    [consensus-with-reservations] consensus with reservations
    [no-consensus] no consensus
   *[pending] pending
}, and only an option with consensus (or consensus with reservations) is adopted unless the chair records that it is adopted despite its status; nothing was recorded
error-session-storage = { $path }: { $what }. Nothing that was already recorded was lost
error-session-is-folder = it is a folder
error-session-is-device = it is a device, a pipe or a socket, not a file
error-session-is-empty = the file is empty
error-session-not-sqlite = it is not an SQLite database
error-session-wal = it is in SQLite's write-ahead-log mode, and talanoa sessions use a rollback journal; nothing was changed. If it is a talanoa session someone opened with another tool, switch it back with: sqlite3 FILE 'PRAGMA journal_mode=DELETE'
error-session-file-format = its SQLite file format version is not one talanoa reads
error-session-hot-journal = a program recording into it stopped mid-change, and recovering needs write access to its folder; open it once where it can be written
error-session-not-a-database = it cannot be read as a database: { $why }
error-session-not-talanoa = it is an SQLite database, but not one written by talanoa
error-session-agenda-unreadable = the copy of the agenda cannot be read ({ $why })
error-session-agenda-checksum = the copy of the agenda does not match its checksum
error-session-log-unreadable = the log cannot be read ({ $why })
error-session-change = change #{ $seq } { $what }
error-session-change-gap = change #{ $expected } is missing from the log (found #{ $seq } next)
error-session-change-missing = change #{ $expected } is missing from the log
error-session-change-checksum = does not match its checksum (it was edited, or one before it was)
error-session-change-not-number = has a { $name } that is not a number
error-session-change-bad-time = has a time that is not RFC 3339
error-session-change-lacks = has no { $name }
error-session-change-bad-due = has a due date "{ $due }" that is not a date
error-session-change-no-seconds = has no number of seconds
error-session-change-kind = is of an unknown kind "{ $kind }"
error-session-change-not-utf8 = holds text that is not UTF-8
error-session-change-odd-type = holds a value of a type talanoa never writes
error-session-not-recorded = what was stored for change #{ $last } is not what was recorded ({ $why }; something in the file changes rows as they are written), so nothing was saved
error-session-rows-differ = the rows read back differ
error-session-mkdir = cannot create folder { $folder }: { $why }
error-sidecar-wal = a write-ahead log talanoa never makes (it uses a rollback journal); SQLite would apply it over the session
error-sidecar-page-size = a rollback journal with another page size: it is not this session's
error-sidecar-short = a rollback journal that would cut the session short
error-sidecar-earlier = a rollback journal from an earlier state of the session; applying it would take back saved changes
error-sidecar-untied = a rollback journal that cannot be tied to the session's current state
error-sidecar-left-over = left from an earlier session of that name; SQLite would apply it to the new one

## Changes refused because they do not fit the agenda.

error-unknown-id = unknown { $what } { $id }; valid { $what } ids: { $ids }
error-unknown-option-in = { $message } (in item "{ $item }")
error-state-no-attendance = member #{ $n } has no attendance
error-state-no-outcome = item #{ $n } has no outcome
error-state-amendment = an amendment changes the agenda; record it through the log
error-state-no-action = no action recorded as change #{ $seq } on item "{ $item }" is in the record (withdrawn already, undone, or never recorded)
error-log-out-of-order = expected change #{ $want } here, found #{ $found }
error-log-before-checkpoint = change #{ $seq } reaches back before the checkpoint at #{ $at }; the whole log is needed
error-log-undo = undo of #{ $target }, which is not the last change in effect
error-log-redo = redo of #{ $target }, which is not the last change undone
error-log-not-in-log = change #{ $target } is not in the log
error-session-agenda-invalid = its copy of the agenda no longer validates: { $problems }
error-session-replay-earlier = replaying the whole log asked for an earlier one
error-session-change-misfit = change #{ $seq } does not fit the agenda: { $why }
error-session-replay-failed = replaying the session failed unexpectedly
error-schema-unreadable = its schema cannot be read ({ $why })
error-schema-own = talanoa could not build its own schema
error-schema-extra = it has a { $kind } "{ $name }" (on "{ $table }") that talanoa never creates
error-schema-changed = its { $kind } "{ $name }" is not defined as talanoa defines it
error-schema-missing = its { $kind } "{ $name }" is missing
error-schema-more = ; and { $count } more difference(s)
error-schema-differs = its schema is not talanoa's: { $what }
error-session-log-changed = the log changed while it was open for recording
error-session-undo-redo = use undo() and redo() to undo or redo
error-session-not-kept = the change was not kept

## verify: why minutes or an export do not match the record.

error-verify-no-stamp = it states no session record (no "{ $lead }" line); export the minutes again with this talanoa
error-verify-removed = it was produced from a record of { $stated } changes, but the session holds only { $held }: { $span } removed from the session since
error-verify-earlier = it was produced from this record when it held { $stated } changes; the session now holds { $held }, and { $span } recorded since: export it again
error-verify-span-removed = { $many ->
    [one] change #{ $to } has been
   *[many] changes #{ $from }-#{ $to } have been
}
error-verify-span-added = { $many ->
    [one] change #{ $to } was
   *[many] changes #{ $from }-#{ $to } were
}
error-verify-different = it states hash { $stated } for change #{ $seq }, but this session's change #{ $seq } has hash { $held }: it was not produced from this record
error-verify-edited = it states this record, but its text differs from what the record produces (first at line { $line }): it was edited after export
error-verify-checkpoint = its checkpoint gives a different record than its log: the checkpoint was rewritten. The log itself is intact and exports read it; deleting the checkpoint row (`DELETE FROM checkpoint`) makes the chair's screen replay the log too
error-verify-kind = { $kind ->
    [md] Markdown minutes
    [html] HTML minutes
    [docx] Word minutes
    [json] JSON record
    [csv] CSV of positions
   *[xlsx] spreadsheet of positions
}
error-verify-document = { $document ->
    [outcomes] Outcomes
   *[record] Summary record
}
error-verify-bom = with a byte order mark

## Files read and written by the exports and verify.

error-file-not-regular = it is a folder, a device or a pipe, not a file
error-file-is-folder = it is a folder, not a file
error-file-is-device = it is a device, a pipe or a socket, not a file
error-file-too-big = it is larger than { $max } MiB, the most talanoa reads
error-docx = cannot write the Word document: { $why }
error-json-not-whole = the history before the session's checkpoint is not loaded; read the whole session first

## Amendments refused (add-option, add-item, add-member, rename).

error-amend-bad-id = "{ $id }" cannot be the id of { $what }: use 1-16 characters of A-Z a-z 0-9 - _
error-amend-taken = there is already { $what } with the id "{ $id }"; choose another id
error-amend-what-item = an item
error-amend-what-member = a member
error-amend-what-option = an option in item "{ $item }"
error-amend-empty = the { $what ->
    [option-title] option's title
    [item-title] item's title
    [member-name] member's name
    [name] name
   *[title] title
} is empty; give the words
error-amend-unchanged = the { $field } is already "{ $text }"; nothing to correct
error-amend-wrong-field = { $field } cannot be corrected here: correct { $of ->
    [member] a member's name or name-in-text
   *[item] an item's or option's title or summary
}
error-amend-not-correction = not a correction
error-amend-not-amendment = not an amendment
error-amend-no-item = item #{ $n } is not in the agenda
error-amend-correction-missing = the correction names something not in the agenda
error-stored-words = has words that cannot be read ({ $why })
error-stored-item-kind = has an unknown item kind "{ $kind }"
error-stored-role = has an unknown role "{ $role }"
error-stored-field = corrects an unknown field "{ $field }"
