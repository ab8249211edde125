# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Invoer en feiten per persoon: geboortedatum, leeftijd, pensioengerechtigde leeftijd, inkomsten."""

import numpy as np
from balans_openfisca.entities import Huishouden, Persoon
from balans_openfisca.rekenhulp import GEEN_PERSOON, i64
from balans_openfisca.rekenhulp import leeftijd as leeftijd_op
from openfisca_core.model_api import ETERNITY, MONTH, Variable

EERSTE_AOW_JAAR = 2012  # AOW art. 7a lid 1 onder a: wie de leeftijd vóór 2013 bereikt, 65 jaar
WET = "https://wetten.overheid.nl/BWBR0015703"


class geboortejaar(Variable):
    value_type = int
    default_value = GEEN_PERSOON
    entity = Persoon
    definition_period = ETERNITY
    label = "Geboortejaar"


class geboortemaand(Variable):
    value_type = int
    default_value = 1
    entity = Persoon
    definition_period = ETERNITY
    label = "Geboortemaand (1-12)"


class geboortedag(Variable):
    value_type = int
    default_value = 1
    entity = Persoon
    definition_period = ETERNITY
    label = "Geboortedag (1-31)"


class leeftijd(Variable):
    value_type = int
    entity = Persoon
    definition_period = MONTH
    label = "Leeftijd in hele jaren op de eerste dag van de maand"
    reference = "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel13"

    def formula(persoon, period, parameters):
        return leeftijd_op(
            persoon("geboortejaar", period),
            persoon("geboortemaand", period),
            persoon("geboortedag", period),
            period.start.year,
            period.start.month,
        )


def _aow_datums(parameters, pj: int, j, m):
    """De datum (JJJJMMDD zonder de dag) waarop iemand geboren in (j, m) de pensioengerechtigde leeftijd bereikt.

    Het eerste kalenderjaar waarin geboortedatum + de leeftijd van dat jaar in dat jaar valt. Jaren na pj
    zijn niet nodig: wie de leeftijd dan pas bereikt, heeft haar in jaar pj nog niet (99991200).
    """
    voorwaarden, datums = [], []
    for jaar in range(EERSTE_AOW_JAAR, pj + 1):
        maanden = parameters(f"{jaar}-01-01").aow.pensioengerechtigde_leeftijd_maanden
        t = m - 1 + maanden
        bereikt_in = j + t // 12
        voorwaarden.append(bereikt_in <= jaar if jaar == EERSTE_AOW_JAAR else bereikt_in == jaar)
        datums.append(bereikt_in * 10000 + (t % 12 + 1) * 100)
    return np.select(voorwaarden, datums, default=99991200)


LUT_VAN, LUT_TOT = 1850, 2200  # zelfde opzoektabel als balans (wet/regels/leeftijd.py): daarbuiten afgekapt


class pensioengerechtigd(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "Heeft op de eerste dag van de maand de pensioengerechtigde leeftijd (Pw art. 1 onder m)"
    reference = "https://wetten.overheid.nl/BWBR0002221/2025-01-01#Artikel7a"

    def formula(persoon, period, parameters):
        pj, pm = period.start.year, period.start.month
        # De datum hangt alleen van geboortejaar en -maand af: één tabel per maand in plaats van de hele
        # AOW-tabel per persoon (balans doet hetzelfde). Vóór 1850: al lang bereikt; 2200 en later nog niet.
        jaren = np.repeat(np.arange(LUT_VAN, LUT_TOT + 1), 12)
        maanden = np.tile(np.arange(1, 13), LUT_TOT - LUT_VAN + 1)
        tabel = _aow_datums(parameters, pj, jaren, maanden)
        j = i64(persoon("geboortejaar", period))
        m = i64(persoon("geboortemaand", period))
        datum = tabel[(np.clip(j, LUT_VAN, LUT_TOT) - LUT_VAN) * 12 + (m - 1)] + persoon("geboortedag", period)
        return datum <= pj * 10000 + pm * 100 + 1


class inkomsten_arbeid(Variable):
    value_type = int
    entity = Persoon
    definition_period = MONTH
    label = "Netto inkomsten uit arbeid deze maand (eurocent)"
    reference = f"{WET}/2026-01-01#Artikel32"


class inkomsten_uitkering(Variable):
    value_type = int
    entity = Persoon
    definition_period = MONTH
    label = "Uitkering deze maand (eurocent)"
    reference = f"{WET}/2026-01-01#Artikel32"


class inkomsten_overig(Variable):
    value_type = int
    entity = Persoon
    definition_period = MONTH
    label = "Overige inkomsten deze maand (eurocent)"
    reference = f"{WET}/2026-01-01#Artikel32"


class inkomsten(Variable):
    value_type = int
    entity = Persoon
    definition_period = MONTH
    label = "Alle inkomsten deze maand (eurocent), vóór vrijlating"
    reference = f"{WET}/2026-01-01#Artikel31"

    def formula(persoon, period, parameters):
        return (
            i64(persoon("inkomsten_arbeid", period))
            + persoon("inkomsten_uitkering", period)
            + persoon("inkomsten_overig", period)
        )


class medisch_urenbeperkt(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "Medisch urenbeperkt"
    reference = f"{WET}/2026-01-01#Artikel34a"


class doelgroep_loonkostensubsidie(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "Hoort bij de doelgroep loonkostensubsidie"
    reference = f"{WET}/2026-01-01#Artikel31"


class beroep_op_ouders_mogelijk(Variable):
    value_type = bool
    default_value = True
    entity = Persoon
    definition_period = MONTH
    label = "Kan een beroep doen op de ouders (Pw art. 20 lid 3)"
    reference = f"{WET}/2026-01-01#Artikel20"


class rechthebbend(Variable):
    value_type = bool
    default_value = True
    entity = Persoon
    definition_period = MONTH
    label = "Heeft zelf recht op bijstand (voor de partner: Pw art. 24)"
    reference = f"{WET}/2026-01-01#Artikel24"


class kostendeler_uitzondering(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "Medebewoner die geen kostendeler is: commerciële huur of studiefinanciering (Pw art. 19a lid 1)"
    reference = f"{WET}/2026-01-01#Artikel19a"


class kind_ten_laste(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "Ten laste komend kind: jonger dan 18 (Pw art. 4 lid 1)"
    reference = f"{WET}/2026-01-01#Artikel4"

    def formula(persoon, period, parameters):
        lt = persoon("leeftijd", period)
        return persoon.has_role(Huishouden.KIND) & (lt >= 0) & (lt < 18)


class kostendelende_medebewoner(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "Kostendelende medebewoner: 27 jaar of ouder, geen uitzondering (Pw art. 19a lid 1)"
    reference = f"{WET}/2026-01-01#Artikel19a"

    def formula(persoon, period, parameters):
        grens = parameters(period).art19a.kostendeler_minimumleeftijd
        return (
            persoon.has_role(Huishouden.MEDEBEWONER)
            & (persoon("leeftijd", period) >= grens)
            & np.logical_not(persoon("kostendeler_uitzondering", period))
        )
