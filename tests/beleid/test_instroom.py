# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""In- en uitstroom in de populatie (PopulatieSpec.stroom; in een runbestand populatie.in_en_uitstroom).

- Zonder stroom is de populatie bit voor bit dezelfde als vroeger (de benchmark blijft vergelijkbaar).
- De aantallen in, uit en naar de AOW passen bij de kansen uit aannames.yaml (met de hand nagerekend).
- Wie de AOW-leeftijd bereikt, telt vanaf de eerste maand waarin `aow_bereikt` van de regelkern 'ja' zegt
  niet meer mee: dat is de maand na de dag waarop hij de leeftijd bereikt (of die maand zelf, op de 1e).
- Buiten de maanden in de bijstand: geen loon, geen bedragen; nieuwkomers beginnen zonder tellers.
- Het runbestand: standaard aan, met een foutmelding met veld en regel.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from balans import kalender
from balans.beleid.doorrekenen import reken_numpy
from balans.beleid.draai import Maker, Verzamelaar, draai
from balans.beleid.gedrag import Gedrag
from balans.beleid.populatie import (
    NOOIT,
    PopulatieSpec,
    blokken,
    maak_deel,
    stroomkansen,
)
from balans.beleid.run import RunFout, laad, laad_variant
from balans.wet.context import Ctx, Vector
from balans.wet.parameters import ParameterBoom
from balans.wet.regels.leeftijd import aow_bereikt

MAANDEN = kalender.maanden(dt.date(2027, 1, 1), dt.date(2027, 12, 1))
N = 150_000


@pytest.fixture(scope="module")
def deel():
    return maak_deel(PopulatieSpec(N, zaadje=2026, stroom=True), 0, N, MAANDEN)


def test_zonder_stroom_bit_voor_bit_als_vroeger():
    a = maak_deel(PopulatieSpec(3_000, zaadje=4), 0, 3_000, MAANDEN)
    b = maak_deel(PopulatieSpec(3_000, zaadje=4, stroom=False), 0, 3_000, MAANDEN)
    assert a.aanwezig is None and np.array_equal(a.loon_maand(), b.loon_maand())
    assert "instroom_maand" not in a.kenmerken


def test_instroom_en_uitstroom_naar_de_kansen(deel):
    q_in, q_uit = stroomkansen(PopulatieSpec(1).aannames)
    # met de hand: 22.100 / 3 / 410.000 en (21.200 - 1.800) / 3 / 410.000 per maand
    assert q_in == pytest.approx(22_100 / 3 / 410_000) and q_uit == pytest.approx(19_400 / 3 / 410_000)
    k, a = deel.kenmerken, deel.aanwezig
    m = len(MAANDEN)
    stand = a.sum(axis=0)
    for t in range(1, m):
        nieuw = int((k["instroom_maand"] == t).sum())
        # instroom per maand ten opzichte van de stand in de maand ervoor
        assert nieuw / stand[t - 1] == pytest.approx(q_in, rel=0.12), t
        uit = int(((k["uitstroom_maand"] == t) & (k["aow_maand"] > t) & (k["instroom_maand"] < t)).sum())
        assert uit / stand[t - 1] == pytest.approx(q_uit, rel=0.12), t
    # over het hele jaar nauwkeuriger
    nieuw = int((k["instroom_maand"] > 0).sum())
    assert nieuw / stand[:-1].sum() == pytest.approx(q_in, rel=0.03)
    # de stand blijft ongeveer gelijk (instroom ~ uitstroom + AOW)
    assert abs(int(stand[-1]) - int(stand[0])) < 0.03 * stand[0]


