# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""De API, versie 1. Geld als tekst met twee decimalen; geen BSN in een URL; fouten als problem+json."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

import orjson
from fastapi import APIRouter, Depends, Header, Path, Query, Request, Response
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from balans.api import modellen as AM
from balans.api.grenzen import BodyInThread, geldig_bsn, heel_getal, json_body
from balans.api.afhankelijk import Wie, db, rol, spoor, zaak_of_404
from balans.api.probleem import Probleem, fouten, uit_casusfout, uit_validatie
from balans.zaak.toegang import COOKIE, OnjuistLogin, TeVeelPogingen, log_in, log_uit_sessie
from balans.casus.laden import CasusFout, uit_data
from balans.casus.model import Bedrag, Casus, Maand
from balans.geld import als_tekst
from balans.kalender import aantal_maanden
from balans.zaak import diensten
from balans.zaak import repository as R
from balans.zaak.maatwerk import leg_maatwerk_vast
from balans.zaak import tijdlijn as T
from balans.zaak import verwerkingen as V
from balans.zaak.schema import Feit, Gebruiker, Zaak
from balans.zaak.verwerkingen import Spoor

router = APIRouter(prefix="/v1", route_class=BodyInThread)
JSON = "application/json"
ZaakId = Annotated[
    str,
    Path(
        alias="zaakId",
        min_length=36,
        max_length=36,
        pattern=r"^[0-9a-f-]{36}$",
        description="De id van de zaak (uuid); nooit een BSN.",
    ),
]
BekendOp = Annotated[
    dt.datetime | None,
    Query(
        alias="bekendOp",
        description=("Reken met wat op dit moment bekend was (RFC 3339, met tijdzone). Standaard: nu."),
    ),
]
Methode = Annotated[
    Literal["op_de_maand", "achteraf", "schatten", "vast_bedrag", "alle"] | None,
    Query(description="Verrekenmethode; standaard die van de casus of de gemeente."),
]


class JSONAntwoord(Response):
    media_type = JSON

    def render(self, content) -> bytes:
        return orjson.dumps(content)


def _json(inhoud, status: int = 200, headers: dict | None = None) -> Response:
    return JSONAntwoord(inhoud, status_code=status, headers=headers)


def _casus_schema(naam: str = "Casus") -> dict:
    return {"$ref": f"#/components/schemas/{naam}"}


MAX_MAANDEN = 120  # tien jaar: genoeg voor elke beschikking; langer kost seconden en is misbruik


def _lees_casus(data, voorvoegsel: str = "") -> Casus:
    if not isinstance(data, dict):
        raise Probleem(
            400,
            "Stuur de casus als een JSON-object.",
            [{"name": voorvoegsel.rstrip(".") or "casus", "reason": "geen object"}],
        )
    try:
        casus = uit_data(data, "casus")
    except CasusFout as e:
        raise uit_casusfout(e, voorvoegsel) from None
    van, tot = casus.periode.van, casus.periode.tot
    if aantal_maanden(van, tot) > MAX_MAANDEN:
        raise Probleem(
            400,
            f"De periode is te lang: de API rekent hoogstens {MAX_MAANDEN} maanden (tien jaar) tegelijk.",
            [{"name": f"{voorvoegsel}periode.tot", "reason": f"meer dan {MAX_MAANDEN} maanden na periode.van"}],
        )
    return casus


def _casus_body(schema: str = "Casus") -> dict:
    return {"requestBody": {"required": True, "content": {JSON: {"schema": _casus_schema(schema)}}}}


def _tz(t: dt.datetime | None) -> dt.datetime | None:
    if t is not None and t.tzinfo is None:
        raise Probleem(
            400,
            "Geef bij bekendOp ook de tijdzone, bijvoorbeeld 2026-11-01T12:00:00+01:00.",
            [{"name": "bekendOp", "reason": "tijdzone ontbreekt"}],
        )
    return t


# --- rekenen zonder inloggen ---------------------------------------------------------------------


@router.post(
    "/berekeningen",
    response_model=AM.Berekening,
    tags=["rekenen"],
    summary="Bereken de bijstand van een casus, per maand, met uitleg",
    openapi_extra=_casus_body(),
    responses={200: {"description": "Per maand de bedragen en de uitleg"}, **fouten(400, 415)},
)
def berekeningen(request: Request):
    # gewoon def: FastAPI draait dit in een thread, de event loop blijft vrij voor andere verzoeken (issue 17);
    # de body is al één keer gelezen, in een thread, door begrens_invoer
    return _json(diensten.berekening(_lees_casus(json_body(request))))


