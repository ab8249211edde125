# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Casussen die meer testbestanden gebruiken, één keer opgeschreven."""

# Alleenstaande ouder (35) met een kind van 8, huurwoning: het voorbeeld voor het hele inkomen (januari 2026).
# De tests die hem gebruiken, leiden hun bedragen met de hand af van deze feiten.
OUDER_MET_KIND_EN_HUUR = """\
naam: Alleenstaande ouder met een kind van 8
periode: {van: 2026-01, tot: 2026-01}
huishouden:
  aanvrager: {geboortedatum: 1990-04-01}
  kinderen:
    - geboortedatum: 2017-06-01
  woning: {soort: huur, kale_huur: 650.00, servicekosten: 48.00}
"""
