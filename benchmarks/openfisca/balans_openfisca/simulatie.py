# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Van de invoer van balans (MaandInvoer per maand en een begin-Toestand) naar een OpenFisca-simulatie.

Eén simulatie voor alle maanden: personen (aanvrager, partner, kinderen, medebewoners) in huishoudens,
gebouwd met de 'microdata'-weg van OpenFisca (SimulationBuilder.declare_person_entity / join_with_persons),
daarna set_input per variabele per maand. Velden die in de invoer één getal zijn en gelijk aan de
standaardwaarde van de variabele, zetten we niet: OpenFisca vult die zelf.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
from openfisca_core import periods
from openfisca_core.simulations import Simulation, SimulationBuilder

from balans_openfisca.rekenhulp import GEEN_PERSOON

AANVRAGER, PARTNER, KIND, MEDEBEWONER = 0, 1, 2, 3  # volgorde van de rollen in entities.py

# (variabele, veld aanvrager, veld partner): per persoon per maand
PERSOON_MAAND = [
    ("inkomsten_arbeid", "arbeid_a", "arbeid_p"),
    ("inkomsten_uitkering", "uitkering_a", "uitkering_p"),
    ("inkomsten_overig", "overig_a", "overig_p"),
    ("medisch_urenbeperkt", "a_medisch_urenbeperkt", "p_medisch_urenbeperkt"),
    ("doelgroep_loonkostensubsidie", "a_doelgroep_lks", "p_doelgroep_lks"),
    ("beroep_op_ouders_mogelijk", "a_beroep_op_ouders", "p_beroep_op_ouders"),
    ("rechthebbend", None, "p_rechthebbend"),
]
HUISHOUDEN_MAAND = [
    "giften",
    "giften_in_natura",
    "bezittingen",
    "schulden",
    "maatregel_bp",
    "taaleis_niet_nagekomen",
    "vrijlating_toepassen",
    "nieuw_dienstverband",
    "uitbreiding_uren_niet_mogelijk",
    "mantelzorg_elders",
    "toeslagpartner",
]
# Wat vaststaat voor de hele periode: wie er in het huishouden is
SAMENSTELLING = [
    "a_jaar",
    "a_maand",
    "a_dag",
    "heeft_partner",
    "p_jaar",
    "p_maand",
    "p_dag",
    "kinderen",
    "medebewoners",
]
# Wat balans wel leest maar wat de bijstand niet verandert: niet in dit model
NIET_NODIG = {
    "woning_waarde": "alleen of de bijstand een lening is (art. 50)",
    "woning_hypotheek": "alleen of de bijstand een lening is (art. 50)",
    "voedselbank": "telt nooit mee; alleen voor de uitleg",
}


class OngeldigeInvoer(ValueError):
    pass


def _gelijk(a, b) -> bool:
    if a is b:
        return True
    if isinstance(a, tuple):
        return len(a) == len(b) and all(_gelijk(x, y) for x, y in zip(a, b))
    return np.array_equal(a, b)


@dataclass
class Indeling:
    """Waar elke persoon staat: eerst alle aanvragers, dan partners, kinderen en medebewoners."""

    n: int
    partner_hh: np.ndarray
    kind_hh: np.ndarray
    kind_plek: np.ndarray
    mede_hh: np.ndarray
    mede_plek: np.ndarray

    @property
    def aantal(self) -> int:
        return self.n + len(self.partner_hh) + len(self.kind_hh) + len(self.mede_hh)

    def vakken(self):
        b = self.n
        c = b + len(self.partner_hh)
        d = c + len(self.kind_hh)
        return slice(0, b), slice(b, c), slice(c, d), slice(d, self.aantal)

    def personen(self, aanvrager, partner, standaard, dtype, kind=None, mede=None):
        """Eén array over alle personen; scalairen gelden voor iedereen in dat vak."""
        uit = np.full(self.aantal, standaard, dtype=dtype)
        va, vp, vk, vm = self.vakken()
        if aanvrager is not None:
            uit[va] = aanvrager
        if partner is not None:
            uit[vp] = partner[self.partner_hh] if np.ndim(partner) else partner
        if kind is not None:
            uit[vk] = kind[self.kind_hh, self.kind_plek]
        if mede is not None:
            uit[vm] = mede[self.mede_hh, self.mede_plek]
        return uit


