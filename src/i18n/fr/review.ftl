# talanoa review : ce qu'une délégation relit.

review-title = { $title } : le registre des positions
review-session = session { $path }, { $n ->
    [one] { $n } modification
   *[other] { $n } modifications
}
review-member = { $name } ({ $id }) : { $role }{ $group }, { $presence }
review-present = présence
review-absent = absence
review-current = { "  " }Positions actuelles :
review-history = { "  " }Historique (du plus ancien au plus récent) :
review-speaking = { "  " }Temps de parole :
review-none = { "    " }rien n'a été consigné
review-no-change = { "    " }aucune modification consignée
review-not-heard = à entendre
review-position = { $item } / { $option } : { $stance } (consigné le { $at } par { $by })
review-change = n° { $seq } { $at } par { $by } : { $what }
review-undid = annulation du n° { $target }
review-redid = rétablissement du n° { $target }
review-stance = { $item } / { $option } : { $stance }
review-stance-statement = { $item } / { $option } : { $stance }, avec une déclaration
review-cleared = { $item } / { $option } : position effacée
review-statement-removed = { $item } / { $option } : déclaration retirée
review-statement = { $item } / { $option } : déclaration
review-marked-present = présence enregistrée
review-marked-absent = absence enregistrée
review-spoke = { $item } : temps de parole { $time }
review-action-withdrawn = { $item } : action n° { $action } retirée
review-duration = { $m } min { $s } s
