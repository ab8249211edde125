# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""De modellen van de antwoorden (2xx) van de API: wat er echt gestuurd wordt, voor het OpenAPI-document.

De routes geven zelf een Response terug (orjson, geen tweede serialisatie); deze modellen staan alleen in
het document (`response_model=`), en schemathesis controleert in tests/api/test_schemathesis.py elk
antwoord ertegen. Veldnamen zoals de API ze heeft (Nederlands, soms snake_case uit casus.md); `_links`
en `_embedded` zijn HAL. Een veld dat altijd komt maar leeg kan zijn, is verplicht en `null`-baar; een
veld dat soms ontbreekt heeft een standaardwaarde.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Bedrag = Annotated[
    str,
    Field(
        pattern=r"^-?[0-9]+\.[0-9]{2}$",
        examples=["1401.50"],
        description="Een bedrag in euro, tekst met twee decimalen",
    ),
]
Maand = Annotated[str, Field(pattern=r"^[0-9]{4}-[0-9]{2}$", examples=["2026-03"], description="JJJJ-MM")]
Uuid = Annotated[str, Field(pattern=r"^[0-9a-f-]{36}$", description="Een uuid")]


class Model(BaseModel):
    model_config = ConfigDict(populate_by_name=True)


class Href(Model):
    href: str


Links = Annotated[dict[str, Href], Field(alias="_links", description="HAL-links: self en wat erbij hoort")]


# --- sessies -------------------------------------------------------------------------------------


class Sessie(Model):
    gebruikersnaam: str
    naam: str
    rol: str
    csrfToken: str = Field(description="Stuur mee als X-CSRF-Token bij schrijven met de sessiecookie")
    verloopt: dt.datetime


class NieuweSessie(Sessie):
    token: str = Field(description="Het bearer-token (Authorization: Bearer ...)")


# --- rekenen -------------------------------------------------------------------------------------


class Uitlegstap(Model):
    regel: str
    artikel: str
    bron: str
    tekst: str
    bedrag: Bedrag | None
    tak: str | None


class MaatwerkInMaand(Model):
    regel_bedrag: Bedrag
    vastgesteld: Bedrag
    motivering: str
    grondslag: str
    tijdstip: dt.datetime


class Maandresultaat(Model):
    maand: Maand
    recht: bool
    norm: Bedrag
    vrijlating: Bedrag
    middelen: Bedrag
    verlaging: Bedrag
    bijstand: Bedrag
    vakantietoeslag: Bedrag
    uitvoerder: Literal["SVB", "gemeente"]
    lening: bool
    geldlening: Bedrag = Field("0.00", description="Het deel van de bijstand dat een geldlening is (Pw art. 50 lid 2)")
    niet_geindexeerd: list[str]
    uitleg: list[Uitlegstap]
    inkomen: dict[str, Any] | None = Field(None, description="Het hele inkomen van het huishouden (met een woning)")
    # alleen bij een zaak (de tijdlijn):
    vastgesteld: Bedrag | None = Field(None, description="Het recht volgens de tijdlijn, met maatwerk (zaak)")
    buiten_duur: bool | None = Field(None, description="Buiten de duur van de bijstand (zaak)")
    maatwerk: MaatwerkInMaand | None = None


class Duur(Model):
    ingangsdatum: dt.date | None
    einddatum: dt.date | None
    einde_reden: str | None


class Berekening(Model):
    naam: str
    maanden: list[Maandresultaat]


class ZaakBerekening(Berekening):
    bijstand: Duur


class Toerekening(Model):
    maand: Maand | None
    van: str
    bedrag: Bedrag
    soort: str
    basis: str
    bron: str
    loonstrook: str | None
    herkomst: str
    bekend_op: dt.date
    artikel: str
    tekst: str


class Betaalregel(Model):
    soort: str
    maand: Maand | None
    bedrag: Bedrag
    artikel: str
    bron: str
    tekst: str


class Betaling(Model):
    datum: dt.date
    bedrag: Bedrag
    vordering_na: Bedrag
    regels: list[Betaalregel]


class Staatmaand(Model):
    maand: Maand
    recht: Bedrag | None
    loon_ontvangen: Bedrag
    van_gemeente: Bedrag
    ander_inkomen: Bedrag
    totaal: Bedrag
    norm_zonder_vakantietoeslag: Bedrag | None
    onder_de_norm: bool
    vordering_eind: Bedrag
    betaaldata: list[dt.date]
    posten: dict[str, Bedrag]


class Totalen(Model):
    recht: Bedrag
    betaald: Bedrag
    vakantietoeslag_gereserveerd: Bedrag
    nog_na_te_betalen: Bedrag
    nog_te_verrekenen: Bedrag
    vordering: Bedrag
    vordering_bij_start: Bedrag
    bufferbudget: dict[str, Bedrag] = Field(description="Per jaar")
    loon_via_gemeente_nog_door_te_betalen: Bedrag
    open_maanden: list[Maand]
    klopt: bool


