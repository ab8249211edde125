# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""`verwacht_betalingen` van een casus naast de maandstaat leggen (balans toets; docs/verwacht_betalingen.md).

Per methode: elke betaling die niet nul is, op volgorde, met datum en bedrag; en de totalen die de casus
noemt. Het verschil in gewone taal: welke betaling, wat verwacht en wat berekend.
"""

from __future__ import annotations

from balans.casus.model import Casus
from balans.geld import als_euro
from balans.maandstaat.grootboek import Grootboek, Staat
from balans.uitvoer import datum_mens

TOTALEN = {
    "vakantietoeslag_gereserveerd": "gespaarde vakantietoeslag",
    "nog_na_te_betalen": "nog na te betalen",
    "nog_te_verrekenen": "nog te verrekenen",
    "vordering": "open vordering",
}


def _betaling(datum, bedrag) -> str:
    return f"{datum_mens(datum)} {als_euro(bedrag)}"


def verschillen_staat(verwacht, staat: Staat) -> list[str]:
    """De verschillen tussen één verwachte staat (VerwachteStaat) en de berekende, als zinnen."""
    uit = []
    berekend = [(b.datum, b.bedrag) for b in staat.betalingen if b.bedrag]
    gewenst = [(b.datum, b.bedrag) for b in verwacht.betalingen]
    for i in range(max(len(berekend), len(gewenst))):
        v = gewenst[i] if i < len(gewenst) else None
        w = berekend[i] if i < len(berekend) else None
        if v == w:
            continue
        if v is None:
            uit.append(f"betaling {i + 1}: niet verwacht, berekend {_betaling(*w)}")
        elif w is None:
            uit.append(f"betaling {i + 1}: verwacht {_betaling(*v)}, niet berekend")
        else:
            uit.append(f"betaling {i + 1}: verwacht {_betaling(*v)}, berekend {_betaling(*w)}")
    for veld, naam in TOTALEN.items():
        v = getattr(verwacht, veld)
        w = getattr(staat, veld)
        if v is not None and v != w:
            uit.append(f"{naam} ({veld}): verwacht {als_euro(v)}, berekend {als_euro(w)}")
    if verwacht.bufferbudget is not None:
        for jaar in sorted(set(verwacht.bufferbudget) | set(staat.bufferbudget)):
            v, w = verwacht.bufferbudget.get(jaar, 0), staat.bufferbudget.get(jaar, 0)
            if v != w:
                uit.append(f"bufferbudget in {jaar}: verwacht {als_euro(v)}, berekend {als_euro(w)}")
    return uit


def verschillen(casus: Casus) -> list[str]:
    """Alle verschillen van verwacht_betalingen, per methode; leeg als alles klopt of er niets verwacht is."""
    if not casus.verwacht_betalingen:
        return []
    g = Grootboek(casus)
    uit = []
    for methode, verwacht in casus.verwacht_betalingen.items():
        for zin in verschillen_staat(verwacht, g.staat(methode)):
            uit.append(f"verwacht_betalingen.{methode}, {zin}")
    return uit
