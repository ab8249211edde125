# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Issue 15, punt 7: wat de uitvoer zegt over de geldlening (art. 50 lid 2) en over kinderbijslag en toeslagen
(art. 31 lid 2 onder b en d). De bedragen staan met de hand uitgewerkt in tests/casussen/norm-en-middelen/."""

from __future__ import annotations

from pathlib import Path

from balans.casus.laden import uit_bestand, uit_tekst
from balans.rekenen.casus import bereken
from balans.uitvoer import als_tabel

HIER = Path(__file__).parent


def test_tabel_noemt_de_geldlening():
    c = uit_bestand(HIER / "casussen" / "overig" / "vermogen-eigen-woning-overwaarde-2026.yaml")
    tabel = als_tabel(c.naam, bereken(c))
    assert "als geldlening" in tabel
    assert "februari 2026 € 1.401,50, maart 2026 € 1.401,50" in tabel
    assert "Pw art. 50 lid 2" in tabel


def test_json_noemt_het_deel_dat_een_lening_is():
    """Art. 50 lid 2 onder b ('voorzover'): alleen tot de overwaarde boven € 67.500 (hier € 2.500) is het een
    lening; met de hand in tests/casussen/overig/art50-2-b-lening-tot-de-overwaarde-2026.yaml."""
    from balans.uitvoer import als_json

    c = uit_bestand(HIER / "casussen" / "overig" / "art50-2-b-lening-tot-de-overwaarde-2026.yaml")
    maanden = als_json(c.naam, bereken(c))["maanden"]
    assert [(m["lening"], m["geldlening"]) for m in maanden] == [(True, "1401.50"), (True, "1098.50"), (False, "0.00")]
    assert [m["bijstand"] for m in maanden] == ["1401.50"] * 3


def test_tabel_zonder_lening_zegt_niets_over_een_lening():
    c = uit_bestand(HIER / "casussen" / "overig" / "vermogen-eigen-woning-onder-grens-2026.yaml")
    assert "geldlening" not in als_tabel(c.naam, bereken(c))


def test_uitleg_zegt_dat_kinderbijslag_en_toeslagen_niet_meetellen():
    c = uit_tekst("""naam: ouder
periode: {van: 2026-03, tot: 2026-03}
huishouden:
  aanvrager: {geboortedatum: 1990-01-01}
  kinderen: [{geboortedatum: 2018-01-01}]
""")
    stappen = [s for s in bereken(c)[0].uitkomst.spoor if s.tak == "31-2-b-d-kinderbijslag-toeslagen"]
    assert len(stappen) == 1
    assert "Kinderbijslag, kindgebonden budget en toeslagen" in stappen[0].tekst
    assert stappen[0].bron.endswith("2026-02-04#Artikel31")  # de versie die in maart 2026 geldt


def test_zaak_bewaart_een_kenmerk_met_datums():
    """Issue 15 punt 1: de zaak bewaart de casus als data (zaak/feiten.py); een kenmerk met {van, tot} komt terug
    en geeft dezelfde bedragen (tests/casussen/kenmerken/partner-rechthebbend-...: 1.680,36 en 2.002,13)."""
    from balans.zaak import feiten

    c = uit_bestand(HIER / "casussen" / "kenmerken" / "partner-rechthebbend-vanaf-verblijfsvergunning-2026.yaml")
    data = feiten.als_data(c)
    assert data["huishouden"]["partner"]["rechthebbend"] == {"van": "2026-02-10"}
    terug = feiten.controleer(data)
    assert [int(r.uitkomst.norm) for r in bereken(terug)] == [168036, 200213]
