# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Exacte rekenkunde op hele getallen, voor int en numpy-arrays.

Percentages staan in de YAML als breuken; hier worden ze een teller over 100.000 (drie decimalen in het
percentage, zoals 6,398%), zodat ook de gevectoriseerde stand alleen gehele getallen kent.
"""

from __future__ import annotations

from fractions import Fraction
from functools import lru_cache

from balans import geld
from balans.geld import percentage_als_tekst

NOEMER = 100_000  # een percentage met drie decimalen (0,06398) is een geheel aantal honderdduizendsten


_TELLERS: dict[int, tuple[Fraction, int]] = {}  # de regels vragen steeds dezelfde paar percentages (dezelfde
# objecten uit de parameters); Fraction-rekenen, hash(Fraction) en zelfs .numerator (een property) zijn traag,
# dus per object (id, met het object erbij zodat een hergebruikt id niet misleidt)


def teller(pct: Fraction) -> int:
    """6,398% -> 6398 (over NOEMER). Meer decimalen kan niet stil: dan een fout."""
    rij = _TELLERS.get(id(pct))
    if rij is not None and rij[0] is pct:
        return rij[1]
    f = pct * NOEMER
    if f.denominator != 1:
        raise ValueError(f"percentage {float(pct) * 100}% heeft meer dan drie decimalen")
    if len(_TELLERS) > 4096:
        _TELLERS.clear()
    _TELLERS[id(pct)] = (pct, f.numerator)
    return f.numerator


def omlaag(t, n: int):
    """t/n naar beneden afgerond (n > 0)."""
    return t // n


def omhoog(t, n: int):
    """t/n naar boven afgerond (n > 0)."""
    return -((-t) // n)


def half_omhoog(t, n: int):
    """t/n rekenkundig afgerond (een half naar boven)."""
    return (2 * t + n) // (2 * n)


def pct_centen(ctx, bedrag, pct: Fraction):
    """pct van een bedrag in centen, rekenkundig afgerond op centen."""
    return half_omhoog(bedrag * teller(pct), NOEMER)


def pos(ctx, x):
    return ctx.xp.maximum(x, 0)


_PCT_TEKSTEN: dict[int, tuple[Fraction, str]] = {}  # per object, zoals _TELLERS


def pct_tekst(pct: Fraction) -> str:
    """Fraction(6398, 100000) -> '6,398%'; Fraction(27, 100) -> '27%' (toeslagen hebben drie decimalen)."""
    rij = _PCT_TEKSTEN.get(id(pct))
    if rij is not None and rij[0] is pct:
        return rij[1]
    tekst = percentage_als_tekst(pct, decimalen=3)
    if len(_PCT_TEKSTEN) > 4096:
        _PCT_TEKSTEN.clear()
    _PCT_TEKSTEN[id(pct)] = (pct, tekst)
    return tekst


# De uitleg van één maand zet zo'n 50 bedragen in tekst, en de meeste (de parameters: grenzen, premies, bedragen
# per kind) komen elke maand terug. Dezelfde tekst als geld.als_euro, onthouden per bedrag (een int; een
# numpy-getal met dezelfde waarde geeft dezelfde tekst).
als_euro = lru_cache(maxsize=8192)(geld.als_euro)
als_tekst = lru_cache(maxsize=8192)(geld.als_tekst)  # idem voor de bedragen in het JSON-blok ('12.30')
