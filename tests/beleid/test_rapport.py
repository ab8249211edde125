# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Het beleidsrapport: alle onderdelen, elke variant, de BUIG-vergelijking met de hand, PDF en atomair schrijven.

De Uitkomst komt uit de echte doorrekening (draai) over een kleine verzonnen bevolking:
basis 'wet-2026' (de wet zoals hij formeel geldt, regime 'wet') tegen 'wet-2027' (de lezing van de
geconsolideerde tekst, variant bijverdienen-geconsolideerde-tekst), 2026. In 2026 verschillen ze: de
basis heeft nog de oude vrijlatingen, de variant al art. 34a en 34b. (Regime 'wet' is sinds de formele
inwerkingtreding in 2026 gelijk aan de basis, dus kan de variant niet meer 'wet' heten.)
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
import zlib
from html.parser import HTMLParser

import pytest

from balans.beleid import rapport as R
from balans.beleid.doorrekenen import Variant
from balans.beleid.draai import draai
from balans.beleid.indicatoren import BANDEN
from balans.beleid.populatie import PopulatieSpec, laad_aannames
from balans.beleid.uitkomst import Aanname, VariantInfo
from balans.geld import als_tekst
from balans.wet.parameters import ParameterBoom

BUIG = 7_779_800_000_00  # € 7.779,8 miljoen (Rijksoverheid, definitief BUIG-budget 2025)


def maak_uitkomst(n: int = 1_000) -> R.Uitkomst:
    """Een kleine Uitkomst uit de echte rekenkern, met twee varianten over 2026."""
    spec = PopulatieSpec(n=n, zaadje=11, aannames=laad_aannames())
    basis = Variant("wet-2026", ParameterBoom.voor("wet"), "De regels van 2026 zoals SZW ze uitvoert.")
    wet = Variant(
        "wet-2027",
        ParameterBoom.voor("bijverdienen-geconsolideerde-tekst"),
        "De wet zoals hij in de geconsolideerde tekst staat.",
    )
    info = {
        "wet-2026": VariantInfo("wet-2026", basis.omschrijving, ["https://example.org/szw"]),
        "wet-2027": VariantInfo("wet-2027", wet.omschrijving, ["https://wetten.overheid.nl/BWBR0015703"]),
    }
    return draai(
        "Proef voor het rapport",
        dt.date(2026, 1, 1),
        dt.date(2026, 12, 1),
        spec,
        basis,
        [wet],
        info,
        aannames=[Aanname(k, str(w), b, t) for k, w, b, t in spec.aannames.lijst()],
    )


@pytest.fixture(scope="module")
def uitkomst():
    return maak_uitkomst()


@pytest.fixture(scope="module")
def html(uitkomst):
    return R.rapport_html(uitkomst)


@pytest.fixture(scope="module")
def geschreven(uitkomst, tmp_path_factory):
    map_ = tmp_path_factory.mktemp("rapport")
    return map_, R.schrijf_rapport(uitkomst, map_)


class Tabellen(HTMLParser):
    """De tabellen van een HTML-document als lijsten van rijen met celteksten (th en td)."""

    def __init__(self):
        super().__init__()
        self.tabellen: list[list[list[str]]] = []
        self._cel: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self.tabellen.append([])
        elif tag == "tr" and self.tabellen:
            self.tabellen[-1].append([])
        elif tag in ("td", "th") and self.tabellen:
            self._cel = []

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cel is not None:
            self.tabellen[-1][-1].append(" ".join("".join(self._cel).split()))
            self._cel = None

    def handle_data(self, data):
        if self._cel is not None:
            self._cel.append(data + " ")


def tabellen(html: str) -> list[list[list[str]]]:
    p = Tabellen()
    p.feed(html)
    return p.tabellen


def tekst(html: str) -> str:
    zonder = re.sub(r"<svg.*?</svg>", " ", html, flags=re.DOTALL)
    return " ".join(re.sub(r"<[^>]+>", " ", zonder).split())


