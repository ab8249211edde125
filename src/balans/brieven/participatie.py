# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Brieven over participatie: ontheffing, plan van aanpak, schriftelijke waarschuwing en maatregel (issue 7),
en het besluit tot beëindiging van de bijstand (issue 14).

Elke brief is één HTML-document (lang="nl", met de stijl erin) en een PDF via WeasyPrint. Eerst de tekst in
B1; daarna, op een nieuwe pagina, de juridische bijlage met de tekst van elk artikel uit de geconsolideerde
Participatiewet van 2026-07-01 (MinBZK/regelrecht-corpus, regulation/nl/wet/participatiewet/2026-07-01.yaml)
en de link naar wetten.overheid.nl. Geen BSN in de brief: alleen de naam en het kenmerk.

De datum van de brief is de datum van het besluit in het besluitenlog. Zo geeft dezelfde brief later
dezelfde datum en dezelfde laatste dag voor bezwaar.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup
from sqlalchemy import select
from sqlalchemy.orm import Session

from balans.brieven.beschikking import (
    AWB,
    BEZWAARTERMIJN_WEKEN,
    SJABLONEN,
    Afzender,
    _datum,
    _maand,
    laatste_dag_bezwaar,
)
from balans.geld import als_euro
from balans.zaak.schema import Activiteit, Besluit, MaatregelZaak, Ontheffing, Plan, Zaak

SOORTEN = ("ontheffing", "plan", "waarschuwing", "maatregel", "herziening", "beeindiging")
AFKORTING = {
    "ontheffing": "O",
    "plan": "P",
    "waarschuwing": "W",
    "maatregel": "M",
    "herziening": "H",
    "beeindiging": "E",
}
TIJDZONE = ZoneInfo("Europe/Amsterdam")
PW = "https://wetten.overheid.nl/BWBR0015703/2026-07-01#Artikel{artikel}"
ATW = "https://wetten.overheid.nl/BWBR0002448/{datum}#Artikel{artikel}"

# De stijl van de beschikking plus een paar regels voor deze brieven; één <style>, één hash voor de CSP.
STIJL = (
    (SJABLONEN / "beschikking.css").read_text(encoding="utf-8")
    + "\n"
    + (SJABLONEN / "participatie.css").read_text(encoding="utf-8")
)
STIJL_CSP = "'sha256-" + base64.b64encode(hashlib.sha256(STIJL.encode("utf-8")).digest()).decode() + "'"


class GeenBrief(LookupError):
    """Deze brief bestaat niet: het onderwerp hoort niet bij de zaak, of past niet bij de soort of de stand."""


# --- wetteksten ---------------------------------------------------------------------------------
# Letterlijk uit de geconsolideerde tekst 2026-07-01 (regelrecht-corpus), zonder de verwijzingslinks.


@dataclass(frozen=True)
class Wettekst:
    code: str  # "Pw art. 9 lid 2"
    omschrijving: str  # B1, één regel
    tekst: str  # de letterlijke tekst
    url: str


def _pw(code: str, artikel: str, omschrijving: str, tekst: str) -> Wettekst:
    return Wettekst(code, omschrijving, " ".join(tekst.split()), PW.format(artikel=artikel))


