# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Browsertests: de app onder uvicorn in een draad, Debian's chromium via Playwright, axe-core uit npm."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from balans.app import create_app
from balans.settings import Settings
from balans.zaak.demo import WACHTWOORD
from tests.hulp.netwerk import uvicorn_in_draad

PROJECT = Path(__file__).resolve().parents[2]
AXE = PROJECT / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = Path("/usr/bin/chromium")
VLAGGEN = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]  # het netwerk van deze machine is dicht


def demo_server(
    tmp_path_factory, naam: str, demo_zaken: int = 12, voorbereiding: Callable | None = None
) -> Iterator[tuple[str, object]]:
    """Een eigen demo-app met eigen database onder uvicorn: (url, app). Voor een fixture met `yield from`.

    voorbereiding(sessie) mag vooraf iets toevoegen (bijvoorbeeld een inwoner zonder zaak); daarna commit."""
    app = create_app(
        Settings(
            database_url=f"sqlite:///{tmp_path_factory.mktemp(naam) / 'b.sqlite3'}", demo=True, demo_zaken=demo_zaken
        )
    )
    if voorbereiding is not None:
        with app.state.sessies() as s:
            voorbereiding(s)
            s.commit()
    try:
        with uvicorn_in_draad(app) as url:
            yield url, app
    except RuntimeError as e:
        pytest.fail(str(e), pytrace=False)


def inwoner_zonder_zaak(s, gebruikersnaam: str, naam: str) -> None:
    """Een inwoner zonder zaak (die nog een aanvraag moet doen), met het wachtwoord van de demo."""
    from sqlalchemy import select

    from balans.zaak.schema import Gebruiker

    hash_ = s.scalar(select(Gebruiker.wachtwoord_hash).where(Gebruiker.gebruikersnaam == "inwoner.ferd"))
    s.add(Gebruiker(gebruikersnaam=gebruikersnaam, naam=naam, rol="inwoner", wachtwoord_hash=hash_, actief=True))


@pytest.fixture(scope="session")
def basis_url(tmp_path_factory):
    for url, _ in demo_server(tmp_path_factory, "web"):
        yield url


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.fail("chromium ontbreekt; draai scripts/installeer-chromium.sh (make test doet dat ook).", pytrace=False)
    if not AXE.exists():
        pytest.fail("axe-core ontbreekt; draai npm ci (make test doet dat ook).", pytrace=False)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=VLAGGEN)
        yield b
        b.close()


@pytest.fixture
def pagina(browser):
    ctx = browser.new_context(locale="nl-NL", bypass_csp=True)  # alleen om axe te kunnen injecteren
    page = ctx.new_page()
    yield page
    ctx.close()


def axe_controle(page) -> list[dict]:
    """De schendingen van WCAG 2.1 A en AA op de huidige pagina, zoals axe-core ze geeft."""
    page.add_script_tag(path=str(AXE))
    uitslag = page.evaluate("""async () => await axe.run(document, {runOnly: {type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})""")
    return uitslag["violations"]


def axe_melding(page, schendingen: list[dict]) -> str:
    """Per schending: id, uitleg en het eerste element, om te lezen bij een mislukte test."""
    regels = [f"{page.url}: {len(schendingen)} WCAG-schending(en)"]
    for v in schendingen:
        eerste = v["nodes"][0]["target"] if v.get("nodes") else "?"
        regels.append(
            f"- {v['id']}: {v['help']} (bv. {json.dumps(eerste, ensure_ascii=False)}, {len(v.get('nodes', []))}x)"
        )
    return "\n".join(regels)


BREEDTES = (1280, 390)  # desktop en een telefoon (issue 14, item 8)
SMALST = 320  # WCAG 1.4.10 Reflow: 320 CSS-pixels zonder zijwaarts scrollen


def zijwaarts(page) -> int:
    """Hoeveel pixels de pagina zelf breder is dan het venster (0 = geen zijwaarts scrollen).

    Een tabel in een eigen scrollvak mag breder zijn; de pagina niet."""
    return page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth")


def toegankelijk(page) -> None:
    """axe op 1280 en 390 pixels breed, en op 320 pixels geen zijwaarts scrollen; daarna weer desktop."""
    oud = page.viewport_size or {"width": 1280, "height": 720}
    try:
        for breedte in BREEDTES:
            page.set_viewport_size({"width": breedte, "height": 800})
            schendingen = axe_controle(page)
            assert schendingen == [], f"bij {breedte} px: " + axe_melding(page, schendingen)
        page.set_viewport_size({"width": SMALST, "height": 800})
        te_breed = zijwaarts(page)
        assert te_breed <= 0, f"{page.url}: bij {SMALST} px scrollt de pagina {te_breed} px zijwaarts"
    finally:
        page.set_viewport_size({"width": oud["width"], "height": oud["height"]})


def log_in(page, basis_url: str, gebruikersnaam: str, wachtwoord: str = WACHTWOORD) -> None:
    """Het inlogformulier invullen en versturen; of het lukt, kijkt de test zelf na."""
    page.goto(f"{basis_url}/inloggen")
    page.get_by_label("Gebruikersnaam").fill(gebruikersnaam)
    page.get_by_label("Wachtwoord").fill(wachtwoord)
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_load_state()


def inloggen(page, basis_url: str, gebruikersnaam: str) -> None:
    log_in(page, basis_url, gebruikersnaam)
    assert not re.search(r"/inloggen", page.url), page.url


@contextmanager
def nieuwe_pagina(browser, basis_url: str, gebruikersnaam: str | None = None):
    """Een eigen browsercontext (eigen cookies), zo nodig ingelogd; na afloop dicht."""
    ctx = browser.new_context(locale="nl-NL", bypass_csp=True)  # bypass alleen om axe te injecteren
    try:
        page = ctx.new_page()
        if gebruikersnaam is not None:
            inloggen(page, basis_url, gebruikersnaam)
        yield page
    finally:
        ctx.close()


def verstuur(page, knop) -> int:
    """Klik op de knop; de HTTP-status van het antwoord op de POST (bij een 303 die van de doorverwijzing zelf)."""
    with page.expect_navigation() as nav:
        knop.click()
    antwoord = nav.value
    eerste = antwoord.request.redirected_from
    return eerste.response().status if eerste is not None else antwoord.status


def fout_bij_veld(page, veld_id: str) -> str:
    """De melding bij een veld; het veld zelf moet als ongeldig gemarkeerd zijn (aria-invalid)."""
    assert page.locator(f"#{veld_id}").get_attribute("aria-invalid") == "true", veld_id
    return page.locator(f"#{veld_id}-fout").inner_text()


def api_client(basis_url: str, gebruikersnaam: str):
    """Een httpx-client die via de API is ingelogd (Bearer), om in browsertests de stand na te kijken."""
    import httpx

    c = httpx.Client(base_url=basis_url)
    r = c.post("/v1/sessies", json={"gebruikersnaam": gebruikersnaam, "wachtwoord": WACHTWOORD})
    assert r.status_code == 201, r.text
    c.headers["Authorization"] = f"Bearer {r.json()['token']}"
    c.cookies.clear()
    return c
