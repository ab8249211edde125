# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""De synthetische populatie: reproduceerbaar, onafhankelijk van de verdeling in delen, naar de cijfers,
en bruikbaar voor de regelkern.

Verwachte getallen komen uit de bronnen in aannames.yaml (CBS, Divosa, ESB) en uit de normen van
1 januari 2026 (wet-en-parameters.md §1.1), niet uit de uitvoer van het programma.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import numpy as np
import pytest

from balans.beleid.populatie import (
    AANNAMES,
    BLOK,
    MAAND,
    VIER_WEKEN,
    WEEK,
    AannameFout,
    PopulatieSpec,
    betaaldagen,
    blokken,
    laad_aannames,
    maak_deel,
)
from balans.wet.context import Ctx, Vector
from balans.rekenen.invoer import GEEN_PERSOON, MaandInvoer, Toestand
from balans.rekenen.populatie import bereken_maanden
from balans.wet.parameters import ParameterBoom
from balans.wet.regels.art19a import aantal_kostendelers
from balans.wet.regels.leeftijd import aow_bereikt, leeftijd


def maanden_van(jaar: int, aantal: int = 12) -> list[dt.date]:
    return [dt.date(jaar + (m - 1) // 12, (m - 1) % 12 + 1, 1) for m in range(1, aantal + 1)]


M2026, M2027 = maanden_van(2026), maanden_van(2027)
N = 2 * BLOK
SPEC = PopulatieSpec(N, zaadje=11)


@pytest.fixture(scope="module")
def deel():
    return maak_deel(SPEC, 0, N, M2026)


@pytest.fixture(scope="module")
def deel2027():
    return maak_deel(SPEC, 0, N, M2027)


def _arrays(d) -> list[np.ndarray]:
    """Alles wat een deel de regelkern en de indicatoren geeft, als platte lijst arrays."""
    uit = []
    for i in range(len(d.maanden)):
        inv = d.invoer(i)
        for f in dataclasses.fields(MaandInvoer):
            x = getattr(inv, f.name)
            uit.extend(np.asarray(y) for y in (x if isinstance(x, tuple) else (x,)))
    b = d.begin()
    uit.extend(np.asarray(getattr(b, f.name)) for f in dataclasses.fields(Toestand) if f.name != "kalenderjaar")
    uit.extend(d.kenmerken[k] for k in sorted(d.kenmerken))
    uit.append(d.loon_maand())
    return uit


def _gelijk(a, b) -> bool:
    x, y = _arrays(a), _arrays(b)
    return len(x) == len(y) and all(p.dtype == q.dtype and np.array_equal(p, q) for p, q in zip(x, y))


def _stuk(d, van: int, tot: int):
    """Huishoudens [van, tot) uit deel d, als een deel (om met een los gemaakt deel te vergelijken)."""
    s = slice(van - d.start, tot - d.start)

    def knip(x):
        if isinstance(x, tuple):
            return tuple(knip(y) for y in x)
        return x[s] if isinstance(x, np.ndarray) and x.ndim >= 1 and x.shape[0] == d.eind - d.start else x

    b = d.begin()
    return dataclasses.replace(
        d,
        start=van,
        eind=tot,
        kenmerken={k: v[s] for k, v in d.kenmerken.items()},
        _statisch={k: knip(v) for k, v in d._statisch.items()},
        _loon=d._loon[s],
        _partner_werkt=d._partner_werkt[s],
        _nieuw=d._nieuw[s],
        _begin=dataclasses.replace(b, **{f.name: knip(getattr(b, f.name)) for f in dataclasses.fields(Toestand)}),
    )


# --- reproduceerbaar en onafhankelijk van de delen ---------------------------------------------


def test_zelfde_zaadje_geeft_bit_voor_bit_dezelfde_populatie(deel):
    assert _gelijk(deel, maak_deel(PopulatieSpec(N, zaadje=11), 0, N, M2026))


def test_ander_zaadje_geeft_een_andere_populatie(deel):
    ander = maak_deel(PopulatieSpec(N, zaadje=12), 0, N, M2026)
    assert not np.array_equal(deel.invoer(0).a_jaar, ander.invoer(0).a_jaar)
    assert not np.array_equal(deel.loon_maand(), ander.loon_maand())


def test_delen_los_gemaakt_zijn_dezelfde_huishoudens(deel):
    assert blokken(SPEC) == [(0, BLOK), (BLOK, N)]
    for van, tot in blokken(SPEC):
        assert _gelijk(maak_deel(SPEC, van, tot, M2026), _stuk(deel, van, tot))
    # ook een stuk over de blokgrens, en een kleinere populatie: huishouden i blijft huishouden i
    assert _gelijk(maak_deel(SPEC, BLOK - 7, BLOK + 5, M2026), _stuk(deel, BLOK - 7, BLOK + 5))
    klein = PopulatieSpec(BLOK + 10, zaadje=11)
    assert _gelijk(maak_deel(klein, BLOK, BLOK + 10, M2026), _stuk(deel, BLOK, BLOK + 10))


def test_een_maand_deelt_de_vaste_gegevens_en_niemand_kan_erin_schrijven(deel):
    a, b = deel.invoer(0), deel.invoer(5)
    assert np.shares_memory(a.a_jaar, b.a_jaar) and np.shares_memory(a.kinderen[0], b.kinderen[0])
    with pytest.raises(ValueError):
        a.bezittingen[0] = 0
    with pytest.raises(ValueError):
        deel.begin().n_a[0] = 3


def test_verkeerde_delen_en_maanden_geven_een_duidelijke_fout():
    with pytest.raises(ValueError, match="start en eind"):
        maak_deel(SPEC, 10, 10, M2026)
    with pytest.raises(ValueError, match="start en eind"):
        maak_deel(SPEC, 0, N + 1, M2026)
    with pytest.raises(ValueError, match="maand 2 .* volgt niet"):
        maak_deel(SPEC, 0, 10, [dt.date(2026, 1, 1), dt.date(2026, 3, 1)])
    with pytest.raises(ValueError, match="eerste dag"):
        maak_deel(SPEC, 0, 10, [dt.date(2026, 1, 15)])
    with pytest.raises(ValueError, match="huishoudens"):
        PopulatieSpec(10_000_001)


# --- naar de cijfers ---------------------------------------------------------------------------


def test_leeftijd_geslacht_huishouden_duur_naar_de_bronnen(deel):
    k = deel.kenmerken
    # CBS eind 2025: 42.000 / 139.000 / 229.000 van 410.000 = 10,24% / 33,90% / 55,85%
    assert np.allclose(np.bincount(k["leeftijdsband"], minlength=3) / N, [0.1024, 0.3390, 0.5585], atol=0.005)
    # vrouwen 229.000 van 410.000 = 55,85%
    assert abs((k["geslacht"] == 0).mean() - 0.5585) < 0.005
    # CBS 82015NED januari 2017: 260.040 / 82.750 / 58.280 van 401.070 = 64,84% / 20,63% / 14,53%
    hh = np.bincount(k["huishouden"], minlength=4) / N
    assert abs(hh[0] - 0.6484) < 0.006 and abs(hh[1] - 0.2063) < 0.006 and abs(hh[2] + hh[3] - 0.1453) < 0.006
    # ESB: de helft vijf jaar of langer
    assert abs((k["duurband"] == 3).mean() - 0.5) < 0.01
    # alleenstaande ouders zijn meestal moeders (aanname 90%)
    assert abs((k["geslacht"][k["huishouden"] == 1] == 0).mean() - 0.9) < 0.01


def test_leeftijden_passen_bij_de_band_en_niemand_haalt_de_aow_leeftijd():
    boom = ParameterBoom.voor("wet")
    for maanden in (M2026, maanden_van(2026, 60)):  # 60 maanden: de langste run van balans beleid
        d = maak_deel(PopulatieSpec(BLOK, zaadje=3), 0, BLOK, maanden)
        inv = d.invoer(0)
        m0 = maanden[0]
        la = leeftijd(inv.a_jaar, inv.a_maand, inv.a_dag, m0.year, m0.month)
        band = d.kenmerken["leeftijdsband"]
        assert (la >= 18).all() and (la[band == 0] < 27).all() and (la[band == 1] >= 27).all()
        assert (la[band == 1] < 45).all() and (la[band == 2] >= 45).all()
        p = inv.heeft_partner
        assert (leeftijd(inv.p_jaar[p], inv.p_maand[p], inv.p_dag[p], m0.year, m0.month) >= 18).all()
        assert (inv.p_jaar[~p] == GEEN_PERSOON).all()
        for m in maanden:
            ctx = Ctx(Vector, m, boom.op(m), uitleg=False)
            assert not aow_bereikt(ctx, inv.a_jaar, inv.a_maand, inv.a_dag).any(), m
            assert not aow_bereikt(ctx, inv.p_jaar[p], inv.p_maand[p], inv.p_dag[p]).any(), m
        # kinderen: onder de 18 bij de start, en de ouder was bij de geboorte minstens 18
        kj, km, kd = inv.kinderen
        echt = kj != GEEN_PERSOON
        lk = leeftijd(kj, km, kd, m0.year, m0.month)
        assert (lk[echt] >= 0).all() and (lk[echt] < 18).all()
        assert ((la[:, None] - lk)[echt] >= 18).all()
        assert (echt.any(axis=1) == np.isin(d.kenmerken["huishouden"], [1, 3])).all()


def test_kostendeler_volgt_de_regel_van_art_19a(deel):
    inv = deel.invoer(0)
    ctx = Ctx(Vector, M2026[0], ParameterBoom.voor("wet").op(M2026[0]), uitleg=False)
    assert (deel.kenmerken["kostendeler"] == (aantal_kostendelers(ctx, inv) > 0)).all()
    # aanname: onder de 27 woont 40% met medebewoners, vanaf 27 12%
    met = (inv.medebewoners[0] != GEEN_PERSOON).any(axis=1)
    jong = deel.kenmerken["leeftijdsband"] == 0
    assert abs(met[jong].mean() - 0.40) < 0.015 and abs(met[~jong].mean() - 0.12) < 0.005


def test_deeltijdwerk_acht_procent_per_maand_met_mediaan_489_euro(deel):
    loon = deel.loon_maand()
    assert loon.dtype == np.int64 and loon.shape == (N, 12)
    # Divosa: elke maand ongeveer 8% met inkomen uit deeltijdwerk, doorsnee € 489 per maand
    assert np.all(np.abs((loon > 0).mean(axis=0) - 0.08) < 0.005)
    assert abs(np.median(loon[loon > 0]) - 489_00) < 10_00
    # in- en uitstroom: er beginnen en stoppen elke maand mensen
    aan = loon > 0
    assert (aan[:, 1:] & ~aan[:, :-1]).sum(axis=0).min() > 200 and (~aan[:, 1:] & aan[:, :-1]).sum(axis=0).min() > 200
    assert deel.kenmerken["werkt"].sum() == aan.any(axis=1).sum()
    # loon van de aanvrager of de partner, nooit allebei; samen het loon van het huishouden
    for i in (0, 7):
        inv = deel.invoer(i)
        assert ((inv.arbeid_a == 0) | (inv.arbeid_p == 0)).all()
        assert np.array_equal(inv.arbeid_a + inv.arbeid_p, loon[:, i])
        assert (inv.arbeid_p[~inv.heeft_partner] == 0).all()
        assert inv.arbeid_a.dtype == np.int64 and inv.bezittingen.dtype == np.int64


def test_uurloon_op_of_boven_het_minimumloon(deel):
    k = deel.kenmerken
    w = k["werkt"]
    assert k["uurloon"].dtype == np.int64 and (k["uurloon"][~w] == 0).all() and (k["uren"][~w] == 0).all()
    # minimumuurloon 1 januari 2026: € 14,71 vanaf 21 jaar; 18 jaar: 50% = € 7,355 -> € 7,36
    # (de leeftijd van wie werkt: de partner als die werkt, anders de aanvrager)
    inv = deel.invoer(0)
    pw = k["partner_werkt"]
    j, mnd, dg = (
        np.where(pw, inv.p_jaar, inv.a_jaar),
        np.where(pw, inv.p_maand, inv.a_maand),
        np.where(pw, inv.p_dag, inv.a_dag),
    )
    lt = leeftijd(j, mnd, dg, 2026, 1)
    volwassen = w & (lt >= 21)
    assert k["uurloon"][volwassen].min() == 14_71 and (k["uurloon"][volwassen] <= 14_71 * 125 // 100 + 1).all()
    assert k["uurloon"][w].min() >= 7_36
    assert (k["uren"][w] >= 1).all() and (k["uren"][w] <= 32).all()


@pytest.mark.parametrize("jaar", [2026, 2027, 2028])  # 2028 is een schrikkeljaar
def test_vier_wekelijks_precies_dertien_keer_per_kalenderjaar(jaar):
    fase = np.arange(28)
    per_maand = np.array([betaaldagen(np.full(28, VIER_WEKEN), fase, m) for m in maanden_van(jaar)])
    assert (per_maand.sum(axis=0) == 13).all()
    assert ((per_maand == 2).sum(axis=0) == 1).all() and (per_maand >= 1).all()  # één maand met twee betalingen
    week = np.array([betaaldagen(np.full(7, WEEK), np.arange(7), m) for m in maanden_van(jaar)])
    assert set(week.sum(axis=0).tolist()) <= {52, 53} and set(week.ravel().tolist()) <= {4, 5}
    assert (np.array([betaaldagen(np.full(3, MAAND), np.arange(3), m) for m in maanden_van(jaar)]) == 1).all()


def test_vier_wekelijks_loon_is_dubbel_in_de_maand_met_twee_betalingen(deel):
    k, loon = deel.kenmerken, deel.loon_maand()
    # vast contract (uren wisselen 5%), het hele jaar werk, en het hele jaar het minimumloon voor 21+
    vast = (
        (k["loonfrequentie"] == VIER_WEKEN)
        & ~k["oproep"]
        & (loon > 0).all(axis=1)
        & (k["leeftijd"] >= 22)
        & ~k["partner_werkt"]
    )
    assert vast.sum() > 100
    keer = np.array([betaaldagen(k["loonfrequentie"][vast], k["betaalfase"][vast], m) for m in M2026]).T
    assert (keer.sum(axis=1) == 13).all()
    twee = loon[vast][keer == 2]
    een = loon[vast][keer == 1].reshape(vast.sum(), 11).mean(axis=1)
    assert np.allclose(twee / een, 2, atol=0.3) and abs(np.median(twee / een) - 2) < 0.02


# --- de stand bij het begin --------------------------------------------------------------------


def test_tellers_van_de_vrijlating_volgen_de_geschiedenis(deel, deel2027):
    for d in (deel, deel2027):
        b, k = d.begin(), d.kenmerken
        duur = k["duur_maanden"]
        for t in ("n", "r", "z", "b34a"):
            a_, p_ = getattr(b, t + "_a"), getattr(b, t + "_p")
            assert (a_ <= duur).all() and (p_ <= duur).all(), t  # nooit meer maanden dan in de bijstand
            assert ((a_ == 0) | ~k["partner_werkt"]).all() and ((p_ == 0) | k["partner_werkt"]).all()
        assert b.n_a.max() == 6 and (b.n_a <= 6).all()  # art. 31 lid 2 onder n: zes maanden
        assert (b.r_a[k["huishouden"] != 1] == 0).all()  # onder r: alleenstaande ouders
        assert (b.z_a[~d.invoer(0).a_doelgroep_lks] == 0).all()  # onder z: doelgroep LKS
        # wie lang in de bijstand zit en werkt, heeft vaker maanden gebruikt dan wie net begon
        w = k["werkt"] & ~k["partner_werkt"]
        assert (b.n_a[w & (k["duurband"] == 3)] > 0).mean() > 2 * (b.n_a[w & (k["duurband"] == 0)] > 0).mean()
    # art. 34a: SZW voert het uit vanaf 1-1-2027 (aanname 'bijverdienvrijlating_vanaf'): bij een start in 2026
    # of 2027 heeft nog niemand maanden gebruikt. Met 2026-01-01 (de geconsolideerde tekst) wel, in 2027
    # hoogstens 12 (januari tot en met december 2026).
    assert not deel.begin().b34a_a.any() and not deel2027.begin().b34a_a.any()
    spec = PopulatieSpec(N, zaadje=11, aannames=laad_aannames(overschrijf={"bijverdienvrijlating_vanaf": "2026-01-01"}))
    tekst = maak_deel(spec, 0, N, M2027)
    b = tekst.begin().b34a_a
    assert b.max() == 12 and (b > 0).mean() > 0.05 and (b <= tekst.kenmerken["duur_maanden"]).all()
    assert np.array_equal(tekst.begin().n_a, deel2027.begin().n_a)  # de andere tellers veranderen niet


# --- door de regelkern -------------------------------------------------------------------------


def test_door_de_regelkern_met_de_normen_van_januari_2026(deel):
    boom = ParameterBoom.voor("wet")
    uit = [u for _, u in bereken_maanden(boom, ((m, deel.invoer(i)) for i, m in enumerate(M2026)), deel.begin())]
    jan, inv, k = uit[0], deel.invoer(0), deel.kenmerken
    geen_loon = deel.loon_maand()[:, 0] == 0
    la = leeftijd(inv.a_jaar, inv.a_maand, inv.a_dag, 2026, 1)
    # Alleen wie de hele maand dezelfde norm heeft: de aanvrager wordt in januari geen 21, en geen
    # medebewoner wordt in januari 27. Zo'n verjaardag geeft sinds de dagdelen vanaf die dag een andere
    # norm (art. 19a lid 1, art. 20); de kenmerken van de populatie kijken naar het begin van de maand.
    # Voorbeeld: medebewoner geboren 4-1-1999 wordt kostendeler op 4 januari:
    # 3/31 x 1.401,50 + 28/31 x 1.001,07 = 135,63 + 904,19 = € 1.039,82, niet € 1.401,50.
    la_eind = leeftijd(inv.a_jaar, inv.a_maand, inv.a_dag, 2026, 1, 31)
    mj, mm, md, _ = (np.asarray(x) for x in inv.medebewoners)
    mb_27 = ((mj != GEEN_PERSOON) & (leeftijd(mj, mm, md, 2026, 1, 31) >= 27)).any(axis=1)
    vast = (la == la_eind) & ~mb_27
    # normen 1-1-2026 (inclusief vakantietoeslag): alleenstaande 21+ € 1.401,50; gehuwden € 2.002,13;
    # alleenstaande 18-20 € 345,99, plus € 746,45 als de ouders niet kunnen bijdragen (art. 20 lid 3) = € 1.092,44
    alleen = (k["huishouden"] == 0) & ~k["kostendeler"] & geen_loon & vast
    assert (jan.bijstand[alleen & (la >= 21)] == 1401_50).all() and (alleen & (la >= 21)).sum() > 1000
    jong = alleen & (la < 21)
    assert (jan.bijstand[jong & inv.a_beroep_op_ouders] == 345_99).all()
    assert (jan.bijstand[jong & ~inv.a_beroep_op_ouders] == 1092_44).all()
    lp = leeftijd(inv.p_jaar, inv.p_maand, inv.p_dag, 2026, 1)
    paar = (k["huishouden"] == 2) & ~k["kostendeler"] & geen_loon & vast & (la >= 21) & (lp >= 21) & inv.p_rechthebbend
    assert (jan.bijstand[paar] == 2002_13).all() and paar.sum() > 100
    # plausibel over het jaar: (bijna) iedereen heeft recht, en de bijstand ligt tussen 85% en 100% van de norm
    bijstand = sum(int(u.bijstand.sum()) for u in uit)
    norm = sum(int(np.broadcast_to(u.norm, (N,)).sum()) for u in uit)
    assert all(u.recht.mean() > 0.99 for u in uit)
    assert 0.85 * norm < bijstand < norm


# --- aannames ----------------------------------------------------------------------------------


def test_elke_aanname_heeft_een_bron_of_een_reden():
    a = laad_aannames()
    for naam, waarde, bron, uitleg in a.lijst():
        assert bron is None or bron.startswith("https://"), naam
        assert bron or a.waarden[naam].get("aanname"), naam


def test_aannames_aanpassen_en_fouten_met_naam_en_regel(tmp_path):
    a = laad_aannames(overschrijf={"deeltijd": 0.12, "loonfrequentie": {"week": 0.5}})
    assert a["deeltijd"] == 0.12 and a["loonfrequentie"] == {"maand": 0.5, "vier_weken": 0.35, "week": 0.5}
    with pytest.raises(AannameFout, match="onbekende aanname 'kleur'"):
        laad_aannames(overschrijf={"kleur": 1})
    with pytest.raises(AannameFout, match="'deeltijd'.*aandeel van 0 tot en met 1"):
        laad_aannames(overschrijf={"deeltijd": 1.5})
    with pytest.raises(AannameFout, match="'bijverdienvrijlating_vanaf'.*eerste dag van een maand"):
        laad_aannames(overschrijf={"bijverdienvrijlating_vanaf": "2027-01-15"})
    with pytest.raises(AannameFout, match="'loonfrequentie': onbekende naam dag"):
        laad_aannames(overschrijf={"loonfrequentie": {"dag": 1}})
    pad = tmp_path / "a.yaml"
    tekst = AANNAMES.read_text(encoding="utf-8")
    pad.write_text(
        tekst.replace("  bron: https://www.divosa.nl/factsheet-parttime-werk-de-bijstand\n", ""), encoding="utf-8"
    )
    regel = next(i for i, r in enumerate(tekst.splitlines(), 1) if r.startswith("deeltijd:"))
    with pytest.raises(AannameFout, match=f"'deeltijd' \\(a.yaml regel {regel}\\): geef een bron"):
        laad_aannames(pad)
    # een andere aanname verandert de populatie, en alleen waar dat moet
    meer = maak_deel(
        PopulatieSpec(BLOK, zaadje=1, aannames=laad_aannames(overschrijf={"deeltijd": 0.16})), 0, BLOK, M2026
    )
    basis = maak_deel(PopulatieSpec(BLOK, zaadje=1), 0, BLOK, M2026)
    assert abs((meer.loon_maand() > 0).mean() - 0.16) < 0.01
    assert np.array_equal(meer.invoer(0).a_jaar, basis.invoer(0).a_jaar)


@pytest.mark.parametrize("start", [dt.date(2026, 1, 1), dt.date(2027, 1, 1)])
def test_tellers_zoals_de_regel_ze_maand_voor_maand_bijhoudt(start):
    """De tellers uit de werkperioden (populatie._tellers) tegen de echte regel (wet.regels.vrijlatingen),
    maand voor maand over dezelfde geschiedenis gedraaid. Vóór 2024 (het begin van de parametertabellen)
    rekenen we met de regels van 1-1-2024; die hebben dezelfde termijnen (6, 30 en 12 maanden)."""
    from balans.beleid.populatie import _tellers
    from balans.wet.regels import vrijlatingen

    rng = np.random.default_rng(4)
    n = 4000
    # drie werkperioden [b, e) per huishouden, oud -> nieuw, met minstens één maand ertussen
    e0 = np.where(rng.random(n) < 0.3, 0, -rng.integers(1, 20, n))
    b0 = np.where(e0 == 0, -rng.integers(0, 15, n), e0 - rng.integers(1, 15, n))
    e1 = b0 - rng.integers(1, 20, n)
    b1 = e1 - rng.integers(1, 15, n)
    e2 = b1 - rng.integers(1, 20, n)
    b2 = e2 - rng.integers(1, 15, n)
    perioden = [(b2, e2), (b1, e1), (b0, e0)]
    ondergrens = -rng.integers(0, 61, n)
    leeftijd_ = rng.integers(20 * 12, 60 * 12, n)
    medisch, lks, toepassen = rng.random(n) < 0.1, rng.random(n) < 0.1, rng.random(n) < 0.9
    # twee kinderen, soms ver uit elkaar: de teller onder r begint ook als het jongste kind later kwam
    ouder, kind = rng.random(n) < 0.4, rng.integers(0, 18 * 12, (n, 2))
    # Een geschiedenis waarin art. 34a al in 2026 liep (aanname bijverdienvrijlating_vanaf: 2026-01-01) is
    # de lezing van de geconsolideerde tekst; formeel (regime 'wet') geldt art. 34a pas vanaf 1-1-2027.
    # Vóór 2026 zijn beide lezingen gelijk, dus de tellers n, r en z veranderen hierdoor niet.
    boom = ParameterBoom.voor("bijverdienen-geconsolideerde-tekst")
    e34a = -12 if start.year == 2027 else 0  # art. 34a vanaf 1-1-2026 in die lezing
    uit = _tellers(perioden, ondergrens, leeftijd_, medisch, lks, toepassen, e34a, kind, ouder)

    def regel(datum_parameters) -> tuple:
        t_n = t_r = t_z = t_b = np.zeros(n, np.int64)
        for t in range(int(ondergrens.min()), 0):
            j, m = divmod(start.year * 12 + start.month - 1 + t, 12)
            maand = dt.date(j, m + 1, 1)
            ctx = Ctx(Vector, maand, boom.op(datum_parameters(maand)), uitleg=False)
            werkt, nieuw = np.zeros(n, bool), np.zeros(n, bool)
            for b, e in perioden:
                werkt |= (b <= t) & (t < e)
                nieuw |= b == t
            in_bijstand = t >= ondergrens
            kind_t = kind + t  # leeftijd in maanden van elk kind; het jongste onder 12 telt (art. 31 lid 2 onder r)
            jong_kind = ((kind_t >= 0) & (kind_t < 144)).any(axis=1)
            q = vrijlatingen.Persoon(
                "u",
                np.where(werkt & in_bijstand, 100_00, 0),
                (leeftijd_ + t) // 12,
                np.zeros(n, bool),
                medisch,
                lks,
                ouder & jong_kind,
                t_n,
                t_r,
                t_z,
                t_b,
            )
            _, t_n, t_r, t_z, t_b = vrijlatingen.vrijlating(ctx, q, toepassen, nieuw & in_bijstand, False)
        return t_n, t_r, t_z, t_b

    # n, r en z: met art. 31 in de hele geschiedenis (de regels van 2024-2025, ook voor de maanden erna)
    t_n, t_r, t_z, _ = regel(lambda m: min(max(m, dt.date(2024, 1, 1)), dt.date(2025, 12, 1)))
    assert np.array_equal(uit["t_n"], t_n) and np.array_equal(uit["t_r"], t_r) and np.array_equal(uit["t_z"], t_z)
    # art. 34a lid 1 onder a: in de lezing van de geconsolideerde tekst (art. 34a vanaf 1-1-2026)
    _, _, _, t_b = regel(lambda m: max(m, dt.date(2024, 1, 1)))
    assert np.array_equal(uit["t_b34a"], t_b)
    assert (t_n == 6).sum() > 100 and (t_r > 0).sum() > 20 and (t_z > 0).sum() > 20
    assert (t_b > 0).sum() > 100 if start.year == 2027 else not t_b.any()
