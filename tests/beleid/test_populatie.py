"""De synthetische populatie: reproduceerbaar, onafhankelijk van de verdeling in delen, en naar de cijfers."""

from __future__ import annotations

import dataclasses
import datetime as dt

import numpy as np
import pytest

from balans.beleid.doorrekenen import maanden_van
from balans.beleid.populatie import BLOK, PopulatieSpec, _betaaldagen, laad_aannames, maak_deel
from balans.rekenen.context import Ctx, Vector
from balans.rekenen.invoer import GEEN_PERSOON, MaandInvoer
from balans.wet.parameters import ParameterBoom
from balans.wet.regels.leeftijd import aow_bereikt, leeftijd

MAANDEN = maanden_van(dt.date(2026, 1, 1), dt.date(2026, 12, 1))
N = 2 * BLOK


@pytest.fixture(scope="module")
def deel():
    return maak_deel(PopulatieSpec(N, zaadje=11), 0, N, MAANDEN)


def _gelijk(a, b) -> bool:
    for f in dataclasses.fields(MaandInvoer):
        x, y = getattr(a, f.name), getattr(b, f.name)
        xs, ys = (x, y) if isinstance(x, tuple) else ((x,), (y,))
        if not all(np.array_equal(p, q) for p, q in zip(xs, ys)):
            return False
    return True


def test_zelfde_zaadje_zelfde_populatie(deel):
    nog = maak_deel(PopulatieSpec(N, zaadje=11), 0, N, MAANDEN)
    assert all(_gelijk(deel.invoer(i), nog.invoer(i)) for i in range(12))
    assert np.array_equal(deel.loon_maand(), nog.loon_maand())
    ander = maak_deel(PopulatieSpec(N, zaadje=12), 0, N, MAANDEN)
    assert not np.array_equal(deel.invoer(0).a_jaar, ander.invoer(0).a_jaar)


def test_delen_los_gemaakt_zijn_dezelfde_huishoudens(deel):
    spec = PopulatieSpec(N, zaadje=11)
    tweede = maak_deel(spec, BLOK, N, MAANDEN)
    assert np.array_equal(tweede.invoer(5).arbeid_a, deel.invoer(5).arbeid_a[BLOK:])
    assert np.array_equal(tweede.kenmerken["huishouden"], deel.kenmerken["huishouden"][BLOK:])
    with pytest.raises(ValueError, match="veelvoud"):
        maak_deel(spec, 10, N, MAANDEN)


def test_naar_de_publieke_cijfers(deel):
    a = laad_aannames()
    k = deel.kenmerken
    # CBS eind 2025: 42.000 / 139.000 / 229.000 van 410.000 = 10,2% / 33,9% / 55,9%
    banden = np.bincount(k["leeftijdsband"], minlength=3) / N
    assert np.allclose(banden, [42 / 410, 139 / 410, 229 / 410], atol=0.006)
    # vrouwen 229.000 van 410.000 = 55,9%
    assert abs((k["geslacht"] == 0).mean() - 229 / 410) < 0.006
    # CBS 2017: 65% alleenstaand (plus de jongeren onder 21 die wij alleenstaand maken), 21% alleenstaande ouder
    hh = np.bincount(k["huishouden"], minlength=4) / N
    assert 0.64 < hh[0] < 0.69 and 0.19 < hh[1] < 0.22 and 0.12 < hh[2] + hh[3] < 0.15
    # Divosa: elke maand ongeveer 8% met deeltijdinkomen, doorsnee € 489
    loon = deel.loon_maand()
    assert np.all(np.abs((loon > 0).mean(axis=0) - a["deeltijd"]) < 0.006)
    assert abs(np.median(loon[loon > 0]) - 489_00) < 15_00
    # ESB: de helft vijf jaar of langer
    assert abs((k["duurband"] == 3).mean() - 0.5) < 0.01
    assert loon.dtype == np.int64 and deel.invoer(0).bezittingen.dtype == np.int64


def test_niemand_bereikt_in_de_run_de_aow_leeftijd_en_iedereen_is_18(deel):
    boom = ParameterBoom.voor("wet")
    for m in (MAANDEN[0], MAANDEN[-1]):
        inv = deel.invoer(0)
        ctx = Ctx(Vector, m, boom.op(m), uitleg=False)
        assert not aow_bereikt(ctx, inv.a_jaar, inv.a_maand, inv.a_dag).any()
        p = inv.heeft_partner
        assert not aow_bereikt(ctx, inv.p_jaar[p], inv.p_maand[p], inv.p_dag[p]).any()
    inv = deel.invoer(0)
    assert (leeftijd(inv.a_jaar, inv.a_maand, inv.a_dag, 2026, 1) >= 18).all()
    assert (inv.p_jaar[~inv.heeft_partner] == GEEN_PERSOON).all()


def test_vier_wekelijks_is_dertien_keer_per_jaar():
    # 2026 heeft 365 = 13 x 28 + 1 dagen: wie op 1 januari voor het eerst betaald krijgt, krijgt ook op
    # 31 december loon (14 keer); elke andere eerste betaaldag geeft 13 keer.
    eerste = np.arange(dt.date(2026, 1, 1).toordinal(), dt.date(2026, 1, 29).toordinal())
    totaal = sum(_betaaldagen(eerste, np.full(len(eerste), 28), m, dt.date(m.year + (m.month == 12), m.month % 12 + 1, 1))
                 for m in MAANDEN)
    assert totaal[0] == 14 and (totaal[1:] == 13).all()
    week = sum(_betaaldagen(eerste[:7], np.full(7, 7), m, dt.date(m.year + (m.month == 12), m.month % 12 + 1, 1))
               for m in MAANDEN)
    assert set(week.tolist()) <= {52, 53}
