# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Fouten als application/problem+json (RFC 9457), met het veld dat niet klopt."""

from __future__ import annotations

from dataclasses import dataclass, field

import orjson
from fastapi import Response

from balans.casus.laden import CasusFout

PROBLEEM = "application/problem+json"
TITELS = {
    400: "De invoer klopt niet",
    401: "U bent niet ingelogd",
    403: "Dit mag u niet doen",
    404: "Niet gevonden",
    405: "Deze methode kan hier niet",
    406: "Dit formaat kunnen we niet leveren",
    409: "Conflict",
    412: "De zaak is intussen gewijzigd",
    413: "Het verzoek is te groot",
    415: "Stuur JSON",
    422: "De invoer klopt niet",
    428: "Versie ontbreekt",
    429: "Te veel pogingen",
    503: "Even te druk",
    500: "Er ging iets mis bij ons",
}


@dataclass
class Probleem(Exception):
    status: int
    detail: str
    velden: list[dict] = field(default_factory=list)  # [{"name": ..., "reason": ...}]
    titel: str | None = None
    headers: dict[str, str] = field(default_factory=dict)

    def als_dict(self, instance: str | None = None) -> dict:
        d = {
            "type": "about:blank",
            "title": self.titel or TITELS.get(self.status, "Fout"),
            "status": self.status,
            "detail": self.detail,
        }
        if instance:
            d["instance"] = instance
        if self.velden:
            d["invalidParams"] = self.velden
        return d

    def antwoord(self, instance: str | None = None) -> Response:
        return Response(
            orjson.dumps(self.als_dict(instance)), status_code=self.status, media_type=PROBLEEM, headers=self.headers
        )


def uit_casusfout(e: CasusFout, voorvoegsel: str = "") -> Probleem:
    velden = [
        {"name": (voorvoegsel + f.veld) if f.veld else (voorvoegsel.rstrip(".") or "casus"), "reason": f.bericht}
        for f in e.fouten
    ]
    eerste = velden[0] if velden else {"name": "casus", "reason": "De casus klopt niet."}
    return Probleem(400, f"{eerste['name']}: {eerste['reason']}", velden)


def uit_validatie(fouten_lijst: list[dict]) -> Probleem:
    """Pydantic- of FastAPI-fouten, met dezelfde Nederlandse zinnen als voor een casusbestand."""
    from balans.casus.laden import _zin

    velden = [
        {
            "name": ".".join(str(x) for x in f.get("loc", ()) if x not in ("body", "query", "path", "header"))
            or "body",
            "reason": _zin(f),
        }
        for f in fouten_lijst
    ]
    if not velden:
        return Probleem(400, "De invoer klopt niet.")
    return Probleem(400, f"{velden[0]['name']}: {velden[0]['reason']}", velden)


PROBLEEM_SCHEMA = {
    "type": "object",
    "required": ["title", "status", "detail"],
    "properties": {
        "type": {"type": "string"},
        "title": {"type": "string"},
        "status": {"type": "integer"},
        "detail": {"type": "string"},
        "instance": {"type": "string"},
        "invalidParams": {
            "type": "array",
            "items": {"type": "object", "properties": {"name": {"type": "string"}, "reason": {"type": "string"}}},
        },
    },
}


def fouten(*statussen: int) -> dict:
    """OpenAPI-antwoorden voor deze foutcodes."""
    return {
        s: {
            "description": TITELS.get(s, "Fout"),
            "content": {PROBLEEM: {"schema": {"$ref": "#/components/schemas/Probleem"}}},
        }
        for s in statussen
    }
