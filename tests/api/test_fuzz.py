"""Schemathesis fuzzt de OpenAPI: geen enkel antwoord is een 5xx, anoniem én als klantmanager."""

from __future__ import annotations

import os
import tempfile

import schemathesis
from hypothesis import HealthCheck, settings

from balans.api.app import create_app
from balans.settings import Settings

import pytest

VOORBEELDEN = int(os.environ.get("BALANS_FUZZ_VOORBEELDEN", "20"))
# Nog niet begrensd genoeg voor elke run: een gegenereerde casus kan eeuwen aan maanden vragen
# (8 minuten bij 20 voorbeelden). Tot de API de periode begrenst: alleen met BALANS_FUZZ=1.
pytestmark = pytest.mark.skipif(os.environ.get("BALANS_FUZZ") != "1",
                                reason="fuzzen staat uit; zet BALANS_FUZZ=1 (zie README)")
_map = tempfile.mkdtemp(prefix="balans-fuzz-")
app = create_app(Settings(database_url=f"sqlite:///{_map}/fuzz.sqlite3", demo=True, demo_zaken=6))
schema = schemathesis.openapi.from_asgi("/v1/openapi.json", app)


def _token() -> str:
    from fastapi.testclient import TestClient
    r = TestClient(app).post("/v1/sessies", json={"gebruikersnaam": "km.jansen", "wachtwoord": "demo-wachtwoord-2026"})
    return r.json()["token"]


TOKEN = _token()


def _roep(case, headers):
    if case.path.startswith("/v1/sessies") and case.method == "DELETE":
        headers = {}   # niet het token van de andere tests weggooien
    r = case.call(headers=headers)
    assert r.status_code < 500, f"{case.method} {case.path}: {r.status_code} {r.text[:500]}"


@schema.parametrize()
@settings(max_examples=VOORBEELDEN, deadline=None, suppress_health_check=list(HealthCheck))
def test_geen_5xx_anoniem(case):
    _roep(case, {})


@schema.parametrize()
@settings(max_examples=VOORBEELDEN, deadline=None, suppress_health_check=list(HealthCheck))
def test_geen_5xx_als_klantmanager(case):
    _roep(case, {"Authorization": f"Bearer {TOKEN}"})
