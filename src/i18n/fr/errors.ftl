# Errors of the agenda, the session and the exports, as the user reads
# them. (Message ids begin with `error-`.)

## Fichiers d'ordre du jour : chaque message suit `CHEMIN:LIGNE:COL: `. Ce que
## l'utilisateur tape (clés, identifiants, tables, valeurs) reste tel quel.

error-agenda-more = { $origin }: { $count ->
    [one] et { $count } autre problème non affiché
   *[other] et { $count } autres problèmes non affichés
} ; corrigez d'abord ceux-ci
error-agenda-folder = est un dossier, pas un fichier d'ordre du jour ; indiquez un fichier .toml
error-agenda-device = est un périphérique, un tube ou un socket, pas un fichier d'ordre du jour ; indiquez un fichier .toml
error-agenda-too-big = fait { $size } octets ; un ordre du jour ne peut dépasser { $max } Mio : est-ce bien le bon fichier ?
error-agenda-too-big-growing = fait plus de { $max } Mio ; un ordre du jour ne peut dépasser { $max } Mio : est-ce bien le bon fichier ?
error-agenda-empty-file = est vide ; un ordre du jour demande une table [meeting] avec un titre (title), des [[members]] et des [[items]] (voir `talanoa init`)
error-agenda-binary = est un fichier binaire (il contient un octet NUL), pas un ordre du jour TOML
error-agenda-not-utf8 = n'est pas un texte UTF-8 valide ; enregistrez l'ordre du jour en UTF-8
error-file-not-found = fichier introuvable ; vérifiez le chemin
error-file-permission = lecture impossible : permission refusée
error-file-unreadable = lecture impossible : { $why }
error-agenda-invalid-toml = TOML invalide
error-agenda-toml = TOML invalide : { $why }
error-agenda-duplicate-key = clé `{ $key }` en double ; chaque clé ne peut figurer qu'une fois dans une table
error-agenda-unreadable = l'ordre du jour n'a pas pu être lu
error-agenda-the-file = le fichier
error-agenda-format-newer = le format { $n } est plus récent que ceux que cette version de talanoa comprend (formats 1 à { $max }) ; mettez talanoa à jour pour lire cet ordre du jour
error-agenda-format-unknown = le format { $n } n'existe pas ; écrivez format = { $max } (ou 1), ou retirez la clé
error-agenda-format-type = `format` doit être un nombre entier, par exemple format = { $max }
error-agenda-no-meeting = la table [meeting] manque ; ajoutez [meeting] avec au moins title = "..."
error-agenda-meeting-type = `meeting` doit être une table écrite [meeting]
error-agenda-duplicate-id = identifiant { $kind ->
    [member] de membre
    [item] de point
    [option] d'option
   *[stance] de position
} "{ $id }" en double (déjà utilisé par le n° { $first }) ; chaque { $kind ->
    [member] membre
    [item] point
    [option] option
   *[stance] position
} doit avoir son propre identifiant
error-agenda-none = { $parent } ne contient { $what ->
    [members] aucun membre
    [items] aucun point de l'ordre du jour
   *[options] aucune option
} ; ajoutez au moins une table [[{ $header }]]
error-agenda-list-empty = `{ $key }` est vide ; ajoutez au moins une table [[{ $header }]]
error-agenda-option-of = { $option } de { $item }
error-agenda-unknown-field = champ `{ $key }` inconnu dans { $name } ; champs possibles : { $allowed }
error-agenda-wrong-type = `{ $key }` dans { $name } doit être { $want }, pas { $got }
error-agenda-missing = le champ obligatoire `{ $key }` manque dans { $name }
error-agenda-blank = `{ $key }` dans { $name } ne doit pas être vide
error-agenda-entry-not-string = chaque entrée de `{ $key }` dans { $name } doit être une chaîne, pas { $got }
error-agenda-unknown-word = valeur { $value } inconnue pour `{ $key }` dans { $name } ; valeurs possibles : { $words }
error-agenda-not-a-date = `{ $key }` dans { $name } n'est pas une date réelle du calendrier
error-agenda-date-with-time = `{ $key }` dans { $name } doit être une date seule, sans heure : { $hint }
error-agenda-bad-id = l'identifiant { $id } dans { $name } n'est pas valide ; utilisez de 1 à 16 caractères parmi A-Z, a-z, 0-9, '-' et '_'
error-agenda-not-tables = `{ $key }` dans { $parent } doit être une liste de tables écrites [[{ $table }]], pas { $got }
error-agenda-entry-not-table = chaque entrée de `{ $table }` doit être une table, pas { $got }
error-agenda-want-string = une chaîne entre guillemets
error-agenda-want-strings = un tableau de chaînes, par exemple ["...", "..."]
error-agenda-want-date = une date sans guillemets, par exemple 2024-08-06
error-toml-string = une chaîne
error-toml-integer = un entier
error-toml-float = un nombre décimal
error-toml-boolean = un booléen
error-toml-datetime = une date et heure
error-toml-array = un tableau
error-toml-table = une table
error-agenda-zone-suggest = vouliez-vous dire "{ $zone }" ?
error-agenda-zone-hint = utilisez un nom IANA comme "Pacific/Fiji", "Pacific/Auckland" ou "UTC", ou retirez la clé pour utiliser le fuseau de cet ordinateur
error-agenda-unknown-zone = fuseau horaire { $zone } inconnu dans { $name } ; { $hint }
error-agenda-bad-limit = `{ $key }` { $value } dans { $name } n'est pas un temps de parole ; écrivez minutes:secondes entre guillemets, par exemple "3:00" ou "0:45"
error-agenda-blank-alias = `{ $key }` dans { $name } contient une entrée vide ; retirez-la
error-agenda-alias-twice = `{ $key }` dans { $name } cite { $alias } deux fois ; n'en gardez qu'une
error-agenda-few-stances = une échelle de positions personnalisée demande au moins 2 [[stances]] ; ajoutez-en, ou retirez-les pour utiliser l'échelle par défaut
error-agenda-no-effect = le champ obligatoire `effect` manque dans { $name } ; valeurs possibles : { $words }
error-agenda-no-key = le champ obligatoire `key` manque dans { $name } ; donnez le caractère qui enregistre cette position, par exemple key = "1"
error-agenda-key-type = `key` dans { $name } doit être un caractère entre guillemets, par exemple key = "1"
error-agenda-key-length = la touche { $key } dans { $name } doit être un seul caractère, par exemple "1"
error-agenda-key-space = espace
error-agenda-key-reserved = la touche "{ $key }" dans { $name } est utilisée par l'écran de la présidence ; choisissez une touche autre que : { $keys }
error-agenda-key-invisible = la touche { $key } dans { $name } doit être un caractère visible, par exemple "1" (un caractère de contrôle ou de largeur nulle ne peut être ni vu ni tapé)
error-agenda-key-twice = touche "{ $key }" en double dans { $name } (déjà utilisée par [[stances]] n° { $first }) ; chaque position doit avoir sa propre touche

