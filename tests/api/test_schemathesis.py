# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Schemathesis fuzzt de OpenAPI in-process (ASGI): geen enkel antwoord is een 5xx, en elk antwoord klopt
met het schema in het document (response_schema_conformance: de modellen van api/modellen.py).

Per operatie (stateless): anoniem, en als klantmanager km.jansen met een bearer-token, zodat de
zaak-endpoints verder komen dan 401. Stateful (issue 17 punt 6): reeksen die de links in het document
volgen (een zaak, plan, ontheffing, maatregel of aanvraag maken en dan met haar id en ETag verder),
anoniem, als klantmanager en als inwoner. Begrensd: BALANS_FUZZ_VOORBEELDEN voorbeelden per operatie
(standaard 25) en BALANS_FUZZ_REEKSEN reeksen van hoogstens 6 stappen per rol (standaard 10).
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance

from balans.app import create_app
from balans.settings import Settings
from balans.zaak.demo import WACHTWOORD

VOORBEELDEN = int(os.environ.get("BALANS_FUZZ_VOORBEELDEN", "25"))
REEKSEN = int(os.environ.get("BALANS_FUZZ_REEKSEN", "10"))
INSTELLINGEN = settings(
    max_examples=VOORBEELDEN, deadline=None, suppress_health_check=list(HealthCheck), database=None
)  # geen .hypothesis-map in het project
CONTROLES = [not_a_server_error, response_schema_conformance]


def _login(app, gebruikersnaam: str = "km.jansen") -> str:
    # Een eigen adres: de anonieme fuzzer probeert vanaf 'testclient' veel namen, en de rem per adres
    # (password spraying, issue 17) houdt dat adres dan terecht even tegen.
    r = TestClient(app, client=("192.0.2.10", 50000)).post(
        "/v1/sessies", json={"gebruikersnaam": gebruikersnaam, "wachtwoord": WACHTWOORD}
    )
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


# Een kleine geldige casus (één alleenstaande, drie maanden): een willekeurig gegenereerd object is nooit een
# geldige casus, en dan komt een reeks nooit verder dan 400 bij het maken van een zaak.
CASUS = {
    "naam": "fuzz",
    "periode": {"van": "2026-01", "tot": "2026-03"},
    "huishouden": {"aanvrager": {"geboortedatum": "1980-01-01"}},
}
MET_CASUS = {
    ("POST", "/zaken"),
    ("PUT", "/zaken/{zaakId}/casus"),
    ("POST", "/berekeningen"),
    ("POST", "/maandstaten"),
}  # paden zoals in het document (servers: /v1)


@schema.hook("flatmap_body")
def _geldige_casus(context, body):
    # naast het gegenereerde ook een geldige casus, zodat de reeks verder komt (zaak maken, wijzigen, rekenen)
    op = context.operation
    if op is None or (op.method.upper(), op.path) not in MET_CASUS:
        return st.just(body)
    if op.path == "/zaken":
        geldig = {"naam": body.get("naam") if isinstance(body, dict) and body.get("naam") else "Fuzz", "casus": CASUS}
    else:
        geldig = CASUS
    return st.sampled_from([body, geldig, geldig])


def test_fuzzer_heeft_echte_zaken():
    assert _r.status_code == 200 and ZAAK_IDS, f"geen zaken van km.jansen: {_r.status_code} {_r.text[:300]}"


def _roep(case, headers: dict):
    r = case.call(headers=headers)
    case.validate_response(r, checks=CONTROLES)


@schema.parametrize()
@INSTELLINGEN
def test_geen_5xx_anoniem(case):
    _roep(case, {})


@schema.parametrize()
@INSTELLINGEN
def test_geen_5xx_als_klantmanager(case):
    token = KM_TOKEN
    if case.method == "DELETE" and case.path.startswith("/sessies"):
        token = _login(app)  # uitloggen met een eigen sessie, niet met die van de andere voorbeelden
    _roep(case, {"Authorization": f"Bearer {token}"})


# --- stateful: de links in het document volgen -----------------------------------------------------


def _rol_machine(gebruikersnaam: str | None):
    class Reeks(schema.as_state_machine()):  # type: ignore[misc]
        def setup(self):
            self.token = _login(app, gebruikersnaam) if gebruikersnaam else None

        def get_call_kwargs(self, case):
            if self.token is None:
                return {}
            if case.method == "DELETE" and case.path.startswith("/sessies"):
                return {"headers": {"Authorization": f"Bearer {_login(app, gebruikersnaam)}"}}
            return {"headers": {"Authorization": f"Bearer {self.token}"}}

        def validate_response(self, response, case, additional_checks=None, **kwargs):
            case.validate_response(response, checks=CONTROLES)

    return Reeks


REEKS_INSTELLINGEN = settings(
    max_examples=REEKSEN, stateful_step_count=6, deadline=None, suppress_health_check=list(HealthCheck), database=None
)


def test_links_van_maken_naar_lezen_staan_in_het_document():
    spec = app.openapi()
    links = spec["paths"]["/zaken"]["post"]["responses"]["201"]["links"]
    naar = {v["operationId"]: v["parameters"] for v in links.values()}
    lezen = spec["paths"]["/zaken/{zaakId}"]["get"]["operationId"]
    assert naar[lezen] == {"path.zaakId": "$response.body#/id"}
    casus = spec["paths"]["/zaken/{zaakId}/casus"]["put"]["operationId"]
    assert naar[casus]["header.If-Match"] == "$response.header.ETag"
    assert spec["paths"]["/aanvragen"]["post"]["responses"]["201"]["links"]


@pytest.mark.parametrize("gebruiker", [None, "km.jansen", "inwoner.ferd"], ids=["anoniem", "klantmanager", "inwoner"])
def test_stateful_geen_5xx_en_antwoorden_volgens_het_schema(gebruiker):
    _rol_machine(gebruiker).run(settings=REEKS_INSTELLINGEN)
