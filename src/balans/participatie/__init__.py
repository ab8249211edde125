# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Participatie en vakmanschap (issue 7): participatieplicht, ontheffingen, plan van aanpak, maatregelen,
aanvraag, caseload en monitoring. Elke beslissing staat in het besluitenlog (zaak/besluiten.py)."""