@router.post(
    "/maandstaten",
    response_model=AM.Maandstaat,
    tags=["rekenen"],
    summary="Wat u wanneer krijgt, per maand en verrekenmethode",
    openapi_extra=_casus_body(),
    responses={200: {"description": "De maandstaat"}, **fouten(400, 415)},
)
def maandstaten(request: Request, methode: Methode = None):
    return _json(diensten.maandstaat(_lees_casus(json_body(request)), methode))


class WatAlsVraag(BaseModel):
    model_config = ConfigDict(extra="forbid")
    casus: dict = Field(description="De casus, zoals in casus.md (schema Casus)")
    netto_uurloon: Bedrag | None = Field(None, description="Standaard het uurloon uit de verwachting van de casus")
    bruto_uurloon: Bedrag | None = Field(
        None,
        description="In plaats van netto_uurloon: het netto per punt komt uit "
        "de witte maandtabel van de loonheffing (met loonheffingskorting)",
    )
    maand: Maand | None = Field(None, description="De maand om mee te rekenen; standaard de eerste van de periode")
    tot_uren: int = Field(40, ge=1, le=60)
    toerekening: Literal["gemiddeld", "loonperiode"] = Field(
        "gemiddeld",
        description="gemiddeld: loon per maand = uren x 52/12 x uurloon; loonperiode: de eerste maand "
        "zoals de maandstaat haar rekent (loonperiode van de verwachting, per dag verdeeld), zoals /rekenhulp",
    )


@router.post(
    "/wat-als",
    response_model=AM.WatAls,
    tags=["rekenen"],
    summary="Wat houd ik over bij meer of minder uren werk?",
    openapi_extra=_casus_body("WatAlsVraag"),
    responses={200: {"description": "Per aantal uren per week: loon, bijstand en samen"}, **fouten(400, 415)},
)
def wat_als(request: Request):
    data = json_body(request)
    try:
        v = WatAlsVraag.model_validate(data)
    except Exception as e:  # pydantic ValidationError: zelfde vorm als elke andere veldfout
        raise uit_validatie(e.errors()) from None
    casus = _lees_casus(v.casus, "casus.")
    if v.netto_uurloon is not None and v.bruto_uurloon is not None:
        raise Probleem(
            400,
            "Geef een netto of een bruto uurloon op, niet allebei.",
            [{"name": "bruto_uurloon", "reason": "samen met netto_uurloon"}],
        )
    if v.bruto_uurloon is not None and not 0 < v.bruto_uurloon <= 100000:
        raise Probleem(
            400,
            "Het bruto uurloon moet meer dan € 0 en hoogstens € 1.000 zijn.",
            [{"name": "bruto_uurloon", "reason": "buiten 0-1000"}],
        )
    uurloon = (
        v.netto_uurloon
        if v.netto_uurloon is not None
        else (casus.verwachting.netto_uurloon if casus.verwachting and v.bruto_uurloon is None else None)
    )
    if uurloon is None and v.bruto_uurloon is None:
        raise Probleem(
            400,
            "Geef een netto uurloon op, of een verwachting in de casus.",
            [{"name": "netto_uurloon", "reason": "ontbreekt"}],
        )
    if v.maand is not None and not casus.periode.van <= v.maand <= casus.periode.tot:
        raise Probleem(
            400, "De maand valt buiten de periode van de casus.", [{"name": "maand", "reason": "buiten periode"}]
        )
    if v.toerekening == "loonperiode":
        if casus.verwachting is None:
            raise Probleem(
                400,
                "Toerekening 'loonperiode' rekent met de verwachting van de casus (loonperiode, eerste "
                "periode); de casus heeft geen verwachting.",
                [{"name": "toerekening", "reason": "geen verwachting"}],
            )
        if v.maand is not None and v.maand != casus.periode.van:
            raise Probleem(
                400,
                "Toerekening 'loonperiode' rekent alleen de eerste maand van de periode: daarna hangt de "
                "vrijlating af van de maanden ervoor.",
                [{"name": "maand", "reason": "niet de eerste maand"}],
            )
    return _json(
        diensten.wat_als(casus, uurloon, v.maand, v.tot_uren, bruto_uurloon=v.bruto_uurloon, toerekening=v.toerekening)
    )


class HerberekeningAntwoord(BaseModel):
    identiek: bool = Field(description="Is de nieuwe uitkomst precies gelijk aan die van het ontvangstbewijs?")
    soort: str = Field(description="berekening, maandstaat, zaakberekening of zaakmaandstaat")
    melding: str = Field(description="Wat de herberekening zegt, in gewone taal")
    uitkomstHash: dict = Field(description="De hash van de uitkomst, toen en nu")
    software: dict = Field(description="De versie van balans, toen en nu")
    parametersAnders: list[str] = Field(description="De onderdelen van de parameters die anders zijn dan toen")
    verschillen: list[str] = Field(description="Wat er anders is (alleen als de hele uitkomst is meegestuurd)")
    ontvangstbewijs: dict = Field(description="Het ontvangstbewijs van de nieuwe berekening")


