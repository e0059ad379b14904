# L'export tableur (xlsx) : noms des feuilles et en-têtes de colonnes.

sheet-positions = Toutes les positions
sheet-history = Historique des modifications
sheet-status = Statut
col-item = Point
col-item-title = Intitulé du point
col-option = Option
col-option-title = Intitulé de l'option
col-member = Membre
col-member-name = Nom du membre
col-role = Rôle
col-present = Présent
col-stance = Position
col-stance-label = Libellé de la position
col-effect = Effet
col-statement = Déclaration
col-recorded-at = Enregistré le
col-seq = N°
col-by = Saisi par
col-change = Modification
col-details = Détails
cell-yes = oui
cell-no = non
cell-cleared = (effacée)
cell-present = présent
cell-absent = absent
cell-cut = { " " }[texte coupé : le texte complet figure dans l'export JSON]
sheet-about = À propos de ce fichier
# Le rôle d'une délégation dans les feuilles : les noms des procès-verbaux.
cell-role-member = membre
cell-role-observer = observateur
cell-role-associate-member = membre associé
cell-role-dialogue-partner = partenaire de dialogue
cell-role-agency = agence
# Le statut d'une option dans les feuilles : les mots de l'écran.
cell-status-consensus = consensus
cell-status-consensus-with-reservations = consensus avec réserves
cell-status-no-consensus = pas de consensus
cell-status-pending = en attente
