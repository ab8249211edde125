# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Verwachte loonstroken uit uren × netto uurloon × loonperiode, voor de komende maanden."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

from balans.casus.loon_controle import laatste_dag, plus_maanden
from balans.casus.model import Casus, Loonstrook, Opbouw, Tijdvak
from balans.geld import als_tekst, deel_half_omhoog  # bedragen in het model zijn tekst: '800.00'

# Wet minimumloon en minimumvakantiebijslag art. 15 lid 1: vakantiebijslag 8% van het loon.
# balans past dat toe op het netto loon; dat is een benadering (de wet rekent over het brutoloon).
VAKANTIEBIJSLAG = Fraction(8, 100)
VAKANTIEBIJSLAG_BRON = "https://wetten.overheid.nl/BWBR0002638/2026-01-01#Artikel15"
WEKEN_PER_MAAND = Fraction(52, 12)


def weken_per_periode(loonperiode: str) -> Fraction:
    return {"maand": WEKEN_PER_MAAND, "vier_weken": Fraction(4), "week": Fraction(1)}[loonperiode]


def netto_per_periode(uren, uurloon_centen: int, loonperiode: str) -> int:
    bedrag = Fraction(str(uren)) * weken_per_periode(loonperiode) * uurloon_centen
    return deel_half_omhoog(bedrag.numerator, bedrag.denominator)


def _einde(van: dt.date, loonperiode: str) -> dt.date:
    if loonperiode == "maand":
        return plus_maanden(van, 1) - dt.timedelta(days=1)
    return van + dt.timedelta(days=27 if loonperiode == "vier_weken" else 6)


def verwachte_stroken(c: Casus) -> list[Loonstrook]:
    w = c.verwachting
    if w is None:
        return []
    van = w.eerste_periode_van or c.periode.van
    laatste_echte = [ls.periode.tot for ls in c.loonstroken if ls.van == "aanvrager" and ls.werkgever == w.werkgever]
    if laatste_echte and max(laatste_echte) >= van:
        van = max(laatste_echte) + dt.timedelta(days=1)
    eind = laatste_dag(c.periode.tot)
    netto = netto_per_periode(w.uren_per_week, w.netto_uurloon, w.loonperiode)
    opbouw = (
        deel_half_omhoog(netto * VAKANTIEBIJSLAG.numerator, VAKANTIEBIJSLAG.denominator) if w.vakantiegeld_opbouw else 0
    )
    uit: list[Loonstrook] = []
    while True:
        # Ook de loonperiode die over het einde van de periode loopt: haar dagen in de periode tellen mee.
        if van > eind:
            return uit
        tot = _einde(van, w.loonperiode)
        betaal = tot + dt.timedelta(days=w.dagen_tot_betaling)
        uit.append(
            Loonstrook(
                id=f"verwacht-{len(uit) + 1}",
                werkgever=w.werkgever,
                loonperiode=w.loonperiode,
                periode=Tijdvak(van=van, tot=tot),
                betaaldatum=betaal,
                netto=als_tekst(netto),
                vakantiegeld=Opbouw(opgebouwd=als_tekst(opbouw)),
                herkomst="verwachting",
            )
        )
        van = tot + dt.timedelta(days=1)


def alle_stroken(c: Casus) -> list[Loonstrook]:
    return list(c.loonstroken) + verwachte_stroken(c)
