# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Elk formulier van de klantmanager in een echte browser, ongeldig en geldig (issue 14, item 5).

Bij ongeldige invoer: HTTP 400, een Nederlandse melding bij het veld, de invoer staat er nog, en er
is niets opgeslagen (nagekeken via de API). Bij geldige invoer: het opgeslagen effect, niet alleen de status.
"""

from __future__ import annotations

import calendar

import httpx
import pytest

from tests.web.conftest import api_client, fout_bij_veld, inloggen, toegankelijk, verstuur

pytestmark = pytest.mark.browser


def _zaken(api: httpx.Client) -> list[dict]:
    return api.get("/v1/zaken", params={"paginaGrootte": 100}).json()["_embedded"]["zaken"]


def _casus(api: httpx.Client, zaak_id: str) -> dict:
    r = api.get(f"/v1/zaken/{zaak_id}")
    assert r.status_code == 200, r.text
    return r.json()["casus"]


def _zaak(api: httpx.Client, partner: bool) -> dict:
    for z in _zaken(api):
        if bool(_casus(api, z["id"])["huishouden"].get("partner")) == partner:
            return z
    pytest.fail(f"geen demo-zaak {'met' if partner else 'zonder'} partner")


def test_maatwerk_nederlandse_bedragen_en_tweede_bevestiging(pagina, basis_url):
    api = api_client(basis_url, "km.jansen")
    zaak = _zaak(api, partner=False)
    maanden = [r for r in api.get(f"/v1/zaken/{zaak['id']}/berekening").json()["maanden"]]
    # Maatwerk kan alleen in een maand met bijstand (art. 44 lid 1): het formulier biedt alleen die maanden aan.
    maand = [m for m in maanden if not m["buiten_duur"]][-1]
    voor = api.get(f"/v1/zaken/{zaak['id']}/maatwerk").json()
    inloggen(pagina, basis_url, "km.jansen")
    pagina.goto(f"{basis_url}/zaken/{zaak['id']}")
    form = pagina.locator("form[action$='/maatwerk']")

    def vul(bedrag: str):
        form.get_by_label("Maand").select_option(maand["maand"][:7])
        form.get_by_label("Bijstand die u vaststelt, in euro").fill(bedrag)
        form.get_by_label("Grondslag").select_option("Pw art. 18 lid 1")
        form.get_by_label("Motivering").fill("Hogere woonlasten door tijdelijke dubbele huur na verhuizing.")

    # Engelse notatie: niet raden of 650.5 nu 650,50 of 65.050 is.
    vul("650.5")
    assert verstuur(pagina, pagina.get_by_role("button", name="Maatwerk vastleggen")) == 400
    assert "komma" in fout_bij_veld(pagina, "bedrag")
    assert pagina.get_by_label("Bijstand die u vaststelt, in euro").input_value() == "650.5"
    assert pagina.get_by_label("Motivering").input_value().startswith("Hogere woonlasten")
    assert api.get(f"/v1/zaken/{zaak['id']}/maatwerk").json() == voor
    toegankelijk(pagina)

    # Een miljoen per maand: eerst een tweede bevestiging, pas dan opgeslagen.
    form = pagina.locator("form[action$='/maatwerk']")
    vul("€ 1.000.000")
    assert verstuur(pagina, pagina.get_by_role("button", name="Maatwerk vastleggen")) == 400
    assert "twee keer de norm" in fout_bij_veld(pagina, "bevestig")
    assert api.get(f"/v1/zaken/{zaak['id']}/maatwerk").json() == voor
    toegankelijk(pagina)
    form = pagina.locator("form[action$='/maatwerk']")
    vul("1.419,46")  # de schrijfwijze die de pagina zelf toont; onder twee keer de norm: geen vraag
    assert verstuur(pagina, pagina.get_by_role("button", name="Maatwerk vastleggen")) == 303
    rijen = api.get(f"/v1/zaken/{zaak['id']}/maatwerk").json()["_embedded"]["maatwerk"]
    assert any(r["vastgesteld"] == "1419.46" and r["maand"] == maand["maand"][:7] for r in rijen), rijen
    na = {r["maand"][:7]: r for r in api.get(f"/v1/zaken/{zaak['id']}/berekening").json()["maanden"]}
    assert na[maand["maand"][:7]]["vastgesteld"] == "1419.46"

    # Boven twee keer de norm en wél bevestigd: opgeslagen.
    form = pagina.locator("form[action$='/maatwerk']")
    norm = int(maand["norm"].replace(".", ""))
    hoog = norm * 2 + 100
    vul(f"{hoog // 100},{hoog % 100:02d}")
    assert verstuur(pagina, pagina.get_by_role("button", name="Maatwerk vastleggen")) == 400
    pagina.get_by_label("Ik heb het bedrag gecontroleerd: het klopt").check()
    assert verstuur(pagina, pagina.get_by_role("button", name="Maatwerk vastleggen")) == 303
    na = {r["maand"][:7]: r for r in api.get(f"/v1/zaken/{zaak['id']}/berekening").json()["maanden"]}
    assert na[maand["maand"][:7]]["vastgesteld"] == f"{hoog // 100}.{hoog % 100:02d}"


def test_maatregel_alleen_voor_wie_in_het_huishouden_zit(pagina, basis_url):
    api = api_client(basis_url, "km.jansen")
    zaak = _zaak(api, partner=False)
    voor = api.get(f"/v1/zaken/{zaak['id']}/maatregelen").json()["_embedded"]["maatregelen"]
    inloggen(pagina, basis_url, "km.jansen")
    pagina.goto(f"{basis_url}/zaken/{zaak['id']}/maatregelen")
    nieuw = pagina.locator(f"form[action='/zaken/{zaak['id']}/maatregelen']")
    assert nieuw.locator("#persoon option[value='partner']").count() == 0  # geen partner: niet te kiezen
    # Een oud of aangepast formulier kan 'partner' toch sturen; de server weigert het dan.
    pagina.evaluate("document.querySelector('#persoon').add(new Option('De partner', 'partner'))")
    nieuw.get_by_label("Categorie uit de verordening").select_option("categorie_2")
    nieuw.get_by_label("Wie").select_option("partner")
    nieuw.get_by_label("Wat is er gebeurd?").fill("Niet verschenen op het gesprek over werk op 3 november.")
    nieuw.get_by_label("Datum waarop het gebeurde").fill("2026-11-03")
    assert verstuur(pagina, nieuw.get_by_role("button", name="Signaal vastleggen")) == 400
    assert "geen partner" in fout_bij_veld(pagina, "persoon")
    assert pagina.get_by_label("Wat is er gebeurd?").input_value().startswith("Niet verschenen")
    assert api.get(f"/v1/zaken/{zaak['id']}/maatregelen").json()["_embedded"]["maatregelen"] == voor
    toegankelijk(pagina)
    # Ook via de API: 400 met het veld, niets opgeslagen.
    r = api.post(
        f"/v1/zaken/{zaak['id']}/maatregelen",
        json={
            "categorie": "categorie_2",
            "persoon": "partner",
            "signaal_datum": "2026-11-03",
            "gedraging": "Niet verschenen op het gesprek over werk op 3 november.",
        },
    )
    assert r.status_code == 400 and r.json()["invalidParams"][0]["name"] == "persoon", r.text
    assert api.get(f"/v1/zaken/{zaak['id']}/maatregelen").json()["_embedded"]["maatregelen"] == voor

    # Zonder beschrijving: 400 bij het veld; daarna geldig voor de aanvrager, en horen ongeldig en geldig.
    nieuw = pagina.locator(f"form[action='/zaken/{zaak['id']}/maatregelen']")
    nieuw.get_by_label("Wie").select_option("aanvrager")
    nieuw.get_by_label("Wat is er gebeurd?").fill("Te kort")
    assert verstuur(pagina, nieuw.get_by_role("button", name="Signaal vastleggen")) == 400
    assert "20 tekens" in fout_bij_veld(pagina, "gedraging")
    assert pagina.locator("#categorie").input_value() == "categorie_2"
    nieuw = pagina.locator(f"form[action='/zaken/{zaak['id']}/maatregelen']")
    nieuw.get_by_label("Wat is er gebeurd?").fill("Niet verschenen op het gesprek over werk op 3 november.")
    assert verstuur(pagina, nieuw.get_by_role("button", name="Signaal vastleggen")) == 303
    rijen = api.get(f"/v1/zaken/{zaak['id']}/maatregelen").json()["_embedded"]["maatregelen"]
    m = next(x for x in rijen if x["gedraging"].startswith("Niet verschenen op het gesprek"))
    assert m["persoon"] == "aanvrager" and m["status"] == "signaal"
    sectie = pagina.locator(f"#maatregel-{m['id']}")
    sectie.get_by_label("Datum van het horen").fill("2026-11-10")
    assert verstuur(pagina, sectie.get_by_role("button", name="Horen vastleggen")) == 400  # geen wijze gekozen
    assert fout_bij_veld(pagina, f"m{m['id']}_wijze")
    assert pagina.locator(f"#m{m['id']}_datum").input_value() == "2026-11-10"
    assert api.get(f"/v1/zaken/{zaak['id']}/maatregelen/{m['id']}").json()["status"] == "signaal"
    toegankelijk(pagina)
    sectie = pagina.locator(f"#maatregel-{m['id']}")
    sectie.get_by_label("Hoe is de persoon gehoord?").select_option(index=1)
    sectie.get_by_label("Wat zei de persoon?").fill("Ik had de afspraak verkeerd in mijn agenda gezet.")
    assert verstuur(pagina, sectie.get_by_role("button", name="Horen vastleggen")) == 303
    assert api.get(f"/v1/zaken/{zaak['id']}/maatregelen/{m['id']}").json()["status"] == "gehoord"


def test_participatieformulieren_ongeldig(pagina, basis_url):
    api = api_client(basis_url, "km.jansen")
    zaak = _zaak(api, partner=False)
    plannen = api.get(f"/v1/zaken/{zaak['id']}/plannen").json()["_embedded"]["plannen"]
    ontheffingen = api.get(f"/v1/zaken/{zaak['id']}/ontheffingen").json()["_embedded"]["ontheffingen"]
    inloggen(pagina, basis_url, "km.jansen")
    pagina.goto(f"{basis_url}/zaken/{zaak['id']}/participatie")
    plan = pagina.locator(f"form[action='/zaken/{zaak['id']}/participatie/plannen']")
    plan.get_by_label("Afspraken en verplichtingen").fill("U gaat elke week naar het werkcafé.")
    assert verstuur(pagina, plan.get_by_role("button", name="Plan maken (concept)")) == 400
    assert pagina.locator("[aria-invalid='true']").count() >= 1
    assert pagina.get_by_label("Afspraken en verplichtingen").input_value() == "U gaat elke week naar het werkcafé."
    assert api.get(f"/v1/zaken/{zaak['id']}/plannen").json()["_embedded"]["plannen"] == plannen
    toegankelijk(pagina)
    onth = pagina.locator(f"form[action='/zaken/{zaak['id']}/participatie/ontheffingen']")
    onth.get_by_label("Soort ontheffing").select_option("tijdelijk")
    onth.get_by_label("Motivering van de ontheffing").fill("Kort")
    assert verstuur(pagina, onth.get_by_role("button", name="Ontheffing verlenen")) == 400
    assert pagina.locator("[aria-invalid='true']").count() >= 1
    assert pagina.locator("#o_soort").input_value() == "tijdelijk"
    assert api.get(f"/v1/zaken/{zaak['id']}/ontheffingen").json()["_embedded"]["ontheffingen"] == ontheffingen
    toegankelijk(pagina)


def test_correctie_uit_de_polisadministratie_staat_bij_het_inkomen(pagina, basis_url):
    api = api_client(basis_url, "km.jansen")
    zaak = _zaak(api, partner=False)
    r = api.get(f"/v1/zaken/{zaak['id']}")
    casus, versie = r.json()["casus"], r.headers["ETag"]
    van = casus["periode"]["van"][:7]
    laatste = calendar.monthrange(int(van[:4]), int(van[5:]))[1]
    casus["loonstroken"] = (casus.get("loonstroken") or []) + [
        {
            "id": "ls-test-1",
            "werkgever": "Bakkerij Test",
            "loonperiode": "maand",
            "periode": {"van": f"{van}-01", "tot": f"{van}-{laatste}"},
            "betaaldatum": f"{van}-28",
            "netto": "400.00",
        }
    ]
    casus["correcties"] = [
        {"id": "corr-test-1", "corrigeert": "ls-test-1", "betaaldatum": f"{van}-28", "netto": "450.00"}
    ]
    r = api.put(
        f"/v1/zaken/{zaak['id']}/casus",
        json=casus,
        headers={"If-Match": versie},
        params={"reden": "polisadministratie"},
    )
    assert r.status_code == 200, r.text
    inloggen(pagina, basis_url, "km.jansen")
    pagina.goto(f"{basis_url}/zaken/{zaak['id']}")
    lijst = pagina.locator("#inkomen + ul").inner_text()
    assert "ls-test-1" in lijst and "later gecorrigeerd" in lijst
    assert (
        "Correctie corr-test-1 op loonstrook ls-test-1, uit de polisadministratie (UWV): netto wordt € 450,00" in lijst
    )


def test_beheerformulier_ongeldig_bewaart_invoer(pagina, basis_url):
    inloggen(pagina, basis_url, "beheer.admin")
    aantal = pagina.get_by_role("row").count()
    pagina.get_by_label("Gebruikersnaam").fill("km.kort")
    pagina.get_by_label("Naam", exact=True).fill("Korte Wachtwoord")
    pagina.get_by_label("Rol").select_option("klantmanager")
    pagina.get_by_label("Eerste wachtwoord").fill("kort")
    assert verstuur(pagina, pagina.get_by_role("button", name="Toevoegen")) == 400
    assert "12 tekens" in fout_bij_veld(pagina, "wachtwoord")
    assert pagina.get_by_label("Gebruikersnaam").input_value() == "km.kort"
    assert pagina.get_by_role("row").count() == aantal
    toegankelijk(pagina)
