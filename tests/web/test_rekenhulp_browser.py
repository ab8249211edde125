# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""De rekenhulp in Chromium (issue 14, item 3; issue 19, item 4): het formulier fout en goed, na 'Bereken' de
focus op de uitkomst, één bedrag voor één maand op drie plekken, de winst in woorden, de deellink, en axe op
1280 en 390 pixels. De bedragen zelf zijn met de hand nagerekend in test_rekenhulp.py."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from balans.web import rekenhulp as mod
from tests.web.conftest import toegankelijk

pytestmark = pytest.mark.browser


def _bedrag(tekst: str) -> int:
    return int(re.search(r"€ ([\d.]+,\d\d)", tekst).group(1).replace(".", "").replace(",", ""))


@pytest.fixture
def december(monkeypatch):
    # De server draait in een draad van dit proces: zo rekent hij met de gemeten maand, december 2026.
    monkeypatch.setattr(mod, "vandaag", lambda: dt.date(2026, 12, 3))


def _invullen(pagina, leeftijd, uren, uurloon):
    pagina.get_by_label("Uw leeftijd").fill(leeftijd)
    pagina.get_by_label("Hoeveel uur per week gaat u werken?").fill(uren)
    pagina.get_by_label("Wat verdient u per uur, in euro?").fill(uurloon)
    pagina.get_by_label("Is dat uurloon bruto of netto?").select_option("netto")
    pagina.get_by_label("Hoe vaak krijgt u loon?").select_option("vier_weken")
    with pagina.expect_navigation() as nav:
        pagina.get_by_role("button", name="Bereken").click()
    return nav.value


def test_fout_dan_goed_en_een_bedrag_op_drie_plekken(pagina, basis_url, december):
    pagina.goto(basis_url + "/rekenhulp")
    antwoord = _invullen(pagina, "35", "16", "13.00")  # Engelse schrijfwijze: geweigerd
    assert antwoord.status == 400
    assert "komma" in pagina.locator("#uurloon-fout").inner_text()
    assert pagina.get_by_label("Wat verdient u per uur, in euro?").input_value() == "13.00"  # waarde blijft staan
    assert pagina.get_by_label("Uw leeftijd").input_value() == "35"
    assert pagina.get_by_role("heading", name="Uw uitkomst").count() == 0
    toegankelijk(pagina)

    antwoord = _invullen(pagina, "35", "16", "13,00")
    assert antwoord.status == 200
    assert pagina.evaluate("document.activeElement.id") == "uitkomst"  # de schermlezer hoort meteen de uitkomst
    kop = _bedrag(pagina.locator("#kop-bijstand").inner_text())
    pagina.locator("#berekend summary").click()
    uitleg = _bedrag(pagina.locator("#berekend li", has_text="Uw bijstand is").inner_text().split("=")[-1])
    eerste = pagina.locator("#maandtabel tbody tr").first
    assert eerste.locator("th").inner_text() == "december 2026"
    tabel = _bedrag(eerste.locator("td").nth(2).inner_text())
    assert kop == uitleg == tabel == 67334  # de gemeten fout: 653,33 / 573,85 / 0,00
    samen_kop = _bedrag(pagina.locator("#kop strong").first.inner_text())
    assert samen_kop == _bedrag(eerste.locator("td").last.inner_text())
    uren16 = pagina.locator("#urentabel tbody tr", has_text="(uw uren)")
    assert _bedrag(uren16.locator("td").nth(2).inner_text()) == kop  # de curve bij uw uren

    zin = pagina.locator("#winst").inner_text()
    assert re.search(
        r"Als u 16 uur werkt, houdt u ongeveer € [\d.]+,\d\d per maand meer over dan zonder werk "
        r"\(€ [\d.]+,\d\d per uur\)",
        zin,
    )
    aannames = pagina.locator("#aannames").inner_text()
    for woord in (
        "elke vier weken",
        "8% vakantiegeld",
        "voorschot",
        "Pw art. 31 lid 2 onder n",
        "telt uw hele loon mee",
    ):
        assert woord in aannames
    assert pagina.get_by_text("Huurtoeslag zit er niet in: u vulde geen huur in").count() == 1
    assert pagina.locator("figure.grafiek svg text", has_text="€ 1.000").count() == 1  # een euro-as met waarden
    assert "streepjes" in pagina.locator("figcaption.legenda").inner_text()  # legenda niet op kleur
    toegankelijk(pagina)

    link = pagina.get_by_role("link", name="Link naar deze berekening").get_attribute("href")
    assert "leeftijd=35" in link and "uren=16" in link and "bsn" not in link.lower()
    pagina.goto(basis_url + link)
    assert pagina.locator("#winst").inner_text() == zin


