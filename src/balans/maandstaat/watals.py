# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Wat als ik meer uren werk? Huishoudinkomen (bijstand + netto loon) tegen uren per week.

Eén maand, met dezelfde regelkern; het loon per maand is uren × 52/12 × netto uurloon. Wat de maandstaat
meetelt, telt hier ook: het opgebouwde vakantiegeld (8%, art. 32 lid 2) als de verwachting dat opbouwt.
Zonder woning in de casus: alleen de bijstand, en balans zegt dat erbij in plaats van te gokken. Met een woning
ook het hele inkomen per punt (hele_inkomen): zorgtoeslag, kindgebonden budget en kinderbijslag, en met een
huurwoning (kale huur en servicekosten in de casus) ook de huurtoeslag.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from decimal import Decimal
from fractions import Fraction

from balans.casus.model import Casus
from balans.geld import deel_half_omhoog
from balans.rekenen.verwachting import VAKANTIEBIJSLAG, WEKEN_PER_MAAND, netto_per_periode
from balans.rekenen.casus import begintoestand, maandinvoeren, met_loon
from balans.wet.context import Ctx, Scalair
from balans.rekenen.maand import bereken_maand
from balans.wet.parameters import ParameterBoom


@dataclass(frozen=True)
class Punt:
    uren: Decimal
    loon: int
    bijstand: int
    vrijlating: int
    vakantiegeld: int = 0  # opgebouwd deze maand; komt in mei, maar is van deze maand (art. 32 lid 2)

    @property
    def totaal(self) -> int:
        # Het vakantiegeld telt als inkomen mee en verlaagt de bijstand; zonder het in het totaal zou
        # meer werken boven het maximum van de vrijlating minder opleveren, en dat is niet zo.
        return self.loon + self.vakantiegeld + self.bijstand


def curve(
    c: Casus,
    uurloon: int,
    maand: dt.date | None = None,
    tot_uren: int | Decimal = 40,
    stap: Decimal = Decimal("1"),
    boom: ParameterBoom | None = None,
    van_uren: Decimal = Decimal(0),
    vakantiegeld: bool | None = None,
) -> list[Punt]:
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


def curve_zoals_maandstaat(
    c: Casus, punten: list[tuple[Decimal, int]], boom: ParameterBoom | None = None
) -> list[Punt]:
    """De curve in de eerste maand van de casus, precies zoals de maandstaat die maand rekent.

    Per punt (uren per week, netto uurloon): de verwachting van de casus met die uren en dat uurloon, het loon
    toegerekend zoals de maandstaat dat doet (art. 32: met de loonperiode van de verwachting, dus elke vier
    weken of elke week per dag over de maanden verdeeld, met het opgebouwde vakantiegeld) en de bijstand uit
    dezelfde regelkern met dezelfde begintoestand. Het punt bij de uren van de casus is dus de eerste maand
    van `bereken(c)`; `curve` rekent met 52/12 weken per maand en wijkt daar bij loon per vier weken van af.
    Alleen de eerste maand: in een latere maand hangt de vrijlating af van de maanden ervoor."""
    w = c.verwachting
    if w is None:
        raise ValueError("curve_zoals_maandstaat: de casus heeft geen verwachting")
    from balans.rekenen.toerekening import Toerekening
    from balans.rekenen.verwachting import alle_stroken
    from balans.rekenen import dagdelen

    boom = boom or ParameterBoom.voor(c.regime or "wet", c.gemeente)
    maand = c.periode.van
    basis = dict(maandinvoeren(c))[maand]
    versies = dagdelen.wetsversies(boom, maand)
    if versies:
        basis = replace(basis, wetsversies=versies)
    st = begintoestand(c)
    ctx = Ctx(Scalair, maand, boom.op(maand), False)
    uit = []
    for uren, uurloon in punten:
        # Alleen deze maand: het loon erin is hetzelfde (een loonperiode over het einde telt met haar dagen mee).
        ch = c.model_copy(
            update={
                "verwachting": w.model_copy(update={"uren_per_week": uren, "netto_uurloon": uurloon}),
                "periode": c.periode.model_copy(update={"tot": maand}),
            }
        )
        loon = opbouw = partner = 0
        for post in Toerekening(ch, alle_stroken(ch), boom).posten:
            if post.maand != maand:
                continue
            if post.persoon == "partner":
                partner += post.bedrag
            elif post.soort == "loon":
                loon += post.bedrag
            else:
                opbouw += post.bedrag
        u, _ = bereken_maand(ctx, met_loon(basis, loon + opbouw, partner), st)
        uit.append(Punt(Decimal(uren), loon, int(u.bijstand), int(u.vrijlating), opbouw))
    return uit


