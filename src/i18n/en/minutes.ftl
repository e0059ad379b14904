# The minutes, both documents: the Outcomes and the Summary record.
# The register is the Forum's: the meeting as collective subject, past
# tense, positions without blame, never a word of voting.

## Lists and counts

list-and = { $rest } and { $last }
# Clauses of one sentence, after the first.
clause-join = ;{ " " }
# Before the reason after an option's name: a colon, or a semicolon when
# the name has its own colon.
sep-colon = :
sep-semicolon = ;
count-members = { $n ->
    [0] no member
    [1] one member
    [2] two members
   *[other] several members
}
count-all-members = all members
count-observer = { $n ->
    [0] no observer
    [1] an observer
    [2] two observers
   *[other] several observers
}
count-associate-member = { $n ->
    [0] no associate member
    [1] an associate member
    [2] two associate members
   *[other] several associate members
}
count-dialogue-partner = { $n ->
    [0] no dialogue partner
    [1] a dialogue partner
    [2] two dialogue partners
   *[other] several dialogue partners
}
count-agency = { $n ->
    [0] no agency
    [1] an agency
    [2] two agencies
   *[other] several agencies
}
role-one-member = member
role-one-observer = observer
role-one-associate-member = associate member
role-one-dialogue-partner = dialogue partner
role-one-agency = agency
role-many-member = members
role-many-observer = observers
role-many-associate-member = associate members
role-many-dialogue-partner = dialogue partners
role-many-agency = agencies
# A count in words as prose writes it; figures from 21.
number-word = { $n ->
    [0] no
    [1] one
    [2] two
    [3] three
    [4] four
    [5] five
    [6] six
    [7] seven
    [8] eight
    [9] nine
    [10] ten
    [11] eleven
    [12] twelve
    [13] thirteen
    [14] fourteen
    [15] fifteen
    [16] sixteen
    [17] seventeen
    [18] eighteen
    [19] nineteen
    [20] twenty
   *[other] { $n }
}

## Options and the chair's words

# An option's title as a noun phrase.
option-np-the = the { $title }
option-np-proposal = the proposal: { $title }
action-tasked = tasked { $owner } to { $what }{ $by }
action-agreed = agreed on the action: { $what }{ $by }
action-by = { " " }by { $date }

## The register of an option's outcome

# $n: the count the verb agrees with; $d: how many delegations.
clause-reservation = { $who } { $d ->
    [one] joined consensus with a reservation
   *[other] joined consensus with reservations
}
clause-stand-aside = { $who } did not stand in the way of consensus
clause-none-heard = no member has yet been heard
clause-not-heard = { $who } { $n ->
    [one] has
   *[other] have
} not yet been heard
clause-pending = { $who } { $n ->
    [one] awaits instructions from capital
   *[other] await instructions from capital
}
clause-block = { $who } could not join consensus
why-nobody-present = no member was present
outcome-consensus = The meeting reached consensus on { $np }.
outcome-minus-one = The meeting reached consensus on { $np } under the consensus-minus-one rule; { $who } could not join consensus.
outcome-no-consensus = Consensus was not reached on { $np }{ $sep } { $who } could not join consensus.
outcome-pending = No decision was reached on { $np }{ $sep } { $why }.
entry-agreed = agreed to { $np }
entry-minus-one = agreed to { $np } under the consensus-minus-one rule, { $who } not being in a position to join consensus
entry-no-consensus = was not in a position to reach consensus on { $np } ({ $who } could not join consensus)
entry-revert = agreed to revert to { $np } after consultation with capitals ({ $why })
entry-nobody-present = did not take up { $np }, no member being present
entry-not-concluded = did not conclude its consideration of { $np } ({ $why })
entry-untouched-one = did not yet take up { $np }
entry-untouched-many = did not yet take up the options { $titles }
entry-noted = noted that { $what }
despite-early = the Chair recorded the adoption of { $np } before the meeting had reached consensus on it
despite-no-consensus = the Chair recorded the adoption of { $np } although consensus was not reached on it
despite-pending = the Chair recorded the adoption of { $np } although no decision had been reached on it

## Who attended

attended-by = The meeting was attended by { $names }.
no-member-attended = No member attended.
conveyed-apologies = { $names } conveyed apologies.
attended-as = { $names } attended as { $category }.
category-associate-member = { $n ->
    [one] an Associate Member
   *[other] Associate Members
}
category-forum-dialogue-partner = { $n ->
    [one] a Forum Dialogue Partner
   *[other] Forum Dialogue Partners
}
category-dialogue-partner = { $n ->
    [one] a Dialogue Partner
   *[other] Dialogue Partners
}
category-observer = { $n ->
    [one] an Observer
   *[other] Observers
}
category-agency = { $n ->
    [one] an Agency
   *[other] Agencies
}
counted-attended = { $count } { $n ->
    [one] member
   *[other] members
} attended
counted-apologies = ; { $count } conveyed apologies
counted-also = { $list } also attended.
# A counted category in a list: "two observers".
counted-role = { $count } { $noun }
attendance-members-present = Members present
attendance-members = Members
attendance-apologies = Apologies
attendance-none = none
attendance-role-present = { $role } present

