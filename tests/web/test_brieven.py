# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""De maatregelbrief in een echte browser: de klantmanager legt via de API een maatregel op en opent de
brief; de pagina heeft geen WCAG 2.1 AA-schendingen (axe), de PDF begint met %PDF, km.bakker krijgt 404."""

from __future__ import annotations

import httpx
import pytest

from tests.web.conftest import api_client, inloggen, toegankelijk

pytestmark = pytest.mark.browser


def _opgelegde_maatregel(c: httpx.Client) -> tuple[str, dict]:
    """Meld, hoor en beslis in een zaak van deze klantmanager; geeft (zaak-id, de maatregel als JSON)."""
    zaken = c.get("/v1/zaken", params={"paginaGrootte": 100}).json()["_embedded"]["zaken"]
    for z in zaken:
        r = c.post(
            f"/v1/zaken/{z['id']}/maatregelen",
            json={
                "categorie": "categorie_2",
                "signaal_datum": "2026-10-20",
                "gedraging": "Niet naar de afspraak met de jobcoach gekomen.",
            },
        )
        if r.status_code != 201:
            continue
        url = r.headers["Location"] + "/stappen"
        r = c.post(
            url,
            headers={"If-Match": r.headers["ETag"]},
            json={
                "soort": "horen",
                "wijze": "gesprek",
                "datum": "2026-10-22",
                "zienswijze": "Ik was de afspraak vergeten.",
            },
        )
        assert r.status_code == 201, r.text
        r = c.post(
            url,
            headers={"If-Match": r.headers["ETag"]},
            json={
                "soort": "beoordelen",
                "verwijtbaar": True,
                "dringende_redenen": False,
                "ingang": "2026-12",
                "motivering": "U had de afspraak schriftelijk gekregen.",
            },
        )
        if r.status_code == 201 and r.json()["status"] == "opgelegd":
            return z["id"], r.json()
    pytest.fail("geen zaak waarin een maatregel kon worden opgelegd")


def test_maatregelbrief_in_de_browser(pagina, basis_url):
    api = api_client(basis_url, "km.jansen")
    zaak_id, m = _opgelegde_maatregel(api)
    href = m["_links"]["brief"]["href"]
    assert href == f"/zaken/{zaak_id}/brieven/maatregel/{m['id']}"

    inloggen(pagina, basis_url, "km.jansen")
    pagina.goto(basis_url + href)
    assert pagina.locator("h1").inner_text() == "Onderwerp: Besluit: uw bijstand wordt lager"
    assert "Niet naar de afspraak met de jobcoach gekomen." in pagina.content()
    assert "Ik was de afspraak vergeten." in pagina.content()
    assert "December 2026:" in pagina.locator("main").inner_text()
    toegankelijk(pagina)

    r = api.get(href + ".pdf")
    assert r.status_code == 200 and r.content.startswith(b"%PDF")
    # De waarschuwingsbrief bestaat niet voor een opgelegde verlaging; km.bakker ziet deze zaak niet.
    assert api.get(f"/zaken/{zaak_id}/brieven/waarschuwing/{m['id']}").status_code == 404
    assert api_client(basis_url, "km.bakker").get(href).status_code == 404
