# The chair's screen: its labels, the `?` help and key descriptions, the
# dialogs, the status line, the agenda picker and the review pager.
# (Message ids begin with `screen-`, `key-`, `dialog-`, `status-` or `picker-`.)
