# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Dezelfde regels met uitleg (Scalair, per huishouden) en gevectoriseerd (Vector, numpy): gelijke uitkomsten,
ook rond de grenzen (schijven, afbouwpunten, tabelloonstappen, het minimum van € 24)."""

import datetime as dt

import numpy as np
import pytest

from balans.inkomen import kinderbijslag as kb
from balans.inkomen.context import ctx_voor
from balans.inkomen.inkomstenbelasting import inkomstenbelasting
from balans.inkomen.kindgebonden_budget import kindgebonden_budget
from balans.inkomen.loonheffing import bruteren, loonheffing_maand
from balans.inkomen.zorgtoeslag import zorgtoeslag

JAREN = [2024, 2025, 2026, 2027]


def _inkomens(n=400, hoog=15_000_000, seed=19):
    rng = np.random.default_rng(seed)
    grenzen = np.array(
        [0, 1, 599, 1196500, 2584500, 2973542, 2973600, 3888300, 4559200, 7842600, 13292000, 4085700, 4085800]
    )
    return np.concatenate([grenzen, grenzen + 1, grenzen - 1, rng.integers(0, hoog, n)]).clip(0).astype(np.int64)


@pytest.mark.parametrize("jaar", JAREN)
def test_inkomstenbelasting(jaar):
    ink = _inkomens()
    ai = ink[::-1].copy()
    recht = ink % 3 == 0
    v = inkomstenbelasting(ctx_voor(dt.date(jaar, 1, 1), vector=True), ink, ai, recht)
    for i in range(len(ink)):
        s = inkomstenbelasting(ctx_voor(dt.date(jaar, 1, 1)), int(ink[i]), int(ai[i]), bool(recht[i]))
        assert tuple(int(x[i]) for x in v) == s


@pytest.mark.parametrize("jaar", JAREN)
def test_loonheffing_en_bruteren(jaar):
    loon = _inkomens(hoog=1_200_000) // 10
    lhk = loon % 2 == 0
    groen = loon % 5 == 0
    cv = ctx_voor(dt.date(jaar, 3, 1), vector=True)
    v = loonheffing_maand(cv, loon, lhk, groen)
    bv, lv = bruteren(cv, loon, lhk)
    for i in range(len(loon)):
        cs = ctx_voor(dt.date(jaar, 3, 1))
        s = loonheffing_maand(cs, int(loon[i]), bool(lhk[i]), bool(groen[i]))
        assert int(v.per_maand[i]) == s.per_maand and int(v.tabelloon[i]) == s.tabelloon
        b, lh = bruteren(cs, int(loon[i]), bool(lhk[i]))
        assert (int(bv[i]), int(lv.per_maand[i])) == (b, lh.per_maand)
        assert b - lh.per_maand == int(loon[i])


@pytest.mark.parametrize("jaar", JAREN)
def test_toeslagen(jaar):
    ti = _inkomens(hoog=12_000_000)
    n = len(ti)
    partner = ti % 2 == 1
    verzekerd = ti % 7 != 0
    pv = ti % 11 != 0
    vermogen = np.where(ti % 13 == 0, 20_000_000, 0)
    kinderen = (ti % 4).astype(np.int64)
    k12 = np.minimum(kinderen, ti % 3)
    k16 = np.minimum(kinderen - k12, (ti // 7) % 2)
    cv = ctx_voor(dt.date(jaar, 5, 1), vector=True)
    zv = zorgtoeslag(cv, ti, partner, pv, verzekerd, vermogen)
    kv = kindgebonden_budget(cv, ti, kinderen, k12, k16, partner, vermogen)
    bv = kb.kinderbijslag(cv, kinderen - k12 - k16, k12, k16)
    for i in range(n):
        cs = ctx_voor(dt.date(jaar, 5, 1))
        z = zorgtoeslag(cs, int(ti[i]), bool(partner[i]), bool(pv[i]), bool(verzekerd[i]), int(vermogen[i]))
        k = kindgebonden_budget(
            cs, int(ti[i]), int(kinderen[i]), int(k12[i]), int(k16[i]), bool(partner[i]), int(vermogen[i])
        )
        b = kb.kinderbijslag(cs, int(kinderen[i] - k12[i] - k16[i]), int(k12[i]), int(k16[i]))
        assert (int(zv.jaar[i]), int(zv.maand[i])) == (z.jaar, z.maand)
        assert (int(kv.jaar[i]), int(kv.maand[i])) == (k.jaar, k.maand)
        assert (int(bv.kwartaal[i]), int(bv.maand[i])) == (b.kwartaal, b.maand)
