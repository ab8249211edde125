# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""De feiten van een maand (of een dag daarin) die de regels lezen: leeftijden, leefvorm, kinderen, kostendelers.

Een eigen module, omdat zowel de maand (rekenen/maand.py) als de delen van een maand (rekenen/dagdelen.py) ze
nodig hebben; zo hoeft dagdelen maand niet in een functie te importeren (issue 18: geen verstopte kringen).
"""

from __future__ import annotations

from types import SimpleNamespace

from balans.rekenen.invoer import MaandInvoer
from balans.wet.context import Ctx
from balans.wet.regels import art4_leefvorm, art19a
from balans.wet.regels.leeftijd import aow_bereikt, leeftijd


def feiten(ctx: Ctx, inv: MaandInvoer):
    pj, pm = ctx.maand.year, ctx.maand.month
    la = leeftijd(inv.a_jaar, inv.a_maand, inv.a_dag, pj, pm, ctx.dag)
    lp = leeftijd(inv.p_jaar, inv.p_maand, inv.p_dag, pj, pm, ctx.dag)
    kinderen = art4_leefvorm.kinderen_ten_laste(ctx, inv)
    f = SimpleNamespace(
        gehuwd=inv.heeft_partner,
        la=la,
        lp=lp,
        jong_a=la < 21,
        jong_p=inv.heeft_partner & (lp < 21),
        aow_a=aow_bereikt(ctx, inv.a_jaar, inv.a_maand, inv.a_dag),
        aow_p=inv.heeft_partner & aow_bereikt(ctx, inv.p_jaar, inv.p_maand, inv.p_dag),
        kinderen=kinderen,
        jongste_kind=art4_leefvorm.jongste_kind(ctx, inv),
        kostendelers=art19a.aantal_kostendelers(ctx, inv),
        medebewoners=inv.medebewoners,
        mantelzorg_elders=inv.mantelzorg_elders,
        toeslagpartner=inv.toeslagpartner,
        a_beroep_op_ouders=inv.a_beroep_op_ouders,
        p_beroep_op_ouders=inv.p_beroep_op_ouders,
        p_rechthebbend=inv.p_rechthebbend,
        inrichting_a=inv.a_inrichting,
        inrichting_p=inv.p_inrichting,  # alleen samen met gehuwd gebruiken (geen rekenstap voor de hele populatie)
    )
    f.leefvorm = art4_leefvorm.leefvorm(ctx, inv, kinderen)
    return f
