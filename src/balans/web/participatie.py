# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Webpagina's: participatie (issue 7). Server-rendered, werkt zonder JavaScript, NL Design System.

/zaken/{id}/participatie (klantmanager): per persoon de verplichtingen (Pw art. 9), de ontheffingen met
herbeoordeling, de plannen van aanpak (art. 44a) met activiteiten, eigen initiatieven en de besluiten.
Formulieren: POST, dan 303; bij een fout dezelfde pagina met de fout bij het veld (400), of 409 als
iemand anders intussen iets wijzigde. /mijn/participatie (inwoner): hetzelfde, alleen lezen.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from sqlalchemy.orm import Session

from balans.api.grenzen import heel_getal
from balans.api.afhankelijk import Wie, db, rol, spoor, zaak_of_404
from balans.api.probleem import Probleem
from balans.participatie import plan as P
from balans.participatie import plicht as O
from balans.participatie.catalogus import CatalogusFout, catalogus
from balans.web.routes import _versie_uit_form, pagina
from balans.zaak import besluiten
from balans.zaak import repository as R
from balans.zaak import verwerkingen as V
from balans.zaak.schema import Zaak
from balans.zaak.verwerkingen import Spoor

router = APIRouter(include_in_schema=False)
CONFLICT = (
    "Iemand anders heeft dit intussen gewijzigd. Hieronder ziet u de nieuwe stand. Uw invoer staat nog in het "
    "formulier: kijk of die nog klopt en sla opnieuw op."
)
HANDELINGEN = {
    "verleend": "Verleend",
    "verlengd": "Verlengd",
    "gewijzigd": "Gewijzigd",
    "ingetrokken": "Ingetrokken",
    "vastgesteld": "Vastgesteld",
    "bijgesteld": "Bijgesteld",
    "geevalueerd": "Geëvalueerd",
    "afgesloten": "Afgesloten",
    "lopend": "Gestart",
    "afgerond": "Afgerond",
    "gestopt": "Gestopt",
}


class _Fout(ValueError):
    def __init__(self, veld: str, bericht: str):
        super().__init__(bericht)
        self.veld, self.bericht = veld, bericht


def _datum(tekst: str, veld: str, verplicht: bool = False) -> dt.date | None:
    tekst = (tekst or "").strip()
    if not tekst:
        if verplicht:
            raise _Fout(veld, "Vul een datum in, zoals 2026-03-01.")
        return None
    try:
        return dt.date.fromisoformat(tekst)
    except ValueError:
        raise _Fout(veld, "Vul een datum in als jaar-maand-dag, zoals 2026-03-01.") from None


def _geheel(tekst: str, veld: str) -> int | None:
    tekst = (tekst or "").strip()
    if not tekst:
        return None
    n = heel_getal(tekst, 10**6)  # alleen ASCII-cijfers en begrensd: '²'.isdigit() is True (issue 17)
    if n is None:
        raise _Fout(veld, "Vul een heel getal in, zoals 16.")
    return n


def _procent_bp(tekst: str, veld: str) -> int | None:
    tekst = (tekst or "").strip().replace(",", ".").rstrip("%").strip()
    if not tekst:
        return None
    try:
        d = Decimal(tekst)
    except InvalidOperation:
        raise _Fout(veld, "Vul een percentage in, zoals 50 of 62,5.") from None
    if not d.is_finite() or d * 100 != (d * 100).to_integral_value():
        raise _Fout(veld, "Vul een percentage in met hoogstens twee cijfers achter de komma.")
    return int(d * 100)


def _extra(request: Request):
    return request.app.state.settings.catalogus


def _instrumenten(request: Request) -> dict:
    try:
        return catalogus(_extra(request))
    except (
        CatalogusFout
    ):  # een fout bestand van de gemeente: dan de catalogus van balans, en de beheerder ziet het in de API
        return catalogus()


