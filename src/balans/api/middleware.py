# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Kopregels op elk antwoord: API-Version, beveiliging en W3C traceparent. Pure ASGI, dus weinig overhead."""

from __future__ import annotations

import secrets

from balans.tijdsbudget import binnen
from balans.zaak.verwerkingen import Spoor

CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)


class Tijdsbudget:
    """Geeft elk HTTP-verzoek een eindtijd voor zijn rekenwerk (balans/tijdsbudget.py); de context gaat mee
    naar de thread van een gewone `def`-route."""

    def __init__(self, app, seconden: float):
        self.app = app
        self.seconden = seconden

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or not self.seconden:
            return await self.app(scope, receive, send)
        with binnen(self.seconden):
            await self.app(scope, receive, send)


class Kopregels:
    def __init__(self, app, api_versie: str, secure: bool):
        self.app = app
        vast = [
            (b"api-version", api_versie.encode()),
            (b"x-content-type-options", b"nosniff"),
            (b"x-frame-options", b"DENY"),
            (b"referrer-policy", b"no-referrer"),
            (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
            (b"cross-origin-opener-policy", b"same-origin"),
        ]
        if secure:
            vast.append((b"strict-transport-security", b"max-age=31536000; includeSubDomains"))
        self.vast = vast

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        traceparent = None
        for k, v in scope["headers"]:
            if k == b"traceparent":
                traceparent = v.decode("latin-1")
                break
        spoor = Spoor.uit_header(traceparent)
        scope.setdefault("state", {})["spoor"] = spoor
        pad = scope["path"]

        async def verstuur(bericht):
            if bericht["type"] == "http.response.start":
                h = list(bericht.get("headers", []))
                bestaand = {k.lower() for k, _ in h}
                h += [(k, v) for k, v in self.vast if k not in bestaand]
                h.append((b"traceparent", spoor.header(secrets.token_hex(8)).encode()))
                if b"content-security-policy" not in bestaand:
                    h.append((b"content-security-policy", CSP.encode()))
                if (
                    not pad.startswith(("/static/", "/v1/openapi.json", "/algoritmeregister"))
                    and b"cache-control" not in bestaand
                ):
                    h.append((b"cache-control", b"no-store"))
                bericht["headers"] = h
            await send(bericht)

        await self.app(scope, receive, verstuur)
