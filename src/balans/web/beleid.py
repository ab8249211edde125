# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""/beleid/doorrekening: de beleidsmedewerker rekent varianten door over een verzonnen bevolking.

Werkt zonder JavaScript: een formulier, en na het versturen (synchroon, numpy) hetzelfde rapport
als het bestand (`_rapport_inhoud.html`). Alleen totalen over een synthetische bevolking: geen
persoonsgegevens. De CSP van de site staat geen inline stijl toe; daarom staan de grafieken hier als
<img> met een data:-URL (img-src 'self' data:) en komt de extra opmaak uit /beleid/doorrekening/rapport.css.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

import yaml
from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates
from jinja2 import ChoiceLoader, Environment, FileSystemLoader
from markupsafe import Markup

from balans.api.afhankelijk import Wie, rol
from balans.beleid import rapport as R
from balans.kalender import aantal_maanden
from balans.web import routes as W

router = APIRouter(include_in_schema=False)

_env = Environment(
    loader=ChoiceLoader([FileSystemLoader(Path(__file__).parent / "sjablonen"), FileSystemLoader(R.SJABLONEN)]),
    autoescape=True,
)
_env.filters.update(W.sjablonen.env.filters)
_env.globals.update(W.sjablonen.env.globals)
_env.filters["svg"] = lambda g: Markup(g.svg)
sjablonen = Jinja2Templates(env=_env)
WEB_STIJL = (R.SJABLONEN / "rapport-web.css").read_text(encoding="utf-8")

MIN_HUISHOUDENS, MAX_HUISHOUDENS, STANDAARD_HUISHOUDENS = 1_000, 100_000, 20_000
MAX_VARIANTEN = 6
MAX_MAANDEN = 24  # de pagina rekent terwijl u wacht; langere runs via `balans beleid RUN.yaml`
VROEGSTE, LAATSTE = dt.date(2025, 1, 1), dt.date(2030, 12, 1)
STANDAARD = {
    "basis": "wet-2026",
    "varianten": ["wet-2027"],
    "huishoudens": "20.000",
    "van": "2026-01",
    "tot_en_met": "2026-12",
}
UITVOER = ("pagina", "pdf", "html")
# Een run kost seconden CPU; meer dan twee tegelijk vertraagt de hele server.
_TEGELIJK = threading.BoundedSemaphore(2)
BELEIDSMEDEWERKER = rol("beleidsmedewerker")


@dataclass(frozen=True)
class Keuze:
    basis: str
    varianten: tuple[str, ...]
    huishoudens: int
    van: dt.date
    tot_en_met: dt.date


def _kan_verrekenen() -> bool:
    try:
        import balans.maandstaat.vector  # noqa: F401
    except ImportError:
        return False
    return True


def _variant_bestanden() -> dict[str, dict]:
    """De varianten uit balans.beleid.run; zonder verrekenmethode voor de populatie vallen 'surplus' e.d. af."""
    from balans.beleid import run

    uit = {}
    for naam in run.beschikbare_varianten():
        d = yaml.safe_load((run.VARIANT_MAP / f"{naam}.yaml").read_text(encoding="utf-8"))
        if d.get("verrekenmethode") and not _kan_verrekenen():
            continue
        uit[naam] = d
    return uit


def _opties() -> list[tuple[str, str]]:
    return [(naam, " ".join(str(d.get("omschrijving", "")).split())) for naam, d in _variant_bestanden().items()]


def _maand(tekst: str) -> dt.date | None:
    m = re.fullmatch(r"\s*(\d{4})-(\d{1,2})\s*", tekst or "")
    if not m or not 1 <= int(m.group(2)) <= 12:
        return None
    return dt.date(int(m.group(1)), int(m.group(2)), 1)


def controleer(
    basis: str, varianten: list[str], huishoudens: str, van: str, tot_en_met: str, bekend: set[str]
) -> tuple[Keuze | None, dict[str, str]]:
    """Het formulier nalopen; per veld een foutmelding in het Nederlands (B1)."""
    fouten: dict[str, str] = {}
    if basis not in bekend:
        fouten["basis"] = "Basis: kies een variant uit de lijst."
    gekozen = [v for v in dict.fromkeys(varianten) if v != basis]
    onbekend = [v for v in gekozen if v not in bekend]
    if onbekend:
        fouten["varianten"] = f"Varianten: '{onbekend[0]}' bestaat niet. Kies uit de lijst."
    elif not gekozen:
        fouten["varianten"] = "Varianten: kies ten minste één variant die anders is dan de basis."
    elif len(gekozen) > MAX_VARIANTEN:
        fouten["varianten"] = f"Varianten: kies er ten hoogste {MAX_VARIANTEN}."
    aantal = None
    schoon = re.sub(r"[.\s_]", "", huishoudens or "")
    if schoon.isdigit() and MIN_HUISHOUDENS <= int(schoon) <= MAX_HUISHOUDENS:
        aantal = int(schoon)
    else:
        fouten["huishoudens"] = (
            "Aantal huishoudens: vul een heel getal in van 1.000 tot en met 100.000, bijvoorbeeld 20.000."
        )
    v, t = _maand(van), _maand(tot_en_met)
    bereik = f"tussen januari {VROEGSTE.year} en december {LAATSTE.year}"
    if v is None:
        fouten["van"] = "Eerste maand: schrijf de maand als JJJJ-MM, bijvoorbeeld 2026-01."
    elif not VROEGSTE <= v <= LAATSTE:
        fouten["van"] = f"Eerste maand: kies een maand {bereik}."
    if t is None:
        fouten["tot_en_met"] = "Laatste maand: schrijf de maand als JJJJ-MM, bijvoorbeeld 2026-12."
    elif not VROEGSTE <= t <= LAATSTE:
        fouten["tot_en_met"] = f"Laatste maand: kies een maand {bereik}."
    elif v is not None and "van" not in fouten:
        n = aantal_maanden(v, t)
        if n < 1:
            fouten["tot_en_met"] = "Laatste maand: die mag niet voor de eerste maand liggen."
        elif n > MAX_MAANDEN:
            fouten["tot_en_met"] = (
                f"Laatste maand: de periode is hier ten hoogste {MAX_MAANDEN} maanden "
                f"(nu {n}). Voor een langere periode: gebruik een runbestand."
            )
    if fouten:
        return None, fouten
    return Keuze(basis, tuple(gekozen), aantal, v, t), {}