def _gegevens(request: Request, s: Session, z: Zaak, vandaag: dt.date) -> dict:
    casus = R.casus_van(s, z)
    personen = ["aanvrager"] + (["partner"] if O.heeft_partner(casus) else [])
    ontheffingen = O.van_zaak(s, z.id)
    plannen = P.plannen_van(s, z.id)
    activiteiten = P.activiteiten_van(s, z.id)
    per_plan = {p.id: [a for a in activiteiten if a.plan_id == p.id] for p in plannen}
    eigen = [a for a in activiteiten if a.plan_id is None]
    historie = besluiten.van_zaak(s, z.id)
    historie = [(b, n) for b, n in historie if b.onderwerp in ("ontheffing", "plan", "activiteit")]
    instrumenten = _instrumenten(request)
    return dict(
        persoon_opties=[(p, O.PERSONEN[p]) for p in personen],
        instrument_opties=[(i.code, f"{i.naam} ({i.grondslag})") for i in instrumenten.values()],
        eigen_opties=[(i.code, i.naam) for i in instrumenten.values() if i.eigen_initiatief],
        zaak=z,
        vandaag=vandaag,
        personen=personen,
        plichten={p: O.plichten(s, z, p, vandaag, casus) for p in personen},
        let_op={p: O.let_op(casus, p, vandaag) for p in personen},
        ontheffingen=ontheffingen,
        geldend={o.id for o in ontheffingen if O.geldt_op(o, vandaag)},
        plannen=plannen,
        per_plan=per_plan,
        eigen=eigen,
        historie=historie,
        instrumenten=instrumenten,
        SOORTEN=O.SOORTEN,
        REDENEN=O.REDENEN,
        VERPLICHTINGEN=O.VERPLICHTINGEN,
        VERPLICHTING_GRONDSLAG=O.VERPLICHTING_GRONDSLAG,
        SOORT_GRONDSLAG=O.SOORT_GRONDSLAG,
        PERSONEN=O.PERSONEN,
        STATUSSEN=O.STATUSSEN,
        PLAN_STATUSSEN=P.STATUSSEN,
        ACTIVITEIT_STATUSSEN=P.ACTIVITEIT_STATUSSEN,
        GEVOLGEN=P.GEVOLGEN,
        HANDELINGEN=HANDELINGEN,
        GEEN_ARBEID=O.GEEN_ARBEID,
    )


def _pagina(
    request: Request,
    s: Session,
    wie: Wie,
    z: Zaak,
    sp: Spoor,
    status: int = 200,
    fout: dict | None = None,
    waarden: dict | None = None,
    formulier: str | None = None,
    alleen_lezen: bool = False,
):
    ctx = _gegevens(request, s, z, dt.date.today())
    V.log(
        s,
        spoor=sp,
        gebruiker=wie.gebruiker,
        naam="participatie.pagina",
        handeling="lezen",
        zaak_id=z.id,
        activiteit="inzage-inwoner" if alleen_lezen else "participatie",
        gegevens="verplichtingen, ontheffingen, plan van aanpak, activiteiten, besluiten",
    )
    s.commit()
    return pagina(
        request,
        "participatie.html",
        status,
        fout=fout or {},
        waarden=waarden or {},
        formulier=formulier,
        alleen_lezen=alleen_lezen,
        **ctx,
    )


@router.get("/zaken/{zaak_id}/participatie", response_class=HTMLResponse)
def participatie(
    request: Request,
    zaak_id: str,
    wie: Wie = Depends(rol("klantmanager")),
    s: Session = Depends(db),
    sp: Spoor = Depends(spoor),
):
    return _pagina(request, s, wie, zaak_of_404(s, wie, zaak_id), sp)


@router.get("/mijn/participatie", response_class=HTMLResponse)
def mijn_participatie(
    request: Request, wie: Wie = Depends(rol("inwoner")), s: Session = Depends(db), sp: Spoor = Depends(spoor)
):
    if not wie.gebruiker.zaak_id:
        raise Probleem(404, "U hebt nog geen bijstand bij ons. Daarom staat hier niets.")
    z = zaak_of_404(s, wie, wie.gebruiker.zaak_id)
    return _pagina(request, s, wie, z, sp, alleen_lezen=True)


def _klaar(s: Session, wie: Wie, z: Zaak, sp: Spoor, naam: str, handeling: str, wat: str, anker: str):
    V.log(
        s,
        spoor=sp,
        gebruiker=wie.gebruiker,
        naam=naam,
        handeling=handeling,
        zaak_id=z.id,
        activiteit="participatie",
        gegevens=wat,
    )
    s.commit()
    return RedirectResponse(f"/zaken/{z.id}/participatie?opgeslagen=1#{anker}", status_code=303)


