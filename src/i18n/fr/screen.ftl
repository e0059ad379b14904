# The chair's screen: its labels, the `?` help and key descriptions, the
# dialogs, the status line, the agenda picker and the review pager.
# (Message ids begin with `screen-`, `key-`, `dialog-`, `status-` or `picker-`.)

## Les touches (src/keys.rs) : quelques mots pour l'aide `?`, et davantage
## (`-more`) pour la liste des touches du guide de la présidence.

key-up = membre au-dessus
key-up-more = s'arrête au premier ; fait défiler les détails quand ils ont le clavier
key-down = membre en dessous
key-down-more = s'arrête au dernier ; fait défiler les détails quand ils ont le clavier
key-first = premier membre
key-last = dernier membre
key-prev-option = option précédente
key-prev-option-more = du point en cours
key-next-option = option suivante
key-next-option-more = du point en cours
key-prev-item = point précédent
key-next-item = point suivant
key-clear = effacer la position
key-clear-more = la position redevient *à entendre*
key-statement = déclaration du membre
key-statement-more = la rédiger ou la modifier sur cette option ; dans l'éditeur, `Échap` garde le texte, `Ctrl-C` abandonne la modification
key-attendance = présence / absence
key-timer = temps de parole, tour
key-timer-more = lance le chronomètre pour le membre sélectionné ; une seconde pression consigne le temps et sélectionne le membre présent suivant
key-outcome = conclusion du point
key-outcome-more = rédiger ou modifier la conclusion du point (« La Réunion : … ») ; `Échap` sur un texte inchangé ne consigne rien, un texte vide la retire. Lorsque la conclusion adopte une option (nommée avec `talanoa decide --option`) qui n'a plus le consensus, l'enregistrement est refusé, la raison s'affiche sur la ligne d'état et le texte reste dans l'éditeur
key-actions = actions du point
key-actions-more = ajouter une action (texte, responsable, échéance `AAAA-MM-JJ`) ; `PgPréc` `PgSuiv` affichent les actions consignées sur le point pour en modifier une (enregistrée comme l'ancien texte retiré et le nouveau consigné), `Ctrl-W` retire celle affichée : elle disparaît du compte rendu et est barrée dans l'historique
key-find = chercher un membre
key-find-more = taper un identifiant ou une partie d'un nom (sans tenir compte des majuscules ni des accents), `↑ ↓` pour choisir, `Entrée` pour sélectionner
key-focus = liste ou détails
key-focus-more = le volet dans lequel les flèches se déplacent
key-export = exporter (compte rendu)
key-export-more = choisir le format (`↑` `↓`), le compte rendu (`d` : Résultats ou Compte rendu analytique) et l'attribution (`a`) ; `Entrée` l'écrit à côté du fichier de session, dans la langue de l'écran
key-undo = annuler la modification
key-undo-more = gardée dans l'historique ; la ligne d'état indique ce qui a été annulé
key-redo = rétablir l'annulation
key-help = cette aide
key-quit = quitter, tout est gardé
key-quit-more = tout est déjà enregistré

# Les noms des touches dans l'aide (flèches et lettres telles quelles).
key-name-space = Espace
key-name-ctrl = Ctrl-{ $key }
key-name-home = Début
key-name-end = Fin
key-name-page-up = PgPréc
key-name-page-down = PgSuiv
key-name-enter = Entrée
key-name-backspace = Retour arr.
key-name-tab = Tab
key-name-shift-tab = Maj-Tab

## L'écran de la réunion : en-tête, volets, pied

screen-title = talanoa · { $title }
screen-title-live = talanoa · vue en direct · { $title }
screen-item-count = point { $n }/{ $total }
screen-rule-consensus = règle : consensus
screen-rule-minus-one = règle : consensus−1
# La fin de la ligne des touches, après les touches de l'échelle.
screen-keys-tail = 0 effacer · ? aide
screen-keys-tail-live = ? aide · q quitter
# Les décomptes sous une option, en bref : « 3 pour · 1 rés. · 14 à entendre ».
screen-count-support = { $n } pour
screen-count-reservation = { $n } rés.
screen-count-stand-aside = { $n } à l'écart
screen-count-pending = { $n } en attente
screen-count-block = { $n ->
    [one] { $n } ne peut
   *[other] { $n } ne peuvent
}
screen-count-not-heard = { $n } à entendre
screen-status-consensus = consensus
screen-status-reservations = consensus avec réserves
screen-status-no-consensus = pas de consensus
screen-status-pending = en attente
screen-options = Les options ({ $n })
screen-heading-outcome = Conclusion (d pour la modifier)
screen-heading-actions = Actions (t)
screen-action-due = échéance { $date }
screen-heading-questions = Questions talanoa
screen-heading-background = Contexte
screen-details-focused = Détails (↑↓ défiler, Tab retour)
screen-details = Détails (Tab pour défiler)
# L'intitulé de la liste pour les membres sans groupe.
screen-members = Membres
screen-roster = Participants · { $at } { $title }
screen-more-above = ↑ { $n } de plus
screen-more-below = ↓ { $n } de plus
screen-absent = absence
screen-not-heard = à entendre
screen-no-statement = aucune déclaration sur cette option · Entrée pour en rédiger une
screen-statement = Déclaration · { $name } sur { $at }
screen-history = Historique (u annuler · Ctrl-r rétablir)
screen-history-line = n° { $seq } { $time } { $what }
# Sous la taille minimale ($need : 80×24, $now : la taille de la fenêtre).
screen-small = talanoa a besoin d'une fenêtre plus grande.
screen-small-enlarge = Veuillez l'agrandir à { $need } au moins (elle mesure { $now }).
screen-small-saved = Rien n'est perdu : tout ce qui a été consigné est enregistré.
screen-small-keys = Les touches attendent une fenêtre plus grande : q quitte, ? aide.
# Une touche de l'aide, en bref, sous la taille minimale.
screen-small-help-row = { $keys } : { $what }
# Une modification en quelques mots (historique, annulation, rétablissement).
screen-did-statement = { $name } : déclaration sur { $at }
screen-did-position = { $name } sur { $at }
screen-did-present = { $name } : présence enregistrée
screen-did-absent = { $name } : absence enregistrée
screen-did-spoke = { $name } : temps de parole sur le point { $n }
screen-did-outcome = la conclusion du point { $n }
screen-did-action = action sur le point { $n } : { $text }
screen-did-withdraw-action = action n° { $seq } du point { $n } retirée
screen-again = de nouveau { $stance }
screen-was-now = avant : { $was }, maintenant : { $now }
# La relecture (review) à l'écran.
screen-pager-title = relecture (lecture seule) · { $title }
screen-pager-keys = ↑↓ PgPréc PgSuiv défiler · q quitter · ligne { $n }/{ $total }
screen-needs-terminal = l'écran de la présidence a besoin d'un terminal ; pour consigner depuis un script, utilisez `talanoa record`
screen-failed = l'écran a échoué : { $error }
screen-stopped = arrêté par un signal (SIGTERM ou SIGHUP)
screen-terminal-gone = le terminal a disparu (fermé ou raccroché)
screen-failed-saved = { $what } ; tout ce qui a été consigné était déjà enregistré dans { $path }

## La ligne d'état

status-start = { $n ->
    [one] { $n } modification
   *[other] { $n } modifications
} dans le registre · ? pour l'aide
status-start-live = suivi de la session en direct (lecture seule) · q pour quitter
status-new-session = nouvelle session { $path } · ? pour l'aide
status-resumed = session reprise : { $path } · { $n ->
    [one] { $n } modification
   *[other] { $n } modifications
} · ? pour l'aide
status-resumed-changed = session reprise : le fichier de l'ordre du jour a changé depuis le début de cette session ; la session garde l'ordre du jour tel qu'il était
status-read-only = cet écran ne fait que suivre la session ; la présidence consigne
status-not-recorded-read-only = non consigné : cet écran ne fait que suivre la session ; la présidence consigne
status-key-is = { $key } : « { $what } »
status-wrong-case = « { $key } » ne fait rien, rien n'est consigné ({ $meant }) ; le verrouillage des majuscules est-il activé ?
status-saved = enregistré n° { $seq } · { $time }
status-not-saved = NON ENREGISTRÉ : { $error }
status-not-recorded = non consigné : { $error }
status-already = déjà { $stance } : rien n'est consigné
status-timing = chronomètre : { $name } · Espace pour l'arrêter
status-spoke = { $saved } · temps de parole { $time }
status-nothing-to-undo = rien à annuler
status-nothing-to-redo = rien à rétablir
status-undid = enregistré n° { $seq } · annulation du n° { $target }
status-redid = enregistré n° { $seq } · rétablissement du n° { $target }
# Après une annulation ou un rétablissement, ce sur quoi il portait.
status-did-what = { $did } : { $what }
status-export-failed = échec de l'export : { $error } ; le registre est inchangé
status-wrote = fichier écrit : { $path }
status-paste-ignored = collage ignoré, rien n'est consigné : collez dans une déclaration (Entrée) ou une conclusion (d)
status-small-unsaved = un texte est en cours de rédaction : agrandissez la fenêtre pour le garder ou l'abandonner
status-edit-discarded = modification abandonnée
status-statement-unchanged = déclaration inchangée
status-outcome-unchanged = conclusion inchangée : rien n'est consigné
status-still-absent = rien n'est consigné ; absence maintenue : { $name }
status-find-none = aucun membre ne correspond ; essayez une partie de l'identifiant ou du nom
status-action-keep-first = gardez (Échap) ou abandonnez (Ctrl-C) ce texte avant d'afficher une autre action
status-action-nothing-to-withdraw = rien à retirer : PgPréc affiche les actions consignées sur ce point
status-action-discarded = action abandonnée
status-nothing-recorded = rien n'est consigné
status-action-needs-text = une action a besoin d'un texte : indiquez ce qui est à faire (Ctrl-C pour abandonner)
status-action-bad-date = l'échéance { $due } n'est pas une date écrite AAAA-MM-JJ, par exemple 2024-10-31

## Les boîtes de dialogue

dialog-help-title = Aide · chaque modification est enregistrée aussitôt · toute touche ferme
dialog-line-of = ligne { $n } sur { $total }
dialog-statement-hint = Échap garder · Ctrl-C abandonner · Entrée à la ligne
dialog-outcome-title = Conclusion du point { $n } · La Réunion : …
dialog-outcome-hint = Échap garder · Ctrl-C abandonner
dialog-outcome-hint-recorded = Échap garder · un texte vide la retire · Ctrl-C abandonner
dialog-absent-title = Absence enregistrée
dialog-absent-marked = { $name } : absence enregistrée.
dialog-absent-ask = Enregistrer sa présence et consigner « { $stance } » ?
dialog-absent-keys = o ou Entrée : présence et consignation · autre touche : rien
dialog-find-title = Chercher un membre
dialog-find-none = aucun membre ne correspond
dialog-export-title = Exporter
# Les sortes d'export, par extension de fichier.
dialog-export-md = compte rendu Markdown
dialog-export-html = compte rendu HTML
dialog-export-docx = compte rendu Word
dialog-export-json = registre JSON
dialog-export-csv = positions en CSV
dialog-export-xlsx = tableur des positions
dialog-export-attributed = attribué (délégations nommées)
dialog-export-chatham-house = Chatham House (aucune délégation nommée)
dialog-export-document = Document : { $words }
dialog-export-outcomes = Résultats
dialog-export-record = Compte rendu analytique
dialog-export-attribution = Attribution : { $words }
dialog-export-keys = ↑↓ format · d document · a attribution · Entrée écrire · Échap annuler
# Les intitulés des champs d'une action.
dialog-action-text = Action
dialog-action-owner = Responsable
dialog-action-due = Échéance
dialog-action-shown = Action { $k } sur { $total } du point { $n } (consignée n° { $seq })
dialog-action-new = Nouvelle action sur le point { $n }
dialog-action-new-recorded = Nouvelle action sur le point { $n } · PgPréc : { $total ->
    [one] l'action consignée
   *[other] les { $total } consignées
}
dialog-action-hint = AAAA-MM-JJ · Tab champ suivant · Échap garder · Ctrl-C abandonner
dialog-action-hint-recorded = PgPréc PgSuiv actions consignées · Ctrl-W retirer celle affichée

## Le choix de l'ordre du jour

picker-title = talanoa · choisissez l'ordre du jour à présider
picker-keys = ↑↓ choisir · Entrée ouvrir (ou reprendre) · q quitter
picker-cannot-open = { $file } · ne peut pas être ouvert
picker-no-session = pas encore de session · Entrée en commence une
picker-session = session : { $n ->
    [one] { $n } modification
   *[other] { $n } modifications
} · Entrée la reprend
picker-session-last = session : { $n ->
    [one] { $n } modification
   *[other] { $n } modifications
}, la dernière le { $date } à { $time } · Entrée la reprend
picker-session-unreadable = la session { $path } ne peut pas être lue : { $error }
