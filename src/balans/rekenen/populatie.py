# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""De gevectoriseerde stand: dezelfde regels over een hele populatie tegelijk, zonder spoor."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from dataclasses import replace

from balans.rekenen import dagdelen
from balans.wet.context import Ctx, Vector
from balans.rekenen.invoer import MaandInvoer, Toestand, Uitkomst, stapel, stapel_toestand
from balans.rekenen.maand import bereken_maand
from balans.wet.parameters import ParameterBoom


def bereken_maanden(
    boom: ParameterBoom, maanden: Iterable[tuple[dt.date, MaandInvoer]], begin: Toestand, geheugen: dict | None = None
):
    """Rekent maand na maand; de stand gaat expliciet van de ene maand naar de volgende.

    geheugen: gedeeld tussen varianten van dezelfde invoer (zie Ctx.onthoud); None: niets bewaren."""
    st = begin
    for m, inv in maanden:
        ctx = Ctx(Vector, m, boom.op(m), uitleg=False, geheugen=geheugen)
        versies = dagdelen.wetsversies(boom, m)  # een nieuwe versie van de norm halverwege de maand
        uit, st = bereken_maand(ctx, replace(inv, wetsversies=versies) if versies else inv, st)
        yield m, uit


def bereken_casussen(casussen: list, boom: ParameterBoom | None = None) -> list[list[Uitkomst]]:
    """Rekent casussen met dezelfde periode samen uit als één populatie (voor tests en vergelijking)."""
    from balans.rekenen.casus import begintoestand, maandinvoeren

    boom = boom or ParameterBoom.voor(casussen[0].regime or "wet", casussen[0].gemeente)
    per_casus = [maandinvoeren(c) for c in casussen]
    maanden = [m for m, _ in per_casus[0]]
    gestapeld = [(m, stapel([pc[i][1] for pc in per_casus])) for i, m in enumerate(maanden)]
    begin = stapel_toestand([begintoestand(c) for c in casussen])
    return [uit for _, uit in bereken_maanden(boom, gestapeld, begin)]
