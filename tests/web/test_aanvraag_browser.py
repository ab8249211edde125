# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""De aanvraag in een echte browser (Debian's chromium): een inwoner zonder zaak meldt zich, loopt de zes
stappen door (met een vormfout en een overgeslagen vraag) en verstuurt; axe vindt op geen enkele stap een
WCAG 2.1 A/AA-schending. Daarna ziet de klantmanager de aanvraag in zijn lijst."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from playwright.sync_api import expect
from sqlalchemy import select

from balans.zaak.schema import Aanvraag
from tests.web.conftest import demo_server, fout_bij_veld, inloggen, inwoner_zonder_zaak, toegankelijk, verstuur

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def url_en_app(tmp_path_factory):
    yield from demo_server(
        tmp_path_factory,
        "aanvraag",
        demo_zaken=6,
        voorbereiding=lambda s: inwoner_zonder_zaak(s, "inwoner.nieuw", "Nina Nieuw"),
    )


def _stap(page, nummer: int, titel: str) -> None:
    expect(page.get_by_text(f"Stap {nummer} van 6", exact=True)).to_be_visible()
    expect(page.get_by_role("heading", level=1)).to_have_text(titel)
    toegankelijk(page)


def test_inwoner_doet_een_aanvraag(pagina, url_en_app):
    url, app = url_en_app
    page = pagina
    inloggen(page, url, "inwoner.nieuw")
    page.goto(f"{url}/aanvraag")
    expect(page.get_by_role("heading", level=1)).to_have_text("Bijstand aanvragen")
    toegankelijk(page)
    page.get_by_role("button", name="Meld u en begin de aanvraag").click()

    _stap(page, 1, "Melding")
    vandaag = dt.date.today()
    assert f"{vandaag.day} " in page.locator("main").inner_text()  # de meldingsdatum staat erbij
    page.get_by_role("button", name="Volgende").click()

    _stap(page, 2, "Uw gegevens")
    page.get_by_label("Uw geboortedatum").fill("01-05-1990")
    page.get_by_role("button", name="Volgende").click()

    _stap(page, 3, "Met wie woont u?")
    page.get_by_label("Hebt u een partner").select_option("nee")
    page.get_by_label("Geboortedatum kind 1").fill("12-08-2019")
    page.get_by_role("button", name="Volgende").click()

    _stap(page, 4, "Inkomen")
    page.get_by_role("button", name="Vorige").click()  # terug: wat er stond, staat er nog
    _stap(page, 3, "Met wie woont u?")
    expect(page.get_by_label("Geboortedatum kind 1")).to_have_value("12-08-2019")
    page.get_by_role("button", name="Volgende").click()
    _stap(page, 4, "Inkomen")
    page.get_by_role("button", name="Volgende").click()  # inkomen overgeslagen: mag

    _stap(page, 5, "Geld en bezit")
    page.get_by_label("Geld op uw rekeningen en contant").fill("veel")
    # een vormfout: de stap komt terug met de melding bij het veld (400), de invoer staat er nog, en niets is
    # opgeslagen; de pagina blijft toegankelijk
    assert verstuur(page, page.get_by_role("button", name="Volgende")) == 400
    assert "bedrag in euro" in fout_bij_veld(page, "bezittingen")
    expect(page.get_by_label("Geld op uw rekeningen en contant")).to_have_value("veel")
    with app.state.sessies() as s:
        assert "vermogen" not in (s.scalar(select(Aanvraag.gegevens).where(Aanvraag.status == "concept")) or {})
    _stap(page, 5, "Geld en bezit")
    page.get_by_label("Geld op uw rekeningen en contant").fill("1.250,00")
    page.get_by_label("Hebt u een eigen huis?").select_option("nee")
    page.get_by_role("button", name="Volgende").click()

    _stap(page, 6, "Controleren en versturen")
    main = page.locator("main")
    expect(main).to_contain_text("€ 1.250,00")
    expect(main).to_contain_text("Vul in of u (of uw partner) inkomen hebt.")  # waarschuwing, geen blokkade
    page.get_by_role("button", name="Verstuur uw aanvraag").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Uw aanvraag is verstuurd")
    expect(page.locator("main")).to_contain_text("Uw meldingsdatum is")
    expect(page.locator("main")).to_contain_text("artikel 4:13")
    expect(page.locator("main")).to_contain_text("minstens 95%")
    assert re.search(r"/aanvraag/[0-9a-f-]{36}/bevestiging$", page.url)
    toegankelijk(page)


def test_klantmanager_ziet_de_aanvraag(pagina, url_en_app):
    url, _ = url_en_app
    page = pagina
    inloggen(page, url, "km.jansen")
    page.goto(f"{url}/aanvragen")
    expect(page.get_by_role("heading", level=1)).to_have_text("Aanvragen")
    toegankelijk(page)
    page.get_by_role("link", name="Nina Nieuw").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Aanvraag van Nina Nieuw")
    toegankelijk(page)
    page.get_by_role("button", name="In behandeling nemen").click()
    expect(page.get_by_role("button", name="Zaak maken")).to_be_visible()
    toegankelijk(page)
    page.get_by_role("button", name="Zaak maken").click()
    assert re.search(r"/zaken/[0-9a-f-]{36}$", page.url), page.url
