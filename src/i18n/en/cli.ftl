# The command line's own messages: what each command prints, and its
# refusals. (Message ids begin with `cli-`.)

## record, attend, decide, action

cli-not-agreed-hint = { $error }. To record it anyway, add --despite-status (the minutes will say so)
cli-by-empty = --by must not be empty; say who entered the change, e.g. --by "Forum Secretariat"
cli-by-unknown = cannot tell who is entering the change ($USER is not set and the system has no name for this user); say who with --by, e.g. --by "Forum Secretariat"
cli-agenda-not-used = note: { $session } already exists and keeps its own copy of the agenda; --agenda { $agenda } was not used
cli-session-started = started session { $session } from { $agenda }
cli-saved = saved #{ $seq } ({ $kind }) in { $session }
cli-flag-empty = { $flag } must not be empty
cli-bad-due = --due { $due } is not a date written YYYY-MM-DD; write it like --due 2024-10-31

## amend

cli-amend-no-session = amend needs --session FILE, e.g. talanoa amend --session sessions/forum.talanoa add-item --item aob --title "Other business"
cli-amend-bad-role = --role "{ $role }" is not a role; use member, observer, associate-member, dialogue-partner or agency
cli-amend-one-rename = rename corrects one thing at a time: give one of --name, --name-in-text, --title or --summary
cli-amend-subject = a correction names either a member, or an item (and one of its options)

## validate, init

cli-ok = ok { $path }
cli-mkdir-failed = cannot create folder { $folder }: { $why }
cli-init-exists = { $path } already exists; talanoa init never overwrites a file: name a new path
cli-create-failed = cannot create { $path }: { $why }
cli-init-write-failed = cannot write { $path }: { $why }; nothing was left behind, fix the cause and run init again
cli-init-wrote = wrote { $path }
cli-init-next = edit it, then check it with: talanoa validate { $path }

## export

cli-export-onto-session = -o { $path } is the session file itself or a file SQLite keeps beside it; choose another file for the export
cli-export-bom = --bom is for --format csv only; leave it out for other formats
cli-export-binary = a { $kind ->
    [docx] Word minutes
   *[xlsx] spreadsheet of positions
} is a binary file, not for the terminal; write it to a file, e.g. -o minutes.{ $kind }
cli-export-cannot-produce = cannot produce the export: { $why }
cli-export-write-failed = cannot write { $path }: { $why }; the session itself is unchanged
cli-wrote = wrote { $path }
cli-stdout-failed = cannot write to standard output: { $why }

## verify

cli-verify-intact = ok { $session }: the record is intact ({ $count } { $count ->
    [one] change
   *[other] changes
}; hash of the last change: { $hash })
cli-verify-unreadable = cannot read { $path }: { $why }; check the path given to --minutes
cli-verify-matches = ok { $path }: produced from this record as it stands ({ $what })
cli-verify-differs = { $path } does not match { $session }: { $why }

## review

cli-review-live-terminal = --live needs a terminal; without it, review prints the record and exits