@router.post(
    "/herberekeningen",
    tags=["rekenen"],
    summary="Reken een uitkomst opnieuw uit haar ontvangstbewijs",
    description=(
        "Stuur een uitkomst van balans met `ontvangstbewijs` erin (of alleen het ontvangstbewijs). "
        "balans rekent opnieuw met de invoer uit het bewijs en zegt of de uitkomst precies gelijk "
        "is (docs/ontvangstbewijs.md)."
    ),
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                JSON: {
                    "schema": {
                        "type": "object",
                        "description": "Een uitkomst met ontvangstbewijs, of het ontvangstbewijs zelf",
                        "additionalProperties": True,
                    }
                }
            },
        }
    },
    responses={
        200: {"model": HerberekeningAntwoord, "description": "Gelijk of niet, en wat er anders is"},
        **fouten(400, 415),
    },
)
def herberekeningen(request: Request):
    # gewoon def, zoals /berekeningen: de body is al één keer gelezen, in een thread, door begrens_invoer
    return _herbereken(json_body(request))


def _herbereken(data) -> Response:
    from balans.zaak.herberekenen import OngeldigBewijs, herbereken

    try:
        h = herbereken(data)
    except OngeldigBewijs as e:
        raise Probleem(400, e.melding, [{"name": e.veld, "reason": "ongeldig ontvangstbewijs"}]) from None
    return _json(h.als_json())


# --- sessies ------------------------------------------------------------------------------------


class Inloggen(BaseModel):
    model_config = ConfigDict(extra="forbid")
    gebruikersnaam: str = Field(min_length=1, max_length=80)
    wachtwoord: str = Field(min_length=1, max_length=200)


def _wie_json(wie: Wie) -> dict:
    g = wie.gebruiker
    return {
        "gebruikersnaam": g.gebruikersnaam,
        "naam": g.naam,
        "rol": g.rol,
        "csrfToken": wie.sessie.csrf,
        "verloopt": wie.sessie.verloopt.isoformat(),
    }


@router.post(
    "/sessies",
    response_model=AM.NieuweSessie,
    tags=["sessies"],
    summary="Inloggen met gebruikersnaam en wachtwoord",
    status_code=201,
    responses={201: {"description": "Ingelogd; het token staat ook in een cookie"}, **fouten(400, 401, 429)},
)
def sessies(request: Request, gegevens: Inloggen, s: Session = Depends(db)):
    adres = request.client.host if request.client else "?"
    try:
        token, sessie = log_in(s, request.app.state.settings, gegevens.gebruikersnaam, gegevens.wachtwoord, adres)
    except TeVeelPogingen as e:
        raise Probleem(
            429,
            f"Te vaak een verkeerd wachtwoord. Probeer het over {e.tekst} opnieuw.",
            headers={"Retry-After": str(e.seconden)},
        ) from None
    except OnjuistLogin:
        raise Probleem(401, "De gebruikersnaam of het wachtwoord klopt niet.") from None
    g = s.get(Gebruiker, sessie.gebruiker_id)
    antwoord = _json({"token": token, **_wie_json(Wie(g, sessie, False))}, 201)
    zet_cookie(antwoord, request, token)
    return antwoord


def zet_cookie(antwoord: Response, request: Request, token: str) -> None:
    st = request.app.state.settings
    antwoord.set_cookie(
        COOKIE,
        token,
        max_age=st.sessie_minuten * 60 * 16,
        httponly=True,
        samesite="lax",
        secure=st.secure_cookies,
        path="/",
    )


@router.get(
    "/sessies/huidige", response_model=AM.Sessie, tags=["sessies"], summary="Wie ben ik?", responses=fouten(401)
)
def huidige_sessie(wie: Wie = Depends(rol())):
    return _json(_wie_json(wie))


@router.delete("/sessies/huidige", tags=["sessies"], summary="Uitloggen", status_code=204, responses=fouten(401, 403))
def uitloggen(request: Request, wie: Wie = Depends(rol()), s: Session = Depends(db)):
    # de sessie waarmee deze aanvraag binnenkwam, niet wat er toevallig in Authorization staat (issue 17:
    # met een extra 'Authorization: Basic' bleef de cookiesessie geldig)
    log_uit_sessie(s, wie.sessie.id)
    r = Response(status_code=204)
    r.delete_cookie(COOKIE, path="/")
    return r


