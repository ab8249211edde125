# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""De behandelformulieren van een aanvraag in de browser (issue 14, item 5): in behandeling nemen, zaak maken
en afwijzen, elk geldig en ongeldig.

Ongeldig: HTTP 400 (of 409 als een ander de aanvraag al nam), een Nederlandse melding bij het veld, de invoer
staat er nog, en er is niets opgeslagen (status, klantmanager, zaak en besluitenlog zijn gelijk gebleven).
Geldig: het opgeslagen effect, nagekeken in de database en via de API van de klantmanager.
De aanvragen zelf maakt de inwoner via de API (de stappen hebben hun eigen browsertest: test_aanvraag_browser).
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from sqlalchemy import func, select

from balans.zaak.schema import Aanvraag, Besluit, Gebruiker, Zaak
from tests.web.conftest import (
    api_client,
    demo_server,
    fout_bij_veld,
    inwoner_zonder_zaak,
    nieuwe_pagina,
    toegankelijk,
    verstuur,
)

pytestmark = pytest.mark.browser
INWONERS = {
    "inwoner.anna": "Anna Aanvraag",
    "inwoner.bram": "Bram Berg",
    "inwoner.cor": "Cor Cornelis",
    "inwoner.dina": "Dina Dekker",
}


@pytest.fixture(scope="module")
def url_en_app(tmp_path_factory):
    def inwoners_zonder_zaak(s):
        for naam, volledig in INWONERS.items():
            inwoner_zonder_zaak(s, naam, volledig)

    yield from demo_server(tmp_path_factory, "behandeling", demo_zaken=6, voorbereiding=inwoners_zonder_zaak)


def _ingediend(url: str, inwoner: str, *, geboortedatum: str | None = "1990-05-01", melding: dict | None = None) -> str:
    """Een verstuurde aanvraag van deze inwoner (via de API, zoals de app van de inwoner het doet)."""
    c = api_client(url, inwoner)
    r = c.post("/v1/aanvragen")
    assert r.status_code == 201, r.text
    aid, etag = r.json()["id"], r.headers["ETag"]
    stappen = {
        "melding": melding or {"eerdere_uitkering": "geen"},
        "persoon": {"geboortedatum": geboortedatum, "telefoon": "06-12345678"},
        "woonsituatie": {"partner": "nee"},
        "inkomen": {"heeft_inkomen": "nee"},
        "vermogen": {"bezittingen": "250.00", "schulden": "0.00", "eigen_woning": "nee"},
    }
    for stap, invoer in stappen.items():
        r = c.put(f"/v1/aanvragen/{aid}/stappen/{stap}", json=invoer, headers={"If-Match": etag})
        assert r.status_code == 200, r.text
        etag = r.headers["ETag"]
    r = c.post(f"/v1/aanvragen/{aid}/_indienen", headers={"If-Match": etag})
    assert r.status_code == 200, r.text
    return aid


def _stand(app, aid: str) -> tuple:
    """Wat er van een aanvraag is opgeslagen: status, klantmanager, zaak, versie, besluiten en het aantal zaken."""
    with app.state.sessies() as s:
        a = s.get(Aanvraag, aid)
        besluiten = [
            (b.handeling, b.grondslag, b.motivering)
            for b in s.scalars(select(Besluit).where(Besluit.onderwerp_id == aid).order_by(Besluit.id))
        ]
        return (
            a.status,
            a.klantmanager_id,
            a.zaak_id,
            a.versie,
            besluiten,
            s.scalar(select(func.count()).select_from(Zaak)),
        )


def _km_id(app, naam: str) -> int:
    with app.state.sessies() as s:
        return s.scalar(select(Gebruiker.id).where(Gebruiker.gebruikersnaam == naam))


@pytest.fixture(scope="module")
def jansen(browser, url_en_app):
    url, _ = url_en_app
    with nieuwe_pagina(browser, url, "km.jansen") as page:
        yield page


