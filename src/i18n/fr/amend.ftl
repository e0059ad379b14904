# Amendements sur l'écran de la présidence : dialogues de leurs touches et marques.
# (Les identifiants commencent par `amend-`.)

key-amend = amender la réunion
key-amend-more = un menu des quatre amendements : ajouter une option à ce point, ajouter un point (questions diverses), ajouter un membre (délégation arrivée en retard), corriger un nom, un titre ou un résumé (voir *Amender la réunion à l'écran*)
amend-menu-title = Amender la réunion
amend-menu-option = Ajouter une option à ce point
amend-menu-item = Ajouter un point (questions diverses)
amend-menu-member = Ajouter un membre (délégation arrivée en retard)
amend-menu-rename = Corriger un nom, un titre ou un résumé
amend-menu-hint = 1-4 ou ↑ ↓ Entrée pour choisir · Échap : rien n'est consigné
amend-no-item = cet ordre du jour ne comporte aucun point à amender ici
amend-nothing = rien n'est consigné
amend-the-chair = la présidence
amend-label-id = Identifiant
amend-label-title = Titre
amend-label-summary = Résumé
amend-label-proposed-by = Proposée par
amend-label-option-id = Identifiant de l'option { $n }
amend-label-option-title = Titre de l'option { $n }
amend-label-name = Nom
amend-label-role = Rôle
amend-label-group = Groupe
amend-label-what = Corriger
amend-label-text = Texte
amend-option-title = Nouvelle option { $at } au point { $item }
amend-item-title = Nouveau point { $n } (questions diverses)
amend-member-title = Nouveau membre (délégation arrivée en retard)
amend-rename-title = Corriger un nom, un titre ou un résumé
amend-hint-id = Identifiant : de 1 à 16 caractères parmi A-Z a-z 0-9 - _
amend-hint-more-options = Ctrl-N : une autre option · une option laissée vide est ignorée
amend-hint-groups = Groupes : { $groups }
amend-hint-form = Tab ou ↓ : champ suivant · ↑ : précédent · ← → : choisir
amend-hint-save = Entrée sur le dernier champ : consigner · Échap : rien n'est consigné
amend-hint-rename = ← → : élément à corriger · un résumé laissé vide est retiré
amend-target-name = le nom de { $who }
amend-target-item-title = le titre du point { $n }
amend-target-item-summary = le résumé du point { $n }
amend-target-option-title = le titre de l'option { $at }
amend-target-option-summary = le résumé de l'option { $at }
amend-added-option = option { $at } « { $title } » ajoutée après les autres : → permet d'y accéder
amend-added-item = point { $n } « { $title } » ajouté à la fin : ] permet d'y accéder
amend-added-member = ajout à la liste des membres : { $name }
amend-corrected = corrigé en « { $text } »
amend-mark = ✚
amend-details-added = Ajoutée en cours de réunion
amend-details-added-by = Ajoutée en cours de réunion, proposée par { $who }
amend-undo-option = l'option « { $text } » ajoutée en cours de réunion
amend-undo-item = le point « { $text } » ajouté en cours de réunion
amend-undo-member = ajout en cours de réunion : { $text }
# annulation ou rétablissement d'un point ajouté avec ses options, toutes à la fois
amend-undo-with-options = { $what } avec { $n ->
    [one] son option
   *[other] ses { $n } options
}
# annulation refusée : elle retirerait le membre ou le point chronométré
amend-undo-timing = chronomètre en cours ({ $name }) : Espace l'arrête et enregistre le temps, puis u annule la modification ; rien n'a été annulé
amend-undo-rename = la correction en « { $text } »
# the rename form: a summary's line breaks are kept
amend-hint-lines = un résumé garde ses retours à la ligne : ← → les franchissent
# a correction refused: only spaces or line breaks differ
error-amend-only-spacing = la correction ne diffère du texte actuel que par des espaces ou des retours à la ligne ; rien à corriger
# Ctrl-N past the add-item form's limit of options
amend-item-options-full = ce formulaire accepte { $n } options au plus ; ajoutez-en d'autres ensuite (Ctrl-e 1 : ajouter une option)
# correcting `name` of a member the screen shows under its French name
amend-target-name-en = le nom anglais de { $who }