WETTEKST: dict[str, Wettekst] = {
    w.code: w
    for w in (
        _pw(
            "Pw art. 9 lid 1",
            "9",
            "de verplichtingen: werk, hulp naar werk en de tegenprestatie",
            """
        De belanghebbende van 18 jaar of ouder doch jonger dan de pensioengerechtigde leeftijd is, vanaf de dag van
        melding als bedoeld in artikel 44, tweede lid, verplicht: a. naar vermogen algemeen geaccepteerde arbeid,
        waarbij geen gebruik wordt gemaakt van een voorziening als bedoeld in de artikelen 7, eerste lid, onderdeel a,
        of 7a, eerste lid, onderdeel a, te verkrijgen, deze te aanvaarden en te behouden, waaronder begrepen
        registratie als werkzoekende bij het Uitvoeringsinstituut werknemersverzekeringen, indien hem daartoe het
        recht toekomt op grond van artikel 30b, eerste lid, van de Wet structuur uitvoeringsorganisatie werk en
        inkomen; b. gebruik te maken van een door het college aangeboden voorziening, waaronder begrepen sociale
        activering, gericht op arbeidsinschakeling, alsmede mee te werken aan een onderzoek naar zijn mogelijkheden
        tot arbeidsinschakeling en, indien van toepassing, mee te werken aan het opstellen, uitvoeren en evalueren
        van een plan van aanpak als bedoeld in artikel 44a; c. naar vermogen door het college opgedragen onbeloonde
        maatschappelijk nuttige werkzaamheden te verrichten die worden verricht naast of in aanvulling op reguliere
        arbeid en die niet leiden tot verdringing op de arbeidsmarkt.""",
        ),
        _pw(
            "Pw art. 9 lid 2",
            "9",
            "tijdelijke ontheffing om dringende redenen",
            """
        Indien daarvoor dringende redenen aanwezig zijn, kan het college in individuele gevallen tijdelijk ontheffing
        verlenen van een verplichting als bedoeld in het eerste lid, onderdelen a en c. Zorgtaken kunnen als
        dringende redenen worden aangemerkt, voorzover hiermee geen rekening kan worden gehouden door middel van een
        voorziening als bedoeld in artikel 7, eerste lid, onderdeel a.""",
        ),
        _pw(
            "Pw art. 9 lid 5",
            "9",
            "volledig en duurzaam arbeidsongeschikt",
            """
        De verplichtingen, bedoeld in het eerste lid, onderdelen a, b en c, zijn niet van toepassing op de
        belanghebbende die volledig en duurzaam arbeidsongeschikt is als bedoeld in artikel 4 van de Wet werk en
        inkomen naar arbeidsvermogen.""",
        ),
        _pw(
            "Pw art. 9 lid 7",
            "9",
            "geen tegenprestatie voor de alleenstaande ouder met ontheffing",
            """
        De verplichting, bedoeld in het eerste lid, onderdeel c, is niet van toepassing op de alleenstaande ouder
        die in het bezit is van een ontheffing als bedoeld in artikel 9a, eerste lid.""",
        ),
        _pw(
            "Pw art. 9a lid 1",
            "9a",
            "ontheffing voor een alleenstaande ouder met een kind tot vijf jaar",
            """
        Onverminderd artikel 9, tweede lid, verleent het college aan een alleenstaande ouder die de volledige zorg
        heeft voor een tot zijn last komend kind tot vijf jaar op diens verzoek ontheffing van de verplichting,
        bedoeld in artikel 9, eerste lid, onderdeel a.""",
        ),
        _pw(
            "Pw art. 9a lid 4",
            "9a",
            "hoe lang deze ontheffing geldt",
            """
        De ontheffing, bedoeld in het eerste lid, geldt zolang het jongste kind van de alleenstaande ouder de
        leeftijd van vijf jaar nog niet heeft bereikt. Onverminderd de eerste zin geldt de ontheffing gedurende ten
        hoogste vijf jaar. Op deze periode worden in mindering gebracht de periode, dan wel perioden, waarin de
        alleenstaande ouder in de voorgaande woonplaats, dan wel in de voorgaande woonplaatsen, gebruik heeft gemaakt
        van de ontheffing, bedoeld in het eerste lid, alsmede de periode, dan wel perioden, waarin toepassing is
        gegeven aan artikel 17, vierde lid, van de Wet investeren in jongeren.""",
        ),
        _pw(
            "Pw art. 9a lid 7",
            "9a",
            "binnen zes maanden een plan van aanpak",
            """
        Het college stelt binnen zes maanden na ontvangst van het verzoek, bedoeld in het eerste lid, een plan van
        aanpak op voor de invulling van de voorziening, bedoeld in artikel 9, eerste lid, onderdeel b, voor de
        alleenstaande ouder aan wie een ontheffing is verleend als bedoeld in het eerste lid.""",
        ),
        _pw(
            "Pw art. 17 lid 1",
            "17",
            "wijzigingen doorgeven (inlichtingenplicht)",
            """
        De belanghebbende doet aan het college op verzoek of onverwijld uit eigen beweging mededeling van alle
        feiten en omstandigheden waarvan hem redelijkerwijs duidelijk moet zijn dat zij van invloed kunnen zijn op
        zijn arbeidsinschakeling of het recht op bijstand. Deze verplichting geldt niet indien die feiten en
        omstandigheden door het college kunnen worden vastgesteld op grond van bij wettelijk voorschrift als
        authentiek aangemerkte gegevens of kunnen worden verkregen uit bij ministeriële regeling aan te wijzen
        administraties. Bij ministeriële regeling wordt bepaald voor welke gegevens de tweede zin van toepassing
        is.""",
        ),
        _pw(
            "Pw art. 18 lid 1",
            "18",
            "de bijstand en de verplichtingen passen bij uw situatie",
            """
        Het college stemt de bijstand en de daaraan verbonden verplichtingen af op de omstandigheden, mogelijkheden
        en middelen van de belanghebbende.""",
        ),
        _pw(
            "Pw art. 18 lid 2",
            "18",
            "verlaging volgens de verordening van de gemeente",
            """
        Het college verlaagt de bijstand overeenkomstig de verordening, bedoeld in artikel 8, eerste lid, onderdeel
        a, ter zake van het niet nakomen door de belanghebbende van de verplichtingen voortvloeiende uit deze wet,
        met uitzondering van artikel 17, eerste lid, dan wel indien de belanghebbende naar het oordeel van het
        college tekortschietend besef van verantwoordelijkheid betoont voor de voorziening in het bestaan.""",
        ),
        _pw(
            "Pw art. 18 lid 3",
            "18",
            "binnen drie maanden opnieuw bekijken",
            """
        Het college heroverweegt een besluit als bedoeld in het tweede lid binnen een door hem te bepalen termijn
        die ten hoogste drie maanden bedraagt.""",
        ),
        _pw(
            "Pw art. 18 lid 9",
            "18",
            "geen maatregel als u niets te verwijten valt",
            """
        Het college ziet af van het opleggen van een maatregel, indien elke vorm van verwijtbaarheid ontbreekt.""",
        ),
        _pw(
            "Pw art. 18 lid 10",
            "18",
            "de maatregel past bij uw situatie (dringende redenen)",
            """
        Het college stemt een op te leggen maatregel of een opgelegde maatregel af op de omstandigheden van de
        belanghebbende en diens mogelijkheden om middelen te verwerven, indien naar zijn oordeel, gelet op
        bijzondere omstandigheden, dringende redenen daartoe noodzaken.""",
        ),
        _pw(
            "Pw art. 18 lid 11",
            "18",
            "herzien als u de verplichtingen weer nakomt",
            """
        Indien het college de bijstand overeenkomstig het vijfde, zesde, zevende of achtste lid heeft verlaagd, kan
        het college op verzoek van de belanghebbende ten aanzien van wie de maatregel is opgelegd, de verlaging
        herzien zodra uit de houding en gedragingen van de belanghebbende ondubbelzinnig is gebleken dat hij de
        verplichtingen, bedoeld in het vierde lid, nakomt.""",
        ),
        _pw(
            "Pw art. 44a",
            "44a",
            "het plan van aanpak",
            """
        1 Het plan van aanpak bevat: a. indien van toepassing de uitwerking van de ondersteuning; b. de
        verplichtingen gericht op arbeidsinschakeling en de gevolgen van het niet naleven van die verplichtingen.
        2 Het college begeleidt een persoon die recht heeft op algemene bijstand bij de uitvoering van het plan van
        aanpak en evalueert, in samenspraak met die persoon, periodiek het plan van aanpak en stelt dit zonodig
        bij.""",
        ),
    )
}


