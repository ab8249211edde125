# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""De formulieren van de klantmanager die nog geen browsertest hadden (issue 14, item 5), en de geschiedenis.

Per formulier ongeldig: HTTP 400, een Nederlandse melding bij het veld, de invoer staat er nog, en via de
API is te zien dat er niets is opgeslagen. Geldig: het opgeslagen effect (niet alleen de status).
Voorbereiding (een plan, een ontheffing, een opgelegde maatregel) gaat via de API; het formulier zelf in de browser.
Eén server en één browsersessie (km.jansen) voor de hele module.
"""

from __future__ import annotations

import datetime as dt
import time

import httpx
import pytest

from tests.web.conftest import api_client, demo_server, fout_bij_veld, nieuwe_pagina, toegankelijk, verstuur

pytestmark = pytest.mark.browser
LANG = "Besproken met de persoon op het spreekuur; zij is het ermee eens."


@pytest.fixture(scope="module")
def url(tmp_path_factory):
    for u, _ in demo_server(tmp_path_factory, "formulieren"):
        yield u


@pytest.fixture(scope="module")
def km(browser, url):
    with nieuwe_pagina(browser, url, "km.jansen") as page:
        yield page


@pytest.fixture(scope="module")
def api(url):
    return api_client(url, "km.jansen")


def _zaken(api: httpx.Client) -> list[dict]:
    return api.get("/v1/zaken", params={"paginaGrootte": 100}).json()["_embedded"]["zaken"]


def _lopende_zaak(api: httpx.Client, nr: int) -> dict:
    """De nr-de zaak met bijstand in heel 2026 (niet Ferd, niet beëindigd)."""
    passend = [
        z
        for z in _zaken(api)
        if z["naam"] != "Ferd de Wit" and z["einddatum"] is None and (z["ingangsdatum"] or "") < "2026-01-01"
    ]
    assert len(passend) > nr, "te weinig passende demo-zaken"
    return passend[nr]


# --- participatie ---------------------------------------------------------------------------------


def test_ontheffing_verlengen_en_intrekken(km, api, url):
    z = _lopende_zaak(api, 0)
    r = api.post(
        f"/v1/zaken/{z['id']}/ontheffingen",
        json={
            "soort": "tijdelijk",
            "verplichtingen": ["arbeid"],
            "reden": "medisch",
            "van": "2026-11-01",
            "tot": "2027-02-28",
            "herbeoordeling": "2027-01-15",
            "motivering": "De huisarts schrijft dat herstel maanden duurt.",
        },
    )
    assert r.status_code == 201, r.text
    o = r.json()
    km.goto(f"{url}/zaken/{z['id']}/participatie")
    sectie = f"form[action='/zaken/{z['id']}/participatie/ontheffingen/{o['id']}/verlengen']"

    # Verlengen ongeldig: een motivering van twee woorden.
    km.locator(sectie).get_by_label("Nieuwe laatste dag").fill("2027-05-31")
    km.locator(sectie).get_by_label("Waarom?").fill("Duurt langer")
    assert verstuur(km, km.locator(sectie).get_by_role("button", name="Wijziging opslaan")) == 400
    assert "20 tekens" in fout_bij_veld(km, f"w{o['id']}_motivering")
    assert km.locator(f"#w{o['id']}_tot").input_value() == "2027-05-31"
    assert api.get(f"/v1/zaken/{z['id']}/ontheffingen/{o['id']}").json()["tot"] == "2027-02-28"
    toegankelijk(km)
    # Geldig: de nieuwe laatste dag staat in de ontheffing, de versie is hoger.
    km.locator(sectie).get_by_label("Waarom?").fill("Nieuw advies van de huisarts: nog drie maanden rust nodig.")
    assert verstuur(km, km.locator(sectie).get_by_role("button", name="Wijziging opslaan")) == 303
    na = api.get(f"/v1/zaken/{z['id']}/ontheffingen/{o['id']}").json()
    assert na["tot"] == "2027-05-31" and na["versie"] == o["versie"] + 1

    # Intrekken ongeldig: geen datum.
    sectie = f"form[action='/zaken/{z['id']}/participatie/ontheffingen/{o['id']}/intrekken']"
    km.locator(sectie).get_by_label("Waarom intrekken?").fill("Weer gezond volgens de huisarts, brief van 1 december.")
    assert verstuur(km, km.locator(sectie).get_by_role("button", name="Ontheffing intrekken")) == 400
    assert "Vul een datum in" in fout_bij_veld(km, f"i{o['id']}_per")
    assert km.locator(f"#i{o['id']}_motivering").input_value().startswith("Weer gezond")
    assert api.get(f"/v1/zaken/{z['id']}/ontheffingen/{o['id']}").json()["status"] == "actief"
    toegankelijk(km)
    km.locator(sectie).get_by_label("Vanaf welke dag gelden de verplichtingen weer?").fill("2026-12-15")
    assert verstuur(km, km.locator(sectie).get_by_role("button", name="Ontheffing intrekken")) == 303
    assert api.get(f"/v1/zaken/{z['id']}/ontheffingen/{o['id']}").json()["status"] == "ingetrokken"


def test_plan_activiteit_vaststellen_evalueren_afsluiten(km, api, url):
    z = _lopende_zaak(api, 1)
    r = api.post(
        f"/v1/zaken/{z['id']}/plannen",
        json={
            "doelen": ["Werk vinden in de zorg"],
            "afspraken": "Elke week twee sollicitaties.",
            "van": "2026-12-01",
            "evaluatie": "2027-03-01",
        },
    )
    assert r.status_code == 201, r.text
    plan = r.json()
    km.goto(f"{url}/zaken/{z['id']}/participatie")

    def activiteiten() -> list[dict]:
        return api.get(f"/v1/zaken/{z['id']}/activiteiten").json()["_embedded"]["activiteiten"]

    # Activiteit bij het plan, ongeldig: geen instrument gekozen.
    voor = activiteiten()
    form = f"form[action='/zaken/{z['id']}/participatie/plannen/{plan['id']}/activiteiten']"
    km.locator(form).get_by_label("Eerste dag van de activiteit").fill("2026-12-01")
    km.locator(form).get_by_label("Uren per week voor de activiteit").fill("8")
    assert verstuur(km, km.locator(form).get_by_role("button", name="Activiteit toevoegen")) == 400
    assert "instrument" in fout_bij_veld(km, f"a{plan['id']}_instrument").lower()
    assert km.locator(f"#a{plan['id']}_uren_per_week").input_value() == "8"
    assert activiteiten() == voor
    toegankelijk(km)
    km.locator(form).get_by_label("Instrument").select_option("sociale_activering")
    assert verstuur(km, km.locator(form).get_by_role("button", name="Activiteit toevoegen")) == 303
    nieuw = [a for a in activiteiten() if a not in voor]
    assert [
        (a["instrument"], a["urenPerWeek"] if "urenPerWeek" in a else a.get("uren_per_week"), a["van"]) for a in nieuw
    ] == [("sociale_activering", 8, "2026-12-01")], nieuw

    # Vaststellen ongeldig (te korte motivering), dan geldig.
    form = f"form[action='/zaken/{z['id']}/participatie/plannen/{plan['id']}/vaststellen']"
    km.locator(form).get_by_label("Motivering bij vaststellen").fill("Eens")
    assert verstuur(km, km.locator(form).get_by_role("button", name="Plan vaststellen")) == 400
    assert "20 tekens" in fout_bij_veld(km, f"v{plan['id']}_motivering")
    assert km.locator(f"#v{plan['id']}_motivering").input_value() == "Eens"
    assert api.get(f"/v1/zaken/{z['id']}/plannen/{plan['id']}").json()["status"] == "concept"
    km.locator(form).get_by_label("Motivering bij vaststellen").fill(LANG)
    assert verstuur(km, km.locator(form).get_by_role("button", name="Plan vaststellen")) == 303
    assert api.get(f"/v1/zaken/{z['id']}/plannen/{plan['id']}").json()["status"] == "vastgesteld"

    # Evalueren ongeldig (geen volgende datum), dan geldig: de evaluatiedatum schuift op.
    form = f"form[action='/zaken/{z['id']}/participatie/plannen/{plan['id']}/evalueren']"
    km.locator(form).get_by_label("Wat ging goed, wat moet anders?").fill("Gaat goed; de uren gaan in maart omhoog.")
    assert verstuur(km, km.locator(form).get_by_role("button", name="Evaluatie opslaan")) == 400
    assert "Vul een datum in" in fout_bij_veld(km, f"ev{plan['id']}_volgende")
    assert km.locator(f"#ev{plan['id']}_motivering").input_value().startswith("Gaat goed")
    assert api.get(f"/v1/zaken/{z['id']}/plannen/{plan['id']}").json()["evaluatie"] == "2027-03-01"
    toegankelijk(km)
    km.locator(form).get_by_label("Datum volgende evaluatie").fill("2027-06-01")
    assert verstuur(km, km.locator(form).get_by_role("button", name="Evaluatie opslaan")) == 303
    assert api.get(f"/v1/zaken/{z['id']}/plannen/{plan['id']}").json()["evaluatie"] == "2027-06-01"

    # Afsluiten ongeldig, dan geldig.
    form = f"form[action='/zaken/{z['id']}/participatie/plannen/{plan['id']}/afsluiten']"
    km.locator(form).get_by_label("Waarom afsluiten?").fill("Klaar")
    assert verstuur(km, km.locator(form).get_by_role("button", name="Plan afsluiten")) == 400
    assert "20 tekens" in fout_bij_veld(km, f"s{plan['id']}_motivering")
    assert api.get(f"/v1/zaken/{z['id']}/plannen/{plan['id']}").json()["status"] == "vastgesteld"
    km.locator(form).get_by_label("Waarom afsluiten?").fill("Doelen gehaald: vaste baan gevonden in de thuiszorg.")
    assert verstuur(km, km.locator(form).get_by_role("button", name="Plan afsluiten")) == 303
    assert api.get(f"/v1/zaken/{z['id']}/plannen/{plan['id']}").json()["status"] == "afgesloten"


def test_eigen_initiatief(km, api, url):
    z = _lopende_zaak(api, 1)

    def eigen() -> list[dict]:
        return [
            a
            for a in api.get(f"/v1/zaken/{z['id']}/activiteiten").json()["_embedded"]["activiteiten"]
            if a.get("planId", a.get("plan_id")) is None
        ]

    voor = eigen()
    km.goto(f"{url}/zaken/{z['id']}/participatie")
    form = f"form[action='/zaken/{z['id']}/participatie/activiteiten']"
    km.locator(form).get_by_label("Soort eigen activiteit").select_option("mantelzorg")
    km.locator(form).get_by_label("Uren per week eigen activiteit").fill("twaalf")
    km.locator(form).get_by_label("Vanaf").fill("2026-12-01")
    km.locator(form).get_by_label("Toelichting voor het dossier").fill("Zorgt elke dag voor haar zieke moeder.")
    assert verstuur(km, km.locator(form).get_by_role("button", name="Eigen initiatief vastleggen")) == 400
    assert "heel getal" in fout_bij_veld(km, "e_uren_per_week")
    assert km.locator("#e_uren_per_week").input_value() == "twaalf"
    assert km.locator("#e_instrument").input_value() == "mantelzorg"
    assert eigen() == voor
    toegankelijk(km)
    km.locator(form).get_by_label("Uren per week eigen activiteit").fill("12")
    assert verstuur(km, km.locator(form).get_by_role("button", name="Eigen initiatief vastleggen")) == 303
    nieuw = [a for a in eigen() if a not in voor]
    assert len(nieuw) == 1 and nieuw[0]["instrument"] == "mantelzorg" and nieuw[0]["van"] == "2026-12-01"
    assert "Mantelzorg" in km.locator("#eigen ~ ul").first.inner_text()


# --- maatregelen: beslissen ongeldig, herzien ---------------------------------------------------


def test_maatregel_beslissen_ongeldig_en_herzien(km, api, url):
    z = _lopende_zaak(api, 2)
    r = api.post(
        f"/v1/zaken/{z['id']}/maatregelen",
        json={
            "categorie": "categorie_2",
            "signaal_datum": "2026-10-20",
            "gedraging": "Niet naar de afspraak met de jobcoach gekomen.",
        },
    )
    assert r.status_code == 201, r.text
    m = r.json()
    r = api.post(
        r.headers["Location"] + "/stappen",
        headers={"If-Match": r.headers["ETag"]},
        json={"soort": "horen", "wijze": "gesprek", "datum": "2026-10-22", "zienswijze": "Ik was het vergeten."},
    )
    assert r.status_code == 201, r.text
    km.goto(f"{url}/zaken/{z['id']}/maatregelen")
    sectie = km.locator(f"#maatregel-{m['id']}")

    # Beslissen ongeldig: niet gekozen of de persoon iets te verwijten valt.
    sectie.get_by_label("Zijn er dringende redenen?").select_option("nee")
    sectie.get_by_label("Waarom beslist u zo?").fill("De afspraak stond in de brief van 10 oktober.")
    assert verstuur(km, sectie.get_by_role("button", name="Beslissen")) == 400
    assert fout_bij_veld(km, f"m{m['id']}_verwijtbaar")
    assert km.locator(f"#m{m['id']}_motivering").input_value().startswith("De afspraak stond")
    assert km.locator(f"#m{m['id']}_dringende_redenen").input_value() == "nee"
    assert api.get(f"/v1/zaken/{z['id']}/maatregelen/{m['id']}").json()["status"] == "gehoord"
    toegankelijk(km)
    sectie = km.locator(f"#maatregel-{m['id']}")
    sectie.get_by_label("Valt de persoon iets te verwijten?").select_option("ja")
    sectie.get_by_label("Eerste maand van de verlaging").fill("2026-12")
    assert verstuur(km, sectie.get_by_role("button", name="Beslissen")) == 303
    opgelegd = api.get(f"/v1/zaken/{z['id']}/maatregelen/{m['id']}").json()
    assert opgelegd["status"] == "opgelegd" and opgelegd["ingang"][:7] == "2026-12"
    ber = {r["maand"][:7]: r for r in api.get(f"/v1/zaken/{z['id']}/berekening").json()["maanden"]}
    assert ber["2026-12"]["verlaging"] != "0.00"

    # Herzien ongeldig: een maand die geen maand is.
    sectie = km.locator(f"#maatregel-{m['id']}")
    sectie.get_by_label("Geen verlaging meer vanaf (maand)").fill("december")
    sectie.get_by_label("Waarom herziet u?").fill("Komt sinds november weer op elke afspraak.")
    assert verstuur(km, sectie.get_by_role("button", name="Herzien")) == 400
    assert fout_bij_veld(km, f"m{m['id']}_vanaf")
    assert km.locator(f"#m{m['id']}_vanaf").input_value() == "december"
    assert api.get(f"/v1/zaken/{z['id']}/maatregelen/{m['id']}").json()["status"] == "opgelegd"
    toegankelijk(km)
    # Geldig: vanaf december geen verlaging meer; de berekening van december is weer zonder verlaging.
    sectie = km.locator(f"#maatregel-{m['id']}")
    sectie.get_by_label("Geen verlaging meer vanaf (maand)").fill("2026-12")
    assert verstuur(km, sectie.get_by_role("button", name="Herzien")) == 303
    assert api.get(f"/v1/zaken/{z['id']}/maatregelen/{m['id']}").json()["status"] == "herzien"
    ber = {r["maand"][:7]: r for r in api.get(f"/v1/zaken/{z['id']}/berekening").json()["maanden"]}
    assert ber["2026-12"]["verlaging"] == "0.00"


# --- de geschiedenis in woorden en 'wat was bekend op' --------------------------------------------


def test_historie_in_woorden_en_wat_was_bekend_op(km, api, url):
    z = _lopende_zaak(api, 3)
    voor = {r["maand"][:7]: r["vastgesteld"] for r in api.get(f"/v1/zaken/{z['id']}/berekening").json()["maanden"]}
    time.sleep(1.1)  # het moment hieronder (op de seconde) ligt zeker na het aanmaken en vóór de wijziging
    moment = dt.datetime.now().strftime("%Y-%m-%d %H:%M:%S")
    time.sleep(1.1)
    km.goto(f"{url}/zaken/{z['id']}")
    form = km.locator(f"form[action='/zaken/{z['id']}/inkomen']")
    form.get_by_label("Maand", exact=True).select_option("2026-03")
    form.get_by_label("Netto loon in die maand, in euro").fill("489,00")
    form.get_by_label("Reden (bijvoorbeeld: loonstrook ontvangen, correctie werkgever)").fill("loonstrook ontvangen")
    assert verstuur(km, form.get_by_role("button", name="Inkomen opslaan")) == 303
    na = {r["maand"][:7]: r["vastgesteld"] for r in api.get(f"/v1/zaken/{z['id']}/berekening").json()["maanden"]}
    assert na["2026-03"] != voor["2026-03"]

    km.goto(f"{url}/zaken/{z['id']}/historie")
    eerste = km.locator("#gebeurd ~ ol li").first.inner_text()
    assert "Sanne Jansen" in eerste
    assert "de gegevens van maart 2026 (arbeid netto € 489,00)" in eerste and "Reden: loonstrook ontvangen" in eerste
    assert "maakte aan" in km.locator("main").inner_text() or "bekeek de zaakpagina" in km.locator("main").inner_text()
    toegankelijk(km)

    # Ongeldig: geen moment dat bestaat. 400, de melding bij het veld, de invoer staat er nog.
    km.get_by_label("Bekend op (datum en tijd)").fill("gisteren")
    assert verstuur(km, km.get_by_role("button", name="Toon wat toen bekend was")) == 400
    assert "datum en tijd" in fout_bij_veld(km, "bekend_op")
    assert km.get_by_label("Bekend op (datum en tijd)").input_value() == "gisteren"
    toegankelijk(km)

    # Geldig: toen de stand van vóór het loon, nu die van erna; het verschil staat erbij, de wijziging is 'later'.
    km.get_by_label("Bekend op (datum en tijd)").fill(moment)
    assert verstuur(km, km.get_by_role("button", name="Toon wat toen bekend was")) == 200
    rij = km.locator("#toen-en-nu tr", has=km.locator("th", has_text="maart 2026")).inner_text()

    def euro(tekst: str) -> str:
        e, c = tekst.split(".")
        return f"€ {int(e):,}".replace(",", ".") + f",{c}"

    assert euro(voor["2026-03"]) in rij and euro(na["2026-03"]) in rij, rij
    assert "−" in rij  # meer loon: minder bijstand
    assert "(later)" in km.locator("#gebeurd ~ ol li").first.inner_text()
    toegankelijk(km)
