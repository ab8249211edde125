# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Gedateerde parameters van de regelingen rond de bijstand, uit inkomen/parameters/*.yaml.

Zelfde vorm en dezelfde omzetting als de bijstand (balans.wet.parameters): een waarde geldt vanaf haar datum
tot de volgende, bedragen worden eurocenten, percentages exacte breuken. Een aparte boom, zodat de
wetsversies en links van de Participatiewet (BWBR0015703) niet veranderen.
"""

from __future__ import annotations

import copy
import datetime as dt
from functools import cache
from pathlib import Path

import yaml

from balans.wet.parameters import Meta, Parameters, _geldend, _waarden, _zet_om_gecontroleerd

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
        raise OnbekendJaar(
            f"voor {datum.year} kent balans de bedragen van de toeslagen en de belasting niet "
            f"(wel van {EERSTE_JAAR} tot en met {LAATSTE_JAAR})"
        )
    metas, reeksen, _ = _lees()
    gekozen = {sleutel: _geldend(reeks, datum) for sleutel, reeks in reeksen.items()}
    return Parameters(datum, gekozen, metas)


def parameter_metas() -> dict[tuple[str, str], Meta]:
    return dict(_lees()[0])


def wet_van(bestand: str) -> dict:
    return dict(_lees()[2][bestand])


# --- Varianten: een beleidsvariant kan een toeslagparameter veranderen (issue 19, punt 4) ------------------------
def controleer_toeslagen(wijzigingen) -> list[tuple[tuple, str]]:
    """Fouten in een blok 'toeslagen' van een variant ({bestand: {parameter: {waarden: {datum: {waarde, bron}}}}}),
    met het pad binnen het blok. Zelfde vorm als 'wijzigingen' voor de Participatiewet."""
    metas, _, _ = _lees()
    bestanden = sorted({b for b, _ in metas})
    if not isinstance(wijzigingen, dict) or not wijzigingen:
        return [
            ((), "'toeslagen' noemt per regeling de parameters, bijvoorbeeld huurtoeslag: {afbouw_percentage_een: …}.")
        ]
    fouten: list[tuple[tuple, str]] = []
    for bestand, params in wijzigingen.items():
        if bestand not in bestanden:
            fouten.append(((bestand,), f"de regeling '{bestand}' bestaat niet. Kies uit: {', '.join(bestanden)}."))
            continue
        if not isinstance(params, dict) or not params:
            fouten.append(((bestand,), f"noem onder '{bestand}' een of meer parameters."))
            continue
        for pnaam, p in params.items():
            if (bestand, pnaam) not in metas:
                namen = sorted(n for b, n in metas if b == bestand)
                fouten.append(
                    (
                        (bestand, pnaam),
                        f"de parameter {bestand}.{pnaam} bestaat niet. In {bestand} staan: {', '.join(namen)}.",
                    )
                )
                continue
            if not isinstance(p, dict) or not isinstance(p.get("waarden"), dict) or not p["waarden"]:
                fouten.append(
                    (
                        (bestand, pnaam),
                        f"{bestand}.{pnaam} heeft 'waarden' nodig, bijvoorbeeld "
                        "{2027-01-01: {waarde: '22', bron: 'https://…'}}.",
                    )
                )
                continue
            for datum, w in p["waarden"].items():
                pad = (bestand, pnaam, "waarden", str(datum))
                try:
                    dt.date.fromisoformat(str(datum))
                    if not isinstance(w, dict) or "waarde" not in w:
                        raise ValueError
                    _zet_om_gecontroleerd(metas[(bestand, pnaam)].eenheid, w["waarde"])
                except (ValueError, TypeError, ArithmeticError):
                    fouten.append(
                        (
                            pad,
                            f"geef een datum JJJJ-MM-DD met {{waarde: …, bron: …}} in de eenheid "
                            f"'{metas[(bestand, pnaam)].eenheid}' van {bestand}.{pnaam}.",
                        )
                    )
    return fouten


def met_toeslagen(boom, naam: str, wijzigingen: dict):
    """Een kopie van de parameterboom van een variant die ook toeslagparameters verandert (latere lagen winnen).

    De Participatiewet-parameters blijven gelijk; inkomen.context.ctx_voor(…, boom=…) leest deze lagen."""
    fouten = controleer_toeslagen(wijzigingen)
    if fouten:
        raise ValueError("; ".join(f"toeslagen.{'.'.join(p)}: {t}" for p, t in fouten))
    metas, _, _ = _lees()
    laag = {}
    for bestand, params in wijzigingen.items():
        for pnaam, p in params.items():
            eenheid = metas[(bestand, pnaam)].eenheid
            ruw = {k: {**v, "waarde": _zet_om_gecontroleerd(eenheid, v["waarde"])} for k, v in p["waarden"].items()}
            laag[(bestand, pnaam)] = _waarden("keuze", ruw, f"beleid:{naam}")
    nieuw = copy.copy(boom)
    nieuw.inkomen_lagen = (*getattr(boom, "inkomen_lagen", ()), (naam, laag))
    nieuw._inkomen_cache = {}
    return nieuw


def parameters_voor(datum: dt.date, boom=None) -> Parameters:
    """parameters_op, met de toeslaglagen van een variant erbovenop (als de boom die heeft)."""
    lagen = getattr(boom, "inkomen_lagen", ())
    if not lagen:
        return parameters_op(datum)
    cache = boom._inkomen_cache
    p = cache.get(datum)
    if p is None:
        basis = parameters_op(datum)
        gekozen = dict(basis._gekozen)
        for _, laag in lagen:
            for sleutel, reeks in laag.items():
                w = _geldend(reeks, datum)
                if w is not None:
                    gekozen[sleutel] = w
        p = cache[datum] = Parameters(datum, gekozen, basis._metas)
    return p