@dataclass(frozen=True)
class Verwijzing:
    """Een artikel zonder letterlijke tekst in de brief (Awb, Algemene termijnenwet, verordening): code en link."""

    code: str
    omschrijving: str
    url: str


def _awb(datum: dt.date, termijn_verlengd: bool, horen: bool = False) -> list[Verwijzing]:
    uit = []
    if horen:
        uit.append(
            Verwijzing(
                "Awb art. 4:8",
                "wij vragen uw mening voordat we een besluit nemen dat u raakt",
                AWB.format(datum=datum, artikel="4:8"),
            )
        )
    uit += [
        Verwijzing("Awb art. 6:5", "wat in een bezwaarschrift moet staan", AWB.format(datum=datum, artikel="6:5")),
        Verwijzing("Awb art. 6:7", "de termijn voor bezwaar is zes weken", AWB.format(datum=datum, artikel="6:7")),
        Verwijzing(
            "Awb art. 6:8", "de termijn begint op de dag na de bekendmaking", AWB.format(datum=datum, artikel="6:8")
        ),
        Verwijzing(
            "Awb art. 7:1",
            "eerst bezwaar maken, daarna pas beroep bij de rechter",
            AWB.format(datum=datum, artikel="7:1"),
        ),
    ]
    if termijn_verlengd:
        uit.append(
            Verwijzing(
                "Algemene termijnenwet art. 1",
                "een termijn die eindigt op een zaterdag, zondag of feestdag loopt door tot de volgende werkdag",
                ATW.format(datum=datum, artikel="1"),
            )
        )
    return uit


# --- gemeenschappelijk ----------------------------------------------------------------------------


