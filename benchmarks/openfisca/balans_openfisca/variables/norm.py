# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""De norm: Pw art. 20-22 (leeftijd en leefvorm), art. 22a (kostendelers), art. 24 (niet-rechthebbende
partner), art. 20 lid 3-4 (jongerentoeslag) en art. 24a (ophoging). Zelfde volgorde en afronding als
src/balans/wet/regels/normen.py."""

import numpy as np
from balans_openfisca.entities import Huishouden
from balans_openfisca.rekenhulp import basispunten_van, deel_half_omhoog, i64
from openfisca_core.model_api import MONTH, Variable

WET = "https://wetten.overheid.nl/BWBR0015703/2026-01-01"


def kostendelersnorm_per_persoon(a_getal, b, art22a):
    """Art. 22a lid 1: ((40 + A x 30) / A)% van B, half naar boven op hele centen."""
    a_getal = i64(a_getal)
    return deel_half_omhoog(i64(b) * (art22a.basispercentage + a_getal * art22a.opslag_per_persoon), a_getal * 10000)


class basisnorm(Variable):
    value_type = int
    entity = Huishouden
    definition_period = MONTH
    label = "Norm naar leeftijd en leefvorm, zonder kostendelers (Pw art. 20, 21, 22)"
    reference = f"{WET}#Artikel21"

    def formula(huishouden, period, parameters):
        p = parameters(period)
        g = huishouden("heeft_partner", period)
        k = huishouden("kinderen_ten_laste", period) > 0
        ja, jp = huishouden("jong_aanvrager", period), huishouden("jong_partner", period)
        aa, ap = huishouden("aow_aanvrager", period), huishouden("aow_partner", period)
        return np.select(
            [
                g & aa & ap,
                g & (aa | ap),
                g & ja & jp & k,
                g & ja & jp,
                g & (ja | jp) & k,
                g & (ja | jp),
                g,
                aa,
                ja & k,
                ja,
            ],
            [
                p.art22.gehuwden_beiden_aow,
                p.art22.gehuwden_een_aow,
                p.art20.gehuwden_beiden_jonger_kinderen,
                p.art20.gehuwden_beiden_jonger,
                p.art20.gehuwden_een_jonger_kinderen,
                p.art20.gehuwden_een_jonger,
                p.art21.gehuwden,
                p.art22.alleenstaande,
                p.art20.alleenstaande_ouder,
                p.art20.alleenstaande,
            ],
            p.art21.alleenstaande,
        )


class kostendelers_tellen(Variable):
    value_type = bool
    entity = Huishouden
    definition_period = MONTH
    label = "Er zijn kostendelers en geen mantelzorg elders (Pw art. 22a lid 1 en 4)"
    reference = f"{WET}#Artikel22a"

    def formula(huishouden, period, parameters):
        mantelzorg = huishouden("mantelzorg_elders", period) & (parameters(period).art22a.mantelzorg_elders is True)
        return (huishouden("kostendelers", period) > 0) & np.logical_not(mantelzorg)


class kostendelers_a_getal(Variable):
    value_type = int
    entity = Huishouden
    definition_period = MONTH
    label = "A in art. 22a lid 1: de kostendelers, de belanghebbende en de echtgenoot van 21 of ouder"
    reference = f"{WET}#Artikel22a"

    def formula(huishouden, period, parameters):
        g = huishouden("heeft_partner", period)
        een_jong = g & (huishouden("jong_aanvrager", period) | huishouden("jong_partner", period))
        kd = huishouden("kostendelers", period)
        return np.where(een_jong, kd + 1, kd + 1 + g)


def _gehuwdennorm_b(p, aow_zelf, aow_ander):
    """Art. 22a lid 1: B is art. 21 onder b, of art. 22 onder c of b bij de pensioengerechtigde leeftijd."""
    return np.where(
        aow_zelf, p.art22.gehuwden_beiden_aow, np.where(aow_ander, p.art22.gehuwden_een_aow, p.art21.gehuwden)
    )


class kostendelersnorm_aanvrager(Variable):
    value_type = int
    entity = Huishouden
    definition_period = MONTH
    label = "Kostendelersnorm per persoon, met B voor de aanvrager (Pw art. 22a lid 1)"
    reference = f"{WET}#Artikel22a"

    def formula(huishouden, period, parameters):
        p = parameters(period)
        b = _gehuwdennorm_b(p, huishouden("aow_aanvrager", period), huishouden("aow_partner", period))
        return kostendelersnorm_per_persoon(huishouden("kostendelers_a_getal", period), b, p.art22a)


class kostendelersnorm_partner(Variable):
    value_type = int
    entity = Huishouden
    definition_period = MONTH
    label = "Kostendelersnorm per persoon, met B voor de partner (Pw art. 22a lid 1)"
    reference = f"{WET}#Artikel22a"

    def formula(huishouden, period, parameters):
        p = parameters(period)
        b = _gehuwdennorm_b(p, huishouden("aow_partner", period), huishouden("aow_aanvrager", period))
        return kostendelersnorm_per_persoon(huishouden("kostendelers_a_getal", period), b, p.art22a)


class kostendelersnorm(Variable):
    value_type = int
    entity = Huishouden
    definition_period = MONTH
    label = "Kostendelersnorm van het huishouden (Pw art. 22a lid 1-3)"
    reference = f"{WET}#Artikel22a"

    def formula(huishouden, period, parameters):
        p = parameters(period).art22a
        g = huishouden("heeft_partner", period)
        ja = huishouden("jong_aanvrager", period)
        een_jong = g & (ja | huishouden("jong_partner", period))
        per_a = huishouden("kostendelersnorm_aanvrager", period)
        per_p = huishouden("kostendelersnorm_partner", period)
        jong_deel = np.where(
            huishouden("kinderen_ten_laste", period) > 0, p.partner_jonger_kinderen, p.partner_jonger_zonder_kinderen
        )
        return np.where(een_jong, i64(np.where(ja, per_p, per_a)) + jong_deel, np.where(g, i64(per_a) + per_p, per_a))


class norm_huishouden(Variable):
    value_type = int
    entity = Huishouden
    definition_period = MONTH
    label = "Norm van het huishouden na art. 20-22a (de gehuwdennorm in art. 32 lid 3)"
    reference = f"{WET}#Artikel22a"

    def formula(huishouden, period, parameters):
        g = huishouden("heeft_partner", period)
        a_21 = np.logical_not(huishouden("jong_aanvrager", period))
        p_21 = g & np.logical_not(huishouden("jong_partner", period))
        toepassen = huishouden("kostendelers_tellen", period) & (a_21 | p_21)  # art. 22a: alleen vanaf 21
        return np.where(toepassen, huishouden("kostendelersnorm", period), huishouden("basisnorm", period))


class norm_na_art24(Variable):
    value_type = int
    entity = Huishouden
    definition_period = MONTH
    label = "Norm na art. 24: bij een niet-rechthebbende partner 50% van de gehuwdennorm van de eigen leeftijd"
    reference = f"{WET}#Artikel24"

    def formula(huishouden, period, parameters):
        p = parameters(period)
        nrp = huishouden("partner_niet_rechthebbend", period)
        ja = huishouden("jong_aanvrager", period)
        art24 = nrp & (ja | np.logical_not(huishouden("kostendelers_tellen", period)))
        kinderen = huishouden("kinderen_ten_laste", period) > 0
        jong = np.where(kinderen, p.art20.gehuwden_beiden_jonger_kinderen, p.art20.gehuwden_beiden_jonger)
        grondslag = np.where(
            ja, jong, np.where(huishouden("aow_aanvrager", period), p.art22.gehuwden_beiden_aow, p.art21.gehuwden)
        )
        norm24 = basispunten_van(grondslag, p.art24.percentage_niet_rechthebbende_partner)
        # 21 of ouder met kostendelers: de kostendelersnorm voor één persoon (art. 22a)
        return np.where(
            art24,
            norm24,
            np.where(nrp, huishouden("kostendelersnorm_aanvrager", period), huishouden("norm_huishouden", period)),
        )


class jongerentoeslag(Variable):
    value_type = int
    entity = Huishouden
    definition_period = MONTH
    label = "Jongerentoeslag: wat de norm omhoog gaat (Pw art. 20 lid 3 en 4)"
    reference = f"{WET}#Artikel20"

    def formula(huishouden, period, parameters):
        p = parameters(period)
        toeslag = p.art20.jongerentoeslag
        if toeslag is None:
            return huishouden.filled_array(0)
        g = huishouden("heeft_partner", period)
        nrp = huishouden("partner_niet_rechthebbend", period)
        beroep_a = huishouden.value_from_person(
            huishouden.members("beroep_op_ouders_mogelijk", period), Huishouden.AANVRAGER, default=True
        )
        beroep_p = huishouden.value_from_person(
            huishouden.members("beroep_op_ouders_mogelijk", period), Huishouden.PARTNER, default=True
        )
        niet = np.logical_not
        telt_p = g & huishouden("jong_partner", period) & niet(beroep_p) & niet(nrp)
        aantal = i64(huishouden("jong_aanvrager", period) & niet(beroep_a)) + telt_p
        # vergelijkbare situatie: wie jonger is dan 21 is nu 21 (en nog geen pensioengerechtigde leeftijd)
        kd = huishouden("kostendelers", period)
        vergelijk_kd = kostendelersnorm_per_persoon(kd + 1 + g, p.art21.gehuwden, p.art22a)
        vergelijk_24 = basispunten_van(p.art21.gehuwden, p.art24.percentage_niet_rechthebbende_partner)
        vergelijk = np.where(
            kd > 0,
            np.where(g & niet(nrp), 2 * vergelijk_kd, vergelijk_kd),
            np.where(nrp, vergelijk_24, np.where(g, p.art21.gehuwden, p.art21.alleenstaande)),
        )
        n = i64(huishouden("norm_na_art24", period))
        met = np.minimum(n + aantal * toeslag, np.maximum(vergelijk, n))
        return np.where(aantal > 0, met - n, 0)


class ophoging_art24a(Variable):
    value_type = int
    entity = Huishouden
    definition_period = MONTH
    label = "Ophoging met 1/12 van de alleenstaande-ouderkop (Pw art. 24a)"
    reference = f"{WET}#Artikel24a"

    def formula(huishouden, period, parameters):
        kop = parameters(period).art24a.alo_kop_per_jaar
        if kop is None:
            return huishouden.filled_array(0)
        g = huishouden("heeft_partner", period)
        geldt = (huishouden("kinderen_ten_laste", period) > 0) & (
            huishouden("partner_niet_rechthebbend", period) | (np.logical_not(g) & huishouden("toeslagpartner", period))
        )
        return geldt * deel_half_omhoog(kop, 12)


class norm(Variable):
    value_type = int
    entity = Huishouden
    definition_period = MONTH
    label = "De norm van het huishouden (Pw art. 20-24a)"
    reference = f"{WET}#Artikel21"

    def formula(huishouden, period, parameters):
        return (
            i64(huishouden("norm_na_art24", period))
            + huishouden("jongerentoeslag", period)
            + huishouden("ophoging_art24a", period)
        )
