# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""De geheugens van de regelkern met uitleg (benchmarks/run.py, doel 1 ms) veranderen niets aan de uitkomst.

Wat hier onthouden wordt: de dagen waarop een normparameter midden in een maand wijzigt (per boom en maand),
de takken van de basisnorm (per parameters van een maand en de feiten) en bedragen als tekst. Elke test
kijkt of een geheugen niet lekt naar een andere boom, andere feiten of andere bedragen."""

from __future__ import annotations

import datetime as dt

import numpy as np

from balans import geld
from balans.casus.laden import uit_tekst
from balans.rekenen import dagdelen
from balans.rekenen.casus import bereken
from balans.wet import tekst
from balans.wet.parameters import ParameterBoom

MAART = dt.date(2026, 3, 1)


def _halverwege(bedrag: str) -> dict:
    # art. 21 onder a krijgt op 16 maart 2026 een ander bedrag: een wetsversie midden in de maand
    return {"art21": {"alleenstaande": {"waarden": {"2026-03-16": {"waarde": bedrag, "bron": "proef"}}}}}


def test_wijzigingsdag_van_een_laag_lekt_niet_naar_de_wet():
    wet = ParameterBoom()
    assert dagdelen.wetsversies(wet, MAART) == ()  # eerst de wet vragen, zodat haar geheugen gevuld is
    laag = wet.met_laag("proef", _halverwege("1500.00"))
    versies = dagdelen.wetsversies(laag, MAART)
    assert [d for d, _ in versies] == [16] and versies[0][1].art21.alleenstaande == 150000
    assert dagdelen.wetsversies(wet, MAART) == ()
    assert laag.wijzigingsdagen(MAART, frozenset({"art31"})) == ()  # alleen de gevraagde bestanden


def test_wijzigingsdag_in_de_uitkomst():
    # 1 t/m 15 maart de wet (2026-01: art. 21 onder a € 1.401,50), 16 t/m 31 maart € 1.500,00:
    # 140150 x 15 / 31 = 67814,5 -> 67815; 150000 x 16 / 31 = 77419,35 -> 77419; samen 145234
    c = uit_tekst(
        "naam: proef\nperiode: {van: 2026-03, tot: 2026-03}\nhuishouden: {aanvrager: {geboortedatum: 1980-05-05}}\n"
    )
    wet = ParameterBoom()
    laag = wet.met_laag("proef", _halverwege("1500.00"))
    assert bereken(c, boom=wet)[0].uitkomst.norm == 140150
    assert bereken(c, boom=laag)[0].uitkomst.norm == 145234
    assert bereken(c, boom=wet)[0].uitkomst.norm == 140150


def test_takken_van_de_basisnorm_per_feiten():
    # dezelfde parameters van de maand, twee huishoudens met andere feiten: elk zijn eigen norm en tak
    alleen = uit_tekst(
        "naam: a\nperiode: {van: 2026-01, tot: 2026-01}\nhuishouden: {aanvrager: {geboortedatum: 1980-05-05}}\n"
    )
    jong = uit_tekst(
        "naam: b\nperiode: {van: 2026-01, tot: 2026-01}\n"
        "huishouden: {aanvrager: {geboortedatum: 2006-05-05, beroep_op_ouders_mogelijk: true}}\n"
    )
    boom = ParameterBoom()
    for _ in range(2):  # de tweede keer uit het geheugen
        a, b = bereken(alleen, boom=boom)[0].uitkomst, bereken(jong, boom=boom)[0].uitkomst
        assert (a.norm, b.norm) == (140150, boom.op(dt.date(2026, 1, 1)).art20.alleenstaande)
        assert "21-a" in {s.tak for s in a.spoor} and "20-1-a" in {s.tak for s in b.spoor}


def test_bedrag_als_tekst_gelijk_aan_geld():
    for c in [0, 1, 99, 100, 140150, -2500, 123456789, np.int64(140150), True]:
        assert tekst.als_euro(c) == geld.als_euro(c)
    assert tekst.als_euro(np.array(140150)) == geld.als_euro(np.array(140150))  # geen sleutel: gewoon omzetten
    from fractions import Fraction

    for pct in [Fraction(1, 4), Fraction(6398, 100000), Fraction(2, 3)]:
        assert tekst.percentage_als_tekst(pct) == geld.percentage_als_tekst(pct)
        assert tekst.percentage_als_tekst(pct, 3) == geld.percentage_als_tekst(pct, 3)
