# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Grenzen per verzoek: de grootte van de body (vóór het lezen) en getallen uit pad, query, kopregel of formulier.

Vier bodies van 50 MB werden helemaal gelezen, en een getal van 2^63 of meer in If-Match of een
formulier liet SQLite overlopen (een 500). Zie issue 17 en docs/veiligheid.md.
"""

from __future__ import annotations

import functools
import inspect
import types
import typing
from typing import Annotated, Any

import orjson
from fastapi import Depends, Request, params
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.routing import APIRoute
from pydantic import BaseModel, TypeAdapter, ValidationError

from balans.api.probleem import PROBLEEM, TITELS, Probleem
from balans.casus.grenzen import MAX_BYTES

MAX_INT = 2**53  # groter dan elke id of versie die we uitgeven; ruim onder de 2^63 van SQLite en PostgreSQL
TE_GROOT = (
    f"Het verzoek is groter dan {MAX_BYTES // 1_000_000} MB. Zo groot is geen casus of formulier; "
    "stuur minder gegevens tegelijk."
)


def heel_getal(tekst: object, maximum: int = MAX_INT) -> int | None:
    """Een geheel getal van 0 tot en met maximum uit tekst met alleen ASCII-cijfers, anders None.

    '²'.isdigit() en '٣'.isdigit() zijn True; int('²') faalt en int('٣') geeft 3. Beide willen we niet.
    """
    if not isinstance(tekst, str):
        return None
    t = tekst.strip()
    if not t or len(t) > 20 or not (t.isascii() and t.isdigit()):
        return None
    n = int(t)
    return n if n <= maximum else None


class TeGroot(Probleem):
    pass


class BodyGrens:
    """Pure ASGI: weigert met 413 als Content-Length te groot is, en stopt met lezen zodra de body dat wordt."""

    def __init__(self, app, maximum: int = MAX_BYTES):
        self.app = app
        self.maximum = maximum

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        for k, v in scope["headers"]:
            if k == b"content-length":
                lengte = heel_getal(v.decode("latin-1"), 2**62)
                if lengte is None or lengte > self.maximum:
                    return await self._weiger(scope, send, lengte is None)
        gelezen = 0

        async def begrensd():
            nonlocal gelezen
            bericht = await receive()
            if bericht["type"] == "http.request":
                gelezen += len(bericht.get("body", b""))
                if gelezen > self.maximum:
                    raise TeGroot(413, TE_GROOT, [{"name": "body", "reason": f"groter dan {self.maximum} bytes"}])
            return bericht

        await self.app(scope, begrensd, send)

    async def _weiger(self, scope, send, onleesbaar: bool):
        status = 400 if onleesbaar else 413
        detail = "De kopregel Content-Length is geen geldig getal." if onleesbaar else TE_GROOT
        if scope["path"].startswith("/v1"):
            inhoud, soort = (
                orjson.dumps(
                    {
                        "type": "about:blank",
                        "title": TITELS[status],
                        "status": status,
                        "detail": detail,
                        "instance": scope["path"],
                    }
                ),
                PROBLEEM,
            )
        else:
            inhoud = (
                f'<!doctype html><html lang="nl"><meta charset="utf-8"><title>{TITELS[status]}</title>'
                f"<h1>{TITELS[status]}</h1><p>{detail}</p></html>"
            ).encode()
            soort = "text/html; charset=utf-8"
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [
                    (b"content-type", soort.encode()),
                    (b"content-length", str(len(inhoud)).encode()),
                    (b"connection", b"close"),
                ],
            }
        )
        await send({"type": "http.response.body", "body": inhoud})


_GEHEIM = ("wachtwoord", "password", "token", "csrf")  # vrije tekst: een lang getal als wachtwoord mag


def _zonder_geheimen(data):
    if isinstance(data, dict):
        return {k: _zonder_geheimen(v) for k, v in data.items() if str(k).lower() not in _GEHEIM}
    return data


def _probleem(vorm: list[tuple[str, tuple]], voorvoegsel: str = "") -> Probleem:
    from balans.casus.grenzen import _naam

    velden = [{"name": voorvoegsel + (_naam(p) or "body"), "reason": b} for b, p in vorm]
    return Probleem(400, f"{velden[0]['name']}: {velden[0]['reason']}", velden)


async def begrens_invoer(request: Request) -> None:
    """Voor elke route (app-brede dependency): pad, query, JSON-body en formulier binnen de grenzen.

    Dezelfde controle als voor een casus (casus/grenzen.controleer_vorm): jaartallen van 1900 tot en
    met 2100, getallen met hoogstens 12 cijfers, begrensde diepte en lijsten. Een id in het pad met
    meer cijfers dan er ooit uitgegeven worden, bestaat niet: 404 in plaats van een overloop in SQLite.
    """
    from balans.casus.grenzen import controleer_vorm

    for naam, waarde in request.path_params.items():
        if isinstance(waarde, str) and waarde.isdigit() and heel_getal(waarde) is None:
            raise Probleem(404, "Deze pagina of dit adres bestaat niet.", [{"name": naam, "reason": "onbekend"}])
    query = {k: v for k, v in request.query_params.items()}
    vorm = controleer_vorm(_zonder_geheimen(query))
    if vorm:
        raise _probleem(vorm)
    soort = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if request.method in ("GET", "HEAD", "OPTIONS", "DELETE"):
        return
    if soort.endswith("json"):
        body = await request.body()  # BodyGrens heeft de grootte al begrensd, vóór het lezen

        def lees() -> tuple[object, list]:  # in een thread: 1 MB JSON lezen en nalopen houdt de loop niet op
            try:
                data = orjson.loads(body)
            except orjson.JSONDecodeError as e:
                return e, []  # de route meldt ongeldige JSON (json_body), met de positie
            return data, controleer_vorm(_zonder_geheimen(data))

        data, vorm = await run_in_threadpool(lees)
        request.state.json_leeg = not body.strip()
        request.state.json_body = data  # één keer gelezen; de route leest het hier (json_body), niet opnieuw
        if vorm:
            raise _probleem(vorm)
    elif soort in ("application/x-www-form-urlencoded", "multipart/form-data"):
        form = await request.form()
        velden = {k: v for k, v in form.multi_items() if isinstance(v, str)}
        vorm = controleer_vorm(_zonder_geheimen(velden))
        if vorm:
            raise _probleem(vorm)


def json_body(request: Request) -> object:
    """De JSON-body zoals begrens_invoer hem (één keer, in een thread) las: geen tweede keer lezen in de route.

    Gewoon `def`: een route die dit gebruikt kan zelf ook `def` zijn en draait dan helemaal in een thread.
    """
    soort = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if not soort.endswith("json"):
        raise Probleem(415, "Stuur de gegevens als JSON (Content-Type: application/json).")
    if not hasattr(request.state, "json_body"):  # kan niet: begrens_invoer hangt aan elke route
        raise RuntimeError("json_body zonder begrens_invoer")
    data = request.state.json_body
    if isinstance(data, orjson.JSONDecodeError):
        raise Probleem(
            400,
            f"Dit is geen geldige JSON: {data.msg} (positie {data.pos}).",
            [{"name": "body", "reason": "geen geldige JSON"}],
        )
    return data


def geldig_bsn(bsn: object, elfproef: bool = True) -> bool:
    """Negen ASCII-cijfers, niet 000000000, en de elfproef. Een BSN in Arabisch-Indische cijfers werd
    vroeger zo opgeslagen en daarna nooit meer gevonden (issue 17)."""
    if not isinstance(bsn, str) or not (len(bsn) == 9 and bsn.isascii() and bsn.isdigit()) or bsn == "000000000":
        return False
    return not elfproef or sum(int(c) * w for c, w in zip(bsn, (9, 8, 7, 6, 5, 4, 3, 2, -1))) % 11 == 0


# --- een pydantic-body in een thread --------------------------------------------------------------

BODY_MODELLEN: dict[str, type[BaseModel]] = {}  # voor de OpenAPI-componenten (app._openapi)


def _body_type(p: inspect.Parameter) -> Any:
    """Het type van een parameter die FastAPI als body zou lezen (een pydantic-model of Body()), anders None."""
    soort, extra = p.annotation, ()
    if typing.get_origin(soort) is Annotated:
        soort, *extra = typing.get_args(soort)  # type: ignore[assignment]
    if any(isinstance(x, params.Body) for x in (*extra, p.default)):
        return soort
    kern = typing.get_args(soort) if typing.get_origin(soort) in (typing.Union, types.UnionType) else (soort,)
    return soort if any(isinstance(k, type) and issubclass(k, BaseModel) for k in kern) else None


def _lege_body(request: Request) -> bool:
    if hasattr(request.state, "json_body"):
        return request.state.json_leeg
    lengte = request.headers.get("content-length")
    return "transfer-encoding" not in request.headers and lengte in (None, "0")


def _schema(soort: Any, naam: str) -> dict:
    """Het schema van de body zoals FastAPI het zou geven: een $ref naar het model, anders het schema zelf."""
    if isinstance(soort, type) and issubclass(soort, BaseModel):
        BODY_MODELLEN[soort.__name__] = soort
        return {"$ref": f"#/components/schemas/{soort.__name__}"}
    schema = TypeAdapter(soort).json_schema(ref_template="#/components/schemas/{model}")
    for model in typing.get_args(soort):
        if isinstance(model, type) and issubclass(model, BaseModel):
            BODY_MODELLEN[model.__name__] = model
    schema.pop("$defs", None)
    return {**schema, "title": naam.replace("_", " ").title()}


def valideer(adapter: TypeAdapter, data: object) -> object:
    """Pydantic op de body; een aparte functie, zodat een test haar kan vertragen."""
    return adapter.validate_python(data)


def _lezer(soort: Any, standaard: Any):
    adapter = TypeAdapter(soort)

    def lees_body(request: Request) -> object:  # gewoon def: FastAPI draait dit in een thread
        if _lege_body(request):
            if standaard is not inspect.Parameter.empty:
                return standaard
            raise RequestValidationError(
                [{"type": "missing", "loc": ("body",), "msg": "Field required", "input": None}]
            )
        data = json_body(request)  # één keer gelezen en nagelopen door begrens_invoer, in een thread
        try:
            return valideer(adapter, data)
        except ValidationError as e:
            raise RequestValidationError(
                [{**f, "loc": ("body", *f["loc"])} for f in e.errors(include_url=False)]
            ) from None

    return lees_body


class BodyInThread(APIRoute):
    """Een route die haar pydantic-body in een thread leest en valideert, niet op de event loop.

    FastAPI leest een body-parameter zelf, vóór de dependencies: json.loads en de validatie van
    pydantic draaien dan op de event loop, en een groot verzoek (POST /v1/zaken met een casus van
    2.000 loonstroken) houdt elk ander verzoek op dat proces op. Hier wordt de body-parameter een
    gewone `def`-dependency (FastAPI draait die in een thread) op de JSON die begrens_invoer al in
    een thread las en begrensde. Het schema in OpenAPI blijft hetzelfde (openapi_extra). De
    dependency komt als laatste: zonder login eerst een 401, zoals FastAPI het deed.
    """

    def __init__(self, path: str, endpoint, **kwargs):
        sig = inspect.signature(endpoint, eval_str=True)
        body = [p for p in sig.parameters.values() if _body_type(p) is not None]
        if body:
            assert len(body) == 1, f"{path}: hoogstens één body-parameter"
            p = body[0]
            soort = _body_type(p)
            standaard = p.default.default if isinstance(p.default, params.Body) else p.default
            if standaard is Ellipsis or type(standaard).__name__ == "PydanticUndefinedType":
                standaard = inspect.Parameter.empty
            nieuw = [q.replace(kind=inspect.Parameter.KEYWORD_ONLY) for q in sig.parameters.values() if q is not p]
            nieuw.append(
                inspect.Parameter(
                    p.name, inspect.Parameter.KEYWORD_ONLY, annotation=Any, default=Depends(_lezer(soort, standaard))
                )
            )
            oud = endpoint
            assert not inspect.iscoroutinefunction(oud), f"{path}: een API-route met een body is gewone def"

            @functools.wraps(oud)
            def endpoint(**kw):
                return oud(**kw)

            endpoint.__signature__ = sig.replace(parameters=nieuw)  # type: ignore[attr-defined]
            del endpoint.__wrapped__  # type: ignore[attr-defined]   # FastAPI moet de nieuwe handtekening zien
            body_schema = {"content": {"application/json": {"schema": _schema(soort, p.name)}}}
            if standaard is inspect.Parameter.empty:
                body_schema["required"] = True
            extra = dict(kwargs.get("openapi_extra") or {})
            extra.setdefault("requestBody", body_schema)
            kwargs["openapi_extra"] = extra
        super().__init__(path, endpoint, **kwargs)
