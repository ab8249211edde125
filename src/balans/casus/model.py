# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Het casusformaat als pydantic-modellen; onbekende velden zijn fouten (extra='forbid')."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, PlainSerializer, WithJsonSchema, model_validator

from balans.geld import OngeldigBedrag, als_tekst, naar_centen
from balans.kalender import maanden

_MAAND = re.compile(r"^(\d{4})-(\d{2})$")


def _bedrag(v) -> int:
    if isinstance(v, bool) or v is None or isinstance(v, (list, dict)):
        raise ValueError("bedrag: verwacht een bedrag in euro's, zoals 600.00")
    if isinstance(v, float):  # komt niet uit onze YAML-lezer, wel uit JSON
        v = repr(v)
    if isinstance(v, Decimal):
        v = format(v, "f")
    try:
        centen = naar_centen(v)
    except OngeldigBedrag:
        raise ValueError("bedrag: verwacht een bedrag in euro's met hoogstens twee decimalen, zoals 600.00") from None
    if centen < 0:
        raise ValueError("negatief: een bedrag mag niet negatief zijn")
    return centen


# In JSON weer een bedrag als tekst ('500.00'), zodat een casus heen en terug hetzelfde blijft.
Bedrag = Annotated[
    int,
    BeforeValidator(_bedrag),
    PlainSerializer(als_tekst, when_used="json"),
    WithJsonSchema(
        {
            "type": "string",
            "pattern": r"^\d{1,9}(\.\d{1,2})?$",
            "example": "600.00",
            "description": "bedrag in euro's, hoogstens twee decimalen",
        }
    ),
]


def maand_uit(tekst) -> dt.date:
    m = _MAAND.match(str(tekst))
    if not m or not 1 <= int(m.group(2)) <= 12:
        raise ValueError(f"maand: '{tekst}' is geen maand; schrijf JJJJ-MM, zoals 2025-08")
    return dt.date(int(m.group(1)), int(m.group(2)), 1)


Maand = Annotated[
    dt.date,
    BeforeValidator(maand_uit),
    PlainSerializer(lambda d: f"{d.year:04d}-{d.month:02d}", when_used="json"),
    WithJsonSchema({"type": "string", "pattern": r"^\d{4}-(0[1-9]|1[0-2])$", "example": "2026-03"}),
]


def _datum(v) -> dt.date:
    if isinstance(v, dt.date):
        return v
    s = str(v)
    if not re.match(r"^\d{4}-\d{2}-\d{2}$", s):
        raise ValueError(f"datum: '{s}' is geen datum; schrijf JJJJ-MM-DD, zoals 1990-05-01")
    try:
        return dt.date.fromisoformat(s)
    except ValueError:
        raise ValueError(f"datum: '{s}' bestaat niet in de kalender") from None


Datum = Annotated[dt.date, BeforeValidator(_datum), WithJsonSchema({"type": "string", "format": "date"})]


def _ja_nee(v) -> bool:
    if isinstance(v, bool):
        return v
    raise ValueError("ja_nee: verwacht true of false")


JaNee = Annotated[bool, BeforeValidator(_ja_nee)]


