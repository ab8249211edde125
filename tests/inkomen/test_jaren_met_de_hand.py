# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""De jaren die nog geen eigen geval met de hand hadden (issue 19, item 5): kinderbijslag 2024, 2025 en 2027 per
kwartaal en leeftijd, kindgebonden budget 2027 (met de alleenstaande-ouderkop), zorgtoeslag 2027 en box 1 2027.

Met de hand uit de wettekst; de bron staat bij elk bedrag.

Kinderbijslag (AKW art. 11 en 12): per kind per kwartaal, naar de leeftijd op de eerste dag van het kwartaal;
hier per maand een derde van het kwartaal, rekenkundig op centen.
- 2024-01-01: jonger dan 6 € 279,49; 6-11 € 339,38; 12-17 € 399,27 (SVB, via signalenkaartarmoede.nl).
  Q1 2024, kinderen van 5 en 12 op 1 januari: 279,49 + 399,27 = 678,76 per kwartaal; / 3 = 226,2533 -> € 226,25.
- 2024-07-01: € 281,69 / € 342,05 / € 402,41 (SVB-bedragen 'in 2024', via onlinerekenen.nl en metronieuws.nl).
  Q3 2024, een kind van 6 op 1 juli: 342,05; / 3 = 114,0167 -> € 114,02.
- 2025-01-01: € 286,45 / € 347,83 / € 409,21 (AKW art. 12 lid 3, tekst 2025-01-01).
  Q1 2025, kinderen van 2 en 9: 286,45 + 347,83 = 634,28; / 3 = 211,4267 -> € 211,43.
- 2025-07-01: € 291,49 / € 353,95 / € 416,41 (AKW@2025-07-01 art. 12). Q4 2025, een kind van 15: 416,41 / 3 =
  138,8033 -> € 138,80.
- 2027: nog niet bekend; balans trekt de bedragen van 2026-07-01 door (niet geïndexeerd): jonger dan 6 € 298,40.
  Q1 2027, een baby (geboren 1 december 2026, 0 jaar op 1 januari 2027): 298,40 / 3 = 99,4667 -> € 99,47.
  Geboren op 1 februari 2027: op 1 januari nog niet geboren, dus in Q1 niets (AKW art. 11).

Kindgebonden budget 2027 (Wkb, tekst 2026-07-01):
- per kind: € 2.580 (art. 2 lid 2) plus € 66 per 1 januari 2027 (art. 3 lid 7 onder b) = € 2.646; de indexatie met
  de tabelcorrectiefactor 2027 (art. 3 lid 1) is nog niet bekend en zit er niet in;
- 12-15 jaar € 724, alleenstaande-ouderkop € 3.416 (art. 2 lid 4 en 6; doorgetrokken, geen wijziging voor 2027 in
  art. 3);
- afbouw 8,05% (art. 3 lid 5 onder b); drempelinkomen 108% x 12 x 2.294,40 = 29.735,424 (minimumloon doorgetrokken).
- Alleenstaande ouder, 1 kind van 8, TI 30.000: 2.646 + 3.416 = 6.062; 8,05% x 264,576 = 21,2984; 6.040,7016 ->
  € 6.041 per jaar (Awir art. 14 lid 4); / 12 = 503,4167 -> € 503,42 per maand.
- Partners, kinderen van 3 en 13, TI 50.000: 2 x 2.646 + 724 = 6.016; drempel 29.735,424 + 9.405 = 39.140,424;
  8,05% x 10.859,576 = 874,1959; 5.141,8041 -> € 5.142; / 12 = 428,50.
- Zonder de € 66 (zoals balans het tot nu toe deed) was het € 5.975 en € 5.010: een fout van € 66 per kind per jaar.

Zorgtoeslag 2027 (doorgetrokken, niet geïndexeerd: standaardpremie 2.119, 1,912% en 13,73%): alleenstaande, TI
35.000: 2.119 - (1,912% x 29.735,424 = 568,5413) - (13,73% x 5.264,576 = 722,8263) = 827,6324 -> € 828; 69,00.

Box 1 2027 (doorgetrokken, niet geïndexeerd, zoals 2026): verzamelinkomen = arbeidsinkomen = 20.000:
20.000 x 35,75% = 7.150,00; AHK 3.115 (onder 29.736); AK 996 + 31,009% x (20.000 - 11.965) = 996 + 2.491,573 =
3.487,57; te betalen 7.150,00 - 3.115,00 - 3.487,57 = € 547,43.

