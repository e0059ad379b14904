# Le compte rendu, dans ses deux documents : les Résultats et le Compte
# rendu analytique. Le registre est celui du Forum : la Réunion pour sujet,
# le passé composé, des positions décrites sans blâme, jamais un mot de vote.
# Tournures épicènes : le participe ne s'accorde jamais avec une délégation.

## Listes et nombres

list-and = { $rest } et { $last }
clause-join = { " " };{ " " }
sep-colon = { " " }:
sep-semicolon = { " " };
count-members = { $n ->
    [0] aucun membre
    [1] un membre
    [2] deux membres
   *[other] plusieurs membres
}
count-all-members = tous les membres
count-observer = { $n ->
    [0] aucun observateur
    [1] un observateur
    [2] deux observateurs
   *[other] plusieurs observateurs
}
count-associate-member = { $n ->
    [0] aucun membre associé
    [1] un membre associé
    [2] deux membres associés
   *[other] plusieurs membres associés
}
count-dialogue-partner = { $n ->
    [0] aucun partenaire de dialogue
    [1] un partenaire de dialogue
    [2] deux partenaires de dialogue
   *[other] plusieurs partenaires de dialogue
}
count-agency = { $n ->
    [0] aucune agence
    [1] une agence
    [2] deux agences
   *[other] plusieurs agences
}
role-one-member = membre
role-one-observer = observateur
role-one-associate-member = membre associé
role-one-dialogue-partner = partenaire de dialogue
role-one-agency = agence
role-many-member = membres
role-many-observer = observateurs
role-many-associate-member = membres associés
role-many-dialogue-partner = partenaires de dialogue
role-many-agency = agences
number-word = { $n ->
    [0] aucun
    [1] un
    [2] deux
    [3] trois
    [4] quatre
    [5] cinq
    [6] six
    [7] sept
    [8] huit
    [9] neuf
    [10] dix
    [11] onze
    [12] douze
    [13] treize
    [14] quatorze
    [15] quinze
    [16] seize
    [17] dix-sept
    [18] dix-huit
    [19] dix-neuf
    [20] vingt
   *[other] { $n }
}

## Les options et les mots de la présidence

option-np-the = l'{ $title }
option-np-proposal = la proposition : { $title }
action-tasked = a chargé { $owner } { $what }{ $by }
action-agreed = est convenue de l'action suivante : { $what }{ $by }
action-by = { " " }d'ici au { $date }

## Le registre de l'issue d'une option

clause-reservation = { $who } { $n ->
    [one] a rejoint
   *[other] ont rejoint
} le consensus avec { $d ->
    [one] une réserve
   *[other] des réserves
}
clause-stand-aside = { $who } { $n ->
    [one] n'a pas fait obstacle au consensus
   *[other] n'ont pas fait obstacle au consensus
}
clause-none-heard = aucun membre n'a encore été entendu
clause-not-heard = { $who } { $n ->
    [one] n'a pas encore été entendu
   *[other] n'ont pas encore été entendus
}
clause-pending = { $who } { $n ->
    [one] attend des instructions de sa capitale
   *[other] attendent des instructions de leur capitale
}
clause-block = { $who } { $n ->
    [one] n'a pas été en mesure de se joindre au consensus
   *[other] n'ont pas été en mesure de se joindre au consensus
}
why-nobody-present = aucun membre n'était présent
outcome-consensus = La réunion est parvenue à un consensus sur { $np }.
outcome-minus-one = La réunion est parvenue à un consensus sur { $np } selon la règle du consensus moins un ; { $who } { $n ->
    [one] n'a pas été en mesure de se joindre au consensus
   *[other] n'ont pas été en mesure de se joindre au consensus
}.
outcome-no-consensus = Le consensus n'a pas été atteint sur { $np }{ $sep } { $who } { $n ->
    [one] n'a pas été en mesure de se joindre au consensus
   *[other] n'ont pas été en mesure de se joindre au consensus
}.
outcome-pending = Aucune décision n'a été prise sur { $np }{ $sep } { $why }.
entry-agreed = a approuvé { $np }
entry-minus-one = a approuvé { $np } selon la règle du consensus moins un, { $who } n'étant pas en mesure de se joindre au consensus
entry-no-consensus = n'a pas été en mesure de parvenir à un consensus sur { $np } ({ $who } { $n ->
    [one] n'a pas été en mesure de se joindre au consensus
   *[other] n'ont pas été en mesure de se joindre au consensus
})
entry-revert = est convenue de revenir sur { $np } après consultation des capitales ({ $why })
entry-nobody-present = n'a pas examiné { $np }, aucun membre n'étant présent
entry-not-concluded = n'a pas achevé l'examen { $np_de } ({ $why })
entry-untouched-one = n'a pas encore examiné { $np }
entry-untouched-many = n'a pas encore examiné les options { $titles }
entry-noted = a noté { $what }
despite-early = la présidence a consigné l'adoption { $np_de } avant que la réunion ne soit parvenue à un consensus à son sujet
despite-no-consensus = la présidence a consigné l'adoption { $np_de } bien que le consensus n'ait pas été atteint à son sujet
despite-pending = la présidence a consigné l'adoption { $np_de } bien qu'aucune décision n'ait été prise à son sujet