def test_aow_per_maand_naar_de_aanname(deel):
    """Aanvragers die de AOW-leeftijd halen: per maand ~ 1.800 / 3 / 410.000 van de stand (2027: de leeftijd
    is 67 jaar; in 2028 67 jaar en 3 maanden, dus ook in 2027 halen mensen hem elke maand)."""
    ctx = [Ctx(Vector, m, ParameterBoom.voor("wet").op(m), uitleg=False) for m in MAANDEN]
    inv = deel.invoer(0)
    aanvrager = np.stack([aow_bereikt(c, inv.a_jaar, inv.a_maand, inv.a_dag) for c in ctx], axis=1)
    assert not aanvrager[:, 0].any()
    eerste = np.where(aanvrager.any(axis=1), aanvrager.argmax(axis=1), NOOIT)
    a = deel.aanwezig
    # alleen wie in de maand ervoor in de bijstand was (de rest telt het CBS ook niet)
    per_maand = np.array([int(((eerste == t) & a[:, t - 1]).sum()) for t in range(1, 12)])
    verwacht = 1_800 / 3 / 410_000 * a.sum(axis=0)[:-1].mean()
    assert per_maand.mean() == pytest.approx(verwacht, rel=0.15)


def test_aow_vertrek_precies_volgens_de_regel(deel):
    k, a = deel.kenmerken, deel.aanwezig
    inv = deel.invoer(0)
    boom = ParameterBoom.voor("wet")
    for t, m in enumerate(MAANDEN):
        ctx = Ctx(Vector, m, boom.op(m), uitleg=False)
        aow = aow_bereikt(ctx, inv.a_jaar, inv.a_maand, inv.a_dag) | (
            inv.heeft_partner & aow_bereikt(ctx, inv.p_jaar, inv.p_maand, inv.p_dag)
        )
        assert not (aow & a[:, t]).any(), m  # met AOW-leeftijd nooit in de Pw
        assert np.array_equal(aow, k["aow_maand"] <= t), m
    assert (k["aow_maand"] < NOOIT).sum() > 1_000


@pytest.mark.parametrize(
    "geboren, eerste_maand_weg",
    [
        # AOW-leeftijd in 2027: 67 jaar. Geboren 15 maart 1960 -> 67 op 15 maart 2027 -> weg vanaf april.
        ((1960, 3, 15), dt.date(2027, 4, 1)),
        # Geboren op de eerste: 67 op 1 maart 2027, op de peildatum al AOW -> weg vanaf maart zelf.
        ((1960, 3, 1), dt.date(2027, 3, 1)),
        # Geboren 31 december 1959 -> 67 op 31 december 2026 -> al vóór de run.
        ((1959, 12, 31), dt.date(2027, 1, 1)),
    ],
)
def test_aow_maand_met_de_hand(geboren, eerste_maand_weg):
    from balans.beleid.populatie import aow_maand

    j, m, d = (np.array([x]) for x in geboren)
    t = aow_maand(MAANDEN, j, m, d, np.array([False]), np.array([9999]), np.array([1]), np.array([1]))
    assert MAANDEN[int(t[0])] == eerste_maand_weg
    # een partner met de AOW-leeftijd neemt het hele huishouden mee
    t2 = aow_maand(MAANDEN, np.array([1990]), np.array([1]), np.array([1]), np.array([True]), j, m, d)
    assert t2[0] == t[0]


def test_buiten_de_bijstand_geen_loon_en_nieuwkomers_zonder_tellers(deel):
    a = deel.aanwezig
    assert (np.asarray(deel.loon_maand())[~a] == 0).all()
    nieuw = deel.kenmerken["instroom_maand"] > 0
    st = deel.begin()
    for veld in ("n_a", "n_p", "r_a", "r_p", "z_a", "z_p", "b34a_a", "b34a_p"):
        assert (np.asarray(getattr(st, veld))[nieuw] == 0).all(), veld
    assert (deel.kenmerken["duur_maanden"][nieuw] == 0).all()


def test_bedragen_alleen_in_de_maanden_in_de_bijstand():
    spec = PopulatieSpec(4_000, zaadje=9, stroom=True)
    basis, wet = laad_variant("wet-2026")[0], laad_variant("wet-2027")[0]
    s = reken_numpy(
        blokken(spec),
        Maker(spec, tuple(MAANDEN)),
        [basis, wet],
        None,
        Verzamelaar((basis, wet), None, Gedrag(), spec.aannames, spec.zaadje),
    )
    d = maak_deel(spec, 0, 4_000, MAANDEN)
    assert int(s["huishoudmaanden"].sum()) == int(d.aanwezig.sum())
    from balans.beleid.doorrekenen import reken_variant

    r = reken_variant(d, wet.boom)
    assert int(s["wet-2027:bijstand_exact"][0]) == int(np.where(d.aanwezig, r.bijstand, 0).sum())
    assert int(s["wet-2027:bijstand_exact"][0]) < int(r.bijstand.sum())


