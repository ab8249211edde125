# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Waarden uit de YAML van balans naar de eenheden van dit model: eurocent, basispunten, aantal, ja/nee, keuze."""

from __future__ import annotations

from fractions import Fraction

EENHEID = {"euro": "eurocent", "percentage": "basispunten", "aantal": None, "ja_nee": None, "keuze": None}


def centen(tekst) -> int:
    """'1401.50' -> 140150, zonder float (zelfde regel als balans.geld.naar_centen)."""
    euro, _, cent = str(tekst).partition(".")
    if not euro.isdigit() or not (cent == "" or (cent.isdigit() and len(cent) <= 2)):
        raise ValueError(f"Geen bedrag met hoogstens twee decimalen: {tekst!r}")
    return int(euro) * 100 + int(cent.ljust(2, "0"))


def omzetten(eenheid: str, ruw):
    if ruw is None:
        return None
    if eenheid == "euro":
        return centen(ruw)
    if eenheid == "percentage":
        bp = Fraction(str(ruw)) * 100
        if bp.denominator != 1:
            raise ValueError(f"Het percentage {ruw} is niet exact in basispunten")
        return int(bp)
    if eenheid == "aantal":
        return int(ruw)
    if eenheid == "ja_nee":
        if not isinstance(ruw, bool):
            raise ValueError(f"Verwacht true of false, niet {ruw!r}")
        return ruw
    if eenheid == "keuze":
        return str(ruw)
    raise ValueError(f"Onbekende eenheid {eenheid!r}")
