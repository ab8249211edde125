# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Wat van maand tot maand meegaat (balans: rekenen/invoer.py, Toestand).

Elke teller heeft twee variabelen: de stand aan het begin van de maand en de stand erna. De stand aan
het begin is de stand erna van de vorige maand. Voor de eerste maand geeft de invoer de stand.

Let op, OpenFisca: als een formule dezelfde variabele in een eerdere maand nodig heeft die nog niet
berekend is, ziet OpenFisca een 'spiraal' en geeft het stil de standaardwaarde (0). Reken de maanden
daarom op volgorde; vergelijk.py maakt zo'n spiraal een fout in plaats van een stille 0.
"""

import numpy as np
from balans_openfisca.entities import Huishouden, Persoon
from openfisca_core.model_api import MONTH, Variable

WET = "https://wetten.overheid.nl/BWBR0015703/2026-01-01"
niet = np.logical_not


def _art31(parameters, period) -> bool:
    p = parameters(period)
    return (not p.art34a.van_toepassing) and bool(p.art31.vrijlatingen_n_tot_aa_van_toepassing)


class vrijlating_n_maanden(Variable):
    value_type = int
    entity = Persoon
    definition_period = MONTH
    label = "Gebruikte maanden onder art. 31 lid 2 onder n, aan het begin van de maand"
    reference = f"{WET}#Artikel31"

    def formula(persoon, period, parameters):
        return persoon("vrijlating_n_maanden_na", period.last_month)


class vrijlating_n_maanden_na(Variable):
    value_type = int
    entity = Persoon
    definition_period = MONTH
    label = "Gebruikte maanden onder n, na deze maand"
    reference = f"{WET}#Artikel31"

    def formula(persoon, period, parameters):
        n = persoon("vrijlating_n_maanden", period)
        if not _art31(parameters, period):
            return n
        a = parameters(period).art31
        werkt = persoon("inkomsten_arbeid", period) > 0
        oud_genoeg = persoon("leeftijd", period) >= a.minimumleeftijd_vrijlating
        # onder de 27 (lid 5) loopt de termijn alleen voor de doelgroep loonkostensubsidie (onder z)
        loopt = (
            werkt
            & persoon.huishouden("vrijlating_toepassen", period)
            & niet(persoon("pensioengerechtigd", period))
            & (n < a.n_maanden)
            & (oud_genoeg | persoon("doelgroep_loonkostensubsidie", period))
        )
        return n + loopt


class vrijlating_r_maanden(Variable):
    value_type = int
    entity = Persoon
    definition_period = MONTH
    label = "Gebruikte maanden onder art. 31 lid 2 onder r, aan het begin van de maand"
    reference = f"{WET}#Artikel31"

    def formula(persoon, period, parameters):
        return persoon("vrijlating_r_maanden_na", period.last_month)


class vrijlating_r_maanden_na(Variable):
    value_type = int
    entity = Persoon
    definition_period = MONTH
    label = "Gebruikte maanden onder r, na deze maand (aaneengesloten: eenmaal begonnen telt elke maand)"
    reference = f"{WET}#Artikel31"

    def formula(persoon, period, parameters):
        r = persoon("vrijlating_r_maanden", period)
        if not _art31(parameters, period):
            return r
        return r + (persoon("vrijlating_r_gekozen", period) | (r > 0))


class vrijlating_z_maanden(Variable):
    value_type = int
    entity = Persoon
    definition_period = MONTH
    label = "Gebruikte maanden onder art. 31 lid 2 onder z, aan het begin van de maand"
    reference = f"{WET}#Artikel31"

    def formula(persoon, period, parameters):
        return persoon("vrijlating_z_maanden_na", period.last_month)


class vrijlating_z_maanden_na(Variable):
    value_type = int
    entity = Persoon
    definition_period = MONTH
    label = "Gebruikte maanden onder z, na deze maand (kalendermaanden na de zes maanden onder n)"
    reference = f"{WET}#Artikel31"

    def formula(persoon, period, parameters):
        z = persoon("vrijlating_z_maanden", period)
        if not _art31(parameters, period):
            return z
        a = parameters(period).art31
        loopt = (
            persoon("doelgroep_loonkostensubsidie", period)
            & niet(persoon("pensioengerechtigd", period))
            & (persoon("vrijlating_n_maanden", period) >= a.n_maanden)
        )
        return z + loopt


class art34a_maanden(Variable):
    value_type = int
    entity = Persoon
    definition_period = MONTH
    label = "Gebruikte maanden onder art. 34a lid 1 onder a, aan het begin van de maand"
    reference = f"{WET}#Artikel34a"

    def formula(persoon, period, parameters):
        return persoon("art34a_maanden_na", period.last_month)


class art34a_maanden_na(Variable):
    value_type = int
    entity = Persoon
    definition_period = MONTH
    label = "Gebruikte maanden onder art. 34a lid 1 onder a, na deze maand (aaneengesloten)"
    reference = f"{WET}#Artikel34a"

    def formula(persoon, period, parameters):
        if not parameters(period).art34a.van_toepassing:
            return persoon("art34a_maanden", period)
        teller = persoon("art34a_teller", period)
        werkt = persoon("inkomsten_arbeid", period) > 0
        aow = persoon("pensioengerechtigd", period)
        # onder a telt alleen als b (medisch urenbeperkt) en c (pensioenleeftijd) niet gelden
        b_of_c = werkt & (aow | persoon("medisch_urenbeperkt", period))
        gebruikt_a = persoon("art34a_a_mogelijk", period) & niet(b_of_c)
        return teller + (gebruikt_a | (teller > 0))


class giften_eerder_dit_jaar(Variable):
    value_type = int
    entity = Huishouden
    definition_period = MONTH
    label = "Giften (geld en natura) eerder dit kalenderjaar ontvangen (eurocent)"
    reference = f"{WET}#Artikel31"

    def formula(huishouden, period, parameters):
        if period.start.month == 1:  # nieuw kalenderjaar: de teller begint opnieuw
            return huishouden.filled_array(0)
        return huishouden("giften_dit_jaar_na", period.last_month)


class giften_dit_jaar_na(Variable):
    value_type = int
    entity = Huishouden
    definition_period = MONTH
    label = "Giften dit kalenderjaar, inclusief deze maand (eurocent)"
    reference = f"{WET}#Artikel31"

    def formula(huishouden, period, parameters):
        return (
            huishouden("giften_eerder_dit_jaar", period)
            + huishouden("giften", period)
            + huishouden("giften_in_natura", period)
        )


class taaleis_maanden(Variable):
    value_type = int
    entity = Huishouden
    definition_period = MONTH
    label = "Maanden waarin de taaleis niet is nagekomen, aan het begin van de maand (Pw art. 18b)"
    reference = f"{WET}#Artikel18b"

    def formula(huishouden, period, parameters):
        return huishouden("taaleis_maand_nr", period.last_month)


class taaleis_maand_nr(Variable):
    value_type = int
    entity = Huishouden
    definition_period = MONTH
    label = "Maanden waarin de taaleis niet is nagekomen, inclusief deze maand"
    reference = f"{WET}#Artikel18b"

    def formula(huishouden, period, parameters):
        return huishouden("taaleis_maanden", period) + huishouden("taaleis_niet_nagekomen", period)
