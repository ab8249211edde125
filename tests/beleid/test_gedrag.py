# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Gedragsreacties (beleid/gedrag.py): expliciet, standaard uit, geseed, met dezelfde regelkern.

- Elasticiteit 0 (en deelname 0) geeft bit voor bit dezelfde sommen als zonder gedrag.
- Een hogere vrijlating met een positieve elasticiteit: wie werkt, werkt meer uren (niemand minder), en wie
  zijn uren niet verandert, heeft precies het inkomen van de variant zonder reactie (nooit minder).
- Het behouden deel komt uit de regelkern: met de hand nagerekend voor één huishouden.
- Zelfde zaadje, zelfde uitkomst; numpy en Dask geven dezelfde sommen met de reactie aan.
- Het runbestand: grenzen, foutmeldingen met veld en regel, en het rapport zegt 'met gedragsreactie'.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import numpy as np
import pytest

from balans import kalender
from balans.beleid import indicatoren as I
from balans.beleid.doorrekenen import Variant, reken_dask, reken_numpy, reken_variant
from balans.beleid.draai import Maker, Verzamelaar, _bijstand, draai
from balans.beleid.gedrag import Gedrag, _boog, reageer, referentieloon
from balans.beleid.populatie import PopulatieSpec, blokken, laad_aannames, maak_deel
from balans.beleid.run import RunFout, laad, laad_variant

MAANDEN = kalender.maanden(dt.date(2027, 1, 1), dt.date(2027, 12, 1))
BASIS = laad_variant("wet-2027")[0]
HOOG = laad_variant("vrijlating-50")[0]
N = 6_000


@pytest.fixture(scope="module")
def deel():
    return maak_deel(PopulatieSpec(N, zaadje=11), 0, N, MAANDEN)


def _sommen(spec, gedrag, varianten=(BASIS, HOOG), backend="numpy"):
    verz = Verzamelaar(tuple(varianten), None, gedrag, spec.aannames, spec.zaadje)
    maker = Maker(spec, tuple(MAANDEN))
    if backend == "dask":
        return reken_dask(blokken(spec), maker, list(varianten), None, verz, werkers=2, geheugen_per_werker="1GB")
    return reken_numpy(blokken(spec), maker, list(varianten), None, verz)


def _gelijk(a, b):
    assert set(a.waarden) == set(b.waarden)
    for k in a.waarden:
        assert a[k].dtype == b[k].dtype and np.array_equal(a[k], b[k]), k


def test_standaard_uit():
    g = Gedrag()
    assert not g.aan and g.uren_elasticiteit == 0 and g.deelname == 0


def test_elasticiteit_nul_is_bit_voor_bit_zonder_reactie():
    spec = PopulatieSpec(N, zaadje=11)
    zonder = reken_numpy(blokken(spec), Maker(spec, tuple(MAANDEN)), [BASIS, HOOG], None, I.verzamel)
    _gelijk(zonder, _sommen(spec, Gedrag(uren_elasticiteit=0.0, deelname=0.0)))
    # en via draai: dezelfde kosten als zonder het veld gedrag
    a = draai("x", MAANDEN[0], MAANDEN[-1], spec, BASIS, [HOOG])
    b = draai("x", MAANDEN[0], MAANDEN[-1], spec, BASIS, [HOOG], gedrag={"uren_elasticiteit": 0, "deelname": 0})
    assert a.indicatoren.kosten == b.indicatoren.kosten and not b.met_gedrag


def test_hogere_vrijlating_meer_uren_en_niemand_zonder_verandering_verliest(deel):
    g = Gedrag(uren_elasticiteit=0.3)
    r0_b, r0_v = reken_variant(deel, BASIS.boom), reken_variant(deel, HOOG.boom)
    r = reageer(
        deel,
        _bijstand,
        BASIS.boom,
        HOOG.boom,
        g,
        laad_aannames(),
        11,
        bijstand_basis=r0_b.bijstand,
        bijstand_variant=r0_v.bijstand,
    )
    werkt = r.uren_voor > 0
    assert werkt.sum() > 300
    # een hogere vrijlating: samen meer uren, en veel meer werkenden met meer uren dan met minder
    assert r.uren_na[werkt].sum() > 1.05 * r.uren_voor[werkt].sum()
    meer, minder = r.uren_na[werkt] > r.uren_voor[werkt], r.uren_na[werkt] < r.uren_voor[werkt]
    assert meer.sum() > 0.3 * werkt.sum() and meer.sum() > 5 * minder.sum()
    # minder uren alleen bij wie in de variant minder van een uur extra overhoudt (bijvoorbeeld omdat hij boven
    # een maximum uitkomt), meer uren precies bij wie meer overhoudt
    assert (r.k_variant[werkt][minder] < r.k_basis[werkt][minder]).all()
    assert (r.k_variant[werkt][meer] > r.k_basis[werkt][meer]).all()
    assert (r.factor_bp[~werkt] == 10_000).all() and not r.begint.any()
    # het loonpad van wie niet reageert, is precies dat van de basis; van wie reageert hoger
    loon0, loon1 = np.asarray(deel.loon_maand()), np.asarray(r.deel.loon_maand())
    gelijk = r.factor_bp == 10_000
    assert np.array_equal(loon0[gelijk], loon1[gelijk])
    omhoog, omlaag = r.factor_bp > 10_000, r.factor_bp < 10_000
    assert (loon1[omhoog] >= loon0[omhoog]).all() and (loon1[omlaag] <= loon0[omlaag]).all()
    # inkomen: wie zijn uren niet verandert, heeft precies het inkomen zonder reactie, en niet minder dan in de basis
    r1_v = reken_variant(r.deel, HOOG.boom)
    assert np.array_equal(r1_v.inkomen[gelijk], r0_v.inkomen[gelijk])
    assert (r1_v.inkomen[gelijk].sum(axis=1) >= r0_b.inkomen[gelijk].sum(axis=1)).all()
    # het geld blijft in hele centen
    assert loon1.dtype == np.int64 and r1_v.bijstand.dtype == np.int64


