# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Het runbestand: het voorbeeld laadt, eigen varianten werken, en elke fout noemt veld en regel (allemaal tegelijk)."""

from __future__ import annotations

import datetime as dt
import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from balans.beleid.populatie import MAX_HUISHOUDENS
from balans.beleid.run import RunFout, laad

VOORBEELD = Path(__file__).resolve().parents[2] / "src" / "balans" / "voorbeelden" / "beleid-2027.yaml"


def _run(tmp_path: Path, tekst: str, naam: str = "run.yaml") -> Path:
    pad = tmp_path / naam
    pad.write_text(tekst, encoding="utf-8")
    return pad


def _fouten(pad: Path) -> str:
    with pytest.raises(RunFout) as e:
        laad(pad)
    assert all(f.startswith(str(pad.parent)) for f in e.value.fouten)
    return "\n".join(e.value.fouten)


KLEIN = "naam: x\nperiode: {van: 2027-01, tot_en_met: 2027-03}\nbasis: wet-2026\n"


def test_voorbeeldrun_laadt():
    r = laad(VOORBEELD)
    assert r.basis.naam == "wet-2026" and r.populatie.n == 410_000 and r.populatie.zaadje == 2026
    assert [v.naam for v in r.varianten] == [
        "wet-2027",
        "vrijlating-25",
        "cpb-experiment",
        "nrp-70",
        "kostendelersnorm-af",
        "vrijlating-20-en-giften-1800",
    ]
    assert r.van == dt.date(2027, 1, 1) and r.tot_en_met == dt.date(2027, 12, 1)
    assert r.backend == "numpy" and r.verrekenmethode is None and r.pdf is True
    # de eigen variant: 20% vrijlating en € 1.800 giften bovenop de wet van 2027 ('op: wet-2027')
    p = r.bomen()["vrijlating-20-en-giften-1800"].op(dt.date(2027, 5, 1))
    assert p.art34a.a_percentage * 100 == 20 and p.art31.giften_vrij_per_kalenderjaar == 1800_00
    assert p.art34b.maximum_per_kalenderjaar == 1000_00
    assert r.info["vrijlating-20-en-giften-1800"].omschrijving.startswith("Eigen voorbeeld")


def test_alle_fouten_tegelijk_met_veld_en_regel(tmp_path):
    pad = _run(
        tmp_path,
        "naam: x\n"  # 1
        "periode: {van: 2027-01, tot_en_met: 2032-12}\n"  # 2
        "populatie: {huishoudens: 0, zaadje: -1}\n"  # 3
        "basis: wet-2026\n"  # 4
        "varianten:\n"  # 5
        "  - bestaat-niet\n"  # 6
        "  - naam: eigen\n"  # 7
        "    omschrijving: Eigen variant.\n"  # 8
        "    wijzigingen:\n"  # 9
        "      art31:\n"  # 10
        "        geen_parameter: {waarden: {2024-01-01: {waarde: 1}}}\n"  # 11
        "        n_maximum:\n"  # 12
        "          waarden:\n"  # 13
        "            2024-01-01: {waarde: veel}\n"  # 14
        "  - naam: zonder-omschrijving\n"  # 15
        "  - wet-2026\n"  # 16
        "verrekenmethode: per-week\n"  # 17
        "rekenen: {backend: spark, werkers: 0, partitie: 1234}\n"  # 18
        "uitvoer: {map: uit, pdf: ja, kleur: rood}\n"  # 19
        "gedrag: {uren_elasticiteit: 5}\n"  # 20
        "kleur: blauw\n",
    )  # 21
    tekst = _fouten(pad)
    assert "periode.tot_en_met (regel 2): de periode moet 1 tot en met 60 maanden zijn, niet 72" in tekst
    assert "populatie.huishoudens (regel 3)" in tekst and "populatie.zaadje (regel 3)" in tekst
    assert "varianten[0] (regel 6): de variant 'bestaat-niet' bestaat niet" in tekst
    assert (
        "varianten[1].wijzigingen.art31.geen_parameter (regel 11): de parameter art31.geen_parameter bestaat niet"
        in tekst
    )
    assert "varianten[1].wijzigingen.art31.n_maximum.waarden.2024-01-01.waarde (regel 14)" in tekst
    assert "'veel' kan niet. Verwacht: een bedrag in euro" in tekst
    assert "varianten[2].omschrijving (regel 15)" in tekst
    assert "varianten[3] (regel 16): de naam 'wet-2026' komt al voor bij basis" in tekst
    assert "verrekenmethode (regel 17): kies uit op_de_maand" in tekst
    assert "rekenen.backend (regel 18): kies numpy of dask" in tekst and "rekenen.werkers (regel 18)" in tekst
    assert "rekenen.partitie (regel 18): een veelvoud van 50.000" in tekst
    assert "uitvoer.pdf (regel 19): true of false" in tekst and "uitvoer.kleur (regel 19): onbekend veld" in tekst
    assert "gedrag.uren_elasticiteit (regel 20)" in tekst
    assert "kleur (regel 21): onbekend veld" in tekst


