# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Middelen: inkomsten min vrijlating, giften boven de grens (Pw art. 31-34a) en het inkomen van een
niet-rechthebbende partner (art. 32 lid 3). Zelfde regels als src/balans/rekenen/maand.py."""

import numpy as np
from balans_openfisca.entities import Huishouden
from balans_openfisca.rekenhulp import i64
from openfisca_core.model_api import MONTH, Variable

WET = "https://wetten.overheid.nl/BWBR0015703/2026-01-01"


class vrijlating_aanvrager(Variable):
    value_type = int
    entity = Huishouden
    definition_period = MONTH
    label = "Vrijlating van de aanvrager (eurocent)"

    def formula(huishouden, period, parameters):
        return huishouden.value_from_person(huishouden.members("vrijlating", period), Huishouden.AANVRAGER)


class vrijlating_partner(Variable):
    value_type = int
    entity = Huishouden
    definition_period = MONTH
    label = "Vrijlating van de partner (eurocent)"

    def formula(huishouden, period, parameters):
        return huishouden.value_from_person(huishouden.members("vrijlating", period), Huishouden.PARTNER)


class giften_tellen_mee(Variable):
    value_type = int
    entity = Huishouden
    definition_period = MONTH
    label = "Giften boven het vrije bedrag per kalenderjaar (Pw art. 31 lid 2 onder m)"
    reference = f"{WET}#Artikel31"

    def formula(huishouden, period, parameters):
        grens = parameters(period).art31.giften_vrij_per_kalenderjaar
        if grens is None:
            raise NotImplementedError(
                f"Voor {period} bepaalt de gemeente welke giften vrij zijn (vóór 2026). Dat zit niet in dit model."
            )
        deze_maand = i64(huishouden("giften", period)) + huishouden("giften_in_natura", period)
        ruimte = np.maximum(grens - i64(huishouden("giften_eerder_dit_jaar", period)), 0)
        return np.maximum(deze_maand - ruimte, 0)


class middelen_eigen(Variable):
    value_type = int
    entity = Huishouden
    definition_period = MONTH
    label = "Middelen van de aanvrager: inkomsten min vrijlating, plus giften die meetellen"
    reference = f"{WET}#Artikel31"

    def formula(huishouden, period, parameters):
        inkomsten = huishouden.value_from_person(huishouden.members("inkomsten", period), Huishouden.AANVRAGER)
        return i64(inkomsten) - huishouden("vrijlating_aanvrager", period) + huishouden("giften_tellen_mee", period)


class inkomen_partner_telt(Variable):
    value_type = int
    entity = Huishouden
    definition_period = MONTH
    label = "Het deel van het inkomen van de partner dat meetelt (Pw art. 32 lid 3 bij een niet-rechthebbende partner)"
    reference = f"{WET}#Artikel32"

    def formula(huishouden, period, parameters):
        inkomsten = huishouden.value_from_person(huishouden.members("inkomsten", period), Huishouden.PARTNER)
        partner = i64(inkomsten) - huishouden("vrijlating_partner", period)
        eigen = i64(huishouden("middelen_eigen", period))
        norm = i64(huishouden("norm", period))
        bijstand_zonder = np.maximum(norm - eigen, 0)
        boven = partner + eigen + bijstand_zonder - huishouden("norm_huishouden", period)
        telt = np.minimum(np.maximum(boven, 0), partner)
        return np.where(huishouden("partner_niet_rechthebbend", period), telt, partner)


class middelen(Variable):
    value_type = int
    entity = Huishouden
    definition_period = MONTH
    label = "Wat meetelt als inkomen deze maand (eurocent)"
    reference = f"{WET}#Artikel31"

    def formula(huishouden, period, parameters):
        return i64(huishouden("middelen_eigen", period)) + huishouden("inkomen_partner_telt", period)