def test_het_behouden_deel_komt_uit_de_regelkern(deel):
    """Met de hand voor één werkende: een uur per week extra, en wat de bijstand daarvan terugneemt."""
    loon = np.asarray(deel.loon_maand())
    uren = deel.kenmerken["uren"]
    i = int(np.flatnonzero((loon > 0).all(axis=1) & (uren > 4))[0])
    extra = loon[i] // int(uren[i])
    plus = dataclasses.replace(deel, _loon=np.where(np.arange(N)[:, None] == i, loon + extra, loon))
    b0, b1 = reken_variant(deel, HOOG.boom).bijstand[i], reken_variant(plus, HOOG.boom).bijstand[i]
    k = (extra.sum() + (b1 - b0).sum()) / extra.sum()
    assert 0 < k <= 1
    c0, c1 = reken_variant(deel, BASIS.boom).bijstand[i], reken_variant(plus, BASIS.boom).bijstand[i]
    kb = (extra.sum() + (c1 - c0).sum()) / extra.sum()
    r = reageer(deel, _bijstand, BASIS.boom, HOOG.boom, Gedrag(uren_elasticiteit=0.2), laad_aannames(), 11)
    verwacht = min(float(uren[i]) * (1 + 0.2 * 2 * (k - kb) / (k + kb)), 32.0)
    assert r.uren_na[i] == pytest.approx(max(verwacht, 1.0), rel=1e-9)


def test_boogelasticiteit_ook_als_de_basis_alles_wegneemt():
    assert _boog(np.array([0.5, 0.0, 0.2]), np.array([0.0, 0.0, 0.2])).tolist() == [2.0, 0.0, 0.0]


def test_zelfde_zaadje_zelfde_uitkomst_ander_zaadje_andere_starters(deel):
    g = Gedrag(uren_elasticiteit=0.2, deelname=0.2)
    a = reageer(deel, _bijstand, BASIS.boom, HOOG.boom, g, laad_aannames(), 11)
    b = reageer(deel, _bijstand, BASIS.boom, HOOG.boom, g, laad_aannames(), 11)
    c = reageer(deel, _bijstand, BASIS.boom, HOOG.boom, g, laad_aannames(), 12)
    assert np.array_equal(a.deel.loon_maand(), b.deel.loon_maand()) and np.array_equal(a.begint, b.begint)
    assert a.begint.sum() > 50 and not np.array_equal(a.begint, c.begint)


def test_deelname_naar_de_aanname(deel):
    """vrijlating-50 laat van een kleine baan veel meer over dan wet-2027: de kans is dan (bijna) de volle
    'deelname'. Wie begint, krijgt het referentieloon vanaf de beginmaand, met een nieuw dienstverband."""
    g = Gedrag(deelname=0.1)
    r = reageer(deel, _bijstand, BASIS.boom, HOOG.boom, g, laad_aannames(), 11)
    kan = ~(np.asarray(deel.loon_maand()) > 0).any(axis=1)
    aandeel = r.begint.sum() / kan.sum()
    assert 0.07 < aandeel < 0.11
    ref = referentieloon(deel, laad_aannames(), 12.0)
    i = int(np.flatnonzero(r.begint)[0])
    start = int(np.argmax(np.asarray(r.deel.loon_maand())[i] > 0))
    assert np.array_equal(np.asarray(r.deel.loon_maand())[i, start:], ref[i, start:])
    assert r.deel._nieuw[i, start]
    # een variant die werken niet beter maakt (de basis zelf) laat niemand beginnen
    assert not reageer(deel, _bijstand, BASIS.boom, BASIS.boom, g, laad_aannames(), 11).begint.any()


def test_minder_vrijlating_minder_uren(deel):
    wet2026 = laad_variant("wet-2026")[0]
    r = reageer(deel, _bijstand, HOOG.boom, wet2026.boom, Gedrag(uren_elasticiteit=0.3), laad_aannames(), 11)
    werkt = r.uren_voor > 0
    assert (r.uren_na[werkt] < r.uren_voor[werkt]).sum() > 0.3 * werkt.sum()


