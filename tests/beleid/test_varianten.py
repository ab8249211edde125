"""Varianten veranderen precies de parameters die ze noemen; het runbestand meldt fouten met veld en regel."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from balans.beleid.doorrekenen import maanden_van
from balans.beleid.run import VARIANT_MAP, RunFout, beschikbare_varianten, laad, maak_variant
from balans.rekenen.context import Ctx, Scalair
from balans.rekenen.invoer import MaandInvoer, Toestand
from balans.rekenen.maand import bereken_maand
from balans.wet.parameters import ParameterBoom

MAANDEN = maanden_van(dt.date(2025, 1, 1), dt.date(2027, 12, 1))
VOORBEELD = Path(__file__).resolve().parents[2] / "src" / "balans" / "voorbeelden" / "beleid-2027.yaml"


def _veranderd(a: ParameterBoom, b: ParameterBoom) -> set[tuple[str, str]]:
    uit = set()
    for m in MAANDEN:
        pa, pb = a.op(m), b.op(m)
        for k, w in pa._gekozen.items():
            x = pb._gekozen[k]
            if (w.waarde if w else None) != (x.waarde if x else None):
                uit.add(k)
    return uit


@pytest.mark.parametrize("naam", [n for n in beschikbare_varianten() if not n.startswith("wet-")])
def test_variant_verandert_precies_wat_hij_noemt(naam):
    d = yaml.safe_load((VARIANT_MAP / f"{naam}.yaml").read_text(encoding="utf-8"))
    variant, info, _ = maak_variant(d)
    genoemd = {(b, p) for b, ps in (d.get("wijzigingen") or {}).items() for p in ps}
    assert _veranderd(ParameterBoom.voor(d.get("regime") or "wet"), variant.boom) == genoemd
    assert info.omschrijving and info.bronnen


def test_wet_2025_zet_de_regels_vast_maar_niet_de_bedragen():
    v, _, _ = maak_variant(yaml.safe_load((VARIANT_MAP / "wet-2025.yaml").read_text(encoding="utf-8")))
    p, wet = v.boom.op(dt.date(2027, 3, 1)), ParameterBoom.voor("wet").op(dt.date(2027, 3, 1))
    assert p.art31.vrijlatingen_n_tot_aa_van_toepassing is True and p.art34a.van_toepassing is False
    assert p.art34b.van_toepassing is False and p.art31.giften_vrij_per_kalenderjaar is None
    # bedragen volgen de maand: de norm van 2027 en het maximum van onder n van 2027 (€ 285,00), niet die van 2025
    assert p.art21.alleenstaande == wet.art21.alleenstaande
    assert p.art31.n_maximum == 285_00


def _alleenstaande_met_kostendeler(p_rechthebbend=True, partner=False) -> MaandInvoer:
    return MaandInvoer(a_jaar=1980, a_maand=3, a_dag=3, heeft_partner=partner, p_jaar=1981 if partner else 9999,
                       p_rechthebbend=p_rechthebbend, medebewoners=() if partner else ((1975, 1, 1, False),))


def _bijstand(boom: ParameterBoom, inv: MaandInvoer) -> int:
    m = dt.date(2026, 1, 1)
    uit, _ = bereken_maand(Ctx(Scalair, m, boom.op(m), False), inv, Toestand())
    return uit.bijstand


def _variant(naam: str) -> ParameterBoom:
    return maak_variant(yaml.safe_load((VARIANT_MAP / f"{naam}.yaml").read_text(encoding="utf-8")))[0].boom


def test_kostendelersnorm_af_met_de_hand():
    # Normenbrief 1-1-2026: gehuwdennorm € 2.002,13 (art. 21 onder b). Eén kostendeler (A = 2):
    # (40 + 2 x 30) / 2 = 50% = € 1.001,065 -> € 1.001,07. Zonder kostendelersnorm: art. 21 onder a, € 1.401,50.
    # Beide met 8% vakantietoeslag erin; het bedrag dat de regels geven is dus de norm zelf.
    inv = _alleenstaande_met_kostendeler()
    assert _bijstand(ParameterBoom.voor("wet"), inv) == 1001_07
    assert _bijstand(_variant("kostendelersnorm-af"), inv) == 1401_50


def test_nrp_90_met_de_hand():
    # Art. 24: de norm bij een niet-rechthebbende partner is een percentage van de gehuwdennorm van
    # zijn leeftijd (2026-01: € 2.002,13). 50% = € 1.001,065 -> € 1.001,07; 90% = € 1.801,917 -> € 1.801,92.
    inv = _alleenstaande_met_kostendeler(p_rechthebbend=False, partner=True)
    assert _bijstand(ParameterBoom.voor("wet"), inv) == 1001_07
    assert _bijstand(_variant("nrp-90"), inv) == 1801_92


def test_voorbeeldrun_laadt(tmp_path):
    r = laad(VOORBEELD)
    assert r.basis.naam == "wet-2026" and len(r.varianten) == 6 and r.populatie.n == 410_000
    assert r.van == dt.date(2027, 1, 1) and r.tot_en_met == dt.date(2027, 12, 1)


def test_fouten_met_veld_en_regel(tmp_path):
    pad = tmp_path / "run.yaml"
    pad.write_text("naam: x\n"
                   "periode: {van: 2027-01, tot_en_met: 2032-12}\n"
                   "populatie: {huishoudens: 0}\n"
                   "basis: wet-2026\n"
                   "varianten:\n"
                   "  - bestaat-niet\n"
                   "  - naam: eigen\n"
                   "    wijzigingen: {art31: {geen_parameter: {waarden: {2024-01-01: {waarde: 1}}}}}\n"
                   "kleur: blauw\n", encoding="utf-8")
    with pytest.raises(RunFout) as e:
        laad(pad)
    tekst = "\n".join(e.value.fouten)
    assert "periode.tot_en_met (regel 2)" in tekst and "72" in tekst
    assert "populatie.huishoudens (regel 3)" in tekst
    assert "varianten[0] (regel 6)" in tekst and "'bestaat-niet' bestaat niet" in tekst
    assert "varianten[1] (regel 7)" in tekst and "art31.geen_parameter bestaat niet" in tekst
    assert "kleur (regel 9): onbekend veld" in tekst


def test_cli_geeft_status_2_en_geen_traceback(tmp_path):
    pad = tmp_path / "run.yaml"
    pad.write_text("naam: x\nperiode: {van: 2027-13, tot_en_met: 2027-12}\nvarianten: [wet-2027]\n", encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "balans.cli", "beleid", str(pad)], capture_output=True, text=True)
    assert r.returncode == 2 and "periode.van (regel 2)" in r.stderr and "Traceback" not in r.stderr


def test_cli_rekent_een_kleine_run(tmp_path):
    r = subprocess.run([sys.executable, "-m", "balans.cli", "beleid", str(VOORBEELD), "--huishoudens", "2000",
                        "--uitvoer", str(tmp_path), "--geen-pdf", "--stil"], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert "2.000 huishoudens" in r.stdout and "kostendelersnorm-af" in r.stdout and "Toetsingskader" in r.stdout
