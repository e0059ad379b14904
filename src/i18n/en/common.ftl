# Words shared by every part of talanoa: dates, months.

month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

# The day of the month as a date writes it.
date-day = { $day }
# A date in the minutes: 9 August 2024.
date-long = { $day } { $month } { $year }

# The default stance scale (an agenda without [[stances]]). An agenda's own
# scale is agenda content and printed as written.
stance-support = Supports
stance-reservations = Supports with reservations
stance-stand-aside = Does not stand in the way
stance-reserve = Reserves position (consulting capital)
stance-block = Cannot join consensus
