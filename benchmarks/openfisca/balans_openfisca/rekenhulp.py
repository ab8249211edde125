# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Gehele-getallenrekenkunde, gelijk aan balans.geld: bedragen in eurocent, percentages in basispunten.

OpenFisca slaat een `int`-variabele op als int32. Een product als norm x basispunten past daar niet
altijd in; daarom rekenen de formules in int64 en slaat OpenFisca pas het resultaat op.
"""

from __future__ import annotations

import numpy as np

GEEN_PERSOON = 9999  # zelfde teken als balans.rekenen.invoer: een lege plek in de populatie
ALLEENSTAANDE, ALLEENSTAANDE_OUDER, GEHUWDEN = 0, 1, 2


def i64(x):
    return np.asarray(x, dtype=np.int64)


def deel_half_omhoog(teller, noemer):
    """Deling afgerond op hele centen, half naar boven (zelfde regel als balans.geld.deel_half_omhoog)."""
    return (2 * i64(teller) + noemer) // (2 * i64(noemer))


def basispunten_van(bedrag, bp: int):
    """bp basispunten (25% = 2500) van een bedrag, half naar boven op hele centen."""
    return deel_half_omhoog(i64(bedrag) * int(bp), 10000)


def leeftijd(j, m, d, pj: int, pm: int):
    """Leeftijd in hele jaren op de eerste dag van maand (pj, pm), zoals balans (wet/regels/leeftijd.py)."""
    nog_niet_jarig = (pm * 100 + 1) < (i64(m) * 100 + d)
    return pj - i64(j) - nog_niet_jarig
