# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""/v1/wat-als met een huurwoning in de casus (issue 19, item 4): de huurtoeslag per punt en in de marginale druk.

Het gemeten geval (35, alleen, 16 uur x € 13,00 netto, elke vier weken, vanaf 1 december 2026) met € 650,00 kale huur
en € 40,00 servicekosten, toerekening 'loonperiode'. Met de hand (zie de kop van tests/web/test_rekenhulp_huur.py):
huurtoeslag bij 0 uur € 394,33 (toetsingsinkomen onder het minimum-inkomensijkpunt 23.425), bij 16 uur € 366,42
(toetsingsinkomen 12 x (1.009,16 + 1.046,51) = 24.668,04; afbouw 27% x 1.243,04); wat u overhoudt € 1.942,96 en
€ 2.163,76.

Marginale druk van 15 naar 16 uur hoeft niet met de hand: de test houdt hem gelijk aan 1 - (verschil in wat u
overhoudt) / (verschil in bruto loon) uit de punten zelf, en zegt dat hij met huur hoger is dan zonder (de huurtoeslag
daalt met 27% van het extra toetsingsinkomen).
"""

from __future__ import annotations

import copy
import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

from balans.web.rekenhulp import Vraag, casus_data

DECEMBER = dt.date(2026, 12, 1)


def _casus(huur: int | None = 65000, service: int = 4000) -> dict:
    return casus_data(
        Vraag(35, "alleen", 0, Decimal(16), 1300, "netto", "vier_weken", huur, service if huur else 0), DECEMBER, 1300
    )


def _euro(t: str) -> Decimal:
    return Decimal(t)


def test_huurtoeslag_per_punt_met_de_hand(client):
    r = client.post("/v1/wat-als", json={"casus": _casus(), "toerekening": "loonperiode"})
    assert r.status_code == 200, r.text
    hi = r.json()["hele_inkomen"]
    assert "Huurtoeslag zit in dit totaal" in hi["let_op"] and "huurtoeslag" not in hi["niet_meegeteld"]
    p0, p16 = hi["punten"][0], hi["punten"][16]
    assert (p0["huurtoeslag"], p0["zorgtoeslag"], p0["wat_u_overhoudt"]) == ("394.33", "129.17", "1942.96")
    assert (p16["loon_bruto"], p16["bijstand_bruto"]) == ("1009.16", "1046.51")
    assert (p16["huurtoeslag"], p16["zorgtoeslag"], p16["wat_u_overhoudt"]) == ("366.42", "129.17", "2163.76")
    # de bijstand zelf is dezelfde als zonder huur (Pw art. 31 lid 2 onder d)
    zonder = client.post("/v1/wat-als", json={"casus": _casus(None), "toerekening": "loonperiode"}).json()
    assert [p["bijstand"] for p in r.json()["punten"]] == [p["bijstand"] for p in zonder["punten"]]
    assert all(p["huurtoeslag"] is None for p in zonder["hele_inkomen"]["punten"])
    assert zonder["hele_inkomen"]["niet_meegeteld"][0] == "huurtoeslag"


def test_marginale_druk_telt_de_huurtoeslag_mee(client):
    met = client.post("/v1/wat-als", json={"casus": _casus(), "toerekening": "loonperiode"}).json()
    zonder = client.post("/v1/wat-als", json={"casus": _casus(None), "toerekening": "loonperiode"}).json()
    for uit in (met, zonder):
        pts = uit["hele_inkomen"]["punten"]
        for a, b in zip(pts, pts[1:]):
            d = _euro(b["loon_bruto"]) - _euro(a["loon_bruto"])
            verwacht = (100 * (1 - (_euro(b["wat_u_overhoudt"]) - _euro(a["wat_u_overhoudt"])) / d)).quantize(
                Decimal("0.1"), ROUND_HALF_UP
            )
            assert Decimal(b["marginale_druk"]) == verwacht
    m16 = Decimal(met["hele_inkomen"]["punten"][16]["marginale_druk"])
    z16 = Decimal(zonder["hele_inkomen"]["punten"][16]["marginale_druk"])
    assert m16 > z16


def test_foute_huur_en_onbekend_jaar_noemen_het_veld(client):
    c = _casus()
    c["huishouden"]["woning"]["kale_huur"] = "-650.00"
    r = client.post("/v1/wat-als", json={"casus": c})
    assert r.status_code == 400
    assert r.json()["invalidParams"][0]["name"] == "casus.huishouden.woning.kale_huur"
    assert "negatief" in r.json()["invalidParams"][0]["reason"]
    c = _casus()
    c["huishouden"]["woning"]["servicekosten"] = "-1.00"
    r = client.post("/v1/wat-als", json={"casus": c})
    assert r.status_code == 400 and r.json()["invalidParams"][0]["name"] == "casus.huishouden.woning.servicekosten"
    c = copy.deepcopy(_casus())
    c["periode"] = {"van": "2028-01", "tot": "2028-03"}
    c["verwachting"]["eerste_periode_van"] = "2028-01-01"
    r = client.post("/v1/wat-als", json={"casus": c})
    assert r.status_code == 400 and r.json()["invalidParams"][0]["name"] == "casus.huishouden.woning"
    assert "tot en met 2027" in r.json()["invalidParams"][0]["reason"]
    c = _casus()
    c["huishouden"]["aanvrager"]["toeslagpartner"] = "misschien"
    r = client.post("/v1/wat-als", json={"casus": c})
    assert r.status_code == 400 and "toeslagpartner" in r.json()["invalidParams"][0]["name"]
