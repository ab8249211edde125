# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Rekenen met kalendermaanden (een maand is de datum van haar eerste dag), en de datum van Pasen."""

from __future__ import annotations

import datetime as dt


def plus_maanden(d: dt.date, n: int) -> dt.date:
    """Dezelfde dag n maanden later (of eerder); bestaat die dag niet, dan de laatste dag van die maand."""
    j, m = divmod(d.month - 1 + n, 12)
    jaar, maand = d.year + j, m + 1
    for dag in (d.day, 30, 29, 28):
        try:
            return dt.date(jaar, maand, dag)
        except ValueError:
            continue
    raise AssertionError("onbereikbaar")


def volgende_maand(m: dt.date) -> dt.date:
    return dt.date(m.year + (m.month == 12), m.month % 12 + 1, 1)


def maanden_tussen(eerste: dt.date, maand: dt.date) -> int:
    """Hoeveel maanden `maand` na `eerste` ligt (0 voor dezelfde maand, negatief ervoor)."""
    return (maand.year - eerste.year) * 12 + maand.month - eerste.month


def leeftijd(geboren: dt.date, op: dt.date) -> int:
    """De leeftijd in hele jaren op dag `op` (de verjaardag telt op de dag zelf)."""
    return op.year - geboren.year - ((op.month, op.day) < (geboren.month, geboren.day))


def aantal_maanden(van: dt.date, tot_en_met: dt.date) -> int:
    """Het aantal maanden van `van` tot en met `tot_en_met`."""
    return maanden_tussen(van, tot_en_met) + 1


def maanden(van: dt.date, tot_en_met: dt.date) -> list[dt.date]:
    """Alle maanden van `van` tot en met `tot_en_met` (de eerste dag van elke maand)."""
    uit, m = [], dt.date(van.year, van.month, 1)
    while m <= tot_en_met:
        uit.append(m)
        m = volgende_maand(m)
    return uit


def pasen(jaar: int) -> dt.date:
    """Eerste Paasdag in de gregoriaanse kalender (het anonieme algoritme van Meeus/Jones/Butcher).

    Eén definitie voor de betaaldagen (maandstaat/betaaldagen.py) en de termijnen in brieven
    (brieven/beschikking.py): die kiezen elk hun eigen feestdagen, maar Pasen valt voor beide op dezelfde dag."""
    a, b, c = jaar % 19, jaar // 100, jaar % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    maand, dag = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(jaar, maand, dag + 1)
