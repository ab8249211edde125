# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""API: participatie. Rollen, If-Match, problem+json met het veld, besluitenlog, verwerkingenlog,
de openbare catalogus en de rekenhulp loonkostensubsidie."""

from __future__ import annotations

from sqlalchemy import func, select

from balans.zaak.schema import Audit, Besluit, Gebruiker, Verwerking
from tests.api.conftest import token

MOTIVERING = "De huisarts schrijft dat herstel nog maanden duurt."
ONTHEFFING = {
    "soort": "tijdelijk",
    "verplichtingen": ["arbeid", "tegenprestatie"],
    "reden": "medisch",
    "van": "2026-01-01",
    "tot": "2026-06-30",
    "herbeoordeling": "2026-04-01",
    "motivering": MOTIVERING,
}
PLAN = {
    "doelen": ["Werk vinden in de zorg"],
    "afspraken": "Elke week twee sollicitaties en elke maand een gesprek.",
    "van": "2026-01-01",
    "evaluatie": "2026-07-01",
}


def _zaak(client, h):
    return client.get("/v1/zaken", headers=h).json()["_embedded"]["zaken"][0]["id"]


def _aantal(app, naam: str) -> int:
    s = app.state.sessies()
    try:
        return s.scalar(select(func.count()).select_from(Verwerking).where(Verwerking.naam == naam))
    finally:
        s.close()


def test_openbaar_instrumenten_en_lks(client):
    r = client.get("/v1/instrumenten")
    assert r.status_code == 200
    pp = next(i for i in r.json()["_embedded"]["instrumenten"] if i["code"] == "participatieplaats")
    assert (pp["maxMaanden"], pp["grondslag"]) == (24, "Pw art. 10a lid 1")
    # 1471 x 156 x 1,08 x 0,5 x 1,235 = 153.037,5444 ct -> "1530.38" (zie tests/participatie/test_loonkostensubsidie.py)
    r = client.post("/v1/loonkostensubsidie", json={"loonwaarde": "50", "urenPerWeek": "36", "maand": "2026-03-01"})
    assert r.status_code == 200, r.text
    assert r.json()["perMaand"] == "1530.38"
    r = client.post("/v1/loonkostensubsidie", json={"loonwaarde": "0", "urenPerWeek": "36", "maand": "2026-03-01"})
    assert r.status_code == 400 and r.json()["invalidParams"][0]["name"] == "loonwaarde"
    r = client.post(
        "/v1/loonkostensubsidie",
        json={"loonwaarde": "50", "urenPerWeek": "36", "maand": "2026-03-01", "bsn": "999990019"},
    )
    assert r.status_code == 400  # extra velden worden geweigerd


def test_ontheffing_verlenen_lezen_wijzigen_intrekken(app, client):
    h = token(client, "km.jansen")
    z = _zaak(client, h)
    r = client.post(f"/v1/zaken/{z}/ontheffingen", headers=h, json=ONTHEFFING)
    assert r.status_code == 201, r.text
    url = r.headers["Location"]
    assert url == f"/v1/zaken/{z}/ontheffingen/{r.json()['id']}" and r.headers["ETag"] == '"1"'
    assert _aantal(app, "ontheffing.verlenen") == 1
    r = client.get(url, headers=h)
    assert r.json()["besluiten"][0]["grondslag"] == "Pw art. 9 lid 2"
    assert r.json()["_links"]["brief"]["href"].endswith(f"/brieven/ontheffing/{r.json()['id']}")

    wijziging = {"tot": "2026-09-30", "motivering": "Nieuw advies: nog drie maanden rust nodig."}
    assert client.put(url, headers=h, json=wijziging).status_code == 428  # zonder If-Match
    r = client.put(url, headers={**h, "If-Match": '"1"'}, json=wijziging)
    assert r.status_code == 200 and r.headers["ETag"] == '"2"' and r.json()["tot"] == "2026-09-30"
    r = client.put(url, headers={**h, "If-Match": '"1"'}, json=wijziging)  # oude versie
    assert r.status_code == 412 and r.headers["ETag"] == '"2"'

    r = client.post(
        url + "/_intrekken",
        headers={**h, "If-Match": '"2"'},
        json={"per": "2026-03-01", "motivering": "Weer gezond volgens de huisarts."},
    )
    assert r.status_code == 200 and r.json()["status"] == "ingetrokken"
    s = app.state.sessies()
    km = s.scalar(select(Gebruiker).where(Gebruiker.gebruikersnaam == "km.jansen"))
    rijen = s.scalars(
        select(Besluit)
        .where(Besluit.onderwerp == "ontheffing", Besluit.onderwerp_id == str(r.json()["id"]))
        .order_by(Besluit.id)
    ).all()
    assert [(b.handeling, b.auteur_id) for b in rijen] == [
        ("verleend", km.id),
        ("verlengd", km.id),
        ("ingetrokken", km.id),
    ]
    s.close()


def test_ontheffing_fout_noemt_het_veld(client):
    h = token(client, "km.jansen")
    z = _zaak(client, h)
    r = client.post(f"/v1/zaken/{z}/ontheffingen", headers=h, json={**ONTHEFFING, "verplichtingen": ["re_integratie"]})
    assert r.status_code == 400
    assert r.headers["content-type"].startswith("application/problem+json")
    assert r.json()["invalidParams"][0]["name"] == "verplichtingen"
    r = client.post(f"/v1/zaken/{z}/ontheffingen", headers=h, json={**ONTHEFFING, "herbeoordeling": "2026-08-01"})
    assert r.status_code == 400 and r.json()["invalidParams"][0]["name"] == "herbeoordeling"
    r = client.post(f"/v1/zaken/{z}/ontheffingen", headers=h, json={**ONTHEFFING, "motivering": "kort"})
    assert r.status_code == 400 and r.json()["invalidParams"][0]["name"] == "motivering"
    # niets half geschreven: geen nieuwe ontheffing met deze motivering
    lijst = client.get(f"/v1/zaken/{z}/ontheffingen", headers=h).json()["_embedded"]["ontheffingen"]
    assert [o for o in lijst if o["motivering"] == MOTIVERING] == []


def test_plan_met_activiteit_en_vaststellen(app, client):
    h = token(client, "km.jansen")
    z = _zaak(client, h)
    r = client.post(f"/v1/zaken/{z}/plannen", headers=h, json=PLAN)
    assert r.status_code == 201, r.text
    url = r.headers["Location"]
    r = client.post(
        url + "/activiteiten",
        headers=h,
        json={"instrument": "participatieplaats", "van": "2026-01-01", "tot": "2028-01-01"},
    )
    assert r.status_code == 400 and r.json()["invalidParams"][0]["name"] == "tot"  # langer dan 2 jaar
    r = client.post(
        url + "/activiteiten",
        headers=h,
        json={"instrument": "loonkostensubsidie", "van": "2026-02-01", "urenPerWeek": 24, "loonwaarde": "55"},
    )
    assert r.status_code == 201, r.text
    assert r.json()["loonwaardeBp"] == 5500
    r = client.post(
        url + "/_vaststellen",
        headers={**h, "If-Match": '"1"'},
        json={"motivering": "Samen besproken; de persoon is het ermee eens."},
    )
    assert r.status_code == 200, r.text
    d = r.json()
    assert d["status"] == "vastgesteld" and d["besluiten"][0]["grondslag"] == "Pw art. 44a lid 1"
    assert r.headers["ETag"] == '"2"'
    assert _aantal(app, "plan.vaststellen") == 1
    assert (
        client.get(f"/v1/zaken/{z}/plannen", headers=h).json()["_embedded"]["plannen"][0]["activiteiten"][0][
            "instrument"
        ]
        == "loonkostensubsidie"
    )
    # evalueren (art. 44a lid 2) en afsluiten, elk met de ETag van de vorige stap; een oude ETag geeft 412
    r = client.post(
        url + "/_evalueren",
        headers={**h, "If-Match": '"2"'},
        json={"motivering": "Gaat goed; de uren gaan in maart omhoog naar 28.", "volgende": "2099-06-01"},
    )
    assert r.status_code == 200, r.text
    assert r.json()["evaluatie"] == "2099-06-01" and r.headers["ETag"] == '"3"'
    r = client.post(
        url + "/_afsluiten",
        headers={**h, "If-Match": '"2"'},
        json={"motivering": "Doelen gehaald: vaste baan gevonden bij de werkgever."},
    )
    assert r.status_code == 412
    r = client.post(
        url + "/_afsluiten",
        headers={**h, "If-Match": '"3"'},
        json={"motivering": "Doelen gehaald: vaste baan gevonden bij de werkgever."},
    )
    assert r.status_code == 200 and r.json()["status"] == "afgesloten"
    assert _aantal(app, "plan.evalueren") == 1 and _aantal(app, "plan.afsluiten") == 1


def test_eigen_initiatief(client):
    h = token(client, "km.jansen")
    z = _zaak(client, h)
    r = client.post(
        f"/v1/zaken/{z}/activiteiten",
        headers=h,
        json={
            "instrument": "mantelzorg",
            "van": "2026-02-01",
            "urenPerWeek": 12,
            "motivering": "Zorgt voor zijn moeder, drie middagen per week.",
        },
    )
    assert r.status_code == 201, r.text
    assert r.json()["eigenInitiatief"] is True and r.json()["teltAlsArbeid"] is False  # Pw art. 33 lid 6
    r = client.post(
        f"/v1/zaken/{z}/activiteiten",
        headers=h,
        json={"instrument": "jobcoach", "van": "2026-02-01", "motivering": "Zomaar een jobcoach erbij."},
    )
    assert r.status_code == 400 and r.json()["invalidParams"][0]["name"] == "eigenInitiatief"
    lijst = client.get(f"/v1/zaken/{z}/activiteiten", headers=h).json()["_embedded"]["activiteiten"]
    assert [a["instrument"] for a in lijst if a["planId"] is None] == ["mantelzorg"]


def test_rollen(app, client):
    jansen = token(client, "km.jansen")
    z = _zaak(client, jansen)
    bakker = token(client, "km.bakker")
    # een andere klantmanager: de zaak bestaat voor hem niet
    assert client.get(f"/v1/zaken/{z}/ontheffingen", headers=bakker).status_code == 404
    assert client.post(f"/v1/zaken/{z}/ontheffingen", headers=bakker, json=ONTHEFFING).status_code == 404
    assert client.post(f"/v1/zaken/{z}/plannen", headers=bakker, json=PLAN).status_code == 404
    # beleid en beheer zien geen zaken
    for naam in ("beleid.de.vries", "beheer.admin"):
        h = token(client, naam)
        assert client.get(f"/v1/zaken/{z}/plannen", headers=h).status_code == 403
    # de inwoner leest zijn eigen zaak, maar schrijft niet
    inwoner = token(client, "inwoner.ferd")
    eigen = _zaak(client, inwoner)
    assert client.get(f"/v1/zaken/{eigen}/ontheffingen", headers=inwoner).status_code == 200
    assert client.get(f"/v1/zaken/{eigen}/plannen", headers=inwoner).status_code == 200
    assert client.post(f"/v1/zaken/{eigen}/ontheffingen", headers=inwoner, json=ONTHEFFING).status_code == 403
    assert (
        client.post(
            f"/v1/zaken/{eigen}/activiteiten", headers=inwoner, json={"instrument": "mantelzorg", "van": "2026-02-01"}
        ).status_code
        == 403
    )
    if eigen != z:
        assert client.get(f"/v1/zaken/{z}/ontheffingen", headers=inwoner).status_code == 404
    assert client.get(f"/v1/zaken/{z}/ontheffingen").status_code == 401
    s = app.state.sessies()
    # de rol staat in het auditlog, niet in de logregel (Logboek Dataverwerkingen: geen gebruiker in de regel)
    rol = s.scalar(
        select(Verwerking.verwerkingsactiviteit)
        .join(Audit, (Audit.trace_id == Verwerking.trace_id) & (Audit.span_id == Verwerking.span_id))
        .where(Verwerking.naam == "ontheffingen.lezen", Audit.rol == "inwoner")
    )
    s.close()
    assert rol.endswith("inzage-inwoner")


# --- webpagina's (server-rendered formulieren) ---------------------------------------------------


def _web_login(client, naam: str) -> str:
    import re

    from balans.zaak.demo import WACHTWOORD

    r = client.get("/inloggen")
    csrf = re.search(r'name="csrf" value="([^"]+)"', r.text).group(1)
    r = client.post(
        "/inloggen", data={"gebruikersnaam": naam, "wachtwoord": WACHTWOORD, "csrf": csrf}, follow_redirects=False
    )
    assert r.status_code == 303, r.text
    return csrf


def _csrf(html: str) -> str:
    import re

    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


def test_web_ontheffing_en_plan(client):
    z = _zaak(client, token(client, "km.jansen"))
    _web_login(client, "km.jansen")
    r = client.get(f"/zaken/{z}/participatie")
    assert r.status_code == 200
    assert 'for="o_tot"' in r.text and 'id="o_tot"' in r.text  # label hoort bij het veld
    csrf = _csrf(r.text)
    fout = {
        "csrf": csrf,
        "soort": "tijdelijk",
        "verplichtingen": ["arbeid"],
        "reden": "medisch",
        "van": "2026-01-01",
        "tot": "2025-06-30",
        "motivering": MOTIVERING,
    }
    r = client.post(f"/zaken/{z}/participatie/ontheffingen", data=fout, follow_redirects=False)
    assert r.status_code == 400
    assert 'id="o_tot-fout"' in r.text and "vóór de eerste dag" in r.text
    assert 'value="2025-06-30"' in r.text  # de invoer blijft staan
    goed = {**fout, "tot": "2026-06-30", "herbeoordeling": "2026-04-01"}
    r = client.post(f"/zaken/{z}/participatie/ontheffingen", data=goed, follow_redirects=False)
    assert r.status_code == 303 and "#ontheffing-" in r.headers["location"]
    r = client.post(
        f"/zaken/{z}/participatie/plannen",
        data={
            "csrf": csrf,
            "doelen": "Werk vinden\nTaal leren",
            "afspraken": PLAN["afspraken"],
            "van": "2026-01-01",
            "evaluatie": "2026-07-01",
        },
        follow_redirects=False,
    )
    assert r.status_code == 303
    plan_id = int(r.headers["location"].rsplit("plan-", 1)[1])
    r = client.get(f"/zaken/{z}/participatie")
    assert f'href="/zaken/{z}/brieven/plan/{plan_id}"' in r.text
    r = client.post(
        f"/zaken/{z}/participatie/plannen/{plan_id}/vaststellen",
        data={"csrf": csrf, "motivering": "Samen besproken; de persoon is het ermee eens.", "versie": "1"},
        follow_redirects=False,
    )
    assert r.status_code == 303
    r = client.post(
        f"/zaken/{z}/participatie/plannen/{plan_id}/vaststellen",
        data={"csrf": csrf, "motivering": "Samen besproken; de persoon is het ermee eens.", "versie": "1"},
        follow_redirects=False,
    )
    assert r.status_code == 400  # al vastgesteld
    # zonder CSRF-token: geweigerd, niets geschreven
    r = client.post(f"/zaken/{z}/participatie/plannen", data={**PLAN, "doelen": "x"}, follow_redirects=False)
    assert r.status_code == 403


def test_web_rollen_en_inwoner_alleen_lezen(client):
    z = _zaak(client, token(client, "km.jansen"))
    _web_login(client, "km.bakker")
    assert client.get(f"/zaken/{z}/participatie").status_code == 404
    client.cookies.clear()
    _web_login(client, "inwoner.ferd")
    assert client.get(f"/zaken/{z}/participatie", follow_redirects=False).status_code == 403
    r = client.get("/mijn/participatie")
    assert r.status_code == 200
    assert "Meedoen en werk" in r.text and '<form method="post" action="/zaken' not in r.text
