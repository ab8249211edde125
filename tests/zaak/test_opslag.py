# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Opslag: bitemporele feiten, alleen-toevoegen, optimistische vergrendeling en het verwerkingenlog.

Elke test draait op SQLite en op PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
import threading
import time

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from balans.casus.laden import uit_data
from balans.zaak import repository as R
from balans.zaak import verwerkingen as V
from balans.zaak.schema import Gebruiker, Verwerking, Zaak
from tests.api.conftest import maak_app, token

CASUS = {
    "naam": "Alleenstaande van 35 (Pw art. 21 onder b)",
    "periode": {"van": "2026-01", "tot": "2026-06"},
    "huishouden": {"aanvrager": {"geboortedatum": "1990-05-01"}},
    "vermogen": {"bezittingen": "0.00", "schulden": "0.00"},
    "maanden": {"2026-03": {"inkomsten": [{"soort": "uitkering", "netto": "300.00"}]}},
}
# Norm 2026-01 voor een alleenstaande van 21 tot AOW (art. 21 onder a): € 1.401,50 (normenbrief
# 1 januari 2026, incl. vakantietoeslag). Een uitkering kent geen vrijlating: 1.401,50 − 300 = 1.101,50.
NORM = "1401.50"


@pytest.fixture
def app(database_url, tmp_path):
    return maak_app(tmp_path, database_url)


@pytest.fixture
def zaak_id(app):
    with app.state.sessies() as s:
        km = s.scalar(select(Gebruiker).where(Gebruiker.gebruikersnaam == "km.jansen"))
        z = R.maak_zaak(s, naam="Test Persoon", casus=uit_data(CASUS), klantmanager_id=km.id, door=km.id)
        s.commit()
        return z.id


def _maand(berekening, maand):
    return next(m for m in berekening["maanden"] if m["maand"] == maand)


def test_correctie_met_terugwerkende_kracht_bewaart_wat_toen_bekend_was(app, zaak_id):
    c = TestClient(app)
    km = token(c, "km.jansen")
    voor = c.get(f"/v1/zaken/{zaak_id}/berekening", headers=km).json()
    assert _maand(voor, "2026-03")["bijstand"] == "1101.50"
    assert _maand(voor, "2026-02")["bijstand"] == NORM
    moment = dt.datetime.now(dt.timezone.utc)
    time.sleep(0.01)
    # In mei blijkt: in februari was er ook een uitkering van € 200.
    nieuw = {
        **CASUS,
        "maanden": {**CASUS["maanden"], "2026-02": {"inkomsten": [{"soort": "uitkering", "netto": "200.00"}]}},
    }
    r = c.put(f"/v1/zaken/{zaak_id}/casus?reden=correctie+UWV", json=nieuw, headers={**km, "If-Match": '"1"'})
    assert r.status_code == 200, r.text
    assert r.json()["gewijzigd"] == ["maand/2026-02"] and r.headers["ETag"] == '"2"'
    na = c.get(f"/v1/zaken/{zaak_id}/berekening", headers=km).json()
    assert _maand(na, "2026-02")["bijstand"] == "1201.50"
    toen = c.get(f"/v1/zaken/{zaak_id}/berekening", params={"bekendOp": moment.isoformat()}, headers=km).json()
    assert _maand(toen, "2026-02")["bijstand"] == NORM  # wat we toen wisten, blijft te zien
    feiten = c.get(f"/v1/zaken/{zaak_id}/feiten", headers=km).json()["_embedded"]["feiten"]
    feb = [f for f in feiten if f["sleutel"] == "maand/2026-02"]
    assert len(feb) == 1 and feb[0]["reden"] == "correctie UWV" and feb[0]["vastgelegdDoor"] == "Sanne Jansen"
    # Een maand weghalen is ook een nieuwe versie; de oude blijft bestaan.
    r = c.put(f"/v1/zaken/{zaak_id}/casus", json=CASUS, headers={**km, "If-Match": '"2"'})
    assert r.json()["gewijzigd"] == ["maand/2026-02"]
    assert _maand(c.get(f"/v1/zaken/{zaak_id}/berekening", headers=km).json(), "2026-02")["bijstand"] == NORM


