# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""De API neemt de datums van casus.md 'Changes within the periode' aan, en weigert foute met 400."""

from __future__ import annotations

import json

import pytest
import yaml

from tests.test_dagdelen import VIER


def test_api_rekent_met_datums_en_weigert_tot_voor_van(client):
    casus = {
        "naam": "api",
        "periode": {"van": "2026-03", "tot": "2026-03"},
        "bijstand": {"van": "2026-03-12"},
        "huishouden": {"aanvrager": {"geboortedatum": "1991-05-01"}},
    }
    r = client.post("/v1/berekeningen", content=json.dumps(casus), headers={"content-type": "application/json"})
    assert r.status_code == 200, r.text
    # 12 t/m 31 maart: 20 dagen; 1.401,50 x 20 / 31 = 904,193 -> 904,19
    assert r.json()["maanden"][0]["norm"] == "904.19"
    casus["bijstand"] = {"van": "2026-03-12", "tot": "2026-03-01"}
    r = client.post("/v1/berekeningen", content=json.dumps(casus), headers={"content-type": "application/json"})
    assert r.status_code == 400
    assert "bijstand.tot" in r.text


def test_api_persoonskenmerk_met_datums(client):
    """Issue 15: een kenmerk met {van, tot} werkt ook in de API; een 'tot' vóór 'van' geeft 400 met het veld."""
    casus = {
        "naam": "api",
        "periode": {"van": "2026-02", "tot": "2026-02"},
        "huishouden": {
            "aanvrager": {"geboortedatum": "1990-04-01"},
            "partner": {"geboortedatum": "1990-08-01", "rechthebbend": {"van": "2026-02-10"}},
        },
    }
    r = client.post("/v1/berekeningen", content=json.dumps(casus), headers={"content-type": "application/json"})
    assert r.status_code == 200, r.text
    # tests/casussen/kenmerken/partner-rechthebbend-vanaf-verblijfsvergunning-2026.yaml: 321,77 + 1.358,59
    assert r.json()["maanden"][0]["norm"] == "1680.36"
    casus["huishouden"]["partner"]["rechthebbend"] = {"van": "2026-02-10", "tot": "2026-02-01"}
    r = client.post("/v1/berekeningen", content=json.dumps(casus), headers={"content-type": "application/json"})
    assert r.status_code == 400
    assert "huishouden.partner.rechthebbend.tot" in r.text


@pytest.mark.parametrize("soort", list(VIER))
def test_api_vier_soorten_foute_datums_geven_400(client, soort):
    """Issue 15 'What must hold': dezelfde vier fouten als in de CLI geven in de API 400 met het veld."""
    tekst, veld, _, woorden = VIER[soort]
    casus = json.loads(json.dumps(yaml.safe_load(tekst), default=str))
    r = client.post("/v1/berekeningen", content=json.dumps(casus), headers={"content-type": "application/json"})
    assert r.status_code == 400, r.text
    assert veld in r.text and woorden in r.text
