# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Pw art. 33 lid 5: een particuliere oudedagsvoorziening bij de pensioengerechtigde leeftijd.

"Indien de alleenstaande, de alleenstaande ouder of een van de echtgenoten de pensioengerechtigde leeftijd
heeft bereikt, wordt ... een in de vorm van een periodieke uitkering ontvangen particuliere
oudedagsvoorziening buiten beschouwing gelaten tot een bedrag van: a. voor een alleenstaande en een
alleenstaande ouder: ... per kalendermaand; b. voor de gehuwden tezamen: ... per kalendermaand."
Het vrije bedrag gaat eerst naar de voorziening van de aanvrager, de rest naar die van de partner.
"""

from __future__ import annotations

from balans.wet.tekst import als_euro


def vrij(ctx, inv, f):
    """Geeft (vrij aanvrager, vrij partner): wat van de oudedagsvoorziening niet meetelt."""
    p, xp = ctx.p, ctx.xp
    a = p.art33
    aow = f.aow_a | (f.gehuwd & f.aow_p)
    grens = xp.als(f.gehuwd, a.oudedag_vrij_gehuwden, a.oudedag_vrij_alleenstaande)
    ruimte = xp.als(aow, grens, 0)
    vrij_a = xp.minimum(inv.oudedag_a, ruimte)
    vrij_p = xp.minimum(inv.oudedag_p, ruimte - vrij_a)
    if ctx.uitleg and (inv.oudedag_a or inv.oudedag_p):
        totaal = inv.oudedag_a + inv.oudedag_p
        artikel = "Pw art. 33 lid 5 onder b" if f.gehuwd else "Pw art. 33 lid 5 onder a"
        if aow:
            wie = "voor u samen " if f.gehuwd else ""
            tekst = (
                f"U krijgt {als_euro(totaal)} uit een eigen pensioen of lijfrente (een particuliere "
                f"oudedagsvoorziening). Omdat u{' of uw partner' if f.gehuwd else ''} de AOW-leeftijd hebt, telt "
                f"daarvan {wie}{als_euro(grens)} per maand niet mee: {als_euro(vrij_a + vrij_p)}."
            )
            ctx.stap("oudedagsvoorziening", artikel, "33", tekst, vrij_a + vrij_p, tak="33-5-vrij")
        else:
            ctx.stap(
                "oudedagsvoorziening",
                "Pw art. 33 lid 5",
                "33",
                f"U krijgt {als_euro(totaal)} uit een eigen pensioen of lijfrente. Onder de AOW-leeftijd telt dat "
                f"helemaal mee.",
                0,
                tak="33-5-voor-aow",
            )
    return vrij_a, vrij_p
