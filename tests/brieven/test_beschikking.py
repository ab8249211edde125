"""De beschikking: de bedragen uit de wet, maatwerk met reden, de bijlage met elke bron, en een PDF."""

from __future__ import annotations

import datetime as dt
import re
from html.parser import HTMLParser

import pytest

from balans.algoritmeregister import VELDEN, laad
from balans.brieven.beschikking import Afwijking, beschikking_html, beschikking_pdf
from balans.casus.laden import uit_bestand
from balans.geld import als_euro
from balans.rekenen.casus import bereken
from tests.api.conftest import CASUSSEN

PAD = next(p for p in sorted((CASUSSEN / "eigen").glob("*.yaml")) if "verwacht:" in p.read_text())
DATUM = dt.date(2026, 11, 25)


@pytest.fixture(scope="module")
def brief():
    c = uit_bestand(PAD)
    r = bereken(c)
    return c, r, beschikking_html(c, r, aan="A. Voorbeeld", kenmerk="BLS-1", datum=DATUM)


def test_bedragen_uit_de_wet_in_de_brief(brief):
    c, _, html = brief
    for maand, v in c.verwacht.items():
        if v.bijstand is not None:
            assert als_euro(v.bijstand).replace("€ ", "€ ") in html   # de met de hand gerekende bedragen


def test_bezwaartermijn_zes_weken(brief):
    assert "6 januari 2027" in brief[2]   # 25 november 2026 + 6 weken (Awb art. 6:7)


def test_bijlage_met_elke_bron(brief):
    _, r, html = brief
    b1, bijlage = html.split('class="bijlage"')
    for res in r:
        for s in res.uitleg if hasattr(res, "uitleg") else res.uitkomst.spoor:
            assert s.bron in bijlage
    assert "BWBR0005537" in bijlage   # Awb


class _Tekst(HTMLParser):
    def __init__(self):
        super().__init__()
        self.delen, self._weg = [], 0

    def handle_starttag(self, tag, attrs):
        self._weg += tag in ("style", "table", "title")

    def handle_endtag(self, tag):
        self._weg -= tag in ("style", "table", "title")
        if tag in ("li", "p", "h1", "h2", "h3"):   # een opsomming leest als losse regels
            self.delen.append("\n")

    def handle_data(self, data):
        if not self._weg:
            self.delen.append(data)


def test_b1_zinnen_zijn_kort(brief):
    b1 = brief[2].split('class="bijlage"')[0]
    p = _Tekst()
    p.feed(b1)
    regels = ["".join(p.delen).split("\n")][0]
    zinnen = [z for r in regels for z in re.split(r"(?<=[.?!])\s+", " ".join(r.split())) if z]
    tekst = " ".join(zinnen)
    lang = [z for z in zinnen if len(z.split()) > 20]
    assert not lang, lang
    for woord in ("ingevolge", "onderhavig", "derhalve", "teneinde", "alsmede", "voornoemd"):
        assert woord not in tekst.lower()


def test_maatwerk_toont_regel_besluit_en_reden(brief):
    c, r, _ = brief
    m = r[0].maand
    a = Afwijking(maand=m, veld="bijstand", regel_bedrag=int(r[0].uitkomst.bijstand), vastgesteld=12345,
                  motivering="Eenmalige hoge kosten voor medicijnen.", grondslag="Pw art. 18 lid 1",
                  auteur="Sanne Jansen", tijdstip=dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc))
    html = beschikking_html(c, r, aan="A. Voorbeeld", kenmerk="BLS-1", datum=DATUM, afwijkingen=[a])
    assert "€ 123,45" in html and als_euro(int(r[0].uitkomst.bijstand)) in html
    assert "Eenmalige hoge kosten voor medicijnen." in html and "Pw art. 18 lid 1" in html


def test_pdf_met_bijlage_op_eigen_pagina(brief):
    from weasyprint import HTML
    c, r, html = brief
    pdf = beschikking_pdf(c, r, aan="A. Voorbeeld", kenmerk="BLS-1", datum=DATUM)
    assert pdf.startswith(b"%PDF")
    assert len(HTML(string=html).render().pages) >= 2


def test_algoritmeregister_volledig_en_binnen_de_maxima():
    reg = laad()
    for v in VELDEN:
        if v.verplicht:
            assert reg.get(v.sleutel), v.sleutel
        if v.max_lengte and isinstance(reg.get(v.sleutel), str):
            assert len(reg[v.sleutel]) <= v.max_lengte, v.sleutel
    assert all(w["url"].startswith("https://wetten.overheid.nl/") for w in reg["wettelijke_basis"])