Loonheffing 2024, 2025 en 2027, witte maandtabel met loonheffingskorting, maandloon € 2.000 (de stappen van de
Rekenvoorschriften 2026, met de tarieven en kortingen van Wet IB art. 2.10, 8.10 en 8.11 van dat jaar; de tabelstap
€ 54 en de afrondingen voor 2024 en 2025 zijn NIET getoetst aan de rekenvoorschriften van die jaren, en een
gepubliceerde tabelregel voor 2024/2025 is niet gevonden):
- tabelloon 54 x floor(24.000 / 54) = 54 x 444 = 23.976 (alle drie de jaren);
- 2024: belasting en premie floor(23.976 x 36,97% = 8.863,9272) = 8.863; AHK 3.362 (onder 24.812);
  AK 968 + 31,433% x (23.976 - 11.490 = 12.486) = 968 + 3.924,72438 -> 4.893; 8.863 - 3.362 - 4.893 = 608;
  / 12 = 50,6667 -> € 50,67;
- 2025: floor(23.976 x 35,82% = 8.588,2032) = 8.588; AHK 3.068 (onder 28.406); AK 980 + 30,030% x 11.807 =
  980 + 3.545,6421 -> 4.526; 8.588 - 3.068 - 4.526 = 994; / 12 = 82,8333 -> € 82,83;
- 2027 (doorgetrokken 2026): floor(23.976 x 35,75% = 8.571,42) = 8.571; AHK 3.115; AK 996 + 31,009% x 12.011 =
  996 + 3.724,49099 -> 4.721; 8.571 - 3.115 - 4.721 = 735; / 12 = € 61,25.
"""

from __future__ import annotations

import datetime as dt

import pytest

from balans.inkomen import kinderbijslag as kb
from balans.inkomen.inkomstenbelasting import inkomstenbelasting
from balans.inkomen.kindgebonden_budget import kindgebonden_budget
from balans.inkomen.loonheffing import loonheffing_maand
from balans.inkomen.zorgtoeslag import zorgtoeslag

E = 100


@pytest.mark.parametrize(
    ("maand", "geboren", "kwartaal", "per_maand"),
    [
        (dt.date(2024, 2, 1), [dt.date(2018, 6, 1), dt.date(2011, 3, 1)], 67876, 22625),
        (dt.date(2024, 8, 1), [dt.date(2018, 7, 1)], 34205, 11402),
        (dt.date(2025, 3, 1), [dt.date(2022, 5, 1), dt.date(2015, 10, 1)], 63428, 21143),
        (dt.date(2025, 11, 1), [dt.date(2010, 3, 1)], 41641, 13880),
        (dt.date(2027, 1, 1), [dt.date(2026, 12, 1)], 29840, 9947),
        (dt.date(2027, 3, 1), [dt.date(2027, 2, 1)], 0, 0),
    ],
    ids=["2024-Q1", "2024-Q3", "2025-Q1", "2025-Q4", "2027-Q1", "2027-Q1-nog-niet-geboren"],
)
def test_kinderbijslag_per_kwartaal_en_leeftijd(ctx, maand, geboren, kwartaal, per_maand):
    k = kb.kinderbijslag(ctx(maand.year, maand.month), *kb.tel_kinderen(geboren, maand))
    assert (k.kwartaal, k.maand) == (kwartaal, per_maand)


def test_kindgebonden_budget_2027_met_de_verhoging_uit_de_wet(ctx):
    k = kindgebonden_budget(ctx(2027), 30000 * E, 1, 0, 0)
    assert (k.jaar, k.maand) == (604100, 50342)
    k = kindgebonden_budget(ctx(2027), 50000 * E, 2, 1, 0, partner=True)
    assert (k.jaar, k.maand) == (514200, 42850)
    assert "kindgebonden_budget.bedrag_per_kind" in ctx(2027).p.niet_geindexeerd()  # de indexatie ontbreekt nog


def test_zorgtoeslag_2027_doorgetrokken(ctx):
    z = zorgtoeslag(ctx(2027), 35000 * E)
    assert (z.jaar, z.maand) == (82800, 6900)
    assert "zorgtoeslag.standaardpremie" in ctx(2027).p.niet_geindexeerd()


def test_inkomstenbelasting_2027_doorgetrokken(ctx):
    assert inkomstenbelasting(ctx(2027), 20000 * E, 20000 * E)[0] == 54743


@pytest.mark.parametrize(
    ("jaar", "heffing", "ahk", "ak", "per_maand"),
    [(2024, 886300, 336200, 489300, 5067), (2025, 858800, 306800, 452600, 8283), (2027, 857100, 311500, 472100, 6125)],
)
def test_loonheffing_2000_per_maand(ctx, jaar, heffing, ahk, ak, per_maand):
    lh = loonheffing_maand(ctx(jaar, 3), 2000 * E)
    assert (lh.tabelloon, lh.heffing, lh.ahk, lh.ak, lh.per_maand) == (23976 * E, heffing, ahk, ak, per_maand)
