# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Webpagina's van de inwoner: /mijn (issue 14 item 4, issue 19 item 4). Server-rendered, zonder JavaScript.

/mijn                   uw volgende betaling, per maand uw bijstand (vastgesteld of verwachting), de hele maand
                        (inkomen + bijstand + toeslagen + kinderbijslag), de betalingen en uw brieven
/mijn/beschikking       de beschikking over uw bijstand als HTML
/mijn/beschikking.pdf   dezelfde beschikking als PDF

Alles komt uit de ene tijdlijn van de zaak (zaak/tijdlijn.py) en de maandstaat die daaruit volgt
(diensten.maandstaat_zaak); deze module rekent zelf geen maand uit. Alleen de toeslagen komen uit het
inkomen-blok (inkomen/heel.py), met de bijstand van de tijdlijn als invoer. Elke lezing komt in het
verwerkingenlog (AVG art. 15: de inwoner ziet zijn eigen gegevens).

Eén woord per begrip (de woordenlijst staat één keer op de pagina, WOORDEN):
- inkomen over de maand: alle netto inkomsten die voor de bijstand bij die maand horen, vóór de vrijlating
  (loon met het vakantiegeld dat u erbij opbouwt, Pw art. 32). Dat is 'middelen + vrijlating' van de berekening;
- vrijlating: het deel daarvan dat niet meetelt; inkomen dat meetelt: inkomen over de maand min de vrijlating;
- bijstand over de maand: het recht van de tijdlijn ('vastgesteld' in de berekening, 'recht' in de maandstaat);
- vastgesteld / verwachting (maand) en betaald / verwachting (betaling): zie status_maand en status_betaling.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse
from sqlalchemy import select
from sqlalchemy.orm import Session

from balans.api.afhankelijk import Wie, db, rol, spoor, zaak_of_404
from balans.api.probleem import Probleem
from balans.geld import als_tekst, naar_centen
from balans.kalender import volgende_maand
from balans.zaak import diensten
from balans.zaak import verwerkingen as V
from balans.zaak.schema import MaatregelZaak, Zaak
from balans.zaak.tijdlijn import Tijdlijn, tijdlijn
from balans.zaak.verwerkingen import Spoor

router = APIRouter(include_in_schema=False)

GEEN_ZAAK = "U hebt nog geen bijstand bij ons. Daarom is er nog geen beschikking."

# De woordenlijst van de pagina: elk begrip één keer, in B1 (issue 14: 'één woord per begrip').
WOORDEN = (
    ("Norm", "Het bedrag waar u zonder inkomen recht op hebt. Het hangt af van uw leeftijd en met wie u woont."),
    (
        "Inkomen over de maand",
        "Wat u netto verdient met het werk van die maand, plus het vakantiegeld dat u daarbij "
        "opbouwt, en ander netto inkomen. Het telt bij de maand waarin u het werk deed, ook als het later op uw "
        "rekening komt.",
    ),
    ("Vrijlating", "Het deel van uw inkomen over de maand dat u mag houden. Het telt niet mee voor de bijstand."),
    ("Inkomen dat meetelt", "Uw inkomen over de maand min de vrijlating. Dit gaat van uw norm af."),
    (
        "Bijstand over de maand",
        "Wat u over die maand van de gemeente krijgt: de norm min het inkomen dat meetelt. "
        "Hierin zit 5% vakantietoeslag; die spaart de gemeente voor u en betaalt ze in juni.",
    ),
    (
        "Vastgesteld",
        "De maand is voorbij en uw loon over die maand is bekend uit uw loonstroken. Het bedrag verandert "
        "alleen nog als er een correctie komt.",
    ),
    (
        "Verwachting",
        "Nog niet zeker. De maand is nog niet voorbij, of nog niet al uw loon over die maand is bekend: "
        "dan rekent balans met het loon dat u verwacht of met een loonstrook die nog moet komen. Het echte bedrag kan "
        "anders zijn.",
    ),
    ("Betaald", "Dit bedrag heeft de gemeente al op uw rekening gezet."),
)

