# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Tests van het OpenFisca-model. Draaien in de OpenFisca-venv (zie README.md):

    benchmarks/openfisca/.venv/bin/python -m pytest benchmarks/openfisca/test_model.py

Eerst bedragen die met de hand uit de wet en de normbedragen van 1 juli 2026 zijn uitgerekend, daarna
een vergelijking met balans op willekeurige huishoudens die alle velden van de invoer gebruiken.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("openfisca_core")

HIER = Path(__file__).resolve().parent
sys.path[:0] = [str(HIER), str(HIER.parent.parent / "src")]

from balans_openfisca import BalansTaxBenefitSystem, met_variant
from balans_openfisca.simulatie import bereken, bouw_simulatie

from balans.rekenen.invoer import (
    GEEN_PERSOON,
    MaandInvoer,
    Toestand,
    stapel,
    stapel_toestand,
)
from balans.rekenen.populatie import bereken_maanden
from balans.wet.parameters import ParameterBoom

JULI = dt.date(2026, 7, 1)


@pytest.fixture(scope="module")
def tbs():
    return BalansTaxBenefitSystem()


def maanden_vanaf(van: dt.date, aantal: int) -> list[dt.date]:
    uit, m = [], van
    for _ in range(aantal):
        uit.append(m)
        m = dt.date(m.year + (m.month == 12), m.month % 12 + 1, 1)
    return uit


def reken(tbs, huishoudens: list[MaandInvoer], aantal_maanden: int = 1, variabele: str = "bijstand"):
    """Eén rij per huishouden, één kolom per maand (dezelfde invoer elke maand)."""
    inv = stapel(huishoudens)
    maanden = [(m, inv) for m in maanden_vanaf(JULI, aantal_maanden)]
    begin = stapel_toestand([Toestand() for _ in huishoudens])
    sim = bouw_simulatie(tbs, maanden, begin)
    return np.stack(bereken(sim, maanden, (variabele,))[variabele], axis=1)


def persoon(jaar, maand=1, dag=1, **velden):
    return MaandInvoer(a_jaar=jaar, a_maand=maand, a_dag=dag, **velden)


# Normbedragen per 1 juli 2026 (src/balans/wet/parameters, bron wetten.overheid.nl/BWBR0015703/2026-07-01):
# art. 21 onder a € 1.419,46; onder b € 2.027,79; art. 22 onder a € 1.587,34; art. 20 lid 1 onder a € 350,42;
# jongerentoeslag art. 20 lid 3 € 762,24; art. 24a: 1/12 van € 3.416,00.
def test_alleenstaande_zonder_inkomen_krijgt_de_norm(tbs):
    assert reken(tbs, [persoon(1996)])[0, 0] == 141946


def test_kostendelersnorm_met_een_medebewoner(tbs):
    # A = 2: (40 + 2 x 30) / 2 = 50% van € 2.027,79 = € 1.013,895, half naar boven € 1.013,90
    h = persoon(1996, medebewoners=((1980, 1, 1, False),))
    assert reken(tbs, [h])[0, 0] == 101390


def test_student_medebewoner_is_geen_kostendeler(tbs):
    h = persoon(1996, medebewoners=((1980, 1, 1, True),))
    assert reken(tbs, [h])[0, 0] == 141946


def test_loon_met_bijverdienvrijlating(tbs):
    # art. 34a lid 1 onder a: 15% van € 500,00 = € 75,00 vrij; middelen € 425,00
    assert reken(tbs, [persoon(1996, arbeid_a=50000)])[0, 0] == 141946 - 42500


def test_vrijlating_stopt_na_twaalf_maanden_zonder_stille_nul(tbs):
    # 14 maanden € 400,00 loon: 12 maanden 15% vrij (€ 60,00), daarna niets. De teller loopt door OpenFisca
    # van maand tot maand; bij een spiraal zou hij stil 0 worden en bleef de vrijlating staan.
    uit = reken(tbs, [persoon(1996, arbeid_a=40000)], aantal_maanden=14)[0]
    assert list(uit) == [141946 - 34000] * 12 + [141946 - 40000] * 2


