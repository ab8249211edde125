"""Participatie en vakmanschap (issue 7): participatieplicht, ontheffingen, plan van aanpak, maatregelen,
aanvraag, caseload en monitoring. Elke beslissing staat in het besluitenlog (zaak/besluiten.py)."""
