# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Webpagina's: maatregelen (issue 7). Server-rendered, werkt zonder JavaScript, NL Design System.

Eén pagina per zaak: de lijst, een formulier voor een signaal, per open maatregel het formulier van de
volgende stap (horen, beoordelen, herzien) en de geschiedenis. Formulieren: POST, dan 303; bij een fout
dezelfde pagina met de fout bij het veld (400), of 409 als iemand anders intussen iets wijzigde.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from sqlalchemy.orm import Session

from balans.api.afhankelijk import Wie, db, rol, spoor, zaak_of_404
from balans.geld import deel_half_omhoog
from balans.kalender import volgende_maand
from balans.participatie import maatregel as M
from balans.wet.verordening import laad_verordening, percentage_tekst
from balans.web.routes import _maand_uit_form, _versie_uit_form, pagina
from balans.zaak import besluiten
from balans.zaak import repository as R
from balans.zaak import verwerkingen as V
from balans.zaak.schema import Zaak
from balans.zaak.verwerkingen import Spoor

router = APIRouter(include_in_schema=False)
CONFLICT = (
    "Iemand anders heeft deze maatregel intussen gewijzigd. Hieronder ziet u de nieuwe stand. "
    "Uw invoer staat nog in het formulier: kijk of die nog klopt en sla opnieuw op."
)


def _datum(tekst: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(tekst.strip())
    except ValueError:
        return None


def _jaNee(tekst: str) -> bool | None:
    return {"ja": True, "nee": False}.get(tekst)


def _bedragen(s: Session, z: Zaak) -> dict[dt.date, tuple[int, int]]:
    """Per maand (norm, bijstand vóór verlaging), om te laten zien wat een percentage in euro's is."""
    uit = {}
    from balans.zaak.tijdlijn import tijdlijn

    for r in tijdlijn(s, z).resultaten(uitleg=False):
        u = r.uitkomst
        uit[r.maand] = (int(u.norm), int(u.bijstand) + int(u.verlaging))
    return uit


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
):
    v_standaard = laad_verordening(request.app.state.settings.verordening)
    rijen = M.van_zaak(s, z.id)
    bedragen = _bedragen(s, z)
    volgende = volgende_maand(dt.date.today().replace(day=1))
    open_info = {}
    for m in rijen:
        if m.status in M.OPEN:
            try:
                vs = M.voorstel(s, m)
            except M.MaatregelFout:
                continue
            v = laad_verordening(m.verordening)
            maand = volgende if volgende in bedragen else (max(bedragen) if bedragen else None)
            bedrag = None
            if maand is not None and vs.percentage_bp:
                norm, bijstand = bedragen[maand]
                bedrag = deel_half_omhoog((norm if v.over == "norm" else bijstand) * vs.percentage_bp, 10000)
            open_info[m.id] = {
                "voorstel": vs,
                "maand": maand,
                "bedrag": bedrag,
                "verordening": v,
                "percentage": percentage_tekst(vs.percentage_bp).rstrip("%"),
            }
    stappen = {m.id: besluiten.van(s, "maatregel", m.id) for m in rijen}
    from balans.participatie.plicht import heeft_partner

    personen = [("aanvrager", "De aanvrager")] + (
        [("partner", "De partner")] if heeft_partner(R.casus_van(s, z)) else []
    )
    V.log(
        s,
        spoor=sp,
        gebruiker=wie.gebruiker,
        naam="maatregelen.pagina",
        handeling="lezen",
        zaak_id=z.id,
        activiteit="maatregel",
        gegevens="maatregelen, zienswijze, besluiten",
    )
    s.commit()
    return pagina(
        request,
        "maatregelen.html",
        status,
        zaak=z,
        maatregelen=rijen,
        stappen=stappen,
        info=open_info,
        verordening=v_standaard,
        personen=personen,
        fout=fout or {},
        waarden=waarden or {},
        formulier=formulier,
        STATUSSEN=M.STATUSSEN,
        WIJZEN=M.WIJZEN,
        AWB=M.AWB_4_11,
        volgende=f"{volgende:%Y-%m}",
        vandaag=dt.date.today().isoformat(),
        percentage_tekst=percentage_tekst,
        categorie_opties=[("", "Kies een categorie")]
        + [
            (c.code, f"{c.code}: {c.omschrijving} ({percentage_tekst(c.percentage_bp)}, {M.maanden_tekst(c.maanden)})")
            for c in v_standaard.categorieen.values()
        ],
    )