def test_in_behandeling_nemen_en_een_ander_was_eerder(jansen, browser, url_en_app):
    url, app = url_en_app
    aid = _ingediend(url, "inwoner.anna")
    page = jansen
    with nieuwe_pagina(browser, url, "km.bakker") as bakker, nieuwe_pagina(browser, url, "km.jansen") as tweede:
        bakker.goto(f"{url}/aanvragen/{aid}")  # Youssef Bakker heeft de aanvraag open staan
        tweede.goto(f"{url}/aanvragen/{aid}")  # en Sanne Jansen ook in een tweede venster
        page.goto(f"{url}/aanvragen/{aid}")
        toegankelijk(page)
        # Geldig: de aanvraag staat daarna op naam van Sanne Jansen, met een besluit in het log.
        assert verstuur(page, page.get_by_role("button", name="In behandeling nemen")) == 303
        status, km, zaak, _, besluiten, _ = _stand(app, aid)
        assert (status, km, zaak) == ("in_behandeling", _km_id(app, "km.jansen"), None)
        assert besluiten[-1][0] == "in_behandeling" and "Sanne Jansen" in besluiten[-1][2]
        assert page.get_by_role("button", name="Zaak maken").is_visible()
        toegankelijk(page)
        voor = _stand(app, aid)
        # Ongeldig: het tweede venster is verouderd. 409 met een melding; er verandert niets.
        assert verstuur(tweede, tweede.get_by_role("button", name="In behandeling nemen")) == 409
        assert "al in behandeling" in tweede.get_by_role("alert").inner_text()
        assert _stand(app, aid) == voor
        toegankelijk(tweede)
        # Youssef Bakker klikt op zijn oude pagina: de aanvraag is niet meer van hem te zien (need-to-know),
        # dus 404 met een Nederlandse melding, en er verandert niets.
        assert verstuur(bakker, bakker.get_by_role("button", name="In behandeling nemen")) == 404
        assert "geen toegang" in bakker.locator("main").inner_text()
        assert _stand(app, aid) == voor
        toegankelijk(bakker)
    # en via de API ziet Sanne Jansen haar aanvraag als de hare
    a = api_client(url, "km.jansen").get(f"/v1/aanvragen/{aid}").json()
    assert a["status"] == "in_behandeling" and a["klantmanagerId"] == _km_id(app, "km.jansen")


def _in_behandeling(page, url: str, aid: str) -> None:
    page.goto(f"{url}/aanvragen/{aid}")
    assert verstuur(page, page.get_by_role("button", name="In behandeling nemen")) == 303


def test_afwijzen_ongeldig_en_geldig(jansen, url_en_app):
    url, app = url_en_app
    aid = _ingediend(url, "inwoner.bram")
    page = jansen
    _in_behandeling(page, url, aid)
    voor = _stand(app, aid)
    # Ongeldig: een eigen grondslag, maar geen reden. 400, melding bij het veld, de grondslag staat er nog.
    page.get_by_label("Grondslag").fill("Pw art. 17 lid 1; Awb art. 4:5")
    page.get_by_label("Waarom wijst u af?").fill("kort")
    assert verstuur(page, page.get_by_role("button", name="Aanvraag afwijzen")) == 400
    assert "Schrijf waarom" in fout_bij_veld(page, "afwijs_motivering")
    assert page.get_by_label("Grondslag").input_value() == "Pw art. 17 lid 1; Awb art. 4:5"
    assert page.get_by_label("Waarom wijst u af?").input_value() == "kort"
    assert _stand(app, aid) == voor
    toegankelijk(page)
    # Geldig: afgewezen, met deze grondslag en reden in het besluitenlog; geen zaak.
    reden = "De inwoner heeft de gevraagde bankafschriften na de hersteltermijn niet gestuurd."
    page.get_by_label("Waarom wijst u af?").fill(reden)
    assert verstuur(page, page.get_by_role("button", name="Aanvraag afwijzen")) == 303
    status, _, zaak, _, besluiten, zaken = _stand(app, aid)
    assert (status, zaak, zaken) == ("afgewezen", None, voor[5])
    assert besluiten[-1] == ("afgewezen", "Pw art. 17 lid 1; Awb art. 4:5", reden)
    assert page.get_by_role("button", name="Aanvraag afwijzen").count() == 0
    assert "Afgewezen" in page.locator("main").inner_text()
    toegankelijk(page)


