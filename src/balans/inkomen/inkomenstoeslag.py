# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Individuele inkomenstoeslag (IIT, Pw art. 36): een bedrag per jaar van de gemeente, bij langdurig laag inkomen.

Art. 36 lid 1: het college geeft de toeslag op aanvraag aan wie 21 jaar of ouder is maar jonger dan de
pensioengerechtigde leeftijd, langdurig een laag inkomen heeft, geen vermogen boven de grens van art. 34, en naar het
oordeel van het college geen uitzicht op inkomensverbetering; niet opnieuw binnen 12 maanden. De verordening
(art. 8 lid 1 onder c) stelt de bedragen vast en wat 'langdurig' en 'laag inkomen' is: wet/parameters/art36.yaml,
standaard leeg (de gemeente heeft in balans geen IIT), en de overlay van de gemeente (wet/gemeenten/).

Aanname, zoals het hele inkomen (casus.md, 'The whole income'): 'alsof de situatie van deze maand het hele jaar zo
bleef'. Het inkomen van de maand (netto loon + bijstand + andere inkomsten; geen toeslagen, kindgebonden budget of
kinderbijslag) is hoogstens het percentage van de bijstandsnorm van de maand. Per maand tonen we een twaalfde van het
jaarbedrag, half naar boven op centen (geld.deel_half_omhoog); de gemeente betaalt één keer per 12 maanden.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from balans.geld import deel_half_omhoog
from balans.inkomen.rekenkunde import NOEMER, als_euro, pct_tekst, teller
from balans.wet.parameters import wet_url
from balans.kalender import maanden_tussen

MINIMUMLEEFTIJD = 21  # Pw art. 36 lid 1: 'van 21 jaar of ouder'
GEEN_GEMEENTE = (
    "Uw gemeente kan een individuele inkomenstoeslag geven als u lang een laag inkomen hebt (Pw art. 36). "
    "De regels daarvoor stelt de gemeente zelf vast. balans kent die regels voor uw gemeente niet. Deze toeslag "
    "zit dus niet in het totaal. Vraag uw gemeente ernaar."
)
_BEDRAGEN = (
    "bedrag_alleenstaande",
    "bedrag_alleenstaande_kind_tot_12",
    "bedrag_alleenstaande_kind_12_tot_18",
    "bedrag_gehuwden",
    "bedrag_gehuwden_kind_tot_12",
    "bedrag_gehuwden_kind_12_tot_18",
)


@dataclass(frozen=True)
class IitRegels:
    """Wat de gemeente in een maand vaststelt. Velden Any: een getal, of (gevectoriseerd) een array per rij, zodat
    een rij huishoudens uit verschillende gemeenten kan komen."""

    heeft: Any  # de gemeente heeft in balans een IIT (alle bedragen, de referteperiode en het percentage bekend)
    bedragen: tuple  # per jaar, in de volgorde van _BEDRAGEN
    referteperiode: Any  # maanden
    percentage: Any  # van de norm, als teller over rekenkunde.NOEMER (110% = 110.000)
    bron: str = ""


GEEN = IitRegels(False, (0,) * len(_BEDRAGEN), 0, 0)


def iit_regels(p) -> IitRegels:
    """De regels uit de parameters van de Participatiewet van de maand (ParameterBoom.op, met de gemeente)."""
    a = p.art36
    bedragen = tuple(getattr(a, n) for n in _BEDRAGEN)
    if any(b is None for b in bedragen) or a.referteperiode_maanden is None or a.inkomensgrens_percentage_norm is None:
        return IitRegels(False, GEEN.bedragen, 0, 0, p.bron("art36", "bedrag_alleenstaande"))
    return IitRegels(
        True,
        bedragen,
        a.referteperiode_maanden,
        teller(a.inkomensgrens_percentage_norm),
        p.bron("art36", "bedrag_alleenstaande"),
    )


@dataclass(frozen=True)
class IitFeiten:
    """Wat de regel van het huishouden in de maand moet weten naast het inkomen. Velden Any: getal of array."""

    leeftijd: Any  # van de aanvrager, in hele jaren op de eerste dag van de maand
    aow: Any  # de aanvrager heeft de pensioengerechtigde leeftijd
    maanden_laag: Any  # hele maanden laag inkomen vóór de maand; -1: niet bekend (niet in de casus)
    geen_uitzicht: Any  # oordeel van het college: geen uitzicht op inkomensverbetering
    norm: Any  # de bijstandsnorm van de maand (Uitkomst.norm)
    vermogensgrens: Any  # de grens van art. 34 voor de leefvorm
    kind_tot_12: Any = 0  # kinderen in huis jonger dan 12 op de eerste dag van de maand
    kind_12_tot_18: Any = 0  # en van 12 tot 18
    andere: Any = 0  # andere inkomsten (netto), per maand


@dataclass
class Inkomenstoeslag:
    jaar: Any  # centen per jaar
    maand: Any  # een twaalfde, half naar boven op centen


def hele_maanden_sinds(van: dt.date, maand: dt.date) -> int:
    """Hele maanden van `van` tot de eerste dag van `maand` (0 als `van` later is): een maand die niet op de 1e
    begint, telt niet mee."""
    return max(0, maanden_tussen(van, maand) - (van.day > 1))


