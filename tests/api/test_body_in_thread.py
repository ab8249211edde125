# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Issue 17: elke body (ook die van een pydantic-model, zoals POST /v1/zaken) wordt in een thread gelezen
en gevalideerd, begrensd, en een onbekend veld geeft een 400 met de naam van dat veld.

Geen tijdmeting hier (die staat in benchmarks/veiligheid.py): de eerste test houdt de validatie van
het eerste verzoek vast tot het tweede verzoek beantwoord is. Draaide de validatie op de event loop,
dan kwam het tweede verzoek nooit aan de beurt en liep de test vast tot de time-out.
"""

from __future__ import annotations

import threading
import time

import httpx
import pytest
import uvicorn

from balans.api import grenzen
from tests.api.conftest import token
from tests.api.test_veiligheid import casus_met_loonstroken
from tests.hulp.netwerk import vrije_poort

# bodies die bewust open zijn: een uitkomst met ontvangstbewijs (elke uitkomst mag) en de invoer van een
# aanvraagstap (elke stap heeft eigen velden; sla_stap_op weigert onbekende velden zelf)
OPEN = {("post", "/herberekeningen"), ("put", "/aanvragen/{aanvraagId}/stappen/{stap}")}


class Draad:
    """De app in een uvicorn-server in dit proces, op een eigen thread (één event loop, zoals één werkproces)."""

    def __init__(self, app):
        self.url = f"http://127.0.0.1:{vrije_poort()}"
        self.server = uvicorn.Server(
            uvicorn.Config(
                app, host="127.0.0.1", port=int(self.url.rsplit(":", 1)[1]), log_level="warning", lifespan="off"
            )
        )
        self.draad = threading.Thread(target=self.server.run, daemon=True)
        self.draad.start()
        eind = time.monotonic() + 60
        while not self.server.started:
            assert time.monotonic() < eind and self.draad.is_alive(), "server start niet"
            time.sleep(0.05)

    def stop(self):
        self.server.should_exit = True
        self.draad.join(30)


@pytest.fixture
def draad(app):
    d = Draad(app)
    yield d
    d.stop()


def test_een_trage_body_houdt_een_tweede_verzoek_niet_op(draad, app, monkeypatch):
    los = threading.Event()
    bezig = threading.Event()
    echt = grenzen.valideer

    def traag(adapter, data):  # de validatie van de grote body wacht tot het tweede verzoek klaar is
        if isinstance(data, dict) and data.get("naam") == "Groot":
            bezig.set()
            assert los.wait(60), "het tweede verzoek kwam niet aan de beurt"
        return echt(adapter, data)

    monkeypatch.setattr(grenzen, "valideer", traag)

    km = token_via(draad.url)
    casus = casus_met_loonstroken(1)
    casus["opmerkingen"] = ["x" * 400] * 1900  # ~770 KB, onder de grens van 1 MB; de casus kent het veld niet
    groot = {"naam": "Groot", "casus": casus}
    uitkomst: dict = {}

    def eerste():
        uitkomst["eerste"] = httpx.post(draad.url + "/v1/zaken", json=groot, headers=km, timeout=120)

    t = threading.Thread(target=eerste)
    t.start()
    assert bezig.wait(60), "het eerste verzoek kwam niet bij de validatie"
    # het eerste verzoek staat nu stil in de validatie van zijn body: de tweede client krijgt toch antwoord
    tweede = httpx.get(draad.url + "/v1/algoritmeregister", timeout=10)
    klein = httpx.post(draad.url + "/v1/zaken/_zoek", json={"bsn": "999990019"}, headers=km, timeout=10)
    los.set()
    t.join(120)
    assert tweede.status_code == 200 and klein.status_code == 200
    assert uitkomst["eerste"].status_code == 400  # 'opmerkingen' kent de casus niet: de validatie liep echt
    assert uitkomst["eerste"].json()["invalidParams"][0]["name"].startswith("casus.opmerkingen")


def token_via(url: str) -> dict:
    from balans.zaak.demo import WACHTWOORD

    r = httpx.post(url + "/v1/sessies", json={"gebruikersnaam": "km.jansen", "wachtwoord": WACHTWOORD}, timeout=60)
    assert r.status_code == 201, r.text
    return {"Authorization": f"Bearer {r.json()['token']}"}


def _bodies(schema: dict):
    for pad, operaties in schema["paths"].items():
        for methode, op in operaties.items():
            if isinstance(op, dict) and "requestBody" in op:
                yield methode, pad, op["requestBody"]["content"]["application/json"]["schema"]


def test_elke_body_in_openapi_weigert_onbekende_velden(client):
    """additionalProperties: false op elk object in elke body, tot in de diepte (behalve de twee open bodies)."""
    schema = client.get("/v1/openapi.json").json()
    comp = schema["components"]["schemas"]
    open_gevonden = []

    def na(s, waar, gezien):
        if isinstance(s, list):
            for x in s:
                na(x, waar, gezien)
            return
        if not isinstance(s, dict):
            return
        if "$ref" in s:
            naam = s["$ref"].rsplit("/", 1)[1]
            if naam not in gezien:
                gezien.add(naam)
                na(comp[naam], f"{waar} > {naam}", gezien)
            return
        # een object met velden moet de rest weigeren; een tabel (dict) heeft een schema voor elke waarde
        vrij = s.get("additionalProperties", True)
        if ("properties" in s and vrij is not False) or (
            s.get("type") == "object" and "patternProperties" not in s and vrij in (True, {})
        ):
            open_gevonden.append(f"{waar}: {sorted(s.get('properties', {}))[:5]}")
        for w in s.values():
            na(w, waar, gezien)

    aantal = 0
    for methode, pad, s in _bodies(schema):
        aantal += 1
        if (methode, pad) not in OPEN:
            na(s, f"{methode.upper()} {pad}", set())
    assert aantal >= 25 and open_gevonden == []


def test_de_body_blijft_in_het_schema(client):
    """BodyInThread haalt de body bij FastAPI weg; het contract moet dezelfde body blijven noemen."""
    schema = client.get("/v1/openapi.json").json()
    body = schema["paths"]["/zaken"]["post"]["requestBody"]
    assert body["required"] is True
    assert body["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/NieuweZaak"}
    assert schema["components"]["schemas"]["NieuweZaak"]["properties"]["casus"] == {
        "$ref": "#/components/schemas/Casus"
    }
    toekennen = schema["paths"]["/aanvragen/{aanvraagId}/_toekennen"]["post"]["requestBody"]
    assert "required" not in toekennen  # de body mag daar weg


@pytest.mark.parametrize(
    "pad,body,inloggen",
    [
        ("/v1/sessies", {"gebruikersnaam": "km.jansen", "wachtwoord": "x"}, False),
        ("/v1/zaken", {"naam": "Test", "casus": {}}, True),
        ("/v1/zaken/_zoek", {"bsn": "999990019"}, True),
        ("/v1/berekeningen", casus_met_loonstroken(0), False),
        ("/v1/loonkostensubsidie", {"maand": "2026-03-01", "loonwaarde": "50", "urenPerWeek": "36"}, False),
    ],
)
def test_onbekend_veld_geeft_400_met_de_naam_van_het_veld(client, pad, body, inloggen):
    kop = token(client, "km.jansen") if inloggen else {}
    r = client.post(pad, json={**body, "geheimVeld": 1}, headers=kop)
    assert r.status_code == 400, r.text
    assert r.headers["content-type"].startswith("application/problem+json")
    velden = r.json()["invalidParams"]
    melding = next(v for v in velden if v["name"] == "geheimVeld")
    assert "Dit veld ken ik niet" in melding["reason"]


def test_zonder_login_eerst_401_ook_bij_een_foute_body(client):
    # de body-dependency komt als laatste, zoals toen FastAPI de body zelf las
    r = client.post("/v1/zaken", json={"geheimVeld": 1})
    assert r.status_code == 401


def test_zonder_body_400_en_geen_json_415(client):
    km = token(client, "km.jansen")
    r = client.post("/v1/zaken/_zoek", headers=km)
    assert r.status_code == 400 and r.json()["invalidParams"][0]["name"] == "body"
    r = client.post("/v1/zaken/_zoek", headers={**km, "Content-Type": "application/json"}, content=b"{")
    assert r.status_code == 400 and "geen geldige JSON" in r.text
    r = client.post("/v1/zaken/_zoek", headers={**km, "Content-Type": "text/plain"}, content=b'{"bsn": "999990019"}')
    assert r.status_code == 415
