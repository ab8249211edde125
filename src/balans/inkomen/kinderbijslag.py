# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Kinderbijslag (Algemene Kinderbijslagwet): een bedrag per kind per kalenderkwartaal, naar de leeftijd op de
eerste dag van het kwartaal (art. 11 en 12): 70% van het basisbedrag onder 6 jaar, 85% van 6 tot 12, 100% van
12 tot 18. Niet inkomensafhankelijk. Per maand tonen we een derde van het kwartaalbedrag, rekenkundig op centen;
de SVB betaalt na afloop van elk kwartaal.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from balans.inkomen.rekenkunde import als_euro, half_omhoog


@dataclass
class Kinderbijslag:
    # Velden Any: een getal (één huishouden) of een numpy-array (de gevectoriseerde stand).
    kwartaal: Any
    maand: Any


def eerste_dag_kwartaal(maand: dt.date) -> dt.date:
    return dt.date(maand.year, 3 * ((maand.month - 1) // 3) + 1, 1)


def tel_kinderen(geboortedata, maand: dt.date) -> tuple[int, int, int]:
    """(0-5, 6-11, 12-17 jaar) op de eerste dag van het kwartaal van `maand`, voor één huishouden.

    Een kind telt vanaf het kwartaal na de geboorte (geboren vóór de eerste dag) en niet meer vanaf het kwartaal
    waarin het op de eerste dag 18 is."""
    dag = eerste_dag_kwartaal(maand)
    leeftijden = [dag.year - g.year - ((dag.month, dag.day) < (g.month, g.day)) for g in geboortedata if g < dag]
    return (
        sum(1 for a in leeftijden if a < 6),
        sum(1 for a in leeftijden if 6 <= a < 12),
        sum(1 for a in leeftijden if 12 <= a < 18),
    )


def kinderbijslag(ctx, kinderen_0_5, kinderen_6_11, kinderen_12_17) -> Kinderbijslag:
    """De bedragen van de maand zijn die van de eerste dag van het kwartaal: een kwartaal valt altijd binnen één
    half jaar, en de bedragen wijzigen op 1 januari en 1 juli (art. 13)."""
    p = ctx.p.kinderbijslag
    kwartaal = kinderen_0_5 * p.bedrag_0_5 + kinderen_6_11 * p.bedrag_6_11 + kinderen_12_17 * p.bedrag_12_17
    maand = half_omhoog(kwartaal, 3)
    if ctx.uitleg and kwartaal:
        delen = []
        for n, bedrag, groep in (
            (kinderen_0_5, p.bedrag_0_5, "van 0 tot 6 jaar"),
            (kinderen_6_11, p.bedrag_6_11, "van 6 tot 12 jaar"),
            (kinderen_12_17, p.bedrag_12_17, "van 12 tot 18 jaar"),
        ):
            if n:
                delen.append(f"{n} x {als_euro(bedrag)} voor {'een kind' if n == 1 else 'kinderen'} {groep}")
        ctx.stap(
            "kinderbijslag",
            "AKW art. 11 en 12",
            ctx.p.bron("kinderbijslag", "bedrag_12_17"),
            f"Kinderbijslag per kwartaal: {', '.join(delen)} = {als_euro(kwartaal)}. De leeftijd op de eerste dag van "
            f"het kwartaal telt. Per maand is dat {als_euro(maand)}. De SVB betaalt na elk kwartaal. Kinderbijslag telt "
            "niet mee als inkomen voor de bijstand (Pw art. 31 lid 2 onder b).",
            maand,
            tak="akw-12",
        )
    return Kinderbijslag(kwartaal, maand)
