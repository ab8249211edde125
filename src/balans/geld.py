# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

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


# Zoals mensen in Nederland een bedrag typen: "1.419,46", "€ 650", "650,50", "1419,5". Een punt is
# alleen een scheiding van duizendtallen (groepen van drie cijfers); "650.5" is dus niet te lezen.
_NL_BEDRAG = re.compile(r"^(-?)(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?$")
_EN_BEDRAG = re.compile(r"^-?\d+\.\d{1,2}$|^-?\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?$")


class OngeldigNederlandsBedrag(OngeldigBedrag):
    """Met een uitleg die een mens kan lezen (B1), voor bij het veld."""

    def __init__(self, bericht: str):
        super().__init__(bericht)
        self.bericht = bericht


def uit_nederlands(tekst: str, voorbeeld: str = "850,00") -> int:
    """Een bedrag uit een webformulier in centen: '1.419,46' -> 141946, '€ 650' -> 65000.

    Eén lezer voor alle formulieren, zodat elk veld dezelfde schrijfwijzen aanneemt. Engelse
    notatie ('650.5', '1,419.46') weigeren we: 650.5 kan 650,50 of 65.050 bedoelen.
    """
    s = (tekst or "").strip().replace("€", "").replace("\u00a0", " ").strip().replace(" ", "")
    if not s:
        raise OngeldigNederlandsBedrag(f"Vul een bedrag in euro's in, zoals {voorbeeld}.")
    m = _NL_BEDRAG.match(s)
    if not m:
        if _EN_BEDRAG.match(s):
            raise OngeldigNederlandsBedrag(
                f"Schrijf de centen na een komma, zoals {voorbeeld}. "
                f"Een punt gebruikt u alleen bij duizenden, zoals 1.419,46."
            )
        raise OngeldigNederlandsBedrag(f"Vul een bedrag in euro's in, zoals {voorbeeld}.")
    teken, euro, cent = m.groups()
    waarde = int(euro.replace(".", "")) * 100 + int((cent or "0").ljust(2, "0"))
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


def percentage_als_tekst(pct: Fraction, decimalen: int = 2) -> str:
    """Fraction(1, 4) -> '25%'; met decimalen=3 ook een toeslagpercentage als 6,398%."""
    waarde = pct * 100
    if waarde.denominator == 1:
        return f"{waarde.numerator}%"
    tekst = f"{float(waarde):.{decimalen}f}".rstrip("0").rstrip(".")
    return tekst.replace(".", ",") + "%"


def basispunten(pct: Fraction) -> int:
    """25% -> 2500. Zo blijft een percentage een geheel getal, ook in numpy."""
    bp = pct * 10000
    if bp.denominator != 1:
        raise ValueError(f"percentage {pct} is niet exact in basispunten")
    return bp.numerator
