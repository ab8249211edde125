"""Geld is binnen altijd hele eurocenten (int); aan de randen een string met twee decimalen."""

from __future__ import annotations

import re
from fractions import Fraction

_BEDRAG = re.compile(r"^(-?)(\d+)(?:\.(\d{1,2}))?$")


class OngeldigBedrag(ValueError):
    pass


def naar_centen(tekst: str | int | float) -> int:
    """'12.3' -> 1230. Een float is hier alleen welkom als hij exact twee decimalen heeft."""
    s = str(tekst).strip()
    m = _BEDRAG.match(s)
    if not m:
        raise OngeldigBedrag(s)
    teken, euro, cent = m.groups()
    waarde = int(euro) * 100 + int((cent or "0").ljust(2, "0"))
    return -waarde if teken else waarde


def als_tekst(centen: int) -> str:
    """1230 -> '12.30' (voor JSON en API)."""
    centen = int(centen)
    teken = "-" if centen < 0 else ""
    c = abs(centen)
    return f"{teken}{c // 100}.{c % 100:02d}"


def als_euro(centen: int) -> str:
    """1401050 -> '€ 14.010,50' (voor mensen)."""
    centen = int(centen)
    teken = "-" if centen < 0 else ""
    c = abs(centen)
    euro = f"{c // 100:,}".replace(",", ".")
    return f"{teken}€ {euro},{c % 100:02d}"


def deel_half_omhoog(teller, noemer: int):
    """Deling afgerond op hele centen, half naar boven (ROUND_HALF_UP voor niet-negatieve tellers).

    Werkt op int en op numpy-arrays. Alle percentages van bedragen gaan hierdoor, zodat er
    één afrondingsregel is (zie README, 'Afronding').
    """
    return (2 * teller + noemer) // (2 * noemer)


def percentage_van(bedrag, pct: Fraction):
    """pct is een breuk (25% = Fraction(1, 4)); resultaat in hele centen, half naar boven."""
    return deel_half_omhoog(bedrag * pct.numerator, pct.denominator)


def percentage_als_tekst(pct: Fraction) -> str:
    waarde = pct * 100
    if waarde.denominator == 1:
        return f"{waarde.numerator}%"
    tekst = f"{float(waarde):.2f}".rstrip("0").rstrip(".")
    return tekst.replace(".", ",") + "%"


def basispunten(pct: Fraction) -> int:
    """25% -> 2500. Zo blijft een percentage een geheel getal, ook in numpy."""
    bp = pct * 10000
    if bp.denominator != 1:
        raise ValueError(f"percentage {pct} is niet exact in basispunten")
    return bp.numerator
