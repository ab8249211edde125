# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""De rekenhulp (/rekenhulp): wat houdt u over als u gaat werken? Openbaar, zonder inloggen, er wordt niets bewaard.

Eén verhaal (issue 14, item 3): de pagina rekent één keer. De antwoorden worden een casus (met een verwachting:
uren, uurloon, loonperiode) en daaruit komt de maandstaat (diensten.maandstaat): per maand het loon zoals de
gemeente het toerekent (art. 32; loon per vier weken of per week per dag over de maanden verdeeld), het
opgebouwde vakantiegeld (8%) en de bijstand. De kop, 'Hoe is dit berekend?' en de maandtabel lezen alle drie
die ene eerste maand. De curve van 0 tot 40 uur rekent dezelfde maand op dezelfde manier
(watals.curve_zoals_maandstaat), dus het punt bij uw eigen uren is precies die maand.

Het hele inkomen (issue 19, item 4): met een bruto uurloon rekent de pagina het netto loon uit (witte maandtabel
van de loonheffing, met loonheffingskorting), en per aantal uren ook zorgtoeslag, kindgebonden budget en
kinderbijslag (watals.hele_inkomen). Met een kale huur (en servicekosten) ook de huurtoeslag, met dezelfde regel als
het inkomen-blok (rekenen/huishouden._huurtoeslag); zonder huur zegt de pagina op één plek dat die ontbreekt.
De leeftijden van de kinderen (als u ze opgeeft) bepalen het kindgebonden budget (de bedragen vanaf 12 en 16 jaar)
en de kinderbijslag (per leeftijdsgroep); zonder leeftijden rekent de pagina met één kind van 8.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from fractions import Fraction

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse

from balans.api.afhankelijk import Wie, wie_optioneel
from balans.api.grenzen import heel_getal
from balans.casus.laden import uit_data
from balans.inkomen.parameters import parameters_voor
from balans.geld import OngeldigNederlandsBedrag, als_tekst, deel_half_omhoog, naar_centen, uit_nederlands
from balans.rekenen.toerekening import Toerekening
from balans.rekenen.verwachting import WEKEN_PER_MAAND, alle_stroken
from balans.maandstaat.watals import (
    HeelPunt,
    Punt,
    curve_zoals_maandstaat,
    hele_inkomen,
    netto_uurloon_uit_bruto,
    uurlonen,
)
from balans.maandstaat.grootboek import Grootboek
from balans.maandstaat.uitvoer import als_json as staat_als_json
from balans.wet.parameters import ParameterBoom
from balans.web.routes import pagina

router = APIRouter(include_in_schema=False)

LEEFTIJDEN = range(18, 67)
HUISHOUDENS = ("alleen", "ouder", "paar", "paar_kinderen")
LOONPERIODEN = {"maand": "elke maand", "vier_weken": "elke vier weken", "week": "elke week"}
LOONSOORTEN = ("bruto", "netto")
KINDEREN_MAX = 8
HUUR_MAX = 500000  # € 5.000 per maand: daarboven is het geen huur die bij de huurtoeslag past
UREN = range(0, 41)  # de curve: elk heel uur van 0 tot en met 40 per week
TABEL_STAP = 4  # de tabel onder de grafiek: om de 4 uur


@dataclass(frozen=True)
class Vraag:
    leeftijd: int
    huishouden: str
    medebewoners: int
    uren: Decimal
    uurloon: int  # eurocenten per uur, bruto of netto (loonsoort)
    loonsoort: str
    loonperiode: str
    kale_huur: int | None = None  # eurocenten per maand; None: geen huurwoning (geen huurtoeslag)
    servicekosten: int = 0  # eurocenten per maand
    kinderen: tuple[int, ...] = ()  # leeftijden in jaren; leeg bij een huishouden met kinderen: één kind van 8