## La participation

attended-by = Ont participé à la réunion : { $names }.
no-member-attended = Aucun membre n'a participé à la réunion.
conveyed-apologies = { $names } { $n ->
    [one] a présenté ses excuses
   *[other] ont présenté leurs excuses
}.
attended-as = { $names } { $n ->
    [one] a participé
   *[other] ont participé
} en qualité { $category }.
category-associate-member = { $n ->
    [one] de Membre associé
   *[other] de Membres associés
}
category-forum-dialogue-partner = { $n ->
    [one] de Partenaire de dialogue du Forum
   *[other] de Partenaires de dialogue du Forum
}
category-dialogue-partner = { $n ->
    [one] de Partenaire de dialogue
   *[other] de Partenaires de dialogue
}
category-observer = { $n ->
    [one] d'Observateur
   *[other] d'Observateurs
}
category-agency = { $n ->
    [one] d'Agence
   *[other] d'Agences
}
counted-attended = { $count } { $n ->
    [one] membre a participé à la réunion
   *[other] membres ont participé à la réunion
}
counted-apologies = { " " }; { $count } { $n ->
    [one] a présenté ses excuses
   *[other] ont présenté leurs excuses
}
counted-also = { $list } { $n ->
    [one] a également participé à la réunion
   *[other] ont également participé à la réunion
}.
counted-role = { $count } { $noun }
attendance-members-present = Membres présents
attendance-members = Membres
attendance-apologies = Excusés
attendance-none = aucun
attendance-role-present = { $role } présents

## Les Résultats

outcomes-word = RÉSULTATS
draft-word = Projet
held-under-rule = Réunion tenue selon la règle de Chatham House.
the-meeting = La Réunion :
convened-body = La réunion { $body } s'est tenue
convened-no-body = La réunion s'est tenue
convened-in = { " " }à { $venue },
convened-on = { " " }le { $date }
convened-chaired = sous la présidence { $chair }
convened-supported = avec l'appui { $secretary }, qui en a assuré le secrétariat
convened-the-body = { $body }
opened-prayer = La réunion s'est ouverte par une prière{ $led }.
closed-prayer = La réunion s'est close par une prière{ $led }.
prayer-led-by = { " " }prononcée par { $who }
adopted-agenda = La Réunion a adopté l'ordre du jour.
adoption-not-recorded = L'adoption de l'ordre du jour n'a pas été consignée.
no-other-business = Il n'y a pas eu de questions diverses.
no-other-business-raised = Aucune question diverse n'a été soulevée.
invited-other-business = La présidence a invité les membres à soulever des questions diverses.
item-heading = Point { $n } de l'ordre du jour : { $title }
introduced-item = La présidence a présenté le point.
introduced-proposal = La présidence a présenté le point et la proposition soumise à la Réunion : { $titles }.
introduced-options = La présidence a présenté le point et les { $count } options soumises à la Réunion : { $titles }.
thanked = La présidence a remercié { $list } de leur participation.
thanks-word = remerci

