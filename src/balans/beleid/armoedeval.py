# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""De armoedeval: hoeveel van elke extra verdiende euro houdt iemand over, per aantal uren werk?

Voorbeeldhuishoudens (alleenstaande, alleenstaande ouder, paar) werken 0 tot 40 uur per week tegen
een vast netto uurloon, over de maanden van de run. Ze beginnen in de eerste maand met werken,
dus een vrijlating met een looptijd loopt af zoals de wet zegt. Alles gaat door de gevectoriseerde
regelkern: dezelfde regels als voor één huishouden.

Marginale druk van u1 naar u2 uur = 1 - (extra inkomen) / (extra loon), inkomen = bijstand + loon.

Met het hele inkomen (in 2024-2027, inkomen.heel): hele_inkomen = netto loon + bijstand + zorgtoeslag +
kindgebonden budget + kinderbijslag + huurtoeslag, en druk_heel = 1 - (extra hele inkomen) / (extra BRUTO loon),
zoals het CPB. Het bruto loon is het laagste bruto bij dit netto (witte maandtabel, met loonheffingskorting). De
huur van het voorbeeld is de aftoppingsgrens (huurtoeslag.passende_huur): tot die huur wijzen corporaties een
huishouden met recht op huurtoeslag een woning toe (passend toewijzen). Doel i en v van het toetsingskader
gebruiken dit hele inkomen.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from fractions import Fraction

import numpy as np

from balans.beleid import voorbeeld
from balans.rekenen.invoer import MaandInvoer
from balans.rekenen.populatie import bereken_maanden
from balans.wet.parameters import ParameterBoom

UREN = tuple(range(0, 41, 4))
WEKEN_PER_MAAND = Fraction(52, 12)
# (naam, partner, kind): geboortedata liggen vast, zodat niemand in de run 27 of AOW-gerechtigd wordt
TYPEN = (
    ("alleenstaande", False, False),
    ("alleenstaande ouder", False, True),
    ("paar", True, False),
    ("paar met kinderen", True, True),
)
KIND = dt.date(2020, 4, 1)


@dataclass
class Armoedeval:
    uren: tuple[int, ...]
    netto_uurloon: int  # centen
    loon: dict[str, list[int]]  # per type: loon per maand (gemiddeld over de run), centen
    inkomen: dict[str, list[int]]  # bijstand + loon per maand (gemiddeld), centen
    druk: dict[str, list[float | None]]  # marginale druk van de vorige urenstap naar deze (0..1+), None bij 0 uur
    # het hele inkomen (leeg buiten 2024-2027): per type, per urenstap, gemiddeld per maand, centen
    bruto: dict[str, list[int]] = field(default_factory=dict)
    hele_inkomen: dict[str, list[int]] = field(default_factory=dict)
    huurtoeslag: dict[str, list[int]] = field(default_factory=dict)
    druk_heel: dict[str, list[float | None]] = field(default_factory=dict)  # tegen het bruto loon


def _invoer(uren: tuple[int, ...], loon_maand: np.ndarray) -> MaandInvoer:
    rijen = [(partner, (KIND,) if kind else ()) for _, partner, kind in TYPEN for _ in uren]
    return voorbeeld.invoer(rijen, np.tile(loon_maand, len(TYPEN)))


