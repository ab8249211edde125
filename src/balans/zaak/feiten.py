# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Een casus als losse feiten, en terug. Elk feit heeft een sleutel en een geldigheid in de tijd.

Sleutels: basis, huishouden, vermogen, verrekening, verwachting, maand/JJJJ-MM,
loonstrook/<id> en correctie/<id>. Zo raakt een correctie van één maand alleen die maand.
"""

from __future__ import annotations

import datetime as dt

from balans.casus.laden import uit_data
from balans.casus.model import Casus, maand_uit
from balans.kalender import volgende_maand

ENKEL = ("huishouden", "vermogen", "verrekening", "verwachting")
BASIS = ("naam", "periode", "regime", "gemeente")


def _maand_einde(m: dt.date) -> dt.date:
    return volgende_maand(m) - dt.timedelta(days=1)


def als_data(casus: Casus) -> dict:
    """De casus als JSON-data (zoals in casus.md), zonder 'verwacht'."""
    return casus.model_dump(mode="json", exclude={"verwacht"}, exclude_none=True)


def splits(data: dict) -> dict[str, tuple[dt.date | None, dt.date | None, object]]:
    """sleutel -> (geldig_van, geldig_tot, waarde)."""
    periode = data["periode"]
    van, tot = maand_uit(periode["van"]), _maand_einde(maand_uit(periode["tot"]))
    uit: dict = {"basis": (van, tot, {k: data[k] for k in BASIS if k in data})}
    for k in ENKEL:
        if k in data:
            uit[k] = (van, tot, data[k])
    for maand, invoer in (data.get("maanden") or {}).items():
        m = maand_uit(maand)
        uit[f"maand/{maand}"] = (m, _maand_einde(m), invoer)
    for ls in data.get("loonstroken") or []:
        uit[f"loonstrook/{ls['id']}"] = (
            dt.date.fromisoformat(ls["periode"]["van"]),
            dt.date.fromisoformat(ls["periode"]["tot"]),
            ls,
        )
    for c in data.get("correcties") or []:
        d = dt.date.fromisoformat(c["betaaldatum"])
        uit[f"correctie/{c['id']}"] = (d, None, c)
    return uit


def samenvoegen(feiten: dict[str, object]) -> dict:
    """Omgekeerd: de huidige waarde per sleutel (in volgorde van vastleggen) naar casus-data."""
    data: dict = dict(feiten.get("basis") or {})
    maanden, stroken, correcties = {}, [], []
    for sleutel, waarde in feiten.items():
        soort, _, rest = sleutel.partition("/")
        if soort in ENKEL:
            data[soort] = waarde
        elif soort == "maand":
            maanden[rest] = waarde
        elif soort == "loonstrook":
            stroken.append(waarde)
        elif soort == "correctie":
            correcties.append(waarde)
    if maanden:
        data["maanden"] = dict(sorted(maanden.items()))
    if stroken:
        data["loonstroken"] = stroken
    if correcties:
        data["correcties"] = correcties
    return data


def verschil(oud: dict[str, object], nieuw: dict[str, tuple]) -> dict[str, tuple]:
    """De feiten die nieuw of anders zijn, plus weggehaalde sleutels (waarde None)."""
    uit = {k: v for k, v in nieuw.items() if k not in oud or oud[k] != v[2]}
    for k in oud:
        if k not in nieuw and k != "basis":
            uit[k] = (None, None, None)
    return uit


def controleer(data: dict, naam: str = "casus") -> Casus:
    """Valideert zoals een casusbestand; geeft CasusFout met het veld bij een fout."""
    return uit_data(data, naam)
