# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Wat een beleidsrun oplevert: alles wat het rapport (HTML, PDF, webpagina) toont."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from balans.beleid.armoedeval import Armoedeval
from balans.beleid.indicatoren import Indicatoren
from balans.beleid.toetsingskader import Score

# BUIG-macrobudget (bijstand plus loonkostensubsidie), definitief 2025: € 7.779,8 miljoen.
# Bron: https://www.rijksoverheid.nl/actueel/nieuws/2025/09/30/voorlopige-bijstandsbudgetten-2026-en-definitieve-budgetten-2025-bekend
BUIG_2025_CENTEN = 7_779_800_000_00
BUIG_BRON = (
    "https://www.rijksoverheid.nl/actueel/nieuws/2025/09/30/"
    "voorlopige-bijstandsbudgetten-2026-en-definitieve-budgetten-2025-bekend"
)


@dataclass
class VariantInfo:
    naam: str
    omschrijving: str
    bronnen: list[str] = field(default_factory=list)


@dataclass
class Parameterverschil:
    variant: str
    parameter: str  # 'art31.n_percentage'
    artikel: str
    omschrijving: str
    basis: str  # waarde als tekst, zoals een mens haar leest
    waarde: str
    vanaf: dt.date  # eerste maand in de periode waarin het verschil geldt


@dataclass
class Aanname:
    naam: str
    waarde: str
    bron: str | None  # URL, of None als het een aanname is
    toelichting: str = ""


@dataclass
class Uitkomst:
    naam: str
    van: dt.date
    tot_en_met: dt.date
    huishoudens: int
    zaadje: int
    backend: str  # 'numpy' of 'dask'
    verrekenmethode: str | None
    basis: str
    varianten: list[VariantInfo]  # de basis eerst
    indicatoren: Indicatoren
    armoedeval: dict[str, Armoedeval]  # per variant
    toets: list[Score]
    verschillen: list[Parameterverschil]
    aannames: list[Aanname]
    gedrag: dict[str, str]  # gedragsreacties: naam -> waarde (standaard uit)
    rekentijd_s: float
    gemaakt_op: dt.datetime
    buig_centen: int = BUIG_2025_CENTEN
    buig_bron: str = BUIG_BRON
    met_gedrag: bool = False  # gedragsreacties aan: de uitkomsten van de varianten zijn 'met gedragsreactie'
    gedrag_effect: dict = field(default_factory=dict)  # per variant: werkenden, uren voor/na (in honderdsten), ...
    stroom: dict | None = None
    # per variant: marginale druk met het hele inkomen (beleid/marginale_druk.py); leeg bij oude uitkomsten
    marginale_druk: dict = field(
        default_factory=dict
    )  # met in- en uitstroom: instroom, uitstroom, aow, stand_begin, stand_eind, huishoudmaanden
    ontvangstbewijs: dict | None = None  # balans.ontvangstbewijs.voor_beleid; rapport_json zet de uitkomstHash erbij
