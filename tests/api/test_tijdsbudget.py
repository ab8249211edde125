# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Issue 17 punt 1: een tijdsbudget per verzoek. Het rekenwerk stopt zelf als de tijd op is; de server geeft
dan 503 met Retry-After, in het Nederlands, en legt niets vast (ook geen regel in de verwerkingenlog)."""

from __future__ import annotations

import concurrent.futures
import contextvars
import time

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from balans.tijdsbudget import TijdOp, binnen, controleer
from balans.zaak.schema import Verwerking
from tests.api.conftest import CASUSSEN, casus_json, maak_app, token

CASUS = CASUSSEN.parents[1] / "src" / "balans" / "voorbeelden" / "ferd.yaml"


def test_controleer_stopt_pas_na_de_eindtijd_en_alleen_binnen_het_blok():
    controleer()  # buiten een verzoek: geen grens
    with binnen(0.05):
        controleer()  # nog binnen de tijd
        time.sleep(0.06)
        with pytest.raises(TijdOp) as e:
            controleer()
        assert e.value.seconden == 0.05
    controleer()  # na het blok weer geen grens
    with binnen(0):
        time.sleep(0.01)
        controleer()  # 0 betekent: geen grens


def test_de_eindtijd_gaat_mee_naar_de_thread_van_het_verzoek_en_niet_naar_een_ander():
    """FastAPI draait een gewone def-route in een thread met een kopie van de context (anyio)."""
    with binnen(0.001):
        time.sleep(0.005)
        ctx = contextvars.copy_context()
    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        with pytest.raises(TijdOp):
            pool.submit(ctx.run, controleer).result()
        pool.submit(controleer).result()  # een thread zonder die context: geen grens


@pytest.fixture
def krap(tmp_path):
    """Een server waarop elk rekenwerk meteen te laat is."""
    return maak_app(tmp_path, tijdsbudget_seconden=1e-9)


def test_berekening_na_het_budget_geeft_503_met_retry_after(krap, tmp_path):
    r = TestClient(krap, raise_server_exceptions=False).post("/v1/berekeningen", json=casus_json(CASUS))
    assert r.status_code == 503, r.text
    assert r.headers["content-type"].startswith("application/problem+json")
    assert r.headers["retry-after"] == "5"
    assert "rekentijd" in r.json()["detail"] and r.json()["title"] == "Even te druk"
    # Met het gewone budget (10 s) rekent dezelfde casus gewoon.
    gewoon = maak_app(tmp_path / "gewoon")
    assert TestClient(gewoon).post("/v1/berekeningen", json=casus_json(CASUS)).status_code == 200


def test_een_webpagina_na_het_budget_is_een_nederlandse_pagina(krap):
    r = TestClient(krap, raise_server_exceptions=False).get(
        "/rekenhulp", params={"leeftijd": "35", "uren": "16", "uurloon": "13,00"}
    )
    assert r.status_code == 503 and r.headers["content-type"].startswith("text/html")
    assert "Even te druk" in r.text and "rekentijd" in r.text


def test_na_het_budget_is_niets_vastgelegd(krap):
    client = TestClient(krap, raise_server_exceptions=False)
    km = token(client, "km.jansen")
    z = client.get("/v1/zaken", headers=km).json()["_embedded"]["zaken"][0]["id"]
    with krap.state.sessies() as s:
        voor = s.scalar(select(func.count()).select_from(Verwerking).where(Verwerking.naam == "zaak.berekening"))
    r = client.get(f"/v1/zaken/{z}/berekening", headers=km)
    assert r.status_code == 503, r.text
    with krap.state.sessies() as s:
        na = s.scalar(select(func.count()).select_from(Verwerking).where(Verwerking.naam == "zaak.berekening"))
    assert na == voor  # geen persoonsgegevens getoond, dus ook geen leesregel
