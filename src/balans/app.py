# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""De server: API onder /v1 en de webpagina's, op één regelbasis en één opslag.

`balans serve` start dit met uvicorn; create_app(settings) maakt de app (ook in de tests).
Boven api en web (.importlinter): hier komen ze samen, zodat api niets van web hoeft te weten.
"""

from __future__ import annotations

import logging

from fastapi import Depends, FastAPI, Request
from fastapi._compat.v2 import ModelField, get_definitions
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.models import Schema as OASchema
from fastapi.openapi.utils import get_openapi
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles
from pydantic.fields import FieldInfo
from starlette.exceptions import HTTPException as StarletteHTTPException

from balans.api import v1
from balans.api.contract import ApiRegels, volgens_adr
from balans.api.grenzen import BODY_MODELLEN, BodyGrens, begrens_invoer
from balans.api.middleware import Kopregels, Tijdsbudget
from balans.api.probleem import PROBLEEM_SCHEMA, TITELS, Probleem, uit_validatie
from balans.casus.model import Casus
from balans.settings import PAKKET, Settings
from balans.tijdsbudget import TijdOp
from balans.zaak.db import maak_engine, migreer, sessiemaker
from balans.zaak.tijdlijn import NietTeRekenen

log = logging.getLogger("balans")
BESCHRIJVING = """Bijstand (Participatiewet) berekenen, exact en uitgelegd: per maand de norm, de vrijlating,
het inkomen dat meetelt en de bijstand, elk bedrag met het artikel. Bedragen zijn tekst met twee
decimalen ("1401.50"). Fouten komen als application/problem+json met het veld dat niet klopt.
Een BSN staat nooit in een URL."""


def _openapi(app: FastAPI, settings: Settings) -> dict:
    if app.openapi_schema:
        return app.openapi_schema
    schema = get_openapi(
        title="balans API",
        version=settings.api_versie,
        description=BESCHRIJVING,
        routes=app.routes,  # de webroutes staan op include_in_schema=False
        # de gemeente die deze server draait is het aanspreekpunt (BALANS_GEMEENTE, _WEBSITE)
        contact={
            "name": f"Gemeente {settings.gemeente}",
            "url": settings.gemeente_website,
            "email": settings.gemeente_email,
        },
        license_info={"name": "EUPL-1.2", "url": "https://eupl.eu/1.2/nl/"},
        servers=[{"url": "/v1", "description": "deze server"}],
    )  # paden: contract.volgens_adr
    comp = schema.setdefault("components", {}).setdefault("schemas", {})
    # de modellen van de bodies die BodyInThread in een thread leest (FastAPI ziet ze niet meer als body)
    # (met de schemagenerator van FastAPI zelf, zodat het schema gelijk blijft aan vroeger)
    velden = [
        ModelField(field_info=FieldInfo(annotation=m), name=m.__name__, mode="validation")
        for m in BODY_MODELLEN.values()
    ]
    _, body_defs = get_definitions(fields=velden, model_name_map={})
    for naam, model_schema in body_defs.items():  # zoals get_openapi elk schema normaliseert
        comp.setdefault(naam, jsonable_encoder(OASchema(**model_schema), by_alias=True, exclude_none=True))
    casus = Casus.model_json_schema(ref_template="#/components/schemas/{model}")
    comp.update(casus.pop("$defs", {}))
    comp["Casus"] = casus
    comp["Probleem"] = PROBLEEM_SCHEMA
    wat_als = v1.WatAlsVraag.model_json_schema(ref_template="#/components/schemas/{model}")
    comp.update(wat_als.pop("$defs", {}))
    wat_als["properties"]["casus"] = {"$ref": "#/components/schemas/Casus"}
    comp["WatAlsVraag"] = wat_als
    # FastAPI zet 422 bij elk endpoint; wij geven 400 (NLGov: invalid-input).
    for pad in schema.get("paths", {}).values():
        for operatie in pad.values():
            antwoorden = operatie.get("responses", {})
            if antwoorden.pop("422", None) is not None and "400" not in antwoorden:
                antwoorden["400"] = {
                    "description": TITELS[400],
                    "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Probleem"}}},
                }
    if "NieuweZaak" in comp:
        comp["NieuweZaak"]["properties"]["casus"] = {"$ref": "#/components/schemas/Casus"}
    comp.pop("HTTPValidationError", None)
    comp.pop("ValidationError", None)
    app.openapi_schema = volgens_adr(schema)
    return schema


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/v1")


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings.uit_omgeving()
    engine = maak_engine(settings.database_url)
    migreer(engine)
    sessies = sessiemaker(engine)
    if settings.demo:
        from balans.zaak.demo import vul_demo

        with sessies() as s:
            vul_demo(s, settings.demo_zaken)

    app = FastAPI(
        title="balans",
        version=settings.api_versie,
        openapi_url="/v1/openapi.json",
        docs_url=None,
        redoc_url=None,
        dependencies=[Depends(begrens_invoer)],
    )
    app.state.settings = settings
    app.state.engine = engine
    app.state.sessies = sessies
    app.openapi = lambda: _openapi(app, settings)
    app.include_router(v1.router)
    from balans.api import aanvragen, caseload, maatregelen, participatie

    for r in (participatie.router, maatregelen.router, aanvragen.router, caseload.router):
        app.include_router(r)
    from balans.web import routes as web

    app.include_router(web.router)
    from balans.web import oidc

    app.include_router(oidc.router)
    from balans.web import beleid as web_beleid

    app.include_router(web_beleid.router)
    from balans.web import aanvraag as web_aanvraag
    from balans.web import beheer as web_beheer
    from balans.web import historie as web_historie
    from balans.web import brieven as web_brieven
    from balans.web import caseload as web_caseload
    from balans.web import maatregelen as web_maatregelen
    from balans.web import mijn as web_mijn
    from balans.web import kenmerken_formulier as web_kenmerken
    from balans.web import participatie as web_participatie
    from balans.web import rekenhulp as web_rekenhulp

    for r in (
        web_kenmerken.router,
        web_participatie.router,
        web_maatregelen.router,
        web_aanvraag.router,
        web_caseload.router,
        web_brieven.router,
        web_mijn.router,
        web_beheer.router,
        web_historie.router,
        web_rekenhulp.router,
    ):
        app.include_router(r)
    statisch = PAKKET / "web" / "statisch"
    app.mount("/static/balans", StaticFiles(directory=statisch), name="statisch")
    utrecht = settings.nl_design_system
    if utrecht is not None:  # NL Design System; zonder valt de pagina terug op de eigen css
        app.mount("/static/utrecht", StaticFiles(directory=utrecht), name="utrecht")
    if settings.thema_css is not None and settings.thema_css.is_file():  # de design tokens van de gemeente
        thema = settings.thema_css

        @app.get("/static/thema/tokens.css", include_in_schema=False)
        def _thema_css():
            return FileResponse(thema, media_type="text/css")

    if utrecht is None:
        log.warning("NL Design System-css niet gevonden (bouw het pakket of draai npm ci); pagina's zonder die stijl")

    @app.exception_handler(Probleem)
    async def _probleem(request: Request, e: Probleem):
        if _is_api(request):
            return e.antwoord(request.url.path)
        return web.foutpagina(request, e.status, e.detail, e.headers)

    @app.exception_handler(NietTeRekenen)
    async def _niet_te_rekenen(request: Request, e: NietTeRekenen):
        # De feiten van de zaak zijn er, maar de regels (bv. een gemeente-overlay) kloppen nu niet: 409, geen 500.
        log.warning("zaak niet te rekenen bij %s %s", request.method, request.url.path)  # pad: nooit een BSN
        return await _probleem(request, Probleem(409, str(e)))

    @app.exception_handler(TijdOp)
    async def _tijd_op(request: Request, e: TijdOp):
        # Het werk is zelf gestopt (geen half geschreven gegevens: de sessie sluit zonder commit). Dit is geen
        # fout in de invoer (die is al begrensd), maar te weinig rekentijd: 503, probeer het later.
        log.warning("tijdsbudget (%g s) op bij %s %s", e.seconden, request.method, request.url.path)  # nooit een BSN
        detail = (
            f"Dit verzoek kost meer rekentijd dan de server per verzoek geeft ({e.seconden:g} seconden). "
            "Probeer het later nog eens. Helpt dat niet, maak dan de periode korter of stuur minder regels."
        )
        return await _probleem(request, Probleem(503, detail, headers={"Retry-After": "5"}))

    @app.exception_handler(RequestValidationError)
    async def _validatie(request: Request, e: RequestValidationError):
        return await _probleem(request, uit_validatie(e.errors()))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, e: StarletteHTTPException):
        detail = {404: "Deze pagina of dit adres bestaat niet.", 405: "Deze methode kan niet op dit adres."}.get(
            e.status_code, str(e.detail)
        )
        return await _probleem(request, Probleem(e.status_code, detail, headers=dict(e.headers or {})))

    @app.exception_handler(Exception)
    async def _onverwacht(request: Request, e: Exception):
        # De foutpagina leest niets meer uit de database: na een rollback zijn de gegevens van de
        # ingelogde gebruiker verlopen, en dan faalde de foutpagina zelf (issue 17).
        request.state.wie = None
        if isinstance(e, OverflowError) or isinstance(getattr(e, "orig", None), OverflowError):
            # vangnet: een getal dat te groot is voor de database is invoer, geen fout van ons
            return await _probleem(request, Probleem(400, "Een getal in uw verzoek is te groot."))
        log.exception("onverwachte fout bij %s %s", request.method, request.url.path)  # pad: nooit een BSN
        return await _probleem(request, Probleem(500, "Er ging iets mis bij ons. Probeer het later nog eens."))

    app.add_middleware(ApiRegels)  # 404 op een slash aan het eind, 406, CORS op het OpenAPI-document
    app.add_middleware(Tijdsbudget, seconden=settings.tijdsbudget_seconden)  # eindtijd per verzoek, binnen BodyGrens
    app.add_middleware(BodyGrens)  # binnen Kopregels: ook een 413 krijgt de beveiligingskopregels
    app.add_middleware(Kopregels, api_versie=settings.api_versie, secure=settings.secure_cookies)
    return app