def bereken(
    boom: ParameterBoom, maanden: list[dt.date], netto_uurloon: int, uren: tuple[int, ...] = UREN
) -> Armoedeval:
    loon_maand = np.array([int(u * netto_uurloon * WEKEN_PER_MAAND) for u in uren], dtype=np.int64)
    inv = _invoer(uren, loon_maand)
    n = len(uren) * len(TYPEN)
    bijstand = np.zeros(n, np.int64)
    heel = _HeelSom(boom, maanden, uren, loon_maand)
    for maand, u in bereken_maanden(boom, ((m, inv) for m in maanden), voorbeeld.begin(n)):
        b = np.broadcast_to(np.asarray(u.bijstand, np.int64), (n,))
        bijstand += b
        heel.tel(maand, b)
    m = len(maanden)
    loon, inkomen, druk = {}, {}, {}
    for t, (naam, _, _) in enumerate(TYPEN):
        b = bijstand[t * len(uren) : (t + 1) * len(uren)]
        ink = [(int(b[i]) + int(loon_maand[i]) * m) // m for i in range(len(uren))]
        loon[naam] = [int(x) for x in loon_maand]
        inkomen[naam] = ink
        lo = loon[naam]
        druk[naam] = [None] + [
            1 - (ink[i] - ink[i - 1]) / (lo[i] - lo[i - 1]) if lo[i] != lo[i - 1] else None for i in range(1, len(uren))
        ]
    return Armoedeval(
        uren=tuple(uren), netto_uurloon=netto_uurloon, loon=loon, inkomen=inkomen, druk=druk, **heel.uitkomst(m)
    )


class _HeelSom:
    """Telt per maand het hele inkomen van de voorbeeldhuishoudens op (alleen als balans de toeslagen van alle
    maanden kent). De toeslagparameters komen uit dezelfde variant (inkomen.context.ctx_voor met de boom)."""

    def __init__(self, boom, maanden, uren, loon_maand):
        from balans.inkomen.parameters import EERSTE_JAAR, LAATSTE_JAAR

        self.aan = EERSTE_JAAR <= maanden[0].year and maanden[-1].year <= LAATSTE_JAAR
        self.boom, self.uren = boom, uren
        k = len(uren)
        self.partner = np.repeat(np.array([t[1] for t in TYPEN]), k)
        self.kind = np.repeat(np.array([t[2] for t in TYPEN]), k)
        self.personen = 1 + self.partner.astype(np.int64) + self.kind
        self.netto = np.tile(loon_maand, len(TYPEN))
        self.som = np.zeros(len(self.netto), np.int64)
        self.ht = np.zeros(len(self.netto), np.int64)
        self.bruto = None

    def tel(self, maand, bijstand):
        if not self.aan:
            return
        from balans.inkomen import kinderbijslag as kb
        from balans.inkomen.context import ctx_voor
        from balans.inkomen.heel import bruto_uit_netto, heel_inkomen
        from balans.inkomen.huurtoeslag import passende_huur
        from balans.inkomen.kindgebonden_budget import tel_kinderen

        ctx = ctx_voor(maand, uitleg=False, vector=True, boom=self.boom)
        if self.bruto is None:  # de tabel van de eerste maand, zoals marginale_druk
            self.bruto = np.asarray(bruto_uit_netto(ctx, self.netto), np.int64)
        een = np.array(tel_kinderen((KIND,), maand), np.int64)
        kgb = tuple(np.where(self.kind, x, 0) for x in een)
        kbs = tuple(np.where(self.kind, x, 0) for x in np.array(kb.tel_kinderen((KIND,), maand), np.int64))
        h = heel_inkomen(
            ctx,
            bijstand,
            self.bruto,
            self.partner,
            kgb,
            kbs,
            loon_netto=self.netto,
            kale_huur=passende_huur(ctx, self.personen),
            personen=self.personen,
        )
        self.som += np.broadcast_to(np.asarray(h.totaal, np.int64), self.som.shape)
        self.ht += np.broadcast_to(np.asarray(h.huurtoeslag, np.int64), self.ht.shape)

    def uitkomst(self, m: int) -> dict:
        if not self.aan or self.bruto is None:
            return {}
        k = len(self.uren)
        uit: dict = {"bruto": {}, "hele_inkomen": {}, "huurtoeslag": {}, "druk_heel": {}}
        for t, (naam, _, _) in enumerate(TYPEN):
            rij = slice(t * k, (t + 1) * k)
            b = [int(x) for x in self.bruto[rij]]
            h = [int(x) // m for x in self.som[rij]]
            uit["bruto"][naam], uit["hele_inkomen"][naam] = b, h
            uit["huurtoeslag"][naam] = [int(x) // m for x in self.ht[rij]]
            uit["druk_heel"][naam] = [None] + [
                1 - (h[i] - h[i - 1]) / (b[i] - b[i - 1]) if b[i] != b[i - 1] else None for i in range(1, k)
            ]
        return uit


def gemiddelde_druk(a: Armoedeval, type_: str, tot_uren: int) -> float:
    """Marginale druk over de hele stap van 0 naar tot_uren uur (1 - extra inkomen / extra loon)."""
    i = a.uren.index(tot_uren)
    extra_loon = a.loon[type_][i] - a.loon[type_][0]
    return 1 - (a.inkomen[type_][i] - a.inkomen[type_][0]) / extra_loon


def gemiddelde_druk_heel(a: Armoedeval, type_: str, tot_uren: int) -> float | None:
    """Als gemiddelde_druk, met het hele inkomen tegen het bruto loon; None zonder hele inkomen."""
    if type_ not in a.hele_inkomen:
        return None
    i = a.uren.index(tot_uren)
    return 1 - (a.hele_inkomen[type_][i] - a.hele_inkomen[type_][0]) / (a.bruto[type_][i] - a.bruto[type_][0])
