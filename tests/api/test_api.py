# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""De API volgt de NLGov API Design Rules en geeft dezelfde bedragen als de wet (de casussen met 'verwacht')."""

from __future__ import annotations

import re

import pytest

from balans.casus.laden import uit_bestand
from balans.ontvangstbewijs import hash_van
from balans.rekenen.casus import bereken
from balans.uitvoer import als_json as cli_json
from tests.api.conftest import CASUSSEN, casus_json, token

MET_VERWACHT = sorted(
    p
    for p in CASUSSEN.rglob("*.yaml")
    if "verwacht:" in p.read_text(encoding="utf-8") and "loonstroken:" not in p.read_text(encoding="utf-8")
)


@pytest.mark.parametrize("pad", MET_VERWACHT[:12], ids=lambda p: p.stem)
def test_berekening_geeft_de_bedragen_uit_de_wet(client, pad):
    """De verwachte bedragen staan in de casus, met de hand uit de wet gerekend."""
    data = casus_json(pad)
    r = client.post("/v1/berekeningen", json=data)
    assert r.status_code == 200, r.text
    per_maand = {m["maand"]: m for m in r.json()["maanden"]}
    for maand, verwacht in data["verwacht"].items():
        for veld, bedrag in verwacht.items():
            if veld == "recht":
                assert per_maand[maand]["recht"] is bedrag
            else:
                tekst = f"{bedrag:.2f}" if isinstance(bedrag, float) else f"{bedrag}.00"
                assert per_maand[maand][veld] == tekst, (maand, veld)


def test_berekening_is_wat_de_cli_geeft(client):
    pad = MET_VERWACHT[0]
    r = client.post("/v1/berekeningen", json=casus_json(pad))
    casus = uit_bestand(pad)
    data = r.json()
    bewijs = data.pop("ontvangstbewijs")  # issue 18: elke uitkomst draagt haar ontvangstbewijs
    assert data == cli_json(casus.naam, bereken(casus))
    assert bewijs["uitkomstHash"] == hash_van(data) and bewijs["soort"] == "berekening"


def test_geld_is_tekst_met_twee_decimalen(client):
    r = client.post("/v1/berekeningen", json=casus_json(MET_VERWACHT[0]))
    for m in r.json()["maanden"]:
        for veld in ("norm", "vrijlating", "middelen", "verlaging", "bijstand"):
            assert isinstance(m[veld], str) and re.fullmatch(r"\d+\.\d\d", m[veld])


def test_fout_is_problem_json_met_het_veld(client):
    data = casus_json(MET_VERWACHT[0])
    data["huishouden"]["aanvrager"]["geboortedatum"] = "1990-02-30"
    r = client.post("/v1/berekeningen", json=data)
    assert r.status_code == 400
    assert r.headers["content-type"] == "application/problem+json"
    p = r.json()
    assert p["status"] == 400 and p["title"] and "bestaat niet" in p["detail"]
    assert p["invalidParams"][0]["name"] == "huishouden.aanvrager.geboortedatum"


def test_periode_hoogstens_120_maanden(client):
    """Een casus over 1000 jaar zou de server minuten bezig houden: 400, met het veld."""
    data = casus_json(MET_VERWACHT[0])
    data["periode"] = {"van": "2026-01", "tot": "2035-12"}  # precies 120 maanden: mag
    assert client.post("/v1/berekeningen", json=data).status_code == 200
    data["periode"]["tot"] = "2036-01"  # 121 maanden: niet
    r = client.post("/v1/berekeningen", json=data)
    assert r.status_code == 400 and r.headers["content-type"] == "application/problem+json"
    assert r.json()["invalidParams"][0]["name"] == "periode.tot"
    r = client.post("/v1/wat-als", json={"casus": data, "netto_uurloon": "12.00"})
    assert r.status_code == 400 and r.json()["invalidParams"][0]["name"] == "casus.periode.tot"


def test_geen_json_en_geen_object(client):
    r = client.post("/v1/berekeningen", content=b"{kapot", headers={"content-type": "application/json"})
    assert r.status_code == 400 and r.json()["invalidParams"][0]["name"] == "body"
    r = client.post("/v1/berekeningen", json=[1, 2])
    assert r.status_code == 400
    r = client.post("/v1/berekeningen", content=b"naam: x", headers={"content-type": "text/yaml"})
    assert r.status_code == 415 and r.headers["content-type"] == "application/problem+json"


def test_api_version_op_elk_antwoord_ook_bij_fouten(client):
    for r in (
        client.get("/v1/openapi.json"),
        client.get("/v1/bestaat-niet"),
        client.get("/v1/zaken"),
        client.post("/v1/berekeningen", json={}),
        client.get("/"),
    ):
        assert r.headers["API-Version"] == "1.3.0"  # 1.3.0: issues 15, 17, 19, docs/api-changelog.md
    r = client.get("/v1/bestaat-niet")
    assert r.status_code == 404 and r.headers["content-type"] == "application/problem+json"


