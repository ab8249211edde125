# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Brieven (issue 14, item 7): de naam van de gemeente uit de instellingen, wat er op de rekening komt,
en getagde PDF's (PDF/UA-1).

Bedragen met de hand (tests/casussen/maandstaat/b-vierweken-verworven.yaml rekent de bijstand uit):
maart 2026 bijstand € 874,50; de vakantietoeslag die we opsparen is 5% daarvan: 43,725 -> € 43,73
(half naar boven); op de rekening 874,50 - 43,73 = € 830,77. April € 891,50: 44,575 -> € 44,58, op de
rekening € 846,92. Mei € 1.112,50: 55,625 -> € 55,63, op de rekening € 1.056,87. 'Op de maand' betaalt
pas als de loonstrook er is: maart op 24 april 2026 (na de loonstrook van 22 april), april op 25 mei.
"""

from __future__ import annotations

import datetime as dt
import re
import zlib
from pathlib import Path

import pytest

from balans.brieven import beschikking_html, beschikking_pdf
from balans.brieven.beschikking import PDF_VARIANT, Afzender, afzender_uit
from balans.brieven.leesbaarheid import tekst_uit_html
from balans.casus.laden import uit_bestand
from balans.rekenen.casus import bereken
from balans.settings import Settings
from balans.zaak import diensten

CASUS = Path(__file__).resolve().parents[1] / "casussen" / "maandstaat" / "b-vierweken-verworven.yaml"
DATUM = dt.date(2026, 11, 25)


@pytest.fixture(scope="module")
def brief():
    c = uit_bestand(CASUS)
    staat = diensten.maandstaat(c, "op_de_maand")["methoden"]["op_de_maand"]
    return beschikking_html(
        c,
        bereken(c),
        aan="A. Voorbeeld",
        kenmerk="BLS-9",
        datum=DATUM,
        betalingen=staat,
        afzender=afzender_uit(
            Settings(gemeente="Diemen", gemeente_telefoon="020 314 4000", gemeente_website="https://www.diemen.nl")
        ),
    )


def _rij(html: str, maand: str) -> list[str]:
    tabel = html.split("<caption>Per maand: uw bijstand, wat we opzij zetten")[1].split("</table>")[0]
    rij = re.search(rf"<th scope=\"row\">{maand}</th>(.*?)</tr>", tabel, re.S).group(1)
    return [tekst_uit_html(c).strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", rij, re.S)]


def test_per_maand_wat_op_de_rekening_komt(brief):
    # Met de hand (casus b, formele wet 2026: onder n 25%): bijstand maart 936,50, april 951,50, mei 1.146,50;
    # 5% opzij (half naar boven): 46,83, 47,58, 57,33; op de rekening 889,67, 903,92, 1.089,17.
    # Op de maand: maart is compleet met s2 (binnen 22 april + 3 verwerkdagen = zaterdag 25 april; maandag
    # 27 april is Koningsdag) -> dinsdag 28 april. April en mei met s3 (20 mei + 3 = zaterdag 23 mei; maandag
    # 25 mei is Tweede Pinksterdag) -> dinsdag 26 mei.
    assert _rij(brief, "maart 2026") == ["€ 936,50", "€ 46,83", "€ 889,67", "28 april 2026"]
    assert _rij(brief, "april 2026") == ["€ 951,50", "€ 47,58", "€ 903,92", "26 mei 2026"]
    assert _rij(brief, "mei 2026") == ["€ 1.146,50", "€ 57,33", "€ 1.089,17", "26 mei 2026"]
    assert "Van uw bijstand houden we elke maand 5% apart" in brief


def test_naam_van_de_gemeente_uit_de_instellingen(brief):
    assert "Gemeente Diemen" in brief and "020 314 4000" in brief and "https://www.diemen.nl" in brief
    assert "Voorbeeld</span>" not in brief and "voorbeeld.nl" not in brief


def test_standaard_gelijk_aan_de_instelling():
    # Zonder instelling: dezelfde demonaam in de beschikking als in de andere brieven (was 'Gemeente Voorbeeld').
    assert Afzender().gemeente == afzender_uit(Settings()).gemeente == f"Gemeente {Settings().gemeente}"
    assert Settings.uit_omgeving(gemeente="Diemen").gemeente == "Diemen"


def _uitgepakt(pdf: bytes) -> bytes:
    """De PDF met elke FlateDecode-stroom uitgepakt: de catalogus zit in een gecomprimeerde objectstroom."""
    delen = [pdf]
    for m in re.finditer(rb"stream\r?\n", pdf):
        try:
            delen.append(zlib.decompressobj().decompress(pdf[m.end() :]))
        except zlib.error:
            pass
    return b"\n".join(delen)


def test_pdf_is_getagd_pdf_ua():
    c = uit_bestand(CASUS)
    pdf = _uitgepakt(beschikking_pdf(c, bereken(c), aan="A. Voorbeeld", kenmerk="BLS-9", datum=DATUM))
    assert PDF_VARIANT == "pdf/ua-1"
    assert b"/StructTreeRoot" in pdf and b"/MarkInfo" in pdf  # getagd: een structuurboom
    assert b"pdfuaid" in pdf  # de PDF/UA-verklaring in de XMP-metadata
    assert re.search(rb"/Lang\s*\(nl\)", pdf)
