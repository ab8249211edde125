# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""De rekenhulp met huur (issue 19, item 4): de curve en de marginale druk met huurtoeslag, met de hand nagerekend.

Het gemeten geval van test_rekenhulp.py (35 jaar, alleen, 16 uur x € 13,00 netto, elke vier weken, vanaf
1 december 2026: bijstand over december € 673,34, loon 921,14 + vakantiegeld 73,69, zorgtoeslag € 129,17), nu met
een kale huur van € 650,00 en € 40,00 servicekosten. Met de hand uit de wet en de rekenregels:

Huurtoeslag 2026 (Wht, tekst 2026-01-01; Besluit op de huurtoeslag art. 7):
- Rekenhuur (art. 5): vanaf 2026 alleen de kale huur, € 650,00; de servicekosten tellen niet mee.
- Basishuur (art. 16-17): normhuur eenpersoons 252,49 - 1,82 = 250,67, min 48,15 (Wet verlaging eigen bijdrage
  huurtoeslag) = € 202,52.
- Subsidie per maand (art. 20-21): 100% van 498,20 - 202,52 = 295,68 en 65% van 650,00 - 498,20 = 151,80 -> 98,67:
  samen € 394,35 (de aftoppingsgrens voor één of twee personen, 713,02, ligt boven de huur).
- Afbouw (art. 21 lid 2): 27% van het rekeninkomen boven het minimum-inkomensijkpunt eenpersoons € 23.425 per jaar.
- Per jaar op hele euro's (Awir art. 14 lid 4), per maand een twaalfde op centen.

Bij 0 uur: bijstand = de norm € 1.419,46 (Pw art. 21 onder a, 2026-07-01). De bruto bijstand B (groene tabel, met
loonheffingskorting, Pw art. 19 lid 4) volgt uit B - (35,75% x 12B - 3.115) / 12 = 1.419,46, dus B is ongeveer
(1.419,46 - 259,58) / 0,6425 = 1.805: het toetsingsinkomen 12 x B is ongeveer 21.660, ruim onder 23.425 (de
stappen van € 54 in de tabel verschuiven dat minder dan € 60 per jaar). Geen afbouw: 12 x 394,35 = 4.732,20 ->
€ 4.732 per jaar, 4.732 / 12 = 394,333 -> € 394,33 per maand. Ook de zorgtoeslag is het maximum, € 129,17.
Wat u overhoudt bij 0 uur: 1.419,46 + 129,17 + 394,33 = € 1.942,96; toeslagen samen 129,17 + 394,33 = € 523,50.

Bij 16 uur (Rekenvoorschriften loonheffing 2026: jaarloon L = 12 x maandloon naar beneden op een veelvoud van € 54;
belasting en premie 35,75% tot 38.883, naar beneden op hele euro's; algemene heffingskorting 3.115 tot 29.736;
arbeidskorting 8,324% tot 11.965 en 31,009% daarboven, elk product op 5 decimalen, samen naar boven op hele euro's;
loonheffing per maand = een twaalfde, op centen):
- Bruto loon (witte tabel, met loonheffingskorting) bij netto 921,14 + 73,69 = 994,83: bruto € 1.009,16.
  L = 54 x floor(12 x 1.009,16 / 54) = 54 x 224 = 12.096. Belasting floor(12.096 x 0,3575 = 4.324,32) = 4.324.
  Arbeidskorting 11.965 x 0,08324 = 995,96660 + 131 x 0,31009 = 40,62179: 1.036,58839 -> 1.037.
  4.324 - 3.115 - 1.037 = 172 per jaar, 172 / 12 = 14,333 -> € 14,33; 1.009,16 - 14,33 = 994,83. Eén cent minder
  (1.009,15) valt in dezelfde stap en geeft 994,82: 1.009,16 is het laagste bruto met dit netto.
