# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Bruteren met de tabel per tabelloonstap (loonheffing.bruto_bij_netto) geeft precies het vaste punt van de
herhaling B <- netto + loonheffing(B) vanaf B = netto (de definitie in loonheffing.bruteren), met en zonder
loonheffingskorting, groene en witte tabel, elk jaar; scalair en gevectoriseerd. En dat bruto is echt het laagste
bruto met dit netto: één cent minder geeft een ander netto."""

import datetime as dt

import numpy as np
import pytest

from balans.inkomen import loonheffing as lhm
from balans.inkomen.context import ctx_voor

JAREN = [2024, 2025, 2026, 2027]


def _netto(seed=1919):
    rng = np.random.default_rng(seed)
    stap = 5400 // 12  # rond elke tabelloonstap (€ 4,50 per maand) en de schijfgrenzen
    rond = np.arange(0, 1_000_000, stap * 37)
    return np.concatenate(
        [[-500, -1, 0, 1, 2, 449, 450, 451], rond - 1, rond, rond + 1, rng.integers(0, 1_500_000, 3000)]
    ).astype(np.int64)


@pytest.mark.parametrize("jaar", JAREN)
@pytest.mark.parametrize("lhk", [True, False])
@pytest.mark.parametrize("groen", [True, False])
def test_tabel_is_de_herhaling(jaar, lhk, groen):
    netto = _netto()
    cv = ctx_voor(dt.date(jaar, 5, 1), vector=True)
    herhaling = lhm._bruteren_herhaling(cv, netto, lhk, groen, 80)
    tabel = lhm.bruto_bij_netto(cv, netto, lhk, groen)
    assert np.array_equal(tabel, herhaling)
    # de uitkomst geeft precies dit netto, en één cent minder niet
    assert np.array_equal(tabel - lhm.loonheffing_maand(cv, tabel, lhk, groen).per_maand, netto)
    minder = tabel - 1
    assert np.all(minder - lhm.loonheffing_maand(cv, minder, lhk, groen).per_maand != netto)
    cs = ctx_voor(dt.date(jaar, 5, 1), uitleg=False)
    for i in range(0, len(netto), 7):
        assert lhm.bruto_bij_netto(cs, int(netto[i]), lhk, groen) == int(herhaling[i])


def test_tabel_per_rij_een_eigen_keuze():
    netto = _netto()
    lhk = netto % 3 != 0
    groen = netto % 2 == 0
    cv = ctx_voor(dt.date(2026, 1, 1), vector=True)
    assert np.array_equal(
        lhm.bruto_bij_netto(cv, netto, lhk, groen), lhm._bruteren_herhaling(cv, netto, lhk, groen, 80)
    )


def test_tabel_groeit_mee_met_hoge_bedragen():
    cs = ctx_voor(dt.date(2026, 1, 1), uitleg=False)
    hoog = 5_000_000  # € 50.000 netto per maand: voorbij de eerste tabel
    assert lhm.bruto_bij_netto(cs, hoog, True, False) == lhm._bruteren_herhaling(cs, hoog, True, False, 80)


def test_zonder_vakken_de_binaire_zoektocht():
    """Zonder vakken (als twee T's gelijk zijn) zoekt bruto_bij_netto binair in T: dezelfde uitkomst."""
    cv = ctx_voor(dt.date(2026, 2, 1), vector=True)
    netto = _netto()
    met_vakken = lhm.bruto_bij_netto(cv, netto, True, False)
    tabellen = lhm._tabellen(cv.p)
    rij = tabellen[(True, False)]
    assert rij[4] is not None
    tabellen[(True, False)] = (*rij[:4], None)
    try:
        assert np.array_equal(lhm.bruto_bij_netto(cv, netto, True, False), met_vakken)
    finally:
        tabellen[(True, False)] = rij