## Fichiers de session.

error-session-not-found = aucune session à { $path } ; commencez-en une en donnant --agenda AGENDA, ou vérifiez le chemin
error-session-not-a-session = { $path } n'est pas une session talanoa ({ $why }) ; indiquez un fichier .talanoa écrit par talanoa
error-session-newer = { $path } a été écrit par une version plus récente de talanoa (schéma de session { $found } ; celle-ci lit jusqu'au { $supported }) ; mettez talanoa à jour pour l'ouvrir
error-session-tampered = { $path } : { $what } ; la session a été modifiée en dehors de talanoa. Rien n'a été réparé ni supprimé : restaurez-la à partir d'une copie, ou exportez ce qui peut encore être lu à partir d'une copie antérieure
error-session-sidecar = { $path } : à côté se trouve { $sidecar }, { $what }. Rien n'a été modifié : le fichier de session contient toutes les modifications enregistrées sans lui. Déplacez { $sidecar } hors du dossier (conservez-le jusqu'à en avoir la certitude) et réessayez
error-session-locked = { $path } est ouvert pour l'enregistrement ailleurs (une autre fenêtre ou commande talanoa) ; rien n'a été enregistré ici et rien de ce qui est déjà enregistré n'est perdu. Fermez-le d'abord là-bas ; `talanoa review` et `talanoa export` peuvent le lire entre-temps
error-session-not-agreed = l'option "{ $option }" du point "{ $item }" ne peut pas être retenue : son statut est { $status ->
    [consensus] consensus
    [consensus-with-reservations] consensus avec réserves
    [no-consensus] absence de consensus
   *[pending] en attente
}, et seule une option ayant fait consensus (ou consensus avec réserves) est retenue, sauf si la présidence consigne qu'elle est retenue malgré son statut ; rien n'a été enregistré
error-session-storage = { $path } : { $what }. Rien de ce qui était déjà enregistré n'a été perdu
error-session-is-folder = c'est un dossier
error-session-is-device = c'est un périphérique, un tube ou un socket, pas un fichier
error-session-is-empty = le fichier est vide
error-session-not-sqlite = ce n'est pas une base de données SQLite
error-session-wal = le fichier est en mode journal à écriture anticipée (WAL) de SQLite, alors que les sessions talanoa utilisent un journal de retour arrière ; rien n'a été modifié. S'il s'agit d'une session talanoa ouverte avec un autre outil, rétablissez-le avec : sqlite3 FICHIER 'PRAGMA journal_mode=DELETE'
error-session-file-format = la version de son format de fichier SQLite n'est pas lue par talanoa
error-session-hot-journal = un programme qui y enregistrait s'est arrêté au milieu d'une modification, et la reprise demande l'accès en écriture à son dossier ; ouvrez-le une fois là où il peut être écrit
error-session-not-a-database = le fichier ne peut pas être lu comme base de données : { $why }
error-session-not-talanoa = c'est une base de données SQLite, mais elle n'a pas été écrite par talanoa
error-session-agenda-unreadable = la copie de l'ordre du jour ne peut pas être lue ({ $why })
error-session-agenda-checksum = la copie de l'ordre du jour ne correspond pas à sa somme de contrôle
error-session-log-unreadable = le journal des modifications ne peut pas être lu ({ $why })
error-session-change = la modification n° { $seq } { $what }
error-session-change-gap = la modification n° { $expected } manque dans le journal (la suivante est la n° { $seq })
error-session-change-missing = la modification n° { $expected } manque dans le journal
error-session-change-checksum = ne correspond pas à sa somme de contrôle (elle a été modifiée, ou une modification antérieure l'a été)
error-session-change-not-number = a une valeur { $name } qui n'est pas un nombre
error-session-change-bad-time = a une heure qui n'est pas au format RFC 3339
error-session-change-lacks = n'a pas de valeur { $name }
error-session-change-bad-due = a une échéance "{ $due }" qui n'est pas une date
error-session-change-no-seconds = n'a pas de nombre de secondes
error-session-change-kind = est d'un type inconnu "{ $kind }"
error-session-change-not-utf8 = contient un texte qui n'est pas en UTF-8
error-session-change-odd-type = contient une valeur d'un type que talanoa n'écrit jamais
error-session-not-recorded = ce qui a été stocké pour la modification n° { $last } n'est pas ce qui a été enregistré ({ $why } ; quelque chose dans le fichier modifie les lignes à mesure qu'elles sont écrites), donc rien n'a été enregistré
error-session-rows-differ = les lignes relues diffèrent
error-session-mkdir = impossible de créer le dossier { $folder } : { $why }
error-sidecar-wal = un journal à écriture anticipée que talanoa ne crée jamais (il utilise un journal de retour arrière) ; SQLite l'appliquerait à la session
error-sidecar-page-size = un journal de retour arrière d'une autre taille de page : il n'appartient pas à cette session
error-sidecar-short = un journal de retour arrière qui tronquerait la session
error-sidecar-earlier = un journal de retour arrière d'un état antérieur de la session ; l'appliquer annulerait des modifications enregistrées
error-sidecar-untied = un journal de retour arrière qu'on ne peut pas rattacher à l'état actuel de la session
error-sidecar-left-over = laissé par une session antérieure du même nom ; SQLite l'appliquerait à la nouvelle

