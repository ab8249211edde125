# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Een rem op inlogpogingen die ook tussen werkprocessen en bij gelijktijdige verzoeken houdt.

Een poging wordt vastgelegd (en gecommit) vóórdat het wachtwoord gecontroleerd wordt; daarna
telt elk verzoek de mislukte pogingen, ook die van verzoeken die tegelijk lopen. Zo ziet de
k-de poging er altijd minstens k: 20 gelijktijdige pogingen kunnen niet alle 20 'nog vrij' zien
(issue 17: eerst tellen, dan vastleggen gaf 20 × 401 en geen 429).

Drie sleutels, elk met een aantal vrije pogingen en daarna een groeiende wachttijd (2, 4, 8 ...
seconden, begrensd) in plaats van een harde blokkade van een kwartier:
- gebruikersnaam + adres: 5 vrij, wachttijd tot 15 minuten;
- adres (één wachtwoord op veel accounts, 'password spraying'): 20 vrij, tot 15 minuten;
- gebruikersnaam over alle adressen: 20 vrij, tot 1 minuut. Kort, zodat een aanvaller met veel
  adressen de echte gebruiker hoogstens een minuut laat wachten, nooit een kwartier.
Een geweigerde poging (429) telt niet mee: wie blijft proberen tijdens het wachten, maakt de
wachttijd voor de echte gebruiker niet langer.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
from dataclasses import dataclass

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from balans.zaak.schema import LoginPoging, nu

BASIS_SECONDEN = 2


@dataclass(frozen=True)
class Regel:
    soort: str
    vrij: int
    max_seconden: int


class TeVeelPogingen(RuntimeError):
    def __init__(self, seconden: int):
        super().__init__(seconden)
        self.seconden = max(1, int(seconden))

    @property
    def minuten(self) -> int:  # voor oudere aanroepers
        return max(1, math.ceil(self.seconden / 60))

    @property
    def tekst(self) -> str:
        if self.seconden < 60:
            return f"{self.seconden} {'seconde' if self.seconden == 1 else 'seconden'}"
        return f"{self.minuten} {'minuut' if self.minuten == 1 else 'minuten'}"


def _sha(tekst: str) -> str:
    return hashlib.sha256(tekst.encode()).hexdigest()


def _sleutels(gebruikersnaam: str, adres: str, vrij_per_account: int) -> list[tuple[str, Regel]]:
    naam = gebruikersnaam.strip().lower()
    return [
        (_sha(f"{naam}|{adres}"), Regel("account-adres", vrij_per_account, 15 * 60)),  # zelfde sleutel als vroeger
        (_sha(f"adres|{adres}"), Regel("adres", 20, 15 * 60)),
        (_sha(f"account|{naam}"), Regel("account", 20, 60)),
    ]


def _utc(t: dt.datetime) -> dt.datetime:
    return t if t.tzinfo else t.replace(tzinfo=dt.timezone.utc)


@dataclass
class Poging:
    rijen: list[LoginPoging]

    def gelukt(self, s: Session) -> None:
        """Markeer als gelukt en begin opnieuw te tellen voor deze gebruiker op dit adres."""
        ids = [r.id for r in self.rijen]
        s.execute(update(LoginPoging).where(LoginPoging.id.in_(ids)).values(gelukt=True))
        eerste = self.rijen[0]
        s.execute(delete(LoginPoging).where(LoginPoging.sleutel == eerste.sleutel, LoginPoging.gelukt.is_(False)))
        s.execute(delete(LoginPoging).where(LoginPoging.tijdstip < nu() - dt.timedelta(days=1)))  # opruimen


def begin_poging(s: Session, gebruikersnaam: str, adres: str, vrij_per_account: int, venster_minuten: int) -> Poging:
    """Legt de poging vast en geeft haar terug, of TeVeelPogingen (de poging is dan weer weg)."""
    sleutels = _sleutels(gebruikersnaam, adres, vrij_per_account)
    t = nu()
    rijen = [LoginPoging(sleutel=k, tijdstip=t, gelukt=False) for k, _ in sleutels]
    s.add_all(rijen)
    s.commit()  # eerst vastleggen, dan tellen: gelijktijdige pogingen zien elkaar
    sinds = t - dt.timedelta(minutes=venster_minuten)
    wacht = 0.0
    for (k, regel), eigen in zip(sleutels, rijen):
        eerder = select(LoginPoging.tijdstip).where(
            LoginPoging.sleutel == k,
            LoginPoging.tijdstip >= sinds,
            LoginPoging.gelukt.is_(False),
            LoginPoging.id != eigen.id,
        )
        n = s.scalar(select(func.count()).select_from(eerder.subquery())) or 0
        if n < regel.vrij:
            continue
        laatste = s.scalar(eerder.order_by(LoginPoging.tijdstip.desc()).limit(1))
        nodig = min(BASIS_SECONDEN * 2 ** min(n - regel.vrij, 20), regel.max_seconden)
        wacht = max(wacht, nodig - (t - _utc(laatste)).total_seconds())
    if wacht > 0:
        s.execute(delete(LoginPoging).where(LoginPoging.id.in_([r.id for r in rijen])))
        s.commit()
        raise TeVeelPogingen(math.ceil(wacht))
    return Poging(rijen)