def _bedrag_of_niets(tekst: str | None, veld: str, fouten: dict[str, str], wat: str) -> int | None:
    """Een bedrag per maand dat mag ontbreken (leeg: None); negatief of te hoog: een fout bij het veld."""
    if not (tekst or "").strip():
        return None
    try:
        centen = uit_nederlands(tekst or "", "650,00")
    except OngeldigNederlandsBedrag as e:
        fouten[veld] = e.bericht
        return None
    if not 0 <= centen <= HUUR_MAX:
        fouten[veld] = f"Vul {wat} per maand in euro's in: € 0 of meer en hoogstens € 5.000, zoals 650,00."
        return None
    return centen


def _leeftijden(tekst: str | None, huishouden: str, fouten: dict[str, str]) -> tuple[int, ...]:
    """'3, 8' -> (3, 8): de leeftijden van de kinderen die bij u wonen."""
    delen = [d.strip() for d in (tekst or "").replace(";", ",").split(",") if d.strip()]
    if not delen:
        return ()
    if huishouden not in ("ouder", "paar_kinderen"):
        fouten["kinderen"] = (
            "U koos een situatie zonder kinderen. Kies bij 'Uw situatie' een situatie met kinderen, "
            "of laat dit veld leeg."
        )
        return ()
    jaren = [heel_getal(d, 100) for d in delen]
    if len(delen) > KINDEREN_MAX or any(j is None or not 0 <= j <= 17 for j in jaren):
        fouten["kinderen"] = (
            f"Vul de leeftijd van elk kind in hele jaren in, van 0 tot en met 17, met een komma "
            f"ertussen, zoals 3, 8. Hoogstens {KINDEREN_MAX} kinderen."
        )
        return ()
    return tuple(int(j) for j in jaren if j is not None)


def lees(
    leeftijd,
    huishouden,
    medebewoners,
    uren,
    uurloon,
    loonsoort,
    loonperiode,
    huur=None,
    servicekosten=None,
    kinderen=None,
) -> tuple[dict, dict, Vraag | None]:
    """De antwoorden van het formulier: (waarden om terug te tonen, fouten per veld, de vraag als alles klopt)."""
    waarden = {
        "leeftijd": leeftijd or "",
        "huishouden": huishouden,
        "medebewoners": medebewoners,
        "uren": uren or "",
        "uurloon": uurloon or "",
        "loonsoort": loonsoort,
        "loonperiode": loonperiode,
        "huur": huur or "",
        "servicekosten": servicekosten or "",
        "kinderen": kinderen or "",
    }
    fouten: dict[str, str] = {}
    kale_huur = _bedrag_of_niets(huur, "huur", fouten, "de kale huur")
    service = _bedrag_of_niets(servicekosten, "servicekosten", fouten, "de servicekosten")
    if service and kale_huur is None and "huur" not in fouten:
        fouten["huur"] = "U gaf servicekosten op. Vul dan ook de kale huur in (de huur zonder servicekosten)."
    leeftijden = _leeftijden(kinderen, huishouden, fouten)
    jaren = heel_getal(leeftijd or "", 200)
    if jaren not in LEEFTIJDEN:
        fouten["leeftijd"] = "Vul uw leeftijd in, in hele jaren: van 18 tot en met 66."
    u = Decimal(0)
    try:
        u = Decimal((uren or "").strip().replace(",", "."))
        if not u.is_finite() or not 0 <= u <= 60 or u != u.quantize(Decimal("0.5")):
            raise InvalidOperation
    except InvalidOperation:
        fouten["uren"] = "Vul het aantal uren per week in: een getal van 0 tot en met 60, zoals 16 of 16,5."
    centen = 0
    try:
        centen = uit_nederlands(uurloon or "", "14,71")
        if not 0 < centen <= 10000:
            raise OngeldigNederlandsBedrag("Vul uw uurloon in euro's in: meer dan € 0 en hoogstens € 100, zoals 14,71.")
    except OngeldigNederlandsBedrag as e:
        fouten["uurloon"] = e.bericht
    if loonsoort not in LOONSOORTEN:
        fouten["loonsoort"] = "Kies of uw uurloon bruto of netto is."
    if huishouden not in HUISHOUDENS:
        fouten["huishouden"] = "Kies uw situatie."
    if medebewoners not in ("0", "1", "2", "3"):
        fouten["medebewoners"] = "Kies hoeveel volwassenen er nog meer bij u wonen."
    if loonperiode not in LOONPERIODEN:
        fouten["loonperiode"] = "Kies hoe vaak u loon krijgt."
    if fouten:
        return waarden, fouten, None
    waarden["uren"] = str(u)
    return (
        waarden,
        {},
        Vraag(
            int(jaren),
            huishouden,
            int(medebewoners),
            u,
            centen,
            loonsoort,
            loonperiode,
            kale_huur,
            service or 0,
            leeftijden,
        ),
    )