def indeling(inv) -> Indeling:
    n = int(np.size(inv.a_jaar))
    partner_hh = np.flatnonzero(np.broadcast_to(np.asarray(inv.heeft_partner, bool), (n,)))
    kind_hh, kind_plek = np.nonzero(np.asarray(inv.kinderen[0]) != GEEN_PERSOON)
    mede_hh, mede_plek = np.nonzero(np.asarray(inv.medebewoners[0]) != GEEN_PERSOON)
    return Indeling(n, partner_hh, kind_hh, kind_plek, mede_hh, mede_plek)


def niet_gedekt(maanden) -> dict[str, np.ndarray]:
    """Huishoudens die dit model niet precies zo kan weergeven, per reden (lege dict: alles gedekt)."""
    eerste = maanden[0][1]
    n = int(np.size(eerste.a_jaar))
    zonder_partner = np.logical_not(np.broadcast_to(np.asarray(eerste.heeft_partner, bool), (n,)))
    partnerinkomen = np.zeros(n, bool)
    for _, inv in maanden:
        for veld in ("arbeid_p", "uitkering_p", "overig_p"):
            partnerinkomen |= np.broadcast_to(np.asarray(getattr(inv, veld)) != 0, (n,))
    redenen = {"inkomen van een partner, maar geen partner (heeft_partner is onwaar)": zonder_partner & partnerinkomen}
    return {r: m for r, m in redenen.items() if m.any()}


def maand_periode(m: dt.date):
    return periods.period(f"{m.year}-{m.month:02d}")


