# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Maatregelen per gemeente (Pw art. 8 lid 1 onder a, art. 18 lid 2): de verordening als data.

Elke verordening staat in verordeningen/<code>.yaml met haar bron. Percentages worden basispunten
(30% = 3000). Een fout in een bestand geeft een Nederlandse melding met het veld.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path

import yaml

MAP = Path(__file__).parent / "verordeningen"
CODE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$")
OVER = {"norm": "de bijstandsnorm", "bijstand": "de bijstand (het uitkeringsbedrag)"}
STATUS = {"geldend": "geldende verordening", "wetsvoorstel": "wetsvoorstel, nog geen wet", "wet": "de wet zelf"}


class VerordeningFout(ValueError):
    def __init__(self, bestand: str, veld: str, bericht: str):
        super().__init__(f"{bestand}: veld '{veld}': {bericht}")
        self.bestand, self.veld, self.bericht = bestand, veld, bericht


@dataclass(frozen=True)
class Stap:
    """Hoogte en duur van een verlaging (bij herhaling: de volgende stap)."""

    percentage_bp: int
    maanden: int


@dataclass(frozen=True)
class Categorie:
    code: str
    omschrijving: str  # B1: welke gedraging
    percentage_bp: int
    maanden: int
    waarschuwing_eerst: bool  # de eerste keer een schriftelijke waarschuwing, geen verlaging
    grondslag: str
    recidive: tuple[Stap, ...] = ()  # 2e, 3e ... keer binnen de termijn; de laatste stap herhaalt zich

    def stap(self, herhaling: int) -> Stap:
        """herhaling 0 is de eerste verlaging; daarna de recidivestappen (de laatste blijft gelden)."""
        if herhaling <= 0 or not self.recidive:
            return Stap(self.percentage_bp, self.maanden)
        return self.recidive[min(herhaling, len(self.recidive)) - 1]


@dataclass(frozen=True)
class Verordening:
    code: str
    naam: str
    bron: str
    grondslag: str
    status: str  # geldend | wetsvoorstel | wet
    over: str  # norm | bijstand: waarover het percentage gaat
    categorieen: dict[str, Categorie]
    toelichting: str = ""
    afwijken_min_bp: int = 0  # laagste percentage bij individuele afstemming
    afwijken_alleen_dringend: bool = False  # lager alleen bij dringende redenen (art. 18 lid 10)
    afwijken_grondslag: str = "Pw art. 18 lid 1"
    waarschuwing_termijn_maanden: int = 12
    waarschuwing_grondslag: str = ""
    recidive_termijn_maanden: int = 12
    recidive_over: str = "categorie"  # categorie | alle
    recidive_grondslag: str = ""
    herstel_grondslag: str = "Pw art. 18 lid 3"
    herstel_toelichting: str = ""
    controle: dict[str, str] = field(default_factory=dict)  # wat wel en niet tegen de bron is nagekeken

    @property
    def over_tekst(self) -> str:
        return OVER[self.over]

    @property
    def status_tekst(self) -> str:
        return STATUS[self.status]

    def als_json(self) -> dict:
        return {
            "code": self.code,
            "naam": self.naam,
            "bron": self.bron,
            "grondslag": self.grondslag,
            "status": self.status,
            "over": self.over,
            "toelichting": self.toelichting,
            "afwijken": {
                "minimumPercentage": _pct(self.afwijken_min_bp),
                "alleenBijDringendeRedenen": self.afwijken_alleen_dringend,
                "grondslag": self.afwijken_grondslag,
            },
            "waarschuwing": {
                "termijnMaanden": self.waarschuwing_termijn_maanden,
                "grondslag": self.waarschuwing_grondslag,
            },
            "recidive": {
                "termijnMaanden": self.recidive_termijn_maanden,
                "over": self.recidive_over,
                "grondslag": self.recidive_grondslag,
            },
            "herstel": {"grondslag": self.herstel_grondslag, "toelichting": self.herstel_toelichting},
            "controle": self.controle,
            "categorieen": [
                {
                    "code": c.code,
                    "omschrijving": c.omschrijving,
                    "percentage": _pct(c.percentage_bp),
                    "maanden": c.maanden,
                    "waarschuwingEerst": c.waarschuwing_eerst,
                    "grondslag": c.grondslag,
                    "recidive": [{"percentage": _pct(s.percentage_bp), "maanden": s.maanden} for s in c.recidive],
                }
                for c in self.categorieen.values()
            ],
        }


def _pct(bp: int) -> str:
    """3000 -> '30', 1250 -> '12,5' (zoals een mens het leest)."""
    tekst = f"{bp // 100},{bp % 100:02d}".rstrip("0").rstrip(",")
    return tekst


