# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Wat de Awir voor elke tegemoetkoming regelt: het drempelinkomen (Wzt art. 1 onder f, Wkb art. 1 onder d),
de afronding op hele euro's (art. 14 lid 4) en het minimum van € 24 (art. 14 lid 5).

Exact rekenen: het drempelinkomen heeft meer decimalen dan centen (2026: € 29.735,424). Daarom rekenen zorgtoeslag
en kindgebonden budget in SCHAAL-de delen van een cent en ronden pas het jaarbedrag af, zoals art. 14 lid 4 zegt.
"""

from __future__ import annotations

from balans.inkomen.rekenkunde import NOEMER, als_euro, half_omhoog, pos, teller

SCHAAL = NOEMER * NOEMER  # een bedrag in centen maal SCHAAL; een percentage maal een bedrag blijft geheel
MAX_INKOMEN = 1_000_000_00  # € 1 miljoen: daarboven is elke toeslag nul; zo blijft alles binnen int64


def drempelinkomen(ctx):
    """108% van 12 keer het minimumloon per maand in januari, in centen maal NOEMER (exact)."""
    p = ctx.p
    return 12 * p.minimumloon.maandbedrag_januari * teller(p.zorgtoeslag.drempel_factor)


def drempel_tekst(ctx) -> str:
    d = drempelinkomen(ctx)
    euro, rest = divmod(d, 100 * NOEMER)
    decimalen = f"{rest:07d}".rstrip("0")
    heel = f"{euro:,}".replace(",", ".")
    return f"€ {heel},{decimalen.ljust(2, '0')}"


def inkomen_geschaald(ctx, toetsingsinkomen):
    """Het toetsingsinkomen in centen maal NOEMER, begrensd zodat de vermenigvuldiging in int64 past."""
    return ctx.xp.minimum(pos(ctx, toetsingsinkomen), MAX_INKOMEN) * NOEMER


def tegemoetkoming(ctx, exact, deel_teller=1, deel_noemer=1):
    """Art. 14 lid 4 en 5: het jaarbedrag (exact, in centen maal SCHAAL), eventueel eerst maal deel_teller /
    deel_noemer (zorgtoeslag art. 2 lid 4), rekenkundig op hele euro's; minder dan € 24 wordt niet toegekend.

    Geeft (jaar, afgerond): het toegekende jaarbedrag en het afgeronde bedrag vóór het minimum, in centen."""
    euro = half_omhoog(pos(ctx, exact) * deel_teller, 100 * SCHAAL * deel_noemer)
    afgerond = euro * 100
    jaar = ctx.xp.als(afgerond >= ctx.p.awir.minimum_tegemoetkoming, afgerond, 0)
    return jaar, afgerond


def minimum_tekst(ctx, afgerond) -> str:
    """De zin voor art. 14 lid 5, als die van toepassing is (alleen met uitleg)."""
    minimum = ctx.p.awir.minimum_tegemoetkoming
    if 0 < afgerond < minimum:
        return (
            f" Dat zou {als_euro(afgerond)} per jaar zijn. Onder {als_euro(minimum)} per jaar krijgt u niets "
            "(Awir art. 14 lid 5)."
        )
    return ""


def per_maand(jaar):
    """Een twaalfde van het jaarbedrag, rekenkundig op centen (Wzt art. 2 lid 5, Wkb art. 2 lid 11: per maand)."""
    return half_omhoog(jaar, 12)
