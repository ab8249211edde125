# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Marginale druk met het hele inkomen, zoals CPB (Mimosi) en Nibud die publiceren: welk deel van een extra bruto
euro loon verdwijnt aan loonheffing, minder bijstand en minder toeslagen?

Per type huishouden en per loonpunt (0, 25, 50, 75 en 100% van het bruto minimumloon per maand van januari):
    druk = 1 - (H(loon + stap) - H(loon)) / stap,      stap = 10% van het minimumloon,
met H = netto loon + bijstand + zorgtoeslag + kindgebonden budget + kinderbijslag, gemiddeld over de maanden van
de run. De noemer is het BRUTO loon (zo rekent het CPB); de gewone armoedeval (armoedeval.py) rekent met netto loon.

Het netto loon komt uit het bruto met de witte maandtabel (met loonheffingskorting, inkomen.loonheffing), met de
tabel van de eerste maand van de run. Vakantiegeld en pensioenpremie vallen erbuiten. Iedereen begint in de eerste
maand met werken: een vrijlating met een looptijd loopt af zoals de wet zegt. Huurtoeslag zit er niet in (deze
tabel volgt het CPB zonder huur); met huurtoeslag is de druk hoger: zie de armoedeval (armoedeval.py, druk_heel),
die wel met een huur rekent. De invoer komt uit beleid/voorbeeld.py, dezelfde als de armoedeval. Alles gevectoriseerd: één array voor alle typen en punten.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from fractions import Fraction

import numpy as np

from balans.inkomen import kinderbijslag as kb
from balans.inkomen.context import ctx_voor
from balans.inkomen.heel import NIET_IN_HET_TOTAAL, heel_inkomen
from balans.inkomen.kindgebonden_budget import tel_kinderen
from balans.inkomen.loonheffing import netto_loon
from balans.beleid import voorbeeld
from balans.rekenen.invoer import MaandInvoer
from balans.rekenen.populatie import bereken_maanden
from balans.wet.parameters import ParameterBoom

PUNTEN = (Fraction(0), Fraction(1, 4), Fraction(1, 2), Fraction(3, 4), Fraction(1))  # x het minimumloon
STAP = Fraction(1, 10)
_KIND_1, _KIND_2 = dt.date(2020, 4, 1), dt.date(2018, 4, 1)
# (naam, partner, kinderen); geboortedata vast, zodat niemand in de run 27 of AOW-gerechtigd wordt
TYPEN = (
    ("alleenstaande", False, ()),
    ("alleenstaande ouder, 1 kind", False, (_KIND_1,)),
    ("alleenstaande ouder, 2 kinderen", False, (_KIND_1, _KIND_2)),
    ("paar", True, ()),
    ("paar, 2 kinderen", True, (_KIND_1, _KIND_2)),
)
ONDERDELEN = ("loon_netto", "bijstand", "zorgtoeslag", "kindgebonden_budget", "kinderbijslag")


@dataclass
class MarginaleDruk:
    minimumloon: int  # bruto per maand (januari van de eerste maand), centen
    punten: tuple[Fraction, ...]
    stap: int  # bruto per maand, centen
    bruto: list[int]  # bruto loon per punt, centen
    # per type: per punt de onderdelen (gemiddeld per maand, centen) en het totaal
    inkomen: dict[str, list[dict[str, int]]]
    druk: dict[str, list[Fraction]]  # per type: per punt, exact
    niet_in_het_totaal: str = NIET_IN_HET_TOTAAL


def _invoer(loon_netto: np.ndarray) -> tuple[MaandInvoer, np.ndarray, list[tuple]]:
    rijen = [(partner, kinderen) for _, partner, kinderen in TYPEN for _ in range(len(loon_netto))]
    inv = voorbeeld.invoer(rijen, np.tile(loon_netto, len(TYPEN)))
    return inv, inv.heeft_partner, rijen


def bereken(
    boom: ParameterBoom, maanden: list[dt.date], punten: tuple[Fraction, ...] = PUNTEN, stap: Fraction = STAP
) -> MarginaleDruk:
    eerste = ctx_voor(maanden[0], uitleg=False, vector=True, boom=boom)
    wml = eerste.p.minimumloon.maandbedrag_januari
    stap_c = int(stap * wml)
    laag = [int(x * wml) for x in punten]
    bruto = np.array(laag + [b + stap_c for b in laag], dtype=np.int64)  # elk punt en het punt een stap hoger
    netto = netto_loon(eerste, bruto)[0]
    inv, partner, rijen = _invoer(netto)
    n = len(rijen)
    loon_b = np.tile(bruto, len(TYPEN))
    loon_n = np.tile(netto, len(TYPEN))
    som = {o: np.zeros(n, np.int64) for o in ONDERDELEN}
    for m, u in bereken_maanden(boom, ((m, inv) for m in maanden), voorbeeld.begin(n)):
        ctx = ctx_voor(m, uitleg=False, vector=True, boom=boom)
        kgb = np.array([tel_kinderen(r[1], m) for r in rijen], np.int64).reshape(n, 3)
        kbs = np.array([kb.tel_kinderen(r[1], m) for r in rijen], np.int64).reshape(n, 3)
        h = heel_inkomen(
            ctx,
            np.broadcast_to(np.asarray(u.bijstand, np.int64), (n,)),
            loon_b,
            partner,
            tuple(kgb.T),
            tuple(kbs.T),
            loon_netto=loon_n,
        )
        for o in ONDERDELEN:
            som[o] += np.broadcast_to(np.asarray(getattr(h, o)), (n,))
    mm = len(maanden)
    k = len(bruto)
    inkomen, druk = {}, {}
    for t, (naam, _, _) in enumerate(TYPEN):
        rij = []
        for i in range(k):
            d = {o: int(som[o][t * k + i]) // mm for o in ONDERDELEN}
            d["totaal"] = sum(d[o] for o in ONDERDELEN)
            rij.append(d)
        p = len(punten)
        inkomen[naam] = rij[:p]
        druk[naam] = [1 - Fraction(rij[p + i]["totaal"] - rij[i]["totaal"], stap_c) for i in range(p)]
    return MarginaleDruk(minimumloon=wml, punten=tuple(punten), stap=stap_c, bruto=laag, inkomen=inkomen, druk=druk)