def percentage_tekst(bp: int) -> str:
    return _pct(bp) + "%"


# --- laden en controleren -----------------------------------------------------------------------

_VELDEN = {
    "code",
    "naam",
    "bron",
    "grondslag",
    "status",
    "over",
    "toelichting",
    "afwijken",
    "waarschuwing",
    "recidive",
    "herstel",
    "categorieen",
    "controle",
}
_CAT_VELDEN = {"omschrijving", "percentage", "maanden", "waarschuwing_eerst", "grondslag", "recidive"}


class _Lezer:
    def __init__(self, bestand: str):
        self.bestand = bestand

    def fout(self, veld: str, bericht: str) -> VerordeningFout:
        return VerordeningFout(self.bestand, veld, bericht)

    def object(self, data, veld: str, toegestaan: set[str]) -> dict:
        if not isinstance(data, dict):
            raise self.fout(veld, "hier hoort een lijst van velden (naam: waarde).")
        for k in data:
            if k not in toegestaan:
                raise self.fout(
                    f"{veld}.{k}" if veld else str(k),
                    f"dit veld ken ik niet. Kies uit: {', '.join(sorted(toegestaan))}.",
                )
        return data

    def tekst(self, data: dict, veld: str, pad: str, verplicht: bool = True) -> str:
        w = data.get(veld)
        if w is None or (isinstance(w, str) and not w.strip()):
            if verplicht:
                raise self.fout(pad, "dit veld ontbreekt of is leeg.")
            return ""
        if not isinstance(w, str):
            raise self.fout(pad, "hier hoort tekst.")
        return " ".join(w.split())

    def basispunten(self, w, pad: str) -> int:
        try:
            d = Decimal(str(w).replace(",", "."))
        except InvalidOperation:
            raise self.fout(pad, "hier hoort een percentage, een getal van 0 tot en met 100.") from None
        if isinstance(w, bool) or not d.is_finite() or not 0 <= d <= 100:
            raise self.fout(pad, "een percentage ligt tussen 0 en 100.")
        bp = d * 100
        if bp != bp.to_integral_value():
            raise self.fout(pad, "een percentage heeft hoogstens twee cijfers achter de komma.")
        return int(bp)

    def maanden(self, w, pad: str) -> int:
        if isinstance(w, bool) or not isinstance(w, int) or not 1 <= w <= 60:
            raise self.fout(pad, "het aantal maanden is een heel getal van 1 tot en met 60.")
        return w

    def jaNee(self, w, pad: str) -> bool:
        if not isinstance(w, bool):
            raise self.fout(pad, "hier hoort ja (true) of nee (false).")
        return w