def pdf_paginas(data: bytes) -> int:
    """Pagina's tellen, ook als WeasyPrint de objecten in gecomprimeerde object streams zet."""
    stukken = [data]
    for m in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", data, re.DOTALL):
        try:
            stukken.append(zlib.decompress(m.group(1)))
        except zlib.error:
            pass
    return sum(len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", s)) for s in stukken)


# --- getallen ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "centen, verwacht",
    [
        (BUIG, "€ 7,78 miljard"),  # 7.779,8 miljoen -> 7,78 miljard
        (123_449_999_99, "€ 123,4 miljoen"),
        (123_450_000_00, "€ 123,5 miljoen"),  # half naar boven
        (-1_250_000_00, "-€ 1,3 miljoen"),  # half van nul af
        (999_960_000_00, "€ 1,00 miljard"),  # 999,96 miljoen rondt af op 1.000,0: dan in miljarden
        (1_234_567_890_000_00, "€ 1.234,57 miljard"),  # € 1.234.567.890.000
        (1_000_000_00, "€ 1,0 miljoen"),
        (999_999_99, "€ 999.999,99"),  # onder een miljoen: het hele bedrag
        (0, "€ 0,00"),
    ],
)
def test_groot_bedrag(centen, verwacht):
    assert R.groot_bedrag(centen) == verwacht


def test_groot_bedrag_met_plus_en_getallen():
    assert R.groot_bedrag(60_500_000_00, plus=True) == "+€ 60,5 miljoen"
    assert R.groot_bedrag(-60_500_000_00, plus=True) == "-€ 60,5 miljoen"
    assert R.groot_bedrag(0, plus=True) == "€ 0,00"
    assert R.getal(1234567.891, 2) == "1.234.567,89"
    assert R.getal(410_000, 0) == "410.000"
    assert R.procent(0.1234) == "12,3%"


# --- inhoud --------------------------------------------------------------------------------------


def test_elk_onderdeel_en_elke_variant_staat_erin(uitkomst, html):
    for id_, kop in R.SECTIES:
        assert f'id="{id_}"' in html, id_
        assert re.search(rf"<h2[^>]*>{re.escape(kop)}</h2>", html), kop
    t = tekst(html)
    for v in ("wet-2026", "wet-2027"):
        assert t.count(v) >= 8, v
    # de tabellen: kosten, winnaars (1 variant), zekerheid, armoedeval (4 typen), toets, verschillen, aannames
    koppen = [tab[0] for tab in tabellen(html)]
    assert sum(1 for k in koppen if k[:2] == ["Variant", "Per jaar, 1.000 huishoudens"]) == 1
    assert sum(1 for k in koppen if k[0] == "Groep (huishouden, leeftijd)") == 1
    assert sum(1 for k in koppen if k[0] == "Uren per week") == 4
    toets = next(tab for tab in tabellen(html) if tab[0][0] == "Doel en indicator")
    assert toets[0][1:] == ["wet-2026 (basis)", "wet-2027"]
    assert [r[0].split(".")[0] for r in toets[1:]] == ["i", "ii", "iii", "iv", "v", "vi"]
    assert "Gedragsreacties staan uit" in t
    assert "dezelfde regels als de berekening voor één huishouden" in t
    assert "numpy" in t and "1.000 verzonnen huishoudens" in t and "januari 2026 tot en met december 2026" in t


def test_samenvatting_per_variant_in_drie_of_vier_zinnen(uitkomst):
    ctx = R.rapport_context(uitkomst)
    s = {x["naam"]: x for x in ctx["samenvatting"]}
    assert set(s) == {"wet-2026", "wet-2027"}
    zinnen = " ".join(s["wet-2027"]["zinnen"])
    assert 3 <= len(re.findall(r"[.!?](?:\s|$)", zinnen)) <= 4, zinnen
    assert "Per jaar kost deze variant € " in zinnen and "dan de basis" in zinnen
    assert "gaat er meer dan € 10 per maand op vooruit" in zinnen


