# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Eén tijdlijn per zaak (issue 14): maatwerk en het einde van de bijstand in de berekening, de maandstaat
(elke methode), de beschikking en de API; POST /v1/zaken/{id}/_beeindigen met If-Match en besluitenlog.

Bedragen met de hand:
- Ferd, december 2026, maatwerk € 650,00 (Pw art. 18 lid 1). Dat bedrag is het recht over december, met de
  vakantietoeslag erin (art. 19 lid 3: 5% van de bijstand wordt gereserveerd, art. 45 lid 1: in juni betaald).
  5% van € 650,00 = € 32,50; de gemeente betaalt over december € 650,00 − € 32,50 = € 617,50.
  In juni 2027 komt de vakantietoeslag over september 2026 t/m mei 2027. Zonder maatwerk zat er voor december
  5% van het regelbedrag in (de 'vakantietoeslag' van december in de berekening); met maatwerk € 32,50.
  Het verschil in de junibetaling is dus € 32,50 − die vakantietoeslag.
- Een zaak die eindigt op 25 februari 2026 heeft over maart t/m december 2026 geen recht (€ 0,00): er is geen
  bijstand na de laatste dag (Pw art. 11 lid 1; de toekenning loopt niet door na het einde).
"""

from __future__ import annotations

import datetime as dt

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from balans.geld import naar_centen
from balans.zaak.schema import Besluit, Zaak
from tests.api.conftest import maak_app, token

METHODEN = ("op_de_maand", "achteraf", "schatten", "vast_bedrag")


@pytest.fixture
def omgeving(tmp_path):
    app = maak_app(tmp_path)
    c = TestClient(app, raise_server_exceptions=False)
    return app, c, token(c, "km.jansen")


def _ferd(app) -> str:
    with app.state.sessies() as s:
        return s.scalar(select(Zaak.id).where(Zaak.naam == "Ferd de Wit"))


def _etag(c, km, zid) -> str:
    return c.get(f"/v1/zaken/{zid}", headers=km).headers["ETag"]


def _junivakantietoeslag(staat: dict) -> int:
    return sum(
        naar_centen(r["bedrag"])
        for b in staat["betalingen"]
        if b["datum"].startswith("2027-06")
        for r in b["regels"]
        if r["soort"] == "vakantietoeslag"
    )


def test_maatwerk_is_het_recht_in_de_maandstaat_onder_elke_methode(omgeving):
    app, c, km = omgeving
    zid = _ferd(app)
    voor = c.get(f"/v1/zaken/{zid}/maandstaat", params={"methode": "alle"}, headers=km).json()
    dec_voor = next(
        m for m in c.get(f"/v1/zaken/{zid}/berekening", headers=km).json()["maanden"] if m["maand"] == "2026-12"
    )
    r = c.post(
        f"/v1/zaken/{zid}/maatwerk",
        headers={**km, "If-Match": _etag(c, km, zid)},
        json={
            "maand": "2026-12",
            "bijstand": "650.00",
            "grondslag": "Pw art. 18 lid 1",
            "motivering": "Hoge kosten door een verhuizing in december, besproken op 1 december.",
        },
    )
    assert r.status_code == 201, r.text
    ber = c.get(f"/v1/zaken/{zid}/berekening", headers=km).json()
    dec = next(m for m in ber["maanden"] if m["maand"] == "2026-12")
    assert dec["vastgesteld"] == "650.00" and dec["maatwerk"]["vastgesteld"] == "650.00"
    na = c.get(f"/v1/zaken/{zid}/maandstaat", params={"methode": "alle"}, headers=km).json()
    for methode in METHODEN:
        staat = na["methoden"][methode]
        assert next(m for m in staat["maanden"] if m["maand"] == "2026-12")["recht"] == "650.00", methode
        assert staat["totalen"]["klopt"], methode
        # Wat over december als eerste wordt betaald: € 650,00 min 5% vakantietoeslag.
        eerste = [
            r
            for b in staat["betalingen"]
            for r in b["regels"]
            if r["maand"] == "2026-12" and r["soort"] in ("uitkering", "voorschot")
        ]
        assert eerste and eerste[0]["bedrag"] == "617.50", (methode, eerste)
        # De junibetaling neemt de vakantietoeslag van het vastgestelde bedrag mee.
        verschil = _junivakantietoeslag(staat) - _junivakantietoeslag(voor["methoden"][methode])
        assert verschil == 3250 - naar_centen(dec_voor["vakantietoeslag"]), methode
    # De zaakpagina en /mijn tonen hetzelfde recht
    assert na["maanden"][[m["maand"] for m in na["maanden"]].index("2026-12")]["vastgesteld"] == "650.00"


def _zaak_van(app, naam: str) -> str:
    with app.state.sessies() as s:
        return s.scalar(select(Zaak.id).join_from(Zaak, Zaak).where(Zaak.naam == naam))


def _lopende_zaak(app, c, km) -> dict:
    zaken = c.get("/v1/zaken", params={"paginaGrootte": 100}, headers=km).json()["_embedded"]["zaken"]
    for z in zaken:
        if z["naam"] != "Ferd de Wit" and z["einddatum"] is None:
            return z
    pytest.fail("geen lopende zaak")


def test_beeindigen_via_de_api_haalt_het_recht_na_de_laatste_dag_weg(omgeving):
    app, c, km = omgeving
    z = _lopende_zaak(app, c, km)
    zid = z["id"]
    with app.state.sessies() as s:  # begin vóór de periode, zodat alleen het einde telt
        s.get(Zaak, zid).ingangsdatum = dt.date(2025, 6, 1)
        s.commit()
    voor = {m["maand"]: m["vastgesteld"] for m in c.get(f"/v1/zaken/{zid}/berekening", headers=km).json()["maanden"]}
    assert any(naar_centen(v) > 0 for k, v in voor.items() if k >= "2026-03"), "de zaak moet recht hebben na februari"
    etag = _etag(c, km, zid)
    url = f"/v1/zaken/{zid}/_beeindigen"
    body = {"datum": "2026-02-25", "reden": "werk", "toelichting": "Vaste baan bij de gemeente."}
    assert c.post(url, headers=km, json=body).status_code == 428
    assert c.post(url, headers={**km, "If-Match": '"999"'}, json=body).status_code == 412
    r = c.post(url, headers={**km, "If-Match": etag}, json={**body, "reden": "loterij"})
    assert r.status_code == 400 and r.json()["invalidParams"][0]["name"] == "reden"
    r = c.post(url, headers={**km, "If-Match": etag}, json={**body, "datum": "2025-01-31"})
    assert r.status_code == 400 and r.json()["invalidParams"][0]["name"] == "datum", r.text
    r = c.post(url, headers={**km, "If-Match": etag}, json={**body, "datum": "2026-02-30"})
    assert r.status_code == 400
    assert _etag(c, km, zid) == etag  # niets opgeslagen
    moment = dt.datetime.now(dt.timezone.utc)
    r = c.post(url, headers={**km, "If-Match": etag}, json=body)
    assert r.status_code == 201, r.text
    assert r.json()["einddatum"] == "2026-02-25" and r.json()["status"] == "beeindigd"
    assert r.headers["ETag"] == f'"{int(etag.strip(chr(34))) + 1}"'
    with app.state.sessies() as s:
        b = s.scalars(select(Besluit).where(Besluit.zaak_id == zid, Besluit.onderwerp == "bijstand")).one()
        assert b.handeling == "beeindigd" and b.gegevens["datum"] == "2026-02-25" and b.gegevens["reden"] == "werk"

    ber = c.get(f"/v1/zaken/{zid}/berekening", headers=km).json()
    na = {m["maand"]: m for m in ber["maanden"]}
    # Februari is de laatste maand: recht op 25 van de 28 dagen (casus.md, delen van een maand). Deze zaak
    # (alleenstaande, geen inkomen in februari) had 1.401,50: 1.401,50 x 25 / 28 = 1.251,339 -> 1.251,34.
    assert voor["2026-02"] == "1401.50"
    for maand, m in na.items():
        if maand >= "2026-03":
            assert m["vastgesteld"] == "0.00" and m["bijstand"] == "0.00" and m["buiten_duur"] and not m["recht"]
        elif maand == "2026-02":
            assert m["vastgesteld"] == m["bijstand"] == "1251.34"
        else:
            assert m["vastgesteld"] == voor[maand]
    assert ber["bijstand"] == {"ingangsdatum": "2025-06-01", "einddatum": "2026-02-25", "einde_reden": "werk"}
    staat = c.get(f"/v1/zaken/{zid}/maandstaat", params={"methode": "alle"}, headers=km).json()
    totaal = naar_centen(voor["2026-01"]) + 125134
    for methode in METHODEN:
        s_ = staat["methoden"][methode]
        assert {
            m["maand"]: m["recht"] for m in s_["maanden"] if m["recht"] is not None and m["maand"] >= "2026-03"
        } == {k: "0.00" for k in na if k >= "2026-03"}, methode
        assert not [r for b in s_["betalingen"] for r in b["regels"] if r["maand"] and r["maand"] >= "2026-03"], methode
        assert naar_centen(s_["totalen"]["recht"]) == totaal and s_["totalen"]["klopt"], methode
    # Wat op het moment vóór het besluit bekend was, blijft zo.
    eerder = c.get(f"/v1/zaken/{zid}/berekening", params={"bekendOp": moment.isoformat()}, headers=km).json()
    assert {m["maand"]: m["vastgesteld"] for m in eerder["maanden"]} == voor
    # De beschikking gaat over januari en februari; de brief tot beëindiging noemt de laatste dag en de reden.
    km_c = c
    html = km_c.get(f"/zaken/{zid}/beschikking", headers=km).text
    assert '<th scope="row">maart 2026</th>' not in html and f"Samen is dat {_euro(totaal)}" in html
    # De gespaarde vakantietoeslag komt na het einde op de eerste betaaldag, niet pas in juni (art. 45 lid 1).
    assert "Uw bijstand is gestopt op 25 februari 2026" in html
    brief = c.get(r.json()["_links"]["brief"]["href"], headers=km)
    assert brief.status_code == 200
    assert "25 februari 2026" in brief.text and "u werk hebt gevonden" in brief.text and "Vaste baan" in brief.text


def _euro(centen: int) -> str:
    e, c = divmod(centen, 100)
    return f"€ {e:,}".replace(",", ".") + f",{c:02d}"


def test_beeindigen_alleen_voor_de_eigen_klantmanager(omgeving):
    app, c, km = omgeving
    z = _lopende_zaak(app, c, km)
    ander = token(c, "km.bakker")
    r = c.post(
        f"/v1/zaken/{z['id']}/_beeindigen",
        headers={**ander, "If-Match": f'"{z["versie"]}"'},
        json={"datum": "2026-02-25", "reden": "werk"},
    )
    assert r.status_code == 404
    inwoner = token(c, "inwoner.ferd")
    r = c.post(
        f"/v1/zaken/{_ferd(app)}/_beeindigen",
        headers={**inwoner, "If-Match": '"1"'},
        json={"datum": "2026-02-25", "reden": "werk"},
    )
    assert r.status_code == 403
