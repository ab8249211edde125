"""De rekenhulp (issue 14, item 3): na 'Bereken' staat de focus op de uitkomst, de winst van werken staat
in woorden, en de link naar de berekening geeft dezelfde uitkomst."""

from __future__ import annotations

import re

import pytest

from tests.web.conftest import toegankelijk

pytestmark = pytest.mark.browser


def _bedrag(tekst: str) -> int:
    return int(tekst.replace("€", "").replace(".", "").replace(",", "").strip())


def test_focus_winst_en_deellink(pagina, basis_url):
    pagina.goto(basis_url + "/rekenhulp")
    pagina.get_by_label("Uw leeftijd").fill("35")
    pagina.get_by_label("Hoeveel uur per week gaat u werken?").fill("16")
    pagina.get_by_label("Wat verdient u netto per uur, in euro?").fill("13")
    pagina.get_by_label("Hoe vaak krijgt u loon?").select_option("vier_weken")
    pagina.get_by_role("button", name="Bereken").click()
    pagina.wait_for_load_state()
    assert pagina.evaluate("document.activeElement.id") == "uitkomst"   # de schermlezer hoort meteen de uitkomst
    zin = pagina.get_by_text(re.compile(r"Als u 16 uur werkt, houdt u ongeveer")).inner_text()
    meer, per_uur = [_bedrag(b) for b in re.findall(r"€ [\d.]+,\d\d", zin)]
    # per uur = meer / (16 x 52 / 12) uur per maand, afgerond op de cent
    assert abs(per_uur * 16 * 52 - meer * 12) <= 16 * 52 // 2 + 1
    # de winst is samen bij 16 uur min samen bij 0 uur, in de tabel van de grafiek (stappen van 4 uur)
    tabel = pagina.locator("table", has_text="Uren per week")
    samen = {r.locator("th").text_content().strip(): _bedrag(r.locator("td").last.text_content())   # in een dichte details
             for r in tabel.locator("tbody tr").all()}
    assert meer == samen["16"] - samen["0"]
    toegankelijk(pagina)
    link = pagina.get_by_role("link", name="Link naar deze berekening").get_attribute("href")
    assert "leeftijd=35" in link and "uren=16" in link and "bsn" not in link.lower()
    pagina.goto(basis_url + link)
    assert pagina.get_by_text(re.compile(r"Als u 16 uur werkt")).inner_text() == zin
