# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""API v1: participatie (issue 7). Zelfde stijl als api/v1.py: NLGov, problem+json, geen BSN in een URL.

Ontheffingen (Pw art. 9 lid 2 en 5, art. 9a), plannen van aanpak (art. 44a) met activiteiten, eigen
initiatieven, de catalogus van instrumenten en een rekenhulp voor loonkostensubsidie (art. 10d).
De klantmanager schrijft; de inwoner leest alleen zijn eigen zaak; andere rollen zien geen zaken.
Elke wijziging stuurt de gelezen versie mee in If-Match; is die intussen gewijzigd, dan 412.
"""

from __future__ import annotations

import datetime as dt
import re
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
from balans.participatie import loonkostensubsidie as L
from balans.participatie import plan as P
from balans.participatie import plicht as O
from balans.participatie.catalogus import CatalogusFout, catalogus
from balans.zaak import besluiten
from balans.zaak import verwerkingen as V
from balans.zaak.schema import Zaak
from balans.zaak.versie import VersieConflict
from balans.zaak.verwerkingen import Spoor

router = APIRouter(prefix="/v1", route_class=BodyInThread)
OntheffingId = Annotated[int, Path(alias="ontheffingId", ge=1, le=2**31 - 1, description="De id van de ontheffing")]
PlanId = Annotated[int, Path(alias="planId", ge=1, le=2**31 - 1, description="De id van het plan van aanpak")]
IfMatch = Annotated[str | None, Header(alias="If-Match")]
Verplichting = Literal["arbeid", "re_integratie", "tegenprestatie"]
Tekst = Annotated[str, Field(max_length=4000)]


def _camel(veld: str) -> str:
    return re.sub(r"_([a-z])", lambda m: m.group(1).upper(), veld)


def _fout(e) -> Probleem:
    naam = _camel(e.veld)
    return Probleem(400, f"{naam}: {e.bericht}", [{"name": naam, "reason": e.bericht}])


def _conflict(e, wat: str) -> Probleem:
    return Probleem(
        412,
        f"Iemand anders heeft {wat} intussen gewijzigd. Lees het opnieuw en doe uw stap dan nog eens. "
        f"De versie is nu {e.huidig}.",
        headers={"ETag": f'"{e.huidig}"'},
    )


def _activiteit(wie: Wie) -> str:
    return "inzage-inwoner" if wie.gebruiker.rol == "inwoner" else "participatie"


def _log(s: Session, sp: Spoor, wie: Wie, z: Zaak, naam: str, handeling: str, gegevens: str) -> None:
    V.log(
        s,
        spoor=sp,
        gebruiker=wie.gebruiker,
        naam=naam,
        handeling=handeling,
        zaak_id=z.id,
        activiteit=_activiteit(wie) if handeling == "lezen" else "participatie",
        gegevens=gegevens,
    )


def _stap(
    s: Session,
    wie: Wie,
    sp: Spoor,
    zaak_id: str,
    if_match: str | None,
    *,
    haal,
    fout: type,
    onderwerp: str,
    naam: str,
    wat: str,
    doe,
    antwoord,
):
    """Eén besluitstap op een ontheffing of plan: toegang, If-Match, fouten als 400/412, log, commit, ETag."""
    z = zaak_of_404(s, wie, zaak_id)
    obj = haal(z)
    try:
        doe(obj, _versie(if_match))
    except fout as f:
        s.rollback()
        raise _fout(f) from None
    except VersieConflict as f:
        raise _conflict(f, onderwerp) from None
    _log(s, sp, wie, z, naam, "wijzigen", wat)
    s.commit()
    return _json(antwoord(z, obj), headers={"ETag": f'"{obj.versie}"'})


def _extra(request: Request):
    return request.app.state.settings.catalogus


def _besluiten(s: Session, onderwerp: str, oid) -> list[dict]:
    return [
        {
            "handeling": b.handeling,
            "grondslag": b.grondslag,
            "motivering": b.motivering,
            "auteur": naam,
            "tijdstip": b.tijdstip.isoformat(),
        }
        for b, naam in besluiten.van(s, onderwerp, oid)
    ]


# --- openbaar -----------------------------------------------------------------------------------


@router.get(
    "/instrumenten",
    response_model=AM.Instrumenten,
    tags=["openbaar"],
    summary="De catalogus van instrumenten voor participatie",
    responses=fouten(500),
)
def instrumenten(request: Request):
    try:
        alle = catalogus(_extra(request))
    except CatalogusFout as e:
        raise Probleem(500, f"De catalogus van de gemeente klopt niet: {e}") from None
    return _json({"_embedded": {"instrumenten": [i.als_json() for i in alle.values()]}})


class LksVraag(BaseModel):
    model_config = ConfigDict(extra="forbid")
    loonwaarde: Annotated[
        Decimal,
        Field(gt=0, lt=100, decimal_places=2, description='Loonwaarde in procent van het minimumloon, zoals "50"'),
    ]
    urenPerWeek: Annotated[Decimal, Field(gt=0, le=60, decimal_places=2, description="Afgesproken uren per week")]
    maand: dt.date = Field(description="Een dag in de maand waarvoor u rekent (ISO 8601)")
    ingang: dt.date | None = Field(None, description="Eerste dag van de dienstbetrekking")
    voltijdUren: Annotated[int, Field(ge=36, le=40)] = 36
    werkgeverslastenBp: Annotated[int, Field(ge=0, le=5000)] = L.WERKGEVERSLASTEN_BP


@router.post(
    "/loonkostensubsidie",
    response_model=AM.Loonkostensubsidie,
    tags=["openbaar"],
    summary="Loonkostensubsidie berekenen (Pw art. 10d lid 4)",
    responses=fouten(400),
)
def loonkostensubsidie(vraag: LksVraag):
    bp = vraag.loonwaarde * 100
    if bp != bp.to_integral_value():
        raise Probleem(
            400,
            "loonwaarde: hoogstens twee cijfers achter de komma.",
            [{"name": "loonwaarde", "reason": "hoogstens twee cijfers achter de komma"}],
        )
    try:
        u = L.bereken(
            loonwaarde_bp=int(bp),
            uren_per_week=str(vraag.urenPerWeek),
            maand=vraag.maand,
            ingang=vraag.ingang,
            voltijd_uren=vraag.voltijdUren,
            werkgeverslasten_bp=vraag.werkgeverslastenBp,
        )
    except L.LksFout as e:
        raise _fout(e) from None
    return _json(u.als_json())


# --- ontheffingen -------------------------------------------------------------------------------


def _ontheffing_of_404(s: Session, z: Zaak, oid: int):
    o = O.haal(s, z.id, oid)
    if o is None:
        raise Probleem(404, "Deze ontheffing bestaat niet bij deze zaak.")
    return o


def _ontheffingstap(
    s: Session, wie: Wie, sp: Spoor, zaak_id: str, ontheffing_id: int, if_match: str | None, naam: str, doe
):
    """Verlengen, aanpassen of intrekken van een ontheffing."""
    return _stap(
        s,
        wie,
        sp,
        zaak_id,
        if_match,
        haal=lambda z: _ontheffing_of_404(s, z, ontheffing_id),
        fout=O.OntheffingFout,
        onderwerp="deze ontheffing",
        naam=naam,
        wat="ontheffing, motivering",
        doe=doe,
        antwoord=lambda z, o: O.als_json(o),
    )


@router.get(
    "/zaken/{zaakId}/ontheffingen",
    response_model=AM.Ontheffingen,
    tags=["participatie"],
    summary="De ontheffingen van een zaak",
    responses=fouten(401, 403, 404),
)
def ontheffingen(
    zaak_id: ZaakId,
    wie: Wie = Depends(rol("klantmanager", "inwoner")),
    s: Session = Depends(db),
    sp: Spoor = Depends(spoor),
):
    z = zaak_of_404(s, wie, zaak_id)
    rijen = O.van_zaak(s, z.id)
    _log(s, sp, wie, z, "ontheffingen.lezen", "lezen", "ontheffingen")
    s.commit()
    return _json({"_embedded": {"ontheffingen": [O.als_json(o) for o in rijen]}})


class NieuweOntheffing(BaseModel):
    model_config = ConfigDict(extra="forbid")
    persoon: Literal["aanvrager", "partner"] = "aanvrager"
    soort: Literal["tijdelijk", "duurzaam", "alleenstaande_ouder"]
    verplichtingen: list[Verplichting] = Field(min_length=1, max_length=3)
    reden: Literal[tuple(O.REDENEN)]  # type: ignore[valid-type]
    van: dt.date
    tot: dt.date | None = None
    herbeoordeling: dt.date | None = None
    toelichting: Tekst = ""
    motivering: Tekst = Field(description="Waarom, in minstens 20 tekens; staat in het besluit")


@router.post(
    "/zaken/{zaakId}/ontheffingen",
    response_model=AM.Ontheffing,
    tags=["participatie"],
    status_code=201,
    summary="Een ontheffing verlenen",
    responses={201: {"description": "Verleend"}, **fouten(400, 401, 403, 404)},
)
def ontheffing_verlenen(
    zaak_id: ZaakId,
    nieuw: NieuweOntheffing,
    wie: Wie = Depends(rol("klantmanager")),
    s: Session = Depends(db),
    sp: Spoor = Depends(spoor),
):
    z = zaak_of_404(s, wie, zaak_id)
    try:
        o = O.verleen_ontheffing(
            s,
            z,
            persoon=nieuw.persoon,
            soort=nieuw.soort,
            verplichtingen=list(nieuw.verplichtingen),
            reden=nieuw.reden,
            van=nieuw.van,
            tot=nieuw.tot,
            herbeoordeling=nieuw.herbeoordeling,
            toelichting=nieuw.toelichting,
            motivering=nieuw.motivering,
            door=wie.gebruiker,
        )
    except O.OntheffingFout as e:
        s.rollback()
        raise _fout(e) from None
    _log(s, sp, wie, z, "ontheffing.verlenen", "aanmaken", "ontheffing, reden, motivering")
    s.commit()
    return _json(O.als_json(o), 201, {"Location": f"/v1/zaken/{z.id}/ontheffingen/{o.id}", "ETag": f'"{o.versie}"'})


@router.get(
    "/zaken/{zaakId}/ontheffingen/{ontheffingId}",
    response_model=AM.OntheffingVolledig,
    tags=["participatie"],
    summary="Eén ontheffing met haar besluiten",
    responses=fouten(401, 403, 404),
)
def ontheffing_lezen(
    zaak_id: ZaakId,
    ontheffing_id: OntheffingId,
    wie: Wie = Depends(rol("klantmanager", "inwoner")),
    s: Session = Depends(db),
    sp: Spoor = Depends(spoor),
):
    z = zaak_of_404(s, wie, zaak_id)
    o = _ontheffing_of_404(s, z, ontheffing_id)
    d = O.als_json(o)
    d["besluiten"] = _besluiten(s, "ontheffing", o.id)
    d["_links"] = {"brief": {"href": f"/zaken/{z.id}/brieven/ontheffing/{o.id}"}}
    _log(s, sp, wie, z, "ontheffing.lezen", "lezen", "ontheffing, besluiten")
    s.commit()
    return _json(d, headers={"ETag": f'"{o.versie}"'})


class OntheffingWijziging(BaseModel):
    model_config = ConfigDict(extra="forbid")
    tot: dt.date | None = None
    herbeoordeling: dt.date | None = None
    verplichtingen: list[Verplichting] | None = Field(None, min_length=1, max_length=3)
    reden: Literal[tuple(O.REDENEN)] | None = None  # type: ignore[valid-type]
    toelichting: Tekst | None = None
    motivering: Tekst


@router.put(
    "/zaken/{zaakId}/ontheffingen/{ontheffingId}",
    response_model=AM.Ontheffing,
    tags=["participatie"],
    summary="Een ontheffing verlengen of aanpassen (met If-Match)",
    responses=fouten(400, 401, 403, 404, 412, 428),
)
def ontheffing_wijzigen(
    zaak_id: ZaakId,
    ontheffing_id: OntheffingId,
    w: OntheffingWijziging,
    if_match: IfMatch = None,
    wie: Wie = Depends(rol("klantmanager")),
    s: Session = Depends(db),
    sp: Spoor = Depends(spoor),
):
    return _ontheffingstap(
        s,
        wie,
        sp,
        zaak_id,
        ontheffing_id,
        if_match,
        "ontheffing.wijzigen",
        lambda o, versie: O.wijzig_ontheffing(
            s,
            o,
            versie=versie,
            door=wie.gebruiker,
            motivering=w.motivering,
            tot=w.tot,
            herbeoordeling=w.herbeoordeling,
            verplichtingen=w.verplichtingen,
            reden=w.reden,
            toelichting=w.toelichting,
        ),
    )


class Intrekking(BaseModel):
    model_config = ConfigDict(extra="forbid")
    per: dt.date = Field(description="Vanaf deze dag gelden de verplichtingen weer")
    motivering: Tekst


@router.post(
    "/zaken/{zaakId}/ontheffingen/{ontheffingId}/_intrekken",
    response_model=AM.Ontheffing,
    tags=["participatie"],
    summary="Een ontheffing intrekken (met If-Match)",
    responses=fouten(400, 401, 403, 404, 412, 428),
)
def ontheffing_intrekken(
    zaak_id: ZaakId,
    ontheffing_id: OntheffingId,
    i: Intrekking,
    if_match: IfMatch = None,
    wie: Wie = Depends(rol("klantmanager")),
    s: Session = Depends(db),
    sp: Spoor = Depends(spoor),
):
    return _ontheffingstap(
        s,
        wie,
        sp,
        zaak_id,
        ontheffing_id,
        if_match,
        "ontheffing.intrekken",
        lambda o, versie: O.trek_in(s, o, versie=versie, door=wie.gebruiker, motivering=i.motivering, per=i.per),
    )


# --- plannen van aanpak -------------------------------------------------------------------------


def _plan_of_404(s: Session, z: Zaak, plan_id: int):
    p = P.haal_plan(s, z.id, plan_id)
    if p is None:
        raise Probleem(404, "Dit plan van aanpak bestaat niet bij deze zaak.")
    return p


def _plan_volledig(s: Session, request: Request, z: Zaak, p) -> dict:
    d = P.plan_json(p)
    d["activiteiten"] = [P.activiteit_json(a, _extra(request)) for a in P.activiteiten_van(s, z.id, p.id)]
    d["besluiten"] = _besluiten(s, "plan", p.id)
    d["_links"] = {
        "self": {"href": f"/v1/zaken/{z.id}/plannen/{p.id}"},
        "brief": {"href": f"/zaken/{z.id}/brieven/plan/{p.id}"},
    }
    return d


@router.get(
    "/zaken/{zaakId}/plannen",
    response_model=AM.Plannen,
    tags=["participatie"],
    summary="De plannen van aanpak van een zaak",
    responses=fouten(401, 403, 404),
)
def plannen(
    request: Request,
    zaak_id: ZaakId,
    wie: Wie = Depends(rol("klantmanager", "inwoner")),
    s: Session = Depends(db),
    sp: Spoor = Depends(spoor),
):
    z = zaak_of_404(s, wie, zaak_id)
    rijen = [_plan_volledig(s, request, z, p) for p in P.plannen_van(s, z.id)]
    _log(s, sp, wie, z, "plannen.lezen", "lezen", "plannen van aanpak, activiteiten")
    s.commit()
    return _json({"_embedded": {"plannen": rijen}})


class NieuwPlan(BaseModel):
    model_config = ConfigDict(extra="forbid")
    persoon: Literal["aanvrager", "partner"] = "aanvrager"
    doelen: list[Annotated[str, Field(max_length=500)]] = Field(default_factory=list, max_length=20)
    afspraken: Tekst = ""
    van: dt.date
    evaluatie: dt.date | None = None


@router.post(
    "/zaken/{zaakId}/plannen",
    response_model=AM.Plan,
    tags=["participatie"],
    status_code=201,
    summary="Een plan van aanpak maken (concept)",
    responses={201: {"description": "Gemaakt"}, **fouten(400, 401, 403, 404)},
)
def plan_maken(
    request: Request,
    zaak_id: ZaakId,
    nieuw: NieuwPlan,
    wie: Wie = Depends(rol("klantmanager")),
    s: Session = Depends(db),
    sp: Spoor = Depends(spoor),
):
    z = zaak_of_404(s, wie, zaak_id)
    try:
        p = P.maak_plan(
            s,
            z,
            persoon=nieuw.persoon,
            doelen=nieuw.doelen,
            afspraken=nieuw.afspraken,
            van=nieuw.van,
            evaluatie=nieuw.evaluatie,
            door=wie.gebruiker,
        )
    except P.PlanFout as e:
        s.rollback()
        raise _fout(e) from None
    _log(s, sp, wie, z, "plan.maken", "aanmaken", "plan van aanpak")
    s.commit()
    return _json(
        _plan_volledig(s, request, z, p), 201, {"Location": f"/v1/zaken/{z.id}/plannen/{p.id}", "ETag": f'"{p.versie}"'}
    )


@router.get(
    "/zaken/{zaakId}/plannen/{planId}",
    response_model=AM.Plan,
    tags=["participatie"],
    summary="Eén plan van aanpak",
    responses=fouten(401, 403, 404),
)
def plan_lezen(
    request: Request,
    zaak_id: ZaakId,
    plan_id: PlanId,
    wie: Wie = Depends(rol("klantmanager", "inwoner")),
    s: Session = Depends(db),
    sp: Spoor = Depends(spoor),
):
    z = zaak_of_404(s, wie, zaak_id)
    p = _plan_of_404(s, z, plan_id)
    d = _plan_volledig(s, request, z, p)
    _log(s, sp, wie, z, "plan.lezen", "lezen", "plan van aanpak, activiteiten, besluiten")
    s.commit()
    return _json(d, headers={"ETag": f'"{p.versie}"'})


class PlanWijziging(BaseModel):
    model_config = ConfigDict(extra="forbid")
    doelen: list[Annotated[str, Field(max_length=500)]] | None = Field(None, max_length=20)
    afspraken: Tekst | None = None
    evaluatie: dt.date | None = None
    motivering: Tekst | None = Field(None, description="Verplicht bij een vastgesteld plan (bijstellen)")


@router.put(
    "/zaken/{zaakId}/plannen/{planId}",
    response_model=AM.Plan,
    tags=["participatie"],
    summary="Een plan aanpassen of bijstellen (met If-Match)",
    responses=fouten(400, 401, 403, 404, 412, 428),
)
def plan_wijzigen(
    request: Request,
    zaak_id: ZaakId,
    plan_id: PlanId,
    w: PlanWijziging,
    if_match: IfMatch = None,
    wie: Wie = Depends(rol("klantmanager")),
    s: Session = Depends(db),
    sp: Spoor = Depends(spoor),
):
    z = zaak_of_404(s, wie, zaak_id)
    p = _plan_of_404(s, z, plan_id)
    versie = _versie(if_match)
    try:
        P.wijzig_plan(
            s,
            p,
            versie=versie,
            door=wie.gebruiker,
            doelen=w.doelen,
            afspraken=w.afspraken,
            evaluatie=w.evaluatie,
            motivering=w.motivering,
        )
    except P.PlanFout as e:
        s.rollback()
        raise _fout(e) from None
    except P.VersieConflict as e:
        raise _conflict(e, "dit plan") from None
    _log(s, sp, wie, z, "plan.wijzigen", "wijzigen", "plan van aanpak")
    s.commit()
    return _json(_plan_volledig(s, request, z, p), headers={"ETag": f'"{p.versie}"'})


class NieuweActiviteit(BaseModel):
    model_config = ConfigDict(extra="forbid")
    instrument: str = Field(min_length=1, max_length=40, description="Code uit GET /v1/instrumenten")
    persoon: Literal["aanvrager", "partner"] | None = None
    omschrijving: Tekst = ""
    van: dt.date
    tot: dt.date | None = None
    evaluatie: dt.date | None = None
    urenPerWeek: Annotated[int, Field(ge=0, le=60)] | None = None
    eigenInitiatief: bool | None = None
    loonwaarde: Annotated[Decimal, Field(gt=0, lt=100, decimal_places=2)] | None = Field(
        None, description="Alleen bij loonkostensubsidie of beschut werk: procent van het minimumloon"
    )
    motivering: Tekst | None = None


def _nieuwe_activiteit(request, s, wie, z, plan, n: NieuweActiviteit):
    try:
        bp = None if n.loonwaarde is None else int(n.loonwaarde * 100)
        return P.voeg_activiteit_toe(
            s,
            z,
            plan,
            instrument=n.instrument,
            van=n.van,
            tot=n.tot,
            evaluatie=n.evaluatie,
            uren_per_week=n.urenPerWeek,
            eigen_initiatief=n.eigenInitiatief,
            loonwaarde_bp=bp,
            omschrijving=n.omschrijving,
            persoon=n.persoon,
            motivering=n.motivering,
            door=wie.gebruiker,
            extra=_extra(request),
        )
    except P.PlanFout as e:
        s.rollback()
        raise _fout(e) from None


@router.post(
    "/zaken/{zaakId}/plannen/{planId}/activiteiten",
    response_model=AM.Activiteit,
    tags=["participatie"],
    status_code=201,
    summary="Een activiteit aan een plan toevoegen",
    responses={201: {"description": "Toegevoegd"}, **fouten(400, 401, 403, 404)},
)
def plan_activiteit(
    request: Request,
    zaak_id: ZaakId,
    plan_id: PlanId,
    n: NieuweActiviteit,
    wie: Wie = Depends(rol("klantmanager")),
    s: Session = Depends(db),
    sp: Spoor = Depends(spoor),
):
    z = zaak_of_404(s, wie, zaak_id)
    p = _plan_of_404(s, z, plan_id)
    a = _nieuwe_activiteit(request, s, wie, z, p, n)
    _log(s, sp, wie, z, "activiteit.toevoegen", "aanmaken", "activiteit in plan van aanpak")
    s.commit()
    return _json(
        P.activiteit_json(a, _extra(request)),
        201,
        {"Location": f"/v1/zaken/{z.id}/plannen/{p.id}", "ETag": f'"{a.versie}"'},
    )


def _planstap(
    request: Request,
    s: Session,
    wie: Wie,
    sp: Spoor,
    zaak_id: str,
    plan_id: int,
    if_match: str | None,
    naam: str,
    wat: str,
    doe,
):
    """Vaststellen, evalueren of afsluiten van een plan."""
    return _stap(
        s,
        wie,
        sp,
        zaak_id,
        if_match,
        haal=lambda z: _plan_of_404(s, z, plan_id),
        fout=P.PlanFout,
        onderwerp="dit plan",
        naam=naam,
        wat=f"plan van aanpak: {wat}",
        doe=doe,
        antwoord=lambda z, p: _plan_volledig(s, request, z, p),
    )


class Besluitvraag(BaseModel):
    model_config = ConfigDict(extra="forbid")
    motivering: Tekst


@router.post(
    "/zaken/{zaakId}/plannen/{planId}/_vaststellen",
    response_model=AM.Plan,
    tags=["participatie"],
    summary="Een plan van aanpak vaststellen (met If-Match)",
    responses=fouten(400, 401, 403, 404, 412, 428),
)
def plan_vaststellen(
    request: Request,
    zaak_id: ZaakId,
    plan_id: PlanId,
    b: Besluitvraag,
    if_match: IfMatch = None,
    wie: Wie = Depends(rol("klantmanager")),
    s: Session = Depends(db),
    sp: Spoor = Depends(spoor),
):
    return _planstap(
        request,
        s,
        wie,
        sp,
        zaak_id,
        plan_id,
        if_match,
        "plan.vaststellen",
        "vastgesteld",
        lambda p, versie: P.vaststellen(s, p, versie=versie, door=wie.gebruiker, motivering=b.motivering),
    )


class Evaluatie(BaseModel):
    model_config = ConfigDict(extra="forbid")
    motivering: Tekst = Field(description="Wat ging goed, wat moet anders (minstens 20 tekens)")
    volgende: dt.date = Field(description="Datum van de volgende evaluatie")


@router.post(
    "/zaken/{zaakId}/plannen/{planId}/_evalueren",
    response_model=AM.Plan,
    tags=["participatie"],
    summary="Een plan samen evalueren (Pw art. 44a lid 2, met If-Match)",
    responses=fouten(400, 401, 403, 404, 412, 428),
)
def plan_evalueren(
    request: Request,
    zaak_id: ZaakId,
    plan_id: PlanId,
    e: Evaluatie,
    if_match: IfMatch = None,
    wie: Wie = Depends(rol("klantmanager")),
    s: Session = Depends(db),
    sp: Spoor = Depends(spoor),
):
    return _planstap(
        request,
        s,
        wie,
        sp,
        zaak_id,
        plan_id,
        if_match,
        "plan.evalueren",
        "evaluatie",
        lambda p, versie: P.evalueer(
            s, p, versie=versie, door=wie.gebruiker, motivering=e.motivering, volgende=e.volgende
        ),
    )


@router.post(
    "/zaken/{zaakId}/plannen/{planId}/_afsluiten",
    response_model=AM.Plan,
    tags=["participatie"],
    summary="Een plan afsluiten (met If-Match)",
    responses=fouten(400, 401, 403, 404, 412, 428),
)
def plan_afsluiten(
    request: Request,
    zaak_id: ZaakId,
    plan_id: PlanId,
    b: Besluitvraag,
    if_match: IfMatch = None,
    wie: Wie = Depends(rol("klantmanager")),
    s: Session = Depends(db),
    sp: Spoor = Depends(spoor),
):
    return _planstap(
        request,
        s,
        wie,
        sp,
        zaak_id,
        plan_id,
        if_match,
        "plan.afsluiten",
        "afgesloten",
        lambda p, versie: P.sluit(s, p, versie=versie, door=wie.gebruiker, motivering=b.motivering),
    )


# --- activiteiten (ook eigen initiatief zonder plan) --------------------------------------------


@router.get(
    "/zaken/{zaakId}/activiteiten",
    response_model=AM.Activiteiten,
    tags=["participatie"],
    summary="Alle activiteiten van een zaak, met en zonder plan",
    responses=fouten(401, 403, 404),
)
def activiteiten(
    request: Request,
    zaak_id: ZaakId,
    wie: Wie = Depends(rol("klantmanager", "inwoner")),
    s: Session = Depends(db),
    sp: Spoor = Depends(spoor),
):
    z = zaak_of_404(s, wie, zaak_id)
    rijen = [P.activiteit_json(a, _extra(request)) for a in P.activiteiten_van(s, z.id)]
    _log(s, sp, wie, z, "activiteiten.lezen", "lezen", "activiteiten")
    s.commit()
    return _json({"_embedded": {"activiteiten": rijen}})


@router.post(
    "/zaken/{zaakId}/activiteiten",
    response_model=AM.Activiteit,
    tags=["participatie"],
    status_code=201,
    summary="Een eigen initiatief vastleggen (zonder plan)",
    responses={201: {"description": "Vastgelegd"}, **fouten(400, 401, 403, 404)},
)
def activiteit_eigen(
    request: Request,
    zaak_id: ZaakId,
    n: NieuweActiviteit,
    wie: Wie = Depends(rol("klantmanager")),
    s: Session = Depends(db),
    sp: Spoor = Depends(spoor),
):
    z = zaak_of_404(s, wie, zaak_id)
    a = _nieuwe_activiteit(request, s, wie, z, None, n)
    _log(s, sp, wie, z, "activiteit.eigen", "aanmaken", "eigen initiatief")
    s.commit()
    return _json(
        P.activiteit_json(a, _extra(request)),
        201,
        {"Location": f"/v1/zaken/{z.id}/activiteiten", "ETag": f'"{a.versie}"'},
    )
