"""Wat als ik meer uren werk? Huishoudinkomen (bijstand + netto loon) tegen uren per week.

Eén maand, met dezelfde regelkern; het loon per maand is uren × 52/12 × netto uurloon. Wat de maandstaat
meetelt, telt hier ook: het opgebouwde vakantiegeld (8%, art. 32 lid 2) als de verwachting dat opbouwt.
Zonder toeslagen: balans rekent alleen de bijstand, en zegt dat erbij in plaats van te gokken.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from balans.casus.model import Casus
from balans.geld import deel_half_omhoog
from balans.maandstaat.verwachting import VAKANTIEBIJSLAG, netto_per_periode
from balans.rekenen.casus import begintoestand, maandinvoeren, met_loon
from balans.rekenen.context import Ctx, Scalair
from balans.rekenen.maand import bereken_maand
from balans.wet.parameters import ParameterBoom


@dataclass(frozen=True)
class Punt:
    uren: Decimal
    loon: int
    bijstand: int
    vrijlating: int
    vakantiegeld: int = 0   # opgebouwd deze maand; komt in mei, maar is van deze maand (art. 32 lid 2)

    @property
    def totaal(self) -> int:
        # Het vakantiegeld telt als inkomen mee en verlaagt de bijstand; zonder het in het totaal zou
        # meer werken boven het maximum van de vrijlating minder opleveren, en dat is niet zo.
        return self.loon + self.vakantiegeld + self.bijstand


def curve(c: Casus, uurloon: int, maand: dt.date | None = None, tot_uren: int | Decimal = 40, stap: Decimal = Decimal("1"),
          boom: ParameterBoom | None = None, van_uren: Decimal = Decimal(0),
          vakantiegeld: bool | None = None) -> list[Punt]:
    if vakantiegeld is None:
        vakantiegeld = c.verwachting is not None and c.verwachting.vakantiegeld_opbouw
    boom = boom or ParameterBoom.voor(c.regime or "wet", c.gemeente)
    maand = maand or c.periode.van
    invoeren = dict(maandinvoeren(c))
    basis = invoeren.get(maand) or invoeren[c.periode.van]
    st = begintoestand(c)
    p = boom.op(maand)
    uit, uren = [], Decimal(van_uren)
    while uren <= tot_uren:
        loon = netto_per_periode(uren, uurloon, "maand")
        opbouw = deel_half_omhoog(loon * VAKANTIEBIJSLAG.numerator, VAKANTIEBIJSLAG.denominator) if vakantiegeld else 0
        u, _ = bereken_maand(Ctx(Scalair, maand, p, False), met_loon(basis, loon + opbouw, 0), st)
        uit.append(Punt(uren, loon, int(u.bijstand), int(u.vrijlating), opbouw))
        uren += stap
    return uit


def bijstand_stopt_bij(punten: list[Punt]) -> Decimal | None:
    for pt in punten:
        if pt.bijstand == 0:
            return pt.uren
    return None