def _lokale_datum(t: dt.datetime) -> dt.date:
    if t.tzinfo is None:  # SQLite geeft soms een tijd zonder zone terug; wij slaan UTC op
        t = t.replace(tzinfo=dt.timezone.utc)
    return t.astimezone(TIJDZONE).date()


def _besluiten(
    s: Session, onderwerp: str, onderwerp_id: int, handelingen: tuple[str, ...] | None = None
) -> list[Besluit]:
    q = select(Besluit).where(Besluit.onderwerp == onderwerp, Besluit.onderwerp_id == str(onderwerp_id))
    if handelingen:
        q = q.where(Besluit.handeling.in_(handelingen))
    return list(s.scalars(q.order_by(Besluit.tijdstip, Besluit.id)))


def kenmerk(zaak: Zaak, soort: str, onderwerp_id: int) -> str:
    return f"BLS-{zaak.id[:8].upper()}-{AFKORTING[soort]}{onderwerp_id}"


@dataclass
class Brief:
    """Alles wat een sjabloon nodig heeft. `artikelen`: letterlijke wetteksten; `verwijzingen`: alleen een link."""

    soort: str
    titel: str
    aan: str
    kenmerk: str
    datum: dt.date
    afzender: Afzender
    inhoud: dict
    artikelen: list[Wettekst] = field(default_factory=list)
    verwijzingen: list[Verwijzing] = field(default_factory=list)
    bezwaar: bool = True

    @property
    def bezwaar_uiterlijk(self) -> dt.date:
        return laatste_dag_bezwaar(self.datum)

    @property
    def termijn_verlengd(self) -> bool:
        return self.bezwaar_uiterlijk != self.datum + dt.timedelta(weeks=BEZWAARTERMIJN_WEKEN)


def _artikelen(*codes: str) -> list[Wettekst]:
    gezien, uit = set(), []
    for c in codes:
        if c not in gezien:
            gezien.add(c)
            uit.append(WETTEKST[c])
    return uit


def _lijst(namen: list[str]) -> str:
    """['a', 'b', 'c'] -> 'a, b en c'."""
    namen = [n for n in namen if n]
    if len(namen) <= 1:
        return "".join(namen)
    return ", ".join(namen[:-1]) + " en " + namen[-1]


# --- 1. ontheffing --------------------------------------------------------------------------------


def _plicht():
    """De labels uit participatie/plicht.py; zonder die module de codes zelf (dan staat dat in het rapport)."""
    try:
        from balans.participatie import plicht

        return plicht.VERPLICHTINGEN, plicht.REDENEN, plicht.SOORTEN, plicht.SOORT_GRONDSLAG
    except ImportError:  # pragma: no cover - de module bestaat nu
        return {}, {}, {}, {}


ALLE_VERPLICHTINGEN = ("arbeid", "re_integratie", "tegenprestatie")
# Wat u wel moet blijven doen, in B1, per verplichting waarvoor u geen ontheffing hebt.
BLIJFT = {
    "arbeid": "werk zoeken, aannemen en houden",
    "re_integratie": "meedoen aan hulp naar werk en aan uw plan van aanpak",
    "tegenprestatie": "onbetaald nuttig werk doen als de gemeente u dat vraagt",
}


def ontheffing_brief(s: Session, zaak: Zaak, o: Ontheffing, afzender: Afzender) -> Brief:
    if o.zaak_id != zaak.id:
        raise GeenBrief("deze ontheffing hoort niet bij deze zaak")
    if o.status == "ingetrokken":
        raise GeenBrief("de ontheffing is ingetrokken; daarvoor is er (nog) geen brief")
    verplichtingen, redenen, soorten, soort_grondslag = _plicht()
    besluiten = [b for b in _besluiten(s, "ontheffing", o.id) if b.handeling != "ingetrokken"]
    laatste = besluiten[-1] if besluiten else None
    datum = _lokale_datum(laatste.tijdstip if laatste else o.tijdstip)
    codes = list(o.verplichtingen or [])
    blijft = [BLIJFT[c] for c in ALLE_VERPLICHTINGEN if c not in codes]
    grondslag = soort_grondslag.get(o.soort, o.grondslag)
    artikelen = ["Pw art. 9 lid 1", grondslag if grondslag in WETTEKST else "Pw art. 9 lid 2"]
    if o.soort == "alleenstaande_ouder":
        artikelen += ["Pw art. 9 lid 7", "Pw art. 9a lid 4", "Pw art. 9a lid 7"]
    artikelen += ["Pw art. 17 lid 1", "Pw art. 18 lid 1"]
    inhoud = {
        "soort": o.soort,
        "soort_tekst": soorten.get(o.soort, o.soort),
        "duurzaam": o.soort == "duurzaam",
        "verplichtingen": [verplichtingen.get(c, c) for c in codes],
        "reden": redenen.get(o.reden, o.reden),
        "toelichting": (o.toelichting or "").strip(),
        "motivering": (laatste.motivering if laatste else o.motivering).strip(),
        "van": o.van,
        "tot": o.tot,
        "herbeoordeling": o.herbeoordeling,
        "partner": o.persoon == "partner",
        "blijft": blijft,
        "grondslag": grondslag,
    }
    return Brief(
        "ontheffing",
        "Besluit over uw ontheffing",
        zaak.naam,
        kenmerk(zaak, "ontheffing", o.id),
        datum,
        afzender,
        inhoud,
        _artikelen(*artikelen),
    )