# Per regel van de hele maand een korte uitleg in B1, met de wet.
UITLEG_HELE_MAAND = (
    ("Inkomen over de maand", "Uw netto loon en ander netto inkomen over deze maand (zie hierboven).", None, None),
    (
        "Bijstand over de maand",
        "Van de gemeente, zoals hierboven berekend.",
        "Pw art. 19",
        "https://wetten.overheid.nl/BWBR0015703/2026-07-01#Artikel19",
    ),
    (
        "Zorgtoeslag",
        "Van de Belastingdienst, voor uw zorgverzekering. Hoe meer u verdient, hoe lager de zorgtoeslag.",
        "Wet op de zorgtoeslag art. 2",
        "https://wetten.overheid.nl/BWBR0018451/2026-01-01#Artikel2",
    ),
    (
        "Kindgebonden budget",
        "Van de Belastingdienst, als u kinderen onder de 18 hebt. Het wordt lager als u meer verdient.",
        "Wet op het kindgebonden budget art. 2",
        "https://wetten.overheid.nl/BWBR0022751/2026-01-01#Artikel2",
    ),
    (
        "Kinderbijslag",
        "Van de SVB, per kwartaal. Hier staat een derde van het kwartaal. Het hangt niet af van uw inkomen.",
        "Algemene Kinderbijslagwet art. 11",
        "https://wetten.overheid.nl/BWBR0002368/2026-01-01#Artikel11",
    ),
    (
        "Huurtoeslag",
        "Van de Belastingdienst, als u een huis huurt. Het hangt af van uw huur en uw inkomen: hoe meer u "
        "verdient, hoe lager de huurtoeslag.",
        "Wet op de huurtoeslag art. 21",
        "https://wetten.overheid.nl/BWBR0008659/2026-01-01#Artikel21",
    ),
)
TOESLAGEN_TELLEN_NIET = (
    "Toeslagen en kinderbijslag tellen niet mee als inkomen voor de bijstand. Uw bijstand blijft "
    "dus gelijk (Pw art. 31 lid 2 onder b en d)."
)


def _maand(tekst: str) -> dt.date:
    return dt.date.fromisoformat(tekst[:7] + "-01")


def status_maand(maand: dt.date, toerekening: list[dict], vandaag: dt.date) -> str:
    """'vastgesteld' als de maand voorbij is en al het loon dat bij de maand hoort uit een echte loonstrook of
    correctie komt die de gemeente al kent; anders 'verwachting'."""
    if volgende_maand(maand) > vandaag:
        return "verwachting"
    for p in toerekening:
        if (
            p["maand"]
            and _maand(p["maand"]) == maand
            and (p["herkomst"] == "verwachting" or dt.date.fromisoformat(p["bekend_op"]) > vandaag)
        ):
            return "verwachting"
    return "vastgesteld"


def status_betaling(datum: dt.date, vandaag: dt.date) -> str:
    return "betaald" if datum < vandaag else "verwachting"


def volgende_betaling(betalingen: list[dict], vandaag: dt.date) -> dict | None:
    """De eerste betaling van vandaag of later met een bedrag, uit de maandstaat (de methode van de gemeente)."""
    return next(
        (b for b in betalingen if dt.date.fromisoformat(b["datum"]) >= vandaag and naar_centen(b["bedrag"]) > 0), None
    )


@dataclass
class HeleMaand:
    maand: str
    status: str
    inkomen: int  # inkomen over de maand (middelen + vrijlating)
    bijstand: int  # bijstand over de maand: het recht van de tijdlijn
    zorgtoeslag: int | None
    kindgebonden_budget: int | None
    kinderbijslag: int | None
    huurtoeslag: int | None = None  # alleen met een huurwoning in de casus (kale huur, servicekosten)

    @property
    def samen(self) -> int:
        return (
            self.inkomen
            + self.bijstand
            + sum(x or 0 for x in (self.zorgtoeslag, self.kindgebonden_budget, self.kinderbijslag, self.huurtoeslag))
        )

    def als_json(self) -> dict:
        def t(x):
            return None if x is None else als_tekst(x)

        return {
            "maand": self.maand,
            "status": self.status,
            "inkomen": t(self.inkomen),
            "bijstand": t(self.bijstand),
            "zorgtoeslag": t(self.zorgtoeslag),
            "kindgebonden_budget": t(self.kindgebonden_budget),
            "kinderbijslag": t(self.kinderbijslag),
            "huurtoeslag": t(self.huurtoeslag),
            "samen": t(self.samen),
        }


def inkomen_over_de_maand(rij: dict) -> int:
    """Uit de berekening: alle inkomsten vóór de vrijlating (de berekening zegt 'inkomsten min vrijlating')."""
    return naar_centen(rij["middelen"]) + naar_centen(rij["vrijlating"])