def test_draai_en_rapport_met_stroom():
    spec = PopulatieSpec(3_000, zaadje=9, stroom=True)
    u = draai("x", MAANDEN[0], MAANDEN[-1], spec, laad_variant("wet-2026")[0], [laad_variant("wet-2027")[0]])
    st = u.stroom
    assert st["instroom"] > 0 and st["uitstroom"] > 0 and st["aow"] > 0
    from balans.beleid.rapport import _landelijk, gesimuleerde_stand, rapport_html

    # omrekenen naar het land over de gemiddelde stand, niet over alle huishoudens die ooit meededen
    assert gesimuleerde_stand(u) == st["huishoudmaanden"] // 12 < 3_000
    assert _landelijk(u, 1_000_00) == 1_000_00 * 410_000 // gesimuleerde_stand(u)
    assert "In- en uitstroom" in rapport_html(u)
    # gemiddeld per huishouden per maand: over de maanden in de bijstand
    k = u.indicatoren.kosten["wet-2027"]
    assert k["per_huishouden_per_maand"] == k["bijstand_periode"] // st["huishoudmaanden"]


def test_runbestand_standaard_aan_en_fout_met_regel(tmp_path):
    pad = tmp_path / "run.yaml"
    pad.write_text("naam: x\nperiode: {van: 2027-01, tot_en_met: 2027-12}\nvarianten: [wet-2027]\n", encoding="utf-8")
    assert laad(pad).populatie.stroom is True
    pad.write_text(
        "naam: x\nperiode: {van: 2027-01, tot_en_met: 2027-12}\nvarianten: [wet-2027]\n"
        "populatie: {huishoudens: 1000, in_en_uitstroom: false}\n",
        encoding="utf-8",
    )
    assert laad(pad).populatie.stroom is False
    pad.write_text(
        "naam: x\nperiode: {van: 2027-01, tot_en_met: 2027-12}\nvarianten: [wet-2027]\n"
        "populatie: {huishoudens: 1000, in_en_uitstroom: soms}\n",
        encoding="utf-8",
    )
    with pytest.raises(RunFout) as e:
        laad(pad)
    assert any("populatie.in_en_uitstroom (regel 4): true" in f for f in e.value.fouten), e.value.fouten


def test_lange_run_met_stroom_houdt_de_stand():
    """Vijf jaar: zonder stroom zou iedereen vijf jaar ouder worden; met stroom blijft de stand gelijk en
    halen elk jaar mensen de AOW-leeftijd."""
    maanden = kalender.maanden(dt.date(2027, 1, 1), dt.date(2031, 12, 1))
    d = maak_deel(PopulatieSpec(20_000, zaadje=1, stroom=True), 0, 20_000, maanden)
    stand = d.aanwezig.sum(axis=0)
    assert abs(int(stand[-1]) - int(stand[0])) < 0.06 * stand[0]
    aow = d.kenmerken["aow_maand"]
    assert all(((aow >= 12 * j) & (aow < 12 * (j + 1))).sum() > 20 for j in range(5))


def test_zekerheid_telt_alleen_maanden_in_de_bijstand():
    """Iemand met 1.000,00 per maand die na twee maanden uitstroomt, had een stabiel inkomen zolang hij in de
    bijstand zat: variatiecoëfficiënt 0 en geen wisseling. Zonder masker zou het 1,0 en één wisseling zijn
    (inkomen 1000, 1000, 0, 0: gemiddelde 500, standaardafwijking 500)."""
    import numpy as np

    from balans.beleid.indicatoren import WISSELING, _cv, wisselingen

    inkomen = np.array([[100000, 100000, 0, 0]], dtype=np.int64)
    aanwezig = np.array([[True, True, False, False]])
    rijsom = inkomen.sum(axis=1)
    assert _cv(inkomen, rijsom)[0] == 1.0
    assert _cv(inkomen, rijsom, aanwezig)[0] == 0.0
    assert wisselingen(inkomen)[0] == 1 and 100000 >= WISSELING
    assert wisselingen(inkomen, aanwezig)[0] == 0
