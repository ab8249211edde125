# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Een klein OpenFisca-landmodel met dezelfde rekenkunde als de gevectoriseerde regelkern van balans.

Alleen voor de vergelijking in benchmarks/openfisca/vergelijk.py; balans zelf gebruikt OpenFisca niet.
Parameters: balans_openfisca/parameters (gemaakt door maak_parameters.py). Een beleidsvariant van balans
(src/balans/wet/varianten/<naam>.yaml) wordt hier een OpenFisca-reform (`met_variant`).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import yaml
from openfisca_core import periods
from openfisca_core.reforms import Reform
from openfisca_core.taxbenefitsystems import TaxBenefitSystem

from balans_openfisca import entities
from balans_openfisca.omzetten import omzetten

MAP = Path(__file__).resolve().parent
BALANS_WET = MAP.parent.parent.parent / "src" / "balans" / "wet"


class BalansTaxBenefitSystem(TaxBenefitSystem):
    """De bijstand voor één maand per huishouden: norm, middelen met vrijlating, bijstand."""

    def __init__(self):
        super().__init__(entities.entities)
        self.add_variables_from_directory(str(MAP / "variables"))
        self.load_parameters(str(MAP / "parameters"))

    def get_package_metadata(self) -> dict:
        # niet als pakket geïnstalleerd: zonder dit logt OpenFisca bij elk variabelenbestand een waarschuwing
        return {"name": "balans_openfisca", "version": "0", "repository_url": "", "location": str(MAP.parent)}


def _eenheid(bestand: str, naam: str) -> str:
    inhoud = yaml.safe_load((BALANS_WET / "parameters" / f"{bestand}.yaml").read_text(encoding="utf-8"))
    return inhoud["parameters"][naam]["eenheid"]


def met_variant(basis: TaxBenefitSystem, naam: str) -> TaxBenefitSystem:
    """De variant als reform: vanaf elke datum in de variant geldt haar waarde, net als een overlay in balans."""
    pad = BALANS_WET / "varianten" / f"{naam}.yaml"
    if not pad.exists():
        raise ValueError(f"De variant '{naam}' bestaat niet in {pad.parent}.")
    inhoud = yaml.safe_load(pad.read_text(encoding="utf-8"))
    wijzigingen = []
    for bestand, params in (inhoud.get("wijzigingen") or {}).items():
        for pnaam, p in params.items():
            eenheid = _eenheid(bestand, pnaam)
            rijen = sorted(
                (dt.date.fromisoformat(str(d)), omzetten(eenheid, w.get("waarde"))) for d, w in p["waarden"].items()
            )
            wijzigingen.append((bestand, pnaam, rijen))

    def wijzig(parameters):
        for bestand, pnaam, rijen in wijzigingen:
            node = getattr(parameters, bestand, None)
            param = getattr(node, pnaam, None) if node is not None else None
            if param is None:
                raise ValueError(f"De variant '{naam}' wijzigt {bestand}.{pnaam}; die parameter zit niet in dit model.")
            for datum, waarde in rijen:  # op volgorde: elke latere datum overschrijft vanaf die datum
                param.update(start=periods.instant(datum.isoformat()), value=waarde)
        return parameters

    class Variant(Reform):
        name = f"balans-variant {naam}"

        def apply(self):
            self.modify_parameters(modifier_function=wijzig)

    return Variant(basis)
