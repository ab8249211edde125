# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Het toetsingskader: elke variant per doel (i-vi) gescoord tegen de basis, met indicator en drempel.

De indicatoren en drempels staan in toetsingskader.yaml, zodat een gemeente of SZW ze kan
aanpassen zonder code. Een doel dat deze doorrekening niet kan meten, krijgt 'n.v.t.' met de reden.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import yaml

from balans.beleid.armoedeval import Armoedeval, gemiddelde_druk, gemiddelde_druk_heel
from balans.beleid.indicatoren import Indicatoren
from balans.wet.parameters import ParameterBoom

KADER = Path(__file__).with_name("toetsingskader.yaml")
SCORES = ("--", "-", "0", "+", "++")


@dataclass(frozen=True)
class Doel:
    code: str
    doel: str
    indicator: str
    naam: str
    eenheid: str
    richting: str
    drempels: tuple[float, float]
    waarom: str


@dataclass
class Score:
    doel: Doel
    waarden: dict[str, float | None]  # per variant
    scores: dict[str, str]  # per variant: ++ .. -- of n.v.t.
    toelichting: dict[str, str]  # per variant: welk verschil, welke drempel


def laad(pad: Path | None = None) -> list[Doel]:
    inhoud = yaml.safe_load((pad or KADER).read_text(encoding="utf-8"))
    return [
        Doel(
            d["code"],
            d["doel"],
            d["indicator"],
            d["naam"],
            d["eenheid"],
            d["richting"],
            (float(d["drempels"][0]), float(d["drempels"][1])),
            d["waarom"],
        )
        for d in inhoud["doelen"]
    ]


def aantal_vrijlatingen(boom: ParameterBoom, maand: dt.date) -> int:
    """Hoeveel vrijlatingen met een eigen percentage tegelijk gelden (art. 31 lid 2 en art. 34a)."""
    p = boom.op(maand)
    aantal = 0
    if getattr(p.art31, "vrijlatingen_n_tot_aa_van_toepassing", True):
        aantal += sum(1 for k in ("n", "r", "y", "z", "aa") if getattr(p.art31, f"{k}_percentage", None) is not None)
    if getattr(p.art34a, "van_toepassing", False):
        aantal += sum(1 for k in ("a", "b") if getattr(p.art34a, f"{k}_percentage", None) is not None)
    return aantal


def waarden(
    ind: Indicatoren,
    armoedeval: dict[str, Armoedeval],
    bomen: dict[str, ParameterBoom],
    maand: dt.date,
    met_verrekening: bool = True,
) -> dict[str, dict[str, float | None]]:
    """Zonder verrekenmethode betaalt de gemeente precies het recht: dan zijn maanden onder de norm door
    verrekening en terugvorderingen niet te meten (None, score 'n.v.t.')."""
    uit = {}
    for v in ind.varianten:
        a = armoedeval.get(v)
        heel_16 = gemiddelde_druk_heel(a, "alleenstaande", 16) if a is not None else None
        z = ind.zekerheid[v]
        onder = z["onder_norm_per_1000"]
        buffer_maanden = z.get("buffer_maanden_per_1000")
        uit[v] = {
            "armoedeval_16": 100 * gemiddelde_druk(armoedeval[v], "alleenstaande", 16) if v in armoedeval else None,
            # het hele inkomen (netto loon, bijstand, toeslagen, kinderbijslag) van de voorbeeldhuishoudens
            "armoedeval_16_heel": None if heel_16 is None else 100 * heel_16,
            "heel_inkomen_voorbeeld": _heel_voorbeeld(a),
            "aantal_vrijlatingen": float(aantal_vrijlatingen(bomen[v], maand)),
            "buffer_opvang": (
                100 * buffer_maanden / (buffer_maanden + onder)
                if buffer_maanden is not None and buffer_maanden + onder > 0
                else None
            ),
            "onder_norm_per_1000": onder if met_verrekening else None,
            "gemiddeld_inkomen": float(z["gemiddeld_inkomen_per_maand"]),
            "vorderingen_per_100": z["vorderingen_per_100"] * 12 / ind.maanden if met_verrekening else None,
        }
    return uit


def _heel_voorbeeld(a: Armoedeval | None) -> float | None:
    """Het hele inkomen per maand bij 0 en bij 16 uur werk, gemiddeld over de voorbeeldhuishoudens (centen)."""
    if a is None or not a.hele_inkomen:
        return None
    i = a.uren.index(16)
    rijen = [h[0] for h in a.hele_inkomen.values()] + [h[i] for h in a.hele_inkomen.values()]
    return sum(rijen) / len(rijen)


NIET_GEMETEN = {
    "armoedeval_16_heel": "Het hele inkomen (toeslagen en belasting) kent balans alleen in 2024-2027; deze run valt "
    "daarbuiten.",
    "heel_inkomen_voorbeeld": "Het hele inkomen (toeslagen en belasting) kent balans alleen in 2024-2027; deze run "
    "valt daarbuiten.",
}


def _score(d: Doel, basis: float, waarde: float) -> tuple[str, float]:
    verschil = waarde - basis
    if d.eenheid == "procent":
        verschil = 100 * verschil / basis if basis else 0.0
    beter = -verschil if d.richting == "lager_beter" else verschil
    klein, groot = d.drempels
    if beter >= groot:
        return "++", verschil
    if beter >= klein:
        return "+", verschil
    if beter <= -groot:
        return "--", verschil
    if beter <= -klein:
        return "-", verschil
    return "0", verschil


def _getal(x: float) -> str:
    return f"{x:+.1f}".replace(".", ",")


def scoor(ind: Indicatoren, w: dict[str, dict[str, float | None]], kader: list[Doel] | None = None) -> list[Score]:
    uit = []
    for d in kader or laad():
        scores, toel, wd = {}, {}, {}
        b = w[ind.basis][d.indicator]
        for v in ind.varianten:
            x = w[v][d.indicator]
            wd[v] = x
            if v == ind.basis:
                scores[v], toel[v] = "basis", "De variant waartegen we vergelijken."
            elif x is None or b is None:
                scores[v], toel[v] = (
                    "n.v.t.",
                    NIET_GEMETEN.get(
                        d.indicator,
                        (
                            "Deze doorrekening meet dit niet: kies in het runbestand een verrekenmethode, dan rekent balans "
                            "ook uitbetaling, terugvordering en bufferbudget per maand."
                        ),
                    ),
                )
            else:
                s, verschil = _score(d, b, x)
                scores[v] = s
                eenheid = {"procent": "%", "procentpunt": " procentpunt"}.get(d.eenheid, f" ({d.eenheid})")
                toel[v] = (
                    f"Verschil met de basis: {_getal(verschil)}{eenheid}; "
                    f"{'lager' if d.richting == 'lager_beter' else 'hoger'} is beter; "
                    f"+ of - vanaf {_getal(d.drempels[0]).lstrip('+')}, ++ of -- vanaf "
                    f"{_getal(d.drempels[1]).lstrip('+')}."
                )
        uit.append(Score(d, wd, scores, toel))
    return uit
