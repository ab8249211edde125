# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""De opdrachtregel zoals casus.md hem beschrijft, en foute invoer: Nederlandse melding met veld en
regel, exit-status 2, nooit een traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from balans.cli import main

GEDEELD = Path(__file__).parent.parent.parent / "shared" / "casussen"

GOED = """\
naam: Alleenstaande van 35
periode: {van: 2025-07, tot: 2025-08}
huishouden:
  aanvrager: {geboortedatum: 1990-05-01}
maanden:
  2025-08:
    inkomsten:
      - {soort: arbeid, netto: 600.00}
"""


def _draai(tmp_path, tekst, *extra, capsys):
    pad = tmp_path / "casus.yaml"
    pad.write_text(tekst, encoding="utf-8")
    code = main(["bereken", str(pad), *extra])
    uit = capsys.readouterr()
    return code, uit.out, uit.err


def test_bereken_tabel_en_uitleg(tmp_path, capsys):
    code, uit, _ = _draai(tmp_path, GOED, capsys=capsys)
    assert code == 0
    assert "Hoe is dit berekend?" in uit
    # 2025-08: norm 1369.06 (art. 21 onder a, 2025-07-01); 25% van 600 = 150 vrij; bijstand 1369.06 - 450 = 919.06
    assert "€ 919,06" in uit
    assert "https://wetten.overheid.nl/BWBR0015703/2025-07-01#Artikel21" in uit


def test_bereken_json_volgens_casus_md(tmp_path, capsys):
    code, uit, _ = _draai(tmp_path, GOED, "--json", capsys=capsys)
    assert code == 0
    data = json.loads(uit)
    aug = data["maanden"][1]
    assert aug["maand"] == "2025-08"
    assert (aug["norm"], aug["vrijlating"], aug["middelen"], aug["verlaging"], aug["bijstand"]) == (
        "1369.06",
        "150.00",
        "450.00",
        "0.00",
        "919.06",
    )
    assert aug["recht"] is True
    stap = aug["uitleg"][0]
    assert set(stap) >= {"regel", "artikel", "bron", "tekst", "bedrag"}
    assert isinstance(stap["bedrag"], str)


FOUTEN = [
    ("ontbrekend veld", GOED.replace("naam: Alleenstaande van 35\n", ""), "naam", None),
    ("onbekend veld", GOED.replace("huishouden:", "huishoudn: {}\nhuishouden:"), "huishoudn", 3),
    ("tikfout in genest veld", GOED.replace("geboortedatum", "geboortedatun"), "geboortedatun", 4),
    ("onmogelijke datum", GOED.replace("1990-05-01", "1990-02-30"), "geboortedatum", 4),
    ("negatief bedrag", GOED.replace("600.00", "-600.00"), "netto", 8),
    ("drie decimalen", GOED.replace("600.00", "600.001"), "netto", 8),
    ("maand buiten periode", GOED.replace("2025-08:", "2026-01:"), "maanden.2026-01", 6),
    ("onmogelijke maand", GOED.replace("2025-08:", "2025-13:"), "maanden.2025-13", 6),
    ("onbekende soort", GOED.replace("soort: arbeid", "soort: loon"), "soort", 8),
    ("kapotte yaml", GOED.replace("{van: 2025-07, tot: 2025-08}", "{van: 2025-07, tot: 2025-08"), None, 3),
    ("dubbele punt in tekst", GOED.replace("naam: Alleenstaande van 35", "naam: Alleenstaande: 35 jaar"), None, 1),
    ("leeg bestand", "", None, 1),
    ("alleen commentaar", "# niets\n", None, 1),
    ("geen mapping", "- een\n- lijst\n", None, 1),
    ("dubbel veld", GOED + "naam: nog een keer\n", "naam", 9),
    ("periode verkeerd om", GOED.replace("{van: 2025-07, tot: 2025-08}", "{van: 2025-09, tot: 2025-08}"), "periode", 2),
    ("te vroeg", GOED.replace("{van: 2025-07, tot: 2025-08}", "{van: 2023-12, tot: 2025-08}"), "periode.van", 2),
    ("onbekend regime", GOED + "regime: fantasie\n", "regime", 9),
    ("onbekende gemeente", GOED + "gemeente: atlantis\n", "gemeente", 9),
    ("partnerinkomen zonder partner", GOED.replace("netto: 600.00}", "netto: 600.00, van: partner}"), "van", 8),
    ("tekst als bedrag", GOED.replace("600.00", "zeshonderd"), "netto", 8),
    (
        "ja_nee als tekst",
        GOED.replace("{geboortedatum: 1990-05-01}", "{geboortedatum: 1990-05-01, medisch_urenbeperkt: misschien}"),
        "medisch_urenbeperkt",
        4,
    ),
    (
        "maatregel boven 100",
        GOED.replace("    inkomsten:", "    maatregel: {percentage: 130}\n    inkomsten:"),
        "percentage",
        7,
    ),
]


