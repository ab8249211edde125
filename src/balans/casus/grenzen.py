# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Grenzen aan een casus, gecontroleerd vóór het echte lezen (pydantic, samenhang, rekenen).

Zonder grenzen kost één verzoek van 1 MB met 3.000 overlappende loonstroken een proces 76
seconden en 800 MB (issue 17). Daarom: een maximale grootte, diepte en lengte van lijsten,
getallen en jaartallen binnen een redelijk bereik, en hoogstens MAX_FOUTEN meldingen.
Dezelfde grenzen gelden voor de API en voor `balans bereken`/`toets`/`maandstaat`.
"""

from __future__ import annotations

import re
from decimal import Decimal

# De grenzen van de YAML-lezer zelf (grootte, diepte, waarden, verwijzingen) staan bij de lezer.
from balans.yamlregels import MAX_ALIASSEN, MAX_BYTES, MAX_DIEPTE, MAX_KNOPEN  # noqa: F401 (ook via deze module)

MAX_LIJST = 2_000  # loonstroken, correcties, inkomsten, ...: tien jaar wekelijks loon voor twee
MAX_SLEUTELS = 500  # velden in één object (maanden: hoogstens 120 in de API)
MAX_FOUTEN = 20  # meer meldingen helpen niemand; het totaal staat erbij
MAX_CIJFERS = 12  # bedragen tot 999 miljard euro; daarboven is het een tikfout of misbruik
JAAR_VAN, JAAR_TOT = 1900, 2100

_DATUMACHTIG = re.compile(r"^(\d{4})-\d{2}(-\d{2})?$", re.ASCII)
_GETALACHTIG = re.compile(r"^-?(\d+)(\.\d*)?$", re.ASCII)


def _naam(pad: tuple) -> str:
    uit = ""
    for d in pad:
        uit += f"[{d + 1}]" if isinstance(d, int) else ("." if uit else "") + str(d)
    return uit


def controleer_vorm(data: object) -> list[tuple[str, tuple]]:
    """(bericht, pad) voor wat buiten de grenzen valt. Iteratief: ook 20.000 niveaus diep geeft geen RecursionError.

    Stopt bij de eerste lijst of het eerste object dat te groot is: verder kijken kost weer tijd.
    """
    fouten: list[tuple[str, tuple]] = []
    stapel: list[tuple[object, tuple, int]] = [(data, (), 0)]
    knopen = 0
    while stapel:
        waarde, pad, diepte = stapel.pop()
        knopen += 1
        if knopen > MAX_KNOPEN:
            return fouten + [(f"De casus is te groot: meer dan {MAX_KNOPEN} waarden.", ())]
        if len(fouten) >= MAX_FOUTEN:
            return fouten
        if diepte > MAX_DIEPTE:
            return fouten + [(f"De casus is te diep genest (meer dan {MAX_DIEPTE} niveaus).", pad)]
        if isinstance(waarde, dict):
            if len(waarde) > MAX_SLEUTELS:
                return fouten + [(f"Hier staan {len(waarde)} velden; hoogstens {MAX_SLEUTELS} mag.", pad)]
            for k, v in waarde.items():
                if isinstance(k, str) and len(k) in (7, 10):
                    jaar = _jaar(k)
                    if jaar is not None:
                        fouten.append((_jaarfout(jaar), pad + (k,)))
                if (
                    isinstance(v, (dict, list))
                    or (isinstance(v, str) and (len(v) in (7, 10) or len(v) > MAX_CIJFERS))
                    or (isinstance(v, (int, float, Decimal)) and not isinstance(v, bool))
                ):
                    stapel.append((v, pad + (str(k),), diepte + 1))
                else:
                    knopen += 1  # gewone korte tekst, true/false, null: niets te controleren
        elif isinstance(waarde, list):
            if len(waarde) > MAX_LIJST:
                return fouten + [(f"Deze lijst heeft {len(waarde)} regels; hoogstens {MAX_LIJST} mag.", pad)]
            stapel.extend((v, pad + (i,), diepte + 1) for i, v in reversed(list(enumerate(waarde))))
        elif isinstance(waarde, str):
            lengte = len(waarde)  # eerst de lengte: de regex alleen waar hij iets kan vinden
            if lengte > 10_000:
                fouten.append(("Deze tekst is te lang (hoogstens 10.000 tekens).", pad))
                continue
            if lengte in (7, 10):
                jaar = _jaar(waarde)
                if jaar is not None:
                    fouten.append((_jaarfout(jaar), pad))
            elif lengte > MAX_CIJFERS:
                m = _GETALACHTIG.match(waarde)
                if m and len(m.group(1).lstrip("0")) > MAX_CIJFERS:
                    fouten.append((_getalfout(), pad))
        elif isinstance(waarde, (int, float, Decimal)) and not isinstance(waarde, bool):
            try:
                te_groot = abs(waarde) >= 10**MAX_CIJFERS
            except (OverflowError, ValueError, ArithmeticError):  # inf, nan
                te_groot = True
            if te_groot or waarde != waarde:
                fouten.append((_getalfout(), pad))
    return fouten


def _jaar(waarde: object) -> int | None:
    """Het jaartal als het een datum of maand is buiten het bereik, anders None."""
    if not isinstance(waarde, str):
        return None
    m = _DATUMACHTIG.match(waarde)
    if not m:
        return None
    jaar = int(m.group(1))
    return None if JAAR_VAN <= jaar <= JAAR_TOT else jaar


def _jaarfout(jaar: int) -> str:
    return f"Het jaar {jaar} kan niet: balans kent datums van {JAAR_VAN} tot en met {JAAR_TOT}."


def _getalfout() -> str:
    return f"Dit getal is te groot (hoogstens {MAX_CIJFERS} cijfers vóór de komma)."


def beperk(fouten: list, maak) -> list:
    """Hoogstens MAX_FOUTEN meldingen, plus één die het totaal noemt. `maak(bericht)` maakt die laatste."""
    if len(fouten) <= MAX_FOUTEN:
        return fouten
    rest = len(fouten) - MAX_FOUTEN
    return fouten[:MAX_FOUTEN] + [
        maak(
            f"En nog {rest} andere {'fout' if rest == 1 else 'fouten'} "
            f"({len(fouten)} in totaal). Verbeter eerst deze {MAX_FOUTEN}."
        )
    ]