def netto_uurloon(v: Vraag, uren: Decimal, maand: dt.date) -> int:
    """Het netto uurloon bij zoveel uren: het ingevulde netto, of uit het bruto (watals.netto_uurloon_uit_bruto)."""
    return v.uurloon if v.loonsoort == "netto" else netto_uurloon_uit_bruto(v.uurloon, uren, maand)


def casus_data(v: Vraag, van: dt.date, netto: int) -> dict:
    """De casus bij de antwoorden: twaalf maanden vanaf deze maand, het eerste loon vanaf de eerste dag.

    Een woning, zodat het hele inkomen meekomt: een huurwoning met de kale huur en servicekosten als die er zijn
    (dan ook huurtoeslag), anders soort 'geen'. Geen geboortedatum van iemand echt: alleen de leeftijd telt. Een kind
    van n jaar is n jaar op de eerste dag van deze maand en heeft die leeftijd al een maand of langer (Wkb art. 2 lid 3:
    de hogere bedragen vanaf de maand na de verjaardag; AKW art. 11: de leeftijd op de eerste dag van het kwartaal)."""
    tot = dt.date(van.year + (van.month + 10) // 12, (van.month + 10) % 12 + 1, 1)
    geboren = dt.date(van.year - v.leeftijd - 1, van.month, 1).isoformat()
    woning: dict = (
        {"soort": "geen"}
        if v.kale_huur is None
        else {"soort": "huur", "kale_huur": als_tekst(v.kale_huur), "servicekosten": als_tekst(v.servicekosten)}
    )
    hh: dict = {"aanvrager": {"geboortedatum": geboren}, "woning": woning}
    if v.huishouden in ("paar", "paar_kinderen"):
        hh["partner"] = {"geboortedatum": geboren}
    if v.huishouden in ("ouder", "paar_kinderen"):
        hh["kinderen"] = [{"geboortedatum": _geboren_kind(van, j).isoformat()} for j in (v.kinderen or (8,))]
    if v.medebewoners:
        hh["medebewoners"] = [
            {"geboortedatum": dt.date(van.year - 30, 1, 1).isoformat()} for _ in range(v.medebewoners)
        ]
    return {
        "naam": "Rekenhulp",
        "periode": {"van": f"{van:%Y-%m}", "tot": f"{tot:%Y-%m}"},
        "huishouden": hh,
        "verwachting": {
            "uren_per_week": str(v.uren),
            "netto_uurloon": als_tekst(netto),
            "loonperiode": v.loonperiode,
            "eerste_periode_van": van.isoformat(),
        },
    }


def _geboren_kind(van: dt.date, jaren: int) -> dt.date:
    """Een geboortedatum waarmee het kind in de eerste maand 'jaren' oud is voor beide regelingen: jarig op of vóór
    de eerste dag van het kwartaal (AKW art. 11) en in een maand vóór deze maand (Wkb art. 2 lid 3)."""
    vorige = dt.date(van.year - (van.month == 1), (van.month - 2) % 12 + 1, 1)
    d = min(dt.date(van.year, 3 * ((van.month - 1) // 3) + 1, 1), vorige)
    return dt.date(d.year - jaren, d.month, 1)


@dataclass(frozen=True)
class Maandrij:
    """Eén maand van de maandstaat: wat over deze maand telt (niet: wat er deze maand op de rekening komt)."""

    maand: str
    loon: int
    vakantiegeld: int
    bijstand: int  # het recht over deze maand, met de 5% vakantietoeslag die de gemeente spaart
    vakantietoeslag: int
    vrijlating: int
    toeslagen: int = 0  # zorgtoeslag + kindgebonden budget + kinderbijslag + huurtoeslag (watals.hele_inkomen)

    @property
    def samen(self) -> int:
        """Wat u over deze maand overhoudt: loon, opgebouwd vakantiegeld, bijstand en toeslagen."""
        return self.loon + self.vakantiegeld + self.bijstand + self.toeslagen


def _maandrijen(c, staat: dict) -> list[Maandrij]:
    boom = ParameterBoom.voor(c.regime or "wet", c.gemeente)
    loon: dict[str, list[int]] = {}
    for p in Toerekening(c, alle_stroken(c), boom).posten:
        if p.maand is not None and p.persoon == "aanvrager":
            rij = loon.setdefault(f"{p.maand:%Y-%m}", [0, 0])
            rij[0 if p.soort == "loon" else 1] += p.bedrag
    rijen = []
    for m in staat["maanden"]:
        ln, vg = loon.get(m["maand"], [0, 0])
        bijstand, vrij = naar_centen(m["bijstand"]), naar_centen(m["vrijlating"])
        # De toeslagen van deze maand met dezelfde functie als de curve (hele_inkomen), dus dezelfde bedragen.
        punt = Punt(Decimal(str(c.verwachting.uren_per_week)), ln, bijstand, vrij, vg)
        hp = hele_inkomen(c, [punt], dt.date.fromisoformat(m["maand"] + "-01"))[0]
        rijen.append(Maandrij(m["maand"], ln, vg, bijstand, naar_centen(m["vakantietoeslag"]), vrij, hp.toeslagen))
    return rijen


def _maandstaat(c) -> tuple[dict, dict]:
    """De maandstaat (zoals diensten.maandstaat, zonder de oude wat-als-curve): het recht per maand met uitleg, en
    de betalingen als de gemeente een voorschot betaalt zolang de loonstrook er niet is (methode 'schatten')."""
    g = Grootboek(c, uitleg=True)
    assert g.berekening is not None
    staat = staat_als_json(g, g.berekening, [g.staat("schatten")], None)
    return staat, staat["methoden"]["schatten"]


def _cent_per_euro(meer: int, bruto_meer: int) -> int | None:
    """Van elke euro die u bruto meer verdient: zoveel cent houdt u over (100 min de marginale druk in %)."""
    if bruto_meer <= 0:
        return None
    return deel_half_omhoog(100 * meer, bruto_meer)


def _per_uur(meer: int, uren: Decimal) -> int:
    """Per gewerkt uur: het verschil per maand gedeeld door uren x 52/12."""
    per_maand = Fraction(str(uren)) * WEKEN_PER_MAAND
    return deel_half_omhoog(meer * per_maand.denominator, per_maand.numerator)


def _vrijlating(staat: dict, rijen: list[Maandrij]) -> list[dict]:
    """De vrijlating in woorden: per regel (artikel) de eerste maand waarin ze geldt, met haar eigen uitlegzin
    (die zegt hoeveel maanden ze duurt), en de eerste maand met loon zonder vrijlating (dan is ze op)."""
    uit: list[dict] = []
    vorige = None
    for m, rij in zip(staat["maanden"], rijen):
        stap = next((s for s in m["uitleg"] if s["regel"] == "vrijlating"), None)
        artikel = stap["artikel"] if stap and rij.vrijlating else None
        if artikel != vorige and (artikel or rij.loon):
            uit.append(
                {
                    "maand": m["maand"],
                    "artikel": artikel,
                    "bron": stap["bron"] if stap else None,
                    "tekst": stap["tekst"] if artikel else None,
                }
            )
        vorige = artikel
    return uit


def _betaling_eerste_maand(schatten: dict, maand: str) -> dict | None:
    """Wanneer het geld over de eerste maand komt als de gemeente een voorschot betaalt zolang de loonstrook er
    niet is (methode 'schatten', Pw art. 52): de eerste betaling over die maand."""
    for b in schatten["betalingen"]:
        for r in b["regels"]:
            if r["maand"] == maand and r["soort"] in ("voorschot", "uitkering"):
                return {"datum": b["datum"], "bedrag": naar_centen(r["bedrag"]), "soort": r["soort"]}
    return None


def _grafiek(punten: list[Punt], hele: list[HeelPunt], eigen: Decimal) -> dict:
    """Een SVG zonder JavaScript: een euro-as met waarden, uren-as, vier lijnen die elk een eigen streep en
    vorm hebben (de legenda leunt niet op kleur) en een naam aan het eind van de lijn."""
    b, h, links, rechts, boven, onder = 640, 320, 84, 160, 16, 44
    reeksen = {
        "overhoudt": [x.wat_u_overhoudt for x in hele],
        "samen": [p.totaal for p in punten],
        "bijstand": [p.bijstand for p in punten],
        "loon": [p.loon + p.vakantiegeld for p in punten],
    }
    hoogste = max(max(r) for r in reeksen.values())
    stap = 50000 if hoogste > 200000 else 25000
    top = max(stap, -(-hoogste // stap) * stap)
    uren = [float(p.uren) for p in punten]
    meest = max(uren) or 1.0

    def x(u: float) -> float:
        return links + u * (b - links - rechts) / meest

    def y(c: int) -> float:
        return h - onder - c * (h - boven - onder) / top

    lijnen = {k: " ".join(f"{x(u):.1f},{y(v):.1f}" for u, v in zip(uren, r)) for k, r in reeksen.items()}
    namen = {"overhoudt": "Wat u overhoudt", "samen": "Loon + bijstand", "bijstand": "Bijstand", "loon": "Loon"}
    # Namen aan het eind van de lijn, zonder dat ze over elkaar vallen: minstens 20 px uit elkaar.
    eind = sorted(((y(r[-1]), k) for k, r in reeksen.items()))
    labels, vorig = [], -1e9
    for yy, k in eind:
        yy = max(yy, vorig + 20)
        labels.append({"x": x(uren[-1]) + 8, "y": yy + 4, "tekst": namen[k]})
        vorig = yy
    yas = [{"y": y(c), "tekst": f"€ {c // 100:,}".replace(",", ".")} for c in range(0, top + 1, stap)]
    xas = [{"x": x(u), "tekst": str(u)} for u in range(0, int(meest) + 1, 8)]
    i = next((j for j, p in enumerate(punten) if p.uren == eigen), None)
    markering = None
    if i is not None:
        markering = {"x": x(float(eigen)), "y": y(reeksen["overhoudt"][i]), "boven": boven, "onder": h - onder}
    return {
        "breedte": b,
        "hoogte": h,
        "links": links,
        "rechts": b - rechts,
        "boven": boven,
        "onder": h - onder,
        "lijnen": lijnen,
        "yas": yas,
        "xas": xas,
        "labels": labels,
        "markering": markering,
    }


def reken(v: Vraag, vandaag: dt.date) -> dict:
    """Alles wat de pagina laat zien, uit één maandstaat en één curve van dezelfde maand."""
    van = dt.date(vandaag.year, vandaag.month, 1)
    netto = netto_uurloon(v, v.uren, van)
    c = uit_data(casus_data(v, van, netto), "rekenhulp")
    staat, schatten = _maandstaat(c)
    rijen = _maandrijen(c, staat)
    uren = sorted({Decimal(u) for u in UREN} | {v.uren})
    bruto = v.uurloon if v.loonsoort == "bruto" else None
    punten = curve_zoals_maandstaat(c, uurlonen(uren, van, netto, bruto, vast=(v.uren, netto)))
    hele = hele_inkomen(c, punten)
    i = uren.index(v.uren)
    eigen, eigen_heel, nul_heel = punten[i], hele[i], hele[0]
    eerste = rijen[0]
    # Eén berekening: het punt bij de eigen uren is de eerste maand van de maandstaat (tests/web/test_rekenhulp.py).
    meer = eigen_heel.wat_u_overhoudt - nul_heel.wat_u_overhoudt
    per_uur = _per_uur(meer, v.uren) if v.uren > 0 else None
    tabel = []
    for j, (p, hp) in enumerate(zip(punten, hele)):
        if p.uren % TABEL_STAP and p.uren != v.uren:
            continue
        vorig = next((k for k in range(j - 1, -1, -1) if punten[k].uren == p.uren - TABEL_STAP), None)
        cent = (
            None
            if vorig is None
            else _cent_per_euro(
                hp.wat_u_overhoudt - hele[vorig].wat_u_overhoudt, hp.loon_bruto - hele[vorig].loon_bruto
            )
        )
        tabel.append(
            {
                "punt": p,
                "heel": hp,
                "cent": cent,
                "druk": None if cent is None else 100 - cent,
                "eigen": p.uren == v.uren,
            }
        )
    volgende = next((k for k, p in enumerate(punten) if p.uren == v.uren + TABEL_STAP), None)
    return {
        "casus": c,
        "staat": staat,
        "rijen": rijen,
        "eerste": eerste,
        "uitleg": staat["maanden"][0]["uitleg"],
        "punten": punten,
        "hele": hele,
        "eigen": eigen,
        "eigen_heel": eigen_heel,
        "nul_heel": nul_heel,
        "netto_uurloon": netto,
        "meer": meer,
        "per_uur": per_uur,
        "cent_eigen": _cent_per_euro(meer, eigen_heel.loon_bruto - nul_heel.loon_bruto),
        "cent_volgende": None
        if volgende is None
        else _cent_per_euro(
            hele[volgende].wat_u_overhoudt - eigen_heel.wat_u_overhoudt,
            hele[volgende].loon_bruto - eigen_heel.loon_bruto,
        ),
        "volgende_uren": None if volgende is None else punten[volgende].uren,
        "tabel": tabel,
        "stopt": next((p.uren for p in punten if p.bijstand == 0), None),
        "vrijlating": _vrijlating(staat, rijen),
        "betaling": _betaling_eerste_maand(schatten, eerste.maand),
        "grafiek": _grafiek(punten, hele, v.uren),
        "loonperiode": LOONPERIODEN[v.loonperiode],
        # 2024-2025 tellen de servicekosten mee in de rekenhuur (ten hoogste 4 x € 12), vanaf 2026 niet (Wht art. 5)
        "servicekosten_tellen": bool(parameters_voor(van).huurtoeslag.servicekosten_maximum),
    }


def vandaag() -> dt.date:
    """De eerste maand van de rekenhulp is deze maand (een test zet hier een vaste dag)."""
    return dt.date.today()


@router.get("/rekenhulp", response_class=HTMLResponse)
def rekenhulp(
    request: Request,
    wie: Wie | None = Depends(wie_optioneel),
    leeftijd: str | None = None,
    huishouden: str = "alleen",
    medebewoners: str = "0",
    uren: str | None = None,
    uurloon: str | None = None,
    loonsoort: str = "bruto",
    loonperiode: str = "maand",
    huur: str | None = None,
    servicekosten: str | None = None,
    kinderen: str | None = None,
):
    extra = (huur, servicekosten, kinderen)
    if leeftijd is None and uren is None and uurloon is None:
        waarden, _, _ = lees(leeftijd, huishouden, medebewoners, uren, uurloon, loonsoort, loonperiode, *extra)
        return pagina(request, "rekenhulp.html", waarden=waarden, fouten={})
    waarden, fouten, vraag = lees(leeftijd, huishouden, medebewoners, uren, uurloon, loonsoort, loonperiode, *extra)
    if vraag is None:
        return pagina(request, "rekenhulp.html", 400, waarden=waarden, fouten=fouten)
    return pagina(request, "rekenhulp.html", waarden=waarden, fouten={}, r=reken(vraag, vandaag()))
