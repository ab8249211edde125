# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Webpagina's: caseload (klantmanager) en monitoring (beleidsmedewerker). Server-rendered, zonder JavaScript."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse
from sqlalchemy.orm import Session

from balans.api.afhankelijk import Wie, db, rol, spoor
from balans.api.caseload import bereken_caseload, bereken_monitoring
from balans.participatie.monitoring import staafgrafiek
from balans.web.routes import pagina
from balans.zaak.verwerkingen import Spoor

router = APIRouter(include_in_schema=False)
SOORTEN = {
    "ontheffing": "Ontheffing",
    "plan": "Plan van aanpak",
    "activiteit": "Activiteit",
    "participatieplaats": "Participatieplaats",
    "maatregel": "Maatregel",
    "vrijlating": "Bijverdienvrijlating",
    "bufferbudget": "Bufferbudget",
    "vordering": "Vordering",
}


@router.get("/caseload", response_class=HTMLResponse)
def caseload(
    request: Request, wie: Wie = Depends(rol("klantmanager")), s: Session = Depends(db), sp: Spoor = Depends(spoor)
):
    return pagina(request, "caseload.html", cl=bereken_caseload(request, s, wie, sp), soorten=SOORTEN)


@router.get("/monitoring", response_class=HTMLResponse)
def monitoring(
    request: Request, wie: Wie = Depends(rol("beleidsmedewerker")), s: Session = Depends(db), sp: Spoor = Depends(spoor)
):
    m = bereken_monitoring(request, s, wie, sp)
    tabellen = {t["code"]: t for t in m["tabellen"]}
    grafieken = [staafgrafiek(tabellen[c]) for c in ("bestand", "instroom", "uitstroom")]
    return pagina(request, "monitoring.html", m=m, grafieken=grafieken)
