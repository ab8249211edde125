# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Werkdagen voor betalen en verwerken: geen zaterdag, zondag, erkende feestdag of dag dat de banken dicht zijn.

De dagen komen uit de bibliotheek `holidays` (bijgehouden, met de regels per land en per betaalsysteem);
tests/test_maandstaat.py::test_feestdagen_en_betaaldagen legt vast dat het de dagen hieronder zijn.

- Feestdagen: `holidays.NL`, de officiële feestdagen: Nieuwjaarsdag, Goede Vrijdag, Pasen, Tweede Paasdag,
  Koningsdag (26 april als de 27e een zondag is), Hemelvaartsdag, Pinksteren, Tweede Pinksterdag, Eerste en
  Tweede Kerstdag, en Bevrijdingsdag alleen in lustrumjaren (2025, 2030, ...). Dat laatste volgt de banken:
  de BNG Bank verwerkt op Bevrijdingsdag in andere jaren gewoon betalingen (BRON_BANK), zoals issue 16 vraagt.
  De Algemene termijnenwet (art. 3 lid 1, BRON_FEESTDAGEN) noemt 5 mei elk jaar; de brieven rekenen hun
  termijnen daarmee (brieven/beschikking.py), de betalingen niet.
- Betalen vraagt een dag waarop de banken geld tussen banken verrekenen. Het betaalsysteem van de ECB
  (TARGET, nu T2) is dicht op Nieuwjaarsdag, Goede Vrijdag, Tweede Paasdag, 1 mei en 25 en 26 december
  (besluit van de ECB van 14 december 2000, BRON_TARGET; in `holidays` de kalender 'XECB'). De BNG Bank (de
  bank van de gemeenten) verwerkt op die zes dagen geen betalingen; een opdracht voor die dag gaat de
  eerstvolgende werkdag uit (BRON_BANK). Alleen instant betalen loopt door, en daar rekent balans niet op.
  Daarom is 1 mei hier geen werkdag: niet voor de betaaldag, en ook niet voor het verwerken, want 'op de
  maand' betaalt op de dag dat een loonstrook verwerkt is. Koningsdag, Hemelvaart en Tweede Pinksterdag
  verwerkt de bank wel, maar het zijn feestdagen: dan betaalt balans de werkdag ervoor.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import holidays

from balans.kalender import pasen

__all__ = ["banken_dicht", "betaaldag", "feestdagen", "is_werkdag", "pasen", "verwerkt_op", "vrije_dagen", "werkdag"]

BRON_FEESTDAGEN = "https://wetten.overheid.nl/BWBR0002448/2024-01-01#Artikel3"
BRON_TARGET = "https://www.ecb.europa.eu/press/pr/date/2000/html/pr001214_4.en.html"
BRON_BANK = "https://www.bngbank.nl/producten/informeren-beheren/feestdagen-betalingsverkeer"


@lru_cache(maxsize=64)
def feestdagen(jaar: int) -> frozenset[dt.date]:
    """De officiële Nederlandse feestdagen van `jaar` (holidays.NL), Bevrijdingsdag alleen in lustrumjaren."""
    return frozenset(holidays.country_holidays("NL", years=jaar))


@lru_cache(maxsize=64)
def banken_dicht(jaar: int) -> frozenset[dt.date]:
    """De sluitingsdagen van TARGET/T2 (BRON_TARGET): dan verrekenen de banken niets."""
    return frozenset(holidays.financial_holidays("XECB", years=jaar))


@lru_cache(maxsize=64)
def vrije_dagen(jaar: int) -> frozenset[dt.date]:
    """Geen betaal- of verwerkdag (buiten het weekend): de feestdagen en de dagen dat de banken dicht zijn."""
    return feestdagen(jaar) | banken_dicht(jaar)


def is_werkdag(d: dt.date) -> bool:
    return d.weekday() < 5 and d not in vrije_dagen(d.year)


def werkdag(d: dt.date, richting: int = -1) -> dt.date:
    """De betaaldag schuift terug naar de werkdag ervoor (richting -1), een verwerking vooruit (+1)."""
    while not is_werkdag(d):
        d += dt.timedelta(days=richting)
    return d


def betaaldag(maand: dt.date, dag: int) -> dt.date:
    """De betaaldag van de gemeente in een maand: dag `dag` (hoogstens de 28e), op de werkdag ervoor
    (een werkdag is ook een dag waarop de banken verrekenen: niet op Goede Vrijdag of 1 mei; zie boven).

    Valt die werkdag in de maand ervoor (betaaldag de 1e op een zaterdag, of op Nieuwjaarsdag), dan de
    eerste werkdag erna: de betaling over een maand blijft in die maand. Anders kwamen er twee betalingen
    in de ene maand en geen in de volgende, en telden verrekening, aflossing en bufferbudget per
    kalendermaand (art. 60 lid 3, art. 34b) de verkeerde maand. (In het bankwezen heet dit 'modified
    preceding'.) Gevonden met de eigenschapstest van de twee grootboeken (tests/maandstaat_vector)."""
    d = werkdag(dt.date(maand.year, maand.month, min(dag, 28)), -1)
    if d.month != maand.month:
        d = werkdag(dt.date(maand.year, maand.month, 1), 1)
    return d


def verwerkt_op(bekend_op: dt.date, verwerkingsdagen: int) -> dt.date:
    """Een loonstrook die op `bekend_op` binnenkomt, is verwerkt na de verwerkingsdagen, op een werkdag."""
    return werkdag(bekend_op + dt.timedelta(days=verwerkingsdagen), 1)
