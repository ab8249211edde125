# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Totalen over alle zaken voor de beleidsmedewerker: aantallen en bedragen, nooit een persoon.

Groepen kleiner dan KLEINSTE_GROEP tonen we niet, zodat niemand via een kleine groep herkenbaar is.
'Zaak met recht in maand M' komt uit de tijdlijn van de zaak (zaak/tijdlijn.py, Tijdlijn.heeft_recht);
de monitoring (participatie/monitoring.py) telt met dezelfde samenvattingen, dus dezelfde aantallen.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from balans.casus.laden import CasusFout
from balans.casus.model import Bijstandsduur
from balans.zaak.schema import Zaak
from balans.zaak.tijdlijn import lopend_in, stempels, tijdlijn
from balans.zaak.versie import PerVersie

KLEINSTE_GROEP = 5

# Per zaak en stand (versie, laatste besluit) de samenvatting. Bij 1.000 zaken kost het rekenen enkele
# seconden; daarna niet meer.
_PER_ZAAK = PerVersie(20000)


@dataclass(frozen=True)
class Samenvatting:
    """Wat /beleid en de monitoring van één zaak gebruiken; geen persoonsgegevens."""

    soort: str
    maanden: tuple[tuple[str, int, bool, bool], ...]  # (JJJJ-MM, recht in centen, heeft recht, met inkomen)
    duur: Bijstandsduur | None

    def heeft_recht(self, maand: dt.date) -> bool:
        sleutel = f"{maand:%Y-%m}"
        for m, _, recht, _ in self.maanden:
            if m == sleutel:
                return recht
        return lopend_in(self.duur, maand)


def _samenvatting(s: Session, z: Zaak) -> Samenvatting:
    try:
        t = tijdlijn(s, z)
    except CasusFout:  # een zaak zonder geldige casus telt niet mee; de zaakpagina toont de fout
        return Samenvatting("onbekend", (), None)
    rijen = tuple(
        (f"{r.maand:%Y-%m}", t.recht[r.maand], t.heeft_recht(r.maand), int(r.uitkomst.middelen) > 0)
        for r in t.resultaten(uitleg=False)
    )
    return Samenvatting(_soort(t.casus), rijen, t.duur)


def samenvattingen(s: Session) -> dict[str, Samenvatting]:
    laatste = stempels(s)
    return {
        z.id: _PER_ZAAK.haal((z.id, z.versie, laatste.get(z.id)), lambda z=z: _samenvatting(s, z))
        for z in s.scalars(select(Zaak))
    }


def _soort(c) -> str:
    h = c.huishouden
    if h.medebewoners:
        return "met medebewoners (kostendelers)"
    if h.partner is not None:
        return "paar" + (" met kinderen" if h.kinderen else "")
    return "alleenstaande ouder" if h.kinderen else "alleenstaand"


def overzicht(s: Session) -> dict:
    per_soort: Counter = Counter()
    per_maand: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # bijstand, zaken met recht, met inkomen
    zaken = 0
    for sv in samenvattingen(s).values():
        zaken += 1
        per_soort[sv.soort] += 1
        for maand, bijstand, recht, met_inkomen in sv.maanden:
            rij = per_maand[maand]
            rij[0] += bijstand
            rij[1] += recht
            rij[2] += met_inkomen and recht
    soorten = [(k, v) for k, v in sorted(per_soort.items()) if v >= KLEINSTE_GROEP]
    verborgen = sum(v for v in per_soort.values() if v < KLEINSTE_GROEP)
    return {
        "zaken": zaken,
        "soorten": soorten,
        "verborgen": verborgen,
        "maanden": [(m, *v) for m, v in sorted(per_maand.items()) if v[1] >= KLEINSTE_GROEP or v[1] == 0],
        "kleinste_groep": KLEINSTE_GROEP,
    }


def met_recht_per_maand(s: Session) -> dict[str, int]:
    """Het aantal zaken met recht per maand (JJJJ-MM), zoals /beleid het toont (zonder onderdrukking)."""
    uit: Counter = Counter()
    for sv in samenvattingen(s).values():
        for maand, _, recht, _ in sv.maanden:
            uit[maand] += recht
    return dict(sorted(uit.items()))