class Staat(Model):
    methode: str
    omschrijving: str
    betalingen: list[Betaling]
    maanden: list[Staatmaand]
    totalen: Totalen


class WatAlsPunt(Model):
    uren_per_week: str
    loon: Bedrag
    bijstand: Bedrag
    vrijlating: Bedrag
    vakantiegeld: Bedrag
    totaal: Bedrag
    netto_uurloon: Bedrag | None = Field(None, description="Alleen met bruto_uurloon: het netto per uur bij deze uren")


class HeelPunt(Model):
    uren_per_week: str
    loon_bruto: Bedrag
    bijstand_bruto: Bedrag
    zorgtoeslag: Bedrag
    kindgebonden_budget: Bedrag
    kinderbijslag: Bedrag
    huurtoeslag: Bedrag | None = Field(
        description="Per maand (voorschot), met de kale huur en servicekosten van de "
        "woning in de casus; leeg als de casus geen huurwoning heeft (niet berekend)"
    )
    wat_u_overhoudt: Bedrag
    marginale_druk: str | None = Field(
        None,
        description="Alleen met toerekening of bruto_uurloon: procent van "
        "het extra bruto dat wegvalt tegenover het punt ervoor",
    )


class HeleInkomen(Model):
    let_op: str
    niet_meegeteld: list[str]
    punten: list[HeelPunt]


class WatAls(Model):
    netto_uurloon: Bedrag | None = Field(description="Leeg als de vraag een bruto uurloon had")
    bruto_uurloon: Bedrag | None = None
    toerekening: Literal["gemiddeld", "loonperiode"] | None = None
    bijstand_stopt_bij_uren_per_week: str | None
    let_op: str
    punten: list[WatAlsPunt]
    hele_inkomen: HeleInkomen | None


class Maandstaat(Berekening):
    toerekening: list[Toerekening]
    methoden: dict[str, Staat] = Field(description="Per verrekenmethode")
    wat_als: WatAls | None = None


class ZaakMaandstaat(Maandstaat):
    bijstand: Duur
    methode_standaard: str


# --- zaken ---------------------------------------------------------------------------------------


class ZaakKort(Model):
    id: Uuid
    naam: str
    status: str
    versie: int
    ingangsdatum: dt.date | None
    einddatum: dt.date | None
    eindeReden: str | None
    bijgewerkt: dt.datetime
    links: Links


class Zaken(Model):
    zaken: list[ZaakKort]


class ZakenPagina(Model):
    embedded: Zaken = Field(alias="_embedded")
    links: Links
    totaal: int
    pagina: int
    paginaGrootte: int


class ZakenGevonden(Model):
    embedded: Zaken = Field(alias="_embedded")


class Maatwerk(Model):
    maand: Maand
    veld: str
    regel_bedrag: Bedrag
    vastgesteld: Bedrag | None
    motivering: str
    grondslag: str
    auteur: str | None
    tijdstip: dt.datetime


class ZaakVolledig(ZaakKort):
    klantmanager: str | None
    casus: dict[str, Any] = Field(description="De casus zoals op dat moment bekend (schema Casus)")
    maatwerk: list[Maatwerk]


class CasusGewijzigd(Model):
    id: Uuid
    versie: int
    gewijzigd: list[str]


class Besluit(Model):
    id: int
    handeling: str
    grondslag: str
    motivering: str
    tijdstip: dt.datetime


class Beeindigd(ZaakKort):
    besluit: Besluit


class MaatwerkLijstInhoud(Model):
    maatwerk: list[Maatwerk]


class MaatwerkLijst(Model):
    embedded: MaatwerkLijstInhoud = Field(alias="_embedded")


class Feit(Model):
    sleutel: str
    geldigVan: dt.date | None
    geldigTot: dt.date | None
    waarde: Any = Field(description="De waarde zoals vastgelegd (JSON)")
    weggehaald: bool
    vastgelegdOp: dt.datetime
    vastgelegdDoor: str | None
    reden: str | None


class FeitenInhoud(Model):
    feiten: list[Feit]


class Feiten(Model):
    embedded: FeitenInhoud = Field(alias="_embedded")


class Verwerkingsattributen(Model):
    activiteit: str | None = Field(alias="dpl.core.processing_activity_id")
    betrokkene: str | None = Field(
        alias="dpl.core.data_subject_id", description="Pseudoniem van de betrokkene (HMAC-SHA256), niet de zaak-id"
    )
    betrokkene_soort: str | None = Field(alias="dpl.core.data_subject_id_type")
    handeling: str | None = Field(alias="dpl.balans.handeling")
    grondslag: str | None = Field(alias="dpl.balans.grondslag")
    gegevens: str | None = Field(alias="dpl.balans.gegevens")


