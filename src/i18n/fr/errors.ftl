# Errors of the agenda, the session and the exports, as the user reads
# them. (Message ids begin with `error-`.)

## Fichiers d'ordre du jour : chaque message suit `CHEMIN:LIGNE:COL: `. Ce que
## l'utilisateur tape (clés, identifiants, tables, valeurs) reste tel quel.

error-agenda-more = { $origin }: et { $count } autres { $count ->
    [one] problème non affiché
   *[other] problèmes non affichés
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
error-agenda-unknown-word = valeur { $value } inconnue pour { $key } dans { $name } ; valeurs possibles : { $words }
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
