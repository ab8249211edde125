# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Op een telefoon (issue 14, item 8): elke pagina zonder zijwaarts scrollen op 320 px, axe op 390 en 1280 px.

De meeste pagina's komen in de andere browsertests langs (tests.web.conftest.toegankelijk doet alle drie de
breedtes); hier de pagina's die daar niet langskomen, en een controle dat de meting zelf iets ziet.
"""

from __future__ import annotations

import pytest

from tests.web.conftest import api_client, inloggen, toegankelijk, zijwaarts

pytestmark = pytest.mark.browser


def test_meting_ziet_zijwaarts_scrollen_en_een_tabel_in_een_scrollvak_niet(pagina):
    pagina.set_viewport_size({"width": 320, "height": 600})
    pagina.set_content('<html lang="nl"><body><main><div style="width:600px">breed</div></main></body></html>')
    assert zijwaarts(pagina) > 0
    pagina.set_content(
        '<html lang="nl"><body><main><div style="overflow-x:auto" tabindex="0" role="region" '
        'aria-label="Tabel"><div style="width:600px">breed</div></div></main></body></html>'
    )
    assert zijwaarts(pagina) <= 0


def test_pagina_van_de_inwoner_en_fouten_op_een_telefoon(pagina, basis_url):
    inloggen(pagina, basis_url, "inwoner.ferd")
    for pad in ("/mijn", "/mijn/participatie"):
        pagina.goto(basis_url + pad)
        toegankelijk(pagina)
    pagina.goto(basis_url + "/bestaat-niet")
    toegankelijk(pagina)


def test_pagina_van_de_klantmanager_op_een_telefoon(pagina, basis_url):
    api = api_client(basis_url, "km.jansen")
    zaak = api.get("/v1/zaken", params={"paginaGrootte": 1}).json()["_embedded"]["zaken"][0]
    inloggen(pagina, basis_url, "km.jansen")
    for pad in (
        "/zaken",
        "/caseload",
        "/aanvragen",
        f"/zaken/{zaak['id']}",
        f"/zaken/{zaak['id']}/historie",
        f"/zaken/{zaak['id']}/beschikking",
        f"/zaken/{zaak['id']}/participatie",
        f"/zaken/{zaak['id']}/maatregelen",
    ):
        r = pagina.goto(basis_url + pad)
        assert r.status == 200, pad
        toegankelijk(pagina)
    # De tabellen van de zaak zijn met de Tab-toets te bereiken (axe 'scrollable-region-focusable').
    pagina.goto(f"{basis_url}/zaken/{zaak['id']}")
    vakken = pagina.locator(".utrecht-table-container")
    assert vakken.count() >= 2
    for i in range(vakken.count()):
        v = vakken.nth(i)
        assert v.get_attribute("tabindex") == "0" and v.get_attribute("role") == "region"
        assert v.get_attribute("aria-label").startswith("Tabel: ")
