# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Het formulier 'Kenmerken met een datum' op de zaakpagina (issue 15, punt 1) in een echte browser: ongeldig
(een 'tot' vóór 'van'; een kenmerk voor de verkeerde persoon) en geldig. Daarna kijken we via de API wat er is
opgeslagen en wat het doet met de berekening."""

from __future__ import annotations

import pytest

from tests.web.conftest import api_client, inloggen, toegankelijk
from tests.web.test_zaak_formulieren import _zaak

pytestmark = pytest.mark.browser


def _artikelen(api, zaak_id: str, maand: str) -> list[str]:
    maanden = api.get(f"/v1/zaken/{zaak_id}/berekening").json()["maanden"]
    return [s["artikel"] for m in maanden if m["maand"] == maand for s in m["uitleg"]]


def test_kenmerk_met_datum_geldig_en_ongeldig(pagina, basis_url):
    api = api_client(basis_url, "km.jansen")
    z = _zaak(api)
    inloggen(pagina, basis_url, "km.jansen")
    pagina.goto(f"{basis_url}/zaken/{z['id']}")
    actie = f"form[action='/zaken/{z['id']}/kenmerken']"
    form = pagina.locator(actie)

    # Ongeldig 1: de laatste dag ligt vóór de eerste. 400, de melding van de casus bij 'Laatste dag', invoer blijft.
    form.get_by_label("Voor wie").select_option("aanvrager")
    form.get_by_label("Kenmerk").select_option("inrichting")
    form.get_by_label("Geldt het?").select_option("datum")
    form.get_by_label("Eerste dag (mag leeg)").fill("2026-06-01")
    form.get_by_label("Laatste dag (mag leeg)").fill("2026-05-01")
    with pagina.expect_response(lambda r: r.request.method == "POST") as antwoord:
        form.get_by_role("button", name="Kenmerk opslaan").click()
    assert antwoord.value.status == 400
    assert "vóór" in pagina.locator("#km_tot-fout").inner_text()
    form = pagina.locator(actie)
    assert form.get_by_label("Eerste dag (mag leeg)").input_value() == "2026-06-01"
    assert form.get_by_label("Kenmerk").input_value() == "inrichting"
    toegankelijk(pagina)
    assert api.get(f"/v1/zaken/{z['id']}").headers["ETag"] == f'"{z["versie"]}"'  # niets opgeslagen

    # Ongeldig 2: 'heeft zelf recht op bijstand' (art. 24) geldt alleen voor de partner.
    form.get_by_label("Kenmerk").select_option("rechthebbend")
    with pagina.expect_response(lambda r: r.request.method == "POST") as antwoord:
        form.get_by_role("button", name="Kenmerk opslaan").click()
    assert antwoord.value.status == 400
    assert "alleen gelden voor de partner" in pagina.locator("#km_kenmerk-fout").inner_text()
    assert api.get(f"/v1/zaken/{z['id']}").headers["ETag"] == f'"{z["versie"]}"'

    # Geldig: de aanvrager verblijft vanaf 1 juni 2026 in een inrichting (art. 23). Opgeslagen als {van} in de casus;
    # in mei verandert niets, vanaf juni rekent de norm met art. 23.
    assert not [a for a in _artikelen(api, z["id"], "2026-06") if a.startswith("Pw art. 23")]
    form = pagina.locator(actie)
    form.get_by_label("Kenmerk").select_option("inrichting")
    form.get_by_label("Laatste dag (mag leeg)").fill("")
    form.get_by_label("Reden (bijvoorbeeld: verklaring arts ontvangen)").fill("opname verpleeghuis")
    form.get_by_role("button", name="Kenmerk opslaan").click()
    assert "opgeslagen=kenmerk" in pagina.url
    zaak = api.get(f"/v1/zaken/{z['id']}").json()
    assert zaak["versie"] == z["versie"] + 1
    assert zaak["casus"]["huishouden"]["aanvrager"]["inrichting"] == {"van": "2026-06-01"}
    assert [a for a in _artikelen(api, z["id"], "2026-06") if a.startswith("Pw art. 23")]
    assert not [a for a in _artikelen(api, z["id"], "2026-05") if a.startswith("Pw art. 23")]
    assert (
        "Aanvrager: verblijft in een inrichting (Pw art. 23): ja, vanaf 1 juni 2026"
        in pagina.locator("main").inner_text()
    )