def test_zaak_maken_ongeldig_en_geldig(jansen, url_en_app):
    url, app = url_en_app
    aid = _ingediend(url, "inwoner.cor", melding={"eerdere_uitkering": "ioaw", "eerdere_meldingsdatum": "2026-06-15"})
    page = jansen
    _in_behandeling(page, url, aid)
    voor = _stand(app, aid)
    # Ongeldig: een motivering van twee woorden. 400, melding bij het veld, tekst en vinkje staan er nog.
    page.get_by_label("De melding voor de eerdere uitkering telt als melding").check()
    page.get_by_label("Motivering (niet verplicht)").fill("te kort")
    assert verstuur(page, page.get_by_role("button", name="Zaak maken")) == 400
    assert "Schrijf waarom" in fout_bij_veld(page, "motivering")
    assert page.get_by_label("Motivering (niet verplicht)").input_value() == "te kort"
    assert page.get_by_label("De melding voor de eerdere uitkering telt als melding").is_checked()
    assert _stand(app, aid) == voor
    toegankelijk(page)
    # Geldig: een zaak op naam van de inwoner, met de meldingsdatum van de eerdere aanvraag als ingang
    # (Pw art. 43 lid 6 en art. 44 lid 1); de inwoner is aan de zaak gekoppeld.
    page.get_by_label("Motivering (niet verplicht)").fill("")
    assert verstuur(page, page.get_by_role("button", name="Zaak maken")) == 303
    m = re.search(r"/zaken/([0-9a-f-]{36})$", page.url)
    assert m, page.url
    status, _, zaak_id, _, besluiten, zaken = _stand(app, aid)
    assert (status, zaak_id, zaken) == ("toegekend", m.group(1), voor[5] + 1)
    assert besluiten[-1][0] == "toegekend" and "art. 43 lid 6" in besluiten[-1][1]
    with app.state.sessies() as s:
        z = s.get(Zaak, zaak_id)
        assert (z.naam, z.ingangsdatum, z.klantmanager_id) == (
            "Cor Cornelis",
            dt.date(2026, 6, 15),
            _km_id(app, "km.jansen"),
        )
        assert s.scalar(select(Gebruiker.zaak_id).where(Gebruiker.gebruikersnaam == "inwoner.cor")) == zaak_id
    z = api_client(url, "km.jansen").get(f"/v1/zaken/{zaak_id}").json()
    assert z["ingangsdatum"] == "2026-06-15"
    toegankelijk(page)


def test_zaak_maken_zonder_geboortedatum_en_verkort(jansen, url_en_app):
    url, app = url_en_app
    # Zonder geboortedatum kan balans de norm niet kiezen: 400 met de melding bij het gegeven, geen zaak.
    aid = _ingediend(url, "inwoner.dina", geboortedatum=None)
    page = jansen
    _in_behandeling(page, url, aid)
    voor = _stand(app, aid)
    assert verstuur(page, page.get_by_role("button", name="Zaak maken")) == 400
    melding = page.get_by_role("alert").inner_text()
    assert "geboortedatum" in melding and "Vraag het na bij de inwoner" in melding
    doel = page.get_by_role("alert").get_by_role("link").get_attribute("href")
    assert page.locator(f"[id='{doel.lstrip('#')}']").count() == 1, doel  # de link gaat naar het gegeven
    assert _stand(app, aid) == voor
    toegankelijk(page)
    # Een verkorte aanvraag (Pw art. 43a) zonder het vinkje 'gecontroleerd': 400 bij het vinkje, geen zaak.
    with app.state.sessies() as s:
        a = s.get(Aanvraag, aid)
        a.verkort = True
        a.gegevens = {**a.gegevens, "persoon": {**a.gegevens["persoon"], "geboortedatum": "1990-05-01"}}
        s.commit()
    voor = _stand(app, aid)
    page.goto(f"{url}/aanvragen/{aid}")
    assert verstuur(page, page.get_by_role("button", name="Zaak maken")) == 400
    assert "verkorte aanvraag" in fout_bij_veld(page, "gegevens_geverifieerd")
    assert _stand(app, aid) == voor
    toegankelijk(page)
    page.get_by_label("Ik heb de gegevens van de vorige bijstand gecontroleerd").check()
    assert verstuur(page, page.get_by_role("button", name="Zaak maken")) == 303
    status, _, zaak_id, _, besluiten, zaken = _stand(app, aid)
    assert (status, zaken) == ("toegekend", voor[5] + 1) and "art. 43a" in besluiten[-1][1]
