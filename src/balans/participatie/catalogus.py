# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""De catalogus van instrumenten voor participatie (catalogus.yaml), aan te vullen door de gemeente.

Een eigen bestand (Settings.catalogus) heeft dezelfde vorm. Het mag nieuwe instrumenten toevoegen en
bestaande aanpassen, maar een wettelijk maximum (zoals twee jaar participatieplaats, Pw art. 10a lid 1)
niet verlengen. Een fout geeft een Nederlandse melding met het bestand, de regel en het veld.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

BESTAND = Path(__file__).parent / "catalogus.yaml"
CODE = re.compile(r"^[a-z][a-z0-9_]{1,39}$")
VELDEN = {
    "naam",
    "omschrijving",
    "grondslag",
    "bron",
    "max_maanden",
    "loonwaarde",
    "arbeid",
    "eigen_initiatief",
    "toelichting",
}
VERPLICHT = ("naam", "omschrijving", "grondslag")


class CatalogusFout(ValueError):
    def __init__(self, bestand: str, regel: int | None, veld: str, bericht: str):
        waar = f"regel {regel}, " if regel else ""
        super().__init__(f"{bestand}: {waar}veld '{veld}': {bericht}")
        self.bestand, self.regel, self.veld, self.bericht = bestand, regel, veld, bericht


@dataclass(frozen=True)
class Instrument:
    code: str
    naam: str
    omschrijving: str  # B1
    grondslag: str
    max_maanden: int | None = None
    loonwaarde: bool = False  # de gemeente stelt een loonwaarde vast (Pw art. 6 onder g)
    arbeid: bool = False  # werk in loondienst
    eigen_initiatief: bool = False
    bron: str = ""
    toelichting: str = ""
    gemeente: bool = False  # uit het bestand van de gemeente

    def als_json(self) -> dict:
        return {
            "code": self.code,
            "naam": self.naam,
            "omschrijving": self.omschrijving,
            "grondslag": self.grondslag,
            "bron": self.bron or None,
            "maxMaanden": self.max_maanden,
            "loonwaarde": self.loonwaarde,
            "arbeid": self.arbeid,
            "eigenInitiatief": self.eigen_initiatief,
            "toelichting": self.toelichting,
            "gemeente": self.gemeente,
        }


def _regels(node, pad: tuple = (), uit: dict | None = None) -> dict[tuple, int]:
    """Per pad (sleutels) de regel in het bestand, uit de YAML-knopen (1 = eerste regel)."""
    uit = {} if uit is None else uit
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            sleutel = k.value if isinstance(k, yaml.ScalarNode) else str(k)
            uit[pad + (sleutel,)] = k.start_mark.line + 1
            _regels(v, pad + (sleutel,), uit)
    return uit


def _lees(pad: Path) -> tuple[dict, dict[tuple, int]]:
    naam = pad.name
    try:
        tekst = pad.read_text(encoding="utf-8")
    except OSError:
        raise CatalogusFout(naam, None, "bestand", "Dit bestand kan ik niet lezen. Bestaat het?") from None
    try:
        knoop = yaml.compose(tekst, Loader=yaml.SafeLoader)
        data = yaml.safe_load(tekst)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        raise CatalogusFout(
            naam,
            mark.line + 1 if mark else None,
            "bestand",
            "Dit is geen geldige YAML. Kijk naar inspringen en dubbele punten.",
        ) from None
    return data, _regels(knoop) if knoop is not None else {}


def _ja_nee(naam, regels, code, veld, waarde) -> bool:
    if not isinstance(waarde, bool):
        raise CatalogusFout(
            naam, regels.get(("instrumenten", code, veld)), f"instrumenten.{code}.{veld}", "Schrijf true of false."
        )
    return waarde


