# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""De beschikking: bedragen uit de wet, maatwerk met reden, de bijlage met elke bron, B1 en een PDF.

De verwachte bedragen zijn met de hand uit de wet gerekend in de casus zelf
(tests/casussen/middelen/art31-n-onder-maximum-2025.yaml, 'verwacht'); hier staan ze als tekst.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from balans.brieven import Afwijking, Afzender, beschikking_html, beschikking_pdf, controleer
from balans.brieven.beschikking import STIJL, STIJL_CSP, laatste_dag_bezwaar
from balans.brieven.leesbaarheid import tekst_uit_html, zinnen
from balans.casus.laden import uit_bestand
from balans.rekenen.casus import bereken

CASUSSEN = Path(__file__).resolve().parents[1] / "casussen"
LOON = CASUSSEN / "middelen" / "art31-n-onder-maximum-2025.yaml"
VERMOGEN = CASUSSEN / "overig" / "vermogen-alleenstaande-net-boven-grens-2025.yaml"
DATUM = dt.date(2026, 11, 25)
FEB, MRT, APR = dt.date(2025, 2, 1), dt.date(2025, 3, 1), dt.date(2025, 4, 1)

# Met de hand (Pw art. 21 onder a, art. 31 lid 2 onder n, 2025): norm 1.345,45; 25% vrij tot 273,00.
VERWACHT = {
    FEB: {"norm": "€ 1.345,45", "vrijlating": "€ 271,58", "middelen": "€ 814,72", "bijstand": "€ 530,73"},
    MRT: {"norm": "€ 1.345,45", "vrijlating": "€ 150,00", "middelen": "€ 450,00", "bijstand": "€ 895,45"},
    APR: {"norm": "€ 1.345,45", "vrijlating": "€ 273,00", "middelen": "€ 819,00", "bijstand": "€ 526,45"},
}

MAATWERK = Afwijking(
    maand=FEB,
    veld="bijstand",
    regel_bedrag=53073,
    vastgesteld=12345,
    motivering="Eenmalige hoge kosten voor medicijnen",
    grondslag="Pw art. 18 lid 1",
    auteur="Sanne Jansen",
    tijdstip=dt.datetime(2026, 11, 1, 10, 30, tzinfo=dt.timezone.utc),
)


@pytest.fixture(scope="module")
def loon():
    c = uit_bestand(LOON)
    return c, bereken(c)


@pytest.fixture(scope="module")
def brief(loon):
    return beschikking_html(*loon, aan="A. Voorbeeld", kenmerk="BLS-1", datum=DATUM)


@pytest.fixture(scope="module")
def brief_maatwerk(loon):
    return beschikking_html(*loon, aan="A. Voorbeeld", kenmerk="BLS-1", datum=DATUM, afwijkingen=[MAATWERK])


def _delen(html: str) -> tuple[str, str]:
    """(B1-deel, juridische bijlage)."""
    b1, bijlage = html.split('<section class="bijlage"')
    return b1, bijlage


def _rij(html: str, maand: str) -> list[str]:
    m = re.search(rf'<th scope="row">{maand}</th>(.*?)</tr>', html, re.S)
    assert m, maand
    return re.findall(r'<td class="bedrag">(€ [\d.]+,\d\d)', m.group(1))


# --- bedragen -------------------------------------------------------------------------------------


def test_bedragen_per_maand_in_het_nederlands(brief):
    b1, _ = _delen(brief)
    for maand, naam in ((FEB, "februari 2025"), (MRT, "maart 2025"), (APR, "april 2025")):
        v = VERWACHT[maand]
        assert _rij(b1, naam) == [v["norm"], v["vrijlating"], v["middelen"], "€ 0,00", v["bijstand"]]
        assert f"<li>{naam.capitalize()}: {v['bijstand']}." in b1
    assert "Samen is dat € 1.952,63." in b1  # 530,73 + 895,45 + 526,45
    assert "U krijgt bijstand." in b1


