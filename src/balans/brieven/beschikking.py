"""De beschikking: wat is besloten, hoe het is berekend, wat u moet doen en hoe u bezwaar maakt.

Eerst de B1-tekst; daarna, op een nieuwe pagina, de juridische grondslag met elk artikel en de link.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from balans.geld import als_euro
from balans.uitvoer import MAANDNAMEN

PW = "https://wetten.overheid.nl/BWBR0015703/{datum}"
AWB = "https://wetten.overheid.nl/BWBR0005537/{datum}"
BEZWAARTERMIJN_WEKEN = 6   # Awb art. 6:7


@dataclass(frozen=True)
class Afwijking:
    maand: dt.date
    veld: str
    regel_bedrag: int
    vastgesteld: int
    motivering: str
    grondslag: str
    auteur: str
    tijdstip: dt.datetime


@dataclass(frozen=True)
class Afzender:
    gemeente: str = "Gemeente Voorbeeld"
    afdeling: str = "Werk en Inkomen"
    telefoon: str = "14 020"
    website: str = "https://www.voorbeeld.nl"


_env = Environment(loader=FileSystemLoader(Path(__file__).parent / "sjablonen"), autoescape=select_autoescape())
_env.filters["euro"] = als_euro
_env.filters["maand"] = lambda d: f"{MAANDNAMEN[d.month - 1]} {d.year}"
_env.filters["datum"] = lambda d: f"{d.day} {MAANDNAMEN[d.month - 1]} {d.year}"


def _algemeen(datum: dt.date) -> list[tuple[str, str, str]]:
    d = datum.isoformat()
    return [
        ("Pw art. 11", "Recht op bijstand", PW.format(datum=d) + "#Artikel11"),
        ("Pw art. 43", "Besluit op de aanvraag", PW.format(datum=d) + "#Artikel43"),
        ("Pw art. 45", "Vaststelling en betaling van de bijstand", PW.format(datum=d) + "#Artikel45"),
        ("Awb art. 6:7", "Bezwaar binnen zes weken", AWB.format(datum=d) + "#Hoofdstuk6"),
    ]


def _context(casus, resultaten, aan, kenmerk, datum, maanden, afwijkingen, afzender) -> dict:
    gekozen = [r for r in resultaten if maanden is None or r.maand in set(maanden)]
    per_maand = {a.maand: a for a in afwijkingen}
    rijen = []
    for r in gekozen:
        a = per_maand.get(r.maand)
        u = r.uitkomst
        rijen.append({"maand": r.maand, "recht": bool(u.recht), "norm": int(u.norm), "vrijlating": int(u.vrijlating),
                      "middelen": int(u.middelen), "verlaging": int(u.verlaging), "regel": int(u.bijstand),
                      "besluit": a.vastgesteld if a else int(u.bijstand), "afwijking": a,
                      "reden_geen_recht": next((s.tekst for s in u.spoor if s.regel in ("recht", "geen_recht")),
                                               u.spoor[-1].tekst if u.spoor else ""),
                      "stappen": u.spoor})
    bezwaar_tot = datum + dt.timedelta(weeks=BEZWAARTERMIJN_WEKEN)
    return {"aan": aan, "kenmerk": kenmerk, "datum": datum, "rijen": rijen, "afzender": afzender,
            "bezwaar_tot": bezwaar_tot, "algemeen": _algemeen(datum), "afwijkingen": list(per_maand.values()),
            "totaal": sum(x["besluit"] for x in rijen)}


def beschikking_html(casus, resultaten, *, aan: str, kenmerk: str, datum: dt.date,
                     maanden: list[dt.date] | None = None, afwijkingen=(), afzender: Afzender = Afzender()) -> str:
    return _env.get_template("beschikking.html").render(
        **_context(casus, resultaten, aan, kenmerk, datum, maanden, afwijkingen, afzender))


def beschikking_pdf(casus, resultaten, *, aan: str, kenmerk: str, datum: dt.date,
                    maanden: list[dt.date] | None = None, afwijkingen=(), afzender: Afzender = Afzender()) -> bytes:
    from weasyprint import HTML   # pas hier: WeasyPrint laadt pango, dat kost tijd bij het starten
    html = beschikking_html(casus, resultaten, aan=aan, kenmerk=kenmerk, datum=datum, maanden=maanden,
                            afwijkingen=afwijkingen, afzender=afzender)
    return HTML(string=html, base_url=str(Path(__file__).parent / "sjablonen")).write_pdf()
