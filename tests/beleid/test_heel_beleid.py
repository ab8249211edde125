# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""De beleidsrun met het hele inkomen (issue 19, punt 4): de armoedeval met toeslagen en huurtoeslag, doel i en v
van het toetsingskader, en een variant die een toeslagparameter verandert.

Met de hand, januari 2026, de wet, alleenstaande zonder werk:
- bijstand € 1.401,50 (Pw art. 21 onder a); bruto 1.775,75 (tests/inkomen/test_casus_inkomen.py), toetsingsinkomen
  12 x 1.775,75 = 21.309,00;
- zorgtoeslag 129,17 (zelfde test);
- huurtoeslag bij de voorbeeldhuur = de aftoppingsgrens voor 1-2 personen, € 713,02 (Wht art. 20 lid 2): basishuur
  252,49 - 1,82 - 48,15 = 202,52; (498,20 - 202,52) + 65% x (713,02 - 498,20) = 295,68 + 139,633 = 435,313; het
  rekeninkomen 21.309 ligt onder het ijkpunt 23.425, dus geen afbouw; jaar 5.223,76 -> 5.224; per maand 435,33;
- samen 1.401,50 + 129,17 + 435,33 = 1.966,00.
"""

from __future__ import annotations

import datetime as dt

import pytest

from balans.beleid import armoedeval as A
from balans.beleid import toetsingskader as T
from balans.beleid.run import RunFout, laad, laad_variant
from balans.wet.parameters import ParameterBoom

JAN = dt.date(2026, 1, 1)


def test_armoedeval_heel_inkomen_met_de_hand():
    a = A.bereken(ParameterBoom.voor("wet"), [JAN], 1471)
    assert a.inkomen["alleenstaande"][0] == 140150
    assert a.huurtoeslag["alleenstaande"][0] == 43533
    assert a.hele_inkomen["alleenstaande"][0] == 140150 + 12917 + 43533
    assert a.bruto["alleenstaande"][0] == 0


def test_doel_i_en_v_gebruiken_het_hele_inkomen():
    kader = {d.code: d for d in T.laad()}
    assert kader["i"].indicator == "armoedeval_16_heel" and kader["v"].indicator == "heel_inkomen_voorbeeld"


def test_buiten_2024_2027_niet_gemeten():
    a = A.bereken(ParameterBoom.voor("wet"), [dt.date(2028, 1, 1)], 1471)
    assert a.hele_inkomen == {} and A.gemiddelde_druk_heel(a, "alleenstaande", 16) is None


def test_variant_verandert_een_toeslag_maar_niet_de_bijstand():
    """huurtoeslag-afbouw-22: eenpersoons 22% in plaats van 27% (Wht art. 21 lid 2). Bij 4 uur werk in januari 2027
    ligt het rekeninkomen boven het ijkpunt (de bijstand wordt dan zonder loonheffingskorting bruto gemaakt), dus
    daalt de huurtoeslag minder; de bijstand en het loon blijven gelijk."""
    basis, _, _ = laad_variant("wet-2027")
    variant, _, _ = laad_variant("huurtoeslag-afbouw-22")
    maand = [dt.date(2027, 1, 1)]
    a, b = A.bereken(basis.boom, maand, 1471), A.bereken(variant.boom, maand, 1471)
    assert a.inkomen == b.inkomen
    i = a.uren.index(4)
    assert b.huurtoeslag["alleenstaande"][i] > a.huurtoeslag["alleenstaande"][i]
    # meerpersoons had al 22%: gelijk
    assert b.huurtoeslag["paar"] == a.huurtoeslag["paar"]
    # zonder werk onder het ijkpunt: geen afbouw, dus gelijk
    assert b.huurtoeslag["alleenstaande"][0] == a.huurtoeslag["alleenstaande"][0]


@pytest.mark.parametrize(
    "toeslagen, stukje",
    [
        ("{huurtoeslag: {afbouw_percentage_drie: {waarden: {2027-01-01: {waarde: '20'}}}}}", "bestaat niet"),
        ("{huurtoeslagen: {x: {waarden: {2027-01-01: {waarde: '20'}}}}}", "Kies uit"),
        ("{huurtoeslag: {afbouw_percentage_een: {waarden: {2027-01-01: {waarde: '120'}}}}}", "eenheid"),
    ],
)
def test_foute_toeslag_in_een_variant(tmp_path, toeslagen, stukje):
    (tmp_path / "run.yaml").write_text(
        f"""\
naam: proef
periode: {{van: 2027-01, tot_en_met: 2027-12}}
populatie: {{huishoudens: 1000}}
basis: wet-2027
varianten:
  - naam: fout
    omschrijving: een foute toeslag
    op: wet-2027
    toeslagen: {toeslagen}
""",
        encoding="utf-8",
    )
    with pytest.raises(RunFout) as e:
        laad(tmp_path / "run.yaml")
    tekst = "\n".join(e.value.fouten)
    assert "toeslagen" in tekst and stukje in tekst and "regel" in tekst
