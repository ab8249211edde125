# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""De beschrijving in de sleutels van de aanlever-API van het Algoritmeregister (versie 1.0).

balans.yaml gebruikt de Nederlandse veldnamen van de publicatiestandaard; het register zelf leest Engelse
machinesleutels (`name`, `description_short`, ...). Deze module zet de ene vorm om in de andere en
tests/brieven/test_algoritmeregister.py controleert de uitkomst tegen het invoerschema van het register
(aanleverapi-1.0.schema.json, met bron).
Wat nog niet bestaat ('nog te publiceren') blijft weg: het register krijgt geen nep-adres.
"""

from __future__ import annotations

import html
import json
from functools import cache
from pathlib import Path

from balans.algoritmeregister import NOG_TE_PUBLICEREN, laad

SCHEMA_BESTAND = Path(__file__).parent / "aanleverapi-1.0.schema.json"

# veld in balans.yaml -> sleutel van het register
SLEUTELS = {
    "naam": "name",
    "korte_omschrijving": "description_short",
    "organisatie": "organization",
    "thema": "category",
    "status": "status",
    "begindatum": "begin_date",
    "einddatum": "end_date",
    "contactgegevens": "contact_email",
    "publiekspagina": "website",
    "publicatiecategorie": "publication_category",
    "bronregistratie": "url",
    "doel_en_impact": "goal",
    "afwegingen": "proportionality",
    "menselijke_tussenkomst": "human_intervention",
    "risicobeheer": "risks",
    "wettelijke_basis": "lawful_basis",
    "verwerkingsregister": "process_index_url",
    "toelichting_op_impacttoetsen": "impacttoetsen",
    "gegevens": "source_data",
    "technische_werking": "methods_and_models",
    "leverancier": "provider",
    "link_naar_broncode": "publiccode",
    "taal": "lang",
    "bron_id": "source_id",
    "zoektermen": "tags",
}
# velden waarin het register html toestaat (div, br, p, ul, ol, li): alinea's worden <p>
MET_HTML = {
    "goal",
    "proportionality",
    "human_intervention",
    "risks",
    "lawful_basis",
    "impacttoetsen",
    "source_data",
    "methods_and_models",
    "tags",
}
# de standaard noemt haar versie 1.0.0, de API 1.0
STANDAARD_VERSIE = {"1.0.0": "1.0"}
# de standaard schrijft het meervoud, de API het enkelvoud
CATEGORIE = {"Hoog-risico AI-systemen": "Hoog-risico AI-systeem"}


@cache
def schema() -> dict:
    return json.loads(SCHEMA_BESTAND.read_text(encoding="utf-8"))


def _alineas(tekst: str) -> str:
    return "".join(f"<p>{html.escape(a.strip(), quote=False)}</p>" for a in tekst.split("\n") if a.strip())


def _bestaat(w) -> bool:
    return w not in (None, "", [], NOG_TE_PUBLICEREN)


def aanlevering(beschrijving: dict | None = None) -> dict:
    """De beschrijving als AlgorithmIn van de aanlever-API 1.0 (velden zonder waarde weggelaten)."""
    b = laad() if beschrijving is None else beschrijving
    uit: dict = {}
    for veld, sleutel in SLEUTELS.items():
        w = b.get(veld)
        if not _bestaat(w):
            continue
        uit[sleutel] = _alineas(w) if sleutel in MET_HTML and isinstance(w, str) else w
    links = [
        {"title": x["titel"], "link": x["url"]}
        for x in b.get("link_naar_wettelijke_basis") or []
        if _bestaat(x.get("url"))
    ]
    if links:
        uit["lawful_basis_grouping"] = links
    if _bestaat(b.get("link_naar_gegevensbron")):
        uit["source_data_grouping"] = [
            {"title": b.get("titel_van_gegevensbron") or "", "link": b["link_naar_gegevensbron"]}
        ]
    if _bestaat(b.get("link_naar_impacttoets")):
        uit["impacttoetsen_grouping"] = [{"title": b.get("impacttoetsen") or "", "link": b["link_naar_impacttoets"]}]
    if "publication_category" in uit:
        uit["publication_category"] = CATEGORIE.get(uit["publication_category"], uit["publication_category"])
    if b.get("schema") in STANDAARD_VERSIE:
        uit["standard_version"] = STANDAARD_VERSIE[b["schema"]]
    return uit
