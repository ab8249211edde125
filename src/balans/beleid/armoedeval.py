"""De armoedeval: hoeveel van elke extra verdiende euro houdt iemand over, per aantal uren werk?

Voorbeeldhuishoudens (alleenstaande, alleenstaande ouder, paar) werken 0 tot 40 uur per week tegen
een vast netto uurloon, over de maanden van de run. Ze beginnen in de eerste maand met werken,
dus een vrijlating met een looptijd loopt af zoals de wet zegt. Alles gaat door de gevectoriseerde
regelkern: dezelfde regels als voor één huishouden.

Marginale druk van u1 naar u2 uur = 1 - (extra inkomen) / (extra loon), inkomen = bijstand + loon.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from fractions import Fraction

import numpy as np

from balans.rekenen.invoer import GEEN_PERSOON, MaandInvoer, Toestand
from balans.rekenen.populatie import bereken_maanden
from balans.wet.parameters import ParameterBoom

UREN = tuple(range(0, 41, 4))
WEKEN_PER_MAAND = Fraction(52, 12)
# (naam, partner, kind): geboortedata liggen vast, zodat niemand in de run 27 of AOW-gerechtigd wordt
TYPEN = (("alleenstaande", False, False), ("alleenstaande ouder", False, True), ("paar", True, False),
         ("paar met kinderen", True, True))


@dataclass
class Armoedeval:
    uren: tuple[int, ...]
    netto_uurloon: int                     # centen
    loon: dict[str, list[int]]             # per type: loon per maand (gemiddeld over de run), centen
    inkomen: dict[str, list[int]]          # bijstand + loon per maand (gemiddeld), centen
    druk: dict[str, list[float | None]]    # marginale druk van de vorige urenstap naar deze (0..1+), None bij 0 uur


def _invoer(uren: tuple[int, ...], loon_maand: np.ndarray) -> MaandInvoer:
    k = len(uren)
    rijen = [(partner, kind) for _, partner, kind in TYPEN for _ in range(k)]
    n = len(rijen)
    partner = np.array([r[0] for r in rijen])
    kind = np.array([r[1] for r in rijen])
    return MaandInvoer(
        a_jaar=np.full(n, 1990), a_maand=np.full(n, 6), a_dag=np.full(n, 15),
        heeft_partner=partner, p_jaar=np.where(partner, 1991, GEEN_PERSOON), p_maand=np.full(n, 3),
        p_dag=np.full(n, 1), p_rechthebbend=np.ones(n, bool),
        a_medisch_urenbeperkt=np.zeros(n, bool), p_medisch_urenbeperkt=np.zeros(n, bool),
        a_doelgroep_lks=np.zeros(n, bool), p_doelgroep_lks=np.zeros(n, bool),
        a_beroep_op_ouders=np.ones(n, bool), p_beroep_op_ouders=np.ones(n, bool),
        mantelzorg_elders=np.zeros(n, bool), toeslagpartner=np.zeros(n, bool),
        kinderen=(np.where(kind, 2020, GEEN_PERSOON)[:, None], np.full((n, 1), 4), np.full((n, 1), 1)),
        medebewoners=(np.full((n, 1), GEEN_PERSOON), np.ones((n, 1), np.int64), np.ones((n, 1), np.int64),
                      np.zeros((n, 1), bool)),
        arbeid_a=np.tile(loon_maand, len(TYPEN)), bezittingen=np.zeros(n, np.int64), schulden=np.zeros(n, np.int64),
    )


def bereken(boom: ParameterBoom, maanden: list[dt.date], netto_uurloon: int, uren: tuple[int, ...] = UREN) -> Armoedeval:
    loon_maand = np.array([int(u * netto_uurloon * WEKEN_PER_MAAND) for u in uren], dtype=np.int64)
    inv = _invoer(uren, loon_maand)
    n = len(uren) * len(TYPEN)
    z = np.zeros(n, np.int64)
    begin = Toestand(n_a=z, n_p=z, r_a=z, r_p=z, z_a=z, z_p=z, b34a_a=z, b34a_p=z, giften_jaar=z, taaleis_maanden=z,
                     vermogen_aanvang=z - 1, vermogen_laagste=z, kalenderjaar=0)
    bijstand = np.zeros(n, np.int64)
    for _, u in bereken_maanden(boom, ((m, inv) for m in maanden), begin):
        bijstand += np.broadcast_to(np.asarray(u.bijstand), (n,))
    m = len(maanden)
    loon, inkomen, druk = {}, {}, {}
    for t, (naam, _, _) in enumerate(TYPEN):
        b = bijstand[t * len(uren):(t + 1) * len(uren)]
        ink = [(int(b[i]) + int(loon_maand[i]) * m) // m for i in range(len(uren))]
        loon[naam] = [int(x) for x in loon_maand]
        inkomen[naam] = ink
        lo = loon[naam]
        druk[naam] = [None] + [1 - (ink[i] - ink[i - 1]) / (lo[i] - lo[i - 1]) if lo[i] != lo[i - 1] else None
                               for i in range(1, len(uren))]
    return Armoedeval(uren=tuple(uren), netto_uurloon=netto_uurloon, loon=loon, inkomen=inkomen, druk=druk)


def gemiddelde_druk(a: Armoedeval, type_: str, tot_uren: int) -> float:
    """Marginale druk over de hele stap van 0 naar tot_uren uur (1 - extra inkomen / extra loon)."""
    i = a.uren.index(tot_uren)
    extra_loon = a.loon[type_][i] - a.loon[type_][0]
    return 1 - (a.inkomen[type_][i] - a.inkomen[type_][0]) / extra_loon
