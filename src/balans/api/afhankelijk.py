# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Wat elke route nodig heeft: een databasesessie, wie er vraagt, de rol, CSRF en het spoor voor het log."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from fastapi import Depends, Request
from sqlalchemy.orm import Session

from balans.api.probleem import Probleem
from balans.zaak.toegang import COOKIE, csrf_klopt, sessie_bij_token
from balans.zaak import repository as R
from balans.zaak.schema import Gebruiker, Sessie, Zaak
from balans.zaak.verwerkingen import Spoor

VEILIG = {"GET", "HEAD", "OPTIONS"}
NIEUW_WACHTWOORD = "/wachtwoord"
MAG_VOOR_NIEUW_WACHTWOORD = {NIEUW_WACHTWOORD, "/uitloggen"}


def db(request: Request) -> Iterator[Session]:
    s = request.app.state.sessies()
    try:
        yield s
    finally:
        s.close()


@dataclass
class Wie:
    gebruiker: Gebruiker
    sessie: Sessie
    via_cookie: bool


def _token(request: Request) -> tuple[str | None, bool]:
    auth = request.headers.get("authorization", "")
    if auth.lower().startswith("bearer "):
        return auth[7:].strip(), False
    return request.cookies.get(COOKIE), True


def wie_optioneel(request: Request, s: Session = Depends(db)) -> Wie | None:
    if hasattr(request.state, "wie"):
        return request.state.wie
    token, via_cookie = _token(request)
    gevonden = sessie_bij_token(s, token, request.app.state.settings) if token else None
    request.state.wie = Wie(gevonden[1], gevonden[0], via_cookie) if gevonden else None
    return request.state.wie


async def _csrf(request: Request, wie: Wie) -> None:
    if request.method in VEILIG or not wie.via_cookie:
        return
    gegeven = request.headers.get("x-csrf-token")
    if gegeven is None and request.headers.get("content-type", "").startswith(
        ("application/x-www-form-urlencoded", "multipart/form-data")
    ):
        gegeven = (await request.form()).get("csrf")
    if not csrf_klopt(wie.sessie, gegeven if isinstance(gegeven, str) else None):
        raise Probleem(
            403,
            "Het formulier is verlopen of komt niet van deze site. Laad de pagina opnieuw en probeer het nog eens.",
            [{"name": "csrf", "reason": "ontbreekt of klopt niet"}],
        )


def rol(*rollen: str):
    """Dependency: ingelogd met een van deze rollen (en bij een cookie: een geldig CSRF-token)."""

    async def controle(request: Request, wie: Wie | None = Depends(wie_optioneel)) -> Wie:
        if wie is None:
            raise Probleem(401, "Log eerst in.", headers={"WWW-Authenticate": "Bearer"})
        if wie.gebruiker.wachtwoord_wijzigen and request.url.path not in MAG_VOOR_NIEUW_WACHTWOORD:
            # Na een herstel door de beheerder: eerst een eigen wachtwoord (de web-foutpagina stuurt door).
            raise Probleem(403, "Kies eerst een nieuw wachtwoord.", headers={"Location": NIEUW_WACHTWOORD})
        if rollen and wie.gebruiker.rol not in rollen:
            raise Probleem(403, "Uw rol geeft geen toegang tot dit deel.")
        await _csrf(request, wie)
        return wie

    return controle


def zaak_of_404(s: Session, wie: Wie, zaak_id: str) -> Zaak:
    """De zaak, of 404 voor API en web: wie haar niet mag zien, hoort ook niet dat ze bestaat."""
    try:
        return R.haal_zaak(s, wie.gebruiker, zaak_id)
    except R.GeenToegang:
        raise Probleem(404, "Deze zaak bestaat niet, of u hebt er geen toegang toe.") from None


def spoor(request: Request) -> Spoor:
    return request.state.spoor
