# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Webpagina's: aanvraag (issue 7). Server-rendered, werkt zonder JavaScript, NL Design System.

De inwoner: /aanvraag (uitleg en melden), een pagina per stap (/aanvraag/{id}/{stap}) met "Stap 2 van 6",
Vorige en Volgende. Waarschuwingen staan erbij maar houden niets tegen. Na versturen een bevestiging met de
meldingsdatum en wat er nu gebeurt. De klantmanager: /aanvragen (lijst) en /aanvragen/{id} (beoordelen).
"""

from __future__ import annotations

import datetime as dt
import re

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from sqlalchemy.orm import Session

from balans.api.afhankelijk import Wie, db, rol, spoor
from balans.api.probleem import Probleem
from balans.participatie import aanvraag as A
from balans.web.routes import foutpagina, pagina
from balans.zaak import besluiten
from balans.zaak.schema import Aanvraag, Gebruiker, Zaak
from balans.zaak.verwerkingen import Spoor

router = APIRouter(include_in_schema=False)
KINDEREN, MEDEBEWONERS, INKOMSTEN = 4, 3, 3  # zoveel regels op het formulier; de API neemt er meer
VERSIE_CONFLICT = (
    "Deze aanvraag is intussen gewijzigd (misschien in een ander venster). Kijk het na en probeer opnieuw."
)


def _nl_datum(iso: str | None) -> str:
    """ISO (1990-05-01) naar hoe mensen het schrijven (01-05-1990)."""
    if not iso:
        return ""
    d = dt.date.fromisoformat(iso)
    return f"{d.day:02d}-{d.month:02d}-{d.year}"


def _bedrag_nl(tekst: str | None) -> str:
    return (tekst or "").replace(".", ",")


def _ja_nee(v) -> str:
    return {True: "ja", False: "nee"}.get(v, "")


def _aanvraag_of_404(s: Session, wie: Wie, aanvraag_id: str) -> Aanvraag:
    try:
        return A.haal(s, wie.gebruiker, aanvraag_id)
    except A.GeenToegang:
        raise Probleem(404, "Deze aanvraag bestaat niet, of u hebt er geen toegang toe.") from None


def _versie(tekst) -> int:
    from balans.api.grenzen import heel_getal  # alleen ASCII-cijfers, begrensd (issue 17)

    n = heel_getal(tekst)
    return -1 if n is None else n  # -1 past nooit: dan een conflict


# --- van formulier naar stap en terug ----------------------------------------------------------


def formulier_waarden(stap: str, gegevens: dict) -> dict[str, str]:
    """Wat in de velden van het formulier staat, uit aanvraag.gegevens."""
    g = gegevens.get(stap) or {}
    if stap == "melding":
        return {
            "eerdere_uitkering": g.get("eerdere_uitkering") or "",
            "eerdere_meldingsdatum": _nl_datum(g.get("eerdere_meldingsdatum")),
        }
    if stap == "persoon":
        return {
            "geboortedatum": _nl_datum(g.get("geboortedatum")),
            "telefoon": g.get("telefoon") or "",
            "email": g.get("email") or "",
        }
    if stap == "woonsituatie":
        w = {"partner": _ja_nee(g.get("partner")), "partner_geboortedatum": _nl_datum(g.get("partner_geboortedatum"))}
        kinderen, mb = g.get("kinderen") or [], g.get("medebewoners") or []
        for i in range(KINDEREN):
            w[f"kind_{i + 1}"] = _nl_datum(kinderen[i] if i < len(kinderen) else None)
        for i in range(MEDEBEWONERS):
            w[f"medebewoner_{i + 1}"] = _nl_datum(mb[i] if i < len(mb) else None)
        return w
    if stap == "inkomen":
        w = {"heeft_inkomen": _ja_nee(g.get("heeft_inkomen"))}
        rijen = g.get("inkomsten") or []
        for i in range(INKOMSTEN):
            r = rijen[i] if i < len(rijen) else {}
            w[f"inkomen_{i + 1}_soort"] = r.get("soort") or ""
            w[f"inkomen_{i + 1}_netto"] = _bedrag_nl(r.get("netto"))
            w[f"inkomen_{i + 1}_van"] = r.get("van") or "aanvrager"
        return w
    if stap == "vermogen":
        return {
            "bezittingen": _bedrag_nl(g.get("bezittingen")),
            "schulden": _bedrag_nl(g.get("schulden")),
            "eigen_woning": _ja_nee(g.get("eigen_woning")),
            "woning_waarde": _bedrag_nl(g.get("woning_waarde")),
            "hypotheek": _bedrag_nl(g.get("hypotheek")),
        }
    return {}


def invoer_uit_formulier(stap: str, form) -> dict:
    """De velden van het formulier als invoer voor A.normaliseer (dezelfde controle als de API)."""
    f = {k: (form.get(k) or "").strip() for k in form.keys() if k not in ("csrf", "versie", "knop")}
    if stap == "melding":
        return {
            "eerdere_uitkering": f.get("eerdere_uitkering") or None,
            "eerdere_meldingsdatum": f.get("eerdere_meldingsdatum"),
        }
    if stap == "persoon":
        return {k: f.get(k, "") for k in ("geboortedatum", "telefoon", "email")}
    if stap == "woonsituatie":
        return {
            "partner": f.get("partner") or None,
            "partner_geboortedatum": f.get("partner_geboortedatum"),
            "kinderen": [f.get(f"kind_{i + 1}", "") for i in range(KINDEREN)],
            "medebewoners": [f.get(f"medebewoner_{i + 1}", "") for i in range(MEDEBEWONERS)],
        }
    if stap == "inkomen":
        return {
            "heeft_inkomen": f.get("heeft_inkomen") or None,
            "inkomsten": [
                {
                    "soort": f.get(f"inkomen_{i + 1}_soort", ""),
                    "netto": f.get(f"inkomen_{i + 1}_netto", ""),
                    "van": f.get(f"inkomen_{i + 1}_van", "") or "aanvrager",
                }
                for i in range(INKOMSTEN)
            ],
        }
    if stap == "vermogen":
        return {k: f.get(k, "") for k in ("bezittingen", "schulden", "eigen_woning", "woning_waarde", "hypotheek")}
    return {}


def formulierveld(veld: str) -> str:
    """Het veld uit A (kinderen[2], inkomsten[1].netto) als naam op het formulier (kind_2, inkomen_1_netto)."""
    m = re.fullmatch(r"(kinderen|medebewoners)\[(\d+)\]", veld)
    if m:
        return f"{'kind' if m.group(1) == 'kinderen' else 'medebewoner'}_{m.group(2)}"
    m = re.fullmatch(r"inkomsten\[(\d+)\]\.(\w+)", veld)
    if m:
        return f"inkomen_{m.group(1)}_{m.group(2)}"
    return veld


def _stapnummer(stap: str) -> int:
    return A.VOLGORDE.index(stap) + 1


def _stappagina(
    request: Request,
    a: Aanvraag,
    g: Gebruiker,
    stap: str,
    status: int = 200,
    fout: dict | None = None,
    waarden: dict | None = None,
):
    alle = A.waarschuwingen(a)
    hier = [w for w in alle if w.stap == stap]
    return pagina(
        request,
        "aanvraag_stap.html",
        status,
        a=a,
        stap=stap,
        stappen=A.STAPPEN,
        nummer=_stapnummer(stap),
        totaal=len(A.STAPPEN),
        waarden=waarden if waarden is not None else formulier_waarden(stap, a.gegevens or {}),
        fout=fout or {},
        waarschuwingen=hier,
        alle_waarschuwingen=alle,
        naam=g.naam,
        eerdere=A.EERDERE_UITKERINGEN,
        soorten=A.INKOMEN_SOORTEN,
        kinderen=KINDEREN,
        medebewoners=MEDEBEWONERS,
        inkomsten=INKOMSTEN,
        hergebruikt=(a.gegevens or {}).get("hergebruikt") or {},
        nl_datum=_nl_datum,
    )


# --- inwoner ------------------------------------------------------------------------------------


@router.get("/aanvraag", response_class=HTMLResponse)
def start(request: Request, wie: Wie = Depends(rol("inwoner")), s: Session = Depends(db), sp: Spoor = Depends(spoor)):
    g = wie.gebruiker
    lopend = A.heeft_lopende_bijstand(s, g)
    a = None if lopend else A.lopende(s, g)
    vorige = None
    if a is not None and a.meldingsdatum is None:
        vorige = A.vorige_zaak(s, a.bsn, dt.date.today())  # laat vooraf zien dat het een verkorte aanvraag wordt
    if a is not None:
        A._log(s, sp, g, a, "aanvraag.start", "lezen", "status")
        s.commit()
    eerder = [x for x in A.van_inwoner(s, g) if x.status not in ("concept",)]
    return pagina(
        request,
        "aanvraag_start.html",
        lopend=lopend,
        a=a,
        verkort=bool(vorige) or bool(a and a.verkort),
        eerder=eerder,
        stappen=A.STAPPEN,
        geidentificeerd=bool(a and A.geidentificeerd(a)),
    )


@router.post("/aanvraag", response_class=HTMLResponse)
def melden(request: Request, wie: Wie = Depends(rol("inwoner")), s: Session = Depends(db), sp: Spoor = Depends(spoor)):
    try:
        a, _ = A.start(s, wie.gebruiker, sp)
    except A.AanvraagFout as e:
        s.rollback()
        return foutpagina(request, e.status, e.bericht)
    s.commit()
    if a.status != "concept":
        return RedirectResponse(f"/aanvraag/{a.id}/bevestiging", status_code=303)
    return RedirectResponse(f"/aanvraag/{a.id}/{a.stap if a.stap in A.STAPPEN else 'melding'}", status_code=303)


@router.get("/aanvraag/{aanvraag_id}/bevestiging", response_class=HTMLResponse)
def bevestiging(
    request: Request,
    aanvraag_id: str,
    wie: Wie = Depends(rol("inwoner")),
    s: Session = Depends(db),
    sp: Spoor = Depends(spoor),
):
    a = _aanvraag_of_404(s, wie, aanvraag_id)
    if a.status == "concept":
        return RedirectResponse(f"/aanvraag/{a.id}/controleren", status_code=303)
    lijst = A.waarschuwingen(a)
    A._log(s, sp, wie.gebruiker, a, "aanvraag.bevestiging", "lezen", "status, meldingsdatum")
    s.commit()
    jong = any(w.veld == "geboortedatum" and "27 jaar" in w.tekst for w in lijst)
    return pagina(
        request,
        "aanvraag_bevestiging.html",
        a=a,
        waarschuwingen=lijst,
        jong=jong,
        beslisdatum=a.ingediend_op.date() + dt.timedelta(weeks=8) if a.ingediend_op else None,
        voorschotdatum=a.ingediend_op.date() + dt.timedelta(weeks=4) if a.ingediend_op else None,
    )


@router.post("/aanvraag/{aanvraag_id}/versturen", response_class=HTMLResponse)
async def versturen(
    request: Request,
    aanvraag_id: str,
    wie: Wie = Depends(rol("inwoner")),
    s: Session = Depends(db),
    sp: Spoor = Depends(spoor),
):
    form = await request.form()
    a = _aanvraag_of_404(s, wie, aanvraag_id)
    try:
        A.indienen(s, a, wie.gebruiker, versie=_versie(form.get("versie")), spoor=sp)
    except A.VersieConflict:
        s.refresh(a)
        return _stappagina(request, a, wie.gebruiker, "controleren", 409, fout={"versie": VERSIE_CONFLICT})
    except A.AanvraagFout as e:
        s.rollback()
        if e.status == 409 and a.status != "concept":
            return RedirectResponse(f"/aanvraag/{a.id}/bevestiging", status_code=303)
        return foutpagina(request, e.status, e.bericht)
    s.commit()
    return RedirectResponse(f"/aanvraag/{a.id}/bevestiging", status_code=303)


@router.get("/aanvraag/{aanvraag_id}/{stap}", response_class=HTMLResponse)
def stap_tonen(
    request: Request,
    aanvraag_id: str,
    stap: str,
    wie: Wie = Depends(rol("inwoner")),
    s: Session = Depends(db),
    sp: Spoor = Depends(spoor),
):
    a = _aanvraag_of_404(s, wie, aanvraag_id)
    if stap not in A.STAPPEN:
        raise Probleem(404, "Deze stap bestaat niet.")
    if a.status != "concept":
        return RedirectResponse(f"/aanvraag/{a.id}/bevestiging", status_code=303)
    A._log(s, sp, wie.gebruiker, a, f"aanvraag.stap.{stap}", "lezen", stap)
    s.commit()
    return _stappagina(request, a, wie.gebruiker, stap)


@router.post("/aanvraag/{aanvraag_id}/{stap}", response_class=HTMLResponse)
async def stap_opslaan(
    request: Request,
    aanvraag_id: str,
    stap: str,
    wie: Wie = Depends(rol("inwoner")),
    s: Session = Depends(db),
    sp: Spoor = Depends(spoor),
):
    form = await request.form()
    a = _aanvraag_of_404(s, wie, aanvraag_id)
    if stap not in A.INVUL_STAPPEN:
        raise Probleem(404, "Deze stap bestaat niet.")
    knop = form.get("knop") or "volgende"
    waarden = {k: str(form.get(k) or "") for k in form.keys() if k not in ("csrf", "versie", "knop")}
    try:
        A.sla_stap_op(
            s, a, wie.gebruiker, stap, invoer_uit_formulier(stap, form), versie=_versie(form.get("versie")), spoor=sp
        )
    except A.AanvraagFout as e:
        s.rollback()
        if e.status != 400:
            return foutpagina(request, e.status, e.bericht)
        return _stappagina(
            request,
            a,
            wie.gebruiker,
            stap,
            400,
            fout={formulierveld(e.veld): e.bericht},
            waarden={**formulier_waarden(stap, {}), **waarden},
        )
    except A.VersieConflict:
        s.refresh(a)
        return _stappagina(request, a, wie.gebruiker, stap, 409, fout={"versie": VERSIE_CONFLICT})
    s.commit()
    i = A.VOLGORDE.index(stap)
    naar = A.VOLGORDE[max(i - 1, 0)] if knop == "vorige" else A.VOLGORDE[i + 1]
    return RedirectResponse(f"/aanvraag/{a.id}/{naar}", status_code=303)


# --- klantmanager -------------------------------------------------------------------------------

STATUS_NAMEN = {
    "concept": "Concept",
    "ingediend": "Ingediend",
    "in_behandeling": "In behandeling",
    "toegekend": "Zaak gemaakt",
    "afgewezen": "Afgewezen",
    "ingetrokken": "Ingetrokken",
}


@router.get("/aanvragen", response_class=HTMLResponse)
def lijst(
    request: Request, wie: Wie = Depends(rol("klantmanager")), s: Session = Depends(db), sp: Spoor = Depends(spoor)
):
    rijen = A.voor_klantmanager(s, wie.gebruiker)
    namen = (
        {g.id: g.naam for g in s.query(Gebruiker).filter(Gebruiker.id.in_({a.gebruiker_id for a in rijen}))}
        if rijen
        else {}
    )
    for a in rijen:
        A._log(s, sp, wie.gebruiker, a, "aanvraag.lijst", "lezen", "naam, status, meldingsdatum")
    s.commit()
    return pagina(request, "aanvraag_lijst.html", rijen=rijen, namen=namen, statussen=STATUS_NAMEN)


def _beoordeelpagina(
    request: Request,
    s: Session,
    wie: Wie,
    a: Aanvraag,
    status: int = 200,
    fout: dict | None = None,
    waarden: dict | None = None,
):
    inwoner = s.get(Gebruiker, a.gebruiker_id)
    vorige = s.get(Zaak, a.vorige_zaak_id) if a.vorige_zaak_id else None
    return pagina(
        request,
        "aanvraag_beoordelen.html",
        status,
        a=a,
        inwoner=inwoner,
        vorige=vorige,
        waarschuwingen=A.waarschuwingen(a),
        historie=besluiten.van(s, "aanvraag", a.id),
        statussen=STATUS_NAMEN,
        stappen=A.STAPPEN,
        fout=fout or {},
        waarden=waarden or {},
        eerdere=A.EERDERE_UITKERINGEN,
        soorten=A.INKOMEN_SOORTEN,
        mijn=a.klantmanager_id == wie.gebruiker.id,
        grondslag_afwijzen=A.GRONDSLAG_AFWIJZEN,
        nl_datum=_nl_datum,
        geidentificeerd=A.geidentificeerd(a),
    )


@router.get("/aanvragen/{aanvraag_id}", response_class=HTMLResponse)
def beoordelen(
    request: Request,
    aanvraag_id: str,
    wie: Wie = Depends(rol("klantmanager")),
    s: Session = Depends(db),
    sp: Spoor = Depends(spoor),
):
    a = _aanvraag_of_404(s, wie, aanvraag_id)
    A._log(s, sp, wie.gebruiker, a, "aanvraag.lezen", "lezen", "alle stappen")
    s.commit()
    return _beoordeelpagina(request, s, wie, a)


@router.post("/aanvragen/{aanvraag_id}/{handeling}", response_class=HTMLResponse)
async def behandelen(
    request: Request,
    aanvraag_id: str,
    handeling: str,
    wie: Wie = Depends(rol("klantmanager")),
    s: Session = Depends(db),
    sp: Spoor = Depends(spoor),
):
    form = await request.form()
    a = _aanvraag_of_404(s, wie, aanvraag_id)
    versie = _versie(form.get("versie"))
    waarden = {
        k: str(form.get(k) or "")
        for k in ("motivering", "grondslag", "afwijs_motivering", "gegevens_geverifieerd", "gelijkstelling")
    }
    try:
        if handeling == "in-behandeling":
            A.in_behandeling_nemen(s, a, wie.gebruiker, versie=versie, spoor=sp)
            naar = f"/aanvragen/{a.id}?opgeslagen=in_behandeling"
        elif handeling == "zaak-maken":
            zaak = A.zaak_maken(
                s,
                a,
                wie.gebruiker,
                versie=versie,
                spoor=sp,
                motivering=waarden["motivering"],
                gegevens_geverifieerd=form.get("gegevens_geverifieerd") == "ja",
                gelijkstelling=form.get("gelijkstelling") == "ja",
            )
            naar = f"/zaken/{zaak.id}"
        elif handeling == "afwijzen":
            A.afwijzen(
                s,
                a,
                wie.gebruiker,
                versie=versie,
                spoor=sp,
                motivering=waarden["afwijs_motivering"],
                grondslag=waarden["grondslag"] or A.GRONDSLAG_AFWIJZEN,
            )
            naar = f"/aanvragen/{a.id}?opgeslagen=afgewezen"
        else:
            raise Probleem(404, "Deze handeling bestaat niet.")
    except A.AanvraagFout as e:
        s.rollback()
        if e.status not in (400,):
            return _beoordeelpagina(request, s, wie, a, e.status, fout={"status": e.bericht}, waarden=waarden)
        return _beoordeelpagina(request, s, wie, a, 400, fout={e.veld: e.bericht}, waarden=waarden)
    except besluiten.MotiveringOntbreekt as e:
        s.rollback()
        veld = "afwijs_motivering" if handeling == "afwijzen" else "motivering"
        return _beoordeelpagina(request, s, wie, a, 400, fout={veld: e.bericht}, waarden=waarden)
    except A.VersieConflict:
        s.refresh(a)
        return _beoordeelpagina(request, s, wie, a, 409, fout={"versie": VERSIE_CONFLICT}, waarden=waarden)
    s.commit()
    return RedirectResponse(naar, status_code=303)
