# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Het geheugen tussen varianten (Ctx.onthoud): met meer varianten per deel rekenen feiten en norm één keer,
zolang wat ze lezen gelijk is. De uitkomst moet bit voor bit gelijk zijn aan elke variant apart.

De varianten hieronder raken elk een ander stuk: niets van feiten en norm (wet-2027, vrijlating-50), de
norm (nrp-70: art. 24), de feiten zelf (kostendelers-vanaf-21: wie kostendeler is), en een ander regime.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from types import SimpleNamespace

import numpy as np
import pytest
import yaml

from balans import kalender
from balans.beleid.doorrekenen import _Gedeeld, reken_variant
from balans.beleid.populatie import PopulatieSpec, laad_aannames, maak_deel
from balans.beleid.run import VARIANT_MAP, maak_variant
from balans.wet.context import Ctx, Vector
from balans.wet.parameters import ParameterBoom

MAANDEN = kalender.maanden(dt.date(2026, 11, 1), dt.date(2027, 8, 1))  # over de jaargrens en 1 juli heen
NAMEN = ("wet-2026", "wet-2027", "nrp-70", "kostendelers-vanaf-21", "vrijlating-50", "wet-2025")


def _variant(naam: str):
    return maak_variant(yaml.safe_load((VARIANT_MAP / f"{naam}.yaml").read_text(encoding="utf-8")))[0]


@pytest.fixture(scope="module")
def deel():
    spec = PopulatieSpec(n=6_000, zaadje=3, aannames=laad_aannames())
    return maak_deel(spec, 0, spec.n, MAANDEN)


@pytest.mark.parametrize("methode", [None, "op_de_maand"])
def test_gedeeld_gelijk_aan_apart(deel, methode):
    varianten = [_variant(n) for n in NAMEN]
    gedeeld = _Gedeeld(deel, geheugen=True)
    for v in varianten:
        apart = reken_variant(deel, v.boom, methode)
        samen = reken_variant(deel, v.boom, methode, gedeeld)
        for f in dataclasses.fields(apart):
            a, b = getattr(apart, f.name), getattr(samen, f.name)
            assert (a is None) == (b is None), (v.naam, f.name)
            if a is not None:
                assert a.dtype == b.dtype and np.array_equal(a, b), (v.naam, f.name)
    # en het geheugen deelt echt: per maand hoogstens zoveel feiten als er verschillende kostendelersgrenzen zijn
    feiten = [lijst for (functie, _), lijst in gedeeld.geheugen.items() if functie.__name__ == "feiten"]
    assert len(feiten) == len(MAANDEN) and all(len(lijst) <= 3 for lijst in feiten)


def _som(ctx, x):
    return x.a + ctx.p.art21.alleenstaande


def test_onthoud_leest_parameters_en_velden():
    p = ParameterBoom.voor("wet").op(dt.date(2027, 1, 1))
    geheugen: dict = {}
    a = np.arange(3)
    ctx = Ctx(Vector, dt.date(2027, 1, 1), p, False, geheugen=geheugen)
    eerste = ctx.onthoud(_som, SimpleNamespace(a=a, b=1))
    assert ctx.onthoud(_som, SimpleNamespace(a=a, b=2)) is eerste  # b wordt niet gelezen
    anders = ctx.onthoud(_som, SimpleNamespace(a=a.copy(), b=1))  # ander object: opnieuw
    assert anders is not eerste and np.array_equal(anders, eerste)
    p2 = ParameterBoom.voor("wet").op(dt.date(2025, 1, 1))  # andere norm: opnieuw
    ctx2 = Ctx(Vector, dt.date(2027, 1, 1), p2, False, geheugen=geheugen)
    assert np.array_equal(ctx2.onthoud(_som, SimpleNamespace(a=a)), a + p2.art21.alleenstaande)
    # met uitleg nooit een geheugen
    assert Ctx(Vector, dt.date(2027, 1, 1), p, True, geheugen=geheugen).geheugen is None
