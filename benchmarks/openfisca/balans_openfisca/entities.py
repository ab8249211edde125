# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Entiteiten: een persoon en het huishouden waarin hij een rol heeft (Pw art. 3 en 4, art. 19a)."""

from openfisca_core.entities import build_entity

Persoon = build_entity(
    key="persoon",
    plural="personen",
    label="Persoon",
    doc="Iemand in het huishouden: de aanvrager, de partner, een kind of een medebewoner.",
    is_person=True,
)

Huishouden = build_entity(
    key="huishouden",
    plural="huishoudens",
    label="Huishouden",
    doc="Het huishouden dat bijstand vraagt, met de kinderen en de andere mensen in de woning.",
    roles=[
        {"key": "aanvrager", "label": "Aanvrager", "max": 1},
        {"key": "partner", "label": "Partner (echtgenoot, Pw art. 3)", "max": 1},
        {"key": "kind", "plural": "kinderen", "label": "Kind (Pw art. 4)"},
        {"key": "medebewoner", "plural": "medebewoners", "label": "Medebewoner (Pw art. 19a)"},
    ],
)

entities = [Huishouden, Persoon]
