# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Pw art. 3 en 4: gehuwd, alleenstaande, alleenstaande ouder; ten laste komende kinderen."""

from __future__ import annotations

from balans.wet.regels.leeftijd import leeftijd

ALLEENSTAANDE, ALLEENSTAANDE_OUDER, GEHUWDEN = 0, 1, 2


def kinderen_ten_laste(ctx, inv):
    """Art. 4 lid 1: een ten laste komend kind is jonger dan 18 jaar."""
    pj, pm = ctx.maand.year, ctx.maand.month

    def jonger_dan_18(j, m, d):
        lt = leeftijd(j, m, d, pj, pm, ctx.dag)
        return (lt >= 0) & (lt < 18)

    return ctx.xp.tel(jonger_dan_18, inv.kinderen)


def jongste_kind(ctx, inv):
    """Leeftijd van het jongste ten laste komende kind (99 als er geen is)."""
    pj, pm = ctx.maand.year, ctx.maand.month
    xp = ctx.xp

    def lt(j, m, d):
        a = leeftijd(j, m, d, pj, pm, ctx.dag)
        return xp.als((a >= 0) & (a < 18), a, 99)

    return xp.laagste(lt, inv.kinderen, 99)


def leefvorm(ctx, inv, aantal_kinderen):
    xp = ctx.xp
    return xp.als(inv.heeft_partner, GEHUWDEN, xp.als(aantal_kinderen > 0, ALLEENSTAANDE_OUDER, ALLEENSTAANDE))
