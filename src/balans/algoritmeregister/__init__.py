"""De beschrijving van balans voor het Algoritmeregister (publicatiestandaard van MinBZK)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml


@dataclass(frozen=True)
class Veld:
    sleutel: str
    label: str
    max_lengte: int | None = None
    verplicht: bool = True


# Volgorde en maxima naar de publicatiestandaard (MinBZK/Algoritmeregister-Publicatiestandaard, hoofdstuk 2).
VELDEN = [
    Veld("naam", "Naam", 100),
    Veld("korte_omschrijving", "Korte omschrijving", 350),
    Veld("organisatie", "Organisatie"),
    Veld("thema", "Thema"),
    Veld("status", "Status"),
    Veld("begindatum", "Begindatum"),
    Veld("contact", "Contactgegevens"),
    Veld("publiekspagina", "Publiekspagina"),
    Veld("publicatiecategorie", "Publicatiecategorie"),
    Veld("doel_en_impact", "Doel en impact", 2500),
    Veld("afwegingen", "Afwegingen", 2500),
    Veld("menselijke_tussenkomst", "Menselijke tussenkomst", 2500),
    Veld("risicobeheer", "Risicobeheer", 2500),
    Veld("wettelijke_basis", "Wettelijke basis"),
    Veld("gegevens", "Gegevens", 2500),
    Veld("technische_werking", "Technische werking", 2500),
    Veld("impacttoetsen", "Impacttoetsen", 2500),
    Veld("bronregistratie", "Bronregistratie", verplicht=False),
]


@cache
def laad() -> dict:
    return yaml.safe_load((Path(__file__).parent / "balans.yaml").read_text(encoding="utf-8"))
