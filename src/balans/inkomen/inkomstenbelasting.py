# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Inkomstenbelasting box 1 per jaar, onder de AOW-leeftijd (Wet IB 2001 art. 2.10, 8.10, 8.11, 8.14a;
premies volksverzekeringen Wfsv art. 8-10).

Alles in eurocenten. Afronding: de heffing (belasting plus premie over alle schijven samen) en elke korting
worden rekenkundig afgerond op hele centen. De afronding van een echte aanslag (belastbaar inkomen naar beneden
op hele euro's) doen we niet: dat scheelt hoogstens een paar euro per jaar, zie docs/inkomen.md.
"""

from __future__ import annotations

from balans.inkomen.rekenkunde import NOEMER, als_euro, half_omhoog, pct_centen, pct_tekst as _pct, pos, teller


def heffing_box1(ctx, inkomen):
    """Belasting en premie volksverzekeringen over het belastbaar inkomen uit werk en woning (art. 2.10, Wfsv art. 8).

    De premies (27,65%) gelden alleen in de eerste schijf; het tarief van de eerste schijf is dus belasting plus premie."""
    p, xp = ctx.p.inkomstenbelasting, ctx.xp
    g1, g2 = p.schijf_1_tot, p.schijf_2_tot
    r1 = teller(p.tarief_1_belasting) + teller(p.premie_volksverzekeringen)
    r2, r3 = teller(p.tarief_2), teller(p.tarief_3)
    x = pos(ctx, inkomen)
    s1 = xp.minimum(x, g1)
    s2 = xp.minimum(pos(ctx, x - g1), g2 - g1)
    s3 = pos(ctx, x - g2)
    heffing = half_omhoog(s1 * r1 + s2 * r2 + s3 * r3, NOEMER)
    if ctx.uitleg:
        tekst = (
            f"Over {als_euro(x)} inkomen betaalt u {_pct(p.tarief_1_belasting + p.premie_volksverzekeringen)} tot "
            f"{als_euro(g1)} (belasting plus premies volksverzekeringen), {_pct(p.tarief_2)} tot {als_euro(g2)} en "
            f"{_pct(p.tarief_3)} daarboven: {als_euro(heffing)} per jaar."
        )
        ctx.stap(
            "inkomstenbelasting",
            "Wet IB 2001 art. 2.10 en Wfsv art. 8",
            ctx.p.bron("inkomstenbelasting", "tarief_2"),
            tekst,
            heffing,
            tak="ib-2.10",
        )
    return heffing


def algemene_heffingskorting(ctx, inkomen):
    """Art. 8.10: maximum min een percentage van het inkomen boven de afbouwgrens, niet onder nul.

    Tot en met 2024 is de grondslag het belastbaar inkomen uit werk en woning, vanaf 2025 het verzamelinkomen;
    met alleen box 1 is dat hetzelfde bedrag."""
    p = ctx.p.inkomstenbelasting
    afbouw = pct_centen(ctx, pos(ctx, inkomen - p.ahk_afbouw_vanaf), p.ahk_afbouw_percentage)
    ahk = pos(ctx, p.ahk_maximum - afbouw)
    if ctx.uitleg:
        if afbouw:
            tekst = (
                f"Algemene heffingskorting: {als_euro(p.ahk_maximum)} min {_pct(p.ahk_afbouw_percentage)} van wat uw "
                f"inkomen boven {als_euro(p.ahk_afbouw_vanaf)} uitkomt ({als_euro(afbouw)}) = {als_euro(ahk)}."
            )
        else:
            tekst = f"Algemene heffingskorting: het volle bedrag van {als_euro(ahk)}."
        ctx.stap(
            "algemene heffingskorting",
            "Wet IB 2001 art. 8.10",
            ctx.p.bron("inkomstenbelasting", "ahk_maximum"),
            tekst,
            ahk,
            tak="ib-8.10",
        )
    return ahk


def arbeidskorting(ctx, arbeidsinkomen):
    """Art. 8.11 lid 1: vier trajecten; de bedragen aan het begin van elk traject staan in de wet."""
    p, xp = ctx.p.inkomstenbelasting, ctx.xp
    ai = pos(ctx, arbeidsinkomen)
    f1 = pct_centen(ctx, ai, p.ak_percentage_1)
    f2 = p.ak_bedrag_2 + pct_centen(ctx, pos(ctx, ai - p.ak_grens_1), p.ak_percentage_2)
    f3 = p.ak_bedrag_3 + pct_centen(ctx, pos(ctx, ai - p.ak_grens_2), p.ak_percentage_3)
    f4 = pos(ctx, p.ak_maximum - pct_centen(ctx, pos(ctx, ai - p.ak_grens_3), p.ak_afbouw_percentage))
    ak = xp.kies([ai <= p.ak_grens_1, ai <= p.ak_grens_2, ai <= p.ak_grens_3], [f1, f2, f3], f4)
    if ctx.uitleg:
        if ai <= 0:
            tekst = "U hebt geen inkomen uit werk. Daarom krijgt u geen arbeidskorting."
        elif ai <= p.ak_grens_1:
            tekst = (
                f"Arbeidskorting: {_pct(p.ak_percentage_1)} van uw inkomen uit werk ({als_euro(ai)}) = {als_euro(ak)}."
            )
        elif ai <= p.ak_grens_2:
            tekst = (
                f"Arbeidskorting: {als_euro(p.ak_bedrag_2)} plus {_pct(p.ak_percentage_2)} van wat uw inkomen uit werk "
                f"boven {als_euro(p.ak_grens_1)} uitkomt = {als_euro(ak)}."
            )
        elif ai <= p.ak_grens_3:
            tekst = (
                f"Arbeidskorting: {als_euro(p.ak_bedrag_3)} plus {_pct(p.ak_percentage_3)} van wat uw inkomen uit werk "
                f"boven {als_euro(p.ak_grens_2)} uitkomt = {als_euro(ak)}."
            )
        else:
            tekst = (
                f"Arbeidskorting: {als_euro(p.ak_maximum)} min {_pct(p.ak_afbouw_percentage)} van wat uw inkomen uit werk "
                f"boven {als_euro(p.ak_grens_3)} uitkomt = {als_euro(ak)}."
            )
        ctx.stap(
            "arbeidskorting",
            "Wet IB 2001 art. 8.11",
            ctx.p.bron("inkomstenbelasting", "ak_maximum"),
            tekst,
            ak,
            tak="ib-8.11",
        )
    return ak


def combinatiekorting(ctx, arbeidsinkomen, recht):
    """Art. 8.14a: een percentage van het arbeidsinkomen boven de drempel, tot het maximum.

    `recht`: de voorwaarden (een kind jonger dan 12 dat ten minste zes maanden bij u woont; geen partner, of u hebt
    het laagste arbeidsinkomen van de twee) stelt wie dit aanroept vast."""
    p, xp = ctx.p.inkomstenbelasting, ctx.xp
    opbouw = pct_centen(ctx, pos(ctx, arbeidsinkomen - p.iack_drempel), p.iack_percentage)
    iack = xp.als(recht, xp.minimum(opbouw, p.iack_maximum), 0)
    if ctx.uitleg and recht:
        ctx.stap(
            "combinatiekorting",
            "Wet IB 2001 art. 8.14a",
            ctx.p.bron("inkomstenbelasting", "iack_maximum"),
            f"Inkomensafhankelijke combinatiekorting: {_pct(p.iack_percentage)} van wat uw inkomen uit werk boven "
            f"{als_euro(p.iack_drempel)} uitkomt, tot {als_euro(p.iack_maximum)}: {als_euro(iack)}.",
            iack,
            tak="ib-8.14a",
        )
    return iack


def inkomstenbelasting(ctx, inkomen, arbeidsinkomen, iack_recht=False):
    """Wat u over een jaar betaalt: heffing min de kortingen, niet onder nul (art. 8.8: de kortingen zijn ten hoogste
    de heffing). Geeft (te betalen, heffing, ahk, ak, iack)."""
    heffing = heffing_box1(ctx, inkomen)
    ahk = algemene_heffingskorting(ctx, inkomen)
    ak = arbeidskorting(ctx, arbeidsinkomen)
    iack = combinatiekorting(ctx, arbeidsinkomen, iack_recht)
    te_betalen = pos(ctx, heffing - ahk - ak - iack)
    if ctx.uitleg:
        ctx.stap(
            "inkomstenbelasting te betalen",
            "Wet IB 2001 art. 8.8",
            ctx.p.bron("inkomstenbelasting", "ahk_maximum"),
            f"U betaalt over het jaar {als_euro(heffing)} min de heffingskortingen = {als_euro(te_betalen)}.",
            te_betalen,
            tak="ib-te-betalen",
        )
    return te_betalen, heffing, ahk, ak, iack
