# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Inloggen en uitloggen in de browser (issue 14: elk formulier geldig en ongeldig, met het effect).

Ongeldig: een Nederlandse melding, de gebruikersnaam staat er nog, het wachtwoord niet (dat zetten we nooit
terug), en er is geen sessie: een beschermde pagina vraagt nog steeds om inloggen. Bij een verkeerd wachtwoord
zegt de melding met opzet niet welk van de twee velden niet klopt. Zo kan niemand uitproberen welke
gebruikersnamen bestaan. Daarom staat die melding boven het formulier en niet bij een veld.
"""

from __future__ import annotations

import httpx
import pytest

from balans.zaak.demo import WACHTWOORD
from tests.web.conftest import demo_server, nieuwe_pagina, toegankelijk, verstuur

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def url(tmp_path_factory):  # eigen database: een mislukte poging telt mee voor de remming van deze gebruiker
    for u, _ in demo_server(tmp_path_factory, "inloggen", demo_zaken=3):
        yield u


def _ingelogd(page, url: str) -> bool:
    return not page.goto(f"{url}/zaken").url.split("?")[0].endswith("/inloggen")


def _ongeldig(page, url: str, wachtwoord: str, status: int, melding: str) -> None:
    """Een poging die moet mislukken: de status, de melding, de naam blijft staan, het wachtwoord niet, geen sessie."""
    page.goto(f"{url}/inloggen")
    page.locator("#wachtwoord").evaluate("e => e.removeAttribute('required')")  # zoals een browser zonder controle
    page.get_by_label("Gebruikersnaam").fill("km.jansen")
    page.get_by_label("Wachtwoord").fill(wachtwoord)
    assert verstuur(page, page.get_by_role("button", name="Inloggen")) == status
    assert page.get_by_role("alert").inner_text() == melding
    assert page.get_by_label("Gebruikersnaam").input_value() == "km.jansen"
    assert page.get_by_label("Wachtwoord").input_value() == ""
    toegankelijk(page)
    assert not _ingelogd(page, url)


def test_inloggen_ongeldig_en_geldig_en_uitloggen(browser, url):
    with nieuwe_pagina(browser, url) as page:
        # Leeg wachtwoord (de browser houdt het zelf al tegen met 'required'; de server moet het ook doen).
        _ongeldig(page, url, "", 400, "Vul uw gebruikersnaam en wachtwoord in.")
        # Verkeerd wachtwoord: 401, dezelfde melding voor een onbekende naam en een fout wachtwoord.
        _ongeldig(page, url, "niet-het-wachtwoord", 401, "De gebruikersnaam of het wachtwoord klopt niet.")
        # Geldig: naar de eigen startpagina, en een beschermde pagina opent.
        page.goto(f"{url}/inloggen")
        page.get_by_label("Gebruikersnaam").fill("km.jansen")
        page.get_by_label("Wachtwoord").fill(WACHTWOORD)
        assert verstuur(page, page.get_by_role("button", name="Inloggen")) == 303
        assert page.url.endswith("/zaken")
        assert _ingelogd(page, url)
        koekjes = {c["name"]: c["value"] for c in page.context.cookies()}
        # Uitloggen: terug naar de voorpagina; de sessie is op de server beëindigd, dus ook het oude koekje
        # opent niets meer.
        assert verstuur(page, page.get_by_role("button", name="Uitloggen (Sanne Jansen)")) == 303
        assert page.url.rstrip("/") == url
        assert not _ingelogd(page, url)
        oud = httpx.get(f"{url}/zaken", cookies=koekjes, follow_redirects=False)
        assert oud.status_code == 303 and oud.headers["location"].startswith("/inloggen")