def netto_uurloon_uit_bruto(bruto_uurloon: int, uren: Decimal, maand: dt.date) -> int:
    """Het netto uurloon bij zoveel uren per week en een bruto uurloon: het netto maandloon uit de witte maandtabel
    (met loonheffingskorting, inkomen.loonheffing) bij uren x 52/12 x het bruto uurloon, terug naar een uur. Bij
    meer uren is de loonheffing per uur anders, dus het hangt van de uren af (bij 0 uur: dat van 1 uur)."""
    from balans.inkomen.context import ctx_voor
    from balans.inkomen.loonheffing import netto_loon

    per_maand = (Fraction(str(uren)) if uren > 0 else Fraction(1)) * WEKEN_PER_MAAND
    bruto = per_maand * bruto_uurloon
    netto = netto_loon(ctx_voor(maand, uitleg=False), deel_half_omhoog(bruto.numerator, bruto.denominator))[0]
    per_uur = Fraction(int(netto)) / per_maand
    return deel_half_omhoog(per_uur.numerator, per_uur.denominator)


def uurlonen(
    uren: list[Decimal],
    maand: dt.date,
    netto: int | None = None,
    bruto: int | None = None,
    vast: tuple[Decimal, int] | None = None,
) -> list[tuple[Decimal, int]]:
    """Per aantal uren het netto uurloon: het netto dat is opgegeven, of uit het bruto (netto_uurloon_uit_bruto).
    vast: (uren, netto uurloon) dat voor die uren al vaststaat (het uurloon in de verwachting van de casus)."""
    uit = []
    for u in uren:
        if vast is not None and u == vast[0]:
            uit.append((u, vast[1]))
        elif bruto is not None:
            uit.append((u, netto_uurloon_uit_bruto(bruto, u, maand)))
        elif netto is not None:
            uit.append((u, netto))
        else:
            raise ValueError("uurlonen: geef een netto of een bruto uurloon")
    return uit


def marginale_druk(hele: list[HeelPunt]) -> list[Decimal | None]:
    """Per punt de marginale druk tegenover het punt ervoor, zoals het CPB en het Nibud: 1 - (verschil in wat u
    overhoudt) / (verschil in bruto loon), als percentage met één decimaal. Het eerste punt, of geen hoger bruto
    loon: None."""
    uit: list[Decimal | None] = [None]
    for a, b in zip(hele, hele[1:]):
        d = b.loon_bruto - a.loon_bruto
        if d <= 0:
            uit.append(None)
            continue
        tiende = deel_half_omhoog(1000 * (d - (b.wat_u_overhoudt - a.wat_u_overhoudt)), d)
        uit.append((Decimal(tiende) / 10).quantize(Decimal("0.1")))
    return uit


def bijstand_stopt_bij(punten: list[Punt]) -> Decimal | None:
    for pt in punten:
        if pt.bijstand == 0:
            return pt.uren
    return None


