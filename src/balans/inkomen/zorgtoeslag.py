# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Zorgtoeslag (Wet op de zorgtoeslag): standaardpremie min normpremie, per jaar; per maand een twaalfde.

Wzt art. 2 lid 1-3: de normpremie is een percentage van het drempelinkomen plus 13,7x% van het (gezamenlijk)
toetsingsinkomen boven het drempelinkomen. Met een partner: twee keer de standaardpremie en het percentage voor
partners. Art. 2 lid 4: is de partner geen verzekerde, dan 50%. Art. 3 (2024: art. 2a): geen recht boven de
vermogensgrens. Awir art. 14 lid 4-5: afronden op hele euro's, niets onder € 24.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from balans.inkomen import awir
from balans.inkomen.rekenkunde import als_euro, pct_tekst, pos, teller


@dataclass
class Zorgtoeslag:
    # Velden Any: een getal (één huishouden) of een numpy-array (de gevectoriseerde stand).
    jaar: Any  # centen, hele euro's (Awir art. 14 lid 4)
    maand: Any  # centen


def zorgtoeslag(
    ctx, toetsingsinkomen, partner=False, partner_verzekerd=True, verzekerd=True, vermogen=0
) -> Zorgtoeslag:
    """toetsingsinkomen: per jaar, samen met de toeslagpartner; vermogen: rendementsgrondslag op 1 januari (samen).

    verzekerd: de aanvrager is 18 of ouder en verzekerd voor de Zvw (art. 1 onder c, art. 2 lid 1)."""
    p, xp = ctx.p.zorgtoeslag, ctx.xp
    d = awir.drempelinkomen(ctx)  # centen x NOEMER
    ti = awir.inkomen_geschaald(ctx, toetsingsinkomen)
    standaard = p.standaardpremie * xp.als(partner, 2, 1)
    pct_d = xp.als(partner, teller(p.percentage_drempel_partner), teller(p.percentage_drempel_alleen))
    norm = pct_d * d + teller(p.percentage_boven_drempel) * pos(ctx, ti - d)  # centen x SCHAAL
    exact = pos(ctx, standaard * awir.SCHAAL - norm)
    halve = partner & xp.niet(partner_verzekerd)
    deel = p.partner_niet_verzekerd_percentage
    jaar, afgerond = awir.tegemoetkoming(
        ctx, exact, xp.als(halve, deel.numerator, 1), xp.als(halve, deel.denominator, 1)
    )
    grens = xp.als(partner, p.vermogensgrens_partner, p.vermogensgrens)
    te_veel = vermogen > grens
    jaar = xp.als(verzekerd & xp.niet(te_veel), jaar, 0)
    maand = awir.per_maand(jaar)
    if ctx.uitleg:
        bron = ctx.p.bron("zorgtoeslag", "percentage_boven_drempel")
        if not verzekerd:
            ctx.stap(
                "zorgtoeslag",
                "Wzt art. 1 en 2",
                bron,
                "U bent geen verzekerde voor de Zorgverzekeringswet (of jonger "
                "dan 18). Daarom krijgt u geen zorgtoeslag.",
                0,
                tak="wzt-geen-verzekerde",
            )
        elif te_veel:
            ctx.stap(
                "zorgtoeslag",
                "Wzt art. 3",
                ctx.p.bron("zorgtoeslag", "vermogensgrens"),
                f"Uw vermogen ({als_euro(vermogen)}) is hoger dan {als_euro(grens)}. Daarom krijgt u geen zorgtoeslag.",
                0,
                tak="wzt-vermogen",
            )
        else:
            wie = "u en uw toeslagpartner samen" if partner else "u"
            normpremie = norm // awir.SCHAAL  # centen, naar beneden: alleen voor de tekst
            tekst = (
                f"Zorgtoeslag: de standaardpremie voor {wie} is {als_euro(standaard)} per jaar. Daarvan betaalt u zelf "
                f"de normpremie: {pct_tekst(p.percentage_drempel_partner if partner else p.percentage_drempel_alleen)} "
                f"van het drempelinkomen ({awir.drempel_tekst(ctx)})"
            )
            if ti > d:
                tekst += (
                    f" plus {pct_tekst(p.percentage_boven_drempel)} van het inkomen daarboven "
                    f"(toetsingsinkomen {als_euro(toetsingsinkomen)})"
                )
            tekst += f", samen {als_euro(normpremie)}."
            if halve:
                tekst += f" Uw partner is geen verzekerde: u krijgt {pct_tekst(p.partner_niet_verzekerd_percentage)}."
            tekst += awir.minimum_tekst(ctx, afgerond)
            tekst += (
                f" Afgerond op hele euro's krijgt u {als_euro(jaar)} per jaar, {als_euro(maand)} per maand. "
                "Zorgtoeslag telt niet mee als inkomen voor de bijstand (Pw art. 31 lid 2 onder d)."
            )
            ctx.stap("zorgtoeslag", "Wzt art. 2 en Awir art. 14", bron, tekst, maand, tak="wzt-2")
    return Zorgtoeslag(jaar, maand)