## Modifications refusées parce qu'elles ne correspondent pas à l'ordre du jour.

error-unknown-id = { $what ->
    [member] membre inconnu
    [item] point inconnu
    [option] option inconnue
   *[stance] position inconnue
} { $id } ; identifiants { $what ->
    [member] de membre
    [item] de point
    [option] d'option
   *[stance] de position
} valides : { $ids }
error-unknown-option-in = { $message } (dans le point "{ $item }")
error-state-no-attendance = le membre n° { $n } n'a pas de présence enregistrée
error-state-no-outcome = le point n° { $n } n'a pas de résultat
error-state-amendment = un amendement modifie l'ordre du jour ; enregistrez-le par le journal
error-state-no-action = aucune action enregistrée comme modification n° { $seq } sur le point "{ $item }" ne figure au registre (déjà retirée, annulée ou jamais enregistrée)
error-log-out-of-order = modification n° { $want } attendue ici, n° { $found } trouvée
error-log-before-checkpoint = la modification n° { $seq } remonte avant le point de reprise n° { $at } ; le journal complet est nécessaire
error-log-undo = annulation de la n° { $target }, qui n'est pas la dernière modification en vigueur
error-log-redo = rétablissement de la n° { $target }, qui n'est pas la dernière modification annulée
error-log-not-in-log = la modification n° { $target } ne figure pas dans le journal
error-session-agenda-invalid = sa copie de l'ordre du jour n'est plus valide : { $problems }
error-session-replay-earlier = la relecture du journal complet en a demandé une plus ancienne
error-session-change-misfit = la modification n° { $seq } ne correspond pas à l'ordre du jour : { $why }
error-session-replay-failed = la relecture de la session a échoué de façon inattendue
error-schema-unreadable = son schéma ne peut pas être lu ({ $why })
error-schema-own = talanoa n'a pas pu construire son propre schéma
error-schema-extra = il contient un objet { $kind } "{ $name }" (sur "{ $table }") que talanoa ne crée jamais
error-schema-changed = son objet { $kind } "{ $name }" n'est pas défini comme talanoa le définit
error-schema-missing = son objet { $kind } "{ $name }" manque
error-schema-more = { " " }; { $count ->
    [one] et { $count } autre différence
   *[other] et { $count } autres différences
}
error-schema-differs = son schéma n'est pas celui de talanoa : { $what }
error-session-log-changed = le journal a changé pendant qu'il était ouvert pour l'enregistrement
error-session-undo-redo = utilisez undo() et redo() pour annuler ou rétablir
error-session-not-kept = la modification n'a pas été conservée

