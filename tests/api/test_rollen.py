# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Elke rol ziet alleen wat hij mag: per rol bewezen via de API en via de pagina's."""

from __future__ import annotations

import re

from sqlalchemy import select

from balans.zaak.schema import Audit, Gebruiker, Verwerking, Zaak
from tests.api.conftest import token


def _zaken(app):
    with app.state.sessies() as s:
        g = {x.gebruikersnaam: x for x in s.scalars(select(Gebruiker))}
        zaken = list(s.scalars(select(Zaak)))
    return g, zaken


def test_anoniem_rekent_wel_maar_ziet_geen_zaak(client, app):
    _, zaken = _zaken(app)
    assert client.get("/v1/zaken").status_code == 401
    assert client.get(f"/v1/zaken/{zaken[0].id}").status_code == 401
    r = client.get("/zaken", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/inloggen")


def test_klantmanager_ziet_alleen_toegewezen_zaken(client, app):
    g, zaken = _zaken(app)
    km = token(client, "km.jansen")
    eigen = {z.id for z in zaken if z.klantmanager_id == g["km.jansen"].id}
    andere = [z for z in zaken if z.klantmanager_id != g["km.jansen"].id]
    lijst = client.get("/v1/zaken?paginaGrootte=100", headers=km).json()["_embedded"]["zaken"]
    assert {z["id"] for z in lijst} == eigen and eigen
    for z in andere[:3]:
        for pad in ("", "/berekening", "/maandstaat", "/maatwerk", "/feiten", "/verwerkingen"):
            r = client.get(f"/v1/zaken/{z.id}{pad}", headers=km)
            assert r.status_code == 404, pad  # niet 403: ook het bestaan lekt niet
        r = client.put(f"/v1/zaken/{z.id}/casus", headers={**km, "If-Match": '"1"'}, json={})
        assert r.status_code == 404


def test_inwoner_ziet_alleen_de_eigen_zaak(client, app):
    g, zaken = _zaken(app)
    eigen = g["inwoner.ferd"].zaak_id
    h = token(client, "inwoner.ferd")
    lijst = client.get("/v1/zaken", headers=h).json()["_embedded"]["zaken"]
    assert [z["id"] for z in lijst] == [eigen]
    assert client.get(f"/v1/zaken/{eigen}/berekening", headers=h).status_code == 200
    ander = next(z.id for z in zaken if z.id != eigen)
    assert client.get(f"/v1/zaken/{ander}", headers=h).status_code == 404
    # lezen mag, wijzigen niet
    assert (
        client.post(
            f"/v1/zaken/{eigen}/maatwerk",
            headers={**h, "If-Match": '"1"'},
            json={"maand": "2026-09", "bijstand": "1.00", "motivering": "x" * 30, "grondslag": "Pw art. 18 lid 1"},
        ).status_code
        == 403
    )
    # en het log zegt: inzage door de inwoner zelf (AVG art. 15)
    with app.state.sessies() as s:
        # de rol staat in het auditlog, niet in de logregel (Logboek Dataverwerkingen: geen gebruiker in de regel)
        v = s.scalars(
            select(Verwerking)
            .join(Audit, (Audit.trace_id == Verwerking.trace_id) & (Audit.span_id == Verwerking.span_id))
            .where(Verwerking.zaak_id == eigen, Audit.rol == "inwoner")
        ).first()
        assert v.verwerkingsactiviteit.endswith("inzage-inwoner")


def test_beleidsmedewerker_en_beheerder_zien_geen_persoonsgegevens(client, app):
    g, zaken = _zaken(app)
    for wie in ("beleid.de.vries", "beheer.admin"):
        h = token(client, wie)
        assert client.get("/v1/zaken", headers=h).status_code == 403
        assert client.get(f"/v1/zaken/{zaken[0].id}", headers=h).status_code == 403
    # de beleidspagina toont totalen, geen namen of BSN's
    client.cookies.clear()
    _web_login(client, "beleid.de.vries")
    html = client.get("/beleid").text
    for z in zaken:
        assert z.naam not in html and (z.bsn or "#") not in html
    assert client.get("/zaken").status_code == 403
    assert client.get("/beheer").status_code == 403


def _web_login(client, gebruikersnaam):
    from balans.zaak.demo import WACHTWOORD

    r = client.get("/inloggen")
    csrf = re.search(r'name="csrf" value="([^"]+)"', r.text).group(1)
    r = client.post(
        "/inloggen",
        data={"gebruikersnaam": gebruikersnaam, "wachtwoord": WACHTWOORD, "csrf": csrf},
        follow_redirects=False,
    )
    assert r.status_code == 303, r.text
    return r


def test_cookie_zonder_csrf_token_mag_niets_wijzigen(client, app):
    g, zaken = _zaken(app)
    z = next(z for z in zaken if z.klantmanager_id == g["km.jansen"].id)
    _web_login(client, "km.jansen")
    zonder = client.post(
        f"/zaken/{z.id}/maatwerk",
        data={
            "maand": "2026-03",
            "bedrag": "1",
            "versie": "1",
            "grondslag": "Pw art. 18 lid 1",
            "motivering": "x" * 30,
        },
    )
    assert zonder.status_code == 403
    r = client.post(
        f"/v1/zaken/{z.id}/maatwerk",
        headers={"If-Match": '"1"'},
        json={"maand": "2026-03", "bijstand": "1.00", "motivering": "x" * 30, "grondslag": "Pw art. 18 lid 1"},
    )
    assert r.status_code == 403 and r.json()["invalidParams"][0]["name"] == "csrf"


def test_inlogformulier_zonder_token_wordt_geweigerd(client):
    r = client.post(
        "/inloggen", data={"gebruikersnaam": "km.jansen", "wachtwoord": "demo-wachtwoord-2026", "csrf": "verzonnen"}
    )
    assert r.status_code == 403 and "balans_sessie" not in r.cookies


def test_rem_op_inloggen(client):
    for _ in range(5):
        r = client.post("/v1/sessies", json={"gebruikersnaam": "km.bakker", "wachtwoord": "fout"})
        assert r.status_code == 401
    r = client.post("/v1/sessies", json={"gebruikersnaam": "km.bakker", "wachtwoord": "demo-wachtwoord-2026"})
    assert r.status_code == 429 and int(r.headers["Retry-After"]) > 0
    # een andere gebruiker merkt er niets van
    assert (
        client.post(
            "/v1/sessies", json={"gebruikersnaam": "km.jansen", "wachtwoord": "demo-wachtwoord-2026"}
        ).status_code
        == 201
    )


def test_uitloggen_maakt_het_token_ongeldig(client):
    h = token(client, "km.jansen")
    assert client.get("/v1/sessies/huidige", headers=h).status_code == 200
    assert client.delete("/v1/sessies/huidige", headers=h).status_code == 204
    assert client.get("/v1/sessies/huidige", headers=h).status_code == 401


def test_wachtwoord_staat_als_argon2_hash(app):
    with app.state.sessies() as s:
        for g in s.scalars(select(Gebruiker)):
            assert g.wachtwoord_hash.startswith("$argon2id$")


def test_beveiligingskoppen(client):
    r = client.get("/")
    assert r.headers["x-frame-options"] == "DENY"
    assert "default-src 'self'" in r.headers["content-security-policy"]
    assert r.headers["x-content-type-options"] == "nosniff"
    r = client.post("/v1/sessies", json={"gebruikersnaam": "km.jansen", "wachtwoord": "demo-wachtwoord-2026"})
    cookie = r.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie
