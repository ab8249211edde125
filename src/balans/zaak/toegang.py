# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Inloggen, sessies, CSRF en een rem op inlogpogingen.

Wachtwoorden staan als argon2id-hash. Een sessie is een willekeurig token in een cookie
(HttpOnly, SameSite=Lax); in de database staat alleen de sha256 ervan. Wie met een cookie
iets wijzigt, stuurt ook het CSRF-token mee (formulierveld of X-CSRF-Token). Een API-client
kan het token ook als 'Authorization: Bearer' sturen; dan is CSRF niet nodig.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from balans.settings import Settings
from balans.zaak.rem import TeVeelPogingen, begin_poging  # noqa: F401 (TeVeelPogingen: hier ook te importeren)
from balans.zaak.schema import Gebruiker, Sessie, nu

COOKIE = "balans_sessie"
_hasher = PasswordHasher()
# Een vaste hash om ook bij een onbekende naam even lang te rekenen (geen tijdslek).
_NEP = _hasher.hash("niet-een-echt-wachtwoord")


def hash_wachtwoord(wachtwoord: str) -> str:
    return _hasher.hash(wachtwoord)


def _sha(tekst: str) -> str:
    return hashlib.sha256(tekst.encode()).hexdigest()


class OnjuistLogin(RuntimeError):
    pass


def log_in(s: Session, settings: Settings, gebruikersnaam: str, wachtwoord: str, adres: str) -> tuple[str, Sessie]:
    """Geeft (token, sessie). Fout: OnjuistLogin of TeVeelPogingen (zie api/rem.py)."""
    poging = begin_poging(s, gebruikersnaam, adres, settings.login_pogingen, settings.login_venster_minuten)
    g = s.scalar(select(Gebruiker).where(func.lower(Gebruiker.gebruikersnaam) == gebruikersnaam.strip().lower()))
    goed = False
    try:
        goed = _hasher.verify(g.wachtwoord_hash if g and g.wachtwoord_hash else _NEP, wachtwoord)
    except (VerificationError, InvalidHashError):
        goed = False
    goed = goed and g is not None and g.actief and g.wachtwoord_hash is not None
    if not goed:
        raise OnjuistLogin()  # de poging staat al vast als mislukt
    poging.gelukt(s)
    return start_sessie(s, settings, g)


def start_sessie(s: Session, settings: Settings, g: Gebruiker) -> tuple[str, Sessie]:
    token = secrets.token_urlsafe(32)
    sessie = Sessie(
        id=_sha(token),
        gebruiker_id=g.id,
        csrf=secrets.token_urlsafe(24),
        aangemaakt=nu(),
        verloopt=nu() + dt.timedelta(minutes=settings.sessie_minuten),
    )
    s.add(sessie)
    s.execute(delete(Sessie).where(Sessie.verloopt < nu()))  # opruimen
    s.commit()
    return token, sessie


def sessie_bij_token(s: Session, token: str | None, settings: Settings) -> tuple[Sessie, Gebruiker] | None:
    if not token:
        return None
    sessie = s.get(Sessie, _sha(token))
    if sessie is None:
        return None
    verloopt = sessie.verloopt if sessie.verloopt.tzinfo else sessie.verloopt.replace(tzinfo=dt.timezone.utc)
    if verloopt < nu():
        return None
    g = s.get(Gebruiker, sessie.gebruiker_id)
    if g is None or not g.actief:
        return None
    # Glijdend verlopen: zolang iemand actief is, blijft de sessie geldig.
    if verloopt - nu() < dt.timedelta(minutes=settings.sessie_minuten / 2):
        sessie.verloopt = nu() + dt.timedelta(minutes=settings.sessie_minuten)
        s.commit()
    return sessie, g


def log_uit(s: Session, token: str | None) -> None:
    if token:
        s.execute(delete(Sessie).where(Sessie.id == _sha(token)))
        s.commit()


def log_uit_sessie(s: Session, sessie_id: str) -> None:
    s.execute(delete(Sessie).where(Sessie.id == sessie_id))
    s.commit()


def log_uit_gebruiker(s: Session, gebruiker_id: int, behalve: str | None = None) -> int:
    """Alle sessies van een gebruiker beëindigen (na deactiveren, een andere rol of een nieuw wachtwoord).

    behalve: de sessie die blijft (wie zelf het wachtwoord wijzigt, blijft ingelogd). Geeft het aantal."""
    q = delete(Sessie).where(Sessie.gebruiker_id == gebruiker_id)
    if behalve is not None:
        q = q.where(Sessie.id != behalve)
    return s.execute(q).rowcount or 0


def wachtwoord_klopt(g: Gebruiker, wachtwoord: str) -> bool:
    try:
        return bool(g.wachtwoord_hash) and _hasher.verify(g.wachtwoord_hash or "", wachtwoord)
    except (VerificationError, InvalidHashError):
        return False


def csrf_klopt(sessie: Sessie, gegeven: str | None) -> bool:
    return bool(gegeven) and hmac.compare_digest(sessie.csrf, gegeven)
