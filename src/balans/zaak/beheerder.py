# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""De eerste beheerder bij een eerste start zonder demo: een willekeurig wachtwoord, één keer getoond.

Vroeger maakte elke lege database 25 accounts met het wachtwoord uit de README (issue 17).
"""

from __future__ import annotations

import secrets

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from balans.zaak.schema import Gebruiker

NAAM = "beheerder"


def eerste_beheerder(sessies) -> tuple[str, str] | None:
    """(gebruikersnaam, wachtwoord) als de database nog geen gebruikers had, anders None."""
    from balans.zaak.toegang import hash_wachtwoord

    with sessies() as s:
        if s.scalar(select(func.count()).select_from(Gebruiker)):
            return None
        wachtwoord = secrets.token_urlsafe(18)  # 144 bits
        s.add(
            Gebruiker(
                gebruikersnaam=NAAM,
                naam="Beheerder",
                rol="beheerder",
                wachtwoord_hash=hash_wachtwoord(wachtwoord),
                actief=True,
            )
        )
        try:
            s.commit()
        except IntegrityError:  # een tweede start tegelijk was eerder: die heeft het wachtwoord getoond
            return None
        return NAAM, wachtwoord
