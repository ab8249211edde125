# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""De webpagina's: server-rendered, werken zonder JavaScript, NL Design System (Utrecht-componenten).

Elke pagina rekent via zaak.diensten, dus met dezelfde JSON als de API.
"""

from __future__ import annotations

import datetime as dt
import secrets
from pathlib import Path
from urllib.parse import quote

from fastapi import APIRouter, Depends, Form, Query, Request, Response
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.templating import Jinja2Templates
from sqlalchemy.orm import Session

from balans.api.afhankelijk import NIEUW_WACHTWOORD, Wie, db, rol, spoor, wie_optioneel, zaak_of_404
from balans.api.grenzen import heel_getal
from balans.zaak.toegang import COOKIE, OnjuistLogin, TeVeelPogingen, log_in, log_uit_sessie
from balans.casus.laden import CasusFout
from balans.geld import OngeldigBedrag, OngeldigNederlandsBedrag, als_euro, als_tekst, naar_centen, uit_nederlands
from balans.uitvoer import MAANDNAMEN, datum_mens
from balans.zaak import diensten
from balans.zaak import repository as R
from balans.zaak.maatwerk import leg_maatwerk_vast
from balans.zaak import verwerkingen as V
from balans.zaak.schema import Gebruiker, Zaak
from balans.zaak.tijdlijn import tijdlijn
from balans.zaak.verwerkingen import Spoor
from balans.web import kenmerken as _kenmerken  # gegevens van het formulier; dat zelf: web/kenmerken_formulier.py

router = APIRouter(include_in_schema=False)
sjablonen = Jinja2Templates(directory=Path(__file__).parent / "sjablonen")
VOORAF = "balans_csrf_vooraf"  # CSRF voor het inlogformulier (nog geen sessie): dubbel-verzonden token


def _euro(tekst) -> str:
    if tekst is None:
        return "–"
    return als_euro(naar_centen(str(tekst)))


def _maand(tekst) -> str:
    if isinstance(tekst, dt.date):
        return f"{MAANDNAMEN[tekst.month - 1]} {tekst.year}"
    j, m = str(tekst)[:7].split("-")
    return f"{MAANDNAMEN[int(m) - 1]} {j}"


def _datum(tekst) -> str:
    d = tekst if isinstance(tekst, (dt.date, dt.datetime)) else dt.date.fromisoformat(str(tekst)[:10])
    return datum_mens(d)


def _tijd(t: dt.datetime) -> str:
    t = t.astimezone()
    return f"{_datum(t)}, {t:%H:%M}"


def _maandopties(maanden) -> list[tuple[str, str]]:
    return [("", "Kies een maand")] + [(m, _maand(m)) for m in maanden]


def _grondslagopties(items) -> list[tuple[str, str]]:
    return [("", "Kies een grondslag")] + [(k, f"{k}: {v}") for k, v in items]


sjablonen.env.filters.update(
    euro=_euro,
    maand=_maand,
    datum=_datum,
    tijd=_tijd,
    centen=als_euro,
    zip_maanden=_maandopties,
    grondslag_opties=_grondslagopties,
)
METHODE_NAMEN = {
    "op_de_maand": "Op de maand",
    "achteraf": "Achteraf",
    "schatten": "Schatten",
    "vast_bedrag": "Vast bedrag (Surplus)",
}
sjablonen.env.globals.update(METHODE_NAMEN=METHODE_NAMEN)


def pagina(request: Request, sjabloon: str, status: int = 200, **ctx) -> HTMLResponse:
    wie = getattr(request.state, "wie", None)
    ctx.setdefault("wie", wie)
    ctx.setdefault("csrf", wie.sessie.csrf if wie else None)
    return sjablonen.TemplateResponse(request, sjabloon, ctx, status_code=status)


def foutpagina(request: Request, status: int, detail: str, headers: dict | None = None) -> Response:
    if status == 401:
        return RedirectResponse(f"/inloggen?terug={quote(request.url.path)}", status_code=303)
    if status == 403 and (headers or {}).get("Location") == NIEUW_WACHTWOORD:
        return RedirectResponse(NIEUW_WACHTWOORD, status_code=303)
    titel = {403: "Geen toegang", 404: "Niet gevonden", 429: "Even wachten", 503: "Even te druk"}.get(
        status, "Er ging iets mis"
    )
    r = pagina(request, "fout.html", status, titel=titel, detail=detail)
    for k, v in (headers or {}).items():
        r.headers[k] = v
    return r


# --- openbaar -----------------------------------------------------------------------------------


@router.get("/", response_class=HTMLResponse)
def start(request: Request, wie: Wie | None = Depends(wie_optioneel)):
    return pagina(request, "start.html")


@router.get("/algoritmeregister", response_class=HTMLResponse)
def algoritmeregister(request: Request, wie: Wie | None = Depends(wie_optioneel)):
    from balans.algoritmeregister import VELDEN, laad

    return pagina(request, "algoritmeregister.html", register=laad(), velden=VELDEN)


@router.get("/toegankelijkheid", response_class=HTMLResponse)
def toegankelijkheid(request: Request, wie: Wie | None = Depends(wie_optioneel)):
    return pagina(request, "toegankelijkheid.html")


# --- inloggen -----------------------------------------------------------------------------------


def _inlogformulier(
    request: Request, status: int = 200, terug: str = "", fout: str | None = None, headers: dict | None = None, **ctx
) -> HTMLResponse:
    """Het formulier met een vers token, dat ook als cookie meegaat (dubbel verzonden: nog geen sessie)."""
    token = secrets.token_urlsafe(24)
    r = pagina(
        request,
        "inloggen.html",
        status,
        vooraf=token,
        terug=_veilig_terug(terug),
        fout=fout,
        oidc=request.app.state.settings.oidc_aan,
        oidc_knop=request.app.state.settings.oidc_knop,
        **ctx,
    )
    r.set_cookie(
        VOORAF, token, httponly=True, samesite="strict", secure=request.app.state.settings.secure_cookies, max_age=3600
    )
    for k, v in (headers or {}).items():
        r.headers[k] = v
    return r


@router.get("/inloggen", response_class=HTMLResponse)
def inloggen(request: Request, terug: str = "", wie: Wie | None = Depends(wie_optioneel)):
    return _inlogformulier(request, terug=terug)


def _veilig_terug(terug: str) -> str:
    # Alleen paden op deze site: geen open redirect.
    return terug if terug.startswith("/") and not terug.startswith("//") and "\\" not in terug else ""


def _startpagina(g: Gebruiker) -> str:
    if g.rol == "inwoner" and not g.zaak_id:  # nog geen bijstand: meteen naar de aanvraag
        return "/aanvraag"
    return {"inwoner": "/mijn", "klantmanager": "/zaken", "beleidsmedewerker": "/beleid", "beheerder": "/beheer"}[g.rol]


@router.post("/inloggen", response_class=HTMLResponse)
def inloggen_verstuur(
    request: Request,
    gebruikersnaam: str = Form(""),
    wachtwoord: str = Form(""),
    csrf: str = Form(""),
    terug: str = Form(""),
    s: Session = Depends(db),
):
    vooraf = request.cookies.get(VOORAF)

    def opnieuw(fout: str, status: int, headers: dict | None = None):
        return _inlogformulier(request, status, terug, fout, headers, gebruikersnaam=gebruikersnaam)

    if not vooraf or not secrets.compare_digest(vooraf, csrf):
        return opnieuw("Het formulier was verlopen. Probeer het nog eens.", 403)
    if not gebruikersnaam.strip() or not wachtwoord:
        return opnieuw("Vul uw gebruikersnaam en wachtwoord in.", 400)
    try:
        token, sessie = log_in(
            s, request.app.state.settings, gebruikersnaam, wachtwoord, request.client.host if request.client else "?"
        )
    except TeVeelPogingen as e:
        return opnieuw(
            f"Te vaak een verkeerd wachtwoord. Probeer het over {e.tekst} opnieuw.",
            429,
            {"Retry-After": str(e.seconden)},
        )
    except OnjuistLogin:
        return opnieuw("De gebruikersnaam of het wachtwoord klopt niet.", 401)
    g = s.get(Gebruiker, sessie.gebruiker_id)
    doel = NIEUW_WACHTWOORD if g.wachtwoord_wijzigen else (_veilig_terug(terug) or _startpagina(g))
    r = RedirectResponse(doel, status_code=303)
    from balans.api.v1 import zet_cookie

    zet_cookie(r, request, token)
    r.delete_cookie(VOORAF)
    return r


@router.post("/uitloggen")
def uitloggen(request: Request, wie: Wie = Depends(rol()), s: Session = Depends(db)):
    log_uit_sessie(s, wie.sessie.id)
    r = RedirectResponse("/", status_code=303)
    r.delete_cookie(COOKIE, path="/")
    return r


# --- inwoner ------------------------------------------------------------------------------------

# /mijn en de beschikking voor de inwoner: web/mijn.py


# --- klantmanager -------------------------------------------------------------------------------


@router.get("/zaken", response_class=HTMLResponse)
def zaken(
    request: Request,
    pagina_nr: int = Query(1, alias="pagina", ge=1, le=100000),
    naam: str | None = Query(None, max_length=10_000),
    wie: Wie = Depends(rol("klantmanager")),
    s: Session = Depends(db),
    sp: Spoor = Depends(spoor),
):
    naam = naam or ""
    # Te lang: een melding bij het veld, de tekst blijft staan, en er wordt niet gezocht (de gewone lijst).
    zoek_fout = f"Zoek met hoogstens 100 tekens; u typte er {len(naam)}." if len(naam) > 100 else None
    zoek = None if zoek_fout else naam or None
    p = R.zaken_van(s, wie.gebruiker, pagina_nr, 20, zoek)
    V.log_lijst(
        s,
        spoor=sp,
        gebruiker=wie.gebruiker,
        naam="zaken.zoeken" if zoek else "zaken.lijst",
        zaak_ids=[z.id for z in p.zaken],
        activiteit="zaak-behandelen",
        gegevens="naam, status",
    )
    s.commit()
    return pagina(request, "zaken.html", 400 if zoek_fout else 200, p=p, naam=naam, zoek_fout=zoek_fout)


def _zaakpagina(request: Request, s: Session, wie: Wie, z: Zaak, sp: Spoor, status: int = 200, **extra):
    data = R.casus_data(s, z)
    staat = diensten.maandstaat_zaak(tijdlijn(s, z, data=data))  # met maatregelen, maatwerk en de duur
    alle_mw = R.maatwerk_van(s, z.id)
    namen = R.namen(s, [m.auteur_id for m in alle_mw])
    V.log(
        s,
        spoor=sp,
        gebruiker=wie.gebruiker,
        naam="zaak.pagina",
        handeling="lezen",
        zaak_id=z.id,
        activiteit="zaak-behandelen",
        gegevens="naam, huishouden, inkomen, vermogen, bijstand",
    )
    s.commit()
    extra.setdefault("mw_fout", {})
    extra.setdefault("mw_waarden", {})
    extra.setdefault("ink_fout", {})
    extra.setdefault("ink_waarden", {})
    extra.setdefault("eind_fout", {})
    extra.setdefault("eind_waarden", {})
    extra.setdefault("km_fout", {})
    extra.setdefault("km_waarden", {})
    extra.update(_kenmerken.opties(), kenmerken=_kenmerken.overzicht(data))  # web/kenmerken.py
    from balans.zaak.tijdlijn import EINDE_REDENEN, beeindigingen

    extra["einde_redenen"] = [("", "Kies een reden")] + [(k, v[0].upper() + v[1:]) for k, v in EINDE_REDENEN.items()]
    extra["beeindigingen"] = beeindigingen(s, z.id)
    return pagina(
        request,
        "zaak.html",
        status,
        zaak=z,
        casus=data,
        berekening=staat,
        staat=staat,
        maatwerk=alle_mw,
        namen=namen,
        grondslagen=R.MAATWERK_GRONDSLAGEN,
        **extra,
    )


@router.get("/zaken/{zaak_id}", response_class=HTMLResponse)
def zaak(
    request: Request,
    zaak_id: str,
    wie: Wie = Depends(rol("klantmanager")),
    s: Session = Depends(db),
    sp: Spoor = Depends(spoor),
):
    return _zaakpagina(request, s, wie, zaak_of_404(s, wie, zaak_id), sp)


VERSIE_CONFLICT = (
    "Iemand anders heeft deze zaak intussen gewijzigd. Hieronder ziet u de nieuwe stand. "
    "Uw invoer staat nog in het formulier: kijk of die nog klopt en sla opnieuw op."
)


def _versie_uit_form(tekst: str) -> int:
    n = heel_getal(tekst)  # alleen ASCII-cijfers, begrensd (issue 17)
    return -1 if n is None else n  # -1 past nooit: dan een conflict, geen stille overschrijving


def _maand_uit_form(tekst: str) -> dt.date | None:
    try:
        j, m = tekst.split("-")
        return dt.date(int(j), int(m), 1)
    except (ValueError, TypeError):
        return None


def _norm_van(s: Session, z: Zaak, maand: dt.date) -> int | None:
    """De norm van die maand (art. 21-22a), voor de controle op een onwaarschijnlijk hoog bedrag."""
    from balans.rekenen.casus import bereken

    for r in bereken(R.casus_van(s, z), uitleg=False):
        if r.maand == maand:
            return int(r.uitkomst.norm)
    return None


@router.post("/zaken/{zaak_id}/maatwerk", response_class=HTMLResponse)
def maatwerk(
    request: Request,
    zaak_id: str,
    maand: str = Form(""),
    bedrag: str = Form(""),
    grondslag: str = Form(""),
    motivering: str = Form(""),
    versie: str = Form(""),
    bevestig: str = Form(""),
    wie: Wie = Depends(rol("klantmanager")),
    s: Session = Depends(db),
    sp: Spoor = Depends(spoor),
):
    z = zaak_of_404(s, wie, zaak_id)
    waarden = {"maand": maand, "bedrag": bedrag, "grondslag": grondslag, "motivering": motivering}
    fout = {}
    m = _maand_uit_form(maand)
    if m is None:
        fout["maand"] = "Kies de maand."
    centen = None
    try:
        centen = uit_nederlands(bedrag)
    except OngeldigNederlandsBedrag as e:
        fout["bedrag"] = e.bericht
    if centen is not None and m is not None and "bedrag" not in fout:
        # Een tikfout van een paar nullen is duur: boven twee keer de norm vragen we een tweede bevestiging.
        norm = _norm_van(s, z, m)
        if norm and centen > 2 * norm and bevestig != "ja":
            fout["bevestig"] = (
                f"{als_euro(centen)} is meer dan twee keer de norm van {als_euro(norm)}. "
                "Klopt dit bedrag? Vink dan aan dat u het bedrag hebt gecontroleerd en sla opnieuw op."
            )
            waarden["vraag_bevestiging"] = "ja"
    if not fout:
        try:
            leg_maatwerk_vast(
                s,
                z,
                maand=m,
                vastgesteld=centen,
                motivering=motivering,
                grondslag=grondslag,
                versie=_versie_uit_form(versie),
                door=wie.gebruiker,
            )
            V.log(
                s,
                spoor=sp,
                gebruiker=wie.gebruiker,
                naam="maatwerk.vastleggen",
                handeling="wijzigen",
                zaak_id=z.id,
                activiteit="maatwerk",
                gegevens="bijstand, motivering",
            )
            s.commit()
            return RedirectResponse(f"/zaken/{z.id}?opgeslagen=maatwerk#besluiten", status_code=303)
        except R.OngeldigeWijziging as e:
            s.rollback()
            fout[e.veld] = e.bericht
        except R.VersieConflict:
            s.rollback()
            s.refresh(z)
            fout["versie"] = VERSIE_CONFLICT
    return _zaakpagina(request, s, wie, z, sp, 409 if "versie" in fout else 400, mw_fout=fout, mw_waarden=waarden)


@router.post("/zaken/{zaak_id}/inkomen", response_class=HTMLResponse)
def inkomen(
    request: Request,
    zaak_id: str,
    maand: str = Form("", alias="ink_maand"),
    netto: str = Form(""),
    reden: str = Form(""),
    versie: str = Form(""),
    wie: Wie = Depends(rol("klantmanager")),
    s: Session = Depends(db),
    sp: Spoor = Depends(spoor),
):
    """Inkomen van een maand vastleggen of corrigeren; de oude stand blijft bewaard (terugwerkende kracht)."""
    z = zaak_of_404(s, wie, zaak_id)
    waarden = {"maand": maand, "netto": netto, "reden": reden}
    fout = {}
    m = _maand_uit_form(maand)
    if m is None:
        fout["ink_maand"] = "Kies de maand."
    try:
        centen = naar_centen(netto.replace(",", ".").strip())
    except OngeldigBedrag:
        fout["netto"] = "Vul het netto inkomen in euro's in, zoals 489,00."
    if not fout:
        data = R.casus_data(s, z)
        oud = (data.get("maanden") or {}).get(f"{m:%Y-%m}") or {}
        anders = [i for i in oud.get("inkomsten", []) if i.get("soort") != "arbeid"]
        nieuw = {**oud, "inkomsten": anders + ([{"soort": "arbeid", "netto": als_tekst(centen)}] if centen else [])}
        try:
            R.wijzig_feit(
                s,
                z,
                f"maand/{m:%Y-%m}",
                nieuw,
                versie=_versie_uit_form(versie),
                door=wie.gebruiker.id,
                reden=reden.strip() or "inkomen doorgegeven",
            )
            V.log(
                s,
                spoor=sp,
                gebruiker=wie.gebruiker,
                naam="zaak.inkomen",
                handeling="wijzigen",
                zaak_id=z.id,
                activiteit="zaak-behandelen",
                gegevens=f"inkomen {m:%Y-%m}",
            )
            s.commit()
            return RedirectResponse(f"/zaken/{z.id}?opgeslagen=inkomen#inkomen", status_code=303)
        except CasusFout as e:
            fout["netto"] = e.fouten[0].bericht
        except R.VersieConflict:
            s.refresh(z)
            fout["versie"] = VERSIE_CONFLICT
    return _zaakpagina(request, s, wie, z, sp, 409 if "versie" in fout else 400, ink_fout=fout, ink_waarden=waarden)


@router.post("/zaken/{zaak_id}/beeindigen", response_class=HTMLResponse)
def beeindigen(
    request: Request,
    zaak_id: str,
    datum: str = Form(""),
    reden: str = Form(""),
    toelichting: str = Form(""),
    versie: str = Form(""),
    wie: Wie = Depends(rol("klantmanager")),
    s: Session = Depends(db),
    sp: Spoor = Depends(spoor),
):
    """De bijstand beëindigen (laatste dag en reden); het besluit komt in het besluitenlog, met een brief."""
    from balans.zaak import tijdlijn as T

    z = zaak_of_404(s, wie, zaak_id)
    waarden = {"datum": datum, "reden": reden, "toelichting": toelichting}
    fout = {}
    try:
        d = dt.date.fromisoformat(datum.strip()) if datum.strip() else None
    except ValueError:
        d = None
        fout["eind_datum"] = "Vul een datum in die bestaat, zoals 2026-02-25."
    if not fout:
        try:
            T.beeindig(
                s,
                z,
                datum=d,
                reden=reden,
                toelichting=toelichting[:4000],
                versie=_versie_uit_form(versie),
                door=wie.gebruiker,
            )
            V.log(
                s,
                spoor=sp,
                gebruiker=wie.gebruiker,
                naam="zaak.beeindigen",
                handeling="wijzigen",
                zaak_id=z.id,
                activiteit="bijstand-vaststellen",
                gegevens="einde van de bijstand, reden",
            )
            s.commit()
            return RedirectResponse(f"/zaken/{z.id}?opgeslagen=einde#einde", status_code=303)
        except R.OngeldigeWijziging as e:
            s.rollback()
            fout["eind_" + e.veld] = e.bericht
        except R.VersieConflict:
            s.refresh(z)
            fout["versie"] = VERSIE_CONFLICT
    return _zaakpagina(request, s, wie, z, sp, 409 if "versie" in fout else 400, eind_fout=fout, eind_waarden=waarden)


# De geschiedenis (/zaken/{id}/historie, in woorden en 'wat was bekend op'): zie web/historie.py.


def _beschikking_args(s: Session, z: Zaak, afzender=None, met_betalingen: bool = True):
    """De invoer van de beschikking uit de tijdlijn. met_betalingen: ook wat op de rekening komt (de maandstaat)."""
    from balans.brieven.beschikking import Afwijking, Afzender

    t = tijdlijn(s, z)
    # De toekenning gaat over de maanden met bijstand; het einde heeft een eigen besluit (beëindiging).
    maanden = [m for m in t.casus.alle_maanden() if not t.buiten(m)] or None
    geldend = [m for m in t.maatwerk.values() if not t.buiten(m.maand)]
    namen = R.namen(s, [m.auteur_id for m in geldend])
    afwijkingen = [
        Afwijking(
            maand=m.maand,
            veld=m.veld,
            regel_bedrag=m.regel_bedrag,
            vastgesteld=m.vastgesteld,
            motivering=m.motivering,
            grondslag=m.grondslag,
            auteur=namen.get(m.auteur_id, "?"),
            tijdstip=m.tijdstip,
        )
        for m in geldend
    ]
    # Wat op de rekening komt: de maandstaat van de tijdlijn onder de methode van de gemeente (met reservering,
    # verrekening en maatwerk), zodat de brief hetzelfde bedrag noemt als de betaling.
    betalingen = None
    if met_betalingen:
        staat = diensten.maandstaat_zaak(t)
        betalingen = staat["methoden"][staat["methode_standaard"]]
    # De herkomst in de bijlage: het ontvangstbewijs van de berekening van deze zaak (docs/ontvangstbewijs.md)
    bewijs = diensten.berekening_zaak(t)["ontvangstbewijs"]
    return (t.casus, t.resultaten()), dict(
        aan=z.naam,
        kenmerk=f"BLS-{z.id[:8].upper()}-{z.versie}",
        datum=dt.date.today(),
        afwijkingen=afwijkingen,
        maanden=maanden,
        afzender=afzender or Afzender(),
        betalingen=betalingen,
        ontvangstbewijs=bewijs,
    )


def beschikking_als_html(request: Request, s: Session, sp: Spoor, wie: Wie, z, activiteit: str) -> HTMLResponse:
    """De beschikking van zaak z als pagina, met een regel in het verwerkingenlog (ook voor /mijn/beschikking)."""
    from balans.api.middleware import CSP
    from balans.brieven.beschikking import STIJL_CSP, afzender_uit, beschikking_html

    args, kw = _beschikking_args(s, z, afzender_uit(request.app.state.settings))
    html = beschikking_html(*args, **kw)  # eerst maken, dan loggen: lukt het niet, dan is er niets getoond
    V.log(
        s,
        spoor=sp,
        gebruiker=wie.gebruiker,
        naam="beschikking.html",
        handeling="lezen",
        zaak_id=z.id,
        activiteit=activiteit,
        gegevens="naam, bijstand",
    )
    s.commit()
    # De brief draagt zijn eigen opmaak (ook voor de PDF); alleen die ene stijl mag, via zijn hash.
    csp = CSP.replace("style-src 'self'", f"style-src 'self' {STIJL_CSP}")
    return HTMLResponse(html, headers={"Content-Security-Policy": csp})


def beschikking_als_pdf(
    request: Request, s: Session, sp: Spoor, wie: Wie, z, activiteit: str, weergave: str = "inline"
) -> Response:
    """De beschikking van zaak z als PDF; weergave 'inline' (in de browser) of 'attachment' (downloaden)."""
    from balans.brieven.beschikking import afzender_uit
    from balans.brieven.beschikking import beschikking_pdf as maak_pdf

    args, kw = _beschikking_args(s, z, afzender_uit(request.app.state.settings))
    pdf = maak_pdf(*args, **kw)  # eerst maken, dan loggen (zie beschikking_als_html)
    V.log(
        s,
        spoor=sp,
        gebruiker=wie.gebruiker,
        naam="beschikking.pdf",
        handeling="lezen",
        zaak_id=z.id,
        activiteit=activiteit,
        gegevens="naam, bijstand",
    )
    s.commit()
    return Response(
        pdf,
        media_type="application/pdf",
        headers={"Content-Disposition": f'{weergave}; filename="beschikking-{kw["kenmerk"]}.pdf"'},
    )


@router.get("/zaken/{zaak_id}/beschikking", response_class=HTMLResponse)
def beschikking(
    request: Request,
    zaak_id: str,
    wie: Wie = Depends(rol("klantmanager")),
    s: Session = Depends(db),
    sp: Spoor = Depends(spoor),
):
    return beschikking_als_html(request, s, sp, wie, zaak_of_404(s, wie, zaak_id), "beschikking")


@router.get("/zaken/{zaak_id}/beschikking.pdf")
def beschikking_pdf(
    request: Request,
    zaak_id: str,
    wie: Wie = Depends(rol("klantmanager")),
    s: Session = Depends(db),
    sp: Spoor = Depends(spoor),
):
    return beschikking_als_pdf(request, s, sp, wie, zaak_of_404(s, wie, zaak_id), "beschikking")


# --- beleid ---------------------------------------------------------------------------


@router.get("/beleid", response_class=HTMLResponse)
def beleid(request: Request, wie: Wie = Depends(rol("beleidsmedewerker")), s: Session = Depends(db)):
    """Alleen totalen over alle zaken; nooit een naam of een losse zaak (AVG art. 5 lid 1 onder c)."""
    from balans.zaak.overzicht import overzicht

    return pagina(request, "beleid.html", o=overzicht(s))


# Beheer (gebruikers, wachtwoorden, zaken verdelen): zie web/beheer.py.
# De rekenhulp: web/rekenhulp.py (app.py neemt zijn router op, zodat deze module hem niet hoeft te importeren).