class ResourceAttributen(Model):
    service_name: str = Field(alias="service.name")


class Resource(Model):
    attributes: ResourceAttributen


class VreemdeOperatie(Model):
    trace_id: str
    span_id: str
    entity: str


class Verwerking(Model):
    trace_id: str
    span_id: str
    parent_span_id: str | None
    name: str
    start_time: dt.datetime
    end_time: dt.datetime
    status_code: str | None = Field(description="Verouderd (1.0.0); gebruik status")
    status: Literal["Unset", "Ok", "Error"]
    resource: Resource
    attributes: Verwerkingsattributen
    foreign_operation: VreemdeOperatie | None = Field(None, description="De traceparent van de aanroeper")
    gebruiker: str | None = Field(description="Wie het deed, uit het auditlog (niet uit de logregel)")


class VerwerkingenInhoud(Model):
    verwerkingen: list[Verwerking]


class Verwerkingen(Model):
    embedded: VerwerkingenInhoud = Field(alias="_embedded")


class Verwerkingsactiviteit(Model):
    id: str
    naam: str
    grondslag: str


class VerwerkingsactiviteitenInhoud(Model):
    verwerkingsactiviteiten: list[Verwerkingsactiviteit]


class Verwerkingsactiviteiten(Model):
    embedded: VerwerkingsactiviteitenInhoud = Field(alias="_embedded")


class Algoritmebeschrijving(Model):
    """Publicatiestandaard Algoritmeregister 1.0; de overige velden van de standaard komen erbij."""

    model_config = ConfigDict(extra="allow", json_schema_extra={"additionalProperties": True})
    naam: str
    korte_omschrijving: str
    organisatie: str
    status: str


# --- participatie --------------------------------------------------------------------------------


class Instrument(Model):
    code: str
    naam: str
    omschrijving: str
    grondslag: str
    bron: str | None
    maxMaanden: int | None
    loonwaarde: bool
    arbeid: bool
    eigenInitiatief: bool
    toelichting: str | None
    gemeente: bool


class InstrumentenInhoud(Model):
    instrumenten: list[Instrument]


class Instrumenten(Model):
    embedded: InstrumentenInhoud = Field(alias="_embedded")


class LksStap(Model):
    tekst: str
    artikel: str
    bron: str
    bedrag: Bedrag | None


class Loonkostensubsidie(Model):
    perMaand: Bedrag
    perUur: Bedrag
    wmlPerUur: Bedrag
    wmlDatum: dt.date
    loonwaardeBp: int
    urenPerWeek: str
    gemaximeerd: bool
    uitleg: list[LksStap]


class Besluitstap(Model):
    handeling: str
    grondslag: str
    motivering: str
    auteur: str | None
    tijdstip: dt.datetime


class Ontheffing(Model):
    id: int
    persoon: str
    soort: str
    soortTekst: str
    verplichtingen: list[str]
    reden: str
    redenTekst: str
    toelichting: str
    van: dt.date
    tot: dt.date | None
    herbeoordeling: dt.date | None
    status: str
    grondslag: str
    motivering: str
    versie: int


class OntheffingVolledig(Ontheffing):
    besluiten: list[Besluitstap]
    links: Links


class OntheffingenInhoud(Model):
    ontheffingen: list[Ontheffing]


class Ontheffingen(Model):
    embedded: OntheffingenInhoud = Field(alias="_embedded")


class Activiteit(Model):
    id: int
    planId: int | None
    persoon: str
    instrument: str
    instrumentNaam: str
    omschrijving: str
    eigenInitiatief: bool
    urenPerWeek: int | None
    van: dt.date
    tot: dt.date | None
    evaluatie: dt.date | None
    status: str
    resultaat: str | None
    loonwaardeBp: int | None
    teltAlsArbeid: bool
    versie: int


class ActiviteitenInhoud(Model):
    activiteiten: list[Activiteit]


class Activiteiten(Model):
    embedded: ActiviteitenInhoud = Field(alias="_embedded")


class Plan(Model):
    id: int
    persoon: str
    doelen: list[str]
    afspraken: str
    gevolgen: str
    status: str
    van: dt.date
    evaluatie: dt.date | None
    grondslag: str
    versie: int
    activiteiten: list[Activiteit]
    besluiten: list[Besluitstap]
    links: Links


class PlannenInhoud(Model):
    plannen: list[Plan]


class Plannen(Model):
    embedded: PlannenInhoud = Field(alias="_embedded")


# --- maatregelen ---------------------------------------------------------------------------------