def test_rapport_staat_op_zichzelf(html):
    assert html.startswith("<!DOCTYPE html>") and '<html lang="nl">' in html
    assert "<style>" in html
    for extern in ("<link", "<script", "@import", 'src="http', "src='http", "url(http", "<img"):
        assert extern not in html, extern
    svgs = re.findall(r"<svg .*?</svg>", html, re.DOTALL)
    assert len(svgs) == 1 + 4  # winnaars van wet-2027 en de armoedeval van 4 typen huishoudens
    for svg in svgs:
        assert 'role="img"' in svg and re.search(r"<title id=\"[^\"]+\">[^<]{20,}</title>", svg)
        assert 'xlink:href="http' not in svg
    # id's zijn uniek, ook met vijf SVG's van matplotlib in één document
    ids = re.findall(r'\bid="([^"]+)"', html)
    assert len(ids) == len(set(ids))


def test_toetsingskader_noemt_bij_elke_score_indicator_waarde_en_drempel(html, uitkomst):
    toets = next(tab for tab in tabellen(html) if tab[0][0] == "Doel en indicator")
    rij_i = next(r for r in toets if r[0].startswith("i. Een passend perspectief"))
    cel = rij_i[2]
    # doel i: marginale druk 0 -> 16 uur; drempels 2 en 10 procentpunt (toetsingskader.yaml)
    assert "Marginale druk van 0 naar 16 uur werk" in cel
    assert "+ of - vanaf 2,0, ++ of -- vanaf 10,0" in cel
    assert re.match(r"^(\+\+|\+|0|-|--) ", cel), cel
    assert re.search(r"\d+,\d%", cel)
    # zonder verrekenmethode is doel iv niet te meten: dat staat er in woorden bij
    rij_iv = next(r for r in toets if r[0].startswith("iv."))
    assert rij_iv[2].startswith("n.v.t. niet te meten") and "niet gemeten" in rij_iv[2]
    for rij in toets[1:]:
        for c in rij[2:]:
            assert re.match(r"^(\+\+|\+|0|-|--|n\.v\.t\.) ", c), c  # nooit alleen een kleur


def test_buig_vergelijking_met_de_hand():
    """20.000 huishoudens met elk € 1.400 bijstand per maand: omgerekend naar 410.000 huishoudens is dat
    410.000 x 12 x € 1.400 = € 6.888.000.000 per jaar. Tegen € 7.779,8 miljoen BUIG:
    (6.888,0 - 7.779,8) / 7.779,8 = -11,46%."""
    u = maak_uitkomst(1_000)
    ind = dataclasses.replace(u.indicatoren, huishoudens=20_000)
    ind.kosten = {**ind.kosten, "wet-2026": {**ind.kosten["wet-2026"], "per_jaar": 20_000 * 12 * 1_400_00}}
    u = dataclasses.replace(u, indicatoren=ind)
    t = tekst(R.rapport_html(u))
    assert (
        "De basis (wet-2026) kost in deze doorrekening € 6,89 miljard per jaar, omgerekend naar 410.000 "
        "huishoudens. Het BUIG-macrobudget voor 2025 is € 7,78 miljard"
    ) in t
    assert "De doorrekening komt dus 11,5% lager uit dan het BUIG-budget." in t
    assert "loonkostensubsidie" in t and "verzonnen" in t
    assert R.rapport_json(u)["kalibratie"]["simulatie"] == "6888000000.00"
    assert R.rapport_json(u)["kalibratie"]["verschil_procent"] == -11.46


def test_buig_vergelijking_uit_de_getallen_van_de_fixture(uitkomst, html):
    per_jaar = uitkomst.indicatoren.kosten["wet-2026"]["per_jaar"]
    landelijk = per_jaar * 410_000 // 1_000
    pct = 100 * (landelijk - BUIG) / BUIG
    verwacht = f"{abs(pct):.1f}".replace(".", ",") + "%"
    assert f"De doorrekening komt dus {verwacht} {'hoger' if pct > 0 else 'lager'} uit" in tekst(html)
    assert uitkomst.buig_bron in html


