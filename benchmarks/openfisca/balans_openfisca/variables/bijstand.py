# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Recht, bijstand, verlaging en vakantietoeslag (Pw art. 13, 19, 34, 18, 18b). Zelfde regels als
src/balans/rekenen/maand.py, wet/regels/art34_vermogen.py en art18_verlaging.py."""

import numpy as np
from balans_openfisca.entities import Huishouden
from balans_openfisca.rekenhulp import (
    ALLEENSTAANDE_OUDER,
    GEHUWDEN,
    basispunten_van,
    deel_half_omhoog,
    i64,
)
from openfisca_core.model_api import MONTH, Variable

WET = "https://wetten.overheid.nl/BWBR0015703/2026-01-01"


class vermogen_binnen_grens(Variable):
    value_type = bool
    entity = Huishouden
    definition_period = MONTH
    label = "Vermogen (bezittingen min schulden) binnen de grens van de leefvorm (Pw art. 34)"
    reference = f"{WET}#Artikel34"

    def formula(huishouden, period, parameters):
        a = parameters(period).art34
        if a.toets != "doorlopend":
            raise NotImplementedError(f"De vermogenstoets '{a.toets}' (vóór 2026) zit niet in dit model.")
        v = np.maximum(i64(huishouden("bezittingen", period)) - huishouden("schulden", period), 0)
        lv = huishouden("leefvorm", period)
        grens = np.select(
            [lv == GEHUWDEN, lv == ALLEENSTAANDE_OUDER],
            [a.grens_gehuwden, a.grens_alleenstaande_ouder],
            a.grens_alleenstaande,
        )
        return v <= grens


class recht(Variable):
    value_type = bool
    entity = Huishouden
    definition_period = MONTH
    label = "Recht op bijstand: 18 jaar of ouder (art. 13 lid 1 onder f) en vermogen binnen de grens"
    reference = f"{WET}#Artikel13"

    def formula(huishouden, period, parameters):
        return (huishouden("leeftijd_aanvrager", period) >= 18) & huishouden("vermogen_binnen_grens", period)


class bijstand_voor_verlaging(Variable):
    value_type = int
    entity = Huishouden
    definition_period = MONTH
    label = "Norm min middelen, niet onder nul (Pw art. 19 lid 1)"
    reference = f"{WET}#Artikel19"

    def formula(huishouden, period, parameters):
        bruto = np.maximum(i64(huishouden("norm", period)) - huishouden("middelen", period), 0)
        return np.where(huishouden("recht", period), bruto, 0)


class verlaging(Variable):
    value_type = int
    entity = Huishouden
    definition_period = MONTH
    label = "Verlaging door een maatregel (art. 18 lid 2) en de taaleis (art. 18b), niet meer dan de bijstand"
    reference = f"{WET}#Artikel18"

    def formula(huishouden, period, parameters):
        p = parameters(period)
        norm = i64(huishouden("norm", period))
        voor = i64(huishouden("bijstand_voor_verlaging", period))
        grondslag = norm if p.art18.maatregel_grondslag == "norm" else voor
        maatregel = deel_half_omhoog(grondslag * huishouden("maatregel_bp", period), 10000)
        t = p.art18b
        maand_nr = huishouden("taaleis_maand_nr", period)
        bp = np.select(
            [maand_nr <= t.maanden_eerste, maand_nr <= t.maanden_eerste + t.maanden_tweede],
            [t.percentage_eerste, t.percentage_tweede],
            t.percentage_daarna,
        )
        taaleis = np.where(huishouden("taaleis_niet_nagekomen", period), deel_half_omhoog(norm * bp, 10000), 0)
        return np.minimum(maatregel + taaleis, voor)


class bijstand(Variable):
    value_type = int
    entity = Huishouden
    definition_period = MONTH
    label = "Bijstand deze maand, inclusief vakantietoeslag (eurocent)"
    reference = f"{WET}#Artikel19"

    def formula(huishouden, period, parameters):
        return i64(huishouden("bijstand_voor_verlaging", period)) - huishouden("verlaging", period)


class vakantietoeslag(Variable):
    value_type = int
    entity = Huishouden
    definition_period = MONTH
    label = "Het deel vakantietoeslag in de bijstand (Pw art. 19 lid 3)"
    reference = f"{WET}#Artikel19"

    def formula(huishouden, period, parameters):
        return basispunten_van(huishouden("bijstand", period), parameters(period).art19.vakantietoeslag_percentage)
