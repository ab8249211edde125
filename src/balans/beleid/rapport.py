# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Het beleidsrapport: HTML (op zichzelf, werkt offline), PDF en JSON, uit één `Uitkomst`.

De tekst is voor een beleidsmedewerker van een gemeente of SZW (B1). Bedragen blijven tot het
laatste moment hele centen; alleen aandelen en de variatiecoëfficiënt zijn floats. Dezelfde
Jinja-stukken (`_rapport_inhoud.html`) maken het bestand en de webpagina /beleid/doorrekening.
"""

from __future__ import annotations

import ast
import datetime as dt
import json
import os
import re
import tempfile
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from balans.beleid import grafieken as G
from balans.beleid.indicatoren import BANDEN
from balans.beleid.toetsingskader import Doel
from balans.beleid.uitkomst import Uitkomst
from balans.geld import als_euro, als_tekst
from balans.ontvangstbewijs import hash_van
from balans.uitvoer import MAANDNAMEN

SJABLONEN = Path(__file__).with_name("sjablonen")
STIJL = (SJABLONEN / "rapport.css").read_text(encoding="utf-8")
# Aantal huishoudens in de bijstand als de run het niet noemt (aannames.yaml, 'totaal', CBS eind 2025).
LANDELIJK_STANDAARD = 410_000
MILJARD = 100 * 10**9  # centen
MILJOEN = 100 * 10**6
SCORE_WOORD = {
    "++": "veel beter",
    "+": "beter",
    "0": "ongeveer gelijk",
    "-": "slechter",
    "--": "veel slechter",
    "n.v.t.": "niet te meten",
    "basis": "(vergelijkt met zichzelf)",
}
SCORE_KLASSE = {
    "++": "score--pp",
    "+": "score--p",
    "0": "score--0",
    "-": "score--m",
    "--": "score--mm",
    "n.v.t.": "score--nvt",
    "basis": "score--basis",
}
# Sleutels in de JSON die geld zijn (centen): die schrijven we als tekst "1234.56".
GELD = {
    "bijstand_periode",
    "per_jaar",
    "betaald_periode",
    "per_huishouden_per_maand",
    "verschil_per_jaar",
    "vordering_gemiddeld",
    "buffer_ingezet",
    "gemiddeld_inkomen_per_maand",
    "gemiddeld_per_maand",
    "netto_uurloon",
    "loon",
    "inkomen",
    "bruto",
    "hele_inkomen",
    "huurtoeslag",
    "landelijk_per_jaar",
    "landelijk_verschil_per_jaar",
    "simulatie",
    "buig",
}
SECTIES = (
    ("samenvatting", "Samenvatting"),
    ("varianten", "De varianten"),
    ("kosten", "Kosten"),
    ("winnaars", "Wie gaat erop vooruit, wie achteruit?"),
    ("zekerheid", "Inkomenszekerheid"),
    ("armoedeval", "Armoedeval: loont meer werken?"),
    ("toetsingskader", "Toetsingskader"),
    ("parameters", "Wat is er anders in de regels?"),
    ("aannames", "Aannames over de bevolking"),
    ("gedrag", "Gedragsreacties"),
    ("verantwoording", "Hoe is dit berekend?"),
)


# --- getallen in het Nederlands -------------------------------------------------------------------


def getal(x: float, decimalen: int = 1) -> str:
    """1234.5 -> '1.234,5' (punt voor duizendtallen, komma voor decimalen)."""
    return f"{x:,.{decimalen}f}".replace(",", "_").replace(".", ",").replace("_", ".")


def procent(deel: float, decimalen: int = 1) -> str:
    """0.1234 -> '12,3%'."""
    return getal(100 * deel, decimalen) + "%"


def groot_bedrag(centen: int, plus: bool = False) -> str:
    """Grote totalen: '€ 7,78 miljard', '€ 123,4 miljoen'; onder een miljoen euro het hele bedrag.

    Afgerond half van nul af, in gehele getallen (geen float-omweg). plus=True zet '+' voor een
    positief bedrag (voor verschillen).
    """
    c = int(centen)
    teken = "-" if c < 0 else ("+" if plus and c > 0 else "")
    a = abs(c)
    tiende_miljoen = (a + 5 * 10**6) // 10**7  # in tienden van een miljoen euro
    if tiende_miljoen >= 10_000:  # 1.000 miljoen of meer: in miljarden
        honderdste = (a + 5 * 10**8) // 10**9  # in honderdsten van een miljard euro
        return f"{teken}€ {getal(honderdste // 100, 0)},{honderdste % 100:02d} miljard"
    if a >= MILJOEN:
        return f"{teken}€ {getal(tiende_miljoen // 10, 0)},{tiende_miljoen % 10} miljoen"
    return teken + als_euro(a)


def _maand(d: dt.date) -> str:
    return f"{MAANDNAMEN[d.month - 1]} {d.year}"


def _periode(u: Uitkomst) -> str:
    return f"{_maand(u.van)} tot en met {_maand(u.tot_en_met)}"


def _aantal(n: int) -> str:
    return getal(n, 0)


def landelijk_aantal(u: Uitkomst) -> int:
    """Hoeveel huishoudens in heel Nederland bijstand hebben volgens de aannames van de run."""
    for a in u.aannames:
        if a.naam == "totaal" and str(a.waarde).isdigit():
            return int(a.waarde)
    return LANDELIJK_STANDAARD


def gesimuleerde_stand(u: Uitkomst) -> int:
    """Hoeveel gesimuleerde huishoudens er gemiddeld per maand in de bijstand zijn. Zonder in- en uitstroom
    alle huishoudens; met stroom de huishoudmaanden gedeeld door de maanden (de stand, zoals het CBS telt)."""
    if u.stroom:
        return max(1, u.stroom["huishoudmaanden"] // max(1, u.indicatoren.maanden))
    return max(1, u.indicatoren.huishoudens)


def _landelijk(u: Uitkomst, centen: int) -> int:
    """Een bedrag over de gesimuleerde huishoudens, omgerekend naar heel Nederland (gehele centen)."""
    return centen * landelijk_aantal(u) // gesimuleerde_stand(u)


MET_GEDRAG = "met gedragsreactie"


def _label(u: Uitkomst, v: str) -> str:
    """De naam van een variant in een tabel; met gedragsreacties staat erbij dat de uitkomst die meeneemt."""
    return f"{v} ({MET_GEDRAG})" if u.met_gedrag and v != u.basis else v


def kalibratie(u: Uitkomst) -> dict:
    """De basis per jaar (omgerekend naar heel Nederland) tegen het BUIG-macrobudget 2025."""
    sim = _landelijk(u, u.indicatoren.kosten[u.basis]["per_jaar"])
    verschil = sim - u.buig_centen
    return {
        "simulatie": sim,
        "buig": u.buig_centen,
        "verschil_procent": 100 * verschil / u.buig_centen,
        "bron": u.buig_bron,
        "huishoudens": landelijk_aantal(u),
    }


# --- de inhoud ---------------------------------------------------------------------------------------


def _eerste_zin(tekst: str) -> str:
    tekst = " ".join(tekst.split())
    if not tekst:
        return ""
    m = re.search(r"[.!?] (?=[A-Z])", tekst)  # niet na 'art. 34a': daar volgt geen hoofdletter
    zin = tekst[: m.start() + 1] if m else tekst
    return zin if zin.endswith((".", "!", "?")) else zin + "."


def _aanname_waarde(naam: str, tekst: str) -> str:
    """Een waarde uit aannames.yaml leesbaar: {'maand': 0.5} -> 'maand: 0,5'; 410000 -> '410.000'.
    Lonen en de mediaan van het vermogen staan daar in centen."""
    try:
        w = ast.literal_eval(str(tekst))
    except (ValueError, SyntaxError):
        return str(tekst)

    def een(x, sleutel: str = "") -> str:
        if isinstance(x, bool):
            return "ja" if x else "nee"
        if isinstance(x, int) and ("loon" in naam or sleutel == "mediaan"):
            return als_euro(x)
        if isinstance(x, int):
            return getal(x, 0)
        if isinstance(x, float):
            return f"{x:g}".replace(".", ",")
        return str(x)

    if isinstance(w, dict):
        return "; ".join(f"{str(k).replace('_', ' ')}: {een(x, str(k))}" for k, x in w.items())
    return een(w)


def _bron(b: str) -> dict:
    return {"tekst": b, "url": b if b.startswith(("http://", "https://")) else None}


def _samenvatting(u: Uitkomst) -> list[dict]:
    ind = u.indicatoren
    info = {v.naam: v for v in u.varianten}
    land = _aantal(landelijk_aantal(u))
    uit = []
    for v in ind.varianten:
        k = ind.kosten[v]
        omschrijving = _eerste_zin(info[v].omschrijving) if v in info else ""
        per_jaar = groot_bedrag(_landelijk(u, k["per_jaar"]))
        if v == u.basis:
            zinnen = [
                f"Dit is de basis. {omschrijving}".strip(),
                f"Per jaar kost de basis {per_jaar} aan bijstand, omgerekend naar {land} huishoudens.",
                "De andere varianten vergelijken we hiermee.",
            ]
            uit.append({"naam": v, "basis": True, "zinnen": zinnen})
            continue
        verschil = _landelijk(u, k["verschil_per_jaar"])
        if verschil == 0:
            kosten = "evenveel als de basis."
        else:
            kosten = f"{groot_bedrag(abs(verschil))} {'meer' if verschil > 0 else 'minder'} dan de basis."
        zinnen = [omschrijving] if omschrijving else []
        if u.met_gedrag:
            zinnen.append(
                f"Deze uitkomsten zijn {MET_GEDRAG}: mensen werken in deze variant meer of minder "
                "(zie Gedragsreacties)."
            )
        zinnen.append(
            f"Per jaar kost deze variant {per_jaar} aan bijstand (omgerekend naar {land} huishoudens): " + kosten
        )
        w = ind.winnaars.get(v)
        if w:
            n = max(1, sum(w["totaal"]))
            voor = (w["totaal"][3] + w["totaal"][4]) / n
            achter = (w["totaal"][0] + w["totaal"][1]) / n
            zinnen.append(
                f"{procent(voor)} van de huishoudens gaat er meer dan € 10 per maand op vooruit; "
                f"{procent(achter)} gaat er meer dan € 10 per maand op achteruit."
            )
            groepen = w["groepen"]
            if groepen:
                beste = max(groepen, key=lambda g: g["gemiddeld_per_maand"])
                slechtste = min(groepen, key=lambda g: g["gemiddeld_per_maand"])
                delen = []
                if beste["gemiddeld_per_maand"] > 0:
                    delen.append(
                        f"het meest erop vooruit gaat de groep {beste['groep']} (gemiddeld "
                        f"{als_euro(beste['gemiddeld_per_maand'])} per maand)"
                    )
                if slechtste["gemiddeld_per_maand"] < 0:
                    delen.append(
                        f"het meest erop achteruit gaat de groep {slechtste['groep']} (gemiddeld "
                        f"{als_euro(abs(slechtste['gemiddeld_per_maand']))} per maand minder)"
                    )
                if delen:
                    zin = "; ".join(delen) + "."
                    zinnen.append(zin[0].upper() + zin[1:])
                else:
                    zinnen.append("Geen enkele groep gaat er gemiddeld op vooruit of op achteruit.")
        uit.append({"naam": v, "basis": False, "zinnen": zinnen})
    return uit


def _kosten(u: Uitkomst) -> dict:
    ind = u.indicatoren
    rijen = []
    for v in ind.varianten:
        k = ind.kosten[v]
        rijen.append(
            {
                "naam": _label(u, v),
                "basis": v == u.basis,
                "per_jaar": groot_bedrag(k["per_jaar"]),
                "landelijk": groot_bedrag(_landelijk(u, k["per_jaar"])),
                "verschil": "–" if v == u.basis else groot_bedrag(_landelijk(u, k["verschil_per_jaar"]), plus=True),
                "per_huishouden": als_euro(k["per_huishouden_per_maand"]),
                "met_bijstand": _aantal(k["met_bijstand"]),
            }
        )
    kal = kalibratie(u)
    pct = getal(abs(kal["verschil_procent"]), 1) + "%"
    richting = "hoger" if kal["simulatie"] > kal["buig"] else "lager"
    return {
        "rijen": rijen,
        "huishoudens": _aantal(gesimuleerde_stand(u)),
        "landelijk": _aantal(landelijk_aantal(u)),
        "kal": {
            "simulatie": groot_bedrag(kal["simulatie"]),
            "buig": groot_bedrag(kal["buig"]),
            "verschil": pct,
            "richting": richting,
            "bron": kal["bron"],
        },
        "buig_jaar_anders": u.van.year != 2025 or u.tot_en_met.year != 2025,
    }


def _winnaars(u: Uitkomst) -> list[dict]:
    ind = u.indicatoren
    uit = []
    for i, v in enumerate(x for x in ind.varianten if x != u.basis):
        w = ind.winnaars.get(v)
        if not w:
            continue

        def rij(label: str, banden: list[int], gemiddeld: int, totaal: bool = False) -> dict:
            n = sum(banden)
            return {
                "groep": label,
                "huishoudens": _aantal(n),
                "totaal": totaal,
                "banden": [{"aantal": _aantal(b), "aandeel": procent(b / n if n else 0.0)} for b in banden],
                "aandelen": [b / n if n else 0.0 for b in banden],
                "gemiddeld": ("+" if gemiddeld > 0 else "") + als_euro(gemiddeld),
            }

        rijen = [rij(g["groep"], g["banden"], g["gemiddeld_per_maand"]) for g in w["groepen"]]
        rijen.append(rij("Alle huishoudens", w["totaal"], w["gemiddeld_per_maand"], True))
        titel = f"Vooruit of achteruit per groep: {_label(u, v)} tegen {u.basis} (deel van de huishoudens per band)"
        grafiek = G.winst_verlies(
            f"winst{i}", titel, [r["groep"] for r in rijen], [r["aandelen"] for r in rijen], BANDEN
        )
        uit.append({"naam": _label(u, v), "rijen": rijen, "grafiek": grafiek, "id": f"winnaars-{i}"})
    return uit


def _zekerheid(u: Uitkomst) -> list[dict]:
    z = u.indicatoren.zekerheid
    vs = u.indicatoren.varianten
    definities = [
        (
            "Maanden onder de norm, per 1.000 huishoudmaanden",
            "Een maand waarin het huishouden minder heeft dan de bijstandsnorm.",
            lambda x: getal(x["onder_norm_per_1000"], 1),
        ),
        (
            "Schommeling van het inkomen per maand (gemiddelde variatiecoëfficiënt)",
            "Hoeveel het inkomen per maand gemiddeld afwijkt van het eigen gemiddelde. Lager is rustiger.",
            lambda x: procent(x["cv_gemiddeld"], 1),
        ),
        (
            "Wisselingen in de uitbetaling van € 50 of meer, per huishouden per jaar",
            "Hoe vaak de bijstand op de rekening van de ene maand op de andere € 50 of meer verandert.",
            lambda x: getal(x["wisselingen_per_huishouden_per_jaar"], 2),
        ),
        (
            "Terugvorderingen per 100 huishoudens, in de hele periode",
            None,
            lambda x: getal(x["vorderingen_per_100"], 1),
        ),
        ("Gemiddelde terugvordering", None, lambda x: als_euro(x["vordering_gemiddeld"])),
        ("Huishoudens met een terugvordering", None, lambda x: _aantal(x["met_vordering"])),
        ("Bufferbudget ingezet, totaal over de periode", None, lambda x: groot_bedrag(x["buffer_ingezet"])),
        (
            "Maanden waarin het bufferbudget een tekort opving, per 1.000 huishoudmaanden",
            None,
            lambda x: getal(x.get("buffer_maanden_per_1000", 0.0), 1),
        ),
        (
            "Gemiddeld inkomen per huishouden per maand (bijstand plus eigen inkomen)",
            None,
            lambda x: als_euro(x["gemiddeld_inkomen_per_maand"]),
        ),
    ]
    return [{"label": label, "uitleg": uitleg, "waarden": [f(z[v]) for v in vs]} for label, uitleg, f in definities]


def _armoedeval(u: Uitkomst) -> dict:
    vs = [v for v in u.indicatoren.varianten if v in u.armoedeval]
    if not vs:
        return {"typen": [], "uurloon": ""}
    eerste = u.armoedeval[vs[0]]
    typen = []
    for i, t in enumerate(eerste.inkomen):
        uren = list(eerste.uren)
        rijen = []
        for j, h in enumerate(uren):
            cellen = []
            for v in vs:
                a = u.armoedeval[v]
                druk = a.druk[t][j]
                cellen.append({"inkomen": als_euro(a.inkomen[t][j]), "druk": "–" if druk is None else procent(druk, 0)})
            rijen.append({"uren": h, "loon": als_euro(eerste.loon[t][j]), "cellen": cellen})
        titel = f"Inkomen per maand bij 0 tot 40 uur werk per week: {t}, per variant"
        grafiek = G.armoedeval(f"val{i}", titel, uren, {v: u.armoedeval[v].inkomen[t] for v in vs}, eerste.loon[t])
        typen.append({"naam": t, "rijen": rijen, "grafiek": grafiek, "id": f"armoedeval-{i}"})
    return {"typen": typen, "varianten": vs, "uurloon": als_euro(eerste.netto_uurloon)}


def _marginale_druk(u: Uitkomst) -> dict:
    """De tabel 'marginale druk met het hele inkomen': per type huishouden en loonpunt de onderdelen van de basis
    en de druk per variant (CPB-definitie: deel van een extra bruto euro dat verdwijnt)."""
    vs = [v for v in u.indicatoren.varianten if v in u.marginale_druk]
    if not vs:
        return {"rijen": [], "varianten": []}
    b = u.marginale_druk[u.basis] if u.basis in u.marginale_druk else u.marginale_druk[vs[0]]
    rijen = []
    for t, ink in b.inkomen.items():
        for i, x in enumerate(b.punten):
            d = ink[i]
            rijen.append(
                {
                    "type": t,
                    "punt": procent(float(x), 0),
                    "bruto": als_euro(b.bruto[i]),
                    "netto": als_euro(d["loon_netto"]),
                    "bijstand": als_euro(d["bijstand"]),
                    "zorgtoeslag": als_euro(d["zorgtoeslag"]),
                    "kgb": als_euro(d["kindgebonden_budget"]),
                    "kinderbijslag": als_euro(d["kinderbijslag"]),
                    "totaal": als_euro(d["totaal"]),
                    "druk": [procent(float(u.marginale_druk[v].druk[t][i]), 0) for v in vs],
                }
            )
    return {
        "rijen": rijen,
        "varianten": vs,
        "minimumloon": als_euro(b.minimumloon),
        "stap": als_euro(b.stap),
        "niet": b.niet_in_het_totaal,
    }


def _waarde(d: Doel, x: float | None) -> str:
    if x is None:
        return "niet gemeten"
    if d.indicator in ("gemiddeld_inkomen", "heel_inkomen_voorbeeld"):
        return als_euro(round(x)) + " per maand"
    if d.eenheid == "procentpunt":
        return getal(x, 1) + "%"
    if d.eenheid == "aantal":
        return getal(x, 0)
    if d.eenheid.startswith("per "):
        return f"{getal(x, 1)} {d.eenheid.replace('1000', '1.000')}"
    return getal(x, 1)


def _toets(u: Uitkomst) -> list[dict]:
    vs = u.indicatoren.varianten
    uit = []
    for s in u.toets:
        cellen = []
        for v in vs:
            sc = s.scores.get(v, "n.v.t.")
            cellen.append(
                {
                    "score": sc,
                    "woord": SCORE_WOORD.get(sc, sc),
                    "klasse": SCORE_KLASSE.get(sc, ""),
                    "waarde": _waarde(s.doel, s.waarden.get(v)),
                    "toelichting": s.toelichting.get(v, ""),
                }
            )
        uit.append(
            {
                "code": s.doel.code,
                "doel": s.doel.doel,
                "indicator": s.doel.naam,
                "waarom": s.doel.waarom,
                "cellen": cellen,
            }
        )
    return uit


def _verschillen(u: Uitkomst) -> list[dict]:
    uit = []
    for v in u.indicatoren.varianten:
        if v == u.basis:
            continue
        rijen = [
            {
                "parameter": d.parameter,
                "artikel": d.artikel,
                "omschrijving": d.omschrijving,
                "basis": d.basis,
                "waarde": d.waarde,
                "vanaf": _maand(d.vanaf),
            }
            for d in u.verschillen
            if d.variant == v
        ]
        uit.append({"naam": v, "rijen": rijen})
    return uit


def _gedrag(u: Uitkomst) -> tuple[list[dict], bool]:
    rijen = [
        {
            "naam": k.replace("_", " "),
            "waarde": "uit" if str(w).strip().lower() in ("", "0", "none", "uit", "nee") else str(w).replace(".", ","),
        }
        for k, w in u.gedrag.items()
    ]
    return rijen, not u.met_gedrag and all(r["waarde"] == "uit" for r in rijen)


def _gedrag_effect(u: Uitkomst) -> list[dict]:
    """Per variant: wat de gedragsreactie deed (uren in honderdsten in de Uitkomst)."""
    uit = []
    for v, e in u.gedrag_effect.items():
        n = e["werkenden"]
        voor, na = e["uren_voor"], e["uren_na"]
        uit.append(
            {
                "naam": v,
                "werkenden": _aantal(n),
                "uren_voor": getal(voor / 100 / n, 1) if n else "–",
                "uren_na": getal(na / 100 / n, 1) if n else "–",
                "verandering": (("+" if na >= voor else "") + procent((na - voor) / voor)) if voor else "–",
                "meer": _aantal(e["meer_uren"]),
                "minder": _aantal(e["minder_uren"]),
                "gaan_werken": _aantal(e["gaan_werken"]),
            }
        )
    return uit


def _stroom(u: Uitkomst) -> str:
    if not u.stroom:
        return "uit: dezelfde huishoudens de hele periode; niemand komt erbij, gaat eruit of haalt de AOW-leeftijd"
    s = u.stroom
    return (
        f"aan: {_aantal(s['instroom'])} huishoudens kwamen in de loop van de periode in de bijstand, "
        f"{_aantal(s['uitstroom'])} gingen eruit en {_aantal(s['aow'])} haalden de AOW-leeftijd (zij gaan naar "
        f"de SVB). In de eerste maand {_aantal(s['stand_begin'])} en in de laatste {_aantal(s['stand_eind'])} "
        f"huishoudens in de bijstand; bedragen tellen alleen in de maanden waarin een huishouden in de bijstand is."
    )


def _verantwoording(u: Uitkomst) -> list[tuple[str, str]]:
    methode = u.verrekenmethode or "geen: de gemeente betaalt elke maand precies het recht volgens de regels"
    return [
        ("Periode", f"{_periode(u)} ({u.indicatoren.maanden} maanden)"),
        ("Huishoudens", f"{_aantal(u.huishoudens)} verzonnen huishoudens (synthetische bevolking)"),
        ("Zaadje", f"{u.zaadje} (met hetzelfde zaadje komen precies dezelfde huishoudens terug)"),
        ("Rekenen", "numpy, in één proces" if u.backend == "numpy" else f"{u.backend}, verdeeld over werkers"),
        ("Rekentijd", f"{getal(u.rekentijd_s, 1)} seconden"),
        ("Verrekenmethode", methode),
        ("Basis", u.basis),
        ("In- en uitstroom", _stroom(u)),
        ("Gedragsreacties", f"aan: de uitkomsten van de varianten zijn {MET_GEDRAG}" if u.met_gedrag else "uit"),
        ("Gemaakt op", f"{u.gemaakt_op.day} {MAANDNAMEN[u.gemaakt_op.month - 1]} {u.gemaakt_op:%Y, %H:%M}"),
    ] + _herkomst(u)


def _herkomst(u: Uitkomst) -> list[tuple[str, str]]:
    """Het ontvangstbewijs in de verantwoording: waarmee is gerekend (docs/ontvangstbewijs.md)."""
    b = u.ontvangstbewijs
    if b is None:
        return []
    versies = ", ".join(v["datum"] for v in b["wetsversies"]) or "geen"
    return [
        ("Versie van balans", b["software"]["versie"]),
        ("Wetsversies (Participatiewet)", versies),
        ("Parameters (hash)", b["parameters"]["hash"]),
        ("Invoer (hash)", b["invoerHash"]),
        ("Uitkomst (hash)", rapport_json(u)["ontvangstbewijs"]["uitkomstHash"]),
    ]


def rapport_context(u: Uitkomst, inline_svg: bool = True) -> dict:
    """Alles wat `_rapport_inhoud.html` nodig heeft, als tekst. inline_svg=False: grafieken als <img> met
    een data:-URL (voor de webpagina, waar de CSP inline stijl in SVG tegenhoudt)."""
    gedrag, gedrag_uit = _gedrag(u)
    return {
        "titel": u.naam,
        "periode": _periode(u),
        "maanden": u.indicatoren.maanden,
        "basis": u.basis,
        "huishoudens": _aantal(u.huishoudens),
        "landelijk": _aantal(landelijk_aantal(u)),
        "secties": SECTIES,
        "inline_svg": inline_svg,
        "banden": BANDEN,
        "varianten": [
            {
                "naam": v.naam,
                "omschrijving": " ".join(v.omschrijving.split()),
                "basis": v.naam == u.basis,
                "bronnen": [_bron(b) for b in v.bronnen],
            }
            for v in u.varianten
        ],
        "kolommen": u.indicatoren.varianten,
        "samenvatting": _samenvatting(u),
        "kosten": _kosten(u),
        "winnaars": _winnaars(u),
        "zekerheid": _zekerheid(u),
        "met_verrekening": bool(u.verrekenmethode),
        "armoedeval": _armoedeval(u),
        "marginale_druk": _marginale_druk(u),
        "toets": _toets(u),
        "verschillen": _verschillen(u),
        "aannames": [
            {
                "naam": a.naam.replace("_", " "),
                "waarde": _aanname_waarde(a.naam, a.waarde),
                "bron": _bron(a.bron) if a.bron else None,
                "toelichting": a.toelichting,
            }
            for a in u.aannames
        ],
        "gedrag": gedrag,
        "gedrag_uit": gedrag_uit,
        "gedrag_effect": _gedrag_effect(u),
        "verantwoording": _verantwoording(u),
    }


_env = Environment(
    loader=FileSystemLoader(SJABLONEN),
    autoescape=select_autoescape(default=True),
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)
_env.filters["svg"] = lambda g: Markup(g.svg)  # eigen uitvoer van matplotlib, met onze eigen <title>


def _render(ctx: dict) -> str:
    return _env.get_template("rapport.html").render(stijl=Markup(STIJL), **ctx)


def rapport_html(u: Uitkomst) -> str:
    """Het rapport als één HTML-document: stijl en grafieken erin, geen enkele verwijzing naar buiten nodig."""
    return _render(rapport_context(u, inline_svg=True))


def rapport_pdf(u: Uitkomst, ctx: dict | None = None) -> bytes:
    """Het rapport als PDF (A4, 'pagina X van Y'). De grafieken gaan hier als <img> mee: WeasyPrint leest
    de stijl van inline SVG als CSS en waarschuwt dan bij elke SVG-eigenschap; als plaatje niet."""
    from weasyprint import HTML  # pas hier: WeasyPrint laden kost tijd
    from balans.ophalen import url_fetcher

    html = _render({**(ctx or rapport_context(u)), "inline_svg": False})
    return HTML(string=html, base_url=str(SJABLONEN), url_fetcher=url_fetcher()).write_pdf()


def _json_waarde(sleutel: str | None, w, geld: bool = False):
    """geld: alles onder deze sleutel is een bedrag (zoals armoedeval.loon per type huishouden)."""
    geld = geld or sleutel in GELD
    if isinstance(w, dict):
        return {str(k): _json_waarde(str(k), x, geld) for k, x in w.items()}
    if isinstance(w, (list, tuple)):
        return [_json_waarde(sleutel, x, geld) for x in w]
    if geld and isinstance(w, int) and not isinstance(w, bool):
        return als_tekst(w)
    if isinstance(w, (dt.date, dt.datetime)):
        return w.isoformat()
    return w


def _toetswaarden(s) -> dict:
    if s.doel.indicator not in ("gemiddeld_inkomen", "heel_inkomen_voorbeeld"):  # de andere: aandelen en tellingen
        return s.waarden
    return {v: None if x is None else als_tekst(round(x)) for v, x in s.waarden.items()}


NIET_IN_UITKOMSTHASH = ("rekentijd_s", "gemaakt_op", "ontvangstbewijs")


def rapport_json(u: Uitkomst) -> dict:
    """De cijfers van het rapport om verder te gebruiken; geld als tekst in euro ('1234.56')."""
    ind = u.indicatoren
    kosten = {
        v: {
            **k,
            "landelijk_per_jaar": _landelijk(u, k["per_jaar"]),
            "landelijk_verschil_per_jaar": _landelijk(u, k["verschil_per_jaar"]),
        }
        for v, k in ind.kosten.items()
    }
    kal = kalibratie(u)
    data = {
        "naam": u.naam,
        "periode": {"van": f"{u.van:%Y-%m}", "tot_en_met": f"{u.tot_en_met:%Y-%m}"},
        "huishoudens": u.huishoudens,
        "landelijk_huishoudens": landelijk_aantal(u),
        "zaadje": u.zaadje,
        "backend": u.backend,
        "verrekenmethode": u.verrekenmethode,
        "basis": u.basis,
        "varianten": [{"naam": v.naam, "omschrijving": v.omschrijving, "bronnen": v.bronnen} for v in u.varianten],
        "kosten": kosten,
        "kalibratie": {**kal, "verschil_procent": round(kal["verschil_procent"], 2)},
        "zekerheid": ind.zekerheid,
        "winnaars": {"banden": list(BANDEN), **ind.winnaars},
        "armoedeval": {
            v: {
                "uren": list(a.uren),
                "netto_uurloon": a.netto_uurloon,
                "loon": a.loon,
                "inkomen": a.inkomen,
                "druk": a.druk,
                # het hele inkomen (toeslagen, kinderbijslag, huurtoeslag bij de aftoppingsgrens), tegen bruto
                "bruto": a.bruto,
                "hele_inkomen": a.hele_inkomen,
                "huurtoeslag": a.huurtoeslag,
                "druk_heel": a.druk_heel,
            }
            for v, a in u.armoedeval.items()
        },
        "marginale_druk": {
            v: {
                "minimumloon": als_tekst(m.minimumloon),
                "stap": als_tekst(m.stap),
                "punten_x_minimumloon": [str(x) for x in m.punten],
                "bruto": [als_tekst(x) for x in m.bruto],
                "inkomen": {t: [{k: als_tekst(w) for k, w in d.items()} for d in r] for t, r in m.inkomen.items()},
                "druk": {t: [f"{float(x):.4f}" for x in r] for t, r in m.druk.items()},
                "huurtoeslag": None,
                "let_op": m.niet_in_het_totaal,
            }
            for v, m in u.marginale_druk.items()
        },
        "toetsingskader": [
            {
                "code": s.doel.code,
                "doel": s.doel.doel,
                "indicator": s.doel.indicator,
                "naam": s.doel.naam,
                "drempels": list(s.doel.drempels),
                "waarden": _toetswaarden(s),
                "scores": s.scores,
                "toelichting": s.toelichting,
            }
            for s in u.toets
        ],
        "parameterverschillen": [
            {
                "variant": d.variant,
                "parameter": d.parameter,
                "artikel": d.artikel,
                "basis": d.basis,
                "waarde": d.waarde,
                "vanaf": d.vanaf,
            }
            for d in u.verschillen
        ],
        "aannames": [
            {"naam": a.naam, "waarde": a.waarde, "bron": a.bron, "toelichting": a.toelichting} for a in u.aannames
        ],
        "gedrag": u.gedrag,
        "met_gedrag": u.met_gedrag,
        "gedrag_effect": u.gedrag_effect,
        "stroom": u.stroom,
        "gesimuleerde_stand": gesimuleerde_stand(u),
        "rekentijd_s": round(u.rekentijd_s, 3),
        "gemaakt_op": u.gemaakt_op,
    }
    uit = _json_waarde(None, data)
    if u.ontvangstbewijs is not None:
        # De uitkomst zonder wat per keer verschilt (rekentijd, tijdstip): dezelfde run geeft dezelfde hash.
        vast = {k: v for k, v in uit.items() if k not in NIET_IN_UITKOMSTHASH}
        uit["ontvangstbewijs"] = {**u.ontvangstbewijs, "uitkomstHash": hash_van(vast)}
    return uit


def _schrijf_atomair(doelen: dict[Path, bytes]) -> None:
    """Eerst alles naar tijdelijke bestanden in dezelfde map, dan hernoemen: nooit een half bestand."""
    tijdelijk: list[tuple[Path, Path]] = []
    try:
        for pad, data in doelen.items():
            fd, naam = tempfile.mkstemp(dir=pad.parent, prefix=f".{pad.name}.", suffix=".tmp")
            tijdelijk.append((Path(naam), pad))
            with os.fdopen(fd, "wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
            os.chmod(naam, 0o644)
        for tmp, pad in tijdelijk:
            os.replace(tmp, pad)
    finally:
        for tmp, _ in tijdelijk:
            tmp.unlink(missing_ok=True)


def schrijf_rapport(u: Uitkomst, map_: Path, pdf: bool = True) -> list[Path]:
    """Schrijft rapport.html, rapport.json en (met pdf=True) rapport.pdf in map_; geeft de paden terug.

    Alles wordt eerst in het geheugen gemaakt: gaat er iets mis, dan blijft de map zoals hij was.
    """
    map_ = Path(map_)
    ctx = rapport_context(u, inline_svg=True)
    doelen = {
        map_ / "rapport.html": _render(ctx).encode("utf-8"),
        map_ / "rapport.json": json.dumps(rapport_json(u), ensure_ascii=False, indent=2).encode("utf-8"),
    }
    if pdf:
        doelen[map_ / "rapport.pdf"] = rapport_pdf(u, ctx)
    map_.mkdir(parents=True, exist_ok=True)
    _schrijf_atomair(doelen)
    return list(doelen)