def _verwerk(request, s, wie, z, sp, formulier: str, waarden: dict, doe, naam: str, handeling: str, wat: str):
    """doe() geeft het anker terug; fouten komen terug bij het veld met voorvoegsel 'formulier_'."""
    try:
        anker = doe()
    except (_Fout, O.OntheffingFout, P.PlanFout) as e:
        s.rollback()
        return _pagina(request, s, wie, z, sp, 400, {f"{formulier}_{e.veld}": e.bericht}, waarden, formulier)
    except (O.VersieConflict, P.VersieConflict):
        return _pagina(request, s, wie, z, sp, 409, {f"{formulier}_versie": CONFLICT}, waarden, formulier)
    return _klaar(s, wie, z, sp, naam, handeling, wat, anker)


# --- ontheffingen ---------------------------------------------------------------------------------


@router.post("/zaken/{zaak_id}/participatie/ontheffingen", response_class=HTMLResponse)
async def ontheffing_verlenen(
    request: Request,
    zaak_id: str,
    wie: Wie = Depends(rol("klantmanager")),
    s: Session = Depends(db),
    sp: Spoor = Depends(spoor),
):
    z = zaak_of_404(s, wie, zaak_id)
    form = await request.form()
    waarden = {
        k: str(form.get(k, ""))
        for k in ("persoon", "soort", "reden", "van", "tot", "herbeoordeling", "toelichting", "motivering")
    }
    waarden["verplichtingen"] = [str(v) for v in form.getlist("verplichtingen")]

    def doe():
        o = O.verleen_ontheffing(
            s,
            z,
            persoon=waarden["persoon"] or "aanvrager",
            soort=waarden["soort"],
            verplichtingen=waarden["verplichtingen"],
            reden=waarden["reden"],
            van=_datum(waarden["van"], "van", True),
            tot=_datum(waarden["tot"], "tot"),
            herbeoordeling=_datum(waarden["herbeoordeling"], "herbeoordeling"),
            toelichting=waarden["toelichting"],
            motivering=waarden["motivering"],
            door=wie.gebruiker,
        )
        return f"ontheffing-{o.id}"

    return _verwerk(
        request, s, wie, z, sp, "o", waarden, doe, "ontheffing.verlenen", "aanmaken", "ontheffing, reden, motivering"
    )


@router.post("/zaken/{zaak_id}/participatie/ontheffingen/{ontheffing_id}/intrekken", response_class=HTMLResponse)
def ontheffing_intrekken(
    request: Request,
    zaak_id: str,
    ontheffing_id: int,
    per: str = Form(""),
    motivering: str = Form(""),
    versie: str = Form(""),
    wie: Wie = Depends(rol("klantmanager")),
    s: Session = Depends(db),
    sp: Spoor = Depends(spoor),
):
    z = zaak_of_404(s, wie, zaak_id)
    o = O.haal(s, z.id, ontheffing_id)
    if o is None:
        raise Probleem(404, "Deze ontheffing bestaat niet bij deze zaak.")
    waarden = {"per": per, "motivering": motivering, "versie": versie}

    def doe():
        O.trek_in(
            s,
            o,
            versie=_versie_uit_form(versie),
            door=wie.gebruiker,
            motivering=motivering,
            per=_datum(per, "per", True),
        )
        return f"ontheffing-{ontheffing_id}"

    return _verwerk(
        request,
        s,
        wie,
        z,
        sp,
        f"i{ontheffing_id}",
        waarden,
        doe,
        "ontheffing.intrekken",
        "wijzigen",
        "ontheffing, motivering",
    )