def test_numpy_en_dask_gelijk_met_gedrag():
    spec = PopulatieSpec(55_000, zaadje=3)  # twee blokken, waarvan één half
    g = Gedrag(uren_elasticiteit=0.2, deelname=0.05)
    _gelijk(_sommen(spec, g), _sommen(spec, g, backend="dask"))


def test_delen_anders_verdeeld_zelfde_sommen():
    """De trekkingen hangen aan het huishouden, niet aan de verdeling in delen."""
    spec = PopulatieSpec(3_000, zaadje=5)
    g = Gedrag(uren_elasticiteit=0.2, deelname=0.2)
    verz = Verzamelaar((BASIS, HOOG), None, g, spec.aannames, spec.zaadje)
    from balans.beleid.doorrekenen import reken_deel

    heel = reken_deel(maak_deel(spec, 0, 3_000, MAANDEN), [BASIS, HOOG], None, verz)
    stukken = [
        reken_deel(maak_deel(spec, a, b, MAANDEN), [BASIS, HOOG], None, verz)
        for a, b in ((0, 1_000), (1_000, 2_500), (2_500, 3_000))
    ]
    assert int(heel["vrijlating-50:bijstand_exact"][0]) == sum(
        int(s["vrijlating-50:bijstand_exact"][0]) for s in stukken
    )
    assert np.array_equal(heel["vrijlating-50:gedrag"], sum(s["vrijlating-50:gedrag"] for s in stukken))


def test_run_en_rapport(tmp_path):
    pad = tmp_path / "run.yaml"
    pad.write_text(
        "naam: gedrag\nperiode: {van: 2027-01, tot_en_met: 2027-06}\n"
        "populatie: {huishoudens: 2000, in_en_uitstroom: false}\nbasis: wet-2027\n"
        "varianten: [vrijlating-50]\ngedrag: {uren_elasticiteit: 0.1, deelname: 0.05}\n"
        "uitvoer: {map: " + str(tmp_path) + ", pdf: false}\n",
        encoding="utf-8",
    )
    run = laad(pad)
    assert run.gedrag == {"uren_elasticiteit": 0.1, "deelname": 0.05}
    u = draai(
        run.naam,
        run.van,
        run.tot_en_met,
        run.populatie,
        run.basis,
        list(run.varianten),
        run.info,
        gedrag=run.gedrag,
        aannames=run.aannames(),
    )
    assert u.met_gedrag and u.gedrag_effect["vrijlating-50"]["werkenden"] > 0
    from balans.beleid.rapport import rapport_html, rapport_json

    html = rapport_html(u)
    assert "vrijlating-50 (met gedragsreactie)" in html and "gedrag.uren elasticiteit" in html
    assert "UNVERIFIED" in html and "Niet gerandomiseerd" in html
    j = rapport_json(u)
    assert j["met_gedrag"] is True and any(
        a["naam"] == "gedrag.deelname" and a["waarde"] == "0.05" for a in j["aannames"]
    )


@pytest.mark.parametrize(
    "regel, stukje",
    [
        ("gedrag: {uren_elasticiteit: 3}", "gedrag.uren_elasticiteit (regel 4): een getal van -2 tot en met 2"),
        ("gedrag: {deelname: 1.5}", "gedrag.deelname (regel 4): een getal van 0 tot en met 1"),
        ("gedrag: {deelname: ja}", "gedrag.deelname (regel 4): een getal van 0 tot en met 1"),
        ("gedrag: {deelname_uren: 0}", "gedrag.deelname_uren (regel 4): een getal van 1 tot en met 40"),
        ("gedrag: {uren: 1}", "gedrag.uren (regel 4): onbekend veld"),
        ("gedrag: 0.1", "gedrag (regel 4): bijvoorbeeld"),
    ],
)
def test_fouten_in_het_runbestand(tmp_path, regel, stukje):
    pad = tmp_path / "run.yaml"
    pad.write_text(
        f"naam: x\nperiode: {{van: 2027-01, tot_en_met: 2027-12}}\nvarianten: [wet-2027]\n{regel}\n", encoding="utf-8"
    )
    with pytest.raises(RunFout) as e:
        laad(pad)
    assert any(stukje in f for f in e.value.fouten), e.value.fouten


def test_run_zonder_gedrag_is_uit(tmp_path):
    pad = tmp_path / "run.yaml"
    pad.write_text("naam: x\nperiode: {van: 2027-01, tot_en_met: 2027-12}\nvarianten: [wet-2027]\n", encoding="utf-8")
    assert laad(pad).gedrag == {}


def test_variant_object_blijft_klein():
    """De Verzamelaar gaat naar Dask-werkers: hij moet te picklen zijn."""
    import pickle

    spec = PopulatieSpec(10)
    v = Verzamelaar((BASIS, Variant("x", HOOG.boom)), None, Gedrag(0.1), spec.aannames, 1)
    assert pickle.loads(pickle.dumps(v)).gedrag == Gedrag(0.1)
