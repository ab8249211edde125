# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Leeftijd op de peildatum en de pensioengerechtigde leeftijd (Pw art. 1 onder m, AOW art. 7a).

Peildatum: de eerste dag van de maand (pd = 1), of de eerste dag van een deel van de maand. Wie in
de loop van een maand 18, 21, 27 of AOW-gerechtigd wordt, valt daar vanaf de verjaardag zelf onder:
de maand wordt dan in delen per kalenderdag berekend (rekenen/dagdelen.py, docs/dagdelen.md).
"""

from __future__ import annotations


def datumgetal(j, m, d):
    """Een datum als één geheel getal dat je kunt vergelijken: 2026-07-01 -> 20260701."""
    return j * 10000 + m * 100 + d


def leeftijd(j, m, d, pj, pm, pd=1):
    """Leeftijd in hele jaren op dag pd van maand (pj, pm); op de verjaardag zelf is men een jaar ouder.

    Wie op 29 februari jarig is, wordt in een gewoon jaar op 1 maart een jaar ouder (BW art. 1:2 kent
    geen regel; zo rekent ook de Basisregistratie Personen)."""
    if getattr(pd, "ndim", 0) == 1 and getattr(d, "ndim", 0) == 2:  # een peildag per rij, een matrix per persoon
        pd = pd[:, None]
    nog_niet_jarig = (pm * 100 + pd) < (m * 100 + d)
    # (pj - j) - bool: numpy houdt het type van het jaar (int32) en maakt geen extra array voor bool * 1
    return (pj - j) - nog_niet_jarig


def aow_datum(ctx, j, m, d):
    """De datum (als getal) waarop iemand de pensioengerechtigde leeftijd bereikt (AOW art. 7a lid 1).

    De wet geeft de leeftijd per kalenderjaar. Iemand bereikt haar in het eerste jaar waarin
    geboortedatum + de leeftijd van dat jaar in dat jaar zelf valt; vóór 2013 was dat 65 jaar.
    """
    xp = ctx.xp
    tabel = ctx.p.aow.pensioengerechtigde_leeftijd
    voorwaarden, datums = [], []
    for r in tabel:
        totaal = (m - 1) + r["jaren"] * 12 + r["maanden"]
        jaar = j + totaal // 12
        datum = datumgetal(jaar, totaal % 12 + 1, d)
        voorwaarden.append(jaar <= r["jaar"] if r is tabel[0] else jaar == r["jaar"])
        datums.append(datum)
    return xp.kies(voorwaarden, datums, datums[-1])  # na het laatste vastgestelde jaar: de laatste leeftijd


_LUT_VAN, _LUT_TOT = 1850, 2200  # geboortejaren in de opzoektabel; daarbuiten: afgekapt (zie _aow_lut)


def _aow_lut(ctx):
    """aow_datum(j, m, 0) voor alle (j, m) in één tabel, per maand-parameters één keer.

    De datum hangt alleen van jaar en maand af; de dag telt er gewoon bij op. Een populatie van
    400.000 mensen rekent dan niet elke maand de hele AOW-tabel per persoon door (was de helft van
    de rekentijd). Afkappen buiten 1850-2200 verandert de uitkomst niet: wie vóór 1850 geboren is,
    heeft de AOW-leeftijd al; 2200 en later (ook GEEN_PERSOON = 9999) nog lang niet.
    """
    # Per tabel (niet per Parameters-object): zo delen alle maanden en varianten met dezelfde tabel haar,
    # en leest deze functie de parameters alleen via ctx.p (Ctx.onthoud schrijft op wat gelezen wordt).
    tabel = ctx.p.aow.pensioengerechtigde_leeftijd
    sleutel = repr(tabel)
    lut = _AOW_LUTS.get(sleutel)
    if lut is None:
        import numpy as np

        jaren = np.repeat(np.arange(_LUT_VAN, _LUT_TOT + 1), 12)
        maanden = np.tile(np.arange(1, 13), _LUT_TOT - _LUT_VAN + 1)
        lut = _AOW_LUTS[sleutel] = aow_datum(ctx, jaren, maanden, 0)
        lut.flags.writeable = False
    return lut


_AOW_LUTS: dict = {}


def aow_bereikt(ctx, j, m, d):
    """Heeft deze persoon op de peildatum (dag ctx.dag van de maand) de pensioengerechtigde leeftijd?"""
    if ctx.xp.vector:
        import numpy as np

        sleutel = (np.clip(j, _LUT_VAN, _LUT_TOT) - _LUT_VAN) * 12 + (m - 1)
        datum = _aow_lut(ctx)[sleutel] + d
    else:
        datum = aow_datum_scalair(ctx, j, m, d)
    return datum <= datumgetal(ctx.maand.year, ctx.maand.month, ctx.dag)


def aow_datum_scalair(ctx, j: int, m: int, d: int) -> int:
    """aow_datum voor één persoon, onthouden bij de parameters van de maand: één huishouden rekent dezelfde
    geboortedatum elke maand opnieuw (de norm en de zoektocht naar een grens in de maand, rekenen/dagdelen.py)."""
    geheugen = ctx.p.__dict__.setdefault("_aow_datums", {})
    datum = geheugen.get((j, m, d))
    if datum is None:
        datum = geheugen[(j, m, d)] = aow_datum(ctx, j, m, d)
    return datum
