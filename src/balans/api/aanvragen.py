# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""API v1: aanvragen (issue 7). Zelfde stijl als api/v1.py: NLGov, problem+json, geen BSN in een URL.

De inwoner begint een aanvraag (de melding, Pw art. 44), vult de stappen in en verstuurt haar; versturen
lukt altijd, met de lijst van wat nog ontbreekt (Awb art. 4:5). De klantmanager neemt haar in behandeling,
maakt de zaak of wijst af. Elke wijziging stuurt de gelezen versie mee in If-Match.
"""

from __future__ import annotations

import inspect
from typing import Annotated

from fastapi import APIRouter, Body, Depends, Header, Path
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.orm import Session

from balans.api import modellen as AM
from balans.api.grenzen import BodyInThread
from balans.api.afhankelijk import Wie, db, rol, spoor
from balans.api.probleem import Probleem, fouten
from balans.api.v1 import _json, _versie
from balans.participatie import aanvraag as A
from balans.zaak import besluiten
from balans.zaak.schema import Aanvraag
from balans.zaak.verwerkingen import Spoor

router = APIRouter(prefix="/v1", tags=["aanvragen"], route_class=BodyInThread)
AanvraagId = Annotated[
    str,
    Path(
        alias="aanvraagId",
        min_length=36,
        max_length=36,
        pattern=r"^[0-9a-f-]{36}$",
        description="De id van de aanvraag (uuid); nooit een BSN.",
    ),
]
Stap = Annotated[
    str, Path(max_length=30, pattern=r"^[a-z]+$", description="melding, persoon, woonsituatie, inkomen of vermogen")
]
IfMatch = Annotated[str | None, Header(alias="If-Match")]


class ZaakMaken(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)
    motivering: Annotated[str, Field(max_length=4000)] = ""
    gegevens_geverifieerd: bool = Field(
        False,
        alias="gegevensGeverifieerd",
        description="Verkorte aanvraag: de hergebruikte gegevens zijn gecontroleerd (Pw art. 43a lid 2)",
    )
    gelijkstelling: bool = Field(
        False, description="De meldingsdatum van een eerdere IOAW-, IOAZ- of Bbz-aanvraag telt (Pw art. 43 lid 6)"
    )


class Afwijzen(BaseModel):
    model_config = ConfigDict(extra="forbid")
    motivering: Annotated[str, Field(max_length=4000)]
    grondslag: Annotated[str, Field(max_length=200)] = A.GRONDSLAG_AFWIJZEN


def _probleem(e: Exception) -> Probleem:
    if isinstance(e, A.AanvraagFout):
        return Probleem(e.status, e.bericht, [{"name": e.veld, "reason": e.bericht}])
    if isinstance(e, besluiten.MotiveringOntbreekt):
        return Probleem(400, e.bericht, [{"name": e.veld, "reason": e.bericht}])
    if isinstance(e, A.VersieConflict):
        return Probleem(
            412,
            "Deze aanvraag is intussen gewijzigd. Lees haar opnieuw en probeer het nog eens. "
            f"De aanvraag is nu versie {e.huidig}.",
            headers={"ETag": f'"{e.huidig}"'},
        )
    raise e


def _aanvraag_of_404(s: Session, wie: Wie, aanvraag_id: str) -> Aanvraag:
    try:
        return A.haal(s, wie.gebruiker, aanvraag_id)
    except A.GeenToegang:
        raise Probleem(404, "Deze aanvraag bestaat niet, of u hebt er geen toegang toe.") from None


def _antwoord(a: Aanvraag, status: int = 200, lijst=None, extra: dict | None = None) -> object:
    inhoud = {**A.als_json(a, lijst), "_links": {"self": {"href": f"/v1/aanvragen/{a.id}"}}}
    if a.zaak_id:
        inhoud["_links"]["zaak"] = {"href": f"/v1/zaken/{a.zaak_id}"}
    inhoud.update(extra or {})
    headers = {"ETag": f'"{a.versie}"'}
    if status == 201:
        headers["Location"] = f"/v1/aanvragen/{a.id}"
    return _json(inhoud, status, headers)


@router.post(
    "/aanvragen",
    response_model=AM.Aanvraag,
    status_code=201,
    summary="Een aanvraag beginnen: de melding (Pw art. 44)",
    responses={
        201: {"description": "Begonnen"},
        200: {"description": "Er liep al een aanvraag", "model": AM.Aanvraag},
        **fouten(401, 403, 409),
    },
)
def aanvraag_starten(wie: Wie = Depends(rol("inwoner")), s: Session = Depends(db), sp: Spoor = Depends(spoor)):
    try:
        a, nieuw = A.start(s, wie.gebruiker, sp)
    except A.AanvraagFout as e:
        raise _probleem(e) from None
    s.commit()
    return _antwoord(a, 201 if nieuw else 200)


@router.get(
    "/aanvragen",
    response_model=AM.Aanvragen,
    summary="Aanvragen: de eigen (inwoner) of de ingediende en eigen (klantmanager)",
    responses=fouten(401, 403),
)
def aanvragen_lijst(
    wie: Wie = Depends(rol("inwoner", "klantmanager")), s: Session = Depends(db), sp: Spoor = Depends(spoor)
):
    g = wie.gebruiker
    rijen = A.van_inwoner(s, g) if g.rol == "inwoner" else A.voor_klantmanager(s, g)
    for a in rijen:
        A._log(s, sp, g, a, "aanvraag.lijst", "lezen", "status, meldingsdatum")
    s.commit()
    return _json(
        {
            "_embedded": {
                "aanvragen": [
                    {
                        "id": a.id,
                        "status": a.status,
                        "verkort": a.verkort,
                        "klantmanagerId": a.klantmanager_id,
                        "meldingsdatum": a.meldingsdatum.isoformat() if a.meldingsdatum else None,
                        "ingediendOp": a.ingediend_op.isoformat() if a.ingediend_op else None,
                        "_links": {"self": {"href": f"/v1/aanvragen/{a.id}"}},
                    }
                    for a in rijen
                ]
            },
            "totaal": len(rijen),
        }
    )


@router.get(
    "/aanvragen/{aanvraagId}",
    response_model=AM.Aanvraag,
    summary="Eén aanvraag, met de waarschuwingen",
    responses=fouten(401, 403, 404),
)
def aanvraag_lezen(
    aanvraag_id: AanvraagId,
    wie: Wie = Depends(rol("inwoner", "klantmanager")),
    s: Session = Depends(db),
    sp: Spoor = Depends(spoor),
):
    a = _aanvraag_of_404(s, wie, aanvraag_id)
    A._log(s, sp, wie.gebruiker, a, "aanvraag.lezen", "lezen", "alle stappen")
    s.commit()
    return _antwoord(a)


@router.put(
    "/aanvragen/{aanvraagId}/stappen/{stap}",
    response_model=AM.Aanvraag,
    summary="Eén stap invullen (waarschuwingen blokkeren niet)",
    responses=fouten(400, 401, 403, 404, 409, 412, 428),
)
def stap_opslaan(
    aanvraag_id: AanvraagId,
    stap: Stap,
    invoer: Annotated[dict, Body()],
    if_match: IfMatch = None,
    wie: Wie = Depends(rol("inwoner", "klantmanager")),
    s: Session = Depends(db),
    sp: Spoor = Depends(spoor),
):
    a = _aanvraag_of_404(s, wie, aanvraag_id)
    versie = _versie(if_match)
    try:
        lijst = A.sla_stap_op(s, a, wie.gebruiker, stap, invoer, versie=versie, spoor=sp)
    except (A.AanvraagFout, A.VersieConflict) as e:
        s.rollback()
        raise _probleem(e) from None
    s.commit()
    return _antwoord(a, lijst=lijst)


@router.post(
    "/aanvragen/{aanvraagId}/_indienen",
    response_model=AM.Aanvraag,
    summary="Versturen; lukt altijd, met wat nog ontbreekt",
    responses=fouten(401, 403, 404, 409, 412, 428),
)
def aanvraag_indienen(
    aanvraag_id: AanvraagId,
    if_match: IfMatch = None,
    wie: Wie = Depends(rol("inwoner")),
    s: Session = Depends(db),
    sp: Spoor = Depends(spoor),
):
    a = _aanvraag_of_404(s, wie, aanvraag_id)
    versie = _versie(if_match)
    try:
        lijst = A.indienen(s, a, wie.gebruiker, versie=versie, spoor=sp)
    except (A.AanvraagFout, A.VersieConflict) as e:
        s.rollback()
        raise _probleem(e) from None
    s.commit()
    return _antwoord(
        a,
        lijst=lijst,
        extra={
            "hersteltermijn": (
                "Ontbreekt er iets? Dan vraagt de gemeente u dat binnen een termijn aan te vullen (Awb art. 4:5)."
                if lijst
                else None
            )
        },
    )


@router.post(
    "/aanvragen/{aanvraagId}/_behandelen",
    response_model=AM.Aanvraag,
    summary="In behandeling nemen (aan uzelf toewijzen)",
    responses=fouten(401, 403, 404, 409, 412, 428),
)
def aanvraag_in_behandeling(
    aanvraag_id: AanvraagId,
    if_match: IfMatch = None,
    wie: Wie = Depends(rol("klantmanager")),
    s: Session = Depends(db),
    sp: Spoor = Depends(spoor),
):
    a = _aanvraag_of_404(s, wie, aanvraag_id)
    versie = _versie(if_match)
    try:
        lijst = A.in_behandeling_nemen(s, a, wie.gebruiker, versie=versie, spoor=sp)
    except (A.AanvraagFout, A.VersieConflict) as e:
        s.rollback()
        raise _probleem(e) from None
    s.commit()
    return _antwoord(a, extra={"waarschuwingen": [w.als_dict() for w in lijst + A.waarschuwingen(a)]})


@router.post(
    "/aanvragen/{aanvraagId}/_toekennen",
    response_model=AM.Toegekend,
    status_code=201,
    summary="Recht vastgesteld: de zaak maken, met ingang van de meldingsdatum (Pw art. 44 lid 1)",
    responses={201: {"description": "Zaak gemaakt"}, **fouten(400, 401, 403, 404, 409, 412, 428)},
)
def aanvraag_zaak_maken(
    aanvraag_id: AanvraagId,
    if_match: IfMatch = None,
    body: ZaakMaken | None = None,
    wie: Wie = Depends(rol("klantmanager")),
    s: Session = Depends(db),
    sp: Spoor = Depends(spoor),
):
    a = _aanvraag_of_404(s, wie, aanvraag_id)
    versie = _versie(if_match)
    body = body or ZaakMaken()
    try:
        zaak = A.zaak_maken(
            s,
            a,
            wie.gebruiker,
            versie=versie,
            spoor=sp,
            motivering=body.motivering,
            gegevens_geverifieerd=body.gegevens_geverifieerd,
            gelijkstelling=body.gelijkstelling,
        )
    except (A.AanvraagFout, A.VersieConflict, besluiten.MotiveringOntbreekt) as e:
        s.rollback()
        raise _probleem(e) from None
    s.commit()
    return _json(
        {
            "id": zaak.id,
            "aanvraagId": a.id,
            "ingangsdatum": zaak.ingangsdatum.isoformat(),
            "_links": {"self": {"href": f"/v1/zaken/{zaak.id}"}, "aanvraag": {"href": f"/v1/aanvragen/{a.id}"}},
        },
        201,
        {"Location": f"/v1/zaken/{zaak.id}", "ETag": f'"{zaak.versie}"'},
    )


def _verouderd(functie, nieuw: str):
    """Het oude pad (met een streepje, tegen ADR /core/naming-resources) werkt nog, buiten het OpenAPI-document,
    met Deprecation en een Link naar de opvolger (RFC 9745, RFC 8288). Weg in API-versie 2 (docs/api-changelog.md)."""

    def alias(**kwargs):
        r = functie(**kwargs)
        r.headers["Deprecation"] = "@1796256000"  # 2026-12-03, API 1.1.0
        r.headers["Link"] = f'</v1/aanvragen/{kwargs["aanvraag_id"]}/{nieuw}>; rel="successor-version"'
        return r

    alias.__signature__ = inspect.signature(functie)
    return alias


router.add_api_route(
    "/aanvragen/{aanvraagId}/_in-behandeling",
    _verouderd(aanvraag_in_behandeling, "_behandelen"),
    methods=["POST"],
    include_in_schema=False,
)
router.add_api_route(
    "/aanvragen/{aanvraagId}/_zaak-maken",
    _verouderd(aanvraag_zaak_maken, "_toekennen"),
    methods=["POST"],
    status_code=201,
    include_in_schema=False,
)


@router.post(
    "/aanvragen/{aanvraagId}/_afwijzen",
    response_model=AM.Aanvraag,
    summary="Afwijzen, met motivering",
    responses=fouten(400, 401, 403, 404, 409, 412, 428),
)
def aanvraag_afwijzen(
    aanvraag_id: AanvraagId,
    body: Afwijzen,
    if_match: IfMatch = None,
    wie: Wie = Depends(rol("klantmanager")),
    s: Session = Depends(db),
    sp: Spoor = Depends(spoor),
):
    a = _aanvraag_of_404(s, wie, aanvraag_id)
    versie = _versie(if_match)
    try:
        A.afwijzen(s, a, wie.gebruiker, versie=versie, spoor=sp, motivering=body.motivering, grondslag=body.grondslag)
    except (A.AanvraagFout, A.VersieConflict, besluiten.MotiveringOntbreekt) as e:
        s.rollback()
        raise _probleem(e) from None
    s.commit()
    return _antwoord(a)
