# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Het API-contract volgens de NLGov API Design Rules (ADR 2.x, de Spectral-regels van Logius).

Twee delen: `volgens_adr` maakt het OpenAPI-document af (kopregel API-Version, servers /v1, beveiliging,
formaten) en `ApiRegels` doet wat de regels bij het draaien vragen (404 op een slash aan het eind, CORS op
het OpenAPI-document, 406 bij een Accept die wij niet kunnen geven). tests/api/test_adr_lint.py draait de
officiële linter; docs/api-changelog.md houdt de versies bij.
"""

from __future__ import annotations

import re

from balans.api.probleem import PROBLEEM, TITELS, Probleem

VOORVOEGSEL = "/v1"
COOKIE_NAAM = "balans_sessie"

API_VERSION_KOP = {
    "description": "De volledige versie van de API (semver), op elk antwoord (ADR /core/version-header).",
    "schema": {"type": "string", "pattern": r"^\d+\.\d+\.\d+$", "example": "1.0.0"},
}
IF_MATCH = {
    "type": "string",
    "pattern": r'^(W/)?"\d+"$',
    "example": '"3"',
    "description": "De ETag van de versie die u wijzigt (RFC 9110 §13.1.1); zonder: 428.",
}


def _bedrag_als_tekst(schema) -> None:
    """Bedragen zijn tekst ("0.00"); pydantic zet de standaard als getal (0) in het schema."""
    if isinstance(schema, dict):
        if (
            schema.get("type") == "string"
            and isinstance(schema.get("default"), int)
            and not isinstance(schema.get("default"), bool)
        ):
            schema["default"] = f"{schema['default'] // 100}.{schema['default'] % 100:02d}"
        for w in schema.values():
            _bedrag_als_tekst(w)
    elif isinstance(schema, list):
        for w in schema:
            _bedrag_als_tekst(w)


def _formaat_boven(schema) -> None:
    """`datum: date | None` wordt anyOf[string/date, null]; de regels willen het formaat op het veld zelf."""
    if isinstance(schema, dict):
        for prop in (schema.get("properties") or {}).values():
            keuzes = prop.get("anyOf") if isinstance(prop, dict) else None
            if keuzes and len(keuzes) == 2 and {"type": "null"} in keuzes:
                (x,) = [k for k in keuzes if k != {"type": "null"}]
                if "format" in x and "type" in x:
                    prop.pop("anyOf")
                    prop.update({**x, "type": [x["type"], "null"]})
        for w in schema.values():
            _formaat_boven(w)
    elif isinstance(schema, list):
        for w in schema:
            _formaat_boven(w)


def _links(paden: dict) -> None:
    """OpenAPI-links van elke operatie die iets maakt (201 met een id) naar de operaties op dat nieuwe ding.

    POST /zaken/{zaakId}/plannen → /zaken/{zaakId}/plannen/{planId}...: planId uit het antwoord (id), de
    andere padparameters uit het verzoek, If-Match uit de ETag. Algemeen, zodat ook een nieuwe operatie
    links krijgt; schemathesis volgt ze (stateful, tests/api/test_schemathesis.py).
    """
    for pad, item in paden.items():
        for op in item.values():
            if not isinstance(op, dict) or "201" not in op.get("responses", {}):
                continue
            antwoord = op["responses"]["201"]
            ouder = set(re.findall(r"\{(\w+)\}", pad))
            links = {}
            for doelpad, doelitem in paden.items():
                m = re.fullmatch(re.escape(pad) + r"/\{(\w+)\}(/.*)?", doelpad)
                if not m or m.group(1) in ouder:
                    continue
                for doelmethode, doel in doelitem.items():
                    if not isinstance(doel, dict) or "operationId" not in doel:
                        continue
                    parameters = {f"path.{n}": f"$request.path.{n}" for n in ouder}
                    parameters[f"path.{m.group(1)}"] = "$response.body#/id"
                    if (
                        any(p.get("in") == "header" and p.get("name") == "If-Match" for p in doel.get("parameters", []))
                        and doelpad.count("{") == len(ouder) + 1
                    ):  # de ETag geldt voor dit nieuwe ding zelf
                        parameters["header.If-Match"] = "$response.header.ETag"
                    links[doel["operationId"]] = {
                        "operationId": doel["operationId"],
                        "parameters": parameters,
                        "description": f"{doelmethode.upper()} {doelpad} met de nieuwe id",
                    }
            if links:
                antwoord["links"] = links


def volgens_adr(schema: dict) -> dict:
    """Maak het document dat FastAPI maakt af volgens de ADR; verandert `schema` en geeft het terug."""
    paden = {}
    for pad, item in schema.get("paths", {}).items():
        paden[pad.removeprefix(VOORVOEGSEL) or "/"] = item
    schema["paths"] = paden
    schema["servers"] = [{"url": VOORVOEGSEL, "description": "versie 1 van de API op deze server"}]
    comp = schema.setdefault("components", {})
    comp.setdefault("headers", {})["API-Version"] = API_VERSION_KOP
    comp["securitySchemes"] = {
        "bearer": {
            "type": "http",
            "scheme": "bearer",
            "description": "Het token van POST /v1/sessies (of van de eigen inlog van de gemeente).",
        },
        "sessie": {
            "type": "apiKey",
            "in": "cookie",
            "name": COOKIE_NAAM,
            "description": "De sessie van de website; schrijven vraagt dan ook X-CSRF-Token.",
        },
    }
    for item in paden.values():
        for methode, op in item.items():
            if not isinstance(op, dict) or "responses" not in op:
                continue
            antwoorden = op["responses"]
            if methode in ("post", "put", "patch") and "400" not in antwoorden:
                antwoorden["400"] = {
                    "description": TITELS[400],
                    "content": {PROBLEEM: {"schema": {"$ref": "#/components/schemas/Probleem"}}},
                }
            # Wie 401 kan krijgen, moet inloggen; de rest is openbaar (security: []).
            op["security"] = [{"bearer": []}, {"sessie": []}] if "401" in antwoorden else []
            for code, antwoord in antwoorden.items():
                if code[0] in "23":
                    antwoord.setdefault("headers", {})["API-Version"] = {"$ref": "#/components/headers/API-Version"}
                    for soort, inhoud in (antwoord.get("content") or {}).items():
                        # JSON heeft een eigen model (response_model, api/modellen.py; test_adr_lint controleert
                        # dat); een ander formaat (csv) is tekst
                        if not inhoud.get("schema") and "json" not in soort:
                            inhoud["schema"] = {"type": "string"}
            for par in op.get("parameters", []):
                if par.get("in") == "header" and par.get("name", "").lower() == "if-match":
                    par["schema"] = {**IF_MATCH, **{k: v for k, v in par.get("schema", {}).items() if k == "title"}}
    _links(paden)
    _bedrag_als_tekst(comp.get("schemas", {}))
    _formaat_boven(comp.get("schemas", {}))
    return schema


# --- bij het draaien ------------------------------------------------------------------------------

JSON_SOORTEN = ("application/json", "application/problem+json", "application/hal+json", "application/*", "*/*")
ANDERE_SOORTEN = {"/monitoring": ("text/csv", "text/*"), "/monitoring.csv": ("text/csv", "text/*")}  # ook csv


def _accepteert(accept: str, pad: str) -> bool:
    """Kan een antwoord in JSON (of wat dit pad verder geeft)? Een leeg of ontbrekend Accept mag altijd."""
    soorten = [d.split(";")[0].strip().lower() for d in accept.split(",") if d.strip()]
    if not soorten:
        return True
    extra = next((v for k, v in ANDERE_SOORTEN.items() if pad.endswith(k)), ())
    return any(s in JSON_SOORTEN or s in extra for s in soorten)


class ApiRegels:
    """Pure ASGI, vóór de router: alleen voor /v1."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or not scope["path"].startswith(VOORVOEGSEL + "/"):
            return await self.app(scope, receive, send)
        pad = scope["path"]
        if pad.endswith("/"):  # ADR /core/no-trailing-slash: 404, geen doorverwijzing
            return await Probleem(404, "Dit adres bestaat niet. Laat de / aan het eind weg.").antwoord(pad)(
                scope, receive, send
            )
        koppen = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        if "accept" in koppen and not _accepteert(koppen["accept"], pad):
            return await Probleem(
                406, "Deze API antwoordt in JSON (application/json). Vraag daarom Accept: application/json."
            ).antwoord(pad)(scope, receive, send)
        if pad == VOORVOEGSEL + "/openapi.json":  # ADR /core/doc-openapi: ook vanaf een ander domein te lezen

            async def met_cors(bericht):
                if bericht["type"] == "http.response.start":
                    bericht["headers"] = [*bericht.get("headers", []), (b"access-control-allow-origin", b"*")]
                await send(bericht)

            return await self.app(scope, receive, met_cors)
        return await self.app(scope, receive, send)
