# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""/beleid/doorrekening: alleen voor de beleidsmedewerker, werkt zonder JavaScript, fouten per veld (400),
het rapport met twee varianten, en in een echte browser zonder WCAG 2.1 A/AA-schendingen (axe)."""

from __future__ import annotations

import re
import threading

import pytest
from fastapi.testclient import TestClient
from playwright.sync_api import expect

from balans.beleid.rapport import SECTIES
from balans.web import beleid
from balans.zaak.demo import WACHTWOORD
from tests.api.conftest import maak_app
from tests.web.conftest import inloggen, toegankelijk

PAD = "/beleid/doorrekening"
WACHT = 60_000  # ms: de pagina rekent synchroon (populatie, varianten, grafieken)


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    return maak_app(tmp_path_factory.mktemp("beleid"))  # create_app neemt de router op


@pytest.fixture
def client(app):
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


def log_in(client, gebruikersnaam: str) -> None:
    r = client.get("/inloggen")
    csrf = re.search(r'name="csrf" value="([^"]+)"', r.text).group(1)
    r = client.post(
        "/inloggen",
        data={"gebruikersnaam": gebruikersnaam, "wachtwoord": WACHTWOORD, "csrf": csrf},
        follow_redirects=False,
    )
    assert r.status_code == 303, r.text


def csrf_van(html: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


def formulier(**over) -> dict:
    data = {
        "basis": "wet-2026",
        "varianten": ["wet-2027", "vrijlating-50"],
        "huishoudens": "1.000",
        "van": "2026-01",
        "tot_en_met": "2026-12",
    }
    data.update(over)
    return data


@pytest.fixture
def beleidsmedewerker(client):
    log_in(client, "beleid.de.vries")
    r = client.get(PAD)
    assert r.status_code == 200
    return client, csrf_van(r.text)


def fouttekst(html: str) -> list[str]:
    return re.findall(r'class="utrecht-form-field-error-message" id="([^"]+)">([^<]+)<', html)


# --- rollen ------------------------------------------------------------------------------------


def test_anoniem_moet_eerst_inloggen(client):
    r = client.get(PAD, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == f"/inloggen?terug={PAD}"
    r = client.post(PAD, data=formulier(), follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/inloggen")


@pytest.mark.parametrize("wie", ["km.jansen", "inwoner.ferd", "beheer.admin"])
def test_andere_rollen_krijgen_403(client, wie):
    log_in(client, wie)
    r = client.get(PAD)
    assert r.status_code == 403 and "Geen toegang" in r.text
    assert "Beleid doorrekenen" not in r.text


def test_beleidsmedewerker_ziet_het_formulier(beleidsmedewerker):
    client, csrf = beleidsmedewerker
    html = client.get(PAD).text
    assert '<input type="hidden" name="csrf"' in html and csrf
    for naam in ("wet-2027", "vrijlating-50", "nrp-70", "bufferbudget-geen"):
        assert f'name="varianten"\n             value="{naam}"' in html or f'value="{naam}"' in html, naam
    assert re.search(r'<option value="wet-2026" selected>', html)
    assert 'value="20.000"' in html and 'value="2026-01"' in html and 'value="2026-12"' in html
    assert "<script" not in html


def test_zonder_csrf_geweigerd(beleidsmedewerker):
    client, _ = beleidsmedewerker
    r = client.post(PAD, data=formulier())
    assert r.status_code == 403


# --- doorrekenen -------------------------------------------------------------------------------


def test_twee_varianten_geven_het_rapport(beleidsmedewerker):
    client, csrf = beleidsmedewerker
    r = client.post(PAD, data=formulier(csrf=csrf))
    assert r.status_code == 200, r.text[:2000]
    html = r.text
    for id_, kop in SECTIES:
        assert f'id="{id_}"' in html and kop in html, kop
    tekst = " ".join(re.sub(r"<[^>]+>", " ", html).split())
    for v in ("wet-2026 (basis)", "wet-2027", "vrijlating-50"):
        assert v in tekst
    assert "Uitkomst: wet-2026 tegen wet-2027, vrijlating-50" in tekst
    assert "BUIG-macrobudget voor 2025 is € 7,78 miljard" in tekst
    # CSP zonder 'unsafe-inline': geen inline SVG (die draagt stijl), geen style-attributen; plaatjes als data:
    csp = r.headers["content-security-policy"]
    assert "unsafe-inline" not in csp and "img-src 'self' data:" in csp
    assert "<svg" not in html and "style=" not in html and "<style" not in html
    plaatjes = re.findall(r'<img src="data:image/svg\+xml;base64,[A-Za-z0-9+/=]+" alt="([^"]+)"', html)
    assert len(plaatjes) == 2 + 4  # winnaars per variant, armoedeval per type huishouden
    assert all(len(alt) > 20 for alt in plaatjes)
    # de ingevulde waarden blijven staan
    assert re.search(r'value="wet-2027"[^>]*checked', html) and re.search(r'value="vrijlating-50"[^>]*checked', html)
    assert client.get(f"{PAD}/rapport.css").headers["content-type"].startswith("text/css")


def test_pdf_downloaden(beleidsmedewerker):
    client, csrf = beleidsmedewerker
    r = client.post(PAD, data=formulier(csrf=csrf, varianten=["wet-2027"], uitvoer="pdf"))
    assert r.status_code == 200
    assert r.headers["content-type"] == "application/pdf" and r.content.startswith(b"%PDF")
    assert "attachment" in r.headers["content-disposition"]


@pytest.mark.parametrize(
    "over, veld, woorden",
    [
        ({"huishoudens": "999"}, "huishoudens", "Aantal huishoudens"),
        ({"huishoudens": "100.001"}, "huishoudens", "Aantal huishoudens"),
        ({"huishoudens": "veel"}, "huishoudens", "Aantal huishoudens"),
        ({"huishoudens": "-5000"}, "huishoudens", "Aantal huishoudens"),
        ({"van": "2026-13"}, "van", "Eerste maand"),
        ({"van": "januari"}, "van", "Eerste maand"),
        ({"van": "2019-01"}, "van", "Eerste maand"),
        ({"tot_en_met": "2025-12"}, "tot_en_met", "Laatste maand"),  # voor de eerste maand
        ({"van": "2025-01", "tot_en_met": "2027-01"}, "tot_en_met", "Laatste maand"),  # 25 maanden
        ({"varianten": []}, "varianten", "Varianten"),
        ({"varianten": ["wet-2026"]}, "varianten", "Varianten"),  # alleen de basis zelf
        ({"varianten": ["bestaat-niet"]}, "varianten", "Varianten"),
        ({"basis": "bestaat-niet"}, "basis", "Basis"),
    ],
)
def test_foute_invoer_geeft_400_met_het_veld(beleidsmedewerker, over, veld, woorden):
    client, csrf = beleidsmedewerker
    r = client.post(PAD, data=formulier(csrf=csrf, **over))
    assert r.status_code == 400
    fouten = dict(fouttekst(r.text))
    assert f"{veld}-fout" in fouten, fouten
    assert fouten[f"{veld}-fout"].startswith(woorden + ":"), fouten
    assert f'href="#{veld}"' in r.text  # de samenvatting bovenaan linkt naar het veld
    assert 'id="uitkomst-kop"' not in r.text
    if veld != "varianten":  # de groep vinkjes wijst met aria-describedby naar de fout
        assert re.search(rf'id="{veld}"[^>]*aria-invalid="true"', r.text)


def test_te_veel_tegelijk_geeft_429(beleidsmedewerker, monkeypatch):
    client, csrf = beleidsmedewerker
    monkeypatch.setattr(beleid, "_TEGELIJK", threading.BoundedSemaphore(1))
    beleid._TEGELIJK.acquire()
    try:
        r = client.post(PAD, data=formulier(csrf=csrf))
    finally:
        beleid._TEGELIJK.release()
    assert r.status_code == 429 and "Er lopen al twee doorrekeningen" in r.text


# --- in een echte browser ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def beleid_url(basis_url):
    """De gewone app uit conftest.py: daar zit de router van deze pagina in."""
    return basis_url


@pytest.mark.browser
def test_in_de_browser_toegankelijk(pagina, beleid_url):
    inloggen(pagina, beleid_url, "beleid.de.vries")
    pagina.goto(beleid_url + PAD)
    assert pagina.get_by_role("heading", level=1).inner_text() == "Beleid doorrekenen"
    toegankelijk(pagina)
    # eerst fout: te weinig huishoudens
    pagina.get_by_label("Aantal huishoudens").fill("10")
    pagina.get_by_role("button", name="Doorrekenen", exact=True).click()
    expect(pagina.get_by_text("Aantal huishoudens: vul een heel getal in").first).to_be_visible(timeout=WACHT)
    assert pagina.get_by_label("Aantal huishoudens").input_value() == "10"  # de invoer staat er nog
    toegankelijk(pagina)
    # dan goed, met twee varianten
    pagina.get_by_label("Aantal huishoudens").fill("1.000")
    pagina.get_by_label("vrijlating-50", exact=True).check()
    assert pagina.get_by_label("wet-2027", exact=True).is_checked()
    pagina.get_by_role("button", name="Doorrekenen", exact=True).click()
    expect(pagina.get_by_role("heading", name=re.compile("^Uitkomst: wet-2026 tegen"))).to_be_visible(timeout=WACHT)
    for _, kop in SECTIES:
        assert pagina.get_by_role("heading", name=kop, exact=True).first.is_visible(), kop
    # de grafieken laden echt onder de CSP van de site (data:-URL's)
    pagina.wait_for_load_state("load")  # ook de plaatjes zijn dan gedecodeerd
    breedtes = pagina.eval_on_selector_all(".rapport-grafiek img", "els => els.map(e => e.naturalWidth)")
    assert len(breedtes) == 6 and all(b > 100 for b in breedtes), breedtes
    toegankelijk(pagina)


@pytest.mark.browser
def test_grafieken_laden_onder_de_csp_van_de_site(browser, beleid_url):
    """Zonder bypass_csp (dat de pagina-fixture voor axe aanzet): de plaatjes laden en niets wordt geweigerd."""
    ctx = browser.new_context(locale="nl-NL")
    try:
        p = ctx.new_page()
        meldingen = []
        p.on("console", lambda m: meldingen.append(m.text))
        inloggen(p, beleid_url, "beleid.de.vries")
        p.goto(beleid_url + PAD)
        p.get_by_label("Aantal huishoudens").fill("1000")
        p.get_by_role("button", name="Doorrekenen", exact=True).click()
        expect(p.get_by_role("heading", name=re.compile("^Uitkomst:"))).to_be_visible(timeout=WACHT)
        p.wait_for_load_state("load")
        breedtes = p.eval_on_selector_all(".rapport-grafiek img", "els => els.map(e => e.naturalWidth)")
        assert len(breedtes) == 1 + 4 and all(b > 100 for b in breedtes), breedtes
        # de eigen opmaak laadt (de score-vakjes hebben een rand), en de CSP weigert niets
        rand = p.eval_on_selector(".score", "e => getComputedStyle(e).borderTopStyle")
        assert rand == "solid"
        assert not [m for m in meldingen if "Content Security Policy" in m or "Refused" in m], meldingen
    finally:
        ctx.close()
