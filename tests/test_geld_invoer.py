# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Eén lezer voor bedragen uit webformulieren (issue 14, item 5): Nederlandse schrijfwijze, geen gok bij Engels."""

from __future__ import annotations

import pytest

from balans.geld import OngeldigBedrag, OngeldigNederlandsBedrag, uit_nederlands


@pytest.mark.parametrize(
    "tekst, centen",
    [
        ("1.419,46", 141946),  # zo toont de zaakpagina zelf een bedrag
        ("€ 650", 65000),
        ("€\u00a0650,00", 65000),  # harde spatie, zoals na kopiëren uit de pagina
        ("650,50", 65050),
        ("650,5", 65050),
        ("650", 65000),
        ("1419,46", 141946),
        ("1.000.000", 100000000),  # punten zijn duizendtallen
        (" 0 ", 0),
    ],
)
def test_nederlandse_bedragen(tekst, centen):
    assert uit_nederlands(tekst) == centen


@pytest.mark.parametrize("tekst", ["650.5", "650.50", "1,419.46", "1,000"])
def test_engelse_notatie_geweigerd_met_uitleg(tekst):
    with pytest.raises(OngeldigNederlandsBedrag) as e:
        uit_nederlands(tekst)
    assert "komma" in e.value.bericht and "1.419,46" in e.value.bericht


@pytest.mark.parametrize("tekst", ["", "abc", "1.41,00", "1.4190", "12,345,6", "€", "6 5 0,00x"])
def test_onzin_geweigerd(tekst):
    with pytest.raises(OngeldigBedrag) as e:  # ook te vangen als gewone OngeldigBedrag
        uit_nederlands(tekst)
    assert "euro" in e.value.bericht or "komma" in e.value.bericht
