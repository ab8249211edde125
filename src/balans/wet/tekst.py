# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Bedragen en percentages als tekst voor de uitleg, onthouden (de omzetting zelf staat in balans.geld).

Met uitleg zet één huishouden elke maand dezelfde bedragen (norm, vermogensgrens, bezittingen, maxima) en
dezelfde percentages opnieuw om in tekst: per berekening van 12 maanden zo'n 160 keer, een zesde van de
rekentijd (benchmarks/run.py, 2026-12-03). Zelfde uitkomst als balans.geld, alleen niet steeds opnieuw.
"""

from __future__ import annotations

from fractions import Fraction
from functools import lru_cache

from balans import geld

_als_euro = lru_cache(maxsize=4096)(geld.als_euro)
_percentage = lru_cache(maxsize=256)(geld.percentage_als_tekst)


def als_euro(centen) -> str:
    """geld.als_euro, onthouden; wat niet als sleutel kan (een numpy-array van één getal) gewoon opnieuw."""
    try:
        return _als_euro(centen)
    except TypeError:
        return geld.als_euro(centen)


def percentage_als_tekst(pct: Fraction, decimalen: int = 2) -> str:
    """geld.percentage_als_tekst, onthouden."""
    try:
        return _percentage(pct, decimalen)
    except TypeError:
        return geld.percentage_als_tekst(pct, decimalen)