@router.get("/zaken/{zaak_id}/maatregelen", response_class=HTMLResponse)
def maatregelen(
    request: Request,
    zaak_id: str,
    wie: Wie = Depends(rol("klantmanager")),
    s: Session = Depends(db),
    sp: Spoor = Depends(spoor),
):
    return _pagina(request, s, wie, zaak_of_404(s, wie, zaak_id), sp)


def _klaar(s: Session, wie: Wie, z: Zaak, sp: Spoor, naam: str, wat: str, anker: str):
    V.log(
        s,
        spoor=sp,
        gebruiker=wie.gebruiker,
        naam=naam,
        handeling="wijzigen",
        zaak_id=z.id,
        activiteit="maatregel",
        gegevens=wat,
    )
    s.commit()
    return RedirectResponse(f"/zaken/{z.id}/maatregelen?opgeslagen=1#{anker}", status_code=303)


@router.post("/zaken/{zaak_id}/maatregelen", response_class=HTMLResponse)
def signaal(
    request: Request,
    zaak_id: str,
    categorie: str = Form(""),
    gedraging: str = Form(""),
    signaal_datum: str = Form(""),
    persoon: str = Form("aanvrager"),
    wie: Wie = Depends(rol("klantmanager")),
    s: Session = Depends(db),
    sp: Spoor = Depends(spoor),
):
    z = zaak_of_404(s, wie, zaak_id)
    waarden = {"categorie": categorie, "gedraging": gedraging, "signaal_datum": signaal_datum, "persoon": persoon}
    try:
        m = M.meld(
            s,
            z,
            auteur=wie.gebruiker,
            verordening=request.app.state.settings.verordening,
            categorie=categorie,
            gedraging=gedraging,
            signaal_datum=_datum(signaal_datum),
            persoon=persoon,
        )
    except M.MaatregelFout as e:
        s.rollback()
        return _pagina(request, s, wie, z, sp, 400, {e.veld: e.bericht}, waarden, "nieuw")
    return _klaar(s, wie, z, sp, "maatregel.melden", "gedraging, categorie, datum", f"maatregel-{m.id}")


def _stap(request, s, wie, z, sp, maatregel_id: int, waarden: dict, doe):
    m = M.haal(s, z.id, maatregel_id)
    if m is None:
        from balans.api.probleem import Probleem

        raise Probleem(404, "Deze maatregel bestaat niet bij deze zaak.")
    try:
        doe(m, _versie_uit_form(waarden.get("versie", "")))
    except M.MaatregelFout as e:
        s.rollback()
        veld = f"m{m.id}_{e.veld}"
        return _pagina(request, s, wie, z, sp, 400, {veld: e.bericht}, waarden, f"m{m.id}")
    except M.VersieConflict:
        return _pagina(request, s, wie, z, sp, 409, {f"m{maatregel_id}_versie": CONFLICT}, waarden, f"m{maatregel_id}")
    return _klaar(s, wie, z, sp, "maatregel.stap", f"maatregel {m.id}: {m.status}", f"maatregel-{m.id}")


