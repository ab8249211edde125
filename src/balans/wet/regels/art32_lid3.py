# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Pw art. 32 lid 3: het inkomen van een echtgenoot die zelf geen recht op bijstand heeft.

Dat inkomen telt alleen mee voor zover het inkomen van beide echtgenoten samen, plus de bijstand die
zonder dat inkomen zou worden betaald, hoger is dan de bijstandsnorm voor gehuwden. De vrijlatingen
gelden ook voor dat inkomen ('deze paragraaf is van overeenkomstige toepassing').
"""

from __future__ import annotations

from balans.wet.tekst import als_euro


def inkomen_partner(ctx, f, norm, gehuwdennorm, eigen, partner):
    """Geeft het deel van het inkomen van de partner dat meetelt.

    norm: de norm van de rechthebbende (art. 24 of art. 22a); gehuwdennorm: de norm als beide recht hadden;
    eigen: de middelen van de rechthebbende; partner: het inkomen van de partner na vrijlating.
    """
    xp = ctx.xp
    nrp = f.gehuwd & xp.niet(f.p_rechthebbend)
    bijstand_zonder = xp.maximum(norm - eigen, 0)
    boven = partner + eigen + bijstand_zonder - gehuwdennorm
    telt = xp.minimum(xp.maximum(boven, 0), partner)
    if ctx.uitleg and nrp and partner > 0:
        ctx.stap(
            "inkomen partner",
            "Pw art. 32 lid 3",
            "32",
            f"Uw partner heeft geen recht op bijstand en verdient {als_euro(partner)}. Samen met uw eigen inkomen "
            f"({als_euro(eigen)}) en de bijstand die u zonder dat inkomen zou krijgen ({als_euro(bijstand_zonder)}) "
            f"is dat {als_euro(partner + eigen + bijstand_zonder)}. Alleen wat boven de norm voor gehuwden "
            f"({als_euro(gehuwdennorm)}) uitkomt, telt mee: {als_euro(telt)}.",
            telt,
            tak="32-3",
        )
    return xp.als(nrp, telt, partner)
