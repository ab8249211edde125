# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""/v1/wat-als met een bruto uurloon en met toerekening 'loonperiode' (issue 14 item 3, issue 19 item 4):
dezelfde getallen als /rekenhulp, en de oude 52/12-curve blijft de standaard.

Het gemeten geval (35, alleen, 16 uur x € 13,00 netto, elke vier weken, vanaf 1 december 2026) staat met de
hand nagerekend in tests/web/test_rekenhulp.py: met 'loonperiode' is de bijstand over december € 673,34.
Met 'gemiddeld' (52/12 weken): loon 16 x 52/12 x 13 = 901,333 -> € 901,33; vakantiegeld 8% = 72,106 -> € 72,11;
inkomsten 973,44; vrijlating art. 31 lid 2 onder n 25% = € 243,36; middelen 730,08; bijstand 1.419,46 - 730,08 =
€ 689,38. Dat verschil van € 16,04 was een van de drie antwoorden op de oude pagina."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from balans.geld import als_tekst
from balans.web.rekenhulp import Vraag, casus_data, reken

DECEMBER = dt.date(2026, 12, 1)


def _casus(netto: int = 1300) -> dict:
    return casus_data(Vraag(35, "alleen", 0, Decimal(16), netto, "netto", "vier_weken"), DECEMBER, netto)


def test_loonperiode_is_de_maandstaat_en_gemiddeld_blijft(client):
    r = client.post("/v1/wat-als", json={"casus": _casus(), "toerekening": "loonperiode"})
    assert r.status_code == 200, r.text
    p16 = r.json()["punten"][16]
    assert (p16["loon"], p16["vakantiegeld"], p16["bijstand"]) == ("921.14", "73.69", "673.34")
    r = client.post("/v1/wat-als", json={"casus": _casus()})
    p16 = r.json()["punten"][16]
    assert "toerekening" not in r.json()  # de oude vraag: het oude antwoord
    assert (p16["loon"], p16["vakantiegeld"], p16["bijstand"]) == ("901.33", "72.11", "689.38")


def test_bruto_uurloon_geeft_dezelfde_getallen_als_de_rekenhulp(client):
    r = client.post("/v1/wat-als", json={"casus": _casus(), "bruto_uurloon": "14.71", "toerekening": "loonperiode"})
    assert r.status_code == 200, r.text
    uit = r.json()
    pagina = reken(Vraag(35, "alleen", 0, Decimal(16), 1471, "bruto", "vier_weken"), dt.date(2026, 12, 3))
    assert uit["netto_uurloon"] is None and uit["bruto_uurloon"] == "14.71"
    assert uit["punten"][16]["netto_uurloon"] == als_tekst(pagina["netto_uurloon"])
    for p, h, pt in zip(uit["hele_inkomen"]["punten"], pagina["hele"], pagina["punten"]):
        assert p["wat_u_overhoudt"] == als_tekst(h.wat_u_overhoudt)
        assert uit["punten"][int(pt.uren)]["bijstand"] == als_tekst(pt.bijstand)
    # van 0 naar 1 uur: loonheffing 0 (heffingskorting), toeslagen gelijk, de vrijlating 25%: druk 75%
    assert uit["hele_inkomen"]["punten"][0]["marginale_druk"] is None
    assert uit["hele_inkomen"]["punten"][1]["marginale_druk"] == "75.0"


def test_foute_vragen_noemen_het_veld(client):
    r = client.post("/v1/wat-als", json={"casus": _casus(), "bruto_uurloon": "14.71", "netto_uurloon": "13.00"})
    assert r.status_code == 400 and r.json()["invalidParams"][0]["name"] == "bruto_uurloon"
    r = client.post("/v1/wat-als", json={"casus": _casus(), "toerekening": "loonperiode", "maand": "2027-01"})
    assert r.status_code == 400 and r.json()["invalidParams"][0]["name"] == "maand"
    zonder = {k: v for k, v in _casus().items() if k != "verwachting"}
    r = client.post("/v1/wat-als", json={"casus": zonder, "netto_uurloon": "13.00", "toerekening": "loonperiode"})
    assert r.status_code == 400 and r.json()["invalidParams"][0]["name"] == "toerekening"
    r = client.post("/v1/wat-als", json={"casus": _casus(), "toerekening": "per_dag"})
    assert r.status_code == 400
