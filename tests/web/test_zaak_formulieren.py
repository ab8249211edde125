# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""De formulieren van de zaakpagina in een echte browser (issue 14): inkomen doorgeven en de bijstand beëindigen.

Elk formulier geldig en ongeldig; daarna kijken we via de API wat er is opgeslagen (niet alleen de status).
"""

from __future__ import annotations

import pytest

from tests.web.conftest import api_client, inloggen, toegankelijk

pytestmark = pytest.mark.browser


def _zaak(api, *, lopend: bool = True, niet: tuple[str, ...] = ()) -> dict:
    zaken = api.get("/v1/zaken", params={"paginaGrootte": 100}).json()["_embedded"]["zaken"]
    for z in zaken:
        if (
            z["naam"] != "Ferd de Wit"
            and z["id"] not in niet
            and (z["einddatum"] is None) == lopend
            and (z["ingangsdatum"] or "") < "2026-01-01"
        ):  # bijstand in heel 2026, zodat elke maand meetelt
            return z
    pytest.fail("geen passende zaak in de demo")


def test_inkomen_doorgeven_geldig_en_ongeldig(pagina, basis_url):
    api = api_client(basis_url, "km.jansen")
    z = _zaak(api)
    zaak_url = f"{basis_url}/zaken/{z['id']}"
    inloggen(pagina, basis_url, "km.jansen")
    pagina.goto(zaak_url)
    form = pagina.locator(f"form[action='/zaken/{z['id']}/inkomen']")

    # Ongeldig: een bedrag dat geen bedrag is. 400, de melding bij het veld, de invoer blijft staan, niets opgeslagen.
    form.get_by_label("Maand", exact=True).select_option("2026-03")
    form.get_by_label("Netto loon in die maand, in euro").fill("veel")
    with pagina.expect_response(lambda r: r.request.method == "POST") as antwoord:
        form.get_by_role("button", name="Inkomen opslaan").click()
    assert antwoord.value.status == 400
    assert pagina.locator("#netto-fout").inner_text().startswith("Vul het netto inkomen in euro's in")
    form = pagina.locator(f"form[action='/zaken/{z['id']}/inkomen']")
    assert form.get_by_label("Netto loon in die maand, in euro").input_value() == "veel"
    assert form.get_by_label("Maand", exact=True).input_value() == "2026-03"
    toegankelijk(pagina)
    na = api.get(f"/v1/zaken/{z['id']}")
    assert na.headers["ETag"] == f'"{z["versie"]}"'

    # Geldig: € 489,00 loon in maart. De maand krijgt arbeid 489.00; de versie gaat één omhoog.
    form.get_by_label("Netto loon in die maand, in euro").fill("489,00")
    form.get_by_label("Reden (bijvoorbeeld: loonstrook ontvangen, correctie werkgever)").fill("loonstrook ontvangen")
    form.get_by_role("button", name="Inkomen opslaan").click()
    assert "opgeslagen=inkomen" in pagina.url
    zaak = api.get(f"/v1/zaken/{z['id']}").json()
    assert zaak["versie"] == z["versie"] + 1
    maart = zaak["casus"]["maanden"]["2026-03"]
    assert {"soort": "arbeid", "netto": "489.00"} in [{k: i[k] for k in ("soort", "netto")} for i in maart["inkomsten"]]
    assert "maart 2026: arbeid, netto € 489,00" in pagina.locator("main").inner_text()


def test_bijstand_beeindigen_geldig_en_ongeldig(pagina, basis_url):
    api = api_client(basis_url, "km.jansen")
    z = _zaak(api)
    zaak_url = f"{basis_url}/zaken/{z['id']}"
    inloggen(pagina, basis_url, "km.jansen")
    pagina.goto(zaak_url)
    form = pagina.locator(f"form[action='/zaken/{z['id']}/beeindigen']")

    # Ongeldig: geen reden gekozen. 400, melding bij het veld, datum blijft staan, niets opgeslagen.
    form.get_by_label("Laatste dag met bijstand").fill("2026-10-31")
    with pagina.expect_response(lambda r: r.request.method == "POST") as antwoord:
        form.get_by_role("button", name="Bijstand beëindigen").click()
    assert antwoord.value.status == 400
    assert "Kies de reden" in pagina.locator("#eind_reden-fout").inner_text()
    form = pagina.locator(f"form[action='/zaken/{z['id']}/beeindigen']")
    assert form.get_by_label("Laatste dag met bijstand").input_value() == "2026-10-31"
    toegankelijk(pagina)
    assert api.get(f"/v1/zaken/{z['id']}").json()["einddatum"] is None

    # Geldig: einde op 31 oktober 2026 wegens werk. Daarna geen recht in november en december.
    form.get_by_label("Reden van het einde").select_option("werk")
    form.get_by_label("Toelichting voor het besluit (mag leeg)").fill("Vaste baan als chauffeur.")
    form.get_by_role("button", name="Bijstand beëindigen").click()
    assert "opgeslagen=einde" in pagina.url
    zaak = api.get(f"/v1/zaken/{z['id']}").json()
    assert (zaak["einddatum"], zaak["eindeReden"], zaak["status"]) == ("2026-10-31", "werk", "beeindigd")
    ber = {m["maand"]: m for m in api.get(f"/v1/zaken/{z['id']}/berekening").json()["maanden"]}
    assert ber["2026-11"]["vastgesteld"] == ber["2026-12"]["vastgesteld"] == "0.00"
    assert "31 oktober 2026" in pagina.locator("#einde + dl").inner_text()
    toegankelijk(pagina)
    pagina.get_by_role("link", name="brief (HTML)").first.click()
    assert pagina.get_by_role("heading", level=1).inner_text() == "Onderwerp: Besluit: uw bijstand stopt"
    assert "31 oktober 2026" in pagina.locator("main").inner_text()
    toegankelijk(pagina)