## Le Compte rendu analytique

label-reference = Cote
label-convened-by = Convoquée par
label-venue = Lieu
label-date = Date
label-chair = Présidence
label-secretary = Secrétariat
rule-consensus = Décisions prises par consensus.
rule-minus-one = Décisions prises par consensus moins un.
attribution-attributed = Les déclarations et les positions sont attribuées aux délégations.
attribution-chatham-house = Réunion tenue selon la règle de Chatham House : les déclarations et les positions ne sont pas attribuées.
closing-prepared = Le présent compte rendu a été établi par { $by } à partir du registre de la session talanoa. { $record }
closing-secretariat = le secrétariat
closing-last-change = La dernière modification a été consignée le { $at } ; le registre compte { $n } { $n ->
    [one] modification
   *[other] modifications
}.
closing-no-change = Aucune modification n'avait été consignée lors de son établissement.
speaker-named = { $name } ({ $role })
speaker-member = Un membre
speaker-observer = Un observateur
speaker-associate-member = Un membre associé
speaker-dialogue-partner = Un partenaire de dialogue
speaker-agency = Une agence
all-speakers = Tous les intervenants
no-outcome = Aucun résultat n'a été consigné pour ce point.
outcome-words = La Réunion : { $clause }.
option-adopted = { " " }Option retenue : { $title }.
not-yet-heard = Pas encore entendus
absent = Absents{ $tag }
role-tag = { " " }({ $roles })
heading-opening = Ouverture
heading-attendance = Participation
heading-summary = Récapitulatif des décisions
heading-register = Registre des actions
heading-closing = Clôture
heading-questions = Questions pour le talanoa
heading-talanoa = Le talanoa
heading-outcome = Résultat
heading-actions = Actions découlant du point
no-actions = Aucune action n'a été consignée.
no-statements = Aucune déclaration n'a été consignée sur ce point.
speaking-time = Temps de parole : { $times }.
speaking-join = { " " };{ " " }
statement-on = sur
action-owner-due = (responsable : { $owner } ; échéance : { $due })
col-number = N°
col-action = Action
col-owner = Responsable
col-due = Échéance
col-item-of-action = Point
col-position = Position
col-delegations = Délégations
html-title-record = Compte rendu
html-title-outcomes = Résultats
entry-end-more = { " " };
entry-end-and = { " " }; et
entry-end-last = .
bar-support = { $n } { $n ->
    [one] soutien
   *[other] soutiens
}
bar-reservation = { $n } { $n ->
    [one] réserve
   *[other] réserves
}
bar-stand-aside = { $n } sans faire obstacle
bar-pending = { $n } en attente
bar-block = { $n } ne pouvant se joindre
bar-not-heard = { $n } pas encore { $n ->
    [one] entendu
   *[other] entendus
}
bar-nobody = aucun membre présent

## Modifications apportées en séance (compte rendu analytique)

option-proposed-by = { $title } : proposition faite en séance par { $who }.
option-proposed = { $title } : proposition faite en séance.
# qui a proposé une option ajoutée en séance, quand l'ordre du jour ne nomme pas de présidence
proposer-the-chair = la présidence
heading-corrections = Corrections apportées en séance
correction-text = « { $was } » a été corrigé en « { $now } ».
correction-name-in-text = Le nom dans une phrase « { $was } » a été corrigé en « { $now } ».
correction-summary = Le résumé de « { $title } » a été corrigé.
correction-unnamed = Le nom d'une délégation a été corrigé.
entry-proposed-by = a noté que la proposition « { $title } » a été faite en séance par { $who }
entry-proposed = a noté que la proposition « { $title } » a été faite en séance
