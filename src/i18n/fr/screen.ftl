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
key-clear-more = retour à *pas encore entendu*
key-statement = déclaration du membre
key-statement-more = la rédiger ou la modifier sur cette option ; dans l'éditeur, `Échap` garde le texte, `Ctrl-C` abandonne la modification
key-attendance = présent / absent
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
key-export = exporter le compte rendu
key-export-more = choisir le document et l'attribution (`a`) ; `Entrée` l'écrit à côté du fichier de session
key-undo = annuler la modification
key-undo-more = gardée dans l'historique ; la ligne d'état indique ce qui a été annulé
key-redo = rétablir l'annulation
key-help = cette aide
key-quit = quitter (tout est gardé)
key-quit-more = tout est déjà enregistré

# Les noms des touches dans l'aide (flèches et lettres telles quelles).
key-name-space = Espace
key-name-ctrl = Ctrl-{ $key }
key-name-home = Début
key-name-end = Fin
key-name-page-up = PgPréc
key-name-page-down = PgSuiv
key-name-enter = Entrée
key-name-backspace = Retour arrière
key-name-tab = Tab
key-name-shift-tab = Maj-Tab
