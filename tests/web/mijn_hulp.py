# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Een kleine demo voor de tests van /mijn: Ferd met een ontheffing (een brief over hem), en een tweede inwoner
('inwoner.anouk') met een eigen zaak, om te zien dat die Ferds brieven niet kan openen."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from balans.app import create_app
from balans.zaak.toegang import hash_wachtwoord
from balans.participatie import plicht as O
from balans.settings import Settings
from balans.zaak.demo import WACHTWOORD
from balans.zaak.schema import Gebruiker, Zaak

ANDER = "inwoner.anouk"


@dataclass
class Demo:
    app: object
    ferd: str  # zaak-id van Ferd
    ander: str  # zaak-id van de tweede inwoner
    ontheffing: int  # id van Ferds ontheffing


def maak_demo(pad) -> Demo:
    app = create_app(Settings(database_url=f"sqlite:///{pad}", demo=True, demo_zaken=3))
    with app.state.sessies() as s:
        ferd = s.scalar(select(Zaak).where(Zaak.naam == "Ferd de Wit"))
        ander = s.scalar(select(Zaak).where(Zaak.id != ferd.id).order_by(Zaak.id))
        km = s.get(Gebruiker, ferd.klantmanager_id)
        o = O.verleen_ontheffing(
            s,
            ferd,
            soort="tijdelijk",
            verplichtingen=["arbeid", "tegenprestatie"],
            reden="medisch",
            van=dt.date(2026, 9, 1),
            tot=dt.date(2027, 2, 28),
            herbeoordeling=dt.date(2027, 1, 15),
            motivering="De huisarts schrijft dat herstel nog maanden duurt.",
            door=km,
        )
        s.add(
            Gebruiker(
                gebruikersnaam=ANDER,
                naam="Anouk Visser",
                rol="inwoner",
                actief=True,
                wachtwoord_hash=hash_wachtwoord(WACHTWOORD),
                zaak_id=ander.id,
            )
        )
        s.commit()
        return Demo(app, ferd.id, ander.id, o.id)
