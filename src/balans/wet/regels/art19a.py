# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Pw art. 19a lid 1: wie is kostendelende medebewoner.

Een persoon van 27 jaar of ouder met zijn hoofdverblijf in dezelfde woning, behalve (a) de
echtgenoot, (b-c) een commerciële huurder, verhuurder of kostganger, (d) een student met
studiefinanciering of WTOS. De echtgenoot staat niet tussen de medebewoners van een casus.
"""

from __future__ import annotations

from balans.wet.regels.leeftijd import leeftijd


def aantal_kostendelers(ctx, inv):
    pj, pm = ctx.maand.year, ctx.maand.month
    grens = ctx.p.art19a.kostendeler_minimumleeftijd

    def telt_mee(j, m, d, uitzondering):
        return (leeftijd(j, m, d, pj, pm, ctx.dag) >= grens) & (uitzondering == 0)

    return ctx.xp.tel(telt_mee, inv.medebewoners)


def uitleg(ctx, medebewoners, aantal):
    """Zegt wie meetelt als kostendeler; met uitleg aangeroepen vanuit de norm, na de basisnorm."""
    pj, pm = ctx.maand.year, ctx.maand.month
    grens = ctx.p.art19a.kostendeler_minimumleeftijd
    if len(medebewoners):
        uitgezonderd = sum(1 for r in medebewoners if r[3])
        jong = sum(1 for r in medebewoners if not r[3] and leeftijd(r[0], r[1], r[2], pj, pm, ctx.dag) < grens)
        delen = [
            f"Er {'woont' if len(medebewoners) == 1 else 'wonen'} {len(medebewoners)} andere "
            f"{'persoon' if len(medebewoners) == 1 else 'personen'} bij u in huis."
        ]
        if jong:
            delen.append(f"{jong} daarvan {'is' if jong == 1 else 'zijn'} jonger dan {grens} jaar en telt niet mee.")
        if uitgezonderd:
            delen.append(
                f"{uitgezonderd} daarvan {'huurt' if uitgezonderd == 1 else 'huren'} commercieel of "
                f"{'studeert' if uitgezonderd == 1 else 'studeren'} met studiefinanciering en telt niet mee."
            )
        delen.append(f"Kostendelende medebewoners: {aantal}.")
        ctx.stap("kostendelers", "Pw art. 19a lid 1", "19a", " ".join(delen), None, tak=f"aantal={aantal}")