@pytest.mark.parametrize(
    "regel, stukje",
    [
        ("periode: {van: 2027-13, tot_en_met: 2027-12}", "periode.van (regel 2): schrijf een maand als JJJJ-MM"),
        (
            "periode: {van: 2027-06, tot_en_met: 2027-01}",
            ("periode.tot_en_met (regel 2): de laatste maand (2027-01) ligt voor de eerste (2027-06)"),
        ),
        ("periode: {van: 2027-01, tot_en_met: 2031-12}", None),  # precies 60 maanden mag
        ("periode: {van: 2027-01, tot_en_met: 2032-01}", "niet 61"),
        ("periode: {van: 2027-01}", "periode (regel 2): geef periode.van en periode.tot_en_met"),
        ("periode: {van: 2027-01, tot_en_met: 2027-01, tot: 2027-02}", "periode.tot (regel 2): onbekend veld"),
    ],
)
def test_periode(tmp_path, regel, stukje):
    pad = _run(tmp_path, f"naam: x\n{regel}\nvarianten: [wet-2027]\n")
    if stukje is None:
        assert laad(pad).tot_en_met == dt.date(2031, 12, 1)
    else:
        assert stukje in _fouten(pad)


@pytest.mark.parametrize(
    "n, goed",
    [(1, True), (MAX_HUISHOUDENS, True), (0, False), (MAX_HUISHOUDENS + 1, False), ("veel", False), (2.5, False)],
)
def test_aantal_huishoudens(tmp_path, n, goed):
    pad = _run(tmp_path, KLEIN + f"populatie: {{huishoudens: {n}}}\nvarianten: [wet-2027]\n")
    if goed:
        assert laad(pad).populatie.n == n
    else:
        assert "populatie.huishoudens (regel 4): een heel getal van 1 tot en met 10.000.000" in _fouten(pad)


def test_yaml_fout_noemt_de_regel(tmp_path):
    pad = _run(tmp_path, KLEIN + "varianten: [wet-2027\nkleur: blauw\n")
    with pytest.raises(RunFout) as e:
        laad(pad)
    assert len(e.value.fouten) == 1 and "regel" in e.value.fouten[0] and "geen geldige YAML" in e.value.fouten[0]


def test_eigen_variant_op_een_andere_variant(tmp_path):
    pad = _run(
        tmp_path,
        KLEIN + "varianten:\n"
        "  - naam: ruim\n"
        "    omschrijving: Vrijlating 25% en de norm bij een niet-rechthebbende partner 90%.\n"
        "    op: vrijlating-25\n"
        "    wijzigingen:\n"
        "      art24:\n"
        "        percentage_niet_rechthebbende_partner: {waarden: {2027-01-01: {waarde: '90', bron: eigen}}}\n",
    )
    r = laad(pad)
    p = r.bomen()["ruim"].op(dt.date(2027, 2, 1))
    assert p.art34a.a_percentage * 100 == 25 and p.art24.percentage_niet_rechthebbende_partner * 100 == 90
    # vóór de datum van de eigen wijziging geldt wat de variant eronder zegt
    assert r.bomen()["ruim"].op(dt.date(2026, 12, 1)).art24.percentage_niet_rechthebbende_partner * 100 == 50


