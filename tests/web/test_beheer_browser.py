# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Beheer in een echte browser (issue 14, item 6): elk beheerformulier ongeldig en geldig, met het effect.

- zaken verdelen: een toegewezen zaak staat daarna in de lijst van de nieuwe klantmanager;
- deactiveren: een lopende sessie eindigt en inloggen kan niet meer; weer activeren: wel weer;
- rol wijzigen: de nieuwe rol bepaalt waar iemand na inloggen terechtkomt;
- wachtwoord herstellen: het eenmalige wachtwoord dwingt een nieuw wachtwoord af, het oude werkt niet meer.

Ongeldig: HTTP 400, een Nederlandse melding bij het veld, de keuze staat er nog, en er is niets opgeslagen.
Een eigen server en database (module): deze tests veranderen gebruikers, dat mag andere tests niet raken.
"""

from __future__ import annotations

import re

import httpx
import pytest
from sqlalchemy import select

from balans.zaak.schema import Besluit, Gebruiker, Verwerking, Zaak
from tests.web.conftest import api_client, demo_server, log_in, toegankelijk, verstuur

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def url_en_app(tmp_path_factory):
    yield from demo_server(tmp_path_factory, "beheer")


@pytest.fixture(scope="module")
def context(browser):
    """Eén browsersessie voor de hele module (de beheerder); anderen krijgen een eigen context in de test."""
    ctx = browser.new_context(locale="nl-NL", bypass_csp=True)  # bypass alleen om axe te injecteren
    yield ctx
    ctx.close()


@pytest.fixture(scope="module")
def beheerder(context, url_en_app):
    url, _ = url_en_app
    page = context.new_page()
    log_in(page, url, "beheer.admin")
    assert page.url.endswith("/beheer")
    return page


def _fout(page, veld_id: str) -> str:
    return page.locator(f"#{veld_id}-fout").inner_text()


def _id(app, gebruikersnaam: str) -> int:
    with app.state.sessies() as s:
        return s.scalar(select(Gebruiker.id).where(Gebruiker.gebruikersnaam == gebruikersnaam))


def _log(app, onderwerp: str) -> list[Besluit]:
    with app.state.sessies() as s:
        return list(s.scalars(select(Besluit).where(Besluit.onderwerp == onderwerp).order_by(Besluit.id)))


def _zaak_ids(api: httpx.Client) -> set[str]:
    return {z["id"] for z in api.get("/v1/zaken", params={"paginaGrootte": 100}).json()["_embedded"]["zaken"]}


def test_zaken_verdelen_een_en_meer_tegelijk(beheerder, url_en_app):
    url, app = url_en_app
    bakker, jansen = api_client(url, "km.bakker"), api_client(url, "km.jansen")
    van_bakker, van_jansen = _zaak_ids(bakker), _zaak_ids(jansen)
    assert len(van_bakker) >= 3
    page = beheerder
    page.goto(f"{url}/beheer/zaken")
    rij = page.locator(f"#km-{_id(app, 'km.bakker')}")
    assert re.search(rf"Youssef Bakker\s+{len(van_bakker)}\s", rij.inner_text())
    toegankelijk(page)
    rij.get_by_role("link", name="Youssef Bakker").click()
    page.wait_for_load_state()
    vakjes = page.locator("input[name='zaak']")
    assert vakjes.count() == len(van_bakker)
    # Dataminimalisatie (AVG art. 5 lid 1 onder c, docs/avg-beheer-zaken.md): het zaaknummer, geen naam; en elke
    # getoonde zaak staat als leesregel in het verwerkingenlog.
    tekst = page.locator("main").inner_text()
    with app.state.sessies() as s:
        namen = [s.get(Zaak, zid).naam for zid in van_bakker]
        gelezen = set(
            s.scalars(
                select(Verwerking.zaak_id).where(Verwerking.naam == "beheer.zaken", Verwerking.handeling == "lezen")
            )
        )
    assert all(f"BLS-{zid[:8].upper()}" in tekst for zid in van_bakker)
    assert not [n for n in namen if n in tekst], namen
    assert van_bakker <= gelezen

    # Ongeldig: wel een klantmanager, geen zaak gekozen.
    page.get_by_label("Naar klantmanager").select_option(str(_id(app, "km.jansen")))
    assert verstuur(page, page.get_by_role("button", name="Zaken toewijzen")) == 400
    assert "Kies een of meer zaken" in _fout(page, "zaken")
    assert page.get_by_label("Naar klantmanager").input_value() == str(_id(app, "km.jansen"))
    assert _zaak_ids(bakker) == van_bakker and _log(app, "toewijzing") == []
    toegankelijk(page)

    # Ongeldig: wel zaken, geen klantmanager; de vinkjes blijven staan.
    vakjes = page.locator("input[name='zaak']")
    gekozen = [vakjes.nth(0).get_attribute("value"), vakjes.nth(1).get_attribute("value")]
    vakjes.nth(0).check()
    vakjes.nth(1).check()
    page.get_by_label("Naar klantmanager").select_option("")
    assert verstuur(page, page.get_by_role("button", name="Zaken toewijzen")) == 400
    assert "Kies de klantmanager" in _fout(page, "naar")
    assert page.locator("input[name='zaak']:checked").count() == 2
    assert _zaak_ids(bakker) == van_bakker

    # Geldig, twee tegelijk: ze staan daarna in de lijst van Sanne Jansen, niet meer bij Youssef Bakker.
    page.get_by_label("Naar klantmanager").select_option(str(_id(app, "km.jansen")))
    assert verstuur(page, page.get_by_role("button", name="Zaken toewijzen")) == 303
    assert "2 zaken toegewezen aan Sanne Jansen" in page.get_by_role("status").inner_text()
    assert _zaak_ids(jansen) == van_jansen | set(gekozen)
    assert _zaak_ids(bakker) == van_bakker - set(gekozen)
    assert re.search(
        rf"Youssef Bakker\s+{len(van_bakker) - 2}\s", page.locator(f"#km-{_id(app, 'km.bakker')}").inner_text()
    )
    log = _log(app, "toewijzing")
    assert {b.zaak_id for b in log} == set(gekozen) and all(b.auteur_id == _id(app, "beheer.admin") for b in log)
    toegankelijk(page)

    # Geldig, één zaak terug: in de lijst van de nieuwe klantmanager, en de klantmanager ziet haar in de browser.
    page.goto(f"{url}/beheer/zaken?van={_id(app, 'km.jansen')}")
    page.locator(f"input[value='{gekozen[0]}']").check()
    page.get_by_label("Naar klantmanager").select_option(str(_id(app, "km.bakker")))
    assert verstuur(page, page.get_by_role("button", name="Zaken toewijzen")) == 303
    assert "1 zaak toegewezen aan Youssef Bakker" in page.get_by_role("status").inner_text()
    assert gekozen[0] in _zaak_ids(bakker) and gekozen[0] not in _zaak_ids(jansen)
    with app.state.sessies() as s:
        naam = s.get(Zaak, gekozen[0]).naam
    km = beheerder.context.browser.new_context(locale="nl-NL").new_page()
    log_in(km, url, "km.bakker")
    km.goto(f"{url}/zaken?naam={naam.split()[0]}")
    assert km.get_by_role("link", name=naam).count() == 1
    km.context.close()


def test_deactiveren_en_weer_activeren(beheerder, browser, url_en_app):
    url, app = url_en_app
    # De beleidsmedewerker is ingelogd in een eigen browser.
    ander = browser.new_context(locale="nl-NL").new_page()
    log_in(ander, url, "beleid.de.vries")
    assert ander.url.endswith("/beleid")
    page = beheerder

    # Ongeldig: uzelf deactiveren kan niet.
    page.goto(f"{url}/beheer/gebruikers/{_id(app, 'beheer.admin')}")
    assert verstuur(page, page.get_by_role("button", name="Gebruiker deactiveren")) == 400
    assert "eigen account" in page.locator("#actief").inner_text()
    assert page.get_by_role("alert").get_by_role("link").count() == 1  # de samenvatting wijst naar het veld
    with app.state.sessies() as s:
        assert s.get(Gebruiker, _id(app, "beheer.admin")).actief
    toegankelijk(page)

    page.goto(f"{url}/beheer/gebruikers/{_id(app, 'beleid.de.vries')}")
    toegankelijk(page)
    assert verstuur(page, page.get_by_role("button", name="Gebruiker deactiveren")) == 303
    assert "gedeactiveerd" in page.get_by_role("status").inner_text()
    # De lopende sessie is beëindigd: de volgende pagina vraagt om inloggen; opnieuw inloggen lukt niet.
    ander.goto(f"{url}/beleid")
    assert "/inloggen" in ander.url
    log_in(ander, url, "beleid.de.vries")
    assert "/inloggen" in ander.url
    assert "klopt niet" in ander.get_by_role("alert").inner_text()
    assert [b.handeling for b in _log(app, "gebruiker")][-1] == "gedeactiveerd"

    assert verstuur(page, page.get_by_role("button", name="Gebruiker weer activeren")) == 303
    log_in(ander, url, "beleid.de.vries")
    assert ander.url.endswith("/beleid")
    ander.context.close()
    page.goto(f"{url}/beheer/gebruikers/{_id(app, 'beleid.de.vries')}")
    lijst = page.locator("ul.utrecht-unordered-list").inner_text()
    assert "weer actief" in lijst and "gedeactiveerd" in lijst and "Kees Beheer" in lijst


def test_rol_wijzigen(beheerder, browser, url_en_app):
    url, app = url_en_app
    page = beheerder
    # Ongeldig: een klantmanager met zaken wordt geen beleidsmedewerker (zijn zaken zouden zwerven).
    page.goto(f"{url}/beheer/gebruikers/{_id(app, 'km.bakker')}")
    page.get_by_label("Nieuwe rol").select_option("beleidsmedewerker")
    assert verstuur(page, page.get_by_role("button", name="Rol wijzigen")) == 400
    assert "Verdeel die eerst" in _fout(page, "rol")
    assert page.get_by_label("Nieuwe rol").input_value() == "beleidsmedewerker"
    with app.state.sessies() as s:
        assert s.get(Gebruiker, _id(app, "km.bakker")).rol == "klantmanager"
    toegankelijk(page)
    # Ongeldig: geen rol gekozen.
    page.get_by_label("Nieuwe rol").select_option("")
    assert verstuur(page, page.get_by_role("button", name="Rol wijzigen")) == 400
    assert _fout(page, "rol") == "Kies een rol."

    # Geldig: een nieuwe medewerker zonder zaken wordt beleidsmedewerker en komt na inloggen op /beleid.
    page.goto(f"{url}/beheer")
    page.get_by_label("Gebruikersnaam").fill("km.wissel")
    page.get_by_label("Naam", exact=True).fill("Wim Wissel")
    page.get_by_label("Rol").select_option("klantmanager")
    page.get_by_label("Eerste wachtwoord").fill("een-lang-wachtwoord-2026")
    assert verstuur(page, page.get_by_role("button", name="Toevoegen")) == 303
    page.get_by_role("link", name="km.wissel").click()
    page.wait_for_load_state()
    page.get_by_label("Nieuwe rol").select_option("beleidsmedewerker")
    assert verstuur(page, page.get_by_role("button", name="Rol wijzigen")) == 303
    assert "beleidsmedewerker" in page.locator("dl").inner_text()
    ander = browser.new_context(locale="nl-NL").new_page()
    log_in(ander, url, "km.wissel", "een-lang-wachtwoord-2026")
    assert ander.url.endswith("/beleid")
    ander.context.close()
    assert [b.handeling for b in _log(app, "gebruiker")][-2:] == ["toegevoegd", "rol_gewijzigd"]


def test_wachtwoord_herstellen_dwingt_een_nieuw_af(beheerder, browser, url_en_app):
    url, app = url_en_app
    page = beheerder
    page.goto(f"{url}/beheer/gebruikers/{_id(app, 'km.jansen')}")
    # Ongeldig: zonder het vinkje gebeurt er niets; het oude wachtwoord werkt nog.
    assert verstuur(page, page.get_by_role("button", name="Wachtwoord herstellen")) == 400
    assert "Vink aan" in _fout(page, "bevestig")
    assert page.locator("#eenmalig").count() == 0
    assert api_client(url, "km.jansen")
    toegankelijk(page)

    page.get_by_label("Ja, herstel het wachtwoord").check()
    with page.expect_navigation() as nav:
        page.get_by_role("button", name="Wachtwoord herstellen").click()
    assert nav.value.status == 200 and nav.value.headers.get("cache-control") == "no-store"
    eenmalig = page.locator("#eenmalig").inner_text()
    assert len(eenmalig) >= 16
    toegankelijk(page)
    page.goto(f"{url}/beheer/gebruikers/{_id(app, 'km.jansen')}")  # één keer getoond: daarna niet meer
    assert page.locator("#eenmalig").count() == 0 and eenmalig not in page.content()

    km = browser.new_context(locale="nl-NL", bypass_csp=True).new_page()
    log_in(km, url, "km.jansen")  # het oude wachtwoord werkt niet meer
    assert "/inloggen" in km.url
    log_in(km, url, "km.jansen", eenmalig)
    assert km.url.endswith("/wachtwoord")
    km.goto(f"{url}/zaken")  # eerst een nieuw wachtwoord
    assert km.url.endswith("/wachtwoord")
    toegankelijk(km)

    km.get_by_label("Huidig wachtwoord").fill(eenmalig)
    km.get_by_label("Nieuw wachtwoord", exact=True).fill("mijn nieuwe lange zin")
    km.get_by_label("Nieuw wachtwoord nog een keer").fill("mijn nieuwe lange zim")
    assert verstuur(km, km.get_by_role("button", name="Wachtwoord opslaan")) == 400
    assert "niet gelijk" in _fout(km, "herhaal")
    assert km.locator("#herhaal").get_attribute("aria-invalid") == "true"
    toegankelijk(km)
    with app.state.sessies() as s:
        assert s.get(Gebruiker, _id(app, "km.jansen")).wachtwoord_wijzigen

    km.get_by_label("Huidig wachtwoord").fill(eenmalig)
    km.get_by_label("Nieuw wachtwoord", exact=True).fill("mijn nieuwe lange zin")
    km.get_by_label("Nieuw wachtwoord nog een keer").fill("mijn nieuwe lange zin")
    assert verstuur(km, km.get_by_role("button", name="Wachtwoord opslaan")) == 303
    assert "/zaken" in km.url
    km.context.close()
    km = browser.new_context(locale="nl-NL").new_page()
    log_in(km, url, "km.jansen", "mijn nieuwe lange zin")
    assert km.url.endswith("/zaken")
    km.context.close()
    assert [b.handeling for b in _log(app, "gebruiker")][-2:] == ["wachtwoord_hersteld", "wachtwoord_gewijzigd"]