def test_niet_rechthebbende_partner_art24_en_art32_lid3(tbs):
    # art. 24: 50% van € 2.027,79 = € 1.013,90. Partner verdient € 1.200,00, 15% vrij: € 1.020,00.
    # art. 32 lid 3: 1.020,00 + 0 + 1.013,90 - 2.027,79 = € 6,11 telt mee. Bijstand € 1.007,79.
    h = persoon(1996, heeft_partner=True, p_jaar=1996, p_maand=1, p_dag=1, p_rechthebbend=False, arbeid_p=120000)
    assert reken(tbs, [h])[0, 0] == 100779


def test_jongerentoeslag(tbs):
    # 19 jaar, geen beroep op ouders: € 350,42 + € 762,24 = € 1.112,66 (niet boven € 1.419,46, art. 20 lid 4)
    assert reken(tbs, [persoon(2007, a_beroep_op_ouders=False)])[0, 0] == 111266


def test_ophoging_art24a_bij_toeslagpartner(tbs):
    # 1/12 van € 3.416,00 = € 284,666..., half naar boven € 284,67
    h = persoon(1996, kinderen=((2021, 1, 1),), toeslagpartner=True)
    assert reken(tbs, [h])[0, 0] == 141946 + 28467


def test_vermogensgrens(tbs):
    # art. 34 lid 3: alleenstaande € 8.000,00
    uit = reken(tbs, [persoon(1996, bezittingen=800000), persoon(1996, bezittingen=800001)])
    assert list(uit[:, 0]) == [141946, 0]


def test_maatregel_over_de_norm(tbs):
    # 30% van € 1.419,46 = € 425,838, half naar boven € 425,84
    assert reken(tbs, [persoon(1996, maatregel_bp=3000)])[0, 0] == 141946 - 42584


def test_pensioengerechtigde_met_loon(tbs):
    # geboren 15-3-1959: 67 jaar (AOW art. 7a, bereikt in 2026) op 15-3-2026. Norm art. 22 onder a € 1.587,34.
    # art. 34a lid 1 onder c: 25% van € 1.000,00 = € 250,00, maximaal € 226,00. Middelen € 774,00.
    assert reken(tbs, [persoon(1959, 3, 15, arbeid_a=100000)])[0, 0] == 158734 - 77400


def test_jonger_dan_18_geen_recht(tbs):
    assert reken(tbs, [persoon(2009, 1, 1)])[0, 0] == 0


# --- Vergelijking met balans: alle velden van de invoer, willekeurig, drie regimes ---