@router.post("/zaken/{zaak_id}/participatie/ontheffingen/{ontheffing_id}/verlengen", response_class=HTMLResponse)
def ontheffing_verlengen(
    request: Request,
    zaak_id: str,
    ontheffing_id: int,
    tot: str = Form(""),
    herbeoordeling: str = Form(""),
    motivering: str = Form(""),
    versie: str = Form(""),
    wie: Wie = Depends(rol("klantmanager")),
    s: Session = Depends(db),
    sp: Spoor = Depends(spoor),
):
    z = zaak_of_404(s, wie, zaak_id)
    o = O.haal(s, z.id, ontheffing_id)
    if o is None:
        raise Probleem(404, "Deze ontheffing bestaat niet bij deze zaak.")
    waarden = {"tot": tot, "herbeoordeling": herbeoordeling, "motivering": motivering, "versie": versie}

    def doe():
        O.wijzig_ontheffing(
            s,
            o,
            versie=_versie_uit_form(versie),
            door=wie.gebruiker,
            motivering=motivering,
            tot=_datum(tot, "tot"),
            herbeoordeling=_datum(herbeoordeling, "herbeoordeling"),
        )
        return f"ontheffing-{ontheffing_id}"

    return _verwerk(
        request,
        s,
        wie,
        z,
        sp,
        f"w{ontheffing_id}",
        waarden,
        doe,
        "ontheffing.wijzigen",
        "wijzigen",
        "ontheffing, motivering",
    )


# --- plannen en activiteiten ----------------------------------------------------------------------


@router.post("/zaken/{zaak_id}/participatie/plannen", response_class=HTMLResponse)
def plan_maken(
    request: Request,
    zaak_id: str,
    persoon: str = Form("aanvrager"),
    doelen: str = Form(""),
    afspraken: str = Form(""),
    van: str = Form(""),
    evaluatie: str = Form(""),
    wie: Wie = Depends(rol("klantmanager")),
    s: Session = Depends(db),
    sp: Spoor = Depends(spoor),
):
    z = zaak_of_404(s, wie, zaak_id)
    waarden = {"persoon": persoon, "doelen": doelen, "afspraken": afspraken, "van": van, "evaluatie": evaluatie}

    def doe():
        p = P.maak_plan(
            s,
            z,
            persoon=persoon,
            doelen=doelen,
            afspraken=afspraken,
            van=_datum(van, "van", True),
            evaluatie=_datum(evaluatie, "evaluatie"),
            door=wie.gebruiker,
        )
        return f"plan-{p.id}"

    return _verwerk(request, s, wie, z, sp, "p", waarden, doe, "plan.maken", "aanmaken", "plan van aanpak")


def _activiteit_formulier(request, s, wie, z, sp, plan, formulier: str, waarden: dict):
    def doe():
        a = P.voeg_activiteit_toe(
            s,
            z,
            plan,
            instrument=waarden["instrument"],
            van=_datum(waarden["van"], "van", True),
            tot=_datum(waarden["tot"], "tot"),
            evaluatie=_datum(waarden["evaluatie"], "evaluatie"),
            uren_per_week=_geheel(waarden["uren_per_week"], "uren_per_week"),
            eigen_initiatief=True if plan is None else (waarden.get("eigen_initiatief") == "ja" or None),
            loonwaarde_bp=_procent_bp(waarden.get("loonwaarde", ""), "loonwaarde"),
            omschrijving=waarden["omschrijving"],
            persoon=waarden.get("persoon") or None,
            motivering=waarden["motivering"] or None,
            door=wie.gebruiker,
            extra=_extra(request),
        )
        return f"plan-{plan.id}" if plan is not None else f"activiteit-{a.id}"

    return _verwerk(
        request,
        s,
        wie,
        z,
        sp,
        formulier,
        waarden,
        doe,
        "activiteit.toevoegen",
        "aanmaken",
        "activiteit" if plan is not None else "eigen initiatief",
    )


AFORM = (
    "instrument",
    "van",
    "tot",
    "evaluatie",
    "uren_per_week",
    "loonwaarde",
    "omschrijving",
    "motivering",
    "eigen_initiatief",
    "persoon",
)


@router.post("/zaken/{zaak_id}/participatie/plannen/{plan_id}/activiteiten", response_class=HTMLResponse)
async def plan_activiteit(
    request: Request,
    zaak_id: str,
    plan_id: int,
    wie: Wie = Depends(rol("klantmanager")),
    s: Session = Depends(db),
    sp: Spoor = Depends(spoor),
):
    z = zaak_of_404(s, wie, zaak_id)
    p = P.haal_plan(s, z.id, plan_id)
    if p is None:
        raise Probleem(404, "Dit plan van aanpak bestaat niet bij deze zaak.")
    form = await request.form()
    waarden = {k: str(form.get(k, "")) for k in AFORM}
    return _activiteit_formulier(request, s, wie, z, sp, p, f"a{plan_id}", waarden)


