"""Gedateerde parameters van de regelingen rond de bijstand, uit inkomen/parameters/*.yaml.

Zelfde vorm en dezelfde omzetting als de bijstand (balans.wet.parameters): een waarde geldt vanaf haar datum
tot de volgende, bedragen worden eurocenten, percentages exacte breuken. Een aparte boom, zodat de
wetsversies en links van de Participatiewet (BWBR0015703) niet veranderen.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path

import yaml

from balans.wet.parameters import Meta, Parameters, _geldend, _waarden

PARAMETER_MAP = Path(__file__).parent / "parameters"
EERSTE_JAAR, LAATSTE_JAAR = 2024, 2027


class OnbekendJaar(LookupError):
    """Voor dit jaar kennen de regelingen geen bedragen."""


@cache
def _lees() -> tuple[dict, dict, dict]:
    metas: dict[tuple[str, str], Meta] = {}
    reeksen: dict[tuple[str, str], list] = {}
    wetten: dict[str, dict] = {}
    for pad in sorted(PARAMETER_MAP.glob("*.yaml")):
        inhoud = yaml.safe_load(pad.read_text(encoding="utf-8"))
        wetten[pad.stem] = {"wet": inhoud.get("wet", ""), "bwb": inhoud.get("bwb", "")}
        for naam, p in inhoud["parameters"].items():
            sleutel = (pad.stem, naam)
            metas[sleutel] = Meta(p.get("artikel", inhoud.get("artikel", "")), p.get("omschrijving", ""), p["eenheid"])
            reeksen[sleutel] = _waarden(p["eenheid"], p["waarden"], "wet")
    return metas, reeksen, wetten


@cache
def parameters_op(datum: dt.date) -> Parameters:
    """De parameters die op `datum` gelden: p.zorgtoeslag.standaardpremie, p.bron('zorgtoeslag', 'standaardpremie')."""
    if not EERSTE_JAAR <= datum.year <= LAATSTE_JAAR:
        raise OnbekendJaar(f"voor {datum.year} kent balans de bedragen van de toeslagen en de belasting niet "
                           f"(wel van {EERSTE_JAAR} tot en met {LAATSTE_JAAR})")
    metas, reeksen, _ = _lees()
    gekozen = {sleutel: _geldend(reeks, datum) for sleutel, reeks in reeksen.items()}
    return Parameters(datum, gekozen, metas)


def parameter_metas() -> dict[tuple[str, str], Meta]:
    return dict(_lees()[0])


def wet_van(bestand: str) -> dict:
    return dict(_lees()[2][bestand])
