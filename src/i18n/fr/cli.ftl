# The command line's own messages: what each command prints, and its
# refusals. (Message ids begin with `cli-`.)
