# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Pw art. 31 lid 2 onder k: een kostenvergoeding voor vrijwilligerswerk.

"een kostenvergoeding voor het verrichten van vrijwilligerswerk van ten hoogste een bij ministeriële regeling
vast te stellen bedrag per persoon" [Pw 2026-01-01 art. 31 lid 2 onder k]; lid 5: onderdeel k geldt niet voor
wie jonger is dan 27. Art. 32 lid 1 onder a noemt de vergoeding als inkomen: wat boven het vrije bedrag komt,
telt mee. Het maximum (per maand en per kalenderjaar) staat in de parameters art31.vrijwilliger_*; de bron
staat daar (docs/inwerkingtreding.md: de ministeriële regeling zelf kon ik niet per datum inzien).
"""

from __future__ import annotations

from balans.wet.tekst import als_euro


def vrijwilligersvergoeding(ctx, inv, f, eerder):
    """Geeft (wat meetelt, wat dit kalenderjaar nu vrij bleef)."""
    p, xp = ctx.p, ctx.xp
    if xp.vector and not xp.any(inv.vrijwilliger_a):
        return 0, eerder
    a = p.art31
    mag = f.la >= a.minimumleeftijd_vrijlating
    ruimte = xp.maximum(xp.minimum(a.vrijwilliger_per_maand, a.vrijwilliger_per_jaar - eerder), 0)
    vrij = xp.als(mag, xp.minimum(inv.vrijwilliger_a, ruimte), 0)
    telt = inv.vrijwilliger_a - vrij
    if ctx.uitleg and inv.vrijwilliger_a:
        if not mag:
            ctx.stap(
                "vrijwilligersvergoeding",
                "Pw art. 31 lid 5",
                "31",
                f"U kreeg {als_euro(inv.vrijwilliger_a)} vergoeding voor vrijwilligerswerk. Onder de "
                f"{a.minimumleeftijd_vrijlating} jaar telt die helemaal mee (art. 31 lid 5).",
                telt,
                tak="31-2-k-jonger-dan-27",
            )
        else:
            ctx.stap(
                "vrijwilligersvergoeding",
                "Pw art. 31 lid 2 onder k",
                "31",
                f"U kreeg {als_euro(inv.vrijwilliger_a)} vergoeding voor vrijwilligerswerk. Daarvan blijft tot "
                f"{als_euro(a.vrijwilliger_per_maand)} per maand en {als_euro(a.vrijwilliger_per_jaar)} per "
                f"kalenderjaar vrij; eerder dit jaar bleef {als_euro(eerder)} vrij. Nu telt {als_euro(vrij)} niet mee"
                + (f" en {als_euro(telt)} wel." if telt else "."),
                telt,
                tak="31-2-k-boven-maximum" if telt else "31-2-k-vrij",
            )
    return telt, eerder + vrij