def bouw_simulatie(tbs, maanden, begin) -> Simulation:
    """maanden: lijst van (datum, MaandInvoer) met arrays; begin: Toestand met arrays (stand vóór de eerste maand)."""
    if not maanden:
        raise OngeldigeInvoer("Geen maanden om te rekenen.")
    eerste = maanden[0][1]
    for m, inv in maanden[1:]:
        for veld in SAMENSTELLING:
            if not _gelijk(getattr(inv, veld), getattr(eerste, veld)):
                raise OngeldigeInvoer(
                    f"In {m:%Y-%m} is '{veld}' anders dan in de eerste maand. Dit model kent één "
                    f"samenstelling van het huishouden voor de hele periode."
                )
    ind = indeling(eerste)
    n, aantal = ind.n, ind.aantal
    hh_van_persoon = np.concatenate([np.arange(n), ind.partner_hh, ind.kind_hh, ind.mede_hh])
    rol = np.concatenate(
        [
            np.full(n, AANVRAGER),
            np.full(len(ind.partner_hh), PARTNER),
            np.full(len(ind.kind_hh), KIND),
            np.full(len(ind.mede_hh), MEDEBEWONER),
        ]
    )

    bouwer = SimulationBuilder()
    bouwer.create_entities(tbs)
    bouwer.declare_person_entity("persoon", np.arange(aantal))
    huishoudens = bouwer.declare_entity("huishouden", np.arange(n))
    bouwer.join_with_persons(huishoudens, hh_van_persoon, rol)
    sim = bouwer.build(tbs)

    kj, km, kd = eerste.kinderen[:3]
    mj, mm, md = eerste.medebewoners[:3]
    for naam, a, p, k, mb in (
        ("geboortejaar", eerste.a_jaar, eerste.p_jaar, kj, mj),
        ("geboortemaand", eerste.a_maand, eerste.p_maand, km, mm),
        ("geboortedag", eerste.a_dag, eerste.p_dag, kd, md),
    ):
        sim.set_input(naam, periods.ETERNITY, ind.personen(a, p, 1, np.int32, k, mb))

    variabelen = tbs.variables
    for m, inv in maanden:
        per = maand_periode(m)
        for naam, veld_a, veld_p in PERSOON_MAAND:
            var = variabelen[naam]
            a = None if veld_a is None else getattr(inv, veld_a)
            p = getattr(inv, veld_p)
            if all(x is None or (np.ndim(x) == 0 and x == var.default_value) for x in (a, p)):
                continue
            sim.set_input(naam, per, ind.personen(a, p, var.default_value, var.dtype))
        uitz = inv.medebewoners[3]
        if np.ndim(uitz) and len(ind.mede_hh):
            sim.set_input("kostendeler_uitzondering", per, ind.personen(None, None, False, bool, mede=np.asarray(uitz)))
        for naam in HUISHOUDEN_MAAND:
            var = variabelen[naam]
            x = getattr(inv, naam)
            if np.ndim(x) == 0 and x == var.default_value:
                continue
            sim.set_input(naam, per, np.broadcast_to(np.asarray(x, dtype=var.dtype), (n,)))

    # De stand vóór de eerste maand. Altijd zetten: zonder invoer zou OpenFisca terugrekenen tot een spiraal.
    eerste_per = maand_periode(maanden[0][0])
    for naam, veld_a, veld_p in (
        ("vrijlating_n_maanden", "n_a", "n_p"),
        ("vrijlating_r_maanden", "r_a", "r_p"),
        ("vrijlating_z_maanden", "z_a", "z_p"),
        ("art34a_maanden", "b34a_a", "b34a_p"),
    ):
        sim.set_input(naam, eerste_per, ind.personen(getattr(begin, veld_a), getattr(begin, veld_p), 0, np.int32))
    nieuw_jaar = maanden[0][0].year != begin.kalenderjaar
    giften_eerder = 0 if nieuw_jaar else begin.giften_jaar
    sim.set_input("giften_eerder_dit_jaar", eerste_per, np.broadcast_to(np.asarray(giften_eerder, np.int32), (n,)))
    sim.set_input("taaleis_maanden", eerste_per, np.broadcast_to(np.asarray(begin.taaleis_maanden, np.int32), (n,)))
    _geen_stille_spiraal(sim)
    return sim


def _geen_stille_spiraal(sim: Simulation) -> None:
    """OpenFisca vangt een 'spiraal' (een variabele die zichzelf in een andere maand nodig heeft) op met de
    standaardwaarde, zonder melding. Hier wordt dat een fout: een teller mag nooit stil 0 worden."""

    def fout(variabele):
        raise RuntimeError(
            f"OpenFisca zou '{variabele}' hier stil op de standaardwaarde zetten (spiraal). "
            "Reken de maanden op volgorde."
        )

    sim.invalidate_spiral_variables = fout


# De stand na elke maand. balans rekent die elke maand uit (de nieuwe Toestand); hier ook, ook als de
# bijstand van deze maand haar niet nodig heeft (zoals de teller van art. 34a in een maand met art. 31).
TOESTAND_NA = [
    "vrijlating_n_maanden_na",
    "vrijlating_r_maanden_na",
    "vrijlating_z_maanden_na",
    "art34a_maanden_na",
    "giften_dit_jaar_na",
    "taaleis_maand_nr",
]


def bereken(sim: Simulation, maanden, variabelen=("bijstand",)) -> dict[str, list[np.ndarray]]:
    """Rekent de maanden op volgorde, met de stand na elke maand: zo leest elke teller de vorige maand uit de cache."""
    uit = {v: [] for v in variabelen}
    for m, _ in maanden:
        per = maand_periode(m)
        for v in variabelen:
            uit[v].append(sim.calculate(v, per))
        for v in TOESTAND_NA:
            sim.calculate(v, per)
    return uit