def test_alleen_de_gekozen_maanden(loon):
    html = beschikking_html(*loon, aan="A. Voorbeeld", kenmerk="BLS-2", datum=DATUM, maanden=[MRT])
    assert "€ 895,45" in html and "€ 530,73" not in html and "februari 2025" not in html
    assert "Samen is dat" not in html  # één maand: geen totaal
    with pytest.raises(ValueError, match="niet in de berekening"):
        beschikking_html(*loon, aan="A. Voorbeeld", kenmerk="BLS-2", datum=DATUM, maanden=[dt.date(2024, 1, 1)])


def test_geen_recht_met_de_reden():
    c = uit_bestand(VERMOGEN)  # vermogen € 7.770,01, grens € 7.770,00 (Pw art. 34, 2025)
    html = beschikking_html(c, bereken(c), aan="B. Voorbeeld", kenmerk="BLS-3", datum=DATUM)
    b1, _ = _delen(html)
    assert "U krijgt geen bijstand." in b1
    assert (
        "Februari 2025: geen bijstand. De grens voor een alleenstaande is € 7.770,00. "
        "Uw vermogen is boven de grens: u hebt deze maand geen recht op bijstand." in b1
    )
    assert controleer(tekst_uit_html(html)) == []


# --- maatwerk -------------------------------------------------------------------------------------


def test_maatwerk_toont_beide_bedragen_de_reden_en_de_grond(brief_maatwerk):
    b1, bijlage = _delen(brief_maatwerk)
    assert "<li>Februari 2025: € 123,45. Dit bedrag wijkt af van de standaardregel." in b1
    assert "Volgens de standaardregel krijgt u in februari 2025 € 530,73." in b1
    assert "Wij hebben besloten dat u € 123,45 krijgt." in b1
    assert "Eenmalige hoge kosten voor medicijnen." in b1
    assert "artikel 18 lid 1 van de Participatiewet" in b1
    assert _rij(b1, "februari 2025")[-1] == "€ 123,45" and "standaardregel: € 530,73" in b1
    assert "Samen is dat € 1.545,35." in b1  # 123,45 + 895,45 + 526,45
    assert "Pw art. 18 lid 1" in bijlage and "Sanne Jansen" in bijlage
    assert ">https://wetten.overheid.nl/BWBR0015703/2025-01-01#Artikel18</a>" in bijlage


def test_afwijking_op_een_ander_veld_wordt_geweigerd(loon):
    fout = Afwijking(**{**MAATWERK.__dict__, "veld": "norm"})
    with pytest.raises(ValueError, match="Alleen 'bijstand'"):
        beschikking_html(*loon, aan="A", kenmerk="K", datum=DATUM, afwijkingen=[fout])


# --- bijlage en bezwaar ---------------------------------------------------------------------------


def test_bijlage_noemt_elke_stap_met_zichtbare_link(loon, brief_maatwerk):
    _, r = loon
    _, bijlage = _delen(brief_maatwerk)
    for res in r:
        for s in res.uitkomst.spoor:
            assert f">{s.bron}</a>" in bijlage, s.bron  # de link staat er ook als tekst (op papier)
            assert s.artikel in bijlage
    # De algemene artikelen: Pw in de versie die op de datum van de brief geldt (vanaf 1 juli 2026).
    for url in (
        "https://wetten.overheid.nl/BWBR0015703/2026-07-01#Artikel11",
        "https://wetten.overheid.nl/BWBR0015703/2026-07-01#Artikel43",
        "https://wetten.overheid.nl/BWBR0015703/2026-07-01#Artikel45",
        "https://wetten.overheid.nl/BWBR0005537/2026-11-25#Artikel6:7",
    ):
        assert f'<a href="{url}">{url}</a>' in bijlage, url
    for code in ("Pw art. 11", "Pw art. 43", "Pw art. 45", "Awb art. 6:7"):
        assert code in bijlage


