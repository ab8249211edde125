# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Vrijlating van inkomsten uit arbeid, per persoon: Pw art. 31 lid 2 onder n, r, y, z, aa (met lid 5) of
art. 34a. Welke geldt, zeggen de parameters art34a.van_toepassing en art31.vrijlatingen_n_tot_aa_van_toepassing.
Zelfde regels als src/balans/wet/regels/vrijlatingen.py."""

import numpy as np
from balans_openfisca.entities import Huishouden, Persoon
from balans_openfisca.rekenhulp import basispunten_van
from openfisca_core.model_api import MONTH, Variable

WET = "https://wetten.overheid.nl/BWBR0015703/2026-01-01"
niet = np.logical_not


def _feiten(persoon, period):
    """Wat elke vrijlating nodig heeft: loon, werkt, pensioengerechtigd."""
    arbeid = persoon("inkomsten_arbeid", period)
    return arbeid, arbeid > 0, persoon("pensioengerechtigd", period)


class vrijlating_n(Variable):
    value_type = int
    entity = Persoon
    definition_period = MONTH
    label = "Vrijlating onder n: 25%, met een maximum, zes maanden (Pw art. 31 lid 2 onder n)"
    reference = f"{WET}#Artikel31"

    def formula(persoon, period, parameters):
        a = parameters(period).art31
        arbeid, werkt, aow = _feiten(persoon, period)
        oud_genoeg = persoon("leeftijd", period) >= a.minimumleeftijd_vrijlating
        toepassen = persoon.huishouden("vrijlating_toepassen", period)
        kan = werkt & oud_genoeg & (aow | (toepassen & (persoon("vrijlating_n_maanden", period) < a.n_maanden)))
        return np.where(kan, np.minimum(basispunten_van(arbeid, a.n_percentage), a.n_maximum), 0)


class vrijlating_r(Variable):
    value_type = int
    entity = Persoon
    definition_period = MONTH
    label = "Vrijlating onder r: alleenstaande ouder met een kind jonger dan 12, 30 maanden (Pw art. 31 lid 2 onder r)"
    reference = f"{WET}#Artikel31"

    def formula(persoon, period, parameters):
        a = parameters(period).art31
        arbeid, werkt, aow = _feiten(persoon, period)
        oud_genoeg = persoon("leeftijd", period) >= a.minimumleeftijd_vrijlating
        ouder = persoon.has_role(Huishouden.AANVRAGER) & persoon.huishouden("alleenstaande_ouder_jong_kind", period)
        kan = (
            werkt
            & oud_genoeg
            & niet(aow)
            & ouder
            & (persoon("vrijlating_n_maanden", period) >= a.n_maanden)
            & (persoon("vrijlating_r_maanden", period) < a.r_maanden)
        )
        return np.where(kan, np.minimum(basispunten_van(arbeid, a.r_percentage), a.r_maximum), 0)


class vrijlating_y(Variable):
    value_type = int
    entity = Persoon
    definition_period = MONTH
    label = "Vrijlating onder y: medisch urenbeperkt, zonder termijn (Pw art. 31 lid 2 onder y)"
    reference = f"{WET}#Artikel31"

    def formula(persoon, period, parameters):
        a = parameters(period).art31
        arbeid, werkt, aow = _feiten(persoon, period)
        kan = werkt & persoon("medisch_urenbeperkt", period) & niet(aow)
        return np.where(kan, np.minimum(basispunten_van(arbeid, a.y_percentage), a.y_maximum), 0)


class vrijlating_z(Variable):
    value_type = int
    entity = Persoon
    definition_period = MONTH
    label = "Vrijlating onder z: doelgroep loonkostensubsidie, twaalf maanden na onder n (Pw art. 31 lid 2 onder z)"
    reference = f"{WET}#Artikel31"

    def formula(persoon, period, parameters):
        a = parameters(period).art31
        arbeid, werkt, aow = _feiten(persoon, period)
        kan = (
            werkt
            & persoon("doelgroep_loonkostensubsidie", period)
            & niet(aow)
            & (persoon("vrijlating_n_maanden", period) >= a.n_maanden)
            & (persoon("vrijlating_z_maanden", period) < a.z_maanden)
        )
        return np.where(kan, np.minimum(basispunten_van(arbeid, a.z_percentage), a.z_maximum), 0)


class vrijlating_aa(Variable):
    value_type = int
    entity = Persoon
    definition_period = MONTH
    label = "Vrijlating onder aa: doelgroep loonkostensubsidie, meer uren kan niet (Pw art. 31 lid 2 onder aa)"
    reference = f"{WET}#Artikel31"

    def formula(persoon, period, parameters):
        a = parameters(period).art31
        arbeid, werkt, aow = _feiten(persoon, period)
        kan = (
            werkt
            & persoon("doelgroep_loonkostensubsidie", period)
            & niet(aow)
            & (persoon("vrijlating_n_maanden", period) >= a.n_maanden)
            & (persoon("vrijlating_z_maanden", period) >= a.z_maanden)
            & persoon.huishouden("uitbreiding_uren_niet_mogelijk", period)
        )
        return np.where(kan, np.minimum(basispunten_van(arbeid, a.aa_percentage), a.aa_maximum), 0)


class vrijlating_art31(Variable):
    value_type = int
    entity = Persoon
    definition_period = MONTH
    label = "De gunstigste vrijlating van art. 31 lid 2 onder n, r, y, z en aa"
    reference = f"{WET}#Artikel31"

    def formula(persoon, period, parameters):
        return np.maximum.reduce([persoon(f"vrijlating_{x}", period) for x in ("n", "y", "r", "z", "aa")])


class vrijlating_r_gekozen(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "De vrijlating onder r is gekozen (bij gelijke bedragen telt de eerst genoemde: n, y, r)"
    reference = f"{WET}#Artikel31"

    def formula(persoon, period, parameters):
        beste = persoon("vrijlating_art31", period)
        eerder = (persoon("vrijlating_n", period) == beste) | (persoon("vrijlating_y", period) == beste)
        return (persoon("vrijlating_r", period) == beste) & (beste > 0) & niet(eerder)


class art34a_teller(Variable):
    value_type = int
    entity = Persoon
    definition_period = MONTH
    label = "Gebruikte maanden onder art. 34a lid 1 onder a, na een nieuw dienstverband opnieuw (lid 3)"
    reference = f"{WET}#Artikel34a"

    def formula(persoon, period, parameters):
        a = parameters(period).art34a
        gebruikt = persoon("art34a_maanden", period)
        return np.where(persoon.huishouden("nieuw_dienstverband", period) & (gebruikt >= a.a_maanden), 0, gebruikt)


class art34a_a_mogelijk(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "Vrijlating onder a kan: werk, geen pensioenleeftijd, binnen twaalf maanden of verlengd (art. 34a lid 1-2)"
    reference = f"{WET}#Artikel34a"

    def formula(persoon, period, parameters):
        a = parameters(period).art34a
        _, werkt, aow = _feiten(persoon, period)
        hh = persoon.huishouden
        return (
            werkt
            & niet(aow)
            & hh("vrijlating_toepassen", period)
            & ((persoon("art34a_teller", period) < a.a_maanden) | hh("uitbreiding_uren_niet_mogelijk", period))
        )


class vrijlating_art34a(Variable):
    value_type = int
    entity = Persoon
    definition_period = MONTH
    label = "Bijverdienvrijlating (Pw art. 34a lid 1 onder a, b en c)"
    reference = f"{WET}#Artikel34a"

    def formula(persoon, period, parameters):
        a = parameters(period).art34a
        arbeid, werkt, aow = _feiten(persoon, period)
        b_kan = werkt & niet(aow) & persoon("medisch_urenbeperkt", period)
        c_kan = werkt & aow
        return np.select(
            [c_kan, b_kan, persoon("art34a_a_mogelijk", period)],
            [
                np.minimum(basispunten_van(arbeid, a.c_percentage), a.c_maximum),
                basispunten_van(arbeid, a.b_percentage),
                basispunten_van(arbeid, a.a_percentage),
            ],
            0,
        )


class vrijlating(Variable):
    value_type = int
    entity = Persoon
    definition_period = MONTH
    label = "Vrijlating van inkomsten uit arbeid deze maand (eurocent)"
    reference = f"{WET}#Artikel34a"

    def formula(persoon, period, parameters):
        p = parameters(period)
        if p.art34a.van_toepassing:
            return persoon("vrijlating_art34a", period)
        if p.art31.vrijlatingen_n_tot_aa_van_toepassing:
            return persoon("vrijlating_art31", period)
        return persoon.filled_array(0)
