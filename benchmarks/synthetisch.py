# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Een eenvoudige, geseede synthetische populatie als maandinvoer (alleen voor benchmarks).

De echte populatie voor beleid (issue 6) volgt de CBS-verdeling; hier gaat het om een
representatieve mix van leefvormen, leeftijden, kostendelers en deeltijdinkomen.
"""

from __future__ import annotations

import datetime as dt

import numpy as np

from balans.rekenen.invoer import GEEN_PERSOON, MaandInvoer, Toestand


def populatie(n: int, seed: int = 2026):
    rng = np.random.default_rng(seed)
    geb_jaar = rng.integers(1958, 2008, n)
    partner = rng.random(n) < 0.15
    p_jaar = np.where(partner, np.clip(geb_jaar + rng.integers(-5, 6, n), 1958, 2007), GEEN_PERSOON)
    k = 3
    kind_jaar = np.where(
        rng.random((n, k)) < np.array([0.3, 0.15, 0.05]), rng.integers(2009, 2026, (n, k)), GEEN_PERSOON
    )
    mb_jaar = np.where(rng.random((n, 2)) < np.array([0.12, 0.03]), rng.integers(1950, 2005, (n, 2)), GEEN_PERSOON)
    statisch = dict(
        a_jaar=geb_jaar,
        a_maand=rng.integers(1, 13, n),
        a_dag=rng.integers(1, 29, n),
        heeft_partner=partner,
        p_jaar=p_jaar,
        p_maand=rng.integers(1, 13, n),
        p_dag=rng.integers(1, 29, n),
        p_rechthebbend=rng.random(n) > 0.05,
        a_medisch_urenbeperkt=rng.random(n) < 0.03,
        a_doelgroep_lks=rng.random(n) < 0.02,
        a_beroep_op_ouders=rng.random(n) < 0.7,
        kinderen=(kind_jaar, np.ones((n, k), np.int64), np.ones((n, k), np.int64)),
        medebewoners=(mb_jaar, np.ones((n, 2), np.int64), np.ones((n, 2), np.int64), rng.random((n, 2)) < 0.1),
        bezittingen=rng.integers(0, 9000_00, n),
        schulden=rng.integers(0, 500_00, n),
    )
    werkt = rng.random(n) < 0.08
    basis_loon = rng.lognormal(np.log(489_00), 0.6, n).astype(np.int64)

    def maanden(van: dt.date, aantal: int):
        m = van
        for _ in range(aantal):
            # 4-wekelijks loon en wisselende uren: elke maand opnieuw geloot rond het eigen niveau
            loon = np.where(werkt, (basis_loon * rng.uniform(0.6, 1.4, n)).astype(np.int64), 0)
            giften = np.where(rng.random(n) < 0.02, rng.integers(0, 800_00, n), 0)
            yield (
                m,
                MaandInvoer(
                    **statisch, arbeid_a=loon, giften=giften, maatregel_bp=np.where(rng.random(n) < 0.005, 3000, 0)
                ),
            )
            m = dt.date(m.year + (m.month == 12), m.month % 12 + 1, 1)

    def begin():
        z = np.zeros(n, np.int64)
        return Toestand(
            n_a=z,
            n_p=z,
            r_a=z,
            r_p=z,
            z_a=z,
            z_p=z,
            b34a_a=z,
            b34a_p=z,
            giften_jaar=z,
            taaleis_maanden=z,
            vermogen_aanvang=z - 1,
            vermogen_laagste=z,
            kalenderjaar=0,
        )

    return maanden, begin
