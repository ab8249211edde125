# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Het API-contract tegen de NLGov API Design Rules (issue 18): de officiële Spectral-regels van Logius op
/v1/openapi.json (0 fouten), en wat die regels bij het draaien vragen."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.api.conftest import token

PROJECT = Path(__file__).resolve().parents[2]
REGELS = PROJECT / "docs" / "standaarden" / "adr-ruleset.yaml"
SPECTRAL = PROJECT / "node_modules" / ".bin" / "spectral"


def test_spectral_adr_regels_geven_geen_fouten(client, tmp_path):
    if shutil.which("npx") is None:
        pytest.skip("npx (Node.js) ontbreekt: de ADR-linter kan hier niet draaien")
    if not SPECTRAL.exists():
        pytest.fail("@stoplight/spectral-cli ontbreekt; draai npm ci (make test doet dat ook).", pytrace=False)
    doc = tmp_path / "openapi.json"
    doc.write_bytes(client.get("/v1/openapi.json").content)
    uit = tmp_path / "lint.json"
    r = subprocess.run(
        [SPECTRAL, "lint", "-r", REGELS, doc, "-f", "json", "-o", uit, "--quiet"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert uit.exists(), r.stdout + r.stderr
    meldingen = json.loads(uit.read_text() or "[]")
    fouten = [f"{m['code']}: {m['message']} ({'.'.join(map(str, m['path']))})" for m in meldingen if m["severity"] == 0]
    assert not fouten, "\n".join(fouten)


def test_contract_kopregels_beveiliging_en_formaten(client):
    spec = client.get("/v1/openapi.json").json()
    assert spec["servers"] == [{"url": "/v1", "description": "versie 1 van de API op deze server"}]
    assert spec["components"]["securitySchemes"]["bearer"] == {
        "type": "http",
        "scheme": "bearer",
        "description": spec["components"]["securitySchemes"]["bearer"]["description"],
    }
    for pad, item in spec["paths"].items():
        for methode, op in item.items():
            for code, antwoord in op["responses"].items():
                if code.startswith("2"):
                    assert "API-Version" in antwoord.get("headers", {}), (methode, pad, code)
                    for soort, inhoud in antwoord.get("content", {}).items():
                        assert inhoud.get("schema"), (methode, pad, code, soort)
            # wie kan inloggen moet, zegt hoe; openbaar is expliciet leeg
            assert op["security"] == ([{"bearer": []}, {"sessie": []}] if "401" in op["responses"] else []), pad
            for par in op.get("parameters", []):
                if par["name"] == "If-Match":
                    assert par["schema"]["pattern"]
                    assert re.fullmatch(par["schema"]["pattern"], '"3"')
    assert "400" in spec["paths"]["/aanvragen"]["post"]["responses"]
    bedrag = spec["components"]["schemas"]["Vermogen"]["properties"]["bezittingen"]
    assert bedrag["default"] == "0.00"  # tekst zoals elk bedrag, geen getal 0
    datum = spec["components"]["schemas"]["Stap"]["properties"]["datum"]
    assert datum["format"] == "date" and datum["type"] == ["string", "null"]


def test_elk_2xx_antwoord_heeft_een_eigen_model(client):
    """Issue 18: geen enkel succesantwoord had een schema. Nu heeft elk 2xx-antwoord met inhoud (alles behalve
    204) een eigen model met velden, ook een operatie die later bijkomt; schemathesis controleert de
    antwoorden ertegen (test_schemathesis.py)."""
    spec = client.get("/v1/openapi.json").json()
    modellen = spec["components"]["schemas"]
    zonder = []
    for pad, item in spec["paths"].items():
        for methode, op in item.items():
            for code, antwoord in op["responses"].items():
                if not code.startswith("2") or code == "204":
                    continue
                json_inhoud = {k: v for k, v in antwoord.get("content", {}).items() if "json" in k}
                if not json_inhoud:
                    zonder.append(f"{methode.upper()} {pad} {code}: geen JSON-inhoud")
                for soort, inhoud in json_inhoud.items():
                    naam = inhoud.get("schema", {}).get("$ref", "").rsplit("/", 1)[-1]
                    if not modellen.get(naam, {}).get("properties"):
                        zonder.append(f"{methode.upper()} {pad} {code} {soort}: geen model met velden")
    assert not zonder, "\n".join(zonder)
    assert "HalObject" not in modellen  # het oude algemene vangnet is weg


def test_slash_aan_het_eind_geeft_404_en_geen_doorverwijzing(client):
    r = client.get("/v1/instrumenten/", follow_redirects=False)
    assert r.status_code == 404 and r.headers["content-type"] == "application/problem+json"
    assert r.headers["API-Version"]
    assert client.get("/v1/instrumenten").status_code == 200


def test_openapi_document_ook_van_een_ander_domein(client):
    r = client.get("/v1/openapi.json", headers={"Origin": "https://developer.overheid.nl"})
    assert r.headers["access-control-allow-origin"] == "*"
    assert "access-control-allow-origin" not in client.get("/v1/instrumenten").headers


def test_accept_dat_wij_niet_geven_is_406(client):
    r = client.get("/v1/instrumenten", headers={"Accept": "application/xml"})
    assert r.status_code == 406 and r.json()["status"] == 406
    for accept in ("application/json", "*/*", "application/xml, application/json;q=0.5", "application/*"):
        assert client.get("/v1/instrumenten", headers={"Accept": accept}).status_code == 200, accept


def test_tijdstippen_met_offset(client):
    km = token(client, "km.jansen")
    zaken = client.get("/v1/zaken", headers=km).json()["_embedded"]["zaken"]
    tijden = re.findall(r'"\d{4}-\d\d-\d\dT[^"]*"', client.get("/v1/zaken", headers=km).text)
    tijden += re.findall(
        r'"\d{4}-\d\d-\d\dT[^"]*"', client.get(f"/v1/zaken/{zaken[0]['id']}/verwerkingen", headers=km).text
    )
    assert tijden
    log = client.get(f"/v1/zaken/{zaken[0]['id']}/verwerkingen", headers=km).json()["_embedded"]["verwerkingen"]
    assert log and {v["status"] for v in log} <= {"Unset", "Ok", "Error"}  # Logboek Dataverwerkingen 1.0
    for t in tijden:  # RFC 3339: altijd een offset (Z of +hh:mm)
        assert re.search(r'(Z|[+-]\d\d:\d\d)"$', t), t
