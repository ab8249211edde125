# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Webpagina's voor beheer (issue 14, item 6) en 'wachtwoord wijzigen' voor iedereen.

- /beheer: gebruikers en een medewerker toevoegen;
- /beheer/gebruikers/{id}: deactiveren en weer activeren, de rol wijzigen, het wachtwoord herstellen;
- /beheer/zaken: zaken (een of meer tegelijk) aan een klantmanager toewijzen, met de belasting per klantmanager;
- /wachtwoord: zelf een nieuw wachtwoord kiezen (verplicht na een herstel).

De wijzigingen zelf en het besluitenlog staan in zaak/gebruikers.py. CSRF zoals elk formulier (rol()).
"""

from __future__ import annotations

import datetime as dt

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from balans.api.afhankelijk import Wie, db, rol, spoor
from balans.api.grenzen import heel_getal
from balans.api.probleem import Probleem
from balans.participatie.caseload import lopend
from balans.web.routes import _startpagina, pagina
from balans.zaak import gebruikers as GB
from balans.zaak import verwerkingen as V
from balans.zaak.schema import Gebruiker, Zaak
from balans.zaak.verwerkingen import Spoor

router = APIRouter(include_in_schema=False)
ROLOPTIES = [
    ("", "Kies een rol"),
    ("klantmanager", "Klantmanager"),
    ("beleidsmedewerker", "Beleidsmedewerker"),
    ("beheerder", "Beheerder"),
]
MELDINGEN = {
    "toegevoegd": "Gebruiker toegevoegd.",
    "1": "Gebruiker toegevoegd.",
    "gedeactiveerd": "De gebruiker is gedeactiveerd. Inloggen kan niet meer; lopende sessies zijn beëindigd.",
    "geactiveerd": "De gebruiker is weer actief en kan weer inloggen.",
    "rol": "De rol is gewijzigd. De gebruiker moet opnieuw inloggen.",
}
PER_PAGINA = 60
GEEN = "geen"  # filter: zaken zonder klantmanager


def _gebruiker_of_404(s: Session, gebruiker_id: str) -> Gebruiker:
    n = heel_getal(gebruiker_id)
    g = s.get(Gebruiker, n) if n is not None else None
    if g is None:
        raise Probleem(404, "Deze gebruiker bestaat niet.")
    return g


def _norm(request: Request) -> tuple[int, int]:
    st = request.app.state.settings
    return st.caseload_min, st.caseload_max


# --- overzicht en toevoegen ---------------------------------------------------------------------


@router.get("/beheer", response_class=HTMLResponse)
def beheer(request: Request, wie: Wie = Depends(rol("beheerder")), s: Session = Depends(db)):
    return _beheerpagina(request, s)


def _beheerpagina(
    request: Request, s: Session, status: int = 200, fout: dict | None = None, waarden: dict | None = None
) -> HTMLResponse:
    gebruikers = list(s.scalars(select(Gebruiker).order_by(Gebruiker.rol, Gebruiker.gebruikersnaam)))
    aantallen = dict(s.execute(select(Zaak.klantmanager_id, func.count()).group_by(Zaak.klantmanager_id)).all())
    melding = MELDINGEN.get(request.query_params.get("opgeslagen", ""))
    return pagina(
        request,
        "beheer.html",
        status,
        gebruikers=gebruikers,
        aantallen=aantallen,
        rolopties=ROLOPTIES,
        fout=fout or {},
        waarden=waarden or {},
        melding=melding,
        log=GB.recente_log(s, 10),
        zonder_km=s.scalar(select(func.count()).select_from(Zaak).where(Zaak.klantmanager_id.is_(None))),
    )


@router.post("/beheer/gebruikers", response_class=HTMLResponse)
def gebruiker_toevoegen(
    request: Request,
    gebruikersnaam: str = Form(""),
    naam: str = Form(""),
    rol_: str = Form("", alias="rol"),
    wachtwoord: str = Form(""),
    wie: Wie = Depends(rol("beheerder")),
    s: Session = Depends(db),
):
    waarden = {"gebruikersnaam": gebruikersnaam, "naam": naam, "rol": rol_}
    try:
        GB.voeg_toe(s, gebruikersnaam=gebruikersnaam, naam=naam, rol=rol_, wachtwoord=wachtwoord, door=wie.gebruiker)
    except GB.Fouten as e:
        s.rollback()
        return _beheerpagina(request, s, 400, e.fouten, waarden)
    s.commit()
    return RedirectResponse("/beheer?opgeslagen=toegevoegd", status_code=303)


# --- één gebruiker ------------------------------------------------------------------------------


def _gebruikerpagina(
    request: Request,
    s: Session,
    g: Gebruiker,
    status: int = 200,
    fout: dict | None = None,
    eenmalig: str | None = None,
    waarden: dict | None = None,
) -> HTMLResponse:
    zaken = s.scalar(select(func.count()).select_from(Zaak).where(Zaak.klantmanager_id == g.id)) or 0
    lopend = GB.lopende_zaken(s, g.id) if g.rol == "klantmanager" else 0
    r = pagina(
        request,
        "beheer_gebruiker.html",
        status,
        g=g,
        fout=fout or {},
        waarden=waarden or {},
        rolopties=ROLOPTIES,
        eenmalig=eenmalig,
        zaken=zaken,
        lopend=lopend,
        log=GB.log_van(s, g.id),
        melding=MELDINGEN.get(request.query_params.get("opgeslagen", "")),
    )
    if eenmalig:  # het eenmalige wachtwoord hoort niet in een cache of in de geschiedenis van de browser
        r.headers["Cache-Control"] = "no-store"
    return r


@router.get("/beheer/gebruikers/{gebruiker_id}", response_class=HTMLResponse)
def gebruiker(request: Request, gebruiker_id: str, wie: Wie = Depends(rol("beheerder")), s: Session = Depends(db)):
    return _gebruikerpagina(request, s, _gebruiker_of_404(s, gebruiker_id))


@router.post("/beheer/gebruikers/{gebruiker_id}/actief", response_class=HTMLResponse)
def gebruiker_actief(
    request: Request,
    gebruiker_id: str,
    actief: str = Form(""),
    wie: Wie = Depends(rol("beheerder")),
    s: Session = Depends(db),
):
    g = _gebruiker_of_404(s, gebruiker_id)
    try:
        if actief not in ("ja", "nee"):
            raise GB.BeheerFout("actief", "Kies of de gebruiker actief of gedeactiveerd moet zijn.")
        GB.zet_actief(s, g, actief == "ja", wie.gebruiker)
    except GB.BeheerFout as e:
        s.rollback()
        return _gebruikerpagina(request, s, g, 400, {e.veld: e.bericht})
    s.commit()
    return RedirectResponse(
        f"/beheer/gebruikers/{g.id}?opgeslagen={'geactiveerd' if actief == 'ja' else 'gedeactiveerd'}", status_code=303
    )


@router.post("/beheer/gebruikers/{gebruiker_id}/rol", response_class=HTMLResponse)
def gebruiker_rol(
    request: Request,
    gebruiker_id: str,
    nieuwe_rol: str = Form("", alias="rol"),
    wie: Wie = Depends(rol("beheerder")),
    s: Session = Depends(db),
):
    g = _gebruiker_of_404(s, gebruiker_id)
    try:
        GB.wijzig_rol(s, g, nieuwe_rol, wie.gebruiker)
    except GB.BeheerFout as e:
        s.rollback()
        s.refresh(g)
        return _gebruikerpagina(request, s, g, 400, {e.veld: e.bericht}, waarden={"rol": nieuwe_rol})
    s.commit()
    return RedirectResponse(f"/beheer/gebruikers/{g.id}?opgeslagen=rol", status_code=303)


@router.post("/beheer/gebruikers/{gebruiker_id}/wachtwoord", response_class=HTMLResponse)
def gebruiker_wachtwoord(
    request: Request,
    gebruiker_id: str,
    bevestig: str = Form(""),
    wie: Wie = Depends(rol("beheerder")),
    s: Session = Depends(db),
):
    g = _gebruiker_of_404(s, gebruiker_id)
    try:
        if bevestig != "ja":
            raise GB.BeheerFout(
                "bevestig", "Vink aan dat u het wachtwoord wilt herstellen. Het oude wachtwoord werkt daarna niet meer."
            )
        eenmalig = GB.herstel_wachtwoord(s, g, wie.gebruiker)
    except GB.BeheerFout as e:
        s.rollback()
        return _gebruikerpagina(request, s, g, 400, {e.veld: e.bericht})
    s.commit()
    # Geen doorverwijzing: het wachtwoord staat alleen in dit ene antwoord.
    return _gebruikerpagina(request, s, g, eenmalig=eenmalig)


# --- zaken verdelen -----------------------------------------------------------------------------


def _zakenpagina(
    request: Request,
    s: Session,
    wie: Wie,
    sp: Spoor,
    van: str = "",
    pagina_nr: int = 1,
    status: int = 200,
    fout: dict | None = None,
    waarden: dict | None = None,
    verplaatst: int | None = None,
    naar_naam: str | None = None,
) -> HTMLResponse:
    norm_min, norm_max = _norm(request)
    rijen = GB.belasting(s, norm_min, norm_max)
    van_km = next((r.gebruiker for r in rijen if str(r.gebruiker.id) == van), None)
    zaken: list[Zaak] = []
    totaal = 0
    if van_km is not None or van == GEEN:
        q = select(Zaak).where(Zaak.klantmanager_id == van_km.id if van_km else Zaak.klantmanager_id.is_(None))
        totaal = s.scalar(select(func.count()).select_from(q.subquery())) or 0
        # Geen namen (dataminimalisatie, AVG art. 5 lid 1 onder c; docs/avg-beheer-zaken.md): zaaknummer, status en
        # ingangsdatum. Dat blijven persoonsgegevens (gepseudonimiseerd), dus elke getoonde zaak in het verwerkingenlog.
        zaken = list(
            s.scalars(q.order_by(Zaak.ingangsdatum, Zaak.id).offset((pagina_nr - 1) * PER_PAGINA).limit(PER_PAGINA))
        )
        V.log_lijst(
            s,
            spoor=sp,
            gebruiker=wie.gebruiker,
            naam="beheer.zaken",
            zaak_ids=[z.id for z in zaken],
            activiteit="zaak-toewijzen",
            gegevens="zaaknummer, status, ingangsdatum, klantmanager",
        )
        s.commit()
    vandaag = dt.date.today()
    return pagina(
        request,
        "beheer_zaken.html",
        status,
        rijen=rijen,
        van=van,
        van_km=van_km,
        zaken=zaken,
        lopend={z.id for z in zaken if lopend(z, vandaag)},
        totaal=totaal,
        pagina_nr=pagina_nr,
        paginas=max(1, -(-totaal // PER_PAGINA)),
        norm_min=norm_min,
        norm_max=norm_max,
        fout=fout or {},
        waarden=waarden or {},
        verplaatst=verplaatst,
        naar_naam=naar_naam,
        naar_opties=[("", "Kies een klantmanager")]
        + [
            (str(r.gebruiker.id), f"{r.gebruiker.naam} ({r.lopend} lopend)")
            for r in rijen
            if r.gebruiker.actief and r.gebruiker != van_km
        ],
        geen=GEEN,
    )


@router.get("/beheer/zaken", response_class=HTMLResponse)
def beheer_zaken(
    request: Request,
    van: str = Query("", max_length=20),
    pagina_nr: int = Query(1, alias="pagina", ge=1, le=10000),
    verplaatst: int | None = Query(None, ge=0, le=10000),
    naar: str = Query("", max_length=20),
    wie: Wie = Depends(rol("beheerder")),
    s: Session = Depends(db),
    sp: Spoor = Depends(spoor),
):
    naar_naam = None
    if verplaatst is not None and (n := heel_getal(naar)) is not None and (g := s.get(Gebruiker, n)):
        naar_naam = g.naam
    return _zakenpagina(
        request, s, wie, sp, van, pagina_nr, verplaatst=verplaatst if naar_naam else None, naar_naam=naar_naam
    )


@router.post("/beheer/zaken", response_class=HTMLResponse)
async def zaken_toewijzen(
    request: Request,
    van: str = Form(""),
    naar: str = Form(""),
    wie: Wie = Depends(rol("beheerder")),
    s: Session = Depends(db),
    sp: Spoor = Depends(spoor),
):
    form = await request.form()
    ids = [str(i) for i in form.getlist("zaak")][: GB.MAX_TEGELIJK + 1]
    try:
        zaken = GB.wijs_toe(s, ids, heel_getal(naar) if naar else None, wie.gebruiker)
        for z in zaken:
            V.log(
                s,
                spoor=sp,
                gebruiker=wie.gebruiker,
                naam="beheer.toewijzen",
                handeling="wijzigen",
                zaak_id=z.id,
                activiteit="zaak-toewijzen",
                gegevens="klantmanager",
            )
    except GB.BeheerFout as e:
        s.rollback()
        return _zakenpagina(
            request, s, wie, sp, van, status=400, fout={e.veld: e.bericht}, waarden={"zaak": set(ids), "naar": naar}
        )
    s.commit()
    return RedirectResponse(f"/beheer/zaken?van={van}&verplaatst={len(zaken)}&naar={heel_getal(naar)}", status_code=303)


# --- zelf een nieuw wachtwoord kiezen (elke rol) ------------------------------------------------


@router.get("/wachtwoord", response_class=HTMLResponse)
def wachtwoord(request: Request, wie: Wie = Depends(rol())):
    return pagina(request, "wachtwoord.html", fout={}, verplicht=wie.gebruiker.wachtwoord_wijzigen)


@router.post("/wachtwoord", response_class=HTMLResponse)
def wachtwoord_wijzigen(
    request: Request,
    huidig: str = Form(""),
    nieuw: str = Form(""),
    herhaal: str = Form(""),
    wie: Wie = Depends(rol()),
    s: Session = Depends(db),
):
    g = s.get(Gebruiker, wie.gebruiker.id)
    try:
        GB.wijzig_wachtwoord(s, g, huidig=huidig, nieuw=nieuw, herhaal=herhaal, sessie_id=wie.sessie.id)
    except GB.Fouten as e:
        s.rollback()
        # Wachtwoorden zetten we nooit terug in het formulier; de melding staat bij het veld.
        return pagina(request, "wachtwoord.html", 400, fout=e.fouten, verplicht=wie.gebruiker.wachtwoord_wijzigen)
    s.commit()
    return RedirectResponse(_startpagina(g) + "?wachtwoord=gewijzigd", status_code=303)
