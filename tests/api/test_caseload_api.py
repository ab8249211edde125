# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""API en pagina's voor caseload en monitoring: rollen, geen persoonsgegevens in de totalen."""

from __future__ import annotations

from sqlalchemy import select

from balans.zaak.schema import Gebruiker, Verwerking, Zaak
from tests.api.conftest import token
from tests.api.test_rollen import _web_login


def _demo(app):
    with app.state.sessies() as s:
        g = {x.gebruikersnaam: x for x in s.scalars(select(Gebruiker))}
        zaken = list(s.scalars(select(Zaak)))
    return g, zaken


def test_klantmanager_ziet_alleen_eigen_caseload(client, app):
    g, zaken = _demo(app)
    eigen = {z.id for z in zaken if z.klantmanager_id == g["km.jansen"].id}
    andere = {z.id for z in zaken if z.klantmanager_id != g["km.jansen"].id}
    r = client.get("/v1/caseload", headers=token(client, "km.jansen"))
    assert r.status_code == 200, r.text
    d = r.json()
    assert d["klantmanager"] == "Sanne Jansen" and d["actief"] == len(eigen)  # demo 12: niemand uitgestroomd
    assert d["norm"]["minimum"] == 40 and d["norm"]["maximum"] == 50 and d["bovenNorm"] is False
    assert {a["zaakId"] for a in d["aandacht"]} <= eigen
    assert not ({a["zaakId"] for a in d["aandacht"]} & andere)
    with app.state.sessies() as s:  # elke gelezen zaak in het verwerkingenlog, activiteit caseload
        gelogd = set(s.scalars(select(Verwerking.zaak_id).where(Verwerking.naam == "caseload.lezen")))
    assert gelogd == eigen


def test_rollen_caseload_en_monitoring(client):
    for naam in ("inwoner.ferd", "beleid.de.vries", "beheer.admin"):
        assert client.get("/v1/caseload", headers=token(client, naam)).status_code == 403
    for naam in ("km.jansen", "inwoner.ferd", "beheer.admin"):
        h = token(client, naam)
        assert client.get("/v1/monitoring", headers=h).status_code == 403
        assert client.get("/v1/monitoring.csv", headers=h).status_code == 403
    assert client.get("/v1/monitoring").status_code == 401


def test_monitoring_zonder_namen_bsn_of_ids(client, app):
    g, zaken = _demo(app)
    h = token(client, "beleid.de.vries")
    j = client.get("/v1/monitoring", headers=h)
    c1 = client.get("/v1/monitoring?formaat=csv", headers=h)
    c2 = client.get("/v1/monitoring.csv", headers=h)
    assert j.status_code == c1.status_code == c2.status_code == 200
    assert c1.headers["content-type"].startswith("text/csv") and c1.text == c2.text
    assert c1.text.splitlines()[0].split(";")[:3] == ["tabel", "rij", "totaal"]
    assert {t["code"] for t in j.json()["tabellen"]} >= {
        "bestand",
        "instroom",
        "uitstroom",
        "duur",
        "deeltijd",
        "instrumenten",
        "ontheffingen_soort",
        "maatregelen_status",
    }
    client.cookies.clear()
    _web_login(client, "beleid.de.vries")
    html = client.get("/monitoring")
    assert html.status_code == 200 and "<svg" in html.text and "<title" in html.text
    for tekst in (j.text, c1.text, html.text):
        for z in zaken:
            assert z.id not in tekst and z.naam not in tekst and (z.bsn or "x" * 9) not in tekst
        for gb in g.values():
            if gb.rol != "beleidsmedewerker":  # de eigen naam staat in het menu
                assert gb.naam not in tekst


def test_caseload_pagina(client, app):
    g, zaken = _demo(app)
    _web_login(client, "km.jansen")
    p = client.get("/caseload")
    assert p.status_code == 200 and "lopende zaken" in p.text and 'href="/caseload"' in p.text
    vreemd = [z for z in zaken if z.klantmanager_id != g["km.jansen"].id]
    assert all(f"/zaken/{z.id}" not in p.text for z in vreemd)
    assert client.get("/monitoring").status_code == 403
