# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""De rekenhulp vertelt één verhaal (issue 14, item 3; issue 19, item 4), zonder browser.

Het gemeten geval: 35 jaar, alleen, 16 uur x € 13,00 netto, loon elke vier weken, eerste loonperiode vanaf
1 december 2026. Met de hand uit de wet:

- Norm (Pw art. 21 onder a, tekst 2026-07-01): alleenstaande van 21 tot de AOW-leeftijd: € 1.419,46.
- Loon per vier weken: 4 x 16 x € 13,00 = € 832,00. Pw art. 32 lid 1 onder b: loon telt in de periode waarop
  het betrekking heeft, een periode over twee maanden naar dagen. Periode 1 (1-28 december) heel in december:
  € 832,00. Periode 2 (29 december - 25 januari): 3 van de 28 dagen in december: 832 x 3/28 = 89,1428 -> € 89,14.
  Loon over december: € 921,14.
- Vakantiegeld 8% per loonstrook (Wml art. 15 lid 1; balans rekent het over het netto): € 66,56 per periode;
  in december 66,56 + 66,56 x 3/28 (= 7,1314 -> 7,13) = € 73,69 (telt mee als het verworven is, Pw art. 32 lid 2).
- Inkomsten december: 921,14 + 73,69 = € 994,83.
- Vrijlating: in 2026 geldt art. 31 lid 2 onder n (art. 34a pas vanaf 2027-01-01, docs/inwerkingtreding.md
  par. 3): 25% van 994,83 = 248,7075 -> € 248,71, onder het maximum van € 285,00; maand 1 van de 6.
- Middelen: 994,83 - 248,71 = € 746,12. Bijstand (Pw art. 19 lid 2): 1.419,46 - 746,12 = € 673,34.
- Zonder werk: bijstand = de norm, € 1.419,46. Samen met werk: 921,14 + 73,69 + 673,34 = € 1.668,17. Meer dan
  zonder werk: € 248,71 (precies de vrijlating: elke euro daarboven gaat van de bijstand af).
- Zorgtoeslag bij 0 en bij 16 uur gelijk: beide toetsingsinkomens (12 x bruto loon + bruto bijstand, ruim onder
  de € 25.000) liggen onder het drempelinkomen 108% x 12 x € 2.294,40 = € 29.735,42 (Wzt art. 1 onder f), dus
  standaardpremie min normpremie: 2.119 - 1,912% x 29.735,42 (= 568,54) = 1.550,46, afgerond op hele euro's
  € 1.550 per jaar (Awir art. 14 lid 4), per maand 1.550/12 = € 129,17. De winst van werken blijft € 248,71.
- Per uur: 248,71 / (16 x 52/12 = 69,333 uur per maand) = 3,587 -> € 3,59.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from html import unescape

from balans.web.rekenhulp import Vraag, lees, reken

VANDAAG = dt.date(2026, 12, 3)
GEVAL = Vraag(35, "alleen", 0, Decimal(16), 1300, "netto", "vier_weken")


def test_het_gemeten_geval_met_de_hand():
    r = reken(GEVAL, VANDAAG)
    e = r["eerste"]
    assert e.maand == "2026-12"
    assert (e.loon, e.vakantiegeld, e.vrijlating, e.bijstand) == (92114, 7369, 24871, 67334)
    assert e.vakantietoeslag == 3367  # 5% van 673,34 = 33,667 (Pw art. 19 lid 3, gespaard tot juni)
    assert r["nul_heel"].wat_u_overhoudt == 141946 + 12917
    assert r["eigen_heel"].zorgtoeslag == r["nul_heel"].zorgtoeslag == 12917
    assert r["meer"] == 24871 and r["per_uur"] == 359
    assert r["eigen_heel"].wat_u_overhoudt == 92114 + 7369 + 67334 + 12917


