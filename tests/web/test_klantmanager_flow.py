# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""De route van de klantmanager in een echte browser (issue 7): caseload → zaak → plan van aanpak →
ontheffing → maatregel met horen → brief. Elke pagina zonder WCAG 2.1 AA-schendingen (axe)."""

from __future__ import annotations

import httpx
import pytest

from tests.web.conftest import api_client, inloggen, toegankelijk

pytestmark = pytest.mark.browser


def _zaak_zonder_maatregel(c: httpx.Client) -> dict:
    """Een zaak van deze klantmanager waarin nog geen maatregel loopt, zodat de pagina's voorspelbaar zijn."""
    zaken = c.get("/v1/zaken", params={"paginaGrootte": 100}).json()["_embedded"]["zaken"]
    for z in reversed(zaken):
        r = c.get(f"/v1/zaken/{z['id']}/maatregelen")
        assert r.status_code == 200, r.text
        if not r.json()["_embedded"]["maatregelen"]:
            return z
    pytest.fail("geen zaak zonder maatregel in de demo")


def test_klantmanager_van_caseload_tot_brief(pagina, basis_url):
    api = api_client(basis_url, "km.jansen")
    zaak = _zaak_zonder_maatregel(api)
    zaak_url = f"{basis_url}/zaken/{zaak['id']}"

    inloggen(pagina, basis_url, "km.jansen")
    pagina.get_by_role("link", name="Caseload").click()
    assert pagina.get_by_role("heading", level=1).is_visible()
    toegankelijk(pagina)

    pagina.goto(zaak_url)
    toegankelijk(pagina)

    # Plan van aanpak: concept met twee doelen, een activiteit uit de catalogus, vaststellen.
    pagina.get_by_role("link", name="Participatie: plan van aanpak, activiteiten en ontheffingen").click()
    toegankelijk(pagina)
    nieuw_plan = pagina.locator(f"form[action='/zaken/{zaak['id']}/participatie/plannen']")
    nieuw_plan.get_by_label("Doelen").fill("Een vast dagritme opbouwen\nBeter Nederlands spreken")
    nieuw_plan.get_by_label("Afspraken en verplichtingen").fill(
        "U gaat twee ochtenden per week naar de buurtwerkplaats."
    )
    nieuw_plan.get_by_label("Begindatum plan").fill("2026-12-01")
    nieuw_plan.get_by_label("Eerste evaluatie van het plan").fill("2027-03-01")
    nieuw_plan.get_by_role("button", name="Plan maken (concept)").click()
    plannen = api.get(f"/v1/zaken/{zaak['id']}/plannen").json()["_embedded"]["plannen"]
    plan = next(p for p in plannen if "Een vast dagritme opbouwen" in p["doelen"])
    assert plan["status"] == "concept"
    activiteit = pagina.locator(f"form[action='/zaken/{zaak['id']}/participatie/plannen/{plan['id']}/activiteiten']")
    activiteit.get_by_label("Instrument").select_option("sociale_activering")
    activiteit.get_by_label("Eerste dag van de activiteit").fill("2026-12-01")
    activiteit.get_by_label("Laatste dag van de activiteit").fill("2027-05-31")
    activiteit.get_by_label("Uren per week voor de activiteit").fill("8")
    activiteit.get_by_role("button", name="Activiteit toevoegen").click()
    vaststellen = pagina.locator(f"form[action='/zaken/{zaak['id']}/participatie/plannen/{plan['id']}/vaststellen']")
    vaststellen.get_by_label("Motivering bij vaststellen").fill(
        "Samen besproken op 24 november; mevrouw is het ermee eens."
    )
    vaststellen.get_by_role("button", name="Plan vaststellen").click()
    toegankelijk(pagina)
    plan = api.get(f"/v1/zaken/{zaak['id']}/plannen/{plan['id']}").json()
    assert plan["status"] == "vastgesteld"

    # Tijdelijke ontheffing van de arbeidsplicht (art. 9 lid 2), met herbeoordeling.
    onth = pagina.locator(f"form[action='/zaken/{zaak['id']}/participatie/ontheffingen']")
    onth.get_by_label("Soort ontheffing").select_option("tijdelijk")
    onth.locator("#o_verplichting_arbeid").check()
    onth.get_by_label("Reden", exact=True).select_option("mantelzorg")
    onth.get_by_label("Eerste dag van de ontheffing").fill("2026-12-01")
    onth.get_by_label("Laatste dag van de ontheffing").fill("2027-05-31")
    onth.get_by_label("Datum herbeoordeling").fill("2027-03-01")
    onth.get_by_label("Motivering van de ontheffing").fill(
        "Zorgt elke dag voor haar zieke moeder; werk zoeken kan nu niet."
    )
    onth.get_by_role("button", name="Ontheffing verlenen").click()
    toegankelijk(pagina)
    ontheffingen = api.get(f"/v1/zaken/{zaak['id']}/ontheffingen").json()["_embedded"]["ontheffingen"]
    ontheffing = next(o for o in ontheffingen if o["motivering"].startswith("Zorgt elke dag"))
    assert ontheffing["verplichtingen"] == ["arbeid"] and ontheffing["herbeoordeling"] == "2027-03-01"
    pagina.goto(zaak_url)

    # Maatregel: signaal → horen → beslissen (verwijtbaar, geen dringende redenen) → opgelegd.
    pagina.get_by_role("link", name="Maatregelen").click()
    toegankelijk(pagina)
    nieuw = pagina.locator(f"form[action='/zaken/{zaak['id']}/maatregelen']")
    nieuw.get_by_label("Categorie uit de verordening").select_option("categorie_2")
    nieuw.get_by_label("Wat is er gebeurd?").fill("Niet verschenen op twee afspraken over het plan van aanpak.")
    nieuw.get_by_label("Datum waarop het gebeurde").fill("2026-11-10")
    nieuw.get_by_role("button", name="Signaal vastleggen").click()
    sectie = pagina.locator("section", has_text="Niet verschenen op twee afspraken")
    assert sectie.get_by_role("button", name="Horen vastleggen").is_visible()
    toegankelijk(pagina)
    sectie.get_by_label("Hoe is de persoon gehoord?").select_option(index=1)
    sectie.get_by_label("Datum van het horen").fill("2026-11-17")
    sectie.get_by_label("Wat zei de persoon?").fill("Ik was de brief met de datum kwijt en schaam me ervoor.")
    sectie.get_by_role("button", name="Horen vastleggen").click()
    sectie = pagina.locator("section", has_text="Niet verschenen op twee afspraken")
    sectie.get_by_label("Valt de persoon iets te verwijten?").select_option("ja")
    sectie.get_by_label("Zijn er dringende redenen?").select_option("nee")
    sectie.get_by_label("Waarom beslist u zo?").fill(
        "Twee afspraken gemist zonder bericht; eerder is hierover uitgelegd."
    )
    sectie.get_by_role("button", name="Beslissen").click()
    toegankelijk(pagina)

    # De verlaging zit in de berekening van de ingangsmaand, en niet in de maand ervoor.
    m = api.get(f"/v1/zaken/{zaak['id']}/maatregelen").json()["_embedded"]["maatregelen"][0]
    assert m["status"] == "opgelegd"
    ingang = m["ingang"][:7]
    maanden = {r["maand"][:7]: r for r in api.get(f"/v1/zaken/{zaak['id']}/berekening").json()["maanden"]}
    if ingang in maanden:
        assert maanden[ingang]["verlaging"] != "0.00"
        vorige = sorted(k for k in maanden if k < ingang)
        if vorige:
            assert maanden[vorige[-1]]["verlaging"] == "0.00"

    # De brief over de maatregel: B1, met het percentage en de wettelijke bijlage; ook als PDF.
    pagina.goto(f"{zaak_url}/maatregelen")
    sectie = pagina.locator("section", has_text="Niet verschenen op twee afspraken")
    sectie.get_by_role("link", name="Brief: besluit over de maatregel").click()
    assert pagina.get_by_role("heading", name="Wat hebben we besloten?").is_visible()
    assert pagina.get_by_text("30%").first.is_visible()
    assert pagina.get_by_text("Twee afspraken gemist zonder bericht").first.is_visible()
    toegankelijk(pagina)
    pdf = pagina.request.get(pagina.url + ".pdf")
    assert pdf.status == 200 and pdf.body()[:4] == b"%PDF"
    # en de brieven over het plan en de ontheffing
    for soort, nr, kop in (("plan", plan["id"], None), ("ontheffing", ontheffing["id"], None)):
        pagina.goto(f"{zaak_url}/brieven/{soort}/{nr}")
        assert pagina.get_by_role("heading", level=1).is_visible(), soort
        toegankelijk(pagina)


def test_beleidsmedewerker_monitoring_zonder_personen(pagina, basis_url):
    api = api_client(basis_url, "km.jansen")
    namen = [z["naam"] for z in api.get("/v1/zaken", params={"paginaGrootte": 100}).json()["_embedded"]["zaken"]]
    inloggen(pagina, basis_url, "beleid.de.vries")
    pagina.get_by_role("link", name="Monitoring").click()
    assert pagina.get_by_role("heading", level=1).is_visible()
    inhoud = pagina.content()
    assert not any(n in inhoud for n in namen)
    toegankelijk(pagina)
