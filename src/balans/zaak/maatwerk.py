# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Maatwerk vastleggen: een bedrag voor één maand, met motivering en grondslag, in het besluitenlog.

Een eigen module, omdat het de tijdlijn van de zaak leest (welke maanden hebben bijstand) en de tijdlijn zelf
repository.py leest: zo hoeft repository.py de tijdlijn niet in een functie te importeren (issue 18).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from balans.zaak import repository as R
from balans.zaak.schema import Gebruiker, Maatwerk, Zaak, nu
from balans.zaak.tijdlijn import tijdlijn


def leg_maatwerk_vast(
    s: Session,
    zaak: Zaak,
    *,
    maand: dt.date,
    vastgesteld: int | None,
    motivering: str,
    grondslag: str,
    versie: int,
    door: Gebruiker,
) -> Maatwerk:
    motivering = (motivering or "").strip()
    if len(motivering) < R.MIN_MOTIVERING:
        raise R.OngeldigeWijziging(
            "motivering",
            f"Schrijf waarom u afwijkt, in minstens {R.MIN_MOTIVERING} tekens. "
            "Die reden staat in het besluit en telt in bezwaar.",
        )
    if grondslag not in R.MAATWERK_GRONDSLAGEN:
        raise R.OngeldigeWijziging("grondslag", "Kies een grondslag uit de lijst.")
    if vastgesteld is not None and vastgesteld < 0:
        raise R.OngeldigeWijziging("bedrag", "Het bedrag kan niet negatief zijn.")
    t = tijdlijn(s, zaak)
    per_maand = {r.maand: r.uitkomst for r in t.resultaten(uitleg=False)}
    if maand not in per_maand:
        raise R.OngeldigeWijziging("maand", "Deze maand valt buiten de periode van de zaak.")
    if t.buiten(maand) and vastgesteld is not None:
        raise R.OngeldigeWijziging(
            "maand", "In deze maand is er geen bijstand: die valt vóór het begin of na het einde van de bijstand."
        )
    tijdstip = nu()
    R._verhoog_versie(s, zaak, versie, tijdstip)
    m = Maatwerk(
        zaak_id=zaak.id,
        maand=maand,
        veld="bijstand",
        regel_bedrag=int(per_maand[maand].bijstand),
        vastgesteld=vastgesteld,
        motivering=motivering,
        grondslag=grondslag,
        auteur_id=door.id,
        tijdstip=tijdstip,
    )
    s.add(m)
    return m