# --- 2. plan van aanpak ---------------------------------------------------------------------------


def _instrumenten(extra: Path | None) -> dict:
    try:
        from balans.participatie.catalogus import catalogus

        return catalogus(extra)
    except ImportError:  # pragma: no cover
        return {}


def plan_brief(s: Session, zaak: Zaak, p: Plan, afzender: Afzender, catalogus_extra: Path | None = None) -> Brief:
    if p.zaak_id != zaak.id:
        raise GeenBrief("dit plan hoort niet bij deze zaak")
    if p.status == "concept":
        raise GeenBrief("een plan in concept is nog geen besluit")
    besluiten = _besluiten(s, "plan", p.id, ("vastgesteld", "bijgesteld", "geevalueerd"))
    datum = _lokale_datum(besluiten[-1].tijdstip if besluiten else p.bijgewerkt)
    cat = _instrumenten(catalogus_extra)
    activiteiten = []
    for a in s.scalars(
        select(Activiteit)
        .where(Activiteit.plan_id == p.id, Activiteit.zaak_id == zaak.id)
        .order_by(Activiteit.van, Activiteit.id)
    ):
        if a.status == "gestopt":
            continue
        ins = cat.get(a.instrument)
        activiteiten.append(
            {
                "naam": ins.naam if ins else a.instrument,
                "uitleg": ins.omschrijving if ins else "",
                "omschrijving": (a.omschrijving or "").strip(),
                "van": a.van,
                "tot": a.tot,
                "evaluatie": a.evaluatie,
                "uren": a.uren_per_week,
                "grondslag": ins.grondslag if ins else "",
            }
        )
    inhoud = {
        "doelen": [d for d in (p.doelen or []) if str(d).strip()],
        "afspraken": (p.afspraken or "").strip(),
        "activiteiten": activiteiten,
        "van": p.van,
        "evaluatie": p.evaluatie,
        "partner": p.persoon == "partner",
        "afgesloten": p.status == "afgesloten",
    }
    return Brief(
        "plan",
        "Uw plan van aanpak",
        zaak.naam,
        kenmerk(zaak, "plan", p.id),
        datum,
        afzender,
        inhoud,
        _artikelen("Pw art. 44a", "Pw art. 9 lid 1", "Pw art. 18 lid 1", "Pw art. 18 lid 2", "Pw art. 17 lid 1"),
    )


# --- 3 en 4. waarschuwing en maatregel ------------------------------------------------------------


def _verordening(m: MaatregelZaak):
    from balans.wet.verordening import laad_verordening

    try:
        v = laad_verordening(m.verordening)
    except ValueError:
        raise GeenBrief("de verordening van deze maatregel is onbekend") from None
    c = v.categorieen.get(m.categorie)
    if c is None:
        raise GeenBrief("de categorie van deze maatregel staat niet in de verordening")
    return v, c


def _pct(bp: int) -> str:
    from balans.wet.verordening import percentage_tekst

    return percentage_tekst(bp)


def _maanden_tekst(n: int) -> str:
    return f"{n} maand" if n == 1 else f"{n} maanden"


