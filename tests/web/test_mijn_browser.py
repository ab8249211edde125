# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""/mijn als Ferd in een echte browser (issue 14 item 4, issue 19 item 4): de volgende betaling is die van de
maandstaat, verwachte maanden en betalingen staan als verwachting, een brief opent en de PDF komt binnen, en een
andere inwoner kan Ferds brief niet openen. axe op 1280 en 390 px (tests.web.conftest.toegankelijk)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from balans.web.routes import _datum
from tests.hulp.netwerk import uvicorn_in_draad
from tests.web.conftest import api_client, inloggen, toegankelijk
from tests.web.mijn_hulp import ANDER, maak_demo

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def demo_url(tmp_path_factory):
    demo = maak_demo(tmp_path_factory.mktemp("mijn-browser") / "b.sqlite3")
    with uvicorn_in_draad(demo.app) as url:
        yield demo, url


def _euro(tekst: str) -> str:
    """'€ 716,23' -> '716.23'."""
    return tekst.replace("€", "").replace("\xa0", "").replace(".", "").replace(",", ".").strip()


def test_mijn_als_ferd(pagina, demo_url):
    demo, url = demo_url
    vandaag = dt.date.today()
    # Wat de maandstaat van de zaak zegt (API, de methode van de gemeente): de eerste betaling vanaf vandaag met geld.
    staat = api_client(url, "inwoner.ferd").get(f"/v1/zaken/{demo.ferd}/maandstaat").json()
    betalingen = staat["methoden"][staat["methode_standaard"]]["betalingen"]
    verwacht = next((b for b in betalingen if b["datum"] >= vandaag.isoformat() and b["bedrag"] != "0.00"), None)

    inloggen(pagina, url, "inwoner.ferd")
    assert pagina.url.endswith("/mijn")
    volgende = pagina.locator("#volgende-betaling")
    if verwacht is None:
        assert "geen betaling" in volgende.inner_text()
    else:
        tekst = volgende.inner_text()
        bedrag = re.search(r"€\s?[\d.]+,\d\d", tekst).group(0)
        assert _euro(bedrag) == verwacht["bedrag"], tekst
        assert _datum(verwacht["datum"]) in tekst, tekst

    # Per maand: een maand die nog niet voorbij is, of met verwacht loon, staat als verwachting.
    verwacht_loon = {p["maand"] for p in staat["toerekening"] if p["herkomst"] == "verwachting" and p["maand"]}
    rijen = pagina.get_by_role("table", name="Uw bijstand per maand").locator("tbody tr")
    assert rijen.count() == len(staat["maanden"]) == 12
    for i, m in enumerate(staat["maanden"]):
        status = rijen.nth(i).locator("td").first.inner_text()
        maand = dt.date.fromisoformat(m["maand"] + "-01")
        if m["maand"] in verwacht_loon or maand.year * 12 + maand.month >= vandaag.year * 12 + vandaag.month:
            assert status == "Verwachting", m["maand"]
        else:
            assert status in ("Vastgesteld", "Verwachting"), m["maand"]
    assert verwacht_loon  # Ferds verwachting (16 uur, € 12,50) loopt tot augustus 2027
    # Betalingen: wat vóór vandaag lag is betaald, de rest is een verwachting.
    bet = pagina.get_by_role("table", name="Betalingen van de gemeente").locator("tbody tr")
    met_geld = [b for b in betalingen if b["bedrag"] != "0.00"]
    assert bet.count() == len(met_geld)
    for i, b in enumerate(met_geld):
        status = bet.nth(i).locator("td").first.inner_text()
        assert status == ("Betaald" if b["datum"] < vandaag.isoformat() else "Verwachting"), b["datum"]
    toegankelijk(pagina)

    # De brief over zijn ontheffing opent; de PDF van de beschikking komt binnen.
    pagina.get_by_role("link", name="Besluit over uw ontheffing", exact=True).click()
    pagina.wait_for_load_state()
    assert pagina.url.endswith(f"/brieven/ontheffing/{demo.ontheffing}")
    assert "Ferd de Wit" in pagina.locator("body").inner_text()
    pagina.go_back()
    with pagina.expect_download() as d:
        pagina.get_by_role("link", name="PDF van besluit over uw bijstand").click()
    with open(d.value.path(), "rb") as f:
        assert f.read(5) == b"%PDF-"
    assert d.value.suggested_filename.startswith("beschikking-")

    # Een andere inwoner: Ferds brief bestaat voor hem niet.
    pagina.context.clear_cookies()
    inloggen(pagina, url, ANDER)
    r = pagina.goto(f"{url}/zaken/{demo.ferd}/brieven/ontheffing/{demo.ontheffing}")
    assert r.status == 404
    assert "Ferd" not in pagina.locator("body").inner_text()
    r = pagina.request.get(f"{url}/zaken/{demo.ferd}/brieven/ontheffing/{demo.ontheffing}.pdf")
    assert r.status == 404
