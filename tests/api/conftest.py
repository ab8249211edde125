# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Een app op een verse SQLite-database met demo-gegevens, en hulp om casussen als JSON te sturen."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml
from fastapi.testclient import TestClient

from balans.app import create_app
from balans.settings import Settings
from balans.zaak.demo import WACHTWOORD

CASUSSEN = Path(__file__).resolve().parents[1] / "casussen"


def als_json(o):
    if isinstance(o, dict):
        return {str(k): als_json(v) for k, v in o.items()}
    if isinstance(o, list):
        return [als_json(v) for v in o]
    if isinstance(o, (dt.date, dt.datetime)):
        return o.isoformat()
    return o


def casus_json(pad: Path) -> dict:
    return als_json(yaml.safe_load(pad.read_text(encoding="utf-8")))


def maak_app(tmp_path: Path, url: str | None = None, **over):
    return create_app(
        Settings(database_url=url or f"sqlite:///{tmp_path / 'balans.sqlite3'}", demo=True, demo_zaken=12, **over)
    )


@pytest.fixture
def app(tmp_path):
    return maak_app(tmp_path)


@pytest.fixture
def client(app):
    return TestClient(app, raise_server_exceptions=False)


def token(client: TestClient, gebruikersnaam: str) -> dict:
    r = client.post("/v1/sessies", json={"gebruikersnaam": gebruikersnaam, "wachtwoord": WACHTWOORD})
    assert r.status_code == 201, r.text
    client.cookies.clear()  # de tests sturen het token zelf mee
    return {"Authorization": f"Bearer {r.json()['token']}"}
