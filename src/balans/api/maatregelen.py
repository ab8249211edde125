# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""API v1: maatregelen (issue 7). Zelfde stijl als api/v1.py: NLGov, problem+json, geen BSN in een URL.

Een maatregel gaat in stappen (participatie/maatregel.py): signaal, horen, beoordelen, herzien. Elke stap
stuurt de gelezen versie van de maatregel mee in If-Match; is die intussen gewijzigd, dan 412.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Header, Path, Request
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.orm import Session

from balans.api import modellen as AM
from balans.api.grenzen import BodyInThread
from balans.api.afhankelijk import Wie, db, rol, spoor, zaak_of_404
from balans.api.probleem import Probleem, fouten
from balans.api.v1 import ZaakId, _json, _versie
from balans.casus.model import Maand
from balans.participatie import maatregel as M
from balans.wet.verordening import VerordeningFout, laad_verordening, verordeningen
from balans.zaak import besluiten
from balans.zaak import verwerkingen as V
from balans.zaak.schema import MaatregelZaak, Zaak
from balans.zaak.verwerkingen import Spoor

router = APIRouter(prefix="/v1", route_class=BodyInThread)
MaatregelId = Annotated[int, Path(alias="maatregelId", ge=1, le=2**31 - 1, description="De id van de maatregel")]


def _activiteit(wie: Wie) -> str:
    return "inzage-inwoner" if wie.gebruiker.rol == "inwoner" else "maatregel"


def _fout(e: M.MaatregelFout) -> Probleem:
    return Probleem(400, e.bericht, [{"name": e.veld, "reason": e.bericht}])


def _conflict(e: M.VersieConflict) -> Probleem:
    return Probleem(
        412,
        "Iemand anders heeft deze maatregel intussen gewijzigd. Lees hem opnieuw en doe uw stap "
        f"dan nog eens. De maatregel is nu versie {e.huidig}.",
        headers={"ETag": f'"{e.huidig}"'},
    )


def _maatregel_of_404(s: Session, z: Zaak, maatregel_id: int) -> MaatregelZaak:
    m = M.haal(s, z.id, maatregel_id)
    if m is None:
        raise Probleem(404, "Deze maatregel bestaat niet bij deze zaak.")
    return m


def _standaard_verordening(request: Request) -> str:
    return request.app.state.settings.verordening


# --- openbaar -----------------------------------------------------------------------------------


@router.get(
    "/verordeningen",
    response_model=AM.Verordeningen,
    tags=["openbaar"],
    summary="De maatregelen per verordening: categorieën, percentages, duur en bronnen",
)
def verordeningen_lijst(request: Request):
    alle = verordeningen()
    return _json(
        {
            "standaard": _standaard_verordening(request),
            "_embedded": {"verordeningen": [v.als_json() for v in alle.values()]},
        }
    )


@router.get(
    "/verordeningen/{code}",
    response_model=AM.Verordening,
    tags=["openbaar"],
    summary="Eén verordening",
    responses=fouten(404),
)
def verordening_lezen(code: Annotated[str, Path(max_length=40, pattern=r"^[a-z0-9_-]+$")]):
    try:
        return _json(laad_verordening(code).als_json())
    except VerordeningFout:
        raise Probleem(404, "Deze verordening ken ik niet.") from None


# --- maatregelen van een zaak -------------------------------------------------------------------


@router.get(
    "/zaken/{zaakId}/maatregelen",
    response_model=AM.Maatregelen,
    tags=["maatregelen"],
    summary="De maatregelen van een zaak",
    responses=fouten(401, 403, 404),
)
def maatregelen_lijst(
    zaak_id: ZaakId,
    wie: Wie = Depends(rol("klantmanager", "inwoner")),
    s: Session = Depends(db),
    sp: Spoor = Depends(spoor),
):
    z = zaak_of_404(s, wie, zaak_id)
    rijen = M.van_zaak(s, z.id)
    V.log(
        s,
        spoor=sp,
        gebruiker=wie.gebruiker,
        naam="maatregelen.lezen",
        handeling="lezen",
        zaak_id=z.id,
        activiteit=_activiteit(wie),
        gegevens="maatregelen",
    )
    s.commit()
    return _json(
        {
            "_embedded": {"maatregelen": [M.als_json(m) for m in rijen]},
            "verlagingen": {f"{k:%Y-%m}": v for k, v in sorted(M.verlagingen(s, z.id).items())},
        }
    )