- Bruto bijstand bij netto 673,34, groene tabel zonder loonheffingskorting (die geldt al bij de werkgever):
  in de stap L = 12.528 (maandloon 1.044,00 tot 1.048,50) is de belasting floor(12.528 x 0,3575 = 4.478,76) = 4.478,
  per maand 373,17, dus B = 673,34 + 373,17 = € 1.046,51, en dat ligt in die stap. (De stap eronder, L = 12.474:
  371,58, B = 1.044,92, niet in 1.039,50-1.044,00; de stap erboven, L = 12.582: 374,83, B = 1.048,17, niet in
  1.048,50-1.053,00.)
- Toetsingsinkomen 12 x (1.009,16 + 1.046,51) = € 24.668,04 (Awir art. 8), onder het drempelinkomen 29.735,42:
  zorgtoeslag blijft € 129,17.
- Huurtoeslag: afbouw 27% x (24.668,04 - 23.425) = 27% x 1.243,04 = 335,6208 per jaar; 4.732,20 - 335,6208 =
  4.396,5792 -> € 4.397 per jaar, 4.397 / 12 = 366,4167 -> € 366,42 per maand.
- Wat u overhoudt bij 16 uur: 921,14 + 73,69 + 673,34 + 129,17 + 366,42 = € 2.163,76.
- Meer dan zonder werk: 2.163,76 - 1.942,96 = € 220,80 (zonder huur € 248,71: de huurtoeslag daalt € 27,91);
  per uur 220,80 / (16 x 52/12) = 3,1846 -> € 3,18. Van elke bruto euro: 220,80 / 1.009,16 = 21,9 -> 22 cent.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from html import unescape

import pytest

from balans.web.rekenhulp import Vraag, lees, reken

VANDAAG = dt.date(2026, 12, 3)
MET_HUUR = Vraag(35, "alleen", 0, Decimal(16), 1300, "netto", "vier_weken", 65000, 4000)


def test_huurtoeslag_in_de_curve_met_de_hand():
    r = reken(MET_HUUR, VANDAAG)
    nul, eigen = r["nul_heel"], r["eigen_heel"]
    assert (nul.zorgtoeslag, nul.huurtoeslag, nul.wat_u_overhoudt) == (12917, 39433, 194296)
    assert (eigen.loon_bruto, eigen.bijstand_bruto) == (100916, 104651)
    assert (eigen.zorgtoeslag, eigen.huurtoeslag, eigen.wat_u_overhoudt) == (12917, 36642, 216376)
    assert r["meer"] == 22080 and r["per_uur"] == 318 and r["cent_eigen"] == 22
    # De maandtabel, de kop en de curve lezen dezelfde maand: 'Samen' in december is het punt bij 16 uur.
    assert r["eerste"].samen == eigen.wat_u_overhoudt and r["eerste"].toeslagen == 12917 + 36642
    # De bijstand verandert niet door de huur (Pw art. 31 lid 2 onder d).
    zonder = reken(Vraag(35, "alleen", 0, Decimal(16), 1300, "netto", "vier_weken"), VANDAAG)
    assert [p.bijstand for p in r["punten"]] == [p.bijstand for p in zonder["punten"]]
    assert all(h.huurtoeslag is None for h in zonder["hele"])