# --- zaken --------------------------------------------------------------------------------------


def zaak_kort(z: Zaak) -> dict:
    return {
        "id": z.id,
        "naam": z.naam,
        "status": z.status,
        "versie": z.versie,
        "ingangsdatum": z.ingangsdatum and z.ingangsdatum.isoformat(),
        "einddatum": z.einddatum and z.einddatum.isoformat(),
        "eindeReden": z.einde_reden,
        "bijgewerkt": z.bijgewerkt.isoformat(),
        "_links": {"self": {"href": f"/v1/zaken/{z.id}"}},
    }


@router.get(
    "/zaken",
    response_model=AM.ZakenPagina,
    tags=["zaken"],
    summary="Uw zaken (klantmanager: toegewezen; inwoner: de eigen zaak)",
    responses=fouten(400, 401, 403),
)
def zaken(
    request: Request,
    wie: Wie = Depends(rol("klantmanager", "inwoner")),
    s: Session = Depends(db),
    sp: Spoor = Depends(spoor),
    pagina: Annotated[int, Query(ge=1, le=100000)] = 1,
    pagina_grootte: Annotated[int, Query(alias="paginaGrootte", ge=1, le=100)] = 20,
    naam: Annotated[str | None, Query(max_length=100, description="Deel van de naam")] = None,
    status: Literal["lopend", "beeindigd"] | None = None,
):
    p = R.zaken_van(s, wie.gebruiker, pagina, pagina_grootte, naam, status)
    V.log_lijst(
        s,
        spoor=sp,
        gebruiker=wie.gebruiker,
        naam="zaken.zoeken" if naam else "zaken.lijst",
        zaak_ids=[z.id for z in p.zaken],
        activiteit=_activiteit(wie, "zaak-behandelen"),
        gegevens="naam, status",
    )
    s.commit()
    basis = f"/v1/zaken?paginaGrootte={pagina_grootte}"

    def link(n):
        return {"href": f"{basis}&pagina={n}"}

    links = {"self": link(pagina), "first": link(1), "last": link(p.paginas)}
    if pagina > 1:
        links["prev"] = link(pagina - 1)
    if pagina < p.paginas:
        links["next"] = link(pagina + 1)
    return _json(
        {
            "_embedded": {"zaken": [zaak_kort(z) for z in p.zaken]},
            "_links": links,
            "totaal": p.totaal,
            "pagina": pagina,
            "paginaGrootte": pagina_grootte,
        },
        headers={"X-Total-Count": str(p.totaal)},
    )


class NieuweZaak(BaseModel):
    model_config = ConfigDict(extra="forbid")
    naam: str = Field(min_length=1, max_length=200, description="Naam van de aanvrager")
    bsn: str | None = Field(None, pattern=r"^[0-9]{9}$", description="Alleen in de body, nooit in een URL")
    casus: dict = Field(description="De casus, zoals in casus.md (schema Casus)")


def _elfproef(bsn: str) -> bool:
    return geldig_bsn(bsn)


@router.post(
    "/zaken",
    response_model=AM.ZaakKort,
    tags=["zaken"],
    summary="Een zaak aanmaken",
    status_code=201,
    responses={201: {"description": "Aangemaakt"}, **fouten(400, 401, 403)},
)
def zaak_aanmaken(
    nieuw: NieuweZaak,
    request: Request,
    wie: Wie = Depends(rol("klantmanager")),
    s: Session = Depends(db),
    sp: Spoor = Depends(spoor),
):
    if nieuw.bsn and not _elfproef(nieuw.bsn):
        raise Probleem(400, "Dit BSN klopt niet (elfproef).", [{"name": "bsn", "reason": "elfproef klopt niet"}])
    casus = _lees_casus(nieuw.casus, "casus.")
    z = R.maak_zaak(
        s, naam=nieuw.naam, bsn=nieuw.bsn, casus=casus, klantmanager_id=wie.gebruiker.id, door=wie.gebruiker.id
    )
    V.log(
        s,
        spoor=sp,
        gebruiker=wie.gebruiker,
        naam="zaak.aanmaken",
        handeling="aanmaken",
        zaak_id=z.id,
        activiteit="zaak-behandelen",
        gegevens="naam, bsn, huishouden, inkomen, vermogen",
    )
    s.commit()
    return _json(zaak_kort(z), 201, {"Location": f"/v1/zaken/{z.id}", "ETag": f'"{z.versie}"'})


