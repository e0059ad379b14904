# The live view (`review --live`) and its projector layout.
# (Message ids begin with `live-`.)

live-item-of = Point { $number } sur { $total }
live-option = Option { $number } sur { $total } : { $title }
live-chatham = Règle de Chatham House
live-floor = { $name } a la parole
live-floor-chatham = Une délégation a la parole
live-floor-open = Aucune délégation n'a la parole
live-timer-left = temps restant
live-timer-warning = 30 secondes ou moins
live-timer-overtime = temps dépassé
live-timer-spoken = temps de parole
live-status-consensus = Consensus
live-status-reservations = Consensus avec réserves
live-status-no-consensus = Pas de consensus
live-status-pending = En attente
live-tally-members = Membres
live-tally-observers = Observateurs
# Avant ou après un nombre ($count) de délégations : « 1 délégation absente ».
live-not-heard = { $count ->
    [one] Délégation à entendre
   *[other] Délégations à entendre
}
live-absent = { $count ->
    [one] Délégation absente
   *[other] Délégations absentes
}
# L'intitulé d'une ligne du décompte (projecteur) : « Membres : … ».
live-tally-heading = { $heading } :
live-statements-hidden = Selon la règle de Chatham House, aucune délégation n'est nommée sur cet écran ; les déclarations restent enregistrées.
live-too-small = Cet affichage nécessite une fenêtre d'au moins { $width } × { $height } caractères ; celle-ci mesure { $columns } × { $rows }.
live-too-small-hint = Veuillez agrandir la fenêtre ou réduire la taille des caractères. q pour quitter.
live-only-quit = Cet écran suit la présidence : q pour quitter, aucune autre touche.
live-not-under-chatham = Indisponible sur cet écran : selon la règle de Chatham House, il ne nomme aucune délégation (la présidence peut rechercher et exporter).
live-following = suivi en direct · { $count ->
    [one] { $count } modification
   *[other] { $count } modifications
}
live-cannot-read = lecture de la session impossible pour le moment : { $error }
