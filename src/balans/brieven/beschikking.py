# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""De beschikking: wat is besloten, hoe het is berekend, wat u moet doen en hoe u bezwaar maakt.

Eerst de tekst in B1; daarna, op een nieuwe pagina, de juridische grondslag met elk artikel en de link.
Geen BSN in de brief: de brief gebruikt alleen de naam (`aan`) en het kenmerk.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from balans.geld import als_euro
from balans.kalender import pasen
from balans.uitvoer import MAANDNAMEN, datum_mens
from balans.wet.parameters import wet_url

SJABLONEN = Path(__file__).parent / "sjablonen"
AWB = "https://wetten.overheid.nl/BWBR0005537/{datum}#Artikel{artikel}"
ATW = "https://wetten.overheid.nl/BWBR0002448/{datum}#Artikel{artikel}"
BEZWAARTERMIJN_WEKEN = 6  # Awb art. 6:7

# De stijl staat in de brief zelf (HTML en PDF staan op zichzelf). Wie de HTML serveert met een CSP zonder
# 'unsafe-inline', zet deze hash in style-src: "style-src 'self' " + STIJL_CSP.
STIJL = (SJABLONEN / "beschikking.css").read_text(encoding="utf-8")
STIJL_CSP = "'sha256-" + base64.b64encode(hashlib.sha256(STIJL.encode("utf-8")).digest()).decode() + "'"


@dataclass(frozen=True)
class Afwijking:
    """Maatwerk: de klantmanager stelde voor één maand een ander bedrag vast dan de regels gaven."""

    maand: dt.date  # eerste dag van de maand
    veld: str  # "bijstand"
    regel_bedrag: int  # centen: wat de regels gaven
    vastgesteld: int  # centen: wat besloten is (None in de opslag: ingetrokken, telt niet)
    motivering: str
    grondslag: str  # bijvoorbeeld "Pw art. 18 lid 1"
    auteur: str  # naam van de klantmanager
    tijdstip: dt.datetime


@dataclass(frozen=True)
class Afzender:
    gemeente: str = "Gemeente Voorbeeldstad"  # demo; gelijk aan Settings.gemeente
    afdeling: str = "Werk en Inkomen"
    telefoon: str = "14 020"
    website: str = "https://www.voorbeeldstad.nl"


def afzender_uit(settings) -> Afzender:
    """De afzender van elke brief uit de instellingen (BALANS_GEMEENTE en verder): één naam overal."""
    return Afzender(
        gemeente=f"Gemeente {settings.gemeente}", telefoon=settings.gemeente_telefoon, website=settings.gemeente_website
    )


# Getagde PDF (PDF/UA-1, ISO 14289): een schermlezer kan de koppen, tabellen en leesvolgorde volgen.
PDF_VARIANT = "pdf/ua-1"


def pdf_uit_html(html: str, base_url: str) -> bytes:
    from weasyprint import HTML  # pas hier: WeasyPrint laden kost tijd bij het starten van de server

    from balans.ophalen import url_fetcher  # alleen eigen bestanden: geen lokaal bestand of verzoek naar buiten

    return HTML(string=html, base_url=base_url, url_fetcher=url_fetcher()).write_pdf(pdf_variant=PDF_VARIANT)


# --- datums ---------------------------------------------------------------------------------------


def feestdagen(jaar: int) -> set[dt.date]:
    """Algemeen erkende feestdagen en Goede Vrijdag (Algemene termijnenwet art. 3 lid 1 en 2).

    Dagen die de Kroon daarnaast gelijkstelt (art. 3 lid 3, brugdagen) staan hier niet in. Dan noemt de
    brief hoogstens een dag te vroeg, nooit te laat.
    """
    p = pasen(jaar)
    koningsdag = dt.date(jaar, 4, 27)
    if koningsdag.weekday() == 6:  # valt 27 april op zondag, dan is het 26 april
        koningsdag = dt.date(jaar, 4, 26)
    return {
        dt.date(jaar, 1, 1),
        p - dt.timedelta(days=2),
        p + dt.timedelta(days=1),
        p + dt.timedelta(days=39),
        p + dt.timedelta(days=50),
        koningsdag,
        dt.date(jaar, 5, 5),
        dt.date(jaar, 12, 25),
        dt.date(jaar, 12, 26),
    }


def laatste_dag_bezwaar(datum: dt.date) -> dt.date:
    """Zes weken na de datum van de brief (Awb art. 6:7, 6:8); valt die dag op een zaterdag, zondag of
    feestdag, dan de eerstvolgende werkdag (Algemene termijnenwet art. 1)."""
    dag = datum + dt.timedelta(weeks=BEZWAARTERMIJN_WEKEN)
    while dag.weekday() >= 5 or dag in feestdagen(dag.year):
        dag += dt.timedelta(days=1)
    return dag