def test_kinderen_met_leeftijd_geven_de_bedragen_van_die_leeftijd():
    """Alleenstaande ouder, kinderen van 3 en 13, december 2026, 0 uur, geen huur. Met de hand:
    kinderbijslag (AKW art. 12, tekst 2026-07-01, leeftijd op 1 oktober, AKW art. 11): 0-5 jaar € 298,40 en 12-17
    jaar € 426,29 per kwartaal; per maand (298,40 + 426,29) / 3 = 241,5633 -> € 241,56. Kindgebonden budget 2026 (Wkb art. 2):
    2 x 2.580 + 724 (12-15 jaar, vanaf de maand na de verjaardag) + 3.416 (alleenstaande-ouderkop) = 9.300 per jaar,
    geen afbouw (toetsingsinkomen = 12 x de bruto bijstand, onder 29.735,42): 9.300 / 12 = € 775,00 per maand."""
    r = reken(Vraag(35, "ouder", 0, Decimal(0), 1300, "netto", "maand", None, 0, (3, 13)), VANDAAG)
    h = r["nul_heel"]
    assert (h.kindgebonden_budget, h.kinderbijslag) == (77500, 24156)
    # Zonder leeftijden: één kind van 8 (2.580 + 3.416 = 5.996 / 12 = 499,67; 6-11 jaar 362,35 / 3 = 120,78).
    r = reken(Vraag(35, "ouder", 0, Decimal(0), 1300, "netto", "maand"), VANDAAG)
    assert (r["nul_heel"].kindgebonden_budget, r["nul_heel"].kinderbijslag) == (49967, 12078)


@pytest.mark.parametrize(
    ("veld", "invoer", "woord"),
    [
        ("huur", {"huur": "-650,00"}, "€ 0 of meer"),
        ("huur", {"huur": "650.00"}, "komma"),
        ("huur", {"huur": "9.000,00"}, "hoogstens € 5.000"),
        ("huur", {"servicekosten": "40,00"}, "kale huur"),
        ("servicekosten", {"huur": "650,00", "servicekosten": "-1"}, "€ 0 of meer"),
        ("kinderen", {"kinderen": "8"}, "zonder kinderen"),
        ("kinderen", {"kinderen": "8, 19", "huishouden": "ouder"}, "van 0 tot en met 17"),
        ("kinderen", {"kinderen": "acht", "huishouden": "ouder"}, "hele jaren"),
    ],
)
def test_foute_huur_en_kinderen_noemen_het_veld(veld, invoer, woord):
    a = {
        "leeftijd": "35",
        "huishouden": "alleen",
        "medebewoners": "0",
        "uren": "16",
        "uurloon": "13,00",
        "loonsoort": "netto",
        "loonperiode": "maand",
        "huur": None,
        "servicekosten": None,
        "kinderen": None,
    } | invoer
    waarden, fouten, vraag = lees(**a)
    assert vraag is None and set(fouten) == {veld} and woord in fouten[veld]
    for k, v in invoer.items():
        assert waarden[k] == v  # de waarde blijft staan


def test_de_pagina_met_huur(monkeypatch):
    from fastapi.testclient import TestClient

    from balans.app import create_app
    from balans.settings import Settings
    from balans.web import rekenhulp as mod

    monkeypatch.setattr(mod, "vandaag", lambda: VANDAAG)
    app = create_app(Settings(database_url="sqlite://", demo=False))
    vraag = {
        "leeftijd": "35",
        "huishouden": "alleen",
        "medebewoners": "0",
        "uren": "16",
        "uurloon": "13,00",
        "loonsoort": "netto",
        "loonperiode": "vier_weken",
        "huur": "650,00",
        "servicekosten": "40,00",
    }
    with TestClient(app) as c:
        t = c.get("/rekenhulp", params=vraag).text
        fout = c.get("/rekenhulp", params=vraag | {"huur": "-650,00"})
    tekst = re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", t)))
    assert "Als u 16 uur werkt, houdt u ongeveer € 220,80 per maand meer over dan zonder werk (€ 3,18 per uur)" in tekst
    assert "Huurtoeslag rekenen we mee met uw kale huur van € 650,00 en € 40,00 servicekosten" in tekst
    assert "Servicekosten tellen sinds 2026 niet meer mee" in tekst
    assert (
        "€ 921,14 netto loon + € 73,69 vakantiegeld + € 673,34 bijstand + € 129,17 zorgtoeslag + € 366,42 "
        "huurtoeslag = € 2.163,76"
    ) in tekst
    assert fout.status_code == 400 and 'value="-650,00"' in fout.text and 'id="huur-fout"' in fout.text