class Zoekvraag(BaseModel):
    model_config = ConfigDict(extra="forbid")
    bsn: str = Field(pattern=r"^[0-9]{9}$")  # [0-9], niet \d: dat laat ook Arabisch-Indische cijfers toe


@router.post(
    "/zaken/_zoek",
    response_model=AM.ZakenGevonden,
    tags=["zaken"],
    summary="Zoek een zaak op BSN (in de body, niet in de URL)",
    responses={200: {"description": "Gevonden zaken"}, **fouten(400, 401, 403)},
)
def zaak_zoeken(
    vraag: Zoekvraag, wie: Wie = Depends(rol("klantmanager")), s: Session = Depends(db), sp: Spoor = Depends(spoor)
):
    gevonden = [z for z in s.scalars(select(Zaak).where(Zaak.bsn == vraag.bsn)) if R.mag_zaak_zien(wie.gebruiker, z)]
    for z in gevonden:
        V.log(
            s,
            spoor=sp,
            gebruiker=wie.gebruiker,
            naam="zaak.zoeken",
            handeling="lezen",
            zaak_id=z.id,
            activiteit="zaak-behandelen",
            gegevens="bsn",
        )
    s.commit()
    return _json({"_embedded": {"zaken": [zaak_kort(z) for z in gevonden]}})


def _activiteit(wie: Wie, standaard: str) -> str:
    return "inzage-inwoner" if wie.gebruiker.rol == "inwoner" else standaard


def _tijdlijn(s: Session, z: Zaak, bekend_op: dt.datetime | None) -> T.Tijdlijn:
    """De zaak zoals op bekend_op bekend (zaak/tijdlijn.py): feiten, duur en besluiten; 404 als er toen niets was."""
    try:
        return T.tijdlijn(s, z, _tz(bekend_op))
    except CasusFout:
        raise Probleem(
            404,
            "Op dat moment was er nog niets over deze zaak vastgelegd.",
            [{"name": "bekendOp", "reason": "vóór het aanmaken van de zaak"}],
        ) from None


def _maatwerk_json(rijen, namen: dict[int, str]) -> list[dict]:
    return [
        {
            "maand": f"{m.maand:%Y-%m}",
            "veld": m.veld,
            "regel_bedrag": als_tekst(m.regel_bedrag),
            "vastgesteld": None if m.vastgesteld is None else als_tekst(m.vastgesteld),
            "motivering": m.motivering,
            "grondslag": m.grondslag,
            "auteur": namen.get(m.auteur_id),
            "tijdstip": m.tijdstip.isoformat(),
        }
        for m in rijen
    ]


@router.get(
    "/zaken/{zaakId}",
    response_model=AM.ZaakVolledig,
    tags=["zaken"],
    summary="Eén zaak met de casus zoals nu (of op bekendOp) bekend",
    responses=fouten(400, 401, 403, 404),
)
def zaak_lezen(
    zaak_id: ZaakId,
    bekend_op: BekendOp = None,
    wie: Wie = Depends(rol("klantmanager", "inwoner")),
    s: Session = Depends(db),
    sp: Spoor = Depends(spoor),
):
    z = zaak_of_404(s, wie, zaak_id)
    data = _tijdlijn(s, z, bekend_op).data
    mw = R.maatwerk_van(s, z.id)
    km = s.get(Gebruiker, z.klantmanager_id) if z.klantmanager_id else None
    V.log(
        s,
        spoor=sp,
        gebruiker=wie.gebruiker,
        naam="zaak.lezen",
        handeling="lezen",
        zaak_id=z.id,
        activiteit=_activiteit(wie, "zaak-behandelen"),
        gegevens="naam, huishouden, inkomen, vermogen",
    )
    s.commit()
    return _json(
        {
            **zaak_kort(z),
            "klantmanager": km.naam if km else None,
            "casus": data,
            "maatwerk": _maatwerk_json(mw, R.namen(s, [m.auteur_id for m in mw])),
            "_links": {
                "self": {"href": f"/v1/zaken/{z.id}"},
                "berekening": {"href": f"/v1/zaken/{z.id}/berekening"},
                "maandstaat": {"href": f"/v1/zaken/{z.id}/maandstaat"},
                "feiten": {"href": f"/v1/zaken/{z.id}/feiten"},
                "verwerkingen": {"href": f"/v1/zaken/{z.id}/verwerkingen"},
                "beschikking": {"href": f"/v1/zaken/{z.id}/beschikking"},
            },
        },
        headers={"ETag": f'"{z.versie}"'},
    )


