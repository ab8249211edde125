# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Kindgebonden budget (Wet op het kindgebonden budget), per jaar; per maand een twaalfde (art. 2 lid 11).

Art. 2 lid 2: een bedrag per kind; lid 4 en 5: verhogingen voor kinderen van 12-15 en 16-17 jaar; lid 6: de
alleenstaande-ouderkop voor een ouder zonder partner; lid 7: zonder partner wordt het hele bedrag (met de kop)
verminderd met een percentage van het toetsingsinkomen boven het drempelinkomen; lid 8: met partner boven het
drempelinkomen plus een vast bedrag. Art. 1 lid 4: vermogensgrens. Awir art. 14 lid 4-5: hele euro's, niets onder € 24.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from balans.inkomen import awir
from balans.inkomen.rekenkunde import NOEMER, als_euro, pct_tekst, pos, teller
from balans.kalender import leeftijd


@dataclass
class KindgebondenBudget:
    # Velden Any: een getal (één huishouden) of een numpy-array (de gevectoriseerde stand).
    jaar: Any
    maand: Any


def leeftijd_wkb(geboren: dt.date, maand: dt.date) -> int:
    """De leeftijd die telt in `maand`: op de laatste dag van de maand ervoor. Een verhoging (en het einde na de
    maand waarin het kind 18 wordt) gaat zo in vanaf de maand na de verjaardag."""
    return leeftijd(geboren, maand - dt.timedelta(days=1))


def tel_kinderen(geboortedata, maand: dt.date) -> tuple[int, int, int]:
    """(kinderen met recht, van 12-15, van 16-17) in deze maand, voor één huishouden.

    Recht vanaf de maand na de geboorte, tot en met de maand waarin het kind 18 wordt (art. 2 lid 1 met AKW)."""
    leeftijden = [leeftijd_wkb(g, maand) for g in geboortedata if g < maand]
    telt = [a for a in leeftijden if 0 <= a < 18]
    return len(telt), sum(1 for a in telt if 12 <= a <= 15), sum(1 for a in telt if a >= 16)


def kindgebonden_budget(
    ctx, toetsingsinkomen, kinderen, kinderen_12_15, kinderen_16_17, partner=False, vermogen=0
) -> KindgebondenBudget:
    p, xp = ctx.p.kindgebonden_budget, ctx.xp
    basis = (
        kinderen * p.bedrag_per_kind
        + kinderen_12_15 * p.verhoging_12_15
        + kinderen_16_17 * p.verhoging_16_17
        + xp.als(partner, 0, p.alleenstaande_ouderkop)
    )
    basis = xp.als(kinderen > 0, basis, 0)
    drempel = awir.drempelinkomen(ctx) + xp.als(partner, p.drempel_partner_extra, 0) * NOEMER
    ti = awir.inkomen_geschaald(ctx, toetsingsinkomen)
    afbouw = teller(p.afbouw_percentage) * pos(ctx, ti - drempel)  # centen x SCHAAL
    exact = pos(ctx, basis * awir.SCHAAL - afbouw)
    jaar, afgerond = awir.tegemoetkoming(ctx, exact)
    grens = xp.als(partner, p.vermogensgrens_partner, p.vermogensgrens)
    te_veel = vermogen > grens
    jaar = xp.als(te_veel, 0, jaar)
    maand = awir.per_maand(jaar)
    if ctx.uitleg and kinderen > 0:
        bron = ctx.p.bron("kindgebonden_budget", "bedrag_per_kind")
        if te_veel:
            ctx.stap(
                "kindgebonden budget",
                "Wkb art. 1 lid 4",
                ctx.p.bron("kindgebonden_budget", "vermogensgrens"),
                f"Uw vermogen ({als_euro(vermogen)}) is hoger dan {als_euro(grens)}. Daarom krijgt u geen kindgebonden "
                "budget.",
                0,
                tak="wkb-vermogen",
            )
        else:
            tekst = (
                f"Kindgebonden budget: {als_euro(p.bedrag_per_kind)} per kind per jaar voor {kinderen} "
                f"{'kind' if kinderen == 1 else 'kinderen'}"
            )
            if kinderen_12_15:
                tekst += f", {als_euro(p.verhoging_12_15)} extra per kind van 12 tot 16 jaar"
            if kinderen_16_17:
                tekst += f", {als_euro(p.verhoging_16_17)} extra per kind van 16 of 17 jaar"
            if not partner:
                tekst += f", en {als_euro(p.alleenstaande_ouderkop)} omdat u geen partner hebt (alleenstaande-ouderkop)"
            tekst += f": samen {als_euro(basis)}."
            if afbouw:
                tekst += (
                    f" Uw toetsingsinkomen ({als_euro(toetsingsinkomen)}) is hoger dan "
                    f"{'het drempelinkomen plus ' + als_euro(p.drempel_partner_extra) if partner else 'het drempelinkomen'}"
                    f" ({awir.drempel_tekst(ctx)}{'' if not partner else ' + ' + als_euro(p.drempel_partner_extra)}). "
                    f"Daarom gaat er {pct_tekst(p.afbouw_percentage)} van het verschil af."
                )
            tekst += awir.minimum_tekst(ctx, afgerond)
            tekst += (
                f" Afgerond op hele euro's: {als_euro(jaar)} per jaar, {als_euro(maand)} per maand. Het kindgebonden "
                "budget telt niet mee als inkomen voor de bijstand (Pw art. 31 lid 2 onder d)."
            )
            ctx.stap("kindgebonden budget", "Wkb art. 2 en Awir art. 14", bron, tekst, maand, tak="wkb-2")
    return KindgebondenBudget(jaar, maand)