def _plus_maanden(m: dt.date, n: int) -> dt.date:
    t = m.year * 12 + m.month - 1 + n
    return dt.date(t // 12, t % 12 + 1, 1)


def _gehoord(s: Session, m: MaatregelZaak) -> dict | None:
    b = _besluiten(s, "maatregel", m.id, ("gehoord",))
    if not b:
        return None
    g = b[-1].gegevens or {}
    wijze = g.get("wijze")
    datum = dt.date.fromisoformat(g["datum"]) if g.get("datum") else _lokale_datum(b[-1].tijdstip)
    if wijze == "niet_nodig":
        from balans.participatie.maatregel import AWB_4_11

        return {
            "gehoord": False,
            "datum": datum,
            "reden": AWB_4_11.get(g.get("reden_niet_horen"), ""),
            "toelichting": b[-1].motivering,
        }
    return {
        "gehoord": True,
        "datum": datum,
        "gesprek": wijze == "gesprek",
        "zienswijze": (g.get("zienswijze") or b[-1].motivering or "").strip(),
    }


def _delen(omschrijving: str) -> list[str]:
    """'A; of B; of C.' -> ['A', 'B', 'C']: een lange opsomming uit de verordening als lijst (korte zinnen)."""
    delen = [d.strip().rstrip(".") for d in omschrijving.split(";")]
    delen = [d[3:] if d.startswith("of ") else d for d in delen]
    delen = [d[0].upper() + d[1:] for d in delen if d]
    if len(delen) > 1 and delen[0].startswith("U hebt "):  # 'U hebt A; of B' -> 'U hebt A', 'U hebt B'
        delen = [delen[0]] + [d if d.startswith("U ") else "U hebt " + d[0].lower() + d[1:] for d in delen[1:]]
    return delen


def _verordening_verwijzing(v) -> Verwijzing:
    return Verwijzing(v.naam, f"{v.grondslag}. Dit is een {v.status_tekst}", v.bron)


def waarschuwing_brief(s: Session, zaak: Zaak, m: MaatregelZaak, afzender: Afzender) -> Brief:
    if m.zaak_id != zaak.id:
        raise GeenBrief("deze maatregel hoort niet bij deze zaak")
    besluit = _besluiten(s, "maatregel", m.id, ("waarschuwing",))
    if not besluit:
        raise GeenBrief("er is geen schriftelijke waarschuwing gegeven")
    b = besluit[-1]
    v, c = _verordening(m)
    datum = _lokale_datum(b.tijdstip)
    # Zoals participatie/maatregel.voorstel telt: een nieuw signaal in de maand van dit signaal plus de termijn
    # telt nog mee; daarna niet meer. Dus tot en met de laatste dag van die maand.
    tot = _plus_maanden(dt.date(m.signaal_datum.year, m.signaal_datum.month, 1), v.waarschuwing_termijn_maanden + 1)
    inhoud = {
        "gedraging": m.gedraging.strip(),
        "signaal_datum": m.signaal_datum,
        "categorie": _delen(c.omschrijving),
        "motivering": b.motivering.strip(),
        "gehoord": _gehoord(s, m),
        "percentage": _pct(c.percentage_bp),
        "maanden": _maanden_tekst(c.maanden),
        "over": v.over_tekst,
        "termijn": _maanden_tekst(v.waarschuwing_termijn_maanden),
        "termijn_tot": tot - dt.timedelta(days=1),
        "verordening": v.naam,
        "partner": m.persoon == "partner",
    }
    verwijzingen = [_verordening_verwijzing(v)]
    if v.waarschuwing_grondslag:
        verwijzingen.append(Verwijzing("Waarschuwing", v.waarschuwing_grondslag, v.bron))
    return Brief(
        "waarschuwing",
        "Schriftelijke waarschuwing",
        zaak.naam,
        kenmerk(zaak, "waarschuwing", m.id),
        datum,
        afzender,
        inhoud,
        _artikelen("Pw art. 18 lid 1", "Pw art. 18 lid 2", "Pw art. 18 lid 10", "Pw art. 9 lid 1"),
        verwijzingen,
    )


def _verlagingen(s: Session, zaak: Zaak) -> dict[dt.date, tuple[int, int]]:
    """Per maand (verlaging, norm) in centen, uit de berekening van de zaak met de besloten maatregelen."""
    from balans.zaak.tijdlijn import tijdlijn

    return {
        r.maand: (int(r.uitkomst.verlaging), int(r.uitkomst.norm)) for r in tijdlijn(s, zaak).resultaten(uitleg=False)
    }


def maatregel_brief(s: Session, zaak: Zaak, m: MaatregelZaak, afzender: Afzender) -> Brief:
    if m.zaak_id != zaak.id:
        raise GeenBrief("deze maatregel hoort niet bij deze zaak")
    if m.status not in ("opgelegd", "herzien") or m.ingang is None or not m.maanden or not m.percentage_bp:
        raise GeenBrief("er is geen verlaging opgelegd")
    besluit = _besluiten(s, "maatregel", m.id, ("opgelegd",))
    if not besluit:
        raise GeenBrief("het besluit tot verlaging ontbreekt in het besluitenlog")
    b = besluit[-1]
    g = b.gegevens or {}
    v, c = _verordening(m)
    per_maand = _verlagingen(s, zaak)
    maanden = []
    for i in range(m.maanden):
        maand = _plus_maanden(m.ingang, i)
        herzien = m.herzien_vanaf is not None and maand >= m.herzien_vanaf
        verlaging, norm = per_maand.get(maand, (None, None))
        maanden.append({"maand": maand, "bedrag": verlaging, "norm": norm, "herzien": herzien})
    verordening_bp = g.get("verordening_percentage_bp") or c.percentage_bp
    herstel = v.herstel_grondslag or ""
    artikelen = ["Pw art. 18 lid 1", "Pw art. 18 lid 2", "Pw art. 18 lid 9", "Pw art. 18 lid 10"]
    if "lid 11" in herstel:
        artikelen.append("Pw art. 18 lid 11")
    elif "lid 3" in herstel:
        artikelen.append("Pw art. 18 lid 3")
    inhoud = {
        "gedraging": m.gedraging.strip(),
        "signaal_datum": m.signaal_datum,
        "categorie": _delen(c.omschrijving),
        "percentage": _pct(m.percentage_bp),
        "verordening_percentage": _pct(verordening_bp),
        "lager": m.percentage_bp < verordening_bp,
        "aantal": _maanden_tekst(m.maanden),
        "maanden": maanden,
        "over": v.over_tekst,
        "over_norm": v.over == "norm",
        "verwijtbaar": g.get("verwijtbaar", True),
        "dringende_redenen": bool(g.get("dringende_redenen")),
        "motivering": b.motivering.strip(),
        "gehoord": _gehoord(s, m),
        "herstel": "lid11" if "lid 11" in herstel else "lid3" if "lid 3" in herstel else "anders",
        "herstel_toelichting": v.herstel_toelichting,
        "herzien_vanaf": m.herzien_vanaf,
        "herhaling": int(g.get("herhaling") or 0),
        "verordening": v.naam,
        "partner": m.persoon == "partner",
    }
    inhoud["nog_lager"] = [r for r in maanden if not r["herzien"]]
    # Na een herziening vanaf de eerste maand wordt de bijstand helemaal niet lager: dan mag de brief dat niet zeggen.
    titel = "Besluit: uw bijstand wordt lager" if inhoud["nog_lager"] else "Besluit over de maatregel"
    return Brief(
        "maatregel",
        titel,
        zaak.naam,
        kenmerk(zaak, "maatregel", m.id),
        _lokale_datum(b.tijdstip),
        afzender,
        inhoud,
        _artikelen(*artikelen),
        [_verordening_verwijzing(v)],
    )


def herziening_brief(s: Session, zaak: Zaak, m: MaatregelZaak, afzender: Afzender) -> Brief:
    """Een eigen besluit (Pw art. 18 lid 11 of lid 3): vanaf een maand geen verlaging meer."""
    if m.zaak_id != zaak.id:
        raise GeenBrief("deze maatregel hoort niet bij deze zaak")
    besluit = _besluiten(s, "maatregel", m.id, ("herzien",))
    if m.status != "herzien" or m.herzien_vanaf is None or not besluit:
        raise GeenBrief("deze maatregel is niet herzien")
    b = besluit[-1]
    v, c = _verordening(m)
    per_maand = _verlagingen(s, zaak)
    eerder, vervalt = [], []
    for i in range(m.maanden):
        maand = _plus_maanden(m.ingang, i)
        bedrag = per_maand.get(maand, (None, None))[0]
        (vervalt if maand >= m.herzien_vanaf else eerder).append({"maand": maand, "bedrag": bedrag})
    herstel = v.herstel_grondslag or ""
    artikelen = ["Pw art. 18 lid 1", "Pw art. 18 lid 2"]
    artikelen.append("Pw art. 18 lid 11" if "lid 11" in herstel else "Pw art. 18 lid 3")
    inhoud = {
        "gedraging": m.gedraging.strip(),
        "signaal_datum": m.signaal_datum,
        "percentage": _pct(m.percentage_bp),
        "aantal": _maanden_tekst(m.maanden),
        "ingang": m.ingang,
        "vanaf": m.herzien_vanaf,
        "eerder": eerder,
        "vervalt": vervalt,
        "motivering": b.motivering.strip(),
        "over": v.over_tekst,
        "partner": m.persoon == "partner",
        "verordening": v.naam,
        "kenmerk_maatregel": kenmerk(zaak, "maatregel", m.id),
    }
    titel = "Besluit: uw bijstand wordt niet meer lager"
    return Brief(
        "herziening",
        titel,
        zaak.naam,
        kenmerk(zaak, "herziening", m.id),
        _lokale_datum(b.tijdstip),
        afzender,
        inhoud,
        _artikelen(*artikelen),
        [_verordening_verwijzing(v)],
    )


# --- 5. beëindiging van de bijstand ----------------------------------------------------------------


def beeindiging_brief(s: Session, zaak: Zaak, b: Besluit, afzender: Afzender) -> Brief:
    """Het besluit tot beëindiging (zaak/tijdlijn.beeindig): de laatste dag, de reden, en het recht over de
    laatste maanden uit de tijdlijn van de zaak zoals die bij het besluit bekend was."""
    from balans.zaak.tijdlijn import EINDE_ZIN, ONDERWERP, tijdlijn

    if b.zaak_id != zaak.id or b.onderwerp != ONDERWERP or b.handeling != "beeindigd":
        raise GeenBrief("dit besluit is geen beëindiging van deze zaak")
    g = b.gegevens or {}
    datum = dt.date.fromisoformat(g["datum"])
    t = tijdlijn(s, zaak, b.tijdstip)
    laatste = [m for m in t.casus.alle_maanden() if not t.buiten(m) and m <= datum][-2:]
    inhoud = {
        "datum": datum,
        "reden": EINDE_ZIN.get(g.get("reden"), EINDE_ZIN["overig"]),
        "toelichting": (g.get("toelichting") or "").strip(),
        "maanden": [{"maand": m, "bedrag": t.recht[m]} for m in laatste],
    }
    verwijzing = Verwijzing(
        "Pw art. 11 lid 1",
        "recht op bijstand hebt u alleen als u te weinig geld hebt om van te leven",
        PW.format(artikel="11"),
    )
    return Brief(
        "beeindiging",
        "Besluit: uw bijstand stopt",
        zaak.naam,
        kenmerk(zaak, "beeindiging", b.id),
        _lokale_datum(b.tijdstip),
        afzender,
        inhoud,
        _artikelen("Pw art. 17 lid 1"),
        [verwijzing],
    )


# --- maken --------------------------------------------------------------------------------------


def brief(
    s: Session,
    zaak: Zaak,
    soort: str,
    onderwerp_id: int,
    *,
    afzender: Afzender = Afzender(),
    catalogus_extra: Path | None = None,
) -> Brief:
    """De brief over één ontheffing, plan of maatregel van deze zaak; GeenBrief als die er niet is."""
    if soort == "ontheffing":
        o = s.get(Ontheffing, onderwerp_id)
        if o is None:
            raise GeenBrief("deze ontheffing bestaat niet")
        return ontheffing_brief(s, zaak, o, afzender)
    if soort == "plan":
        p = s.get(Plan, onderwerp_id)
        if p is None:
            raise GeenBrief("dit plan bestaat niet")
        return plan_brief(s, zaak, p, afzender, catalogus_extra)
    if soort in ("waarschuwing", "maatregel", "herziening"):
        m = s.get(MaatregelZaak, onderwerp_id)
        if m is None:
            raise GeenBrief("deze maatregel bestaat niet")
        maak = {"waarschuwing": waarschuwing_brief, "maatregel": maatregel_brief, "herziening": herziening_brief}[soort]
        return maak(s, zaak, m, afzender)
    if soort == "beeindiging":
        b = s.get(Besluit, onderwerp_id)
        if b is None:
            raise GeenBrief("dit besluit bestaat niet")
        return beeindiging_brief(s, zaak, b, afzender)
    raise GeenBrief(f"een brief van de soort '{soort}' bestaat niet")


def _zin(t: str) -> str:
    t = " ".join((t or "").split())
    return t if not t or t.endswith((".", "!", "?")) else t + "."


_env = Environment(
    loader=FileSystemLoader(SJABLONEN), autoescape=True, undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True
)
_env.filters.update(euro=als_euro, maand=_maand, datum=_datum, zin=_zin, lijst=_lijst)


def als_html(b: Brief) -> str:
    """De brief als één HTML-document (lang="nl", met de stijl erin)."""
    return _env.get_template(f"participatie_{b.soort}.html").render(
        b=b,
        i=b.inhoud,
        stijl=Markup(STIJL),
        awb=_awb(b.datum, b.termijn_verlengd, horen=b.soort in ("waarschuwing", "maatregel", "herziening"))
        if b.bezwaar
        else [],
    )


def als_pdf(b: Brief) -> bytes:
    """Dezelfde brief als PDF (A4, 'pagina X van Y')."""
    from balans.brieven.beschikking import pdf_uit_html

    return pdf_uit_html(als_html(b), str(SJABLONEN))