def test_bezwaar_zes_weken_met_wat_erin_moet(brief):
    b1, _ = _delen(brief)
    assert "uiterlijk op 6 januari 2027" in b1  # 25 november 2026 + 6 weken (Awb art. 6:7), een woensdag
    for deel in (
        "uw naam en adres",
        "de datum",
        "het kenmerk van deze brief: BLS-1",
        "waarom u het niet eens bent",
        "uw handtekening",
        "Bel ons dan eerst op 14 020",
    ):
        assert deel in b1, deel


@pytest.mark.parametrize(
    "brief_datum, uiterlijk",
    [
        (dt.date(2026, 11, 25), dt.date(2027, 1, 6)),  # gewone woensdag
        (dt.date(2026, 11, 14), dt.date(2026, 12, 28)),  # 26 dec. is 2e Kerstdag én zaterdag -> maandag
        (dt.date(2027, 2, 12), dt.date(2027, 3, 30)),  # Goede Vrijdag 26 mrt., 2e Paasdag 29 mrt. 2027
        (dt.date(2026, 3, 24), dt.date(2026, 5, 6)),  # 5 mei 2026 (dinsdag) -> woensdag
    ],
)
def test_laatste_dag_bezwaar_volgt_de_termijnenwet(brief_datum, uiterlijk):
    assert laatste_dag_bezwaar(brief_datum) == uiterlijk


def test_termijnenwet_in_de_bijlage_als_de_termijn_verschuift(loon):
    html = beschikking_html(*loon, aan="A", kenmerk="K", datum=dt.date(2027, 2, 12))
    assert "uiterlijk op 30 maart 2027" in html and "Algemene termijnenwet art. 1" in html
    assert "Algemene termijnenwet" not in beschikking_html(*loon, aan="A", kenmerk="K", datum=DATUM)


# --- B1 ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("welke", ["brief", "brief_maatwerk"])
def test_b1_deel_doorstaat_de_leesbaarheidstoets(welke, request):
    html = request.getfixturevalue(welke)
    tekst = tekst_uit_html(html)
    assert "Wat hebben we besloten?" in tekst and "Bijlage" not in tekst  # de bijlage telt niet mee
    assert controleer(tekst) == []


def test_leesbaarheid_vindt_lange_zinnen_en_jargon():
    lang = " ".join(["woord"] * 21) + "."
    assert any("21 woorden" in m for m in controleer(lang))
    assert controleer(" ".join(["woord"] * 20) + ".") == []
    meldingen = controleer("Derhalve ontvangt u onderhavige brief.")
    assert any('"derhalve"' in m and '"daarom"' in m for m in meldingen)
    assert any('"onderhavig"' in m for m in meldingen)
    assert zinnen("Zie Pw art. 11 voor meer. Dat is alles.") == ["Zie Pw art. 11 voor meer.", "Dat is alles."]


# --- HTML en PDF ----------------------------------------------------------------------------------


class _Controle(HTMLParser):
    LEEG = {"meta", "br", "link", "img", "hr", "input", "col", "wbr"}

    def __init__(self):
        super().__init__()
        self.open, self.fouten, self.html_lang, self.titel, self.koppen = [], [], None, "", []
        self.th_zonder_scope, self.captions, self._in_titel = 0, 0, False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.html_lang = a.get("lang")
        if tag == "th" and "scope" not in a:
            self.th_zonder_scope += 1
        self.captions += tag == "caption"
        if re.fullmatch(r"h[1-6]", tag):
            self.koppen.append(int(tag[1]))
        self._in_titel = tag == "title"
        if tag not in self.LEEG:
            self.open.append(tag)

    def handle_endtag(self, tag):
        if not self.open or self.open[-1] != tag:
            self.fouten.append(f"</{tag}> sluit {self.open[-1:]} ")
        else:
            self.open.pop()
        self._in_titel = False

    def handle_data(self, data):
        if self._in_titel:
            self.titel += data


