# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Inloggen via OpenID Connect: de identity provider van de gemeente, of een DigiD-makelaar.

Authorization Code Flow met PKCE (S256), state en nonce (authlib). Het ID-token controleren we met
de sleutels van de provider (joserfc): handtekening, iss, aud, exp en nonce. Daarna is het een
gewone balans-sessie, net als na inloggen met een wachtwoord.

Wie is wie: een bekende `sub` (per issuer) is dezelfde gebruiker. Een nieuwe gebruiker krijgt de
rol uit de claim BALANS_OIDC_ROL_CLAIM; zonder die claim is het een inwoner. Een inwoner met een
BSN-claim (DigiD) ziet de zaak met dat BSN. Het BSN komt niet in een URL, log of sessie.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import threading
import time
import warnings

import httpx
from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse, Response
from joserfc import jwt
from joserfc.errors import JoseError
from joserfc.jwk import KeySet
from sqlalchemy import select
from sqlalchemy.orm import Session

from balans.api.afhankelijk import db, spoor
from balans.api.grenzen import geldig_bsn
from balans.api.probleem import Probleem
from balans.zaak.toegang import start_sessie
from balans.settings import Settings
from balans.zaak import verwerkingen as V
from balans.zaak.schema import Gebruiker, Zaak
from balans.zaak.verwerkingen import Spoor

router = APIRouter(include_in_schema=False)
COOKIE = "balans_oidc"
ROLLEN = ("inwoner", "klantmanager", "beleidsmedewerker", "beheerder")
_CACHE_SECONDEN = 3600


class OidcFout(Exception):
    """Inloggen via de provider lukte niet; de tekst is voor de gebruiker."""


