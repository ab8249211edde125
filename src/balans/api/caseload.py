# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""API v1: caseload en monitoring (issue 7). Zelfde stijl als api/v1.py: NLGov, problem+json, geen BSN in een URL.

- GET /v1/caseload: de klantmanager ziet zijn eigen lopende zaken tegen de norm en wat aandacht vraagt.
- GET /v1/monitoring: de beleidsmedewerker ziet alleen totalen (cellen < 5 verborgen); ?formaat=csv of
  /v1/monitoring.csv geeft dezelfde cijfers als CSV (puntkomma's, UTF-8).
"""

from __future__ import annotations

from typing import Annotated, Literal

import orjson
from fastapi import APIRouter, Depends, Query, Request, Response
from sqlalchemy.orm import Session

from balans.api import modellen as AM
from balans.api.grenzen import BodyInThread
from balans.api.afhankelijk import Wie, db, rol, spoor
from balans.api.probleem import fouten
from balans.participatie import caseload as C
from balans.participatie import monitoring as M
from balans.zaak import verwerkingen as V
from balans.zaak.verwerkingen import Spoor

router = APIRouter(prefix="/v1", route_class=BodyInThread)


def _json(inhoud) -> Response:
    return Response(orjson.dumps(inhoud), media_type="application/json")


def bereken_caseload(request: Request, s: Session, wie: Wie, sp: Spoor) -> C.Caseload:
    """Ook voor de webpagina: rekent, en legt per zaak vast dat de klantmanager haar zag."""
    st = request.app.state.settings
    cl = C.caseload(s, wie.gebruiker, norm_min=st.caseload_min, norm_max=st.caseload_max, catalogus_extra=st.catalogus)
    for zaak_id, _ in cl.zaken:
        V.log(
            s,
            spoor=sp,
            gebruiker=wie.gebruiker,
            naam="caseload.lezen",
            handeling="lezen",
            zaak_id=zaak_id,
            activiteit="caseload",
            gegevens="naam, ontheffingen, plan, activiteiten, maatregelen, inkomen",
        )
    s.commit()
    return cl


@router.get(
    "/caseload",
    response_model=AM.Caseload,
    tags=["caseload"],
    summary="Uw lopende zaken tegen de norm, en wat aandacht vraagt",
    responses={200: {"description": "Aantal zaken, de norm en de signalen met datum en reden"}, **fouten(401, 403)},
)
def caseload(
    request: Request, wie: Wie = Depends(rol("klantmanager")), s: Session = Depends(db), sp: Spoor = Depends(spoor)
):
    return _json(C.als_json(bereken_caseload(request, s, wie, sp)))


def bereken_monitoring(request: Request, s: Session, wie: Wie, sp: Spoor) -> dict:
    st = request.app.state.settings
    uit = M.monitoring(s, gemeente=st.gemeente)
    # Ook totalen maken is een verwerking van zaakgegevens; er is geen betrokkene (zaak_id leeg).
    V.log(
        s,
        spoor=sp,
        gebruiker=wie.gebruiker,
        naam="monitoring.lezen",
        handeling="lezen",
        zaak_id=None,
        activiteit="monitoring",
        gegevens="totalen over alle zaken, geen personen",
    )
    s.commit()
    return uit


def _csv(m: dict) -> Response:
    return Response(
        M.als_csv(m).encode("utf-8"),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="monitoring.csv"'},
    )


Formaat = Annotated[Literal["json", "csv"], Query(description="json (standaard) of csv (puntkomma's, UTF-8)")]


@router.get(
    "/monitoring",
    response_model=AM.Monitoring,
    tags=["monitoring"],
    summary="Totalen voor de gemeente: bestand, in- en uitstroom, duur, "
    "deeltijdwerk, instrumenten, ontheffingen en maatregelen; nooit een persoon",
    responses={
        200: {
            "description": "Tabellen; aantallen van 1 tot en met 4 zijn null (verborgen)",
            "content": {"text/csv": {}},
        },
        **fouten(400, 401, 403),
    },
)
def monitoring(
    request: Request,
    formaat: Formaat = "json",
    wie: Wie = Depends(rol("beleidsmedewerker")),
    s: Session = Depends(db),
    sp: Spoor = Depends(spoor),
):
    m = bereken_monitoring(request, s, wie, sp)
    return _csv(m) if formaat == "csv" else _json(m)


@router.get("/monitoring.csv", include_in_schema=False)  # zelfde als ?formaat=csv; niet in OpenAPI (kebab-case)
def monitoring_csv(
    request: Request, wie: Wie = Depends(rol("beleidsmedewerker")), s: Session = Depends(db), sp: Spoor = Depends(spoor)
):
    return _csv(bereken_monitoring(request, s, wie, sp))