def test_html_is_goed_gevormd_en_toegankelijk_opgebouwd(brief_maatwerk):
    p = _Controle()
    p.feed(brief_maatwerk)
    p.close()
    assert brief_maatwerk.startswith("<!DOCTYPE html>")
    assert p.fouten == [] and p.open == []
    assert p.html_lang == "nl" and "Besluit over uw bijstand" in p.titel
    assert p.th_zonder_scope == 0 and p.captions >= 1
    assert p.koppen[0] == 1 and p.koppen.count(1) == 1
    assert all(b - a <= 1 for a, b in zip(p.koppen, p.koppen[1:])), p.koppen  # geen kop overgeslagen


def test_geen_bsn_en_veilig_geescaped(loon):
    html = beschikking_html(
        *loon, aan="<script>x</script>", kenmerk="K&1", datum=DATUM, afzender=Afzender(gemeente="Gemeente Test")
    )
    assert "<script>x" not in html and "&lt;script&gt;" in html and "K&amp;1" in html
    standaard = beschikking_html(*loon, aan="A. Voorbeeld", kenmerk="BLS-1", datum=DATUM)
    assert not re.search(r"(?<![\d.,])\d{9}(?![\d,])", tekst_uit_html(standaard) + standaard.split("</style>")[1])
    assert "bsn" not in standaard.lower()


def test_stijl_staat_in_de_brief_met_een_hash_voor_de_csp(brief):
    assert f"<style>{STIJL}</style>" in brief
    assert re.fullmatch(r"'sha256-[A-Za-z0-9+/]+=*'", STIJL_CSP)


def _paginatekst(pagina) -> str:
    def tekst(box):
        if hasattr(box, "text"):
            yield box.text
        for kind in getattr(box, "children", None) or []:
            yield from tekst(kind)

    return " ".join(" ".join(tekst(pagina._page_box)).split())


def test_pdf_a4_met_paginanummers_en_bijlage_op_eigen_pagina(loon, brief_maatwerk, caplog):
    from weasyprint import HTML

    with caplog.at_level(logging.WARNING, logger="weasyprint"):
        pdf = beschikking_pdf(*loon, aan="A. Voorbeeld", kenmerk="BLS-1", datum=DATUM, afwijkingen=[MAATWERK])
        doc = HTML(string=brief_maatwerk).render()
    assert pdf.startswith(b"%PDF")
    assert [r.getMessage() for r in caplog.records if r.name.startswith("weasyprint")] == []  # geen waarschuwingen
    n = len(doc.pages)
    assert n >= 2
    assert round(doc.pages[0].width / 96 * 25.4) == 210 and round(doc.pages[0].height / 96 * 25.4) == 297  # A4
    teksten = [_paginatekst(p) for p in doc.pages]
    assert f"pagina 1 van {n}" in teksten[0] and f"pagina {n} van {n}" in teksten[-1]
    bijlage = [i for i, t in enumerate(teksten) if "Bijlage: juridische grondslag" in t]
    assert len(bijlage) == 1 and bijlage[0] >= 1
    assert teksten[bijlage[0]].startswith("Bijlage: juridische grondslag")  # bovenaan een nieuwe pagina
    assert "de klantmanager" in teksten[bijlage[0] - 1]  # de ondertekening staat ervoor


def test_ingetrokken_afwijking_telt_niet(loon):
    later = Afwijking(
        **{**MAATWERK.__dict__, "vastgesteld": None, "tijdstip": dt.datetime(2026, 11, 2, tzinfo=dt.timezone.utc)}
    )
    html = beschikking_html(*loon, aan="A", kenmerk="K", datum=DATUM, afwijkingen=[MAATWERK, later])
    assert "€ 123,45" not in html and "<li>Februari 2025: € 530,73." in html


