# Amendments on the chair's screen: their keys' dialogs and marks.
# (Message ids begin with `amend-`.)
