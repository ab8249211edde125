# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Verlagingen: een maatregel (Pw art. 18 lid 2) en de taaleis (art. 18b).

De maatregel is een percentage voor één maand, genomen uit de casus. Waarover het percentage gaat
(de norm of de bijstand na middelen) zegt de verordening (veld 'over' in de casus), anders de
gemeenteparameter art18.maatregel_grondslag. De taaleis volgt het schema van
art. 18b: eerst 20%, daarna 40%, daarna 100%, per aantal maanden.
"""

from __future__ import annotations

from fractions import Fraction

from balans.geld import basispunten, deel_half_omhoog
from balans.wet.tekst import als_euro, percentage_als_tekst


def verlaging(ctx, inv, norm, bijstand, taaleis_maanden):
    """Geeft (verlaging, nieuw aantal taaleis-maanden). Nooit meer dan de bijstand zelf."""
    p, xp = ctx.p, ctx.xp
    if xp.vector and not xp.any(inv.maatregel_bp) and not xp.any(inv.taaleis_niet_nagekomen):
        # Niemand in deze populatie heeft een maatregel of een taaleis: hieronder komt dan precies dit uit,
        # met een tiental rekenstappen over alle rijen.
        return xp.minimum(0, bijstand), taaleis_maanden + inv.taaleis_niet_nagekomen * 1
    if not xp.vector and not inv.maatregel_bp and not inv.taaleis_niet_nagekomen and bijstand >= 0:
        # Eén huishouden zonder maatregel of taaleis (de meeste maanden): hieronder komt 0 uit, zonder stap.
        return 0, taaleis_maanden + inv.taaleis_niet_nagekomen * 1
    # Waarover: de verordening (per casus) gaat voor de gemeenteparameter. Vectorstand: codes 0/1/2 (invoer.stapel).
    standaard_norm = p.art18.maatregel_grondslag == "norm"
    over = inv.maatregel_over
    if over is None or isinstance(over, str):
        over_norm = standaard_norm if over is None else over == "norm"
        grondslag = norm if over_norm else bijstand
    else:
        over_norm = (over == 1) | ((over == 0) & standaard_norm)
        grondslag = xp.als(over_norm, norm, bijstand)
    maatregel = deel_half_omhoog(grondslag * inv.maatregel_bp, 10000)

    t = p.art18b
    maand_nr = taaleis_maanden + inv.taaleis_niet_nagekomen * 1
    bp = xp.kies(
        [maand_nr <= t.maanden_eerste, maand_nr <= t.maanden_eerste + t.maanden_tweede],
        [basispunten(t.percentage_eerste), basispunten(t.percentage_tweede)],
        basispunten(t.percentage_daarna),
    )
    taaleis = xp.als(inv.taaleis_niet_nagekomen, deel_half_omhoog(norm * bp, 10000), 0)
    totaal = xp.minimum(maatregel + taaleis, bijstand)
    if ctx.uitleg:
        if inv.maatregel_bp:
            pm = inv.maatregel_bp / 100
            pm_tekst = (f"{pm:.2f}".rstrip("0").rstrip(".")).replace(".", ",") + "%"
            over = "uw norm" if over_norm else "uw bijstand"
            ctx.stap(
                "maatregel",
                "Pw art. 18 lid 2",
                "18",
                f"De gemeente heeft een maatregel opgelegd: uw bijstand wordt deze maand {pm_tekst} lager. "
                f"Dat is {pm_tekst} van {over} ({als_euro(grondslag)}) = {als_euro(maatregel)}.",
                maatregel,
                tak="18-2",
            )
        if inv.taaleis_niet_nagekomen:
            ctx.stap(
                "taaleis",
                "Pw art. 18b",
                "18b",
                f"U voldoet niet aan de taaleis. Dit is maand {maand_nr}. Daarom wordt uw bijstand "
                f"{percentage_als_tekst(Fraction(int(bp), 10000))} van de norm lager: {als_euro(taaleis)}.",
                taaleis,
                tak=f"18b-{int(bp) // 100}",
            )
        if maatregel + taaleis > bijstand:
            ctx.stap(
                "verlaging",
                "Pw art. 18",
                "18",
                f"De verlaging is nooit meer dan de bijstand zelf. Zij wordt {als_euro(totaal)}.",
                totaal,
                tak="18-maximum",
            )
    return totaal, maand_nr
