# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Van casus naar het hele inkomen: bruto loon naar netto (bij het laden), en de controles die daarbij horen.

Apart van balans.casus, zodat de casus alleen een kleine haak nodig heeft (casus/laden.py)."""

from __future__ import annotations

import datetime as dt
from typing import Any, TypeVar

from balans.geld import als_euro
from balans.inkomen.context import ctx_voor
from balans.inkomen.loonheffing import netto_loon
from balans.inkomen.parameters import EERSTE_JAAR, LAATSTE_JAAR

C = TypeVar("C", bound=Any)  # de casus (casus/model.py ligt boven inkomen): wat erin gaat, komt eruit


def _maand(m: dt.date) -> str:
    return f"{m.year:04d}-{m.month:02d}"


def netto_uit_bruto(c: C, fout) -> C:
    """Een casus waarin elk inkomen met 'bruto' ook zijn netto heeft: bruto min de loonheffing van die maand
    (witte tabel, met loonheffingskorting tenzij het inkomen zegt van niet). fout(bericht, pad) meldt een fout.

    Staat er ook een netto bij, dan moet dat het netto zijn dat bij het bruto hoort (zo blijft een casus die
    balans zelf heeft weggeschreven gelijk)."""
    maanden = dict(c.maanden)
    gewijzigd = False
    for m, mi in c.maanden.items():
        if mi is None or not any(i.bruto is not None for i in mi.inkomsten):
            continue
        nieuw = []
        for i, ink in enumerate(mi.inkomsten):
            if ink.bruto is None:
                nieuw.append(ink)
                continue
            pad = ("maanden", _maand(m), "inkomsten", i, "bruto")
            if not EERSTE_JAAR <= m.year <= LAATSTE_JAAR:
                fout(
                    f"De loonheffing kent balans van {EERSTE_JAAR} tot en met {LAATSTE_JAAR}, niet voor {m.year}. "
                    f"Geef voor {_maand(m)} het netto loon.",
                    pad,
                )
                nieuw.append(ink)
                continue
            netto, _ = netto_loon(ctx_voor(m, uitleg=False), ink.bruto, ink.loonheffingskorting is not False)
            if ink.netto is not None and ink.netto != netto:
                fout(
                    f"Bij {als_euro(ink.bruto)} bruto hoort {als_euro(netto)} netto, niet {als_euro(ink.netto)}. "
                    "Geef alleen het bruto of alleen het netto bedrag.",
                    ("maanden", _maand(m), "inkomsten", i, "netto"),
                )
            nieuw.append(ink.model_copy(update={"netto": netto}))
            gewijzigd = True
        maanden[m] = mi.model_copy(update={"inkomsten": nieuw})
    return c.model_copy(update={"maanden": maanden}) if gewijzigd else c


def controleer_woning(c, fout) -> None:
    """Met een woning rekent balans het hele inkomen; dat kan alleen in de jaren waarvan de bedragen bekend zijn."""
    if c.huishouden.woning is None:
        return
    van, tot = c.periode.van, c.periode.tot
    if tot.year > LAATSTE_JAAR:
        fout(
            f"De toeslagen en de belasting kent balans tot en met {LAATSTE_JAAR}; de periode loopt tot {_maand(tot)}. "
            f"Kort de periode in, of laat 'woning' weg.",
            ("huishouden", "woning"),
        )
    if van.year < EERSTE_JAAR:
        fout(f"De toeslagen en de belasting kent balans vanaf {EERSTE_JAAR}.", ("huishouden", "woning"))