def _versie(if_match: str | None) -> int:
    if not if_match:
        raise Probleem(
            428,
            "Stuur de versie die u hebt gelezen mee in de kopregel If-Match (de ETag).",
            [{"name": "If-Match", "reason": "ontbreekt"}],
        )
    tekst = if_match.strip()
    if tekst.startswith("W/"):  # een zwakke ETag zegt 'ongeveer gelijk'; voor een wijziging moet het precies zijn
        raise Probleem(
            400,
            'If-Match moet de sterke ETag van de zaak zijn, zonder W/, bijvoorbeeld "3".',
            [{"name": "If-Match", "reason": "zwakke ETag"}],
        )
    if len(tekst) >= 2 and tekst[0] == tekst[-1] == '"':
        tekst = tekst[1:-1]
    versie = heel_getal(tekst)
    if versie is None:
        raise Probleem(
            400,
            'If-Match moet de ETag van de zaak zijn, bijvoorbeeld "3".',
            [{"name": "If-Match", "reason": "geen versie"}],
        )
    return versie


def _conflict(e: R.VersieConflict) -> Probleem:
    return Probleem(
        412,
        "Iemand anders heeft deze zaak intussen gewijzigd. Lees de zaak opnieuw en voer uw "
        f"wijziging dan nog eens uit. De zaak is nu versie {e.huidig}.",
        headers={"ETag": f'"{e.huidig}"'},
    )


@router.put(
    "/zaken/{zaakId}/casus",
    response_model=AM.CasusGewijzigd,
    tags=["zaken"],
    summary="De casus van een zaak bijwerken (alleen wat anders is wordt vastgelegd, met het tijdstip)",
    openapi_extra=_casus_body(),
    responses={200: {"description": "Vastgelegd"}, **fouten(400, 401, 403, 404, 412, 415, 428)},
)
def casus_bijwerken(
    request: Request,
    zaak_id: ZaakId,
    wie: Wie = Depends(rol("klantmanager")),
    if_match: Annotated[str | None, Header(alias="If-Match")] = None,
    reden: Annotated[str | None, Query(max_length=500)] = None,
    s: Session = Depends(db),
    sp: Spoor = Depends(spoor),
):
    # gewoon def: lezen, controleren en de database in een thread, niet op de event loop
    z = zaak_of_404(s, wie, zaak_id)
    versie = _versie(if_match)
    casus = _lees_casus(json_body(request))
    try:
        nieuwe, gewijzigd = R.wijzig_casus(s, z, casus, versie=versie, door=wie.gebruiker.id, reden=reden)
    except R.VersieConflict as e:
        raise _conflict(e) from None
    V.log(
        s,
        spoor=sp,
        gebruiker=wie.gebruiker,
        naam="zaak.wijzigen",
        handeling="wijzigen",
        zaak_id=z.id,
        activiteit="zaak-behandelen",
        gegevens=", ".join(gewijzigd)[:200] or "geen",
    )
    s.commit()
    return _json({"id": z.id, "versie": nieuwe, "gewijzigd": gewijzigd}, headers={"ETag": f'"{nieuwe}"'})


@router.get(
    "/zaken/{zaakId}/berekening",
    response_model=AM.ZaakBerekening,
    tags=["zaken"],
    summary="De berekening van een zaak, met maatwerk",
    responses=fouten(400, 401, 403, 404),
)
def zaak_berekening(
    zaak_id: ZaakId,
    bekend_op: BekendOp = None,
    wie: Wie = Depends(rol("klantmanager", "inwoner")),
    s: Session = Depends(db),
    sp: Spoor = Depends(spoor),
):
    z = zaak_of_404(s, wie, zaak_id)
    t = _tijdlijn(s, z, bekend_op)
    uit = diensten.berekening_zaak(t)  # eerst rekenen: stopt het tijdsbudget, dan is er niets getoond en niets gelogd
    V.log(
        s,
        spoor=sp,
        gebruiker=wie.gebruiker,
        naam="zaak.berekening",
        handeling="lezen",
        zaak_id=z.id,
        activiteit=_activiteit(wie, "bijstand-vaststellen"),
        gegevens="huishouden, inkomen, vermogen, bijstand",
    )
    s.commit()
    return _json(uit, headers={"ETag": f'"{z.versie}"'})