def test_met_huur_fout_dan_goed_en_de_huurtoeslag_in_de_curve(pagina, basis_url, december):
    """Het gemeten geval met € 650,00 kale huur en € 40,00 servicekosten. De bedragen met de hand: zie de kop van
    tests/web/test_rekenhulp_huur.py (huurtoeslag bij 16 uur € 366,42, bij 0 uur € 394,33; wat u overhoudt
    € 2.163,76 en € 1.942,96; winst € 220,80, € 3,18 per uur)."""
    pagina.goto(basis_url + "/rekenhulp")
    pagina.get_by_label("Wat is uw kale huur per maand, in euro? (als u huurt)").fill("-650,00")
    pagina.get_by_label("Hoeveel servicekosten betaalt u per maand, in euro?").fill("40,00")
    antwoord = _invullen(pagina, "35", "16", "13,00")
    assert antwoord.status == 400
    assert "€ 0 of meer" in pagina.locator("#huur-fout").inner_text()
    assert pagina.get_by_label("Wat is uw kale huur per maand, in euro? (als u huurt)").input_value() == "-650,00"
    assert pagina.get_by_label("Hoeveel servicekosten betaalt u per maand, in euro?").input_value() == "40,00"
    assert pagina.get_by_role("heading", name="Uw uitkomst").count() == 0
    toegankelijk(pagina)

    pagina.get_by_label("Wat is uw kale huur per maand, in euro? (als u huurt)").fill("650,00")
    antwoord = _invullen(pagina, "35", "16", "13,00")
    assert antwoord.status == 200
    assert _bedrag(pagina.locator("#kop-huurtoeslag").inner_text()) == 36642
    assert _bedrag(pagina.locator("#kop strong").first.inner_text()) == 216376
    assert _bedrag(pagina.locator("#kop-bijstand").inner_text()) == 67334  # de huur verandert de bijstand niet
    eerste = pagina.locator("#maandtabel tbody tr").first
    assert _bedrag(eerste.locator("td").last.inner_text()) == 216376
    nul = pagina.locator("#urentabel tbody tr").first
    assert nul.locator("th").inner_text() == "0"
    assert _bedrag(nul.locator("td").nth(3).inner_text()) == 12917 + 39433  # zorgtoeslag + huurtoeslag
    assert _bedrag(nul.locator("td").nth(4).inner_text()) == 194296
    uren16 = pagina.locator("#urentabel tbody tr", has_text="(uw uren)")
    assert _bedrag(uren16.locator("td").nth(3).inner_text()) == 12917 + 36642
    assert "Als u 16 uur werkt, houdt u ongeveer € 220,80 per maand meer over dan zonder werk (€ 3,18 per uur)" in (
        pagina.locator("#winst").inner_text()
    )
    assert "ongeveer 22 cent over" in pagina.locator("#druk").inner_text()
    assert "€ 650,00" in pagina.locator("#huurtoeslag").inner_text()
    toegankelijk(pagina)
    link = pagina.get_by_role("link", name="Link naar deze berekening").get_attribute("href")
    assert "huur=650" in link


def test_kinderen_met_leeftijd_fout_dan_goed(pagina, basis_url, december):
    """Alleenstaande ouder met kinderen van 3 en 13, december 2026, 0 uur. Met de hand (tests/web/test_rekenhulp_huur.py):
    kindgebonden budget (2 x 2.580 + 724 + 3.416) / 12 = € 775,00; kinderbijslag (298,40 + 426,29) / 3 = € 241,56."""
    pagina.goto(basis_url + "/rekenhulp")
    pagina.get_by_label("Uw situatie").select_option("ouder")
    veld = pagina.get_by_label("Hoe oud zijn uw kinderen die bij u wonen? (als u kinderen hebt)")
    veld.fill("3, 19")
    antwoord = _invullen(pagina, "35", "0", "13,00")
    assert antwoord.status == 400
    assert "van 0 tot en met 17" in pagina.locator("#kinderen-fout").inner_text()
    assert veld.input_value() == "3, 19"
    veld.fill("3, 13")
    antwoord = _invullen(pagina, "35", "0", "13,00")
    assert antwoord.status == 200
    gegevens = pagina.locator("#uitkomst + p + dl, dl.gegevens").first
    assert _bedrag(gegevens.locator("div", has_text="Kindgebonden budget").locator("dd").inner_text()) == 77500
    assert _bedrag(gegevens.locator("div", has_text="Kinderbijslag").locator("dd").inner_text()) == 24156
