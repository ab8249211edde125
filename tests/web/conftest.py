"""Browsertests: de app onder uvicorn in een draad, Debian's chromium via Playwright, axe-core uit npm."""

from __future__ import annotations

import re
import socket
import threading
import time
from pathlib import Path

import pytest
import uvicorn

from balans.api.app import create_app
from balans.settings import Settings
from balans.zaak.demo import WACHTWOORD

PROJECT = Path(__file__).resolve().parents[2]
AXE = PROJECT / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = Path("/usr/bin/chromium")
VLAGGEN = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
           "--disable-component-update", "--disable-sync"]   # het netwerk van deze machine is dicht


@pytest.fixture(scope="session")
def basis_url(tmp_path_factory):
    app = create_app(Settings(database_url=f"sqlite:///{tmp_path_factory.mktemp('web') / 'b.sqlite3'}",
                              demo=True, demo_zaken=12))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        poort = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=poort, log_level="warning"))
    draad = threading.Thread(target=server.run, daemon=True)
    draad.start()
    for _ in range(200):
        if server.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{poort}"
    server.should_exit = True
    draad.join(10)


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


def axe_controle(page) -> list[str]:
    """Schendingen van WCAG 2.1 A en AA op de huidige pagina, leesbaar."""
    page.add_script_tag(path=str(AXE))
    uitslag = page.evaluate("""async () => await axe.run(document, {runOnly: {type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})""")
    return [f"{v['id']}: {v['help']} ({v['nodes'][0]['target']})" for v in uitslag["violations"]]


def inloggen(page, basis_url: str, gebruikersnaam: str) -> None:
    page.goto(f"{basis_url}/inloggen")
    page.get_by_label("Gebruikersnaam").fill(gebruikersnaam)
    page.get_by_label("Wachtwoord").fill(WACHTWOORD)
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_load_state()
    assert not re.search(r"/inloggen", page.url), page.url