def _maand(d: dt.date) -> str:
    return f"{MAANDNAMEN[d.month - 1]} {d.year}"


def _datum(d: dt.date) -> str:
    return datum_mens(d)


def _tijdstip(t: dt.datetime) -> str:
    return f"{_datum(t.date())} om {t:%H:%M}"


# --- inhoud ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Artikel:
    code: str  # "Pw art. 11"
    omschrijving: str  # "recht op bijstand"
    url: str


_PW_ARTIKEL = re.compile(r"^\s*(?:Pw|Participatiewet)\s+art(?:ikel|\.)?\s*(\d+[a-z]?)(.*)$", re.IGNORECASE)


def grondslag_in_woorden(grondslag: str) -> str:
    """'Pw art. 18 lid 1' -> 'artikel 18 lid 1 van de Participatiewet' (afkortingen zijn geen B1)."""
    m = _PW_ARTIKEL.match(grondslag)
    if not m:
        return grondslag
    return f"artikel {m.group(1)}{m.group(2).rstrip()} van de Participatiewet"


def _grondslag_url(grondslag: str, datum: dt.date) -> str | None:
    m = _PW_ARTIKEL.match(grondslag)
    return wet_url(datum, m.group(1)) if m else None


def _algemene_artikelen(datum: dt.date, termijn_verlengd: bool) -> list[Artikel]:
    uit = [
        Artikel("Pw art. 11", "recht op bijstand", wet_url(datum, "11")),
        Artikel("Pw art. 17", "wijzigingen doorgeven (inlichtingenplicht)", wet_url(datum, "17")),
        Artikel("Pw art. 18a", "boete als u een wijziging niet of te laat doorgeeft", wet_url(datum, "18a")),
        Artikel("Pw art. 43", "het recht op bijstand vaststellen, op aanvraag of ambtshalve", wet_url(datum, "43")),
        Artikel("Pw art. 45", "vaststelling en betaling van de bijstand", wet_url(datum, "45")),
        Artikel("Pw art. 58", "terugvordering van te veel betaalde bijstand", wet_url(datum, "58")),
        Artikel("Awb art. 6:5", "wat in een bezwaarschrift moet staan", AWB.format(datum=datum, artikel="6:5")),
        Artikel("Awb art. 6:7", "de termijn voor bezwaar is zes weken", AWB.format(datum=datum, artikel="6:7")),
        Artikel(
            "Awb art. 6:8", "de termijn begint op de dag na de bekendmaking", AWB.format(datum=datum, artikel="6:8")
        ),
    ]
    if termijn_verlengd:
        uit.append(
            Artikel(
                "Algemene termijnenwet art. 1",
                "een termijn die eindigt op een zaterdag, zondag of feestdag loopt door tot de volgende werkdag",
                ATW.format(datum=datum, artikel="1"),
            )
        )
    return uit


def _zinnen(tekst: str) -> list[str]:
    return [z for z in re.split(r"(?<=[.?!])\s+", " ".join(tekst.split())) if z]


def reden_geen_recht(spoor) -> str:
    """Eén zin uit de uitleg die zegt waarom er geen recht is; met de zin ervoor als die nodig is voor
    begrip: 'Dat is boven de grens' wordt 'De grens is … Uw vermogen is boven de grens'."""
    for stap in spoor:
        zinnen = _zinnen(stap.tekst)
        for i, zin in enumerate(zinnen):
            if "geen recht op bijstand" in zin and "partner" not in zin.lower():
                if zin.startswith("Dat ") and i > 0:  # 'Dat' wordt 'Uw vermogen', met de grens ervoor
                    return f"{zinnen[i - 1]} Uw {stap.regel} {zin[4:]}"
                return zin
    return "Volgens de regels hebt u deze maand geen recht op bijstand."


@dataclass(frozen=True)
class _Rij:
    maand: dt.date
    recht: bool
    norm: int
    vrijlating: int
    middelen: int
    verlaging: int
    regel: int  # bijstand volgens de regels
    besluit: int  # bijstand die besloten is (met maatwerk)
    vakantietoeslag: int
    svb: bool
    lening: bool
    afwijking: Afwijking | None
    reden: str  # waarom geen recht, of waarom € 0,00
    stappen: list