# --- vakantietoeslag als de bijstand stopt (Pw art. 45 lid 1) ---------------------------------------
#
# Dezelfde casus twee keer: bijstand vanaf 1 januari 2026, de ene keer lopend, de andere keer tot en met
# 3 januari 2026. Met de hand (34 jaar, alleen, 2026: norm Pw art. 21 onder a € 1.401,50): januari telt
# 3 van 31 dagen, 1.401,50 x 3 / 31 = 135,629 -> € 135,63; de vakantietoeslag daarin is 5% (art. 19 lid 3):
# 6,7815 -> € 6,78. Stopt de bijstand, dan komt die gespaarde € 6,78 niet in juni maar na het einde.

KORT = """naam: Bijstand vanaf 1 januari 2026
periode: {{van: 2026-01, tot: 2026-03}}
bijstand: {{van: 2026-01-01{tot}}}
huishouden:
  aanvrager: {{geboortedatum: 1991-05-01}}
"""
EEN_KEER = "U krijgt die één keer per jaar"
ART45 = (
    "Maar uw bijstand is gestopt op 3 januari 2026. Daarom krijgt u de gespaarde vakantietoeslag binnen "
    "drie maanden na die dag. Dat staat in artikel 45 lid 1 van de Participatiewet."
)


def _brief_kort(tot: str) -> str:
    from balans.casus.laden import uit_tekst
    from balans.zaak import diensten

    c = uit_tekst(KORT.format(tot=tot))
    staat = diensten.maandstaat(c, "op_de_maand")["methoden"]["op_de_maand"]
    return beschikking_html(
        c, bereken(c), aan="A. Voorbeeld", kenmerk="BLS-45", datum=dt.date(2026, 2, 2), betalingen=staat
    )


def test_lopende_bijstand_vakantietoeslag_een_keer_per_jaar():
    b1 = " ".join(tekst_uit_html(_delen(_brief_kort(""))[0]).split())
    assert EEN_KEER + ", in juni." in b1
    assert "U krijgt die in juni." in b1
    assert not re.search(r"\bnu\b", b1)
    assert "binnen drie maanden" not in b1 and "omdat uw bijstand stopt" not in b1


def test_einde_na_de_maanden_van_de_brief_maar_voor_juni():
    # De brief gaat over januari; de bijstand stopt op 15 februari. De vakantietoeslag van januari komt dan
    # ook na het einde, niet in juni: geen 'één keer per jaar'.
    from balans.casus.laden import uit_tekst

    c = uit_tekst(KORT.format(tot=", tot: 2026-02-15"))
    b1 = " ".join(
        tekst_uit_html(
            _delen(
                beschikking_html(
                    c,
                    bereken(c),
                    aan="A. Voorbeeld",
                    kenmerk="BLS-45",
                    datum=dt.date(2026, 2, 2),
                    maanden=[dt.date(2026, 1, 1)],
                )
            )[0]
        ).split()
    )
    assert EEN_KEER not in b1
    assert "Maar uw bijstand stopt op 15 februari 2026. Daarom krijgt u de gespaarde vakantietoeslag" in b1


def test_gestopte_bijstand_vakantietoeslag_na_het_einde_zonder_tegenspraak():
    html = _brief_kort(", tot: 2026-01-03")
    b1 = " ".join(tekst_uit_html(_delen(html)[0]).split())
    assert ART45 in b1
    assert EEN_KEER not in b1 and "U krijgt die in juni." not in b1  # de tegenspraak van issue 14
    assert "U krijgt die niet pas in juni, omdat uw bijstand stopt." in b1
    # de betaling zelf (maandstaat): de gespaarde € 6,78 over januari
    assert "Vakantietoeslag over januari 2026: € 6,78." in b1  # één maand: niet 'januari t/m januari'
    # B1: elke zin van de brief, ook de reden 'geen recht' van februari en maart die uit de regels komt
    assert controleer(tekst_uit_html(html)) == []