def test_een_maand_een_bedrag_kop_uitleg_tabel_en_curve():
    r = reken(GEVAL, VANDAAG)
    e = r["eerste"]
    slot = next(s for s in r["uitleg"] if s["regel"] == "bijstand")  # de laatste stap van 'Hoe is dit berekend?'
    assert slot["bedrag"] == "673.34"
    assert r["rijen"][0] is e  # de maandtabel leest dezelfde rij
    assert (r["eigen"].loon, r["eigen"].vakantiegeld, r["eigen"].bijstand) == (e.loon, e.vakantiegeld, e.bijstand)
    assert r["eigen_heel"].wat_u_overhoudt == e.samen  # kop = 'Samen' in de maandtabel
    # de eerste maand is geen "€ 0,00 van de gemeente": een voorschot zolang de loonstrook er niet is (art. 52)
    assert r["betaling"] == {"datum": "2026-12-24", "bedrag": 134849, "soort": "voorschot"}


def test_de_vrijlating_loopt_af_en_wordt_art_34a_in_2027():
    r = reken(GEVAL, VANDAAG)
    assert [(v["maand"], v["artikel"]) for v in r["vrijlating"]] == [
        ("2026-12", "Pw art. 31 lid 2 onder n"),
        ("2027-01", "Pw art. 34a lid 1 onder a"),
    ]
    assert "maand 1 van de 6" in r["vrijlating"][0]["tekst"]


def test_maand_betaald_is_gelijk_aan_52_12_weken():
    # Loon per maand: 16 x 52/12 x 13 = 901,333 -> € 901,33 over december, zonder dagen te verdelen.
    r = reken(Vraag(35, "alleen", 0, Decimal(16), 1300, "netto", "maand"), VANDAAG)
    assert r["eerste"].loon == 90133 and r["eigen"].loon == 90133


def test_bruto_uurloon_geeft_meer_dan_netto_uurloon_en_dezelfde_winst_bij_lage_lonen():
    # Bij 16 uur x € 14,71 bruto (637,43 bruto per maand bij 52/12 weken) valt er met loonheffingskorting nog geen
    # loonheffing: netto per uur = bruto per uur. De hele-inkomenscurve stijgt nooit minder dan 0 per uur erbij.
    r = reken(Vraag(35, "alleen", 0, Decimal(16), 1471, "bruto", "maand"), VANDAAG)
    assert r["netto_uurloon"] <= 1471
    totaal = [h.wat_u_overhoudt for h in r["hele"]]
    assert all(b >= a for a, b in zip(totaal, totaal[1:]))


def test_lees_geeft_nederlandse_fouten_per_veld():
    waarden, fouten, vraag = lees("17", "alleen", "0", "61", "12.50", "bruto", "maand")
    assert vraag is None and set(fouten) == {"leeftijd", "uren", "uurloon"}
    assert waarden["uurloon"] == "12.50" and "komma" in fouten["uurloon"]


def test_de_pagina_zegt_het_in_woorden(monkeypatch):
    from fastapi.testclient import TestClient

    from balans.app import create_app
    from balans.settings import Settings
    from balans.web import rekenhulp as mod

    monkeypatch.setattr(mod, "vandaag", lambda: VANDAAG)
    app = create_app(Settings(database_url="sqlite://", demo=False))
    with TestClient(app) as c:
        t = c.get(
            "/rekenhulp",
            params={
                "leeftijd": "35",
                "huishouden": "alleen",
                "medebewoners": "0",
                "uren": "16",
                "uurloon": "13,00",
                "loonsoort": "netto",
                "loonperiode": "vier_weken",
            },
        ).text
        fout = c.get("/rekenhulp", params={"leeftijd": "35", "uren": "16", "uurloon": "abc"})
    tekst = re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", t)))
    assert "Als u 16 uur werkt, houdt u ongeveer € 248,71 per maand meer over dan zonder werk (€ 3,59 per uur)" in tekst
    assert "elke vier weken loon" in tekst and "8% vakantiegeld" in tekst and "voorschot" in tekst
    assert tekst.count("Huurtoeslag zit er niet in: u vulde geen huur in") == 1
    assert "€ 0 " in tekst and "€ 1.500" in tekst  # de euro-as
    # 'Hoe is dit berekend?' komt uit bij hetzelfde totaal als de kop: 921,14 + 73,69 + 673,34 + 129,17
    assert "€ 921,14 netto loon + € 73,69 vakantiegeld + € 673,34 bijstand + € 129,17 zorgtoeslag = € 1.797,34" in tekst
    assert "ongeveer € 1.797,34 over" in tekst
    assert fout.status_code == 400 and 'value="abc"' in fout.text
