# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Invoer en feiten van het huishouden: wie hoort erbij, leefvorm, kinderen, kostendelers (Pw art. 3, 4, 19a)."""

import numpy as np
from balans_openfisca.entities import Huishouden
from balans_openfisca.rekenhulp import ALLEENSTAANDE, ALLEENSTAANDE_OUDER, GEHUWDEN
from openfisca_core.model_api import MONTH, Variable

WET = "https://wetten.overheid.nl/BWBR0015703/2026-01-01"


class giften(Variable):
    value_type = int
    entity = Huishouden
    definition_period = MONTH
    label = "Giften in geld deze maand (eurocent)"
    reference = f"{WET}#Artikel31"


class giften_in_natura(Variable):
    value_type = int
    entity = Huishouden
    definition_period = MONTH
    label = "Giften in natura deze maand (eurocent)"
    reference = f"{WET}#Artikel31"


class bezittingen(Variable):
    value_type = int
    entity = Huishouden
    definition_period = MONTH
    label = "Bezittingen (eurocent)"
    reference = f"{WET}#Artikel34"


class schulden(Variable):
    value_type = int
    entity = Huishouden
    definition_period = MONTH
    label = "Schulden (eurocent)"
    reference = f"{WET}#Artikel34"


class maatregel_bp(Variable):
    value_type = int
    entity = Huishouden
    definition_period = MONTH
    label = "Maatregel deze maand in basispunten (30% = 3000)"
    reference = f"{WET}#Artikel18"


class taaleis_niet_nagekomen(Variable):
    value_type = bool
    entity = Huishouden
    definition_period = MONTH
    label = "Taaleis niet nagekomen deze maand"
    reference = f"{WET}#Artikel18b"


class vrijlating_toepassen(Variable):
    value_type = bool
    default_value = True
    entity = Huishouden
    definition_period = MONTH
    label = "De vrijlating draagt bij aan arbeidsinschakeling (art. 34a lid 1 onder a)"
    reference = f"{WET}#Artikel34a"


class nieuw_dienstverband(Variable):
    value_type = bool
    entity = Huishouden
    definition_period = MONTH
    label = "Nieuw dienstverband deze maand (art. 34a lid 3)"
    reference = f"{WET}#Artikel34a"


class uitbreiding_uren_niet_mogelijk(Variable):
    value_type = bool
    entity = Huishouden
    definition_period = MONTH
    label = "Meer uren werken kan niet (art. 31 lid 2 onder aa, art. 34a lid 2)"
    reference = f"{WET}#Artikel34a"


class mantelzorg_elders(Variable):
    value_type = bool
    entity = Huishouden
    definition_period = MONTH
    label = "Tijdelijk elders voor mantelzorg (art. 22a lid 4)"
    reference = f"{WET}#Artikel22a"


class toeslagpartner(Variable):
    value_type = bool
    entity = Huishouden
    definition_period = MONTH
    label = "Heeft een toeslagpartner (art. 24a onder b)"
    reference = f"{WET}#Artikel24a"


class heeft_partner(Variable):
    value_type = bool
    entity = Huishouden
    definition_period = MONTH
    label = "Gehuwd of samenwonend als partners (Pw art. 3)"
    reference = f"{WET}#Artikel3"

    def formula(huishouden, period, parameters):
        return huishouden.nb_persons(Huishouden.PARTNER) > 0


class leeftijd_aanvrager(Variable):
    value_type = int
    entity = Huishouden
    definition_period = MONTH
    label = "Leeftijd van de aanvrager"

    def formula(huishouden, period, parameters):
        return huishouden.value_from_person(huishouden.members("leeftijd", period), Huishouden.AANVRAGER)


class leeftijd_partner(Variable):
    value_type = int
    entity = Huishouden
    definition_period = MONTH
    label = "Leeftijd van de partner (-1 zonder partner)"

    def formula(huishouden, period, parameters):
        return huishouden.value_from_person(huishouden.members("leeftijd", period), Huishouden.PARTNER, default=-1)


