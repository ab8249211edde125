# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Voorbeeldhuishoudens voor de armoedeval en de marginale druk: één MaandInvoer-bouwer voor beide.

De aanvrager is geboren op 15-6-1990, een partner op 1-3-1991: niemand wordt in een run 27 of AOW-gerechtigd.
"""

from __future__ import annotations

import datetime as dt

import numpy as np

from balans.rekenen.invoer import GEEN_PERSOON, MaandInvoer, Toestand


def invoer(rijen: list[tuple[bool, tuple[dt.date, ...]]], arbeid_a: np.ndarray) -> MaandInvoer:
    """Eén rij per huishouden: (partner, geboortedata van de kinderen); arbeid_a: netto loon per rij."""
    n = len(rijen)
    partner = np.array([r[0] for r in rijen], bool)
    kol = max(1, max((len(r[1]) for r in rijen), default=0))

    def kind(attr):
        return np.array(
            [[getattr(r[1][j], attr) if j < len(r[1]) else GEEN_PERSOON for j in range(kol)] for r in rijen], np.int64
        ).reshape(n, kol)

    jaar = kind("year")
    return MaandInvoer(
        a_jaar=np.full(n, 1990),
        a_maand=np.full(n, 6),
        a_dag=np.full(n, 15),
        heeft_partner=partner,
        p_jaar=np.where(partner, 1991, GEEN_PERSOON),
        p_maand=np.full(n, 3),
        p_dag=np.full(n, 1),
        p_rechthebbend=np.ones(n, bool),
        a_medisch_urenbeperkt=np.zeros(n, bool),
        p_medisch_urenbeperkt=np.zeros(n, bool),
        a_doelgroep_lks=np.zeros(n, bool),
        p_doelgroep_lks=np.zeros(n, bool),
        a_beroep_op_ouders=np.ones(n, bool),
        p_beroep_op_ouders=np.ones(n, bool),
        mantelzorg_elders=np.zeros(n, bool),
        toeslagpartner=np.zeros(n, bool),
        kinderen=(
            jaar,
            np.where(jaar == GEEN_PERSOON, 1, kind("month")),
            np.where(jaar == GEEN_PERSOON, 1, kind("day")),
        ),
        medebewoners=(
            np.full((n, 1), GEEN_PERSOON),
            np.ones((n, 1), np.int64),
            np.ones((n, 1), np.int64),
            np.zeros((n, 1), bool),
        ),
        arbeid_a=np.asarray(arbeid_a, np.int64),
        bezittingen=np.zeros(n, np.int64),
        schulden=np.zeros(n, np.int64),
    )


def begin(n: int) -> Toestand:
    """De toestand vóór de eerste maand: geen vrijlatingsmaanden gebruikt, geen giften, geen vermogen."""
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