def test_bekendop_zonder_tijdzone_en_voor_het_begin(app, zaak_id):
    c = TestClient(app)
    km = token(c, "km.jansen")
    r = c.get(f"/v1/zaken/{zaak_id}/berekening", params={"bekendOp": "2026-01-01T00:00:00"}, headers=km)
    assert r.status_code == 400 and r.json()["invalidParams"][0]["name"] == "bekendOp"
    r = c.get(f"/v1/zaken/{zaak_id}/berekening", params={"bekendOp": "2000-01-01T00:00:00+00:00"}, headers=km)
    assert r.status_code == 404


def test_feiten_maatwerk_en_log_zijn_alleen_toevoegen(app, zaak_id):
    c = TestClient(app)
    c.get(f"/v1/zaken/{zaak_id}", headers=token(c, "km.jansen"))  # zodat het log een regel heeft
    with app.state.engine.connect() as conn:
        for tabel in ("feit", "verwerking"):
            for sql in (f"UPDATE {tabel} SET zaak_id = zaak_id", f"DELETE FROM {tabel}"):
                with pytest.raises(DBAPIError, match="alleen-toevoegen"):
                    with conn.begin():
                        conn.execute(text(sql))


def test_oude_versie_geeft_412_en_niets_gaat_verloren(app, zaak_id):
    c = TestClient(app)
    km = token(c, "km.jansen")
    assert c.put(f"/v1/zaken/{zaak_id}/casus", json=CASUS, headers=km).status_code == 428
    eerste = {**CASUS, "vermogen": {"bezittingen": "100.00", "schulden": "0.00"}}
    assert c.put(f"/v1/zaken/{zaak_id}/casus", json=eerste, headers={**km, "If-Match": '"1"'}).status_code == 200
    tweede = {**CASUS, "maanden": {"2026-05": {"giften": "50.00"}}}
    r = c.put(f"/v1/zaken/{zaak_id}/casus", json=tweede, headers={**km, "If-Match": '"1"'})
    assert r.status_code == 412 and r.headers["ETag"] == '"2"'
    assert r.headers["content-type"] == "application/problem+json"
    zaak = c.get(f"/v1/zaken/{zaak_id}", headers=km).json()
    assert zaak["casus"]["vermogen"]["bezittingen"] == "100.00" and zaak["versie"] == 2


def test_twee_klantmanagers_tegelijk_verliezen_niets(app, zaak_id, database_url):
    """Acht schrijvers, elk een eigen maand, elk opnieuw proberen na een 412: alle acht staan erin."""
    if database_url.startswith("sqlite"):
        aantal = 4
    else:
        aantal = 8
    c = TestClient(app)
    km = token(c, "km.jansen")
    maanden = [f"2026-0{i}" for i in range(1, 7)] + ["2026-01", "2026-02"]
    conflicten = []
    fouten = []

    def schrijver(i: int):
        try:
            cl = TestClient(app)
            maand = maanden[i]
            for _ in range(50):
                z = cl.get(f"/v1/zaken/{zaak_id}", headers=km).json()
                casus = z["casus"]
                invoer = casus.setdefault("maanden", {}).setdefault(maand, {}) or {}
                casus["maanden"][maand] = invoer
                invoer["giften"] = f"{i + 1}.00" if i < 6 else "0.00"
                invoer.setdefault("inkomsten", [])
                if i >= 6:  # twee schrijvers op dezelfde maand: elk een eigen soort inkomen
                    invoer["inkomsten"] = [x for x in invoer["inkomsten"] if x["soort"] != "overig"] + [
                        {"soort": "overig", "netto": f"{i}.00"}
                    ]
                r = cl.put(f"/v1/zaken/{zaak_id}/casus", json=casus, headers={**km, "If-Match": f'"{z["versie"]}"'})
                if r.status_code == 200:
                    return
                assert r.status_code == 412, r.text
                conflicten.append(i)
            fouten.append(f"schrijver {i} kwam er niet tussen")
        except Exception as e:  # noqa: BLE001 - in een draad: doorgeven aan de test
            fouten.append(repr(e))

    draden = [threading.Thread(target=schrijver, args=(i,)) for i in range(aantal)]
    for d in draden:
        d.start()
    for d in draden:
        d.join(60)
    assert not fouten, fouten
    z = c.get(f"/v1/zaken/{zaak_id}", headers=km).json()
    assert z["versie"] == 1 + aantal
    for i in range(min(aantal, 6)):
        assert z["casus"]["maanden"][maanden[i]].get("giften") in (f"{i + 1}.00", "0.00")
    if aantal == 8:
        overig = [x["netto"] for x in z["casus"]["maanden"]["2026-01"]["inkomsten"] if x["soort"] == "overig"]
        assert overig in (
            ["6.00"],
            ["7.00"],
        )  # de laatste schrijver wint, maar zag de eerste: geen stille overschrijving
    assert len(z["casus"]["maanden"]) >= min(aantal, 6)