class jong_aanvrager(Variable):
    value_type = bool
    entity = Huishouden
    definition_period = MONTH
    label = "Aanvrager is jonger dan 21 (Pw art. 20)"
    reference = f"{WET}#Artikel20"

    def formula(huishouden, period, parameters):
        return huishouden("leeftijd_aanvrager", period) < 21


class jong_partner(Variable):
    value_type = bool
    entity = Huishouden
    definition_period = MONTH
    label = "Partner is jonger dan 21 (Pw art. 20)"
    reference = f"{WET}#Artikel20"

    def formula(huishouden, period, parameters):
        return huishouden("heeft_partner", period) & (huishouden("leeftijd_partner", period) < 21)


class aow_aanvrager(Variable):
    value_type = bool
    entity = Huishouden
    definition_period = MONTH
    label = "Aanvrager heeft de pensioengerechtigde leeftijd"

    def formula(huishouden, period, parameters):
        return huishouden.value_from_person(huishouden.members("pensioengerechtigd", period), Huishouden.AANVRAGER)


class aow_partner(Variable):
    value_type = bool
    entity = Huishouden
    definition_period = MONTH
    label = "Partner heeft de pensioengerechtigde leeftijd"

    def formula(huishouden, period, parameters):
        return huishouden.value_from_person(
            huishouden.members("pensioengerechtigd", period), Huishouden.PARTNER, default=False
        )


class kinderen_ten_laste(Variable):
    value_type = int
    entity = Huishouden
    definition_period = MONTH
    label = "Aantal ten laste komende kinderen (Pw art. 4 lid 1)"
    reference = f"{WET}#Artikel4"

    def formula(huishouden, period, parameters):
        # sum() van OpenFisca geeft float64 (np.bincount met gewichten); voor een aantal is dat exact
        return huishouden.sum(huishouden.members("kind_ten_laste", period), role=Huishouden.KIND)


class jongste_kind(Variable):
    value_type = int
    entity = Huishouden
    definition_period = MONTH
    label = "Leeftijd van het jongste ten laste komende kind (99 als er geen is)"

    def formula(huishouden, period, parameters):
        lt = np.where(huishouden.members("kind_ten_laste", period), huishouden.members("leeftijd", period), 99)
        return np.minimum(huishouden.min(lt, role=Huishouden.KIND), 99)


class kostendelers(Variable):
    value_type = int
    entity = Huishouden
    definition_period = MONTH
    label = "Aantal kostendelende medebewoners (Pw art. 19a lid 1)"
    reference = f"{WET}#Artikel19a"

    def formula(huishouden, period, parameters):
        return huishouden.sum(huishouden.members("kostendelende_medebewoner", period), role=Huishouden.MEDEBEWONER)


class leefvorm(Variable):
    value_type = int
    entity = Huishouden
    definition_period = MONTH
    label = "Leefvorm: 0 alleenstaande, 1 alleenstaande ouder, 2 gehuwden (Pw art. 4)"
    reference = f"{WET}#Artikel4"

    def formula(huishouden, period, parameters):
        return np.where(
            huishouden("heeft_partner", period),
            GEHUWDEN,
            np.where(huishouden("kinderen_ten_laste", period) > 0, ALLEENSTAANDE_OUDER, ALLEENSTAANDE),
        )


class alleenstaande_ouder_jong_kind(Variable):
    value_type = bool
    entity = Huishouden
    definition_period = MONTH
    label = "Alleenstaande ouder met een kind jonger dan 12 (Pw art. 31 lid 2 onder r)"
    reference = f"{WET}#Artikel31"

    def formula(huishouden, period, parameters):
        grens = parameters(period).art31.r_kind_jonger_dan
        return (huishouden("leefvorm", period) == ALLEENSTAANDE_OUDER) & (huishouden("jongste_kind", period) < grens)


class partner_niet_rechthebbend(Variable):
    value_type = bool
    entity = Huishouden
    definition_period = MONTH
    label = "De partner heeft zelf geen recht op bijstand (Pw art. 24)"
    reference = f"{WET}#Artikel24"

    def formula(huishouden, period, parameters):
        recht = huishouden.value_from_person(
            huishouden.members("rechthebbend", period), Huishouden.PARTNER, default=True
        )
        return huishouden("heeft_partner", period) & np.logical_not(recht)