## verify : pourquoi un compte rendu ou un export ne correspond pas au registre.

error-verify-no-stamp = il n'indique aucun registre de session (pas de ligne « { $lead } ») ; exportez de nouveau le compte rendu avec cette version de talanoa
error-verify-removed = il a été produit à partir d'un registre de { $stated ->
    [one] { $stated } modification
   *[other] { $stated } modifications
}, mais la session n'en contient que { $held } : { $span } de la session depuis
error-verify-earlier = il a été produit à partir de ce registre lorsqu'il comptait { $stated ->
    [one] { $stated } modification
   *[other] { $stated } modifications
} ; la session en compte maintenant { $held }, et { $span } depuis : exportez-le de nouveau
error-verify-span-removed = { $many ->
    [one] la modification n° { $to } a été retirée
   *[many] les modifications n° { $from } à { $to } ont été retirées
}
error-verify-span-added = { $many ->
    [one] la modification n° { $to } a été enregistrée
   *[many] les modifications n° { $from } à { $to } ont été enregistrées
}
error-verify-different = il indique l'empreinte { $stated } pour la modification n° { $seq }, mais la modification n° { $seq } de cette session a l'empreinte { $held } : il n'a pas été produit à partir de ce registre
error-verify-edited = il indique ce registre, mais son texte diffère de ce que produit le registre (d'abord à la ligne { $line }) : il a été modifié après l'export
error-verify-checkpoint = son point de reprise donne un registre différent de son journal : le point de reprise a été réécrit. Le journal lui-même est intact et les exports le lisent ; supprimer la ligne du point de reprise (`DELETE FROM checkpoint`) fait aussi relire le journal à l'écran de la présidence
error-verify-kind = { $kind ->
    [md] compte rendu Markdown
    [html] compte rendu HTML
    [docx] compte rendu Word
    [json] registre JSON
    [csv] CSV des positions
   *[xlsx] classeur des positions
}
error-verify-document = { $document ->
    [outcomes] Résultats
   *[record] Compte rendu analytique
}
error-verify-bom = avec une marque d'ordre des octets

## Fichiers lus et écrits par les exports et verify.

error-file-not-regular = c'est un dossier, un périphérique ou un tube, pas un fichier
error-file-is-folder = c'est un dossier, pas un fichier
error-file-is-device = c'est un périphérique, un tube ou un socket, pas un fichier
error-file-too-big = il dépasse { $max } Mio, le maximum que talanoa lit
error-docx = impossible d'écrire le document Word : { $why }
error-json-not-whole = l'historique antérieur au point de reprise de la session n'est pas chargé ; lisez d'abord toute la session

## Amendements refusés (add-option, add-item, add-member, rename).

error-amend-bad-id = "{ $id }" ne peut pas servir d'identifiant pour { $what } : utilisez de 1 à 16 caractères parmi A-Z a-z 0-9 - _
error-amend-taken = il existe déjà { $what } avec l'identifiant "{ $id }" ; choisissez un autre identifiant
error-amend-what-item = un point
error-amend-what-member = un membre
error-amend-what-option = une option du point "{ $item }"
error-amend-empty = { $what ->
    [option-title] le titre de l'option
    [item-title] le titre du point
    [member-name] le nom du membre
    [name] le nom
   *[title] le titre
} est vide ; donnez le texte
error-amend-unchanged = { $field ->
    [name] le nom (name)
    [name-in-text] le nom dans une phrase (name-in-text)
    [title] le titre (title)
   *[summary] le résumé (summary)
} est déjà "{ $text }" ; rien à corriger
error-amend-wrong-field = { $field } ne peut pas être corrigé ici : corrigez { $of ->
    [member] le nom d'un membre (name ou name-in-text)
   *[item] le titre ou le résumé d'un point ou d'une option (title ou summary)
}
error-amend-not-correction = ce n'est pas une correction
error-amend-not-amendment = ce n'est pas un amendement
error-amend-no-item = le point n° { $n } ne figure pas à l'ordre du jour
error-amend-correction-missing = la correction désigne un élément absent de l'ordre du jour
error-stored-words = contient un texte illisible ({ $why })
error-stored-item-kind = a un type de point inconnu "{ $kind }"
error-stored-role = a un rôle inconnu "{ $role }"
error-stored-field = corrige un champ inconnu "{ $field }"