def _instrumenten(pad: Path, basis: dict[str, Instrument] | None) -> dict[str, Instrument]:
    data, regels = _lees(pad)
    naam = pad.name
    if not isinstance(data, dict) or not isinstance(data.get("instrumenten"), dict):
        raise CatalogusFout(
            naam,
            regels.get(("instrumenten",)) or 1,
            "instrumenten",
            "Het bestand moet beginnen met 'instrumenten:' en daaronder de instrumenten per code.",
        )
    onbekend = [k for k in data if k != "instrumenten"]
    if onbekend:
        raise CatalogusFout(
            naam,
            regels.get((onbekend[0],)),
            str(onbekend[0]),
            "Dit veld ken ik niet. Alleen 'instrumenten' mag bovenaan staan.",
        )
    uit: dict[str, Instrument] = {}
    for code, v in data["instrumenten"].items():
        regel = regels.get(("instrumenten", code))
        code = str(code)
        if not CODE.match(code):
            raise CatalogusFout(
                naam,
                regel,
                f"instrumenten.{code}",
                "Een code heeft alleen kleine letters, cijfers en _ en begint met een letter, zoals 'werkfit'.",
            )
        if not isinstance(v, dict):
            raise CatalogusFout(naam, regel, f"instrumenten.{code}", "Geef naam, omschrijving en grondslag.")
        for veld in v:
            if veld not in VELDEN:
                raise CatalogusFout(
                    naam,
                    regels.get(("instrumenten", code, veld)),
                    f"instrumenten.{code}.{veld}",
                    "Dit veld ken ik niet. Mogelijk zijn: " + ", ".join(sorted(VELDEN)) + ".",
                )
        oud = (basis or {}).get(code)
        for veld in VERPLICHT:
            if oud is None and not str(v.get(veld) or "").strip():
                raise CatalogusFout(
                    naam,
                    regels.get(("instrumenten", code, veld), regel),
                    f"instrumenten.{code}.{veld}",
                    "Dit veld is verplicht en mag niet leeg zijn.",
                )
            if veld in v and not isinstance(v[veld], str):
                raise CatalogusFout(
                    naam, regels.get(("instrumenten", code, veld)), f"instrumenten.{code}.{veld}", "Schrijf hier tekst."
                )
        mx = v.get("max_maanden", oud.max_maanden if oud else None)
        if mx is not None and (isinstance(mx, bool) or not isinstance(mx, int) or not 1 <= mx <= 120):
            raise CatalogusFout(
                naam,
                regels.get(("instrumenten", code, "max_maanden")),
                f"instrumenten.{code}.max_maanden",
                "Schrijf een heel aantal maanden van 1 tot en met 120, of laat het leeg.",
            )
        if oud is not None and oud.max_maanden is not None and (mx is None or mx > oud.max_maanden):
            raise CatalogusFout(
                naam,
                regels.get(("instrumenten", code, "max_maanden"), regel),
                f"instrumenten.{code}.max_maanden",
                f"Dit mag niet langer zijn dan {oud.max_maanden} maanden: dat is het maximum van de "
                f"wet ({oud.grondslag}).",
            )
        waarden = {}
        for veld in ("loonwaarde", "arbeid", "eigen_initiatief"):
            waarden[veld] = (
                _ja_nee(naam, regels, code, veld, v[veld]) if veld in v else (getattr(oud, veld) if oud else False)
            )
        if code == "mantelzorg" and waarden["arbeid"]:
            raise CatalogusFout(
                naam,
                regels.get(("instrumenten", code, "arbeid")),
                f"instrumenten.{code}.arbeid",
                "Onbetaalde mantelzorg is geen op loon te waarderen arbeid (Pw art. 33 lid 6).",
            )

        def tekst(veld: str, v=v, oud=oud) -> str:  # v en oud van deze ronde vastleggen (B023)
            w = v.get(veld)
            if w is None:
                return getattr(oud, veld) if oud else ""
            return " ".join(str(w).split())

        uit[code] = Instrument(
            code=code,
            naam=tekst("naam"),
            omschrijving=tekst("omschrijving"),
            grondslag=tekst("grondslag"),
            max_maanden=mx,
            bron=tekst("bron"),
            toelichting=tekst("toelichting"),
            gemeente=basis is not None,
            **waarden,
        )
    return uit


@lru_cache(maxsize=16)
def _geladen(extra: str | None, mtime: float | None) -> dict[str, Instrument]:
    basis = _instrumenten(BESTAND, None)
    if extra is None:
        return basis
    return {**basis, **_instrumenten(Path(extra), basis)}


def catalogus(extra: Path | None = None) -> dict[str, Instrument]:
    """Alle instrumenten: die van balans, aangevuld of aangepast door het bestand van de gemeente."""
    if extra is None:
        return dict(_geladen(None, None))
    p = Path(extra)
    try:
        mtime = p.stat().st_mtime
    except OSError:
        raise CatalogusFout(p.name, None, "bestand", "Dit bestand kan ik niet lezen. Bestaat het?") from None
    return dict(_geladen(str(p), mtime))


def instrument(code: str, extra: Path | None = None) -> Instrument | None:
    return catalogus(extra).get(code)
