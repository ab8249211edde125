# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Webpagina's: brieven (issue 7). Server-rendered, werkt zonder JavaScript, NL Design System.

GET /zaken/{zaak_id}/brieven/{soort}/{onderwerp_id}      de brief als HTML
GET /zaken/{zaak_id}/brieven/{soort}/{onderwerp_id}.pdf  dezelfde brief als PDF

Voor de klantmanager van de zaak en de inwoner van de zaak; anderen krijgen 404 (de zaak) of 403 (de rol).
Een brief die niet bij de zaak of bij de stand van het onderwerp past, geeft ook 404.
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request, Response
from fastapi.responses import HTMLResponse
from sqlalchemy.orm import Session

from balans.api.afhankelijk import Wie, db, rol, spoor, zaak_of_404
from balans.api.probleem import Probleem
from balans.brieven.beschikking import afzender_uit
from balans.zaak import verwerkingen as V
from balans.zaak.schema import Zaak
from balans.zaak.verwerkingen import Spoor

router = APIRouter(include_in_schema=False)

ACTIVITEIT = {
    "ontheffing": "participatie",
    "plan": "participatie",
    "waarschuwing": "maatregel",
    "maatregel": "maatregel",
    "herziening": "maatregel",
    "beeindiging": "bijstand-vaststellen",
}
GEGEVENS = {
    "ontheffing": "naam, ontheffing, motivering",
    "plan": "naam, plan van aanpak, activiteiten",
    "waarschuwing": "naam, gedraging, zienswijze, waarschuwing",
    "maatregel": "naam, gedraging, zienswijze, verlaging, bijstand",
    "herziening": "naam, gedraging, verlaging, bijstand",
    "beeindiging": "naam, einde van de bijstand, reden, bijstand",
}
NIET_GEVONDEN = "Deze brief bestaat niet, of u hebt er geen toegang toe."


def _brief(
    request: Request, s: Session, wie: Wie, sp: Spoor, zaak_id: str, soort: str, onderwerp_id: str, formaat: str
):
    from balans.brieven import participatie as P

    z: Zaak = zaak_of_404(s, wie, zaak_id)
    if soort not in P.SOORTEN or not (onderwerp_id.isascii() and onderwerp_id.isdigit()) or len(onderwerp_id) > 12:
        raise Probleem(404, NIET_GEVONDEN)
    settings = request.app.state.settings
    afzender = afzender_uit(settings)
    try:
        b = P.brief(s, z, soort, int(onderwerp_id), afzender=afzender, catalogus_extra=settings.catalogus)
    except P.GeenBrief:
        raise Probleem(404, NIET_GEVONDEN) from None
    # De inwoner ziet zijn eigen brief (AVG art. 15); de klantmanager werkt aan de zaak.
    activiteit = "inzage-inwoner" if wie.gebruiker.rol == "inwoner" else ACTIVITEIT[soort]
    V.log(
        s,
        spoor=sp,
        gebruiker=wie.gebruiker,
        naam=f"brief.{soort}.{formaat}",
        handeling="lezen",
        zaak_id=z.id,
        activiteit=activiteit,
        gegevens=GEGEVENS[soort],
    )
    s.commit()
    return P, b


# Eerst de PDF: anders past '{onderwerp_id}' ook op '7.pdf'.
@router.get("/zaken/{zaak_id}/brieven/{soort}/{onderwerp_id}.pdf")
def brief_pdf(
    request: Request,
    zaak_id: str,
    soort: str,
    onderwerp_id: str,
    wie: Wie = Depends(rol("klantmanager", "inwoner")),
    s: Session = Depends(db),
    sp: Spoor = Depends(spoor),
):
    P, b = _brief(request, s, wie, sp, zaak_id, soort, onderwerp_id, "pdf")
    return Response(
        P.als_pdf(b),
        media_type="application/pdf",
        headers={"Content-Disposition": f'inline; filename="{soort}-{b.kenmerk}.pdf"'},
    )


@router.get("/zaken/{zaak_id}/brieven/{soort}/{onderwerp_id}", response_class=HTMLResponse)
def brief_html(
    request: Request,
    zaak_id: str,
    soort: str,
    onderwerp_id: str,
    wie: Wie = Depends(rol("klantmanager", "inwoner")),
    s: Session = Depends(db),
    sp: Spoor = Depends(spoor),
):
    P, b = _brief(request, s, wie, sp, zaak_id, soort, onderwerp_id, "html")
    # De brief draagt zijn eigen opmaak (ook voor de PDF); alleen die ene stijl mag, via zijn hash.
    from balans.api.middleware import CSP

    csp = CSP.replace("style-src 'self'", f"style-src 'self' {P.STIJL_CSP}")
    return HTMLResponse(P.als_html(b), headers={"Content-Security-Policy": csp})
