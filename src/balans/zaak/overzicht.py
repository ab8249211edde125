"""Totalen over alle zaken voor de beleidsmedewerker: aantallen en bedragen, nooit een persoon.

Groepen kleiner dan KLEINSTE_GROEP tonen we niet, zodat niemand via een kleine groep herkenbaar is.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from balans.rekenen.casus import bereken
from balans.zaak.repository import casus_van
from balans.zaak.schema import Zaak
from balans.zaak.versie import PerVersie

KLEINSTE_GROEP = 5

# Per zaak en versie de uitkomst per maand. Bij 1.000 zaken kost het rekenen ~1 s; daarna niet meer.
_PER_MAAND = PerVersie(20000)


def _per_maand(s: Session, z: Zaak) -> tuple[str, list[tuple[str, int, bool, bool]]]:
    def maak():
        c = casus_van(s, z)
        return (_soort(c), [(f"{r.maand:%Y-%m}", int(r.uitkomst.bijstand), bool(r.uitkomst.recht),
                             int(r.uitkomst.middelen) > 0) for r in bereken(c, uitleg=False)])
    return _PER_MAAND.haal((z.id, z.versie), maak)


def _soort(c) -> str:
    h = c.huishouden
    if h.medebewoners:
        return "met medebewoners (kostendelers)"
    if h.partner is not None:
        return "paar" + (" met kinderen" if h.kinderen else "")
    return "alleenstaande ouder" if h.kinderen else "alleenstaand"


def overzicht(s: Session) -> dict:
    per_soort: Counter = Counter()
    per_maand: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])   # bijstand, zaken met recht, met inkomen
    zaken = 0
    for z in s.scalars(select(Zaak)):
        soort, maanden = _per_maand(s, z)
        zaken += 1
        per_soort[soort] += 1
        for maand, bijstand, recht, met_inkomen in maanden:
            rij = per_maand[maand]
            rij[0] += bijstand
            rij[1] += recht
            rij[2] += met_inkomen
    soorten = [(k, v) for k, v in sorted(per_soort.items()) if v >= KLEINSTE_GROEP]
    verborgen = sum(v for v in per_soort.values() if v < KLEINSTE_GROEP)
    return {"zaken": zaken, "soorten": soorten, "verborgen": verborgen,
            "maanden": [(m, *v) for m, v in sorted(per_maand.items()) if v[1] >= KLEINSTE_GROEP or v[1] == 0],
            "kleinste_groep": KLEINSTE_GROEP}