class Provider:
    """Discovery en sleutels van één issuer, een uur gecachet (sleutelrotatie: bij een onbekende kid opnieuw)."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self._config: dict | None = None
        self._sleutels: KeySet | None = None
        self._tijd = 0.0
        self._slot = threading.Lock()

    def _haal(self, url: str) -> dict:
        try:
            r = httpx.get(url, timeout=10, follow_redirects=False)
            r.raise_for_status()
            return r.json()
        except (httpx.HTTPError, ValueError) as e:
            raise OidcFout("De inlogdienst is nu niet bereikbaar. Probeer het later nog eens.") from e

    def config(self) -> dict:
        with self._slot:
            if self._config is None or time.monotonic() - self._tijd > _CACHE_SECONDEN:
                url = self.settings.oidc_issuer.rstrip("/") + "/.well-known/openid-configuration"
                config = self._haal(url)
                if config.get("issuer") != self.settings.oidc_issuer:
                    raise OidcFout("De inlogdienst gaf een andere uitgever op dan ingesteld.")
                self._config, self._sleutels, self._tijd = config, None, time.monotonic()
            return self._config

    def sleutels(self, vernieuw: bool = False) -> KeySet:
        config = self.config()
        with self._slot:
            if self._sleutels is None or vernieuw:
                self._sleutels = KeySet.import_key_set(self._haal(config["jwks_uri"]))
            return self._sleutels


def _provider(request: Request) -> Provider:
    st = request.app.state
    if getattr(st, "oidc", None) is None:
        st.oidc = Provider(st.settings)
    return st.oidc


def _client(settings: Settings, redirect_uri: str):
    with warnings.catch_warnings():  # authlib 1.9 wil httpx2; httpx werkt nog, en de melding is niet voor gebruikers
        warnings.simplefilter("ignore", DeprecationWarning)
        from authlib.integrations.httpx_client import OAuth2Client
    return OAuth2Client(
        settings.oidc_client_id,
        settings.oidc_client_secret,
        scope=settings.oidc_scope,
        redirect_uri=redirect_uri,
        code_challenge_method="S256",
        token_endpoint_auth_method="client_secret_post" if settings.oidc_client_secret else "none",
        timeout=10,
    )


def _terug_url(request: Request) -> str:
    # Nooit uit de Host-kopregel: die kiest de aanvrager, en daarmee waar de code naartoe gaat (issue 17).
    # `balans serve` start niet met OIDC zonder BALANS_OIDC_REDIRECT_URI; dit is de vangrail daarachter.
    uri = request.app.state.settings.oidc_redirect_uri
    if not uri:
        raise Probleem(
            503,
            "Inloggen via DigiD of uw organisatie is niet goed ingesteld (BALANS_OIDC_REDIRECT_URI "
            "ontbreekt). Neem contact op met de beheerder.",
        )
    return uri


def _codeer(d: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(d).encode()).decode()


def _decodeer(tekst: str | None) -> dict | None:
    try:
        d = json.loads(base64.urlsafe_b64decode((tekst or "").encode()))
        return d if isinstance(d, dict) else None
    except (ValueError, json.JSONDecodeError):
        return None


def _fout(request: Request, tekst: str, status: int = 400) -> Response:
    from balans.web.routes import foutpagina

    r = foutpagina(request, status, tekst)
    r.delete_cookie(COOKIE, path="/inloggen/oidc")
    return r


@router.get("/inloggen/oidc")
def oidc_start(request: Request, terug: str = ""):
    from balans.web.routes import _veilig_terug

    settings: Settings = request.app.state.settings
    if not settings.oidc_aan:
        return _fout(request, "Inloggen via een andere organisatie staat niet aan.", 404)
    try:
        config = _provider(request).config()
    except OidcFout as e:
        return _fout(request, str(e), 502)
    wacht = {
        "state": secrets.token_urlsafe(24),
        "nonce": secrets.token_urlsafe(24),
        "verifier": secrets.token_urlsafe(48),
        "terug": _veilig_terug(terug),
    }
    with _client(settings, _terug_url(request)) as c:
        url, _ = c.create_authorization_url(
            config["authorization_endpoint"],
            state=wacht["state"],
            nonce=wacht["nonce"],
            code_verifier=wacht["verifier"],
        )
    r = RedirectResponse(url, status_code=303)
    # state, nonce en verifier in een kort cookie: de terugkeer moet uit déze browser komen (geen login-CSRF)
    r.set_cookie(
        COOKIE,
        _codeer(wacht),
        max_age=600,
        httponly=True,
        samesite="lax",
        secure=settings.secure_cookies,
        path="/inloggen/oidc",
    )
    return r


def _controleer_id_token(p: Provider, settings: Settings, id_token: str, nonce: str) -> dict:
    try:
        try:
            token = jwt.decode(id_token, p.sleutels(), algorithms=["RS256", "PS256", "ES256"])
        except (ValueError, JoseError):
            token = jwt.decode(id_token, p.sleutels(vernieuw=True), algorithms=["RS256", "PS256", "ES256"])
        jwt.JWTClaimsRegistry(
            iss={"essential": True, "value": settings.oidc_issuer},
            aud={"essential": True, "value": settings.oidc_client_id},
            sub={"essential": True},
            exp={"essential": True},
            nonce={"essential": True, "value": nonce},
            leeway=60,
        ).validate(token.claims)
    except (ValueError, JoseError) as e:
        raise OidcFout("Het bewijs van de inlogdienst klopt niet. Probeer opnieuw in te loggen.") from e
    return token.claims


def _gebruiker(s: Session, settings: Settings, claims: dict, spoor: Spoor) -> Gebruiker:
    sleutel = hashlib.sha256(f"{settings.oidc_issuer}|{claims['sub']}".encode()).hexdigest()
    rol = claims.get(settings.oidc_rol_claim) or "inwoner"
    if isinstance(rol, list):
        rol = next((r for r in rol if r in ROLLEN), "")
    if rol not in ROLLEN:
        raise OidcFout("Uw account heeft geen rol in balans. Vraag uw beheerder om toegang.")
    g = s.scalar(select(Gebruiker).where(Gebruiker.oidc_sub == sleutel))
    if g is None:
        naam = str(
            claims.get("name") or claims.get("preferred_username") or ("Inwoner" if rol == "inwoner" else "Medewerker")
        )
        g = Gebruiker(
            gebruikersnaam=f"oidc-{sleutel[:16]}", naam=naam[:200], rol=rol, wachtwoord_hash=None, oidc_sub=sleutel
        )
        s.add(g)
        s.flush()  # id nodig voor het log
    elif not g.actief:
        raise OidcFout("Uw account is uitgeschakeld. Vraag uw beheerder om toegang.")
    g.rol = rol  # de provider is de bron van de rol
    bsn = claims.get(settings.oidc_bsn_claim) if rol == "inwoner" else None
    # negen ASCII-cijfers, niet 000000000 (issue 17); de elfproef is aan de inlogdienst
    if bsn is not None and not geldig_bsn(str(bsn), elfproef=False):
        bsn = None
    if bsn:
        zaak = s.scalar(select(Zaak).where(Zaak.bsn == str(bsn)).order_by(Zaak.aangemaakt.desc()).limit(1))
        g.zaak_id = zaak.id if zaak else None
        if zaak:  # het BSN koppelen aan een zaak is een verwerking van persoonsgegevens
            V.log(
                s,
                spoor=spoor,
                gebruiker=g,
                naam="inloggen.koppelen",
                handeling="lezen",
                zaak_id=zaak.id,
                activiteit="inzage-inwoner",
                gegevens="bsn (uit de inlogdienst)",
            )
        # Zonder lopende bijstand kan de inwoner een aanvraag doen; het BSN staat dan alleen in aanvraag.bsn.
        from balans.participatie.aanvraag import onthoud_bsn

        onthoud_bsn(s, g, str(bsn)[:9], spoor, claims.get("acr"))
    elif rol != "inwoner":
        g.zaak_id = None
    return g


def _na_inloggen(s: Session, g: Gebruiker) -> str:
    """Een inwoner zonder lopende bijstand gaat naar de aanvraag; de rest naar de eigen startpagina."""
    from balans.participatie.aanvraag import heeft_lopende_bijstand
    from balans.web.routes import _startpagina

    if g.rol == "inwoner" and not heeft_lopende_bijstand(s, g):
        return "/aanvraag"
    return _startpagina(g)


@router.get("/inloggen/oidc/terug", name="oidc_terug")
def oidc_terug(
    request: Request,
    code: str = "",
    state: str = "",
    error: str = "",
    s: Session = Depends(db),
    sp: Spoor = Depends(spoor),
):
    from balans.api.v1 import zet_cookie

    settings: Settings = request.app.state.settings
    if not settings.oidc_aan:
        return _fout(request, "Inloggen via een andere organisatie staat niet aan.", 404)
    wacht = _decodeer(request.cookies.get(COOKIE))
    if error:
        return _fout(request, "U bent niet ingelogd: de inlogdienst gaf geen toestemming.")
    if not wacht or not state or not code or not secrets.compare_digest(str(wacht.get("state", "")), state):
        return _fout(request, "Deze inlogpoging is verlopen of kwam niet uit deze browser. Begin opnieuw.")
    p = _provider(request)
    try:
        config = p.config()
        with _client(settings, _terug_url(request)) as c:
            try:
                tokens = c.fetch_token(
                    config["token_endpoint"],
                    code=code,
                    code_verifier=wacht["verifier"],
                    grant_type="authorization_code",
                )
            except Exception as e:  # authlib geeft per fout een eigen soort; voor de gebruiker is het één melding
                raise OidcFout("De inlogdienst gaf geen toegang. Begin opnieuw.") from e
        if "id_token" not in tokens:
            raise OidcFout("De inlogdienst gaf geen ID-token. Begin opnieuw.")
        claims = _controleer_id_token(p, settings, tokens["id_token"], wacht["nonce"])
        g = _gebruiker(s, settings, claims, sp)
    except OidcFout as e:
        s.rollback()
        return _fout(request, str(e))
    token, _ = start_sessie(s, settings, g)
    r = RedirectResponse(wacht.get("terug") or _na_inloggen(s, g), status_code=303)
    zet_cookie(r, request, token)
    r.delete_cookie(COOKIE, path="/inloggen/oidc")
    return r