def uit_data(data, bestand: str = "verordening") -> Verordening:
    lz = _Lezer(bestand)
    d = lz.object(data, "", _VELDEN)
    code = lz.tekst(d, "code", "code")
    if not CODE.match(code):
        raise lz.fout("code", "gebruik alleen kleine letters, cijfers, - en _ (hoogstens 40 tekens).")
    status = lz.tekst(d, "status", "status")
    if status not in STATUS:
        raise lz.fout("status", f"kies uit: {', '.join(STATUS)}.")
    over = lz.tekst(d, "over", "over")
    if over not in OVER:
        raise lz.fout("over", f"kies uit: {', '.join(OVER)}.")
    bron = lz.tekst(d, "bron", "bron")
    if not bron.startswith(("https://", "http://", "bron ", "../")):
        raise lz.fout("bron", "geef een adres (https://...) of een bron uit de map bronnen.")

    afw = lz.object(
        d.get("afwijken") or {}, "afwijken", {"minimum_percentage", "alleen_bij_dringende_redenen", "grondslag"}
    )
    wsch = lz.object(d.get("waarschuwing") or {}, "waarschuwing", {"termijn_maanden", "grondslag"})
    rec = lz.object(d.get("recidive") or {}, "recidive", {"termijn_maanden", "over", "grondslag"})
    hst = lz.object(d.get("herstel") or {}, "herstel", {"grondslag", "toelichting"})
    recidive_over = rec.get("over", "categorie")
    if recidive_over not in ("categorie", "alle"):
        raise lz.fout("recidive.over", "kies uit: categorie, alle.")

    cats_data = d.get("categorieen")
    if not isinstance(cats_data, dict) or not cats_data:
        raise lz.fout("categorieen", "geef minstens één categorie.")
    categorieen: dict[str, Categorie] = {}
    for ccode, cd in cats_data.items():
        pad = f"categorieen.{ccode}"
        if not isinstance(ccode, str) or not CODE.match(ccode):
            raise lz.fout(pad, "de code van een categorie heeft alleen kleine letters, cijfers, - en _.")
        cd = lz.object(cd, pad, _CAT_VELDEN)
        for verplicht in ("percentage", "maanden"):
            if verplicht not in cd:
                raise lz.fout(f"{pad}.{verplicht}", "dit veld ontbreekt.")
        stappen = []
        rd = cd.get("recidive") or []
        if not isinstance(rd, list):
            raise lz.fout(f"{pad}.recidive", "hier hoort een lijst van stappen (percentage en maanden).")
        for i, st in enumerate(rd):
            sp = f"{pad}.recidive[{i}]"
            st = lz.object(st, sp, {"percentage", "maanden"})
            stappen.append(
                Stap(
                    lz.basispunten(st.get("percentage"), f"{sp}.percentage"),
                    lz.maanden(st.get("maanden"), f"{sp}.maanden"),
                )
            )
        categorieen[ccode] = Categorie(
            code=ccode,
            omschrijving=lz.tekst(cd, "omschrijving", f"{pad}.omschrijving"),
            percentage_bp=lz.basispunten(cd["percentage"], f"{pad}.percentage"),
            maanden=lz.maanden(cd["maanden"], f"{pad}.maanden"),
            waarschuwing_eerst=lz.jaNee(cd.get("waarschuwing_eerst", False), f"{pad}.waarschuwing_eerst"),
            grondslag=lz.tekst(cd, "grondslag", f"{pad}.grondslag"),
            recidive=tuple(stappen),
        )

    min_bp = lz.basispunten(afw.get("minimum_percentage", 0), "afwijken.minimum_percentage")
    for c in categorieen.values():
        if c.percentage_bp < min_bp:
            raise lz.fout(
                f"categorieen.{c.code}.percentage", "dit percentage is lager dan afwijken.minimum_percentage."
            )
    controle = d.get("controle") or {}
    if not isinstance(controle, dict) or not all(isinstance(v, str) for v in controle.values()):
        raise lz.fout("controle", "hier hoort per onderdeel een korte tekst.")
    return Verordening(
        code=code,
        naam=lz.tekst(d, "naam", "naam"),
        bron=bron,
        grondslag=lz.tekst(d, "grondslag", "grondslag"),
        status=status,
        over=over,
        categorieen=categorieen,
        toelichting=lz.tekst(d, "toelichting", "toelichting", False),
        afwijken_min_bp=min_bp,
        afwijken_alleen_dringend=lz.jaNee(
            afw.get("alleen_bij_dringende_redenen", False), "afwijken.alleen_bij_dringende_redenen"
        ),
        afwijken_grondslag=lz.tekst(afw, "grondslag", "afwijken.grondslag", False) or "Pw art. 18 lid 1",
        waarschuwing_termijn_maanden=lz.maanden(wsch.get("termijn_maanden", 12), "waarschuwing.termijn_maanden"),
        waarschuwing_grondslag=lz.tekst(wsch, "grondslag", "waarschuwing.grondslag", False),
        recidive_termijn_maanden=lz.maanden(rec.get("termijn_maanden", 12), "recidive.termijn_maanden"),
        recidive_over=recidive_over,
        recidive_grondslag=lz.tekst(rec, "grondslag", "recidive.grondslag", False),
        herstel_grondslag=lz.tekst(hst, "grondslag", "herstel.grondslag", False) or "Pw art. 18 lid 3",
        herstel_toelichting=lz.tekst(hst, "toelichting", "herstel.toelichting", False),
        controle={str(k): " ".join(v.split()) for k, v in controle.items()},
    )


def laad_bestand(pad: Path) -> Verordening:
    try:
        data = yaml.safe_load(pad.read_text(encoding="utf-8"))
    except yaml.YAMLError as e:
        raise VerordeningFout(pad.name, "bestand", f"dit is geen geldige YAML ({e.__class__.__name__}).") from None
    v = uit_data(data, pad.name)
    if v.code != pad.stem:
        raise VerordeningFout(pad.name, "code", f"de code moet gelijk zijn aan de bestandsnaam ('{pad.stem}').")
    return v


@cache
def verordeningen() -> dict[str, Verordening]:
    """Alle verordeningen in de map, op code."""
    return {p.stem: laad_bestand(p) for p in sorted(MAP.glob("*.yaml"))}


def laad_verordening(code: str) -> Verordening:
    alle = verordeningen()
    if code not in alle:
        raise VerordeningFout(
            "instellingen", "verordening", f"de verordening '{code}' ken ik niet. Kies uit: {', '.join(alle)}."
        )
    return alle[code]