@router.get(
    "/zaken/{zaakId}/maandstaat",
    response_model=AM.ZaakMaandstaat,
    tags=["zaken"],
    summary="De maandstaat van een zaak",
    responses=fouten(400, 401, 403, 404),
)
def zaak_maandstaat(
    zaak_id: ZaakId,
    methode: Methode = None,
    bekend_op: BekendOp = None,
    wie: Wie = Depends(rol("klantmanager", "inwoner")),
    s: Session = Depends(db),
    sp: Spoor = Depends(spoor),
):
    z = zaak_of_404(s, wie, zaak_id)
    t = _tijdlijn(s, z, bekend_op)
    uit = diensten.maandstaat_zaak(t, methode)  # eerst rekenen, dan loggen (zie zaak_berekening)
    V.log(
        s,
        spoor=sp,
        gebruiker=wie.gebruiker,
        naam="zaak.maandstaat",
        handeling="lezen",
        zaak_id=z.id,
        activiteit=_activiteit(wie, "bijstand-vaststellen"),
        gegevens="inkomen, betalingen",
    )
    s.commit()
    return _json(uit, headers={"ETag": f'"{z.versie}"'})


class Beeindiging(BaseModel):
    model_config = ConfigDict(extra="forbid")
    datum: dt.date = Field(description="De laatste dag met bijstand (JJJJ-MM-DD)")
    reden: Literal[tuple(T.EINDE_REDENEN)] = Field(description="werk, aow, verhuisd of overig")  # type: ignore[valid-type]
    toelichting: str = Field("", max_length=4000, description="Komt in het besluit en de brief")


@router.post(
    "/zaken/{zaakId}/_beeindigen",
    response_model=AM.Beeindigd,
    tags=["zaken"],
    status_code=201,
    summary="De bijstand beëindigen: laatste dag en reden (met If-Match), met een besluit en een brief",
    responses={
        201: {"description": "Beëindigd; het besluit staat in het besluitenlog"},
        **fouten(400, 401, 403, 404, 412, 428),
    },
)
def beeindigen(
    zaak_id: ZaakId,
    vraag: Beeindiging,
    wie: Wie = Depends(rol("klantmanager")),
    if_match: Annotated[str | None, Header(alias="If-Match")] = None,
    s: Session = Depends(db),
    sp: Spoor = Depends(spoor),
):
    z = zaak_of_404(s, wie, zaak_id)
    versie = _versie(if_match)
    try:
        b = T.beeindig(
            s, z, datum=vraag.datum, reden=vraag.reden, toelichting=vraag.toelichting, versie=versie, door=wie.gebruiker
        )
    except R.OngeldigeWijziging as e:
        s.rollback()
        raise Probleem(400, e.bericht, [{"name": e.veld, "reason": e.bericht}]) from None
    except R.VersieConflict as e:
        raise _conflict(e) from None
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
    s.refresh(z)
    return _json(
        {
            **zaak_kort(z),
            "besluit": {
                "id": b.id,
                "handeling": b.handeling,
                "grondslag": b.grondslag,
                "motivering": b.motivering,
                "tijdstip": b.tijdstip.isoformat(),
            },
            "_links": {
                "self": {"href": f"/v1/zaken/{z.id}"},
                "brief": {"href": f"/zaken/{z.id}/brieven/beeindiging/{b.id}"},
            },
        },
        201,
        {"ETag": f'"{z.versie}"', "Location": f"/v1/zaken/{z.id}"},
    )


class NieuwMaatwerk(BaseModel):
    model_config = ConfigDict(extra="forbid")
    maand: Maand
    bijstand: Bedrag | None = Field(description="Het bedrag dat u vaststelt; null trekt een eerdere afwijking in")
    motivering: str = Field(max_length=4000)
    grondslag: Literal[tuple(R.MAATWERK_GRONDSLAGEN)]  # type: ignore[valid-type]


@router.get(
    "/zaken/{zaakId}/maatwerk",
    response_model=AM.MaatwerkLijst,
    tags=["zaken"],
    summary="Alle afwijkingen van de regels, met motivering",
    responses=fouten(401, 403, 404),
)
def maatwerk_lezen(
    zaak_id: ZaakId,
    wie: Wie = Depends(rol("klantmanager", "inwoner")),
    s: Session = Depends(db),
    sp: Spoor = Depends(spoor),
):
    z = zaak_of_404(s, wie, zaak_id)
    mw = R.maatwerk_van(s, z.id)
    V.log(
        s,
        spoor=sp,
        gebruiker=wie.gebruiker,
        naam="maatwerk.lezen",
        handeling="lezen",
        zaak_id=z.id,
        activiteit=_activiteit(wie, "maatwerk"),
        gegevens="besluiten",
    )
    s.commit()
    return _json({"_embedded": {"maatwerk": _maatwerk_json(mw, R.namen(s, [m.auteur_id for m in mw]))}})