def _wie(partner, k12, kt12) -> str:
    wie = "gehuwden of samenwonenden" if partner else "een alleenstaande"
    if k12:
        return wie + " met ten minste één kind van 12 tot 18 jaar"
    if kt12:
        return wie + " met kinderen jonger dan 12 jaar"
    return wie + " zonder kinderen"


def inkomenstoeslag(ctx, regels: IitRegels, f: IitFeiten, loon_netto, bijstand, partner, vermogen) -> Inkomenstoeslag:
    """De IIT van de maand. partner: gehuwd of samenwonend (Pw art. 3); vermogen: bezittingen min schulden."""
    xp = ctx.xp
    g = regels.bedragen
    k12, kt12 = f.kind_12_tot_18 > 0, f.kind_tot_12 > 0
    bedrag = xp.kies(
        [partner & k12, partner & kt12, partner, k12, kt12],
        [g[5], g[4], g[3], g[2], g[1]],
        g[0],
    )
    inkomen = loon_netto + bijstand + f.andere
    leeftijd_ok = (f.leeftijd >= MINIMUMLEEFTIJD) & xp.niet(f.aow)
    bekend = f.maanden_laag >= 0
    duur_ok = f.maanden_laag >= regels.referteperiode
    inkomen_ok = inkomen * NOEMER <= regels.percentage * f.norm  # exact, zonder afronding
    vermogen_ok = vermogen <= f.vermogensgrens
    recht = regels.heeft & leeftijd_ok & bekend & duur_ok & inkomen_ok & vermogen_ok & f.geen_uitzicht
    jaar = xp.als(recht, bedrag, 0)
    maand = deel_half_omhoog(jaar, 12)
    if ctx.uitleg:
        _uitleg(ctx, regels, f, inkomen, vermogen, bedrag, jaar, maand, partner)
    return Inkomenstoeslag(jaar, maand)


def _uitleg(ctx, regels, f, inkomen, vermogen, bedrag, jaar, maand, partner) -> None:
    pw36 = wet_url(ctx.maand, "36")
    if not regels.heeft:
        ctx.stap("inkomenstoeslag", "Pw art. 36", pw36, GEEN_GEMEENTE, None, tak="pw-36-geen-gemeente")
        return
    pct = pct_tekst(Fraction(regels.percentage, NOEMER))
    grens = deel_half_omhoog(regels.percentage * f.norm, NOEMER)  # alleen voor de tekst; de toets is exact
    redenen = []
    if f.leeftijd < MINIMUMLEEFTIJD:
        redenen.append(f"U bent jonger dan {MINIMUMLEEFTIJD} jaar.")
    if f.aow:
        redenen.append("U hebt de AOW-leeftijd.")
    if f.maanden_laag < 0:
        redenen.append("In de casus staat niet sinds wanneer u een laag inkomen hebt (laag_inkomen_sinds).")
    elif f.maanden_laag < regels.referteperiode:
        redenen.append(
            f"U hebt {f.maanden_laag} maanden een laag inkomen. De gemeente vraagt {regels.referteperiode} maanden."
        )
    if inkomen * NOEMER > regels.percentage * f.norm:
        redenen.append(
            f"Uw inkomen deze maand is {als_euro(inkomen)}: netto loon, bijstand en andere inkomsten. Dat is meer dan "
            f"{pct} van uw bijstandsnorm van {als_euro(f.norm)}, dus meer dan {als_euro(grens)}."
        )
    if vermogen > f.vermogensgrens:
        redenen.append(
            f"Uw vermogen ({als_euro(vermogen)}) is hoger dan de grens van de bijstand ({als_euro(f.vermogensgrens)}, "
            "Pw art. 34)."
        )
    if not f.geen_uitzicht:
        redenen.append(
            "Het college moet vinden dat u geen uitzicht hebt op meer inkomen. Dat staat niet in de casus "
            "(geen_uitzicht_op_inkomensverbetering)."
        )
    if redenen:
        ctx.stap(
            "inkomenstoeslag",
            "Pw art. 36",
            regels.bron,
            "U krijgt deze maand geen individuele inkomenstoeslag van uw gemeente. " + " ".join(redenen),
            0,
            tak="pw-36-geen-recht",
        )
        return
    ctx.stap(
        "inkomenstoeslag",
        "Pw art. 36",
        regels.bron,
        f"Individuele inkomenstoeslag van uw gemeente. U hebt {f.maanden_laag} maanden een laag inkomen; de gemeente "
        f"vraagt {regels.referteperiode} maanden. Uw inkomen deze maand is {als_euro(inkomen)}. Dat is niet meer dan "
        f"{pct} van uw bijstandsnorm ({als_euro(grens)}). Het college vindt dat u geen uitzicht hebt op meer inkomen. "
        f"Voor {_wie(partner, f.kind_12_tot_18, f.kind_tot_12)} is de toeslag {als_euro(bedrag)} per jaar. De "
        f"gemeente betaalt die één keer per 12 maanden, als u hem aanvraagt. Per maand is dat {als_euro(maand)}: "
        "een twaalfde, afgerond op centen. De toeslag telt niet mee als middelen voor de bijstand (Pw art. 36).",
        maand,
        tak="pw-36-recht",
    )
