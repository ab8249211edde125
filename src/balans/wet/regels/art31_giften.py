# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Pw art. 31 lid 2 onder m (giften) met art. 18 (bijdragen in natura, voedselbank).

Vanaf 2026: giften in geld en in natura samen tot het bedrag per kalenderjaar tellen niet mee;
wat erboven komt, telt mee als middelen van die maand (gemeente kan dat via een overlay anders
doen, art. 31 lid 2 onder s). Voedselbank telt nooit mee. Vóór 2026 is het vrije bedrag een
gemeenteparameter ('verantwoord' naar het oordeel van het college).
"""

from __future__ import annotations

from balans.wet.tekst import als_euro


def giften(ctx, inv, al_dit_jaar):
    """Geeft (telt_mee, nieuw totaal dit jaar)."""
    p, xp = ctx.p, ctx.xp
    grens = p.art31.giften_vrij_per_kalenderjaar
    uit_wet = grens is not None
    if not uit_wet:
        grens = p.gemeente.giften_vrij_per_kalenderjaar_voor_2026
    deze_maand = inv.giften + inv.giften_in_natura
    ruimte = xp.maximum(grens - al_dit_jaar, 0)
    telt = xp.maximum(deze_maand - ruimte, 0)
    if ctx.uitleg and (deze_maand > 0 or inv.voedselbank > 0):
        delen = []
        if deze_maand > 0:
            soorten = []
            if inv.giften:
                soorten.append(f"{als_euro(inv.giften)} in geld")
            if inv.giften_in_natura:
                soorten.append(f"{als_euro(inv.giften_in_natura)} in natura (zoals boodschappen)")
            delen.append(f"U kreeg deze maand giften: {' en '.join(soorten)}.")
            bron = "de wet" if uit_wet else "het beleid van de gemeente"
            delen.append(
                f"Volgens {bron} tellen giften tot {als_euro(grens)} per kalenderjaar niet mee. "
                f"Eerder dit jaar kreeg u {als_euro(al_dit_jaar)}."
            )
            if telt > 0:
                delen.append(f"Boven de grens: {als_euro(telt)} telt mee als inkomen.")
                if inv.giften and inv.giften_in_natura:
                    delen.append("Wij rekenen eerst de giften in geld en dan die in natura.")
            else:
                delen.append("Niets hiervan telt mee.")
        if inv.voedselbank > 0:
            delen.append(f"Hulp van de voedselbank ({als_euro(inv.voedselbank)}) telt nooit mee.")
        artikel = "Pw art. 31 lid 2 onder m en art. 18" if uit_wet else "Pw art. 31 lid 2 onder m (beleid gemeente)"
        ctx.stap(
            "giften", artikel, "31", " ".join(delen), telt, tak="31-2-m-boven-grens" if telt > 0 else "31-2-m-vrij"
        )
    return telt, al_dit_jaar + deze_maand