## The Outcomes document

outcomes-word = OUTCOMES
draft-word = Draft
held-under-rule = Held under the Chatham House Rule.
the-meeting = The Meeting:
convened-body = { $body } met
convened-no-body = The meeting was held
convened-in = { " " }in { $venue },
convened-on = { " " }on { $date }
convened-chaired = chaired by { $chair }
convened-supported = supported by { $secretary } as secretariat
# The subject when the body has no article of its own.
convened-the-body = The { $body }
opened-prayer = The meeting opened with a prayer{ $led }.
closed-prayer = The meeting closed with a prayer{ $led }.
prayer-led-by = { " " }led by { $who }
adopted-agenda = The Meeting adopted the agenda.
adoption-not-recorded = The adoption of the agenda was not recorded.
no-other-business = There was no other business.
no-other-business-raised = No other business was raised.
invited-other-business = The Chair invited members to raise other business.
item-heading = Agenda item { $n }: { $title }
introduced-item = The Chair introduced the item.
introduced-proposal = The Chair introduced the item and the proposal before the Meeting: { $titles }.
introduced-options = The Chair introduced the item and the { $count } options before the Meeting: { $titles }.
thanked = The Chair thanked { $list } for their participation.
# The word a closing text uses when it carries the thanks itself.
thanks-word = thank

## The Summary record

label-reference = Reference
label-convened-by = Convened by
label-venue = Venue
label-date = Date
label-chair = Chair
label-secretary = Secretary
rule-consensus = Decisions by consensus.
rule-minus-one = Decisions by consensus minus one.
attribution-attributed = Statements and positions are attributed to delegations.
attribution-chatham-house = Held under the Chatham House Rule: statements and positions are not attributed.
closing-prepared = These minutes were prepared by { $by } from the talanoa session record. { $record }
closing-secretariat = the secretariat
closing-last-change = The last change was recorded on { $at }, and the record holds { $n } { $n ->
    [one] change
   *[other] changes
}.
closing-no-change = No change had been recorded when they were produced.
speaker-named = { $name } ({ $role })
speaker-member = One member
speaker-observer = An observer
speaker-associate-member = An associate member
speaker-dialogue-partner = A dialogue partner
speaker-agency = An agency
all-speakers = All speakers
no-outcome = No outcome was recorded for this item.
outcome-words = The Meeting: { $clause }.
option-adopted = { " " }Option adopted: { $title }.
not-yet-heard = Not yet heard
absent = Absent{ $tag }
role-tag = { " " }({ $roles })
heading-opening = Opening
heading-attendance = Attendance
heading-summary = Summary of decisions
heading-register = Action register
heading-closing = Closing
heading-questions = Talanoa questions
heading-talanoa = The talanoa
heading-outcome = Outcome
heading-actions = Actions arising
no-actions = No actions were recorded.
no-statements = No statements were recorded on this item.
speaking-time = Speaking time: { $times }.
speaking-join = ;{ " " }
statement-on = on
action-owner-due = (owner: { $owner }; due: { $due })
col-number = No.
col-action = Action
col-owner = Owner
col-due = Due
col-item-of-action = Item
col-position = Position
col-delegations = Delegations
html-title-record = Minutes
html-title-outcomes = Outcomes
# How an entry of "The Meeting:" ends: more to come, the last but one, the last.
entry-end-more = ;
entry-end-and = ; and
entry-end-last = .
# The chart of positions under each option in the HTML minutes.
bar-support = { $n } { $n ->
    [one] support
   *[other] supports
}
bar-reservation = { $n } { $n ->
    [one] reservation
   *[other] reservations
}
bar-stand-aside = { $n } { $n ->
    [one] stand-aside
   *[other] stand-asides
}
bar-pending = { $n } pending
bar-block = { $n } cannot join
bar-not-heard = { $n } not yet heard
bar-nobody = no member present

## Amendments made in the meeting (Summary record)

# An option added in the meeting, after its title.
option-proposed-by = { $title } was proposed in the meeting by { $who }.
option-proposed = { $title } was proposed in the meeting.
# who proposed an option added in the meeting, when the agenda names no chair
proposer-the-chair = the Chair
# The history annex: corrections made in the meeting, before the closing.
heading-corrections = Corrections made in the meeting
correction-text = “{ $was }” was corrected to “{ $now }”.
correction-name-in-text = The name in a sentence “{ $was }” was corrected to “{ $now }”.
correction-summary = The summary of “{ $title }” was corrected.
correction-unnamed = The name of a delegation was corrected.
# The Outcomes' entry for an option added in the meeting.
entry-proposed-by = noted that { $title } was proposed in the meeting by { $who }
entry-proposed = noted that { $title } was proposed in the meeting