def test_winnaars_en_verliezers_per_groep(uitkomst, html):
    tab = next(tab for tab in tabellen(html) if tab[0][0] == "Groep (huishouden, leeftijd)")
    assert tab[0][2:7] == list(BANDEN)
    totaal = tab[-1]
    assert totaal[0] == "Alle huishoudens" and totaal[1] == "1.000"
    banden = uitkomst.indicatoren.winnaars["wet-2027"]["totaal"]
    for i, b in enumerate(banden):
        assert totaal[2 + i] == f"{b:,} ({100 * b / 1000:.1f}%)".replace(",", "_").replace(".", ",").replace(
            "_", "."
        ), (i, totaal)
    for rij in tab[1:-1]:
        aantallen = [int(c.split(" ")[0].replace(".", "")) for c in rij[2:7]]
        assert sum(aantallen) == int(rij[1].replace(".", ""))


def test_json_met_geld_als_tekst(geschreven, uitkomst):
    map_, _ = geschreven
    data = json.loads((map_ / "rapport.json").read_text(encoding="utf-8"))
    assert data["kalibratie"]["buig"] == "7779800000.00"
    k = data["kosten"]["wet-2027"]
    for veld in ("per_jaar", "verschil_per_jaar", "per_huishouden_per_maand", "landelijk_per_jaar"):
        assert re.fullmatch(r"-?\d+\.\d\d", k[veld]), veld
    assert k["per_jaar"] == als_tekst(uitkomst.indicatoren.kosten["wet-2027"]["per_jaar"])
    assert isinstance(k["met_bijstand"], int)
    assert data["armoedeval"]["wet-2026"]["loon"]["alleenstaande"][0] == "0.00"
    assert data["periode"] == {"van": "2026-01", "tot_en_met": "2026-12"}
    assert [s["code"] for s in data["toetsingskader"]] == ["i", "ii", "iii", "iv", "v", "vi"]


# --- bestanden ----------------------------------------------------------------------------------


def test_pdf_en_html_worden_geschreven(geschreven):
    map_, paden = geschreven
    assert sorted(p.name for p in paden) == ["rapport.html", "rapport.json", "rapport.pdf"]
    assert sorted(p.name for p in map_.iterdir()) == ["rapport.html", "rapport.json", "rapport.pdf"]
    pdf = (map_ / "rapport.pdf").read_bytes()
    assert pdf.startswith(b"%PDF")
    assert pdf_paginas(pdf) >= 2
    assert (map_ / "rapport.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_zonder_pdf(uitkomst, tmp_path):
    paden = R.schrijf_rapport(uitkomst, tmp_path / "nieuw" / "map", pdf=False)
    assert sorted(p.name for p in paden) == ["rapport.html", "rapport.json"]
    assert not (tmp_path / "nieuw" / "map" / "rapport.pdf").exists()


def test_geen_half_bestand_als_de_pdf_mislukt(uitkomst, tmp_path, monkeypatch):
    (tmp_path / "rapport.html").write_text("oud", encoding="utf-8")

    def stuk(*a, **k):
        raise RuntimeError("WeasyPrint struikelt")

    monkeypatch.setattr(R, "rapport_pdf", stuk)
    with pytest.raises(RuntimeError):
        R.schrijf_rapport(uitkomst, tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rapport.html"]
    assert (tmp_path / "rapport.html").read_text(encoding="utf-8") == "oud"


def test_geen_half_bestand_als_het_schrijven_mislukt(uitkomst, tmp_path, monkeypatch):
    """Het tweede bestand faalt halverwege het schrijven: geen .tmp blijft over, niets is half overschreven."""
    (tmp_path / "rapport.json").write_text('{"oud": true}', encoding="utf-8")
    echte_fsync = R.os.fsync
    teller = {"n": 0}

    def fsync(fd):
        teller["n"] += 1
        if teller["n"] == 2:
            raise OSError(28, "No space left on device")
        return echte_fsync(fd)

    monkeypatch.setattr(R.os, "fsync", fsync)
    with pytest.raises(OSError):
        R.schrijf_rapport(uitkomst, tmp_path, pdf=False)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rapport.json"]
    assert (tmp_path / "rapport.json").read_text(encoding="utf-8") == '{"oud": true}'
