# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Elke pagina, elke rol: axe (WCAG 2.1 A/AA) op 1280 en 390 px en geen zijwaarts scrollen op 320 px (issue 14,
item 8 en 'What must hold').

De andere browsertests doen dit ook, maar dan per onderwerp. Deze test bezoekt elke HTML-route van de web-laag
één keer met de rol die haar mag zien (anoniem, inwoner zonder en met zaak, klantmanager, beheerder,
beleidsmedewerker). Daarna kijkt hij na dat er geen route is overgeslagen. Komt er een pagina bij, dan faalt
deze test tot die pagina hier staat.

Ook: op een telefoon scrollen de tabellen van /mijn in een eigen vak. Dat vak is met de Tab-toets te bereiken
en met de pijltjestoetsen te scrollen, terwijl de pagina zelf niet zijwaarts scrolt.
"""

from __future__ import annotations

import importlib
import re

import pytest
from balans.zaak.schema import Gebruiker, Zaak
from tests.hulp.netwerk import uvicorn_in_draad
from tests.web.conftest import api_client, inwoner_zonder_zaak, nieuwe_pagina, toegankelijk, zijwaarts
from tests.web.mijn_hulp import maak_demo

pytestmark = pytest.mark.browser

WEB = (
    "routes",
    "aanvraag",
    "beheer",
    "beleid",
    "brieven",
    "caseload",
    "historie",
    "maatregelen",
    "mijn",
    "oidc",
    "participatie",
    "rekenhulp",
)
# Routes die geen HTML-pagina zijn: een PDF (getest in test_brieven en test_mijn), de stijl van het
# beleidsrapport, en de OIDC-stappen (een doorverwijzing naar de inlogdienst; tests/api/test_oidc*).
GEEN_PAGINA = re.compile(r"(\.pdf|\.css)$|^/inloggen/oidc")


def _html_routes() -> dict[str, re.Pattern]:
    uit = {}
    for naam in WEB:
        for r in importlib.import_module(f"balans.web.{naam}").router.routes:
            if "GET" in (getattr(r, "methods", None) or ()) and not GEEN_PAGINA.search(r.path):
                uit[r.path] = r.path_regex
    return uit


@pytest.fixture(scope="module")
def omgeving(tmp_path_factory):
    demo = maak_demo(tmp_path_factory.mktemp("elke-pagina") / "b.sqlite3")
    with demo.app.state.sessies() as s:
        inwoner_zonder_zaak(s, "inwoner.nieuw", "Nina Nieuw")
        km = s.get(Gebruiker, s.get(Zaak, demo.ferd).klantmanager_id).gebruikersnaam
        km_id = s.get(Zaak, demo.ferd).klantmanager_id
        s.commit()
    with uvicorn_in_draad(demo.app) as url:
        yield url, demo, km, km_id


def test_elke_pagina_elke_rol_toegankelijk(browser, omgeving):
    url, demo, km, km_id = omgeving
    bezocht: list[str] = []

    def langs(page, pad: str, status: int = 200) -> None:
        r = page.goto(url + pad)
        assert r is not None and r.status == status, (pad, r and r.status)
        toegankelijk(page)
        bezocht.append(pad.split("?")[0].split("#")[0])

    with nieuwe_pagina(browser, url) as anoniem:
        for pad in (
            "/",
            "/rekenhulp",
            "/rekenhulp?leeftijd=35&uren=16&uurloon=13%2C00&soort_loon=netto&frequentie=vier_weken",
            "/algoritmeregister",
            "/toegankelijkheid",
            "/inloggen",
        ):
            langs(anoniem, pad)
        langs(anoniem, "/bestaat-niet", 404)

    # Een inwoner zonder zaak: de aanvraag, elke stap, en na het versturen de bevestiging.
    nieuw = api_client(url, "inwoner.nieuw")
    with nieuwe_pagina(browser, url, "inwoner.nieuw") as inwoner:
        langs(inwoner, "/aanvraag")
        r = nieuw.post("/v1/aanvragen")
        assert r.status_code == 201, r.text
        aid = r.json()["id"]
        for stap in [s["code"] for s in r.json()["stappen"]]:
            langs(inwoner, f"/aanvraag/{aid}/{stap}")
        r = nieuw.post(
            f"/v1/aanvragen/{aid}/_indienen", headers={"If-Match": nieuw.get(f"/v1/aanvragen/{aid}").headers["ETag"]}
        )
        assert r.status_code == 200, r.text
        langs(inwoner, f"/aanvraag/{aid}/bevestiging")
        langs(inwoner, "/wachtwoord")

    # Ferd: /mijn, zijn participatie, zijn beschikking en elke brief die /mijn hem aanbiedt.
    with nieuwe_pagina(browser, url, "inwoner.ferd") as ferd:
        langs(ferd, "/mijn")
        brieven = {
            a
            for a in ferd.locator("a[href*='/brieven/']").evaluate_all("els => els.map(e => e.getAttribute('href'))")
            if not a.endswith(".pdf")
        }
        assert brieven, "Ferd ziet geen brief op /mijn"
        for b in sorted(brieven):
            langs(ferd, b)
        langs(ferd, "/mijn/participatie")
        langs(ferd, "/mijn/beschikking")

    with nieuwe_pagina(browser, url, km) as kmp:
        for pad in (
            "/zaken",
            "/zaken?naam=Ferd",
            "/caseload",
            "/aanvragen",
            f"/aanvragen/{aid}",
            f"/zaken/{demo.ferd}",
            f"/zaken/{demo.ferd}/beschikking",
            f"/zaken/{demo.ferd}/historie",
            f"/zaken/{demo.ferd}/maatregelen",
            f"/zaken/{demo.ferd}/participatie",
            f"/zaken/{demo.ferd}/brieven/ontheffing/{demo.ontheffing}",
            "/wachtwoord",
        ):
            langs(kmp, pad)

    with nieuwe_pagina(browser, url, "beheer.admin") as beheer:
        for pad in (
            "/beheer",
            f"/beheer/gebruikers/{km_id}",
            "/beheer/zaken",
            f"/beheer/zaken?van={km_id}",
            "/wachtwoord",
        ):
            langs(beheer, pad)

    with nieuwe_pagina(browser, url, "beleid.de.vries") as bp:
        for pad in ("/beleid", "/beleid/doorrekening", "/monitoring", "/wachtwoord"):
            langs(bp, pad)

    overgeslagen = sorted(p for p, rx in _html_routes().items() if not any(rx.match(b) for b in bezocht))
    assert overgeslagen == [], f"pagina's zonder axe-controle: {overgeslagen}"


def test_tabellen_van_mijn_op_een_telefoon_met_het_toetsenbord(browser, omgeving):
    """Op 390 px scrolt een brede tabel van /mijn in haar eigen vak: met Tab komt de focus op dat vak, met de
    pijl naar rechts scrolt het, en de pagina zelf scrolt niet zijwaarts (ook niet op 320 px)."""
    url, *_ = omgeving
    with nieuwe_pagina(browser, url, "inwoner.ferd") as page:
        page.set_viewport_size({"width": 390, "height": 800})
        page.goto(url + "/mijn")
        vakken = page.locator(".utrecht-table-container")
        breed = [i for i in range(vakken.count()) if vakken.nth(i).evaluate("e => e.scrollWidth > e.clientWidth")]
        assert breed, "geen tabel van /mijn is breder dan 390 px: dan toetst deze test niets"
        assert zijwaarts(page) <= 0
        for i in breed:
            vak = vakken.nth(i)
            assert vak.get_attribute("tabindex") == "0" and vak.get_attribute("aria-label").startswith("Tabel: ")
        # Met alleen de Tab-toets: vanaf het begin van de pagina tot de focus op het eerste brede vak staat.
        doel = vakken.nth(breed[0])
        page.keyboard.press("Tab")
        for _ in range(200):
            if doel.evaluate("e => e === document.activeElement"):
                break
            page.keyboard.press("Tab")
        else:
            pytest.fail("het scrollvak van de tabel is met Tab niet te bereiken")
        assert doel.evaluate("e => e.scrollLeft") == 0
        for _ in range(5):
            page.keyboard.press("ArrowRight")
        page.wait_for_function("e => e.scrollLeft > 0", arg=doel.element_handle())
        page.set_viewport_size({"width": 320, "height": 800})
        assert zijwaarts(page) <= 0