class NieuweMaatregel(BaseModel):
    model_config = ConfigDict(extra="forbid")
    categorie: str = Field(min_length=1, max_length=40, description="Code van de categorie in de verordening")
    gedraging: str = Field(max_length=4000, description="Wat er is gebeurd (minstens 20 tekens)")
    signaal_datum: dt.date = Field(description="Wanneer het gebeurde")
    persoon: Literal["aanvrager", "partner"] = "aanvrager"
    verordening: str | None = Field(None, max_length=40, description="Standaard die van de gemeente")


@router.post(
    "/zaken/{zaakId}/maatregelen",
    response_model=AM.ZaakMaatregel,
    tags=["maatregelen"],
    status_code=201,
    summary="Een signaal vastleggen: het begin van een maatregelprocedure",
    responses={201: {"description": "Vastgelegd"}, **fouten(400, 401, 403, 404)},
)
def maatregel_melden(
    request: Request,
    zaak_id: ZaakId,
    nieuw: NieuweMaatregel,
    wie: Wie = Depends(rol("klantmanager")),
    s: Session = Depends(db),
    sp: Spoor = Depends(spoor),
):
    z = zaak_of_404(s, wie, zaak_id)
    try:
        m = M.meld(
            s,
            z,
            auteur=wie.gebruiker,
            verordening=nieuw.verordening or _standaard_verordening(request),
            categorie=nieuw.categorie,
            gedraging=nieuw.gedraging,
            signaal_datum=nieuw.signaal_datum,
            persoon=nieuw.persoon,
        )
    except M.MaatregelFout as e:
        s.rollback()
        raise _fout(e) from None
    V.log(
        s,
        spoor=sp,
        gebruiker=wie.gebruiker,
        naam="maatregel.melden",
        handeling="aanmaken",
        zaak_id=z.id,
        activiteit="maatregel",
        gegevens="gedraging, categorie, datum",
    )
    s.commit()
    return _json(M.als_json(m), 201, {"Location": f"/v1/zaken/{z.id}/maatregelen/{m.id}", "ETag": f'"{m.versie}"'})


@router.get(
    "/zaken/{zaakId}/maatregelen/{maatregelId}",
    response_model=AM.ZaakMaatregel,
    tags=["maatregelen"],
    summary="Eén maatregel met al haar stappen",
    responses=fouten(401, 403, 404),
)
def maatregel_lezen(
    zaak_id: ZaakId,
    maatregel_id: MaatregelId,
    wie: Wie = Depends(rol("klantmanager", "inwoner")),
    s: Session = Depends(db),
    sp: Spoor = Depends(spoor),
):
    z = zaak_of_404(s, wie, zaak_id)
    m = _maatregel_of_404(s, z, maatregel_id)
    d = M.als_json(m, besluiten.van(s, "maatregel", m.id))
    if m.status in M.OPEN:
        vs = M.voorstel(s, m)
        d["voorstel"] = {
            "uitkomst": vs.uitkomst,
            "percentageBp": vs.percentage_bp,
            "maanden": vs.maanden,
            "herhaling": vs.herhaling,
            "grondslag": vs.grondslag,
            "uitleg": vs.uitleg,
        }
    V.log(
        s,
        spoor=sp,
        gebruiker=wie.gebruiker,
        naam="maatregel.lezen",
        handeling="lezen",
        zaak_id=z.id,
        activiteit=_activiteit(wie),
        gegevens="maatregel, zienswijze, besluiten",
    )
    s.commit()
    return _json(d, headers={"ETag": f'"{m.versie}"'})