class Afwijken(Model):
    minimumPercentage: str
    alleenBijDringendeRedenen: bool
    grondslag: str


class Waarschuwingstermijn(Model):
    termijnMaanden: int
    grondslag: str


class Recidive(Model):
    termijnMaanden: int
    over: str
    grondslag: str


class Herstel(Model):
    grondslag: str
    toelichting: str


class Recidivestap(Model):
    percentage: str
    maanden: int


class Categorie(Model):
    code: str
    omschrijving: str
    percentage: str = Field(description='Procent, zoals een mens het leest: "30", "12,5"')
    maanden: int
    waarschuwingEerst: bool
    grondslag: str
    recidive: list[Recidivestap]


class Verordening(Model):
    code: str
    naam: str
    bron: str
    grondslag: str
    status: str
    over: str
    toelichting: str
    afwijken: Afwijken
    waarschuwing: Waarschuwingstermijn
    recidive: Recidive
    herstel: Herstel
    controle: dict[str, str]
    categorieen: list[Categorie]


class VerordeningenInhoud(Model):
    verordeningen: list[Verordening]


class Verordeningen(Model):
    standaard: str
    embedded: VerordeningenInhoud = Field(alias="_embedded")


class Maatregelstap(Model):
    handeling: str
    grondslag: str
    motivering: str
    gegevens: dict[str, Any] | None
    auteur: str | None
    tijdstip: dt.datetime


class ZaakMaatregel(Model):
    id: int
    status: str
    statusTekst: str
    persoon: str
    verordening: str
    categorie: str
    categorieOmschrijving: str | None
    gedraging: str
    signaalDatum: dt.date
    percentage: str | None
    percentageBp: int | None
    over: str | None
    maanden: int | None
    ingang: Maand | None
    herzienVanaf: Maand | None
    maandenMetVerlaging: list[Maand]
    volgendeStap: str | None
    versie: int
    links: Links
    stappen: list[Maatregelstap] | None = Field(None, description="Bij één maatregel: al haar stappen")


class MaatregelenInhoud(Model):
    maatregelen: list[ZaakMaatregel]


class Maatregelen(Model):
    embedded: MaatregelenInhoud = Field(alias="_embedded")
    verlagingen: dict[str, int] = Field(description="Per maand (JJJJ-MM) de verlaging in centen")


# --- aanvragen -----------------------------------------------------------------------------------


class Waarschuwing(Model):
    stap: str
    veld: str
    tekst: str


class Aanvraagstap(Model):
    code: str
    naam: str


class Aanvraag(Model):
    id: Uuid
    status: str
    stap: str
    versie: int
    meldingsdatum: dt.date | None
    ingediendOp: dt.datetime | None
    verkort: bool
    vorigeZaakId: str | None
    zaakId: str | None
    klantmanagerId: int | None
    bsnBekend: bool
    gegevens: dict[str, Any] = Field(description="Per stap wat is ingevuld")
    waarschuwingen: list[Waarschuwing]
    stappen: list[Aanvraagstap]
    links: Links
    hersteltermijn: str | None = Field(None, description="Na indienen: of er iets aangevuld moet worden")


class AanvraagKort(Model):
    id: Uuid
    status: str
    verkort: bool
    klantmanagerId: int | None
    meldingsdatum: dt.date | None
    ingediendOp: dt.datetime | None
    links: Links


class AanvragenInhoud(Model):
    aanvragen: list[AanvraagKort]


class Aanvragen(Model):
    embedded: AanvragenInhoud = Field(alias="_embedded")
    totaal: int


class Toegekend(Model):
    id: Uuid = Field(description="De id van de nieuwe zaak")
    aanvraagId: Uuid
    ingangsdatum: dt.date
    links: Links


# --- caseload en monitoring ----------------------------------------------------------------------


class Norm(Model):
    minimum: int
    maximum: int
    bron: str


class Aandacht(Model):
    naam: str
    datum: dt.date
    soort: str
    reden: str
    grondslag: str
    zaakId: Uuid
    teLaat: bool
    links: Links


class Caseload(Model):
    klantmanager: str
    actief: int
    norm: Norm
    bovenNorm: bool
    toelichting: str
    aandacht: list[Aandacht]


class Kolom(Model):
    code: str
    label: str


class Rij(Model):
    code: str
    label: str
    waarden: dict[str, int | float | None] = Field(description="Per kolom; aantallen van 1 tot en met 4 zijn null")


class Tabel(Model):
    code: str
    titel: str
    uitleg: str
    rijen: list[Rij]


class Monitoring(Model):
    gemeente: str
    peildatum: dt.date
    kleinsteGroep: int
    toelichting: str
    kerncijfers: dict[str, int | float | None]
    kolommen: list[Kolom]
    tabellen: list[Tabel]