@dataclass(frozen=True)
class HeelPunt:
    """Het hele inkomen bij een punt van de curve (zelfde maand, zelfde uren): wat u overhoudt."""

    uren: Decimal
    loon_bruto: int  # bruto loon bij het netto loon + opgebouwd vakantiegeld (witte tabel)
    bijstand_bruto: int
    zorgtoeslag: int
    kindgebonden_budget: int
    kinderbijslag: int
    wat_u_overhoudt: int  # Punt.totaal + zorgtoeslag + kindgebonden budget + kinderbijslag + huurtoeslag
    huurtoeslag: int | None = None  # per maand (voorschot); None: geen huurwoning in de casus, dus niet berekend

    @property
    def toeslagen(self) -> int:
        """Zorgtoeslag, kindgebonden budget, kinderbijslag en huurtoeslag samen, per maand."""
        return self.zorgtoeslag + self.kindgebonden_budget + self.kinderbijslag + (self.huurtoeslag or 0)


def kan_hele_inkomen(c: Casus) -> bool:
    """Het hele inkomen rekenen we uit als de casus het huishouden voor de toeslagen beschrijft (een woning),
    zoals `balans bereken --json` het inkomen-blok geeft. Het laden controleert al dat de jaren bekend zijn
    (inkomen/invoer.controleer_woning)."""
    return c.huishouden.woning is not None


def hele_inkomen(c: Casus, punten: list[Punt], maand: dt.date | None = None) -> list[HeelPunt]:
    """Per punt: zorgtoeslag, kindgebonden budget, kinderbijslag en (bij een huurwoning) huurtoeslag bij dat loon,
    en wat het huishouden overhoudt.

    Zoals het inkomen-blok (rekenen/huishouden.py): toetsingsinkomen = 12 x (bruto loon + bruto bijstand) van deze
    maand, het bruto loon terug uit het netto (witte tabel, met loonheffingskorting). Het loon van een partner en
    andere inkomsten blijven hier buiten, zoals in de curve zelf (alleen het loon van de aanvrager verandert).
    De huurtoeslag komt uit dezelfde functie als in het inkomen-blok (huishouden._huurtoeslag: de bewoners van
    die maand, de AOW-leeftijd, de jongerengrens), met hetzelfde toetsingsinkomen."""
    from balans.inkomen import kinderbijslag as kb
    from balans.inkomen.context import ctx_voor
    from balans.inkomen.heel import bruto_uit_netto, heel_inkomen
    from balans.rekenen.huishouden import _huurtoeslag  # één regel voor wie er in huis woont (inkomen-blok)
    from balans.inkomen.kindgebonden_budget import leeftijd_wkb, tel_kinderen

    maand = maand or c.periode.van
    h = c.huishouden
    invoeren = dict(maandinvoeren(c))
    basis = invoeren.get(maand) or invoeren[c.periode.van]
    ctx = ctx_voor(maand, uitleg=False)
    # De partner telt als toeslagpartner in de maanden waarin hij op de eerste dag in huis is (Awir art. 5), zoals
    # huishouden._in_huis.
    lid = h.partner
    partner = (lid is not None and (lid.van or maand) <= maand <= (lid.tot or maand)) or h.aanvrager.toeslagpartner
    kinderen = [k.geboortedatum for k in h.kinderen]
    vermogen = max(0, int(basis.bezittingen) - int(basis.schulden))
    verzekerd = leeftijd_wkb(h.aanvrager.geboortedatum, maand) >= 18
    huur = h.woning is not None and h.woning.soort == "huur"
    uit = []
    for p in punten:
        netto = p.loon + p.vakantiegeld
        bruto = bruto_uit_netto(ctx, netto)
        x = heel_inkomen(
            ctx,
            p.bijstand,
            bruto,
            partner,
            tel_kinderen(kinderen, maand),
            kb.tel_kinderen(kinderen, maand),
            vermogen=vermogen,
            verzekerd=verzekerd,
            loon_netto=netto,
        )
        ht = int(_huurtoeslag(ctx, c, maand, int(x.toetsingsinkomen), partner, vermogen).maand) if huur else None
        uit.append(
            HeelPunt(
                p.uren,
                bruto,
                int(x.bijstand_bruto),
                int(x.zorgtoeslag),
                int(x.kindgebonden_budget),
                int(x.kinderbijslag),
                int(x.totaal) + (ht or 0),
                ht,
            )
        )
    return uit