def willekeurige_populatie(n: int, aantal_maanden: int, seed: int):
    rng = np.random.default_rng(seed)
    partner = rng.random(n) < 0.4
    k, mb = 3, 3
    kind_jaar = np.where(rng.random((n, k)) < 0.35, rng.integers(2005, 2028, (n, k)), GEEN_PERSOON)
    mb_jaar = np.where(rng.random((n, mb)) < 0.25, rng.integers(1945, 2009, (n, mb)), GEEN_PERSOON)

    def ja(p, vorm=n):
        return rng.random(vorm) < p

    def geld(p, hoog):
        return np.where(ja(p), rng.integers(0, hoog, n), 0)

    vast = {
        "a_jaar": rng.integers(1940, 2010, n),
        "a_maand": rng.integers(1, 13, n),
        "a_dag": rng.integers(1, 29, n),
        "heeft_partner": partner,
        "p_jaar": np.where(partner, rng.integers(1940, 2010, n), GEEN_PERSOON),
        "p_maand": rng.integers(1, 13, n),
        "p_dag": rng.integers(1, 29, n),
        "kinderen": (kind_jaar, rng.integers(1, 13, (n, k)), rng.integers(1, 29, (n, k))),
        "medebewoners": (mb_jaar, rng.integers(1, 13, (n, mb)), rng.integers(1, 29, (n, mb)), ja(0.2, (n, mb))),
    }
    maanden = []
    for m in maanden_vanaf(JULI, aantal_maanden):
        inv = MaandInvoer(
            **vast,
            p_rechthebbend=ja(0.7),
            a_medisch_urenbeperkt=ja(0.1),
            p_medisch_urenbeperkt=ja(0.1),
            a_doelgroep_lks=ja(0.15),
            p_doelgroep_lks=ja(0.15),
            a_beroep_op_ouders=ja(0.5),
            p_beroep_op_ouders=ja(0.5),
            mantelzorg_elders=ja(0.1),
            toeslagpartner=ja(0.2),
            arbeid_a=geld(0.5, 250000),
            arbeid_p=np.where(partner, geld(0.5, 250000), 0),
            uitkering_a=geld(0.1, 100000),
            uitkering_p=np.where(partner, geld(0.1, 100000), 0),
            overig_a=geld(0.05, 30000),
            overig_p=np.where(partner, geld(0.05, 30000), 0),
            giften=geld(0.2, 90000),
            giften_in_natura=geld(0.1, 30000),
            voedselbank=geld(0.1, 5000),
            bezittingen=rng.integers(0, 2000000, n),
            schulden=rng.integers(0, 500000, n),
            maatregel_bp=np.where(ja(0.1), rng.integers(0, 10001, n), 0),
            taaleis_niet_nagekomen=ja(0.3),
            vrijlating_toepassen=ja(0.85),
            nieuw_dienstverband=ja(0.1),
            uitbreiding_uren_niet_mogelijk=ja(0.2),
        )
        maanden.append((m, inv))
    teller = {v: rng.integers(0, h, n) for v, h in (("n", 8), ("r", 32), ("z", 14), ("b34a", 14))}
    begin = Toestand(
        n_a=teller["n"],
        n_p=rng.integers(0, 8, n),
        r_a=teller["r"],
        r_p=rng.integers(0, 32, n),
        z_a=teller["z"],
        z_p=rng.integers(0, 14, n),
        b34a_a=teller["b34a"],
        b34a_p=rng.integers(0, 14, n),
        giften_jaar=rng.integers(0, 150000, n),
        taaleis_maanden=rng.integers(0, 15, n),
        vermogen_aanvang=np.full(n, -1),
        vermogen_laagste=np.zeros(n, np.int64),
        kalenderjaar=2026,
    )
    return maanden, begin


@pytest.mark.parametrize("regime", ["wet", "bijverdienen-vanaf-2027", "nrp-70"])
def test_zelfde_uitkomst_als_balans(tbs, regime):
    maanden, begin = willekeurige_populatie(4000, 14, seed=7)
    model = tbs if regime == "wet" else met_variant(tbs, regime)
    velden = ("norm", "middelen", "verlaging", "bijstand", "vakantietoeslag")
    of = bereken(bouw_simulatie(model, maanden, begin), maanden, velden)
    for i, (m, uit) in enumerate(bereken_maanden(ParameterBoom(regime), maanden, begin)):
        for v in velden:
            verschil = np.flatnonzero(getattr(uit, v) != of[v][i])
            assert len(verschil) == 0, f"{regime} {m} {v}: {len(verschil)} huishoudens, eerste {verschil[:5]}"
    # de test moet iets raken: veel bijstand, ook verlagingen en vrijlatingen
    assert sum(int((b > 0).sum()) for b in of["bijstand"]) > 10000
    assert sum(int((x > 0).sum()) for x in of["verlaging"]) > 1000


def test_andere_samenstelling_per_maand_is_een_duidelijke_fout(tbs):
    a, b = stapel([persoon(1996)]), stapel([persoon(1996, heeft_partner=True, p_jaar=1990)])
    from balans_openfisca.simulatie import OngeldigeInvoer

    with pytest.raises(OngeldigeInvoer, match="heeft_partner"):
        bouw_simulatie(tbs, [(JULI, a), (dt.date(2026, 8, 1), b)], stapel_toestand([Toestand()]))
