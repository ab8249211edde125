# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Zet de parameters van balans (src/balans/wet/parameters/*.yaml) om naar OpenFisca-parameters.

De uitvoer staat in balans_openfisca/parameters/ en komt mee in git, zodat je haar kunt lezen zonder dit
script te draaien. Draai het opnieuw als de YAML van balans verandert; vergelijk.py controleert bij elke
run dat de waarden per maand nog gelijk zijn.

Vorm, in de stijl van openfisca-country-template: één bestand per artikel, per parameter `description`,
`metadata` (eenheid, artikel) en `values` per datum met `reference` (de bron uit balans).
Bedragen in eurocent en percentages in basispunten (25% = 2500): OpenFisca leest een getal met decimalen
als float, en geld rekenen we nooit in floats.

We nemen de waarde die op 1 januari 2026 geldt en alle latere (de brief: 2026 en 2027). De tabel van de
pensioengerechtigde leeftijd (AOW art. 7a) wordt een gedateerde parameter in maanden, per kalenderjaar
waarin iemand die leeftijd bereikt.

Gebruik: python benchmarks/openfisca/maak_parameters.py
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import yaml

HIER = Path(__file__).resolve().parent
BRON = HIER.parent.parent / "src" / "balans" / "wet" / "parameters"
DOEL = HIER / "balans_openfisca" / "parameters"
VANAF = dt.date(2026, 1, 1)

sys.path.insert(0, str(HIER))
from balans_openfisca.omzetten import EENHEID, omzetten

# Alleen wat de regels van één maand gebruiken (rekenen/maand.py en wet/regels/).
NODIG = {
    "art18": ["maatregel_grondslag"],
    "art18b": None,
    "art19": ["vakantietoeslag_percentage"],
    "art19a": ["kostendeler_minimumleeftijd"],
    "art20": None,
    "art21": None,
    "art22": None,
    "art22a": None,
    "art24": None,
    "art24a": None,
    "art31": [
        "giften_vrij_per_kalenderjaar",
        "minimumleeftijd_vrijlating",
        "vrijlatingen_n_tot_aa_van_toepassing",
        "n_percentage",
        "n_maximum",
        "n_maanden",
        "r_percentage",
        "r_maximum",
        "r_maanden",
        "r_kind_jonger_dan",
        "y_percentage",
        "y_maximum",
        "z_percentage",
        "z_maximum",
        "z_maanden",
        "aa_percentage",
        "aa_maximum",
    ],
    "art34": ["grens_alleenstaande", "grens_alleenstaande_ouder", "grens_gehuwden", "toets"],
    "art34a": None,
}


def waarden(eenheid: str, ruw: dict) -> dict:
    rijen = sorted((dt.date.fromisoformat(str(k)), v) for k, v in ruw.items())
    geldend = [i for i, (d, _) in enumerate(rijen) if d <= VANAF]
    begin = geldend[-1] if geldend else 0
    uit = {}
    for d, v in rijen[begin:]:
        item = {"value": omzetten(eenheid, v.get("waarde"))}
        if v.get("bron"):
            item["reference"] = v["bron"]
        meta = {k: v[k] for k in ("niet_geindexeerd", "toelichting") if k in v}
        if meta:
            item["metadata"] = meta
        uit[d.isoformat()] = item
    return uit


def artikel(naam: str, namen: list[str] | None) -> dict:
    inhoud = yaml.safe_load((BRON / f"{naam}.yaml").read_text(encoding="utf-8"))
    node = {"description": f"{inhoud.get('artikel', naam)} (overgenomen uit src/balans/wet/parameters/{naam}.yaml)"}
    for pnaam, p in inhoud["parameters"].items():
        if namen is not None and pnaam not in namen:
            continue
        meta = {"artikel": p.get("artikel", inhoud.get("artikel", ""))}
        if EENHEID.get(p["eenheid"]):
            meta["unit"] = EENHEID[p["eenheid"]]
        node[pnaam] = {
            "description": (p.get("omschrijving") or "").strip() or meta["artikel"],
            "metadata": meta,
            "values": waarden(p["eenheid"], p["waarden"]),
        }
    return node


def aow() -> dict:
    inhoud = yaml.safe_load((BRON / "aow.yaml").read_text(encoding="utf-8"))
    p = inhoud["parameters"]["pensioengerechtigde_leeftijd"]
    values = {
        f"{r['jaar']}-01-01": {"value": r["jaren"] * 12 + r["maanden"], "reference": f"{p['bron']} ({r['bron']})"}
        for r in p["tabel"]
    }
    return {
        "description": inhoud["artikel"] + " (overgenomen uit src/balans/wet/parameters/aow.yaml)",
        "pensioengerechtigde_leeftijd_maanden": {
            "description": (
                "Pensioengerechtigde leeftijd in maanden, per kalenderjaar waarin iemand haar bereikt. "
                "De waarde van 2012 geldt voor wie haar vóór 2013 bereikt (65 jaar)."
            ),
            "metadata": {"artikel": p["artikel"], "unit": "maanden"},
            "values": values,
        },
    }


def main() -> int:
    DOEL.mkdir(parents=True, exist_ok=True)
    bestanden = {naam: artikel(naam, namen) for naam, namen in NODIG.items()}
    bestanden["aow"] = aow()
    kop = "# Gemaakt door benchmarks/openfisca/maak_parameters.py uit src/balans/wet/parameters; niet met de hand wijzigen.\n"
    for naam, node in bestanden.items():
        tekst = yaml.safe_dump(node, allow_unicode=True, sort_keys=False, width=110)
        (DOEL / f"{naam}.yaml").write_text(kop + tekst, encoding="utf-8")
    print(f"{len(bestanden)} bestanden geschreven naar {DOEL}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
