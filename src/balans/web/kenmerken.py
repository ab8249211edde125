# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Persoonskenmerken met een datum op de zaakpagina (issue 15, punt 1): de klantmanager legt vast dat een
kenmerk (medisch urenbeperkt, doelgroep loonkostensubsidie, beroep op de ouders, mantelzorg elders,
rechthebbend, inrichting) de hele periode geldt, niet geldt, of van een dag tot een dag geldt.

De waarde komt in de casus zoals casus.md die kent (true, false of {van, tot}); de hele casus wordt
gecontroleerd (zaak/feiten.controleer), dus een 'tot' vóór 'van' of een datum buiten de periode geeft de
Nederlandse melding van de casus, bij het juiste veld, en er wordt niets opgeslagen.

Hier de gegevens en wat de zaakpagina toont; het formulier zelf staat in web/kenmerken_formulier.py (dat leest
de zaakpagina uit web/routes, en routes leest dit bestand: zo blijft er geen kring).
"""

from __future__ import annotations

import datetime as dt

from balans.uitvoer import datum_mens

# kenmerk -> (wat de klantmanager leest, voor wie het kan gelden)
KENMERKEN = {
    "medisch_urenbeperkt": ("Medisch urenbeperkt (Pw art. 31 lid 2 onder y)", ("aanvrager", "partner")),
    "doelgroep_loonkostensubsidie": (
        "Doelgroep loonkostensubsidie (Pw art. 31 lid 2 onder z en aa)",
        ("aanvrager", "partner"),
    ),
    "beroep_op_ouders_mogelijk": (
        "Kan een beroep doen op de ouders (18 tot 21 jaar, Pw art. 20 lid 3)",
        ("aanvrager", "partner"),
    ),
    "tijdelijk_elders_voor_mantelzorg": (
        "Woont tijdelijk elders om mantelzorg te geven (Pw art. 22a lid 4)",
        ("aanvrager",),
    ),
    "rechthebbend": ("Heeft zelf recht op bijstand (Pw art. 24)", ("partner",)),
    "inrichting": ("Verblijft in een inrichting (Pw art. 23)", ("aanvrager", "partner")),
}
PERSONEN = {"aanvrager": "Aanvrager", "partner": "Partner"}
STANDEN = {"datum": "Ja, van een dag tot een dag", "ja": "Ja, de hele periode", "nee": "Nee"}


def opties() -> dict:
    return {
        "km_personen": [("", "Kies de persoon"), *PERSONEN.items()],
        "km_kenmerken": [("", "Kies het kenmerk"), *((k, v[0]) for k, v in KENMERKEN.items())],
        "km_standen": list(STANDEN.items()),
    }


def overzicht(data: dict) -> list[str]:
    """De kenmerken die in de casus staan, in woorden: 'Aanvrager: medisch urenbeperkt van 10 april 2026'."""
    h = data.get("huishouden") or {}
    uit = []
    for wie, naam in PERSONEN.items():
        p = h.get(wie) or {}
        for k, (tekst, voor) in KENMERKEN.items():
            if wie not in voor or k not in p:
                continue
            w = p[k]
            if isinstance(w, dict):
                stukken = [
                    f"vanaf {datum_mens(dt.date.fromisoformat(str(w['van'])))}" if w.get("van") else "",
                    f"tot en met {datum_mens(dt.date.fromisoformat(str(w['tot'])))}" if w.get("tot") else "",
                ]
                waarde = "ja, " + " ".join(s for s in stukken if s)
            else:
                waarde = "ja, de hele periode" if w else "nee"
            uit.append(f"{naam}: {tekst[0].lower() + tekst[1:]}: {waarde}")
    return uit


def _datum(tekst: str) -> dt.date | None | str:
    tekst = (tekst or "").strip()
    if not tekst:
        return None
    try:
        return dt.date.fromisoformat(tekst)
    except ValueError:
        return "fout"