@router.post("/zaken/{zaak_id}/maatregelen/{maatregel_id}/horen", response_class=HTMLResponse)
def horen(
    request: Request,
    zaak_id: str,
    maatregel_id: int,
    wijze: str = Form(""),
    datum: str = Form(""),
    zienswijze: str = Form(""),
    reden_niet_horen: str = Form(""),
    toelichting: str = Form(""),
    versie: str = Form(""),
    wie: Wie = Depends(rol("klantmanager")),
    s: Session = Depends(db),
    sp: Spoor = Depends(spoor),
):
    z = zaak_of_404(s, wie, zaak_id)
    waarden = {
        "wijze": wijze,
        "datum": datum,
        "zienswijze": zienswijze,
        "reden_niet_horen": reden_niet_horen,
        "toelichting": toelichting,
        "versie": versie,
    }
    return _stap(
        request,
        s,
        wie,
        z,
        sp,
        maatregel_id,
        waarden,
        lambda m, v: M.hoor(
            s,
            m,
            auteur=wie.gebruiker,
            versie=v,
            wijze=wijze,
            datum=_datum(datum),
            zienswijze=zienswijze,
            reden_niet_horen=reden_niet_horen or None,
            toelichting=toelichting,
        ),
    )


def _percentage(tekst: str) -> int | None:
    tekst = tekst.strip().replace(",", ".").rstrip("%").strip()
    if not tekst:
        return None
    try:
        d = Decimal(tekst)
    except InvalidOperation:
        raise M.MaatregelFout("percentage", "Vul een percentage in, zoals 30 of 12,5.") from None
    if not d.is_finite() or d * 100 != (d * 100).to_integral_value():
        raise M.MaatregelFout("percentage", "Vul een percentage in met hoogstens twee cijfers achter de komma.")
    return int(d * 100)


@router.post("/zaken/{zaak_id}/maatregelen/{maatregel_id}/beoordelen", response_class=HTMLResponse)
def beoordelen(
    request: Request,
    zaak_id: str,
    maatregel_id: int,
    verwijtbaar: str = Form(""),
    dringende_redenen: str = Form(""),
    motivering: str = Form(""),
    percentage: str = Form(""),
    ingang: str = Form(""),
    versie: str = Form(""),
    wie: Wie = Depends(rol("klantmanager")),
    s: Session = Depends(db),
    sp: Spoor = Depends(spoor),
):
    z = zaak_of_404(s, wie, zaak_id)
    waarden = {
        "verwijtbaar": verwijtbaar,
        "dringende_redenen": dringende_redenen,
        "motivering": motivering,
        "percentage": percentage,
        "ingang": ingang,
        "versie": versie,
    }

    def doe(m, v):
        ing = None
        if ingang.strip():
            ing = _maand_uit_form(ingang.strip())
            if ing is None:
                raise M.MaatregelFout("ingang", "Vul de maand in als jaar-maand, zoals 2026-03.")
        M.beoordeel(
            s,
            m,
            auteur=wie.gebruiker,
            versie=v,
            verwijtbaar=_jaNee(verwijtbaar),
            dringende_redenen=_jaNee(dringende_redenen),
            motivering=motivering,
            percentage_bp=_percentage(percentage),
            ingang=ing,
        )

    return _stap(request, s, wie, z, sp, maatregel_id, waarden, doe)


@router.post("/zaken/{zaak_id}/maatregelen/{maatregel_id}/herzien", response_class=HTMLResponse)
def herzien(
    request: Request,
    zaak_id: str,
    maatregel_id: int,
    vanaf: str = Form(""),
    motivering: str = Form(""),
    versie: str = Form(""),
    wie: Wie = Depends(rol("klantmanager")),
    s: Session = Depends(db),
    sp: Spoor = Depends(spoor),
):
    z = zaak_of_404(s, wie, zaak_id)
    waarden = {"vanaf": vanaf, "motivering": motivering, "versie": versie}

    def doe(m, v):
        maand = _maand_uit_form(vanaf.strip())
        M.herzie(s, m, auteur=wie.gebruiker, versie=v, vanaf=maand, motivering=motivering)

    return _stap(request, s, wie, z, sp, maatregel_id, waarden, doe)
