# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Het besluitenlog: elke beslissing over participatie of een aanvraag, met grondslag, motivering en auteur.

Alleen toevoegen (de database weigert wijzigen). Wie de stand van een ontheffing, plan of maatregel
wijzigt, legt hier ook vast waarom; zo is elke stap later te volgen, ook in bezwaar.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from balans.zaak.schema import Besluit, Gebruiker, nu

MIN_MOTIVERING = 20  # gelijk aan maatwerk: een reden die in een besluit kan staan


class MotiveringOntbreekt(ValueError):
    def __init__(self, veld: str = "motivering"):
        super().__init__(f"Schrijf waarom, in minstens {MIN_MOTIVERING} tekens. Die reden staat in het besluit.")
        self.veld = veld
        self.bericht = str(self)


def leg_vast(
    s: Session,
    *,
    zaak_id: str | None,
    onderwerp: str,
    onderwerp_id: object,
    handeling: str,
    grondslag: str,
    motivering: str,
    auteur: Gebruiker | None,
    gegevens: object = None,
    tijdstip: dt.datetime | None = None,
    veld: str = "motivering",
) -> Besluit:
    motivering = (motivering or "").strip()
    if len(motivering) < MIN_MOTIVERING:
        raise MotiveringOntbreekt(veld)
    b = Besluit(
        zaak_id=zaak_id,
        onderwerp=onderwerp,
        onderwerp_id=str(onderwerp_id),
        handeling=handeling,
        grondslag=grondslag,
        motivering=motivering,
        gegevens=gegevens,
        auteur_id=auteur.id if auteur else None,
        tijdstip=tijdstip or nu(),
    )
    s.add(b)
    return b


def van(s: Session, onderwerp: str, onderwerp_id: object) -> list[tuple[Besluit, str | None]]:
    """De besluiten over één ontheffing, plan, maatregel of aanvraag, oudste eerst, met de naam van de auteur."""
    q = (
        select(Besluit, Gebruiker.naam)
        .outerjoin(Gebruiker, Gebruiker.id == Besluit.auteur_id)
        .where(Besluit.onderwerp == onderwerp, Besluit.onderwerp_id == str(onderwerp_id))
        .order_by(Besluit.tijdstip, Besluit.id)
    )
    return [(b, n) for b, n in s.execute(q)]


def van_zaak(s: Session, zaak_id: str) -> list[tuple[Besluit, str | None]]:
    q = (
        select(Besluit, Gebruiker.naam)
        .outerjoin(Gebruiker, Gebruiker.id == Besluit.auteur_id)
        .where(Besluit.zaak_id == zaak_id)
        .order_by(Besluit.tijdstip, Besluit.id)
    )
    return [(b, n) for b, n in s.execute(q)]
