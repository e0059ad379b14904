# Errors of the agenda, the session and the exports, as the user reads
# them. (Message ids begin with `error-`.)