def test_variant_in_een_eigen_bestand(tmp_path):
    (tmp_path / "varianten").mkdir()
    (tmp_path / "varianten" / "mijn.yaml").write_text(
        "naam: mijn-variant\n"
        "omschrijving: Giften tot € 3.000 per jaar tellen niet mee.\n"
        "bronnen: [eigen idee]\n"
        "op: wet-2027\n"
        "wijzigingen:\n"
        "  art31:\n"
        "    giften_vrij_per_kalenderjaar: {waarden: {2024-01-01: {waarde: '3000.00', bron: eigen}}}\n",
        encoding="utf-8",
    )
    r = laad(_run(tmp_path, KLEIN + "varianten: [varianten/mijn.yaml]\n"))
    assert r.varianten[0].naam == "mijn-variant"
    assert r.varianten[0].boom.op(dt.date(2027, 1, 1)).art31.giften_vrij_per_kalenderjaar == 3000_00
    assert r.info["mijn-variant"].bronnen == ["eigen idee"]


def test_fout_in_een_eigen_variantbestand_noemt_dat_bestand_en_de_regel(tmp_path):
    (tmp_path / "mijn.yaml").write_text(
        "naam: mijn\n"
        "omschrijving: Fout.\n"
        "wijzigingen:\n"
        "  art34a:\n"
        "    a_maanden: {waarden: {2024-01-01: {waarde: twaalf}}}\n",
        encoding="utf-8",
    )
    tekst = _fouten(_run(tmp_path, KLEIN + "varianten: [mijn.yaml, weg.yaml]\n"))
    assert f"{tmp_path / 'mijn.yaml'}: wijzigingen.art34a.a_maanden.waarden.2024-01-01.waarde (regel 5)" in tekst
    assert "varianten[1] (regel 4): kan het bestand" in tekst


def test_varianten_in_een_kring(tmp_path):
    (tmp_path / "a.yaml").write_text("naam: a\nomschrijving: A.\nop: b.yaml\n", encoding="utf-8")
    (tmp_path / "b.yaml").write_text("naam: b\nomschrijving: B.\nop: a.yaml\n", encoding="utf-8")
    tekst = _fouten(_run(tmp_path, KLEIN + "varianten: [a.yaml]\n"))
    assert "in een kring" in tekst and "op (regel 3)" in tekst


def test_wet_van_een_jaar_in_het_runbestand(tmp_path):
    pad = _run(
        tmp_path,
        KLEIN + "varianten:\n"
        "  - {naam: regels-2025-bedragen-2025, omschrijving: Alles van juli 2025., regels_van: 2025-07-01,\n"
        "     bedragen_vast: true}\n"
        "  - {naam: fout, omschrijving: Fout., regels_van: 2025-02-30, bedragen_vast: ja}\n",
    )
    tekst = _fouten(pad)
    assert "varianten[1].regels_van (regel 7): schrijf een datum als JJJJ-MM-DD" in tekst
    assert "varianten[1].bedragen_vast (regel 7): true of false" in tekst
    pad = _run(
        tmp_path,
        KLEIN + "varianten:\n  - {naam: vast, omschrijving: Alles van juli 2025., "
        "regels_van: 2025-07-01, bedragen_vast: true}\n",
    )
    # normenbrief 1 juli 2025: alleenstaande € 1.369,06, ook in maart 2027
    assert laad(pad).varianten[0].boom.op(dt.date(2027, 3, 1)).art21.alleenstaande == 1369_06


