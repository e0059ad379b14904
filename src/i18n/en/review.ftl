# talanoa review: what a delegation reads back.

review-title = { $title }: the record of positions
review-session = session { $path }, { $n ->
    [one] 1 change
   *[other] { $n } changes
}
review-member = { $name } ({ $id }): { $role }{ $group }, { $presence }
review-present = present
review-absent = absent
review-current = { "  " }Current positions:
review-history = { "  " }History (oldest first):
review-speaking = { "  " }Speaking time:
review-none = { "    " }none recorded
review-no-change = { "    " }no change recorded
review-not-heard = not yet heard
review-position = { $item } / { $option }: { $stance } (recorded { $at } by { $by })
review-change = #{ $seq } { $at } by { $by }: { $what }
review-undid = undid #{ $target }
review-redid = redid #{ $target }
review-stance = { $item } / { $option }: { $stance }
review-stance-statement = { $item } / { $option }: { $stance }, with a statement
review-cleared = { $item } / { $option }: stance cleared
review-statement-removed = { $item } / { $option }: statement removed
review-statement = { $item } / { $option }: statement
review-marked-present = marked present
review-marked-absent = marked absent
review-spoke = { $item }: spoke for { $time }
review-action-withdrawn = { $item }: action #{ $action } withdrawn
review-duration = { $m }m { $s }s
