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
"""

from __future__ import annotations

import datetime as dt

import pytest

from balans.inkomen import kinderbijslag as kb
from balans.inkomen.inkomstenbelasting import inkomstenbelasting
from balans.inkomen.kindgebonden_budget import kindgebonden_budget
from balans.inkomen.zorgtoeslag import zorgtoeslag

E = 100


@pytest.mark.parametrize(("maand", "geboren", "kwartaal", "per_maand"), [
    (dt.date(2024, 2, 1), [dt.date(2018, 6, 1), dt.date(2011, 3, 1)], 67876, 22625),
    (dt.date(2024, 8, 1), [dt.date(2018, 7, 1)], 34205, 11402),
    (dt.date(2025, 3, 1), [dt.date(2022, 5, 1), dt.date(2015, 10, 1)], 63428, 21143),
    (dt.date(2025, 11, 1), [dt.date(2010, 3, 1)], 41641, 13880),
    (dt.date(2027, 1, 1), [dt.date(2026, 12, 1)], 29840, 9947),
    (dt.date(2027, 3, 1), [dt.date(2027, 2, 1)], 0, 0),
], ids=["2024-Q1", "2024-Q3", "2025-Q1", "2025-Q4", "2027-Q1", "2027-Q1-nog-niet-geboren"])
def test_kinderbijslag_per_kwartaal_en_leeftijd(ctx, maand, geboren, kwartaal, per_maand):
    k = kb.kinderbijslag(ctx(maand.year, maand.month), *kb.tel_kinderen(geboren, maand))
    assert (k.kwartaal, k.maand) == (kwartaal, per_maand)


def test_kindgebonden_budget_2027_met_de_verhoging_uit_de_wet(ctx):
    k = kindgebonden_budget(ctx(2027), 30000 * E, 1, 0, 0)
    assert (k.jaar, k.maand) == (604100, 50342)
    k = kindgebonden_budget(ctx(2027), 50000 * E, 2, 1, 0, partner=True)
    assert (k.jaar, k.maand) == (514200, 42850)
    assert "kindgebonden_budget.bedrag_per_kind" in ctx(2027).p.niet_geindexeerd()   # de indexatie ontbreekt nog


def test_zorgtoeslag_2027_doorgetrokken(ctx):
    z = zorgtoeslag(ctx(2027), 35000 * E)
    assert (z.jaar, z.maand) == (82800, 6900)
    assert "zorgtoeslag.standaardpremie" in ctx(2027).p.niet_geindexeerd()


def test_inkomstenbelasting_2027_doorgetrokken(ctx):
    assert inkomstenbelasting(ctx(2027), 20000 * E, 20000 * E)[0] == 54743