def test_aannames_aanpassen(tmp_path):
    pad = _run(
        tmp_path,
        KLEIN + "populatie: {huishoudens: 1000, aannames: {deeltijd: 0.12, vrouw: 0.6}}\nvarianten: [wet-2027]\n",
    )
    a = laad(pad).populatie.aannames
    assert a["deeltijd"] == pytest.approx(0.12) and isinstance(a["deeltijd"], float) and a["vrouw"] == 0.6
    pad = _run(
        tmp_path,
        KLEIN + "populatie:\n  aannames:\n    deeltijd: veel\n    kleur: 1\n"
        "    leeftijd: {jonger_dan_27: 1}\n    totaal: 2.5\nvarianten: [wet-2027]\n",
    )
    tekst = _fouten(pad)
    assert "populatie.aannames.deeltijd (regel 6): een getal van 0 of meer" in tekst
    assert "populatie.aannames.kleur (regel 7): onbekende aanname" in tekst
    assert "populatie.aannames.totaal (regel 9): een heel getal" in tekst
    # een deel aanpassen mag (de rest blijft), een negatief deel niet: laad_aannames meldt het deel
    pad = _run(tmp_path, KLEIN + "populatie:\n  aannames:\n    leeftijd: {jonger_dan_27: -1}\nvarianten: [wet-2027]\n")
    assert (
        "populatie.aannames (regel 5): aanname 'leeftijd' (in de run): 'jonger_dan_27' moet een getal van 0 of meer"
        in _fouten(pad)
    )
    pad = _run(tmp_path, KLEIN + "populatie:\n  aannames:\n    leeftijd: {jonger_dan_27: 1}\nvarianten: [wet-2027]\n")
    assert laad(pad).populatie.aannames["leeftijd"]["27_tot_45"] == 139_000


def test_dask_instellingen(tmp_path):
    pad = _run(
        tmp_path,
        KLEIN + "varianten: [wet-2027]\n"
        "rekenen: {backend: dask, scheduler: tcp://10.0.0.5:8786, werkers: 8, partitie: 500000}\n",
    )
    r = laad(pad)
    assert (r.backend, r.scheduler, r.werkers, r.partitie) == ("dask", "tcp://10.0.0.5:8786", 8, 500_000)
    pad = _run(tmp_path, KLEIN + "varianten: [wet-2027]\nrekenen: {backend: numpy, scheduler: 10.0.0.5}\n")
    assert "rekenen.scheduler (regel 5): het adres van de Dask-scheduler" in _fouten(pad)


def test_verrekenmethode_per_variant(tmp_path):
    from balans.beleid import run

    met_maandstaat = importlib.util.find_spec("balans.maandstaat.vector") is not None
    pad = _run(tmp_path, KLEIN + "varianten: [wet-2027, surplus]\n")
    if not met_maandstaat:
        assert "verrekenmethode" in _fouten(pad) and "surplus" in _fouten(pad)
        return
    if run.METHODE_PER_VARIANT:
        assert laad(pad).methoden == {"wet-2026": None, "wet-2027": None, "surplus": "vast_bedrag"}
    else:  # niet stil doorrekenen alsof surplus de wet van 2027 is
        assert "varianten (regel 4): surplus heeft een eigen verrekenmethode" in _fouten(pad)
    # met één methode voor de hele run krijgt elke variant die
    pad = _run(tmp_path, KLEIN + "varianten: [wet-2027, surplus]\nverrekenmethode: vast_bedrag\n")
    assert set(laad(pad).methoden.values()) == {"vast_bedrag"}


def test_overschrijven_zoals_de_cli(tmp_path):
    r = laad(VOORBEELD, {"populatie": {"huishoudens": 2000, "zaadje": 7}, "uitvoer": {"map": str(tmp_path)}})
    assert r.populatie.n == 2000 and r.populatie.zaadje == 7 and r.map == tmp_path


def test_cli_geeft_status_2_en_geen_traceback(tmp_path):
    pad = _run(tmp_path, "naam: x\nperiode: {van: 2027-13, tot_en_met: 2027-12}\nvarianten: [wet-2027]\n")
    r = subprocess.run(
        [sys.executable, "-m", "balans.cli", "beleid", str(pad)], capture_output=True, text=True, check=False
    )
    assert r.returncode == 2 and "periode.van (regel 2)" in r.stderr and "Traceback" not in r.stderr


def test_cli_rekent_een_kleine_run(tmp_path):
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "balans.cli",
            "beleid",
            str(VOORBEELD),
            "--huishoudens",
            "2000",
            "--uitvoer",
            str(tmp_path),
            "--geen-pdf",
            "--stil",
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert r.returncode == 0, r.stderr
    assert "2.000 huishoudens" in r.stdout and "kostendelersnorm-af" in r.stdout and "Toetsingskader" in r.stdout
