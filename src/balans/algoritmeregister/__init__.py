# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""De beschrijving van balans voor het Algoritmeregister.

Velden, volgorde en maxima volgen de publicatiestandaard van MinBZK (Algoritmeregister-Publicatiestandaard,
hoofdstuk 2 'Informatievelden', schema 1.0.0). De tekst staat in balans.yaml; een gemeente vult de velden
in `nog_in_te_vullen` zelf in voordat zij publiceert.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

SCHEMA = "1.0.0"


@dataclass(frozen=True)
class Veld:
    sleutel: str
    label: str  # de naam van het veld in de standaard
    max_lengte: int | None = None  # in tekens; de standaard schrijft '<N tekens'
    verplicht: bool = False  # 'Verplicht': zonder dit veld wordt niet gepubliceerd
    altijd_tonen: bool = False  # 'Ja': het register toont 'Veld niet ingevuld' als het leeg is
    soort: str = "tekst"  # tekst, url, url_of_mail, maand (yyyy-mm), keuze, lijst, links
    groep: str = "Algemene informatie"
    b1: bool = False  # de standaard vraagt B1-taalniveau
    keuzes: tuple[str, ...] = ()


_A, _V, _W, _M = "Algemene informatie", "Verantwoord gebruik", "Werking", "Metadata"

VELDEN: list[Veld] = [
    Veld("naam", "Naam", 100, verplicht=True),
    Veld("korte_omschrijving", "Korte omschrijving", 350, verplicht=True, b1=True),
    Veld("organisatie", "Organisatie", 100, verplicht=True),
    Veld("thema", "Thema", altijd_tonen=True, soort="lijst"),
    Veld("status", "Status", verplicht=True, soort="keuze", keuzes=("In gebruik", "In ontwikkeling", "Buiten gebruik")),
    Veld("begindatum", "Begindatum", altijd_tonen=True, soort="maand"),
    Veld("einddatum", "Einddatum", altijd_tonen=True, soort="maand"),  # leeg zolang het in gebruik is
    Veld("contactgegevens", "Contactgegevens", verplicht=True, soort="url_of_mail"),
    Veld("publiekspagina", "Link naar publiekspagina", soort="url"),
    Veld(
        "publicatiecategorie",
        "Publicatiecategorie",
        verplicht=True,
        soort="keuze",
        keuzes=("Hoog-risico AI-systemen", "Impactvolle algoritmes", "Overige algoritmes"),
    ),
    Veld("bronregistratie", "Link naar bronregistratie", soort="url"),
    Veld("doel_en_impact", "Doel en impact", 2500, altijd_tonen=True, groep=_V, b1=True),
    Veld("afwegingen", "Afwegingen", 2500, altijd_tonen=True, groep=_V, b1=True),
    Veld("menselijke_tussenkomst", "Menselijke tussenkomst", 2500, altijd_tonen=True, groep=_V, b1=True),
    Veld("risicobeheer", "Risicobeheer", 2500, altijd_tonen=True, groep=_V),
    Veld("wettelijke_basis", "Wettelijke basis", 2500, groep=_V),
    Veld("link_naar_wettelijke_basis", "Link naar wettelijke basis", altijd_tonen=True, soort="links", groep=_V),
    Veld("verwerkingsregister", "Verwerkingsregister", soort="url", groep=_V),
    Veld("impacttoetsen", "Impacttoets(en)", altijd_tonen=True, groep=_V),
    Veld("link_naar_impacttoets", "Link naar impacttoets", soort="url", groep=_V),
    Veld("toelichting_op_impacttoetsen", "Toelichting op impacttoetsen", 2500, groep=_V),
    Veld("gegevens", "Gegevens", 2500, altijd_tonen=True, groep=_W),
    Veld("link_naar_gegevensbron", "Link naar gegevensbron", soort="url", groep=_W),
    Veld("titel_van_gegevensbron", "Titel van gegevensbron", 500, groep=_W),
    Veld("technische_werking", "Technische werking", 5000, altijd_tonen=True, groep=_W),
    Veld("leverancier", "Leverancier", 200, altijd_tonen=True, groep=_W),
    Veld("link_naar_broncode", "Link naar broncode", soort="url", groep=_W),
    Veld("taal", "Taal", verplicht=True, groep=_M, keuzes=("nld",), soort="keuze"),
    Veld("schema", "Schema", verplicht=True, groep=_M, keuzes=("0.3.0", "0.3.1", "0.4.0", "1.0.0"), soort="keuze"),
    Veld("bron_id", "Bron-ID", 100, groep=_M),
    Veld("zoektermen", "Zoektermen", 2500, groep=_M),
]

# Wat nog niet bestaat, schrijven we zo; er komt geen verzonnen adres in het register.
NOG_TE_PUBLICEREN = "nog te publiceren"


@cache
def _lees() -> dict:
    return yaml.safe_load((Path(__file__).parent / "balans.yaml").read_text(encoding="utf-8"))


def laad() -> dict:
    """De beschrijving als dict (gelezen en bewaard bij de eerste aanroep; elke aanroep een eigen kopie)."""
    return copy.deepcopy(_lees())