class _Streng(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Dagen(_Streng):
    """Een feit dat op sommige dagen van de periode geldt (issue 15): ja van `van` tot en met `tot`, nee daarbuiten.
    Leeg: vanaf het begin of tot het einde van de periode."""

    van: Datum | None = None
    tot: Datum | None = None


def _vlag(v):
    if isinstance(v, (bool, dict, Dagen)):
        return v
    raise ValueError("ja_nee: Verwacht true, false of {van: JJJJ-MM-DD, tot: JJJJ-MM-DD}.")


# Een persoonskenmerk: true/false voor de hele periode, of {van, tot}: ja op die dagen (casus.md, issue 15).
Vlag = Annotated[bool | Dagen, BeforeValidator(_vlag)]


class _Persoon(_Streng):
    geboortedatum: Datum
    medisch_urenbeperkt: Vlag = False
    doelgroep_loonkostensubsidie: Vlag = False
    beroep_op_ouders_mogelijk: Vlag = True
    inrichting: Vlag = False  # verblijf in een inrichting (Pw art. 23)
    # Uitbreiding van balans: vrijlatingsmaanden die al vóór de periode zijn gebruikt.
    vrijlating_maanden_gebruikt: dict[Literal["n", "r", "z", "art34a"], Annotated[int, Field(ge=0, le=600)]] = {}


class Aanvrager(_Persoon):
    tijdelijk_elders_voor_mantelzorg: Vlag = False
    # Uitbreiding van balans: een partner voor de toeslagen (art. 3 Awir) die voor de bijstand geen partner is (art. 24a onder b).
    toeslagpartner: JaNee = False
    # Uitbreiding van balans: de individuele inkomenstoeslag (Pw art. 36) vraagt wat één maand niet laat zien.
    laag_inkomen_sinds: Datum | None = None  # sinds deze dag een laag inkomen (de referteperiode van de gemeente)
    geen_uitzicht_op_inkomensverbetering: JaNee = False  # het oordeel van het college (art. 36 lid 1)


class _Lid(_Streng):
    """Iemand die een deel van de periode bij het huishouden hoort (casus.md 'Changes within the periode').

    van: hoort erbij vanaf deze dag; tot: tot en met deze dag. Leeg: vanaf het begin, tot het einde."""

    van: Datum | None = None
    tot: Datum | None = None


class Partner(_Persoon, _Lid):
    rechthebbend: Vlag = True


class Kind(_Lid):
    geboortedatum: Datum


class Medebewoner(_Lid):
    geboortedatum: Datum
    uitzondering: Literal["commerciele_huur", "student"] | None = None


class Woning(_Streng):
    """Het hele inkomen (casus.md): de woning van het huishouden, per maand. Met een woning rekent balans ook de
    toeslagen, kinderbijslag en het netto loon uit (docs/inkomen.md)."""

    soort: Literal["huur", "koop", "geen"]
    kale_huur: Bedrag | None = None
    servicekosten: Bedrag = 0

    @model_validator(mode="after")
    def _huur(self):
        if self.soort == "huur" and self.kale_huur is None:
            raise ValueError("woning: bij een huurwoning hoort 'kale_huur' (de huur per maand zonder servicekosten)")
        if self.soort != "huur" and (self.kale_huur is not None or self.servicekosten):
            raise ValueError("woning: 'kale_huur' en 'servicekosten' horen alleen bij soort 'huur'")
        return self


class Huishouden(_Streng):
    aanvrager: Aanvrager
    partner: Partner | None = None
    kinderen: list[Kind] = []
    medebewoners: list[Medebewoner] = []
    woning: Woning | None = None  # het hele inkomen (casus.md)


class EigenWoning(_Streng):
    waarde: Bedrag
    hypotheek: Bedrag = 0
    # Pw art. 50 lid 2 onder a: wat het college verwacht dat de bijstand over het eerste jaar is.
    # Leeg: twaalf keer de bijstand van de eerste maand met bijstand.
    verwachte_bijstand_eerste_jaar: Bedrag | None = None


class Vermogen(_Streng):
    bezittingen: Bedrag = 0
    schulden: Bedrag = 0
    eigen_woning: EigenWoning | None = None
    # Pw art. 34 lid 2 onder c: het deel van de bezittingen dat gespaard is uit de bijstand (telt niet mee).
    # Een erfenis of een ander bedrag dat erbij komt, telt wel: dat hoort alleen in 'bezittingen'.
    gespaard_uit_bijstand: Bedrag = 0

    @model_validator(mode="after")
    def _gespaard(self):
        if self.gespaard_uit_bijstand > self.bezittingen:
            raise ValueError("vermogen: 'gespaard_uit_bijstand' is een deel van 'bezittingen' en kan niet groter zijn")
        return self


class Inkomen(_Streng):
    # oudedagsvoorziening: een particuliere oudedagsvoorziening als periodieke uitkering (Pw art. 33 lid 5)
    soort: Literal["arbeid", "uitkering", "overig", "oudedagsvoorziening"]
    netto: Bedrag | None = None
    van: Literal["aanvrager", "partner"] = "aanvrager"
    # Het hele inkomen (casus.md): loon bruto, zoals de polisadministratie het heeft; balans rekent de loonheffing
    # en het netto uit (casus/laden.py). loonheffingskorting: past de werkgever die toe? Leeg: ja.
    bruto: Bedrag | None = None
    loonheffingskorting: JaNee | None = None

    @model_validator(mode="after")
    def _netto_of_bruto(self):
        if self.netto is None and self.bruto is None:
            raise ValueError("inkomen: noem 'netto' of 'bruto' (het bedrag van deze maand)")
        if self.bruto is not None and self.soort != "arbeid":
            raise ValueError("inkomen: 'bruto' kan alleen bij soort 'arbeid'; geef bij een uitkering het netto bedrag")
        return self


class Maatregel(_Streng):
    percentage: Annotated[Decimal, Field(ge=0, le=100)]
    # Uitbreiding van balans: waarover het percentage gaat, volgens de verordening. Leeg: de gemeenteparameter.
    over: Literal["norm", "bijstand"] | None = None


class LagereNorm(_Streng):
    """Pw art. 27 (woonsituatie, bijv. dakloos) of art. 28 (recent gestopt met een studie met studiefinanciering):
    het college stelt de norm lager vast, met dit percentage. Een kan-bepaling; de wet noemt geen percentage."""

    artikel: Literal["27", "28"]
    percentage: Annotated[Decimal, Field(ge=0, le=100)]
    studie_beeindigd: Datum | None = None  # art. 28: de dag waarop de studie stopte (de 6 maanden gaan vanaf hier)

    @model_validator(mode="after")
    def _studie(self):
        if self.artikel == "28" and self.studie_beeindigd is None:
            raise ValueError("lagere_norm: bij artikel 28 hoort 'studie_beeindigd' (de dag waarop de studie stopte)")
        if self.artikel == "27" and self.studie_beeindigd is not None:
            raise ValueError("lagere_norm: 'studie_beeindigd' hoort alleen bij artikel 28")
        return self


class MaandInvoer(_Streng):
    inkomsten: list[Inkomen] = []
    giften: Bedrag = 0
    giften_in_natura: Bedrag = 0
    voedselbank: Bedrag = 0
    vermogen: Vermogen | None = None
    maatregel: Maatregel | None = None
    # Uitbreidingen van balans:
    taaleis_niet_nagekomen: JaNee = False  # art. 18b: verlaging volgens het schema 20/40/100%
    vrijlating_toepassen: JaNee = True  # 'draagt bij aan arbeidsinschakeling' (art. 31 lid 2 n, art. 34a)
    nieuw_dienstverband: JaNee = False  # art. 34a lid 3: de 12 maanden beginnen opnieuw
    uitbreiding_uren_niet_mogelijk: JaNee = False  # oordeel college: art. 31 lid 2 onder aa, art. 34a lid 2
    premie_arbeidsinschakeling: Bedrag = 0  # art. 31 lid 2 onder j: premie die het college deze maand toekent
    vrijwilligersvergoeding: Bedrag = 0  # art. 31 lid 2 onder k: kostenvergoeding voor vrijwilligerswerk (aanvrager)
    lagere_norm: LagereNorm | None = None  # art. 27 of 28: het college stelt de norm deze maand lager vast


class Verwacht(_Streng):
    recht: JaNee | None = None
    norm: Bedrag | None = None
    vrijlating: Bedrag | None = None
    middelen: Bedrag | None = None
    verlaging: Bedrag | None = None
    bijstand: Bedrag | None = None
    geldlening: Bedrag | None = None  # het deel van de bijstand dat een geldlening is (Pw art. 50 lid 2)


class Periode(_Streng):
    van: Maand
    tot: Maand

    @model_validator(mode="after")
    def _volgorde(self):
        if self.tot < self.van:
            raise ValueError("periode: 'tot' ligt vóór 'van'")
        return self


# --- Loon en verrekening (de maandstaat, zie README 'Maandstaat') ---------------------------------


class Tijdvak(_Streng):
    van: Datum
    tot: Datum

    @model_validator(mode="after")
    def _volgorde(self):
        if self.tot < self.van:
            raise ValueError("tijdvak: 'tot' ligt vóór 'van'")
        return self


class Opbouw(_Streng):
    """Vakantiegeld of IKB op een loonstrook: wat deze periode is opgebouwd en wat nu is uitbetaald."""

    opgebouwd: Bedrag = 0
    betaald: Bedrag = 0
    opbouwperiode: Tijdvak | None = (
        None  # waarover het betaalde bedrag is opgebouwd; standaard de 12 maanden t/m de betaalmaand
    )


Herkomst = Literal["loonstrook", "polisadministratie", "eigen_opgave", "verwachting"]


class Loonstrook(_Streng):
    id: Annotated[str, Field(min_length=1)]
    van: Literal["aanvrager", "partner"] = "aanvrager"
    werkgever: Annotated[str, Field(min_length=1)] = "werkgever"
    loonperiode: Literal["maand", "vier_weken", "week"]
    periode: Tijdvak  # de gewerkte periode
    betaaldatum: Datum
    bekend_op: Datum | None = None  # wanneer de gemeente het wist; standaard de betaaldatum
    netto: Bedrag  # netto loon zonder vakantiegeld en IKB
    vakantiegeld: Opbouw = Opbouw()
    ikb: Opbouw = Opbouw()
    herkomst: Herkomst = "loonstrook"


class Correctie(_Streng):
    """Een latere correctie op een loonstrook: de nieuwe bedragen vervangen de oude."""

    id: Annotated[str, Field(min_length=1)]
    corrigeert: Annotated[str, Field(min_length=1)]
    betaaldatum: Datum  # wanneer het verschil is betaald (of ingehouden)
    bekend_op: Datum | None = None
    netto: Bedrag | None = None
    vakantiegeld: Opbouw | None = None
    ikb: Opbouw | None = None
    herkomst: Herkomst = "polisadministratie"


class Verrekening(_Streng):
    methode: Literal["op_de_maand", "achteraf", "schatten", "vast_bedrag"] | None = None  # standaard: de gemeente
    melding: Datum | None = None  # art. 44: de dag van melding; eerdere maanden met terugwerkende kracht
    schatting: Bedrag | None = None  # 'schatten': het verwachte netto loon per maand
    bufferbudget: JaNee | None = None  # art. 34b inzetten; standaard: de gemeente
    vordering_bij_start: Bedrag = 0  # een openstaande vordering (art. 58) bij het begin van de periode


class VerwachteBetaling(_Streng):
    datum: Datum
    bedrag: Bedrag


class VerwachteStaat(_Streng):
    """Wat de gemeente met één verrekenmethode betaalt: elke betaling die niet nul is, op volgorde, en
    wat aan het eind open staat (alleen de velden die er staan, worden getoetst)."""

    betalingen: list[VerwachteBetaling]
    vakantietoeslag_gereserveerd: Bedrag | None = None
    nog_na_te_betalen: Bedrag | None = None
    nog_te_verrekenen: Bedrag | None = None
    vordering: Bedrag | None = None
    bufferbudget: dict[Annotated[int, Field(ge=2024, le=2100)], Bedrag] | None = None  # per kalenderjaar


Methode = Literal["op_de_maand", "achteraf", "schatten", "vast_bedrag"]


def _kort_betalingen(v):
    """Alleen een lijst betalingen onder een methode is de korte vorm van {betalingen: [...]}."""
    if isinstance(v, dict):
        return {k: {"betalingen": x} if isinstance(x, list) else x for k, x in v.items()}
    return v


class Verwachting(_Streng):
    """Verwacht werk in de komende maanden: daaruit maakt balans verwachte loonstroken."""

    uren_per_week: Annotated[Decimal, Field(ge=0, le=60)]
    netto_uurloon: Bedrag
    loonperiode: Literal["maand", "vier_weken", "week"] = "maand"
    eerste_periode_van: Datum | None = None  # begin van de eerste loonperiode; standaard het begin van de periode
    dagen_tot_betaling: Annotated[int, Field(ge=0, le=40)] = 5
    werkgever: Annotated[str, Field(min_length=1)] = "werkgever"
    vakantiegeld_opbouw: JaNee = True  # 8% netto opbouw (Wml art. 15), per loonstrook


@dataclass(frozen=True)
class Bijstandsduur:
    """De dagen waarop het recht op bijstand loopt: van (de dag van de melding, art. 44) tot en met tot.

    Leeg: vanaf het begin of tot het einde van de periode. Een gewone dataclass, zodat ook code buiten
    het casusformaat (de zaak) haar kan maken; pydantic controleert haar als deel van de casus."""

    __pydantic_config__ = ConfigDict(extra="forbid")
    van: Datum | None = None
    tot: Datum | None = None


class Casus(_Streng):
    naam: Annotated[str, Field(min_length=1)]
    periode: Periode
    bijstand: Bijstandsduur | None = None  # begin en einde van de bijstand (dagen met recht)
    regime: str = "wet"
    gemeente: str | None = None
    huishouden: Huishouden
    vermogen: Vermogen = Vermogen()
    maanden: dict[Maand, MaandInvoer | None] = {}
    verwacht: dict[Maand, Verwacht] = {}
    # Uitbreidingen van balans voor de maandstaat:
    loonstroken: list[Loonstrook] = []
    correcties: list[Correctie] = []
    verrekening: Verrekening = Verrekening()
    verwachting: Verwachting | None = None
    # wat de gemeente per methode betaalt, met de hand afgeleid (balans toets; docs/verwacht_betalingen.md)
    verwacht_betalingen: Annotated[dict[Methode, VerwachteStaat], BeforeValidator(_kort_betalingen)] = {}

    def alle_maanden(self) -> list[dt.date]:
        return maanden(self.periode.van, self.periode.tot)