def hele_maand(t: Tijdlijn, staat: dict, vandaag: dt.date) -> list[HeleMaand]:
    """Per maand: inkomen + bijstand (uit de tijdlijn) + toeslagen en kinderbijslag (het inkomen-blok, heel.py).

    Zoals het wat-als (maandstaat/watals.hele_inkomen): toetsingsinkomen = 12 x (bruto inkomen + bruto bijstand) van
    deze maand, het bruto terug uit het netto (witte tabel, met loonheffingskorting). Buiten de jaren waarvoor balans
    de toeslagen kent: None (de pagina zegt dat). Met een huurwoning in de casus ook de huurtoeslag, met dezelfde
    regel als het inkomen-blok (rekenen/huishouden._huurtoeslag) en hetzelfde toetsingsinkomen."""
    from balans.inkomen import kinderbijslag as kb
    from balans.inkomen.context import ctx_voor
    from balans.inkomen.heel import bruto_uit_netto, heel_inkomen
    from balans.rekenen.huishouden import _huurtoeslag
    from balans.inkomen.kindgebonden_budget import leeftijd_wkb, tel_kinderen
    from balans.inkomen.parameters import OnbekendJaar
    from balans.rekenen.casus import maandinvoeren

    c = t.casus
    h = c.huishouden
    invoer = dict(maandinvoeren(c))
    kinderen = [k.geboortedatum for k in h.kinderen]
    huur = h.woning is not None and h.woning.soort == "huur"
    uit = []
    for rij in staat["maanden"]:
        m = _maand(rij["maand"])
        inkomen = inkomen_over_de_maand(rij)
        bijstand = t.recht[m]
        zt = kgb = kbs = ht = None
        # toeslagpartner in de maanden waarin de partner op de eerste dag in huis is (Awir art. 5; huishouden._in_huis)
        lid = h.partner
        partner = (lid is not None and (lid.van or m) <= m <= (lid.tot or m)) or h.aanvrager.toeslagpartner
        try:
            ctx = ctx_voor(m, uitleg=False)
            inv = invoer[m]
            vermogen = max(0, int(inv.bezittingen) - int(inv.schulden))
            x = heel_inkomen(
                ctx,
                bijstand,
                bruto_uit_netto(ctx, inkomen),
                partner,
                tel_kinderen(kinderen, m),
                kb.tel_kinderen(kinderen, m),
                vermogen=vermogen,
                verzekerd=leeftijd_wkb(h.aanvrager.geboortedatum, m) >= 18,
                loon_netto=inkomen,
            )
            zt, kgb, kbs = int(x.zorgtoeslag), int(x.kindgebonden_budget), int(x.kinderbijslag)
            if huur:
                ht = int(_huurtoeslag(ctx, c, m, int(x.toetsingsinkomen), partner, vermogen).maand)
        except OnbekendJaar:
            pass
        uit.append(
            HeleMaand(rij["maand"], status_maand(m, staat["toerekening"], vandaag), inkomen, bijstand, zt, kgb, kbs, ht)
        )
    return uit


# --- brieven --------------------------------------------------------------------------------------


@dataclass
class BriefLink:
    titel: str
    datum: dt.date
    html: str
    pdf: str


def brieven_van(request: Request, s: Session, z: Zaak) -> list[BriefLink]:
    """Alle brieven over deze zaak die er echt zijn: de beschikking, en elke brief die brieven.participatie kan maken
    (ontheffing, plan, waarschuwing, maatregel, herziening, beëindiging). Alleen wat opent, staat in de lijst."""
    from balans.brieven import participatie as P
    from balans.brieven.beschikking import afzender_uit
    from balans.participatie import plan as PL
    from balans.participatie import plicht as O
    from balans.zaak.tijdlijn import beeindigingen

    settings = request.app.state.settings
    afzender = afzender_uit(settings)
    uit = [BriefLink("Besluit over uw bijstand", dt.date.today(), "/mijn/beschikking", "/mijn/beschikking.pdf")]
    kandidaten: list[tuple[str, int]] = [("ontheffing", o.id) for o in O.van_zaak(s, z.id)]
    kandidaten += [("plan", p.id) for p in PL.plannen_van(s, z.id)]
    for m in s.scalars(select(MaatregelZaak).where(MaatregelZaak.zaak_id == z.id).order_by(MaatregelZaak.id)):
        kandidaten += [("waarschuwing", m.id), ("maatregel", m.id), ("herziening", m.id)]
    kandidaten += [("beeindiging", b.id) for b in beeindigingen(s, z.id)]
    for soort, oid in kandidaten:
        try:
            b = P.brief(s, z, soort, oid, afzender=afzender, catalogus_extra=settings.catalogus)
        except P.GeenBrief:
            continue
        pad = f"/zaken/{z.id}/brieven/{soort}/{oid}"
        uit.append(BriefLink(b.titel, b.datum, pad, pad + ".pdf"))
    return uit[:1] + sorted(uit[1:], key=lambda b: b.datum, reverse=True)  # de beschikking, dan de nieuwste eerst


