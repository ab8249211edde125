# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Werkdagen voor betalen en verwerken: geen zaterdag, zondag, erkende feestdag of dag dat de banken dicht zijn.

Waarom geen bibliotheek (`holidays`): die is hier niet geïnstalleerd en zou een nieuwe afhankelijkheid
in pyproject.toml vragen, terwijl het om acht dagen gaat die op vaste regels liggen. De regels staan
hieronder, met hun bron; tests/test_maandstaat.py::test_feestdagen_en_betaaldagen legt ze vast.

- De feestdagen van de Algemene termijnenwet art. 3 lid 1 (BWBR0002448): Nieuwjaarsdag, Tweede
  Paasdag, Hemelvaartsdag, Tweede Pinksterdag, Eerste en Tweede Kerstdag, de verjaardag van de Koning
  (27 april; 26 april als de 27e een zondag is) en de vijfde mei.
- Bevrijdingsdag: de banken zijn alleen in lustrumjaren (2025, 2030, ...) dicht en verwerken in andere
  jaren gewoon betalingen (de BNG Bank verwerkt op Bevrijdingsdag betalingen, BRON_BANK); balans volgt
  daarin de banken, zoals issue 16 vraagt. Dat wijkt af van de Algemene termijnenwet, die 5 mei elk jaar noemt.
- Goede Vrijdag: de Algemene termijnenwet stelt hem voor termijnen gelijk met een feestdag (art. 3 lid 2; de
  brieven rekenen daar ook zo mee).
- Betalen vraagt een dag waarop de banken geld tussen banken verrekenen. Het betaalsysteem van de ECB
  (TARGET, nu T2) is dicht op Nieuwjaarsdag, Goede Vrijdag, Tweede Paasdag, 1 mei en 25 en 26 december
  (besluit van de ECB van 14 december 2000, BRON_TARGET). De BNG Bank (de bank van de gemeenten) verwerkt
  op die zes dagen geen betalingen; een opdracht voor die dag gaat de eerstvolgende werkdag uit
  (BRON_BANK). Een gewone overboeking komt dan niet aan; alleen instant betalen loopt door, en daar rekent
  balans niet op. Daarom zijn Goede Vrijdag en 1 mei hier geen werkdag (de andere vier zijn al feestdagen):
  niet voor de betaaldag, en ook niet voor het verwerken, want 'op de maand' betaalt op de dag dat een
  loonstrook verwerkt is. Koningsdag, Bevrijdingsdag, Hemelvaart en Tweede Pinksterdag verwerkt de bank
  wel, maar het zijn feestdagen: dan betaalt balans de werkdag ervoor, zoals al gold.
- Pasen: balans.kalender.pasen, dezelfde datum als in de brieven.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from balans.kalender import pasen

BRON_FEESTDAGEN = "https://wetten.overheid.nl/BWBR0002448/2024-01-01#Artikel3"
BRON_TARGET = "https://www.ecb.europa.eu/press/pr/date/2000/html/pr001214_4.en.html"
BRON_BANK = "https://www.bngbank.nl/producten/informeren-beheren/feestdagen-betalingsverkeer"


@lru_cache(maxsize=64)
def feestdagen(jaar: int) -> frozenset[dt.date]:
    p = pasen(jaar)
    koningsdag = dt.date(jaar, 4, 27)
    if koningsdag.weekday() == 6:
        koningsdag = dt.date(jaar, 4, 26)
    dagen = {dt.date(jaar, 1, 1), p + dt.timedelta(days=1), p + dt.timedelta(days=39), p + dt.timedelta(days=50),
             koningsdag, dt.date(jaar, 12, 25), dt.date(jaar, 12, 26)}
    if jaar % 5 == 0:
        dagen.add(dt.date(jaar, 5, 5))
    return frozenset(dagen)


@lru_cache(maxsize=64)
def banken_dicht(jaar: int) -> frozenset[dt.date]:
    """De sluitingsdagen van TARGET/T2 buiten het weekend (BRON_TARGET): dan verrekenen de banken niets."""
    p = pasen(jaar)
    return frozenset({dt.date(jaar, 1, 1), p - dt.timedelta(days=2), p + dt.timedelta(days=1), dt.date(jaar, 5, 1),
                      dt.date(jaar, 12, 25), dt.date(jaar, 12, 26)})


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
