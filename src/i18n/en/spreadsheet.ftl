# The spreadsheet export (xlsx): sheet names and column headers.

sheet-positions = All positions
sheet-history = Change history
sheet-status = Status
col-item = Item
col-item-title = Item title
col-option = Option
col-option-title = Option title
col-member = Member
col-member-name = Member name
col-role = Role
col-present = Present
col-stance = Stance
col-stance-label = Stance label
col-effect = Effect
col-statement = Statement
col-recorded-at = Recorded at
col-seq = No.
col-by = Entered by
col-change = Change
col-details = Details
cell-yes = yes
cell-no = no
cell-cleared = (cleared)
cell-present = present
cell-absent = absent
cell-cut = { " " }[cut: the full text is in the JSON export]
sheet-about = About this file
# A delegation's role in the sheets: the agenda's own words.
cell-role-member = member
cell-role-observer = observer
cell-role-associate-member = associate-member
cell-role-dialogue-partner = dialogue-partner
cell-role-agency = agency
# An option's status in the sheets: the export's words.
cell-status-consensus = consensus
cell-status-consensus-with-reservations = consensus-with-reservations
cell-status-no-consensus = no-consensus
cell-status-pending = pending