# --- pagina's -------------------------------------------------------------------------------------


@router.get("/mijn", response_class=HTMLResponse)
def mijn(
    request: Request,
    methode: str | None = None,
    wie: Wie = Depends(rol("inwoner")),
    s: Session = Depends(db),
    sp: Spoor = Depends(spoor),
):
    from balans.inkomen.heel import MET_HUURTOESLAG, NIET_IN_HET_TOTAAL
    from balans.web.routes import pagina

    if not wie.gebruiker.zaak_id:
        return pagina(request, "mijn.html", zaak=None)
    z = zaak_of_404(s, wie, wie.gebruiker.zaak_id)
    t = tijdlijn(s, z)
    staat = diensten.maandstaat_zaak(t, "alle")
    vandaag = dt.date.today()
    standaard = staat["methode_standaard"]
    gekozen = methode if methode in staat["methoden"] else standaard
    hele = hele_maand(t, staat, vandaag)
    brieven = brieven_van(request, s, z)
    V.log(
        s,
        spoor=sp,
        gebruiker=wie.gebruiker,
        naam="mijn.maandstaat",
        handeling="lezen",
        zaak_id=z.id,
        activiteit="inzage-inwoner",
        gegevens="inkomen, bijstand, toeslagen, betalingen, brieven",
    )
    s.commit()
    status = {h.maand: h.status for h in hele}
    return pagina(
        request,
        "mijn.html",
        zaak=z,
        staat=staat,
        gekozen=gekozen,
        standaard=standaard,
        vandaag=vandaag,
        volgende=volgende_betaling(staat["methoden"][standaard]["betalingen"], vandaag),
        status_maand=status,
        status_betaling=status_betaling,
        inkomen_over=inkomen_over_de_maand,
        hele=hele,
        met_kinderen=any((h.kindgebonden_budget or 0) + (h.kinderbijslag or 0) for h in hele),
        toeslagen_onbekend=any(h.zorgtoeslag is None for h in hele),
        brieven=brieven,
        woorden=WOORDEN,
        uitleg_hele_maand=UITLEG_HELE_MAAND,
        met_huur=any(h.huurtoeslag is not None for h in hele),
        niet_in_het_totaal=MET_HUURTOESLAG if any(h.huurtoeslag is not None for h in hele) else NIET_IN_HET_TOTAAL,
        toeslagen_tellen_niet=TOESLAGEN_TELLEN_NIET,
        datum_van=dt.date.fromisoformat,
    )


def _eigen_zaak(s: Session, wie: Wie) -> Zaak:
    if not wie.gebruiker.zaak_id:
        raise Probleem(404, GEEN_ZAAK)
    return zaak_of_404(s, wie, wie.gebruiker.zaak_id)


@router.get("/mijn/beschikking", response_class=HTMLResponse)
def mijn_beschikking(
    request: Request, wie: Wie = Depends(rol("inwoner")), s: Session = Depends(db), sp: Spoor = Depends(spoor)
):
    """Dezelfde beschikking als de klantmanager ziet, voor de eigen zaak."""
    from balans.web.routes import beschikking_als_html

    return beschikking_als_html(request, s, sp, wie, _eigen_zaak(s, wie), "inzage-inwoner")


@router.get("/mijn/beschikking.pdf")
def mijn_beschikking_pdf(
    request: Request, wie: Wie = Depends(rol("inwoner")), s: Session = Depends(db), sp: Spoor = Depends(spoor)
):
    from balans.web.routes import beschikking_als_pdf

    return beschikking_als_pdf(request, s, sp, wie, _eigen_zaak(s, wie), "inzage-inwoner", "attachment")
