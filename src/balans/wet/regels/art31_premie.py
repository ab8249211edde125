# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Pw art. 31 lid 2 onder j: de premie voor arbeidsinschakeling.

"een een- of tweemalige premie van ten hoogste € ... per kalenderjaar, voor zover dit naar het oordeel van
het college bijdraagt aan zijn arbeidsinschakeling" (het oordeel: het college kent de premie toe, veld
premie_arbeidsinschakeling). Lid 5: niet onder de 27, behalve voor de doelgroep loonkostensubsidie.
Een derde premie in hetzelfde kalenderjaar, of wat boven het maximum komt, telt mee als inkomen
(art. 32 lid 1 onder a noemt de premie als inkomen).
"""

from __future__ import annotations

from balans.wet.tekst import als_euro


def premie(ctx, inv, f, eerder_bedrag, eerder_keer):
    """Geeft (wat meetelt, nieuw bedrag dit jaar, nieuw aantal keer dit jaar)."""
    p, xp = ctx.p, ctx.xp
    if xp.vector and not xp.any(inv.premie_a):  # niemand een premie: niets te rekenen
        return 0, eerder_bedrag, eerder_keer
    a = p.art31
    heeft = inv.premie_a > 0
    mag = (f.la >= a.minimumleeftijd_vrijlating) | inv.a_doelgroep_lks
    keer_ok = eerder_keer < 2
    ruimte = xp.maximum(a.premie_maximum - eerder_bedrag, 0)
    vrij = xp.als(heeft & mag & keer_ok, xp.minimum(inv.premie_a, ruimte), 0)
    telt = inv.premie_a - vrij
    if ctx.uitleg and heeft:
        if not mag:
            tekst = (
                f"De gemeente gaf u een premie van {als_euro(inv.premie_a)}. Onder de "
                f"{a.minimumleeftijd_vrijlating} jaar blijft die alleen vrij voor de doelgroep loonkostensubsidie "
                f"(art. 31 lid 5). Het hele bedrag telt mee."
            )
            tak, artikel = "31-2-j-jonger-dan-27", "Pw art. 31 lid 5"
        elif not keer_ok:
            tekst = (
                f"De gemeente gaf u een premie van {als_euro(inv.premie_a)}. Dit is de derde premie dit kalenderjaar; "
                f"de wet laat er hoogstens twee per jaar vrij. Het hele bedrag telt mee."
            )
            tak, artikel = "31-2-j-derde-keer", "Pw art. 31 lid 2 onder j"
        else:
            tekst = (
                f"De gemeente gaf u een premie van {als_euro(inv.premie_a)} omdat die helpt om aan het werk te komen. "
                f"Per kalenderjaar blijft tot {als_euro(a.premie_maximum)} vrij; eerder dit jaar bleef "
                f"{als_euro(eerder_bedrag)} vrij. Nu telt {als_euro(vrij)} niet mee"
                + (f" en {als_euro(telt)} wel." if telt else ".")
            )
            tak, artikel = ("31-2-j-boven-maximum" if telt else "31-2-j-vrij"), "Pw art. 31 lid 2 onder j"
        ctx.stap("premie", artikel, "31", tekst, telt, tak=tak)
    return telt, eerder_bedrag + vrij, eerder_keer + (heeft & mag & keer_ok) * 1
