"""Schemathesis fuzzt de OpenAPI in-process (ASGI): geen enkel antwoord is een 5xx.

Twee rondes: anoniem, en als klantmanager km.jansen met een bearer-token, zodat de zaak-endpoints
verder komen dan 401. Begrensd: BALANS_FUZZ_VOORBEELDEN voorbeelden per operatie (standaard 25).
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from schemathesis.checks import not_a_server_error

from balans.api.app import create_app
from balans.settings import Settings
from balans.zaak.demo import WACHTWOORD

VOORBEELDEN = int(os.environ.get("BALANS_FUZZ_VOORBEELDEN", "25"))
INSTELLINGEN = settings(max_examples=VOORBEELDEN, deadline=None, suppress_health_check=list(HealthCheck),
                        database=None)   # geen .hypothesis-map in het project


def _login(app, gebruikersnaam: str = "km.jansen") -> str:
    # Een eigen adres: de anonieme fuzzer probeert vanaf 'testclient' veel namen, en de rem per adres
    # (password spraying, issue 17) houdt dat adres dan terecht even tegen.
    r = TestClient(app, client=("192.0.2.10", 50000)).post(
        "/v1/sessies", json={"gebruikersnaam": gebruikersnaam, "wachtwoord": WACHTWOORD})
    assert r.status_code == 201, f"inloggen als {gebruikersnaam} mislukte: {r.status_code} {r.text[:300]}"
    return r.json()["token"]


# Op moduleniveau: schemathesis.pytest.from_fixture (lui laden) werkt niet met pytest 9
# (schemathesis 4.32 leest request.node._nodeid). Kost ruim een seconde bij het verzamelen.
_map = tempfile.mkdtemp(prefix="balans-fuzz-")
atexit.register(shutil.rmtree, _map, ignore_errors=True)
app = create_app(Settings(database_url=f"sqlite:///{_map}/fuzz.sqlite3", demo=True, demo_zaken=6))
KM_TOKEN = _login(app)
_r = TestClient(app).get("/v1/zaken", headers={"Authorization": f"Bearer {KM_TOKEN}"})
ZAAK_IDS = [z["id"] for z in _r.json()["_embedded"]["zaken"]][:3] if _r.status_code == 200 else []
schema = schemathesis.openapi.from_asgi("/v1/openapi.json", app)


@schema.hook("flatmap_path_parameters")
def _echte_zaak(context, path_parameters):
    # naast een willekeurige id ook een echte zaak van km.jansen, anders alleen 404
    if not path_parameters or "zaakId" not in path_parameters:
        return st.just(path_parameters)
    return st.sampled_from([path_parameters] + [{**path_parameters, "zaakId": i} for i in ZAAK_IDS])


def test_fuzzer_heeft_echte_zaken():
    assert _r.status_code == 200 and ZAAK_IDS, f"geen zaken van km.jansen: {_r.status_code} {_r.text[:300]}"


def _roep(case, headers: dict):
    r = case.call(headers=headers)
    case.validate_response(r, checks=[not_a_server_error])


@schema.parametrize()
@INSTELLINGEN
def test_geen_5xx_anoniem(case):
    _roep(case, {})


@schema.parametrize()
@INSTELLINGEN
def test_geen_5xx_als_klantmanager(case):
    token = KM_TOKEN
    if case.method == "DELETE" and case.path.startswith("/v1/sessies"):
        token = _login(app)   # uitloggen met een eigen sessie, niet met die van de andere voorbeelden
    _roep(case, {"Authorization": f"Bearer {token}"})