def test_openapi_volgt_de_regels(client):
    spec = client.get("/v1/openapi.json").json()
    assert spec["openapi"].startswith("3.")
    # ADR /core/uri-version: de hoofdversie staat in servers, de paden zijn daaronder (issue 18)
    assert spec["servers"][0]["url"] == "/v1"
    assert {"/berekeningen", "/maandstaten", "/wat-als", "/zaken", "/zaken/{zaakId}"} <= set(spec["paths"])
    assert re.fullmatch(r"\d+\.\d+\.\d+", spec["info"]["version"])
    assert {"name", "url", "email"} <= set(spec["info"]["contact"])
    for pad, operaties in spec["paths"].items():
        assert pad.startswith("/") and not pad.startswith("/v1") and not pad.endswith("/")
        assert "bsn" not in pad.lower()
        for segment in pad.split("/"):
            if segment and not segment.startswith("{"):
                assert re.fullmatch(r"_?[a-z0-9-]+", segment), segment  # kebab-case
        for op in operaties.values():
            assert "422" not in op.get("responses", {})
            for par in op.get("parameters", []):
                if par["in"] == "query":
                    assert re.fullmatch(r"[a-z][a-zA-Z0-9]*", par["name"]), par["name"]  # camelCase
                    assert "bsn" not in par["name"].lower()
    bedrag = spec["components"]["schemas"]["Vermogen"]["properties"]["bezittingen"]
    assert bedrag["type"] == "string"  # geld als tekst


def test_maandstaat_en_wat_als(client):
    ferd = casus_json(CASUSSEN.parent.parent / "src/balans/voorbeelden/ferd-maandstaat.yaml")
    # docs/maandstaat-ferd.md rekende Ferd met art. 34a en 34b al in 2026 (de geconsolideerde tekst); formeel
    # gaan die pas op 2027-01-01 in. Deze controle van de API kiest die lezing dus uitdrukkelijk.
    ferd["regime"] = "bijverdienen-geconsolideerde-tekst"
    r = client.post("/v1/maandstaten?methode=alle", json=ferd)
    assert r.status_code == 200
    assert set(r.json()["methoden"]) == {"op_de_maand", "achteraf", "schatten", "vast_bedrag"}
    # Ferd: recht over 12 maanden € 7.963,43 bij elke methode (docs/maandstaat-ferd.md, met de hand nagerekend)
    assert {m["totalen"]["recht"] for m in r.json()["methoden"].values()} == {"7963.43"}
    r = client.post("/v1/wat-als", json={"casus": ferd})
    # Met het opgebouwde vakantiegeld (8%) dat de maandstaat ook meetelt: 28 uur = 1.516,67 + 121,33 =
    # 1.638,00, min 15% = 1.392,30 < 1.419,46 (nog 27,16); 29 uur = 1.570,83 + 125,67 = 1.696,50, min 15%
    # = 1.442,02 boven de norm. Zonder het vakantiegeld stond hier 31.
    assert r.status_code == 200 and r.json()["bijstand_stopt_bij_uren_per_week"] == "29"
    r = client.post("/v1/wat-als", json={"casus": ferd, "netto_uurloon": "12,50"})
    assert r.status_code == 400 and r.json()["invalidParams"][0]["name"] == "netto_uurloon"


def test_bsn_alleen_in_de_body(client):
    km = token(client, "km.jansen")
    zaken = client.get("/v1/zaken?paginaGrootte=100", headers=km).json()["_embedded"]["zaken"]
    r = client.post("/v1/zaken/_zoek", json={"bsn": "123456789"}, headers=km)
    assert r.status_code == 200 and r.json()["_embedded"]["zaken"] == []
    r = client.post("/v1/zaken/_zoek", json={"bsn": "12345"}, headers=km)
    assert r.status_code == 400 and r.json()["invalidParams"][0]["name"] == "bsn"
    assert all("bsn" not in z for z in zaken)


def test_paginering(client):
    km = token(client, "km.jansen")
    r = client.get("/v1/zaken?paginaGrootte=2&pagina=2", headers=km)
    d = r.json()
    assert r.status_code == 200 and d["pagina"] == 2 and len(d["_embedded"]["zaken"]) == 2
    assert d["_links"]["prev"]["href"].endswith("pagina=1") and r.headers["X-Total-Count"] == str(d["totaal"])
    r = client.get("/v1/zaken?paginaGrootte=500", headers=km)
    assert r.status_code == 400 and r.json()["invalidParams"][0]["name"] == "paginaGrootte"
