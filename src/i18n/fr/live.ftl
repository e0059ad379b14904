# The live view (`review --live`) and its projector layout.
# (Message ids begin with `live-`.)
