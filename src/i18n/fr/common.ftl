# Mots communs à tout talanoa : dates, mois.

month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre

# Le premier du mois s'écrit « 1er ».
date-day = { $day ->
    [1] 1er
   *[other] { $day }
}
# Une date dans le compte rendu : 9 août 2024.
date-long = { $day } { $month } { $year }

# L'échelle de positions par défaut (ordre du jour sans [[stances]]). L'échelle
# propre à un ordre du jour est son contenu et s'écrit telle quelle.
stance-support = Soutient
stance-reservations = Soutient avec réserves
stance-stand-aside = Ne fait pas obstacle
stance-reserve = Réserve sa position (consulte sa capitale)
stance-block = Ne peut se joindre au consensus