@pytest.mark.parametrize("naam,tekst,veld,regel", FOUTEN, ids=[f[0] for f in FOUTEN])
def test_foute_invoer(tmp_path, capsys, naam, tekst, veld, regel):
    code, uit, fout = _draai(tmp_path, tekst, capsys=capsys)
    assert code == 2
    assert uit == ""  # niets half geschreven
    assert "Traceback" not in fout
    if veld:
        assert "veld '" in fout and veld in fout, fout
    if regel:
        assert f"regel {regel}" in fout, fout
    assert any(
        w in fout
        for w in (
            "niet",
            "geen",
            "ontbreekt",
            "ken ik",
            "buiten",
            "leeg",
            "Verwacht",
            "verwacht",
            "bestaat",
            "hoogstens",
            "twee keer",
            "te vroeg",
            "Kies",
            "vóór",
            "begint",
        )
    ), fout


def test_tikfout_krijgt_een_suggestie(tmp_path, capsys):
    _, _, fout = _draai(tmp_path, GOED.replace("geboortedatum", "geboortedatun"), capsys=capsys)
    assert "Bedoelt u 'geboortedatum'?" in fout


def test_bestand_bestaat_niet(capsys):
    assert main(["bereken", "bestaat/niet.yaml"]) == 2
    assert "bestaat niet" in capsys.readouterr().err


def test_onbekende_opdracht_geeft_2(capsys):
    with pytest.raises(SystemExit) as e:
        main(["reken"])
    assert e.value.code == 2
    assert "fout" in capsys.readouterr().err


@pytest.mark.skipif(not GEDEELD.exists(), reason="../shared/casussen ontbreekt")
def test_toets_gedeelde_casussen(capsys):
    assert main(["toets", str(GEDEELD)]) == 0
    assert "0 met verschil" in capsys.readouterr().out


def test_toets_meldt_verschil_met_exit_1(tmp_path, capsys):
    (tmp_path / "a.yaml").write_text(GOED + "verwacht:\n  2025-08: {bijstand: 919.07}\n", encoding="utf-8")
    assert main(["toets", str(tmp_path)]) == 1
    uit = capsys.readouterr().out
    assert "verwacht € 919,07, berekend € 919,06" in uit


def test_toets_onleesbare_casus_geeft_2(tmp_path, capsys):
    (tmp_path / "a.yaml").write_text("naam: [", encoding="utf-8")
    assert main(["toets", str(tmp_path)]) == 2


def test_echte_opdracht_zonder_traceback(tmp_path):
    """Via het geïnstalleerde commando, zoals een mens het gebruikt."""
    pad = tmp_path / "kapot.yaml"
    pad.write_text(
        "naam: x\nperiode: {van: 2025-02, tot: 2025-02}\nhuishouden: {aanvrager: {geboortedatum: 2001-02-29}}\n"
    )
    r = subprocess.run([sys.executable, "-m", "balans.cli", "bereken", str(pad)], capture_output=True, text=True)
    assert r.returncode == 2
    assert "Traceback" not in r.stderr
    assert "regel 3" in r.stderr and "bestaat niet in de kalender" in r.stderr


def test_yamlfout_in_gewone_taal(tmp_path, capsys):
    pad = tmp_path / "c.yaml"
    pad.write_text(GOED.replace("naam: Alleenstaande van 35", "naam: Alleenstaande: 35 jaar"), encoding="utf-8")
    assert main(["bereken", str(pad)]) == 2
    fout = capsys.readouterr().err
    assert "dubbele punt" in fout and "aanhalingstekens" in fout and "mapping values" not in fout