def _rij(r, afwijking: Afwijking | None) -> _Rij:
    u = r.uitkomst
    recht, regel = bool(u.recht), int(u.bijstand)
    besluit = regel if afwijking is None else int(afwijking.vastgesteld)
    reden = ""
    if not recht:
        reden = reden_geen_recht(u.spoor)
    elif regel == 0 and int(u.verlaging) > 0:
        reden = "Dat komt door de verlaging van uw bijstand."
    elif regel == 0:
        reden = "Uw inkomen is even hoog als uw norm, of hoger."
    return _Rij(
        maand=r.maand,
        recht=recht,
        norm=int(u.norm),
        vrijlating=int(u.vrijlating),
        middelen=int(u.middelen),
        verlaging=int(u.verlaging),
        regel=regel,
        besluit=besluit,
        vakantietoeslag=int(u.vakantietoeslag),
        svb=bool(u.svb),
        lening=bool(u.lening),
        afwijking=afwijking,
        reden=reden,
        stappen=list(u.spoor),
    )


def _context(
    resultaten,
    aan: str,
    kenmerk: str,
    datum: dt.date,
    maanden,
    afwijkingen,
    afzender: Afzender,
    einde: dt.date | None = None,
) -> dict:
    per_maand = {r.maand: r for r in resultaten}
    if maanden is None:
        gekozen = sorted(per_maand)
    else:
        onbekend = [m for m in maanden if m not in per_maand]
        if onbekend:
            raise ValueError("Deze maand zit niet in de berekening: " + ", ".join(_maand(m) for m in onbekend) + ".")
        gekozen = sorted(set(maanden))
    if not gekozen:
        raise ValueError("Er is geen maand om over te besluiten.")

    # Per maand de laatste afwijking; alleen over de bijstand kan een afwijking gaan.
    laatste: dict[dt.date, Afwijking] = {}
    for a in afwijkingen:
        if a.veld != "bijstand":
            raise ValueError(f"Een afwijking op '{a.veld}' kan niet in de brief. Alleen 'bijstand' kan.")
        if a.maand in gekozen and (a.maand not in laatste or a.tijdstip >= laatste[a.maand].tijdstip):
            laatste[a.maand] = a

    laatste = {m: a for m, a in laatste.items() if a.vastgesteld is not None}  # None: ingetrokken
    rijen = [_rij(per_maand[m], laatste.get(m)) for m in gekozen]
    uiterlijk = laatste_dag_bezwaar(datum)
    # Stopt de bijstand in de maanden van de brief, of vóór de eerste juni erna, dan komt de gespaarde
    # vakantietoeslag binnen drie maanden na het einde en niet in juni (Pw art. 45 lid 1); de brief zegt dan
    # niet 'één keer per jaar'.
    na_laatste = (gekozen[-1].replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    juni = dt.date(gekozen[0].year + (gekozen[0].month >= 6), 6, 1)
    gestopt = einde if einde is not None and einde < max(na_laatste, juni) else None
    return {
        "aan": aan,
        "kenmerk": kenmerk,
        "datum": datum,
        "afzender": afzender,
        "rijen": rijen,
        "afwijkingen": [laatste[m] for m in gekozen if m in laatste],
        "totaal": sum(r.besluit for r in rijen),
        "krijgt_bijstand": any(r.besluit > 0 for r in rijen),
        "vakantietoeslag": any(r.vakantietoeslag > 0 for r in rijen),
        "einde": gestopt,
        "einde_voorbij": gestopt is not None and gestopt < datum,
        "bezwaar_uiterlijk": uiterlijk,
        "algemeen": _algemene_artikelen(datum, uiterlijk != datum + dt.timedelta(weeks=BEZWAARTERMIJN_WEKEN)),
        "stijl": Markup(STIJL),
    }


@dataclass(frozen=True)
class _Uitbetaald:
    maand: dt.date
    bijstand: int  # het besluit, met vakantietoeslag
    opzij: int  # vakantietoeslag die we opsparen (komt in juni)
    betaald: int  # wat op de rekening kwam of komt voor deze maand
    datums: list[dt.date]


def _uitbetaling(rijen: list[_Rij], staat: dict) -> dict:
    """Per maand wat op de rekening komt, uit de maandstaat (één verrekenmethode, staat_json).

    Verrekeningen en de vakantietoeslag staan apart: die horen bij een betaling, niet bij één maand."""
    from balans.geld import naar_centen

    betaald: dict[str, int] = {}
    datums: dict[str, list[dt.date]] = {}
    apart = []
    for b in staat["betalingen"]:
        d = dt.date.fromisoformat(b["datum"])
        for r in b["regels"]:
            bedrag = naar_centen(r["bedrag"])
            if r["soort"] in ("uitkering", "voorschot", "nabetaling") and r["maand"]:
                betaald[r["maand"]] = betaald.get(r["maand"], 0) + bedrag
                if bedrag and d not in datums.setdefault(r["maand"], []):
                    datums[r["maand"]].append(d)
            elif bedrag and r["soort"] != "wacht":
                apart.append({"datum": d, "bedrag": bedrag, "soort": r["soort"], "tekst": r["tekst"]})
    regels = []
    for r in rijen:
        k = f"{r.maand:%Y-%m}"
        regels.append(
            _Uitbetaald(
                maand=r.maand,
                bijstand=r.besluit,
                opzij=r.vakantietoeslag,
                betaald=betaald.get(k, 0),
                datums=datums.get(k, []),
            )
        )
    gekozen = {f"{r.maand:%Y-%m}" for r in rijen}
    return {
        "methode": staat.get("omschrijving", ""),
        "maanden": regels,
        "apart": apart,
        "verrekend": sum(-a["bedrag"] for a in apart if a["bedrag"] < 0),
        "alle_maanden": gekozen >= set(betaald),
    }


def _herkomst(bewijs: dict) -> list[tuple[str, str, list[str]]]:
    """Het ontvangstbewijs voor de bijlage: (wat, waarde, links), in gewone woorden."""
    bekend = dt.datetime.fromisoformat(bewijs["bekendOp"])
    versies = [(dt.date.fromisoformat(v["datum"]), v.get("url")) for v in bewijs["wetsversies"]]
    p = bewijs["parameters"]
    regels = [
        ("Versie van balans", bewijs["software"]["versie"], []),
        ("Gerekend met wat bekend was op", _tijdstip(bekend), []),
        (
            "Wetsversies (Participatiewet)",
            ", ".join(_datum(d) for d, _ in versies) or "geen",
            [u for _, u in versies if u],
        ),
        ("Parameters" + (f" (gemeente {p['gemeente']})" if p.get("gemeente") else ""), p["hash"], []),
        ("Invoer", bewijs["invoerHash"], []),
        ("Uitkomst", bewijs["uitkomstHash"], []),
    ]
    zaak = (bewijs.get("invoer") or {}).get("zaak")
    if zaak:
        regels.append(("Zaak", f"{zaak['id']}, versie {zaak['versie']}", []))
    return regels


_env = Environment(
    loader=FileSystemLoader(SJABLONEN), autoescape=True, undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True
)
_env.filters["euro"] = als_euro
_env.filters["maand"] = _maand
_env.filters["datum"] = _datum
_env.filters["tijdstip"] = _tijdstip
_env.filters["in_woorden"] = grondslag_in_woorden
_env.filters["zin"] = lambda t: t.strip() if t.strip().endswith((".", "!", "?")) else t.strip() + "."
_env.globals["grondslag_url"] = _grondslag_url
_env.globals["herkomst"] = _herkomst


def beschikking_html(
    casus,
    resultaten,
    *,
    aan: str,
    kenmerk: str,
    datum: dt.date,
    maanden: list[dt.date] | None = None,
    afwijkingen: list[Afwijking] = (),
    afzender: Afzender = Afzender(),
    betalingen: dict | None = None,
    ontvangstbewijs: dict | None = None,
) -> str:
    """De brief als één HTML-document (lang="nl", met de stijl erin).

    Uit `casus` leest de brief alleen het einde van de bijstand (`casus.bijstand.tot`); de bedragen komen uit
    `resultaten`.
    """
    duur = getattr(casus, "bijstand", None)  # Casus.bijstand: begin en einde van de bijstand (zaak/tijdlijn.py)
    ctx = _context(
        resultaten, aan, kenmerk, datum, maanden, afwijkingen, afzender, einde=duur.tot if duur is not None else None
    )
    ctx["uitbetaling"] = _uitbetaling(ctx["rijen"], betalingen) if betalingen else None
    ctx["ontvangstbewijs"] = ontvangstbewijs  # de herkomst in de bijlage (balans.ontvangstbewijs)
    return _env.get_template("beschikking.html").render(**ctx)


def beschikking_pdf(
    casus,
    resultaten,
    *,
    aan: str,
    kenmerk: str,
    datum: dt.date,
    maanden: list[dt.date] | None = None,
    afwijkingen: list[Afwijking] = (),
    afzender: Afzender = Afzender(),
    betalingen: dict | None = None,
    ontvangstbewijs: dict | None = None,
) -> bytes:
    """Dezelfde brief als PDF (A4, 'pagina X van Y'), gemaakt met WeasyPrint uit de HTML."""
    html = beschikking_html(
        casus,
        resultaten,
        aan=aan,
        kenmerk=kenmerk,
        datum=datum,
        maanden=maanden,
        afwijkingen=afwijkingen,
        afzender=afzender,
        betalingen=betalingen,
        ontvangstbewijs=ontvangstbewijs,
    )
    return pdf_uit_html(html, str(SJABLONEN))