@router.post("/zaken/{zaak_id}/participatie/activiteiten", response_class=HTMLResponse)
async def eigen_activiteit(
    request: Request,
    zaak_id: str,
    wie: Wie = Depends(rol("klantmanager")),
    s: Session = Depends(db),
    sp: Spoor = Depends(spoor),
):
    z = zaak_of_404(s, wie, zaak_id)
    form = await request.form()
    waarden = {k: str(form.get(k, "")) for k in AFORM}
    return _activiteit_formulier(request, s, wie, z, sp, None, "e", waarden)


def _plan_stap(request, s, wie, z, sp, plan_id: int, formulier: str, waarden: dict, doe, naam: str, wat: str):
    p = P.haal_plan(s, z.id, plan_id)
    if p is None:
        raise Probleem(404, "Dit plan van aanpak bestaat niet bij deze zaak.")

    def stap():
        doe(p, _versie_uit_form(waarden.get("versie", "")))
        return f"plan-{p.id}"

    return _verwerk(request, s, wie, z, sp, formulier, waarden, stap, naam, "wijzigen", wat)


@router.post("/zaken/{zaak_id}/participatie/plannen/{plan_id}/vaststellen", response_class=HTMLResponse)
def plan_vaststellen(
    request: Request,
    zaak_id: str,
    plan_id: int,
    motivering: str = Form(""),
    versie: str = Form(""),
    wie: Wie = Depends(rol("klantmanager")),
    s: Session = Depends(db),
    sp: Spoor = Depends(spoor),
):
    z = zaak_of_404(s, wie, zaak_id)
    waarden = {"motivering": motivering, "versie": versie}
    return _plan_stap(
        request,
        s,
        wie,
        z,
        sp,
        plan_id,
        f"v{plan_id}",
        waarden,
        lambda p, v: P.vaststellen(s, p, versie=v, door=wie.gebruiker, motivering=motivering),
        "plan.vaststellen",
        "plan van aanpak: vastgesteld",
    )


@router.post("/zaken/{zaak_id}/participatie/plannen/{plan_id}/evalueren", response_class=HTMLResponse)
def plan_evalueren(
    request: Request,
    zaak_id: str,
    plan_id: int,
    motivering: str = Form(""),
    volgende: str = Form(""),
    versie: str = Form(""),
    wie: Wie = Depends(rol("klantmanager")),
    s: Session = Depends(db),
    sp: Spoor = Depends(spoor),
):
    z = zaak_of_404(s, wie, zaak_id)
    waarden = {"motivering": motivering, "volgende": volgende, "versie": versie}
    return _plan_stap(
        request,
        s,
        wie,
        z,
        sp,
        plan_id,
        f"ev{plan_id}",
        waarden,
        lambda p, v: P.evalueer(
            s, p, versie=v, door=wie.gebruiker, motivering=motivering, volgende=_datum(volgende, "volgende", True)
        ),
        "plan.evalueren",
        "plan van aanpak: evaluatie",
    )


@router.post("/zaken/{zaak_id}/participatie/plannen/{plan_id}/afsluiten", response_class=HTMLResponse)
def plan_afsluiten(
    request: Request,
    zaak_id: str,
    plan_id: int,
    motivering: str = Form(""),
    versie: str = Form(""),
    wie: Wie = Depends(rol("klantmanager")),
    s: Session = Depends(db),
    sp: Spoor = Depends(spoor),
):
    z = zaak_of_404(s, wie, zaak_id)
    waarden = {"motivering": motivering, "versie": versie}
    return _plan_stap(
        request,
        s,
        wie,
        z,
        sp,
        plan_id,
        f"s{plan_id}",
        waarden,
        lambda p, v: P.sluit(s, p, versie=v, door=wie.gebruiker, motivering=motivering),
        "plan.afsluiten",
        "plan van aanpak: afgesloten",
    )
