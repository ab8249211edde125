# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Pw art. 27 en 28: het college stelt de norm lager vast (kan-bepalingen, een feit dat het college vastlegt).

Art. 27: "Het college kan de norm, bedoeld in de artikelen 20 en 21, lager vaststellen voorzover de
belanghebbende lagere algemeen noodzakelijke kosten van het bestaan heeft dan waarin de norm voorziet als
gevolg van zijn woonsituatie, waaronder begrepen het niet aanhouden van een woning." (bijv. dakloos)
Art. 28: "Het college kan voor de belanghebbende die recent de deelname heeft beëindigd aan onderwijs of een
beroepsopleiding, de norm gedurende zes maanden na het tijdstip van die beëindiging lager vaststellen, indien
... aanspraak bestond op studiefinanciering ..." [Pw 2026-01-01 art. 27 en 28].

De wet noemt geen percentage: het college legt het vast (casus: maanden.<maand>.lagere_norm). De grenzen van
de wet: art. 27 alleen op de norm van art. 20 of 21 (dus niet op de AOW-norm van art. 22, de kostendelersnorm
van art. 22a of de norm van art. 24), art. 28 hoogstens zes maanden na het einde van de studie (dat controleert
casus/laden.py). De verlaging gaat over de norm van de maand, na dagdelen, afgerond half naar boven.
"""

from __future__ import annotations

from balans.geld import deel_half_omhoog
from balans.wet.tekst import als_euro


def lagere_norm(ctx, inv, f, n):
    """Geeft de norm na art. 27 of 28."""
    p, xp = ctx.p, ctx.xp
    if xp.vector and not xp.any(inv.lagere_norm_bp):  # niemand een lagere norm: niets te rekenen
        return n
    if not xp.vector and not inv.lagere_norm_artikel:  # geen lagere norm deze maand: geldt is onwaar, geen stap
        return n
    # Art. 27 geldt alleen voor de normen van art. 20 en 21: geen AOW-leeftijd, geen kostendelersnorm, geen art. 24.
    mantelzorg = f.mantelzorg_elders & (p.art22a.mantelzorg_elders is True)
    kd = (f.kostendelers > 0) & xp.niet(mantelzorg) & (xp.niet(f.jong_a) | (f.gehuwd & xp.niet(f.jong_p)))
    nrp = f.gehuwd & xp.niet(f.p_rechthebbend)
    inrichting = f.inrichting_a | (f.gehuwd & f.inrichting_p)  # de norm van art. 23
    art20_21 = xp.niet(f.aow_a | f.aow_p) & xp.niet(kd) & xp.niet(nrp) & xp.niet(inrichting)
    geldt = (inv.lagere_norm_artikel == 28) | ((inv.lagere_norm_artikel == 27) & art20_21)
    minder = xp.als(geldt, deel_half_omhoog(n * inv.lagere_norm_bp, 10_000), 0)
    if ctx.uitleg and inv.lagere_norm_artikel:
        pct = f"{inv.lagere_norm_bp / 100:g}".replace(".", ",") + "%"
        if inv.lagere_norm_artikel == 28:
            ctx.stap(
                "lagere norm",
                "Pw art. 28",
                "28",
                f"U bent kort geleden gestopt met een studie waarvoor u studiefinanciering kon krijgen. De gemeente "
                f"heeft uw norm daarom voor deze maand {pct} lager vastgesteld: {als_euro(n)} - {als_euro(minder)} "
                f"= {als_euro(n - minder)}.",
                n - minder,
                tak="28-recent-studie",
            )
        elif geldt:
            ctx.stap(
                "lagere norm",
                "Pw art. 27",
                "27",
                f"Door uw woonsituatie (bijvoorbeeld omdat u geen eigen woning hebt) hebt u lagere kosten dan de "
                f"norm rekent. De gemeente heeft uw norm daarom {pct} lager vastgesteld: {als_euro(n)} - "
                f"{als_euro(minder)} = {als_euro(n - minder)}.",
                n - minder,
                tak="27-woonsituatie",
            )
        else:
            ctx.stap(
                "lagere norm",
                "Pw art. 27",
                "27",
                "De gemeente wil uw norm lager vaststellen vanwege uw woonsituatie. Artikel 27 geldt alleen voor "
                "de normen van artikel 20 en 21. Uw norm komt uit een ander artikel (de AOW-norm, de "
                "kostendelersnorm, de norm in een inrichting of de norm bij een partner zonder recht), dus uw "
                "norm blijft gelijk.",
                n,
                tak="27-niet-deze-norm",
            )
    return n - minder
