"""Browsertests: de app onder uvicorn in een draad, Debian's chromium via Playwright, axe-core uit npm."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from balans.app import create_app
from balans.settings import Settings
from balans.zaak.demo import WACHTWOORD
from tests.hulp.netwerk import uvicorn_in_draad

PROJECT = Path(__file__).resolve().parents[2]
AXE = PROJECT / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = Path("/usr/bin/chromium")
VLAGGEN = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
           "--disable-component-update", "--disable-sync"]   # het netwerk van deze machine is dicht


@pytest.fixture(scope="session")
def basis_url(tmp_path_factory):
    app = create_app(Settings(database_url=f"sqlite:///{tmp_path_factory.mktemp('web') / 'b.sqlite3'}",
                              demo=True, demo_zaken=12))
    try:
        with uvicorn_in_draad(app) as url:
            yield url
    except RuntimeError as e:
        pytest.fail(str(e), pytrace=False)


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
    ctx = browser.new_context(locale="nl-NL", bypass_csp=True)   # alleen om axe te kunnen injecteren
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
        regels.append(f"- {v['id']}: {v['help']} (bv. {json.dumps(eerste, ensure_ascii=False)}, "
                      f"{len(v.get('nodes', []))}x)")
    return "\n".join(regels)


BREEDTES = (1280, 390)   # desktop en een telefoon (issue 14, item 8)
SMALST = 320              # WCAG 1.4.10 Reflow: 320 CSS-pixels zonder zijwaarts scrollen


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


def inloggen(page, basis_url: str, gebruikersnaam: str) -> None:
    page.goto(f"{basis_url}/inloggen")
    page.get_by_label("Gebruikersnaam").fill(gebruikersnaam)
    page.get_by_label("Wachtwoord").fill(WACHTWOORD)
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_load_state()
    assert not re.search(r"/inloggen", page.url), page.url


def api_client(basis_url: str, gebruikersnaam: str):
    """Een httpx-client die via de API is ingelogd (Bearer), om in browsertests de stand na te kijken."""
    import httpx
    c = httpx.Client(base_url=basis_url)
    r = c.post("/v1/sessies", json={"gebruikersnaam": gebruikersnaam, "wachtwoord": WACHTWOORD})
    assert r.status_code == 201, r.text
    c.headers["Authorization"] = f"Bearer {r.json()['token']}"
    c.cookies.clear()
    return c
