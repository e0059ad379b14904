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
