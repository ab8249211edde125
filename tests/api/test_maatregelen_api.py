# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""API: maatregelen. Rollen, If-Match, problem+json met het veld, verwerkingenlog, de openbare verordeningen."""

from __future__ import annotations

from tests.api.conftest import token

GEDRAGING = "Niet gekomen op drie afspraken over het plan van aanpak."


def _zaak(client, h):
    return client.get("/v1/zaken", headers=h).json()["_embedded"]["zaken"][0]["id"]


def _meld(client, h, z, **extra):
    body = {"categorie": "categorie_2", "gedraging": GEDRAGING, "signaal_datum": "2026-02-10", **extra}
    return client.post(f"/v1/zaken/{z}/maatregelen", headers=h, json=body)


def test_verordeningen_openbaar(client):
    r = client.get("/v1/verordeningen")
    assert r.status_code == 200
    d = r.json()
    assert d["standaard"] == "diemen"
    diemen = next(v for v in d["_embedded"]["verordeningen"] if v["code"] == "diemen")
    # Diemen art. 9 lid 1 onder b: 30% van de bijstandsnorm, 1 maand
    assert {"code": "categorie_2", "percentage": "30", "maanden": 1}.items() <= diemen["categorieen"][1].items()
    assert client.get("/v1/verordeningen/pw-2026").json()["herstel"]["grondslag"] == "Pw art. 18 lid 11"
    assert client.get("/v1/verordeningen/onbekend").status_code == 404


def test_hele_procedure_met_if_match(client):
    h = token(client, "km.jansen")
    z = _zaak(client, h)
    r = _meld(client, h, z)
    assert r.status_code == 201, r.text
    assert r.headers["Location"] == f"/v1/zaken/{z}/maatregelen/{r.json()['id']}"
    assert r.headers["ETag"] == '"1"'
    url = r.headers["Location"] + "/stappen"
    horen = {
        "soort": "horen",
        "wijze": "gesprek",
        "datum": "2026-02-12",
        "zienswijze": "Ik had de brieven niet gezien.",
    }
    assert client.post(url, headers=h, json=horen).status_code == 428  # zonder If-Match
    r = client.post(url, headers={**h, "If-Match": '"7"'}, json=horen)
    assert r.status_code == 412 and r.headers["ETag"] == '"1"'
    r = client.post(url, headers={**h, "If-Match": '"1"'}, json=horen)
    assert r.status_code == 201 and r.json()["status"] == "gehoord" and r.headers["ETag"] == '"2"'
    beslis = {
        "soort": "beoordelen",
        "verwijtbaar": True,
        "dringende_redenen": False,
        "ingang": "2026-03",
        "motivering": "De brieven kwamen aan op het juiste adres.",
    }
    r = client.post(url, headers={**h, "If-Match": '"2"'}, json={**beslis, "percentage": "35"})
    assert r.status_code == 400
    assert r.headers["content-type"].startswith("application/problem+json")
    assert r.json()["invalidParams"][0]["name"] == "percentage"
    r = client.post(url, headers={**h, "If-Match": '"2"'}, json=beslis)
    assert r.status_code == 201, r.text
    d = r.json()
    assert (d["status"], d["percentageBp"], d["maandenMetVerlaging"]) == ("opgelegd", 3000, ["2026-03"])
    assert [s["handeling"] for s in d["stappen"]] == ["signaal", "gehoord", "opgelegd"]
    assert d["_links"]["brief"]["href"] == f"/zaken/{z}/brieven/maatregel/{d['id']}"
    lijst = client.get(f"/v1/zaken/{z}/maatregelen", headers=h).json()
    assert lijst["verlagingen"]["2026-03"] >= 3000
    log = client.get(f"/v1/zaken/{z}/verwerkingen", headers=h).json()["_embedded"]["verwerkingen"]
    namen = {v["name"] for v in log if v["attributes"]["dpl.core.processing_activity_id"].endswith("maatregel")}
    assert {"maatregel.melden", "maatregel.horen", "maatregel.beoordelen", "maatregelen.lezen"} <= namen


def test_foute_invoer_noemt_het_veld(client):
    h = token(client, "km.jansen")
    z = _zaak(client, h)
    r = _meld(client, h, z, categorie="categorie_9")
    assert r.status_code == 400 and r.json()["invalidParams"][0]["name"] == "categorie"
    r = _meld(client, h, z, gedraging="te kort")
    assert r.status_code == 400 and r.json()["invalidParams"][0]["name"] == "gedraging"
    r = _meld(client, h, z, signaal_datum="gisteren")
    assert r.status_code == 400 and "signaal_datum" in r.json()["invalidParams"][0]["name"]
    r = _meld(client, h, z, extra_veld=1)
    assert r.status_code == 400


def test_rollen(client):
    km = token(client, "km.jansen")
    z = _zaak(client, km)
    m = _meld(client, km, z).json()["id"]
    # een andere klantmanager: de zaak bestaat voor hem niet
    bakker = token(client, "km.bakker")
    assert client.get(f"/v1/zaken/{z}/maatregelen", headers=bakker).status_code == 404
    assert _meld(client, bakker, z).status_code == 404
    for naam in ("beleid.de.vries", "beheer.admin"):
        assert client.get(f"/v1/zaken/{z}/maatregelen", headers=token(client, naam)).status_code == 403
    assert client.get(f"/v1/zaken/{z}/maatregelen").status_code == 401
    # de inwoner leest de eigen zaak, maar mag niets vastleggen
    ferd = token(client, "inwoner.ferd")
    eigen = _zaak(client, ferd)
    assert client.get(f"/v1/zaken/{eigen}/maatregelen", headers=ferd).status_code == 200
    assert _meld(client, ferd, eigen).status_code == 403
    if eigen != z:
        assert client.get(f"/v1/zaken/{z}/maatregelen/{m}", headers=ferd).status_code == 404
    # een maatregel van een andere zaak onder deze zaak: 404
    assert client.get(f"/v1/zaken/{z}/maatregelen/999999", headers=km).status_code == 404
