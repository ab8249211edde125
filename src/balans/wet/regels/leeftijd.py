"""Leeftijd op de peildatum en de pensioengerechtigde leeftijd (Pw art. 1 onder m, AOW art. 7a).

Peildatum: de eerste dag van de maand. Wie in de loop van een maand 21, 27 of AOW-gerechtigd
wordt, valt daar vanaf de volgende maand onder. Dat is een modelkeuze (de wet rekent per dag);
de README noemt haar.
"""

from __future__ import annotations


def datumgetal(j, m, d):
    """Een datum als één geheel getal dat je kunt vergelijken: 2026-07-01 -> 20260701."""
    return j * 10000 + m * 100 + d


def leeftijd(j, m, d, pj, pm):
    """Leeftijd in hele jaren op de eerste dag van maand (pj, pm)."""
    nog_niet_jarig = (pm * 100 + 1) < (m * 100 + d)
    return pj - j - nog_niet_jarig * 1


def aow_bereikt(ctx, j, m, d):
    """Heeft deze persoon op de peildatum de pensioengerechtigde leeftijd (AOW art. 7a)?"""
    xp = ctx.xp
    geb = datumgetal(j, m, d)
    tabel = ctx.p.aow.pensioengerechtigde_leeftijd
    voorwaarden = [(geb >= r["van"]) & (geb <= r["tot"]) for r in tabel]
    maanden = xp.kies(voorwaarden, [r["jaren"] * 12 + r["maanden"] for r in tabel], 67 * 12)
    totaal = (m - 1) + maanden
    aow_j = j + totaal // 12
    aow_m = totaal % 12 + 1
    return datumgetal(aow_j, aow_m, d) <= datumgetal(ctx.maand.year, ctx.maand.month, 1)
