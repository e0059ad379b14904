# The command line's own messages: what each command prints, and its
# refusals. (Message ids begin with `cli-`.)

## record, attend, decide, action

cli-not-agreed-hint = { $error }. Pour l'enregistrer malgré tout, ajoutez --despite-status (le compte rendu le mentionnera)
cli-by-empty = --by ne doit pas être vide ; indiquez qui saisit la modification, par exemple --by "Forum Secretariat"
cli-by-unknown = impossible de savoir qui saisit la modification ($USER n'est pas défini et le système ne connaît pas de nom pour cet utilisateur) ; indiquez-le avec --by, par exemple --by "Forum Secretariat"
cli-agenda-not-used = remarque : { $session } existe déjà et conserve sa propre copie de l'ordre du jour ; --agenda { $agenda } n'a pas été utilisé
cli-session-started = session { $session } commencée à partir de { $agenda }
cli-saved = n° { $seq } ({ $kind }) enregistré dans { $session }
cli-flag-empty = { $flag } ne doit pas être vide
cli-bad-due = --due { $due } n'est pas une date écrite AAAA-MM-JJ ; écrivez-la par exemple --due 2024-10-31

## amend

cli-amend-no-session = amend demande --session FICHIER, par exemple talanoa amend --session sessions/forum.talanoa add-item --item aob --title "Questions diverses"
cli-amend-bad-role = --role "{ $role }" n'est pas un rôle ; utilisez member, observer, associate-member, dialogue-partner ou agency
cli-amend-one-rename = rename corrige une seule chose à la fois : donnez une seule des options --name, --name-in-text, --title ou --summary
cli-amend-subject = une correction porte soit sur un membre, soit sur un point (et l'une de ses options)

## validate, init

cli-ok = ok { $path }
cli-mkdir-failed = impossible de créer le dossier { $folder } : { $why }
cli-init-exists = { $path } existe déjà ; talanoa init n'écrase jamais un fichier : indiquez un nouveau chemin
cli-create-failed = impossible de créer { $path } : { $why }
cli-init-write-failed = impossible d'écrire { $path } : { $why } ; rien n'a été laissé, corrigez la cause et relancez init
cli-init-wrote = { $path } écrit
cli-init-next = modifiez-le, puis vérifiez-le avec : talanoa validate { $path }

## export

cli-export-onto-session = -o { $path } est le fichier de session lui-même ou un fichier que SQLite garde à côté ; choisissez un autre fichier pour l'export
cli-export-bom = --bom ne sert qu'avec --format csv ; retirez-le pour les autres formats
cli-export-binary = { $kind ->
    [docx] un compte rendu Word
   *[xlsx] un classeur des positions
} est un fichier binaire, pas pour le terminal ; écrivez-le dans un fichier, par exemple -o minutes.{ $kind }
cli-export-cannot-produce = impossible de produire l'export : { $why }
cli-export-write-failed = impossible d'écrire { $path } : { $why } ; la session elle-même n'a pas changé
cli-wrote = { $path } écrit
cli-stdout-failed = impossible d'écrire sur la sortie standard : { $why }

## verify

cli-verify-intact = ok { $session } : le registre est intact ({ $count } { $count ->
    [one] modification
   *[other] modifications
} ; empreinte de la dernière modification : { $hash })
cli-verify-unreadable = impossible de lire { $path } : { $why } ; vérifiez le chemin donné à --minutes
cli-verify-matches = ok { $path } : produit à partir de ce registre tel qu'il est ({ $what })
cli-verify-differs = { $path } ne correspond pas à { $session } : { $why }

## review

cli-review-live-terminal = --live demande un terminal ; sans lui, review affiche le registre et s'arrête