class Stap(BaseModel):
    model_config = ConfigDict(extra="forbid")
    soort: Literal["horen", "beoordelen", "herzien"]
    # horen (Awb 4:8) of niet horen (Awb 4:11)
    wijze: Literal["gesprek", "schriftelijk", "niet_nodig"] | None = None
    datum: dt.date | None = None
    zienswijze: str | None = Field(None, max_length=8000)
    reden_niet_horen: Literal["a", "b", "c"] | None = None
    toelichting: str | None = Field(None, max_length=4000)
    # beoordelen (art. 18 lid 9, 10, verordening)
    verwijtbaar: bool | None = None
    dringende_redenen: bool | None = None
    percentage: Annotated[Decimal, Field(ge=0, le=100, decimal_places=2)] | None = Field(
        None, description="Lager dan de verordening (individuele afstemming); leeg: de verordening"
    )
    ingang: Maand | None = Field(None, description="Eerste maand van de verlaging; standaard volgende maand")
    # herzien
    vanaf: Maand | None = Field(None, description="Vanaf deze maand geen verlaging meer")
    motivering: str | None = Field(None, max_length=8000)


@router.post(
    "/zaken/{zaakId}/maatregelen/{maatregelId}/stappen",
    response_model=AM.ZaakMaatregel,
    tags=["maatregelen"],
    status_code=201,
    summary="De volgende stap: horen, beoordelen of herzien (met If-Match)",
    responses={201: {"description": "Vastgelegd"}, **fouten(400, 401, 403, 404, 412, 428)},
)
def maatregel_stap(
    zaak_id: ZaakId,
    maatregel_id: MaatregelId,
    stap: Stap,
    wie: Wie = Depends(rol("klantmanager")),
    if_match: Annotated[str | None, Header(alias="If-Match")] = None,
    s: Session = Depends(db),
    sp: Spoor = Depends(spoor),
):
    z = zaak_of_404(s, wie, zaak_id)
    m = _maatregel_of_404(s, z, maatregel_id)
    versie = _versie(if_match)
    try:
        if stap.soort == "horen":
            b = M.hoor(
                s,
                m,
                auteur=wie.gebruiker,
                versie=versie,
                wijze=stap.wijze or "",
                datum=stap.datum,
                zienswijze=stap.zienswijze or "",
                reden_niet_horen=stap.reden_niet_horen,
                toelichting=stap.toelichting or "",
            )
        elif stap.soort == "beoordelen":
            bp = None if stap.percentage is None else int(stap.percentage * 100)
            b = M.beoordeel(
                s,
                m,
                auteur=wie.gebruiker,
                versie=versie,
                verwijtbaar=stap.verwijtbaar,
                dringende_redenen=stap.dringende_redenen,
                motivering=stap.motivering or "",
                percentage_bp=bp,
                ingang=stap.ingang,
            )
        else:
            b = M.herzie(s, m, auteur=wie.gebruiker, versie=versie, vanaf=stap.vanaf, motivering=stap.motivering or "")
    except M.MaatregelFout as e:
        s.rollback()
        raise _fout(e) from None
    except M.VersieConflict as e:
        raise _conflict(e) from None
    V.log(
        s,
        spoor=sp,
        gebruiker=wie.gebruiker,
        naam=f"maatregel.{stap.soort}",
        handeling="wijzigen",
        zaak_id=z.id,
        activiteit="maatregel",
        gegevens=f"maatregel: {b.handeling}",
    )
    s.commit()
    s.refresh(m)
    return _json(
        M.als_json(m, besluiten.van(s, "maatregel", m.id)),
        201,
        {"Location": f"/v1/zaken/{z.id}/maatregelen/{m.id}", "ETag": f'"{m.versie}"'},
    )
