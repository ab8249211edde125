# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Het ontvangstbewijs in de API en de beschikking (issue 18 punt 5); de rest staat in tests/test_ontvangstbewijs.py."""

from __future__ import annotations

from tests.api.conftest import casus_json, token
from tests.test_ontvangstbewijs import FERD_STAAT, _bewijs_klopt


def test_api_berekening_maandstaat_en_herberekening(client):
    for pad, soort in (("/v1/berekeningen", "berekening"), ("/v1/maandstaten", "maandstaat")):
        r = client.post(pad, json=casus_json(FERD_STAAT))
        assert r.status_code == 200, r.text
        _bewijs_klopt(r.json()["ontvangstbewijs"], soort, r.json())
        h = client.post("/v1/herberekeningen", json=r.json())
        assert h.status_code == 200, h.text
        assert h.json()["identiek"] is True and h.json()["melding"].startswith("Dezelfde uitkomst")
        assert h.headers["API-Version"]
    kapot = r.json()
    kapot["ontvangstbewijs"]["invoerHash"] = "sha256:" + "0" * 64
    h = client.post("/v1/herberekeningen", json=kapot)
    assert h.status_code == 400 and h.headers["content-type"].startswith("application/problem+json")
    assert h.json()["invalidParams"][0]["name"] == "ontvangstbewijs.invoerHash"
    assert client.post("/v1/herberekeningen", json=[1]).status_code == 400


def test_api_zaak_berekening_herberekent_zonder_database(client):
    """De berekening van een zaak (met duur en maatwerk uit de tijdlijn) rekent na uit haar bewijs."""
    kop = token(client, "km.jansen")
    zaken = client.get("/v1/zaken", headers=kop).json()["_embedded"]["zaken"]
    gezien = 0
    for z in zaken[:4]:
        r = client.get(f"/v1/zaken/{z['id']}/berekening", headers=kop)
        assert r.status_code == 200, r.text
        bewijs = r.json()["ontvangstbewijs"]
        _bewijs_klopt(bewijs, "zaakberekening", r.json())
        assert bewijs["invoer"]["zaak"]["id"] == z["id"]
        h = client.post("/v1/herberekeningen", json=r.json())
        assert h.status_code == 200 and h.json()["identiek"] is True, h.text
        m = client.get(f"/v1/zaken/{z['id']}/maandstaat", params={"methode": "alle"}, headers=kop)
        _bewijs_klopt(m.json()["ontvangstbewijs"], "zaakmaandstaat", m.json())
        h = client.post("/v1/herberekeningen", json=m.json())
        assert h.status_code == 200 and h.json()["identiek"] is True, h.text
        # Op een eerder bekendOp: hetzelfde bekendOp in het bewijs
        t = bewijs["bekendOp"]
        r2 = client.get(f"/v1/zaken/{z['id']}/berekening", params={"bekendOp": t}, headers=kop)
        assert r2.json()["ontvangstbewijs"]["bekendOp"] == t
        assert r2.json()["ontvangstbewijs"]["uitkomstHash"] == bewijs["uitkomstHash"]
        gezien += 1
    assert gezien


def test_beschikking_bijlage_toont_het_bewijs(client):
    kop = token(client, "km.jansen")
    z = client.get("/v1/zaken", headers=kop).json()["_embedded"]["zaken"][0]
    bewijs = client.get(f"/v1/zaken/{z['id']}/berekening", headers=kop).json()["ontvangstbewijs"]
    r = client.get(f"/zaken/{z['id']}/beschikking", headers=kop)
    assert r.status_code == 200, r.text[:300]
    bijlage = r.text[r.text.index('class="bijlage"') :]
    assert "Herkomst van deze berekening (ontvangstbewijs)" in bijlage
    for waarde in (
        bewijs["parameters"]["hash"],
        bewijs["invoerHash"],
        bewijs["uitkomstHash"],
        bewijs["software"]["versie"],
    ):
        assert waarde in bijlage
    assert "https://wetten.overheid.nl/BWBR0015703/" in bijlage