def test_elke_inzage_en_wijziging_staat_in_het_log(app, zaak_id):
    c = TestClient(app)
    km = token(c, "km.jansen")
    c.get(f"/v1/zaken/{zaak_id}", headers=km)
    c.get(
        f"/v1/zaken/{zaak_id}/maandstaat",
        headers={**km, "traceparent": "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"},
    )
    c.post(
        f"/v1/zaken/{zaak_id}/maatwerk",
        headers={**km, "If-Match": '"1"'},
        json={
            "maand": "2026-03",
            "bijstand": "1150.00",
            "grondslag": "Pw art. 18 lid 1",
            "motivering": "Hoge reiskosten naar het ziekenhuis, eenmalig in maart.",
        },
    )
    log = c.get(f"/v1/zaken/{zaak_id}/verwerkingen", headers=km).json()["_embedded"]["verwerkingen"]
    namen = [v["name"] for v in log]
    assert namen[:3] == ["maatwerk.vastleggen", "zaak.maandstaat", "zaak.lezen"]  # nieuwste eerst
    ms = log[1]
    # Logboek Dataverwerkingen 1.0: een eigen trace per verwerking; de traceparent van de aanroeper is de
    # foreign_operation. De betrokkene als pseudoniem (HMAC van de zaak-id), niet de zaak-id zelf.
    assert ms["trace_id"] != "0af7651916cd43dd8448eb211c80319c" and ms["parent_span_id"] is None
    assert ms["foreign_operation"]["trace_id"] == "0af7651916cd43dd8448eb211c80319c"
    assert ms["foreign_operation"]["span_id"] == "b7ad6b7169203331"
    assert ms["attributes"]["dpl.core.processing_activity_id"].startswith("urn:balans:verwerkingsactiviteit:")
    with app.state.sessies() as s:
        assert ms["attributes"]["dpl.core.data_subject_id"] == V.pseudoniem(s, zaak_id) != zaak_id
        bsn = s.get(Zaak, zaak_id).bsn
        for v in s.scalars(select(Verwerking)):
            # wie het deed: in het auditlog, niet in de regel
            assert V.door_wie(s, v).gebruiker_id is not None and v.grondslag
            assert not bsn or bsn not in (v.gegevens or "")


def test_maatwerk_bewaart_regel_afwijking_reden_en_auteur(app, zaak_id):
    c = TestClient(app)
    km = token(c, "km.jansen")
    mw = {
        "maand": "2026-03",
        "bijstand": "1150.00",
        "grondslag": "Pw art. 18 lid 1",
        "motivering": "Hoge reiskosten naar het ziekenhuis, eenmalig in maart.",
    }
    assert (
        c.post(
            f"/v1/zaken/{zaak_id}/maatwerk", headers={**km, "If-Match": '"1"'}, json={**mw, "motivering": "te kort"}
        ).status_code
        == 400
    )
    r = c.post(f"/v1/zaken/{zaak_id}/maatwerk", headers={**km, "If-Match": '"1"'}, json=mw)
    assert r.status_code == 201
    assert r.json()["regel_bedrag"] == "1101.50" and r.json()["vastgesteld"] == "1150.00"
    b = c.get(f"/v1/zaken/{zaak_id}/berekening", headers=km).json()
    maart = _maand(b, "2026-03")
    assert maart["bijstand"] == "1101.50" and maart["vastgesteld"] == "1150.00"
    assert maart["maatwerk"]["motivering"] == mw["motivering"]
    # intrekken: de regel geldt weer, de geschiedenis blijft
    r = c.post(
        f"/v1/zaken/{zaak_id}/maatwerk",
        headers={**km, "If-Match": '"2"'},
        json={**mw, "bijstand": None, "motivering": "Reiskosten blijken vergoed door de zorgverzekeraar."},
    )
    assert r.status_code == 201
    assert _maand(c.get(f"/v1/zaken/{zaak_id}/berekening", headers=km).json(), "2026-03")["vastgesteld"] == "1101.50"
    alle = c.get(f"/v1/zaken/{zaak_id}/maatwerk", headers=km).json()["_embedded"]["maatwerk"]
    assert [m["vastgesteld"] for m in alle] == ["1150.00", None] and {m["auteur"] for m in alle} == {"Sanne Jansen"}