@router.post(
    "/zaken/{zaakId}/maatwerk",
    response_model=AM.Maatwerk,
    tags=["zaken"],
    status_code=201,
    summary="Afwijken van de uitkomst van de regels; een motivering is verplicht",
    responses={201: {"description": "Vastgelegd"}, **fouten(400, 401, 403, 404, 412, 428)},
)
def maatwerk_vastleggen(
    zaak_id: ZaakId,
    nieuw: NieuwMaatwerk,
    wie: Wie = Depends(rol("klantmanager")),
    if_match: Annotated[str | None, Header(alias="If-Match")] = None,
    s: Session = Depends(db),
    sp: Spoor = Depends(spoor),
):
    z = zaak_of_404(s, wie, zaak_id)
    versie = _versie(if_match)
    try:
        m = leg_maatwerk_vast(
            s,
            z,
            maand=nieuw.maand,
            vastgesteld=nieuw.bijstand,
            motivering=nieuw.motivering,
            grondslag=nieuw.grondslag,
            versie=versie,
            door=wie.gebruiker,
        )
    except R.OngeldigeWijziging as e:
        raise Probleem(400, e.bericht, [{"name": e.veld, "reason": e.bericht}]) from None
    except R.VersieConflict as e:
        raise _conflict(e) from None
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
    return _json(_maatwerk_json([m], {wie.gebruiker.id: wie.gebruiker.naam})[0], 201, {"ETag": f'"{versie + 1}"'})


@router.get(
    "/zaken/{zaakId}/feiten",
    response_model=AM.Feiten,
    tags=["zaken"],
    summary="Alle versies van alle feiten: wat wanneer bekend was",
    responses=fouten(401, 403, 404),
)
def feiten(
    zaak_id: ZaakId, wie: Wie = Depends(rol("klantmanager")), s: Session = Depends(db), sp: Spoor = Depends(spoor)
):
    z = zaak_of_404(s, wie, zaak_id)
    rijen = list(s.scalars(select(Feit).where(Feit.zaak_id == z.id).order_by(Feit.vastgelegd_op, Feit.id)))
    namen = R.namen(s, [f.vastgelegd_door for f in rijen])
    V.log(
        s,
        spoor=sp,
        gebruiker=wie.gebruiker,
        naam="feiten.lezen",
        handeling="lezen",
        zaak_id=z.id,
        activiteit="historie",
        gegevens="alle feiten",
    )
    s.commit()
    return _json(
        {
            "_embedded": {
                "feiten": [
                    {
                        "sleutel": f.sleutel,
                        "geldigVan": f.geldig_van and f.geldig_van.isoformat(),
                        "geldigTot": f.geldig_tot and f.geldig_tot.isoformat(),
                        "waarde": f.waarde,
                        "weggehaald": f.geldig_van is None and f.waarde is None,
                        "vastgelegdOp": f.vastgelegd_op.isoformat(),
                        "vastgelegdDoor": namen.get(f.vastgelegd_door),
                        "reden": f.reden,
                    }
                    for f in rijen
                ]
            }
        }
    )


@router.get(
    "/zaken/{zaakId}/verwerkingen",
    response_model=AM.Verwerkingen,
    tags=["zaken"],
    summary="Wie deze zaak wanneer zag of wijzigde, en waarom (Logboek Dataverwerkingen)",
    responses=fouten(401, 403, 404),
)
def verwerkingen(
    zaak_id: ZaakId,
    wie: Wie = Depends(rol("klantmanager", "inwoner")),
    s: Session = Depends(db),
    sp: Spoor = Depends(spoor),
):
    z = zaak_of_404(s, wie, zaak_id)
    rijen = V.van_zaak(s, z.id)
    V.log(
        s,
        spoor=sp,
        gebruiker=wie.gebruiker,
        naam="verwerkingen.lezen",
        handeling="lezen",
        zaak_id=z.id,
        activiteit=_activiteit(wie, "historie"),
        gegevens="verwerkingenlog",
    )
    s.commit()
    return _json({"_embedded": {"verwerkingen": [{**V.als_logius(v, s), "gebruiker": n} for v, n, _ in rijen]}})


@router.get(
    "/verwerkingsactiviteiten",
    response_model=AM.Verwerkingsactiviteiten,
    tags=["openbaar"],
    summary="Het register van verwerkingsactiviteiten",
)
def activiteiten():
    return _json(
        {"_embedded": {"verwerkingsactiviteiten": [{"id": V.URN + k, **v} for k, v in V.ACTIVITEITEN.items()]}}
    )


@router.get(
    "/algoritmeregister",
    response_model=AM.Algoritmebeschrijving,
    tags=["openbaar"],
    summary="De beschrijving voor het Algoritmeregister",
)
def algoritmeregister():
    from balans.algoritmeregister import laad

    return _json(laad())