def reken(k: Keuze):
    """De run met de numpy-rekenkern: dezelfde regels als voor één huishouden."""
    from balans.beleid.draai import draai
    from balans.beleid.populatie import PopulatieSpec
    from balans.beleid.run import maak_variant
    from balans.beleid.uitkomst import Aanname

    bestanden = _variant_bestanden()
    gemaakt = [maak_variant(bestanden[n]) for n in (k.basis, *k.varianten)]
    spec = PopulatieSpec(n=k.huishoudens)
    naam = f"{k.basis} tegen {', '.join(k.varianten)}"
    return draai(
        naam,
        k.van,
        k.tot_en_met,
        spec,
        gemaakt[0][0],
        [g[0] for g in gemaakt[1:]],
        {g[1].naam: g[1] for g in gemaakt},
        backend="numpy",
        aannames=[Aanname(n, str(w), b, t) for n, w, b, t in spec.aannames.lijst()],
    )


def _pagina(request: Request, status: int = 200, **ctx) -> HTMLResponse:
    wie = getattr(request.state, "wie", None)
    ctx.setdefault("wie", wie)
    ctx.setdefault("csrf", wie.sessie.csrf if wie else None)
    ctx.setdefault("uitkomst", None)
    ctx.setdefault("fouten", {})
    return sjablonen.TemplateResponse(request, "beleid_doorrekening.html", ctx, status_code=status)


def _formulier(waarden: dict) -> dict:
    opties = _opties()
    return {
        "waarden": waarden,
        "opties": opties,
        "basis_opties": [(n, n) for n, _ in opties],
        "min": "1.000",
        "max": "100.000",
        "max_maanden": MAX_MAANDEN,
    }


@router.get("/beleid/doorrekening/rapport.css")
def stijl():
    return Response(WEB_STIJL, media_type="text/css")


@router.get("/beleid/doorrekening", response_class=HTMLResponse)
def formulier(request: Request, wie: Annotated[Wie, Depends(BELEIDSMEDEWERKER)]):
    return _pagina(request, **_formulier(dict(STANDAARD)))


@router.post("/beleid/doorrekening")
def doorrekenen(
    request: Request,
    wie: Annotated[Wie, Depends(BELEIDSMEDEWERKER)],
    basis: Annotated[str, Form()] = "",
    varianten: Annotated[list[str], Form()] = (),
    huishoudens: Annotated[str, Form()] = "",
    van: Annotated[str, Form()] = "",
    tot_en_met: Annotated[str, Form()] = "",
    uitvoer: Annotated[str, Form()] = "pagina",
):
    varianten = list(varianten)
    waarden = {"basis": basis, "varianten": varianten, "huishoudens": huishoudens, "van": van, "tot_en_met": tot_en_met}
    keuze, fouten = controleer(basis, varianten, huishoudens, van, tot_en_met, set(_variant_bestanden()))
    if keuze is None:
        return _pagina(request, 400, fouten=fouten, **_formulier(waarden))
    if not _TEGELIJK.acquire(blocking=False):
        return _pagina(
            request,
            429,
            fouten={"knop": "Er lopen al twee doorrekeningen. Probeer het over een minuut opnieuw."},
            **_formulier(waarden),
        )
    try:
        u = reken(keuze)
    finally:
        _TEGELIJK.release()
    if uitvoer == "pdf":
        return Response(
            R.rapport_pdf(u),
            media_type="application/pdf",
            headers={"Content-Disposition": 'attachment; filename="beleidsrapport.pdf"'},
        )
    if uitvoer == "html":
        # Als download: het bestand draagt zijn eigen stijl en SVG's en valt zo niet onder de CSP van de site.
        return Response(
            R.rapport_html(u),
            media_type="text/html; charset=utf-8",
            headers={"Content-Disposition": 'attachment; filename="beleidsrapport.html"'},
        )
    return _pagina(request, uitkomst=u, **_formulier(waarden), **R.rapport_context(u, inline_svg=False))
