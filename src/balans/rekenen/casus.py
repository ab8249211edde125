# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Een casus doorrekenen met uitleg: van casus naar maandinvoer, dan maand na maand."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from balans.casus.model import Casus
from balans.rekenen.toerekening import Toerekening
from balans.rekenen.verwachting import alle_stroken
from balans.tijdsbudget import controleer
from balans.rekenen import dagdelen
from balans.wet.context import Ctx, Scalair
from balans.rekenen.invoer import MaandInvoer, Toestand, Uitkomst
from balans.rekenen.maand import bereken_maand
from balans.wet.parameters import ParameterBoom


def _bp(pct) -> int:
    return int(round(pct * 100))  # Decimal met hoogstens twee decimalen (model), dus exact


def _vlag(w, maand: dt.date):
    """Een persoonskenmerk in deze maand (casus.md, issue 15): (op de eerste dag, dagen waarop 'ja' of None, ooit 'ja').

    true/false: de hele maand zo. {van, tot}: 'ja' op die dagen; valt de wissel in de maand, dan de dagen."""
    if isinstance(w, bool):
        return w, None, w
    d = dagdelen.dagen_van(w.van, w.tot, maand)
    if d is None:
        return True, None, True
    if dagdelen.leeg(d):
        return False, None, False
    return d[0] <= 1, d, True


def maandinvoer(c: Casus, maand: dt.date, vermogen) -> MaandInvoer:
    h = c.huishouden
    a, p = h.aanvrager, h.partner
    mi = c.maanden.get(maand)
    # Dagen in deze maand (casus.md 'Changes within the periode'). Wie op geen enkele dag met recht bij het
    # huishouden hoort, telt deze maand niet mee; wie een deel van de maand meedoet, telt per dag (dagdelen.py).
    b = c.bijstand
    recht = dagdelen.dagen_van(b.van, b.tot, maand) if b is not None else None

    def erbij(persoon):
        dagen = dagdelen.dagen_van(persoon.van, persoon.tot, maand)
        return not dagdelen.leeg(dagdelen.samen(dagen, recht)) or dagdelen.leeg(recht), dagen

    kinderen = [(k, d) for k, (er, d) in ((k, erbij(k)) for k in h.kinderen) if er]
    medebewoners = [(m, d) for m, (er, d) in ((m, erbij(m)) for m in h.medebewoners) if er]
    if p is not None and not erbij(p)[0]:
        p = None
    # Kenmerken die per maand gaan (de vrijlatingen van art. 31 lid 2 onder y, z, aa): 'ja' als het op een dag
    # van de maand geldt. Kenmerken die de norm raken gaan per dag (dagdelen.op_dag). Zie docs/dagdelen.md.
    ouders_a, ouders_a_dagen, _ = _vlag(a.beroep_op_ouders_mogelijk, maand)
    mantelzorg, mantelzorg_dagen, _ = _vlag(a.tijdelijk_elders_voor_mantelzorg, maand)
    inrichting_a, inrichting_a_dagen, _ = _vlag(a.inrichting, maand)
    inv = MaandInvoer(
        a_jaar=a.geboortedatum.year,
        a_maand=a.geboortedatum.month,
        a_dag=a.geboortedatum.day,
        a_medisch_urenbeperkt=_vlag(a.medisch_urenbeperkt, maand)[2],
        a_doelgroep_lks=_vlag(a.doelgroep_loonkostensubsidie, maand)[2],
        a_beroep_op_ouders=ouders_a,
        a_ouders_dagen=ouders_a_dagen,
        mantelzorg_elders=mantelzorg,
        mantelzorg_dagen=mantelzorg_dagen,
        a_inrichting=inrichting_a,
        a_inrichting_dagen=inrichting_a_dagen,
        toeslagpartner=a.toeslagpartner,
        kinderen=tuple((k.geboortedatum.year, k.geboortedatum.month, k.geboortedatum.day) for k, _ in kinderen),
        medebewoners=tuple(
            (m.geboortedatum.year, m.geboortedatum.month, m.geboortedatum.day, m.uitzondering is not None)
            for m, _ in medebewoners
        ),
        recht_dagen=recht,
        bezittingen=vermogen.bezittingen,
        schulden=vermogen.schulden,
        gespaard_uit_bijstand=vermogen.gespaard_uit_bijstand,
        woning_waarde=vermogen.eigen_woning.waarde if vermogen.eigen_woning else 0,
        woning_hypotheek=vermogen.eigen_woning.hypotheek if vermogen.eigen_woning else 0,
        woning_verwachting=_verwachting_woning(vermogen),
    )
    if p is not None:
        inv.heeft_partner = True
        inv.p_jaar, inv.p_maand, inv.p_dag = p.geboortedatum.year, p.geboortedatum.month, p.geboortedatum.day
        inv.p_rechthebbend, inv.p_recht_dagen, _ = _vlag(p.rechthebbend, maand)
        inv.p_medisch_urenbeperkt = _vlag(p.medisch_urenbeperkt, maand)[2]
        inv.p_doelgroep_lks = _vlag(p.doelgroep_loonkostensubsidie, maand)[2]
        inv.p_beroep_op_ouders, inv.p_ouders_dagen, _ = _vlag(p.beroep_op_ouders_mogelijk, maand)
        inv.p_inrichting, inv.p_inrichting_dagen, _ = _vlag(p.inrichting, maand)
        inv.p_dagen = dagdelen.dagen_van(p.van, p.tot, maand)
    dim = dagdelen.dagen_in(maand)
    if any(d is not None for _, d in kinderen):
        inv.k_dagen = tuple((1, dim) if d is None else d for _, d in kinderen)
    if any(d is not None for _, d in medebewoners):
        inv.m_dagen = tuple((1, dim) if d is None else d for _, d in medebewoners)
    if mi is not None:
        for ink in mi.inkomsten:
            veld = {"arbeid": "arbeid", "uitkering": "uitkering", "overig": "overig", "oudedagsvoorziening": "oudedag"}[
                ink.soort
            ]
            veld += "_a" if ink.van == "aanvrager" else "_p"
            setattr(inv, veld, getattr(inv, veld) + ink.netto)
        inv.giften = mi.giften
        inv.giften_in_natura = mi.giften_in_natura
        inv.voedselbank = mi.voedselbank
        inv.maatregel_bp = _bp(mi.maatregel.percentage) if mi.maatregel else 0
        inv.maatregel_over = mi.maatregel.over if mi.maatregel else None
        inv.taaleis_niet_nagekomen = mi.taaleis_niet_nagekomen
        inv.vrijlating_toepassen = mi.vrijlating_toepassen
        inv.nieuw_dienstverband = mi.nieuw_dienstverband
        inv.uitbreiding_uren_niet_mogelijk = mi.uitbreiding_uren_niet_mogelijk
        inv.premie_a = mi.premie_arbeidsinschakeling
        inv.vrijwilliger_a = mi.vrijwilligersvergoeding
        if mi.lagere_norm is not None:
            inv.lagere_norm_artikel = int(mi.lagere_norm.artikel)
            inv.lagere_norm_bp = _bp(mi.lagere_norm.percentage)
    return inv


def _verwachting_woning(vermogen) -> int:
    w = vermogen.eigen_woning
    return -1 if w is None or w.verwachte_bijstand_eerste_jaar is None else w.verwachte_bijstand_eerste_jaar


def begintoestand(c: Casus) -> Toestand:
    a, p = c.huishouden.aanvrager, c.huishouden.partner
    st = Toestand()
    ga, gp = a.vrijlating_maanden_gebruikt, (p.vrijlating_maanden_gebruikt if p else {})
    st.n_a, st.r_a, st.z_a, st.b34a_a = ga.get("n", 0), ga.get("r", 0), ga.get("z", 0), ga.get("art34a", 0)
    st.n_p, st.r_p, st.z_p, st.b34a_p = gp.get("n", 0), gp.get("r", 0), gp.get("z", 0), gp.get("art34a", 0)
    return st


@dataclass
class MaandResultaat:
    maand: dt.date
    uitkomst: Uitkomst
    niet_geindexeerd: list[str]


def loon_per_maand(c: Casus, boom: ParameterBoom) -> dict[tuple[dt.date, str], int]:
    """Loon uit loonstroken (en verwachting), toegerekend aan maanden volgens art. 32 (zie maandstaat)."""
    if not c.loonstroken and c.verwachting is None:
        return {}
    return Toerekening(c, alle_stroken(c), boom).per_maand()


def met_loon(inv: MaandInvoer, aanvrager: int, partner: int) -> MaandInvoer:
    """Telt toegerekend loon op bij de arbeidsinkomsten van de maand; negatief telt als nul."""
    if not aanvrager and not partner:
        return inv
    return replace(inv, arbeid_a=inv.arbeid_a + max(0, aanvrager), arbeid_p=inv.arbeid_p + max(0, partner))


def maandinvoeren(c: Casus, loon: dict | None = None) -> list[tuple[dt.date, MaandInvoer]]:
    """De invoer per maand; een vermogenswijziging geldt vanaf haar maand."""
    loon = loon or {}
    uit = []
    vermogen = c.vermogen
    for m in c.alle_maanden():
        controleer()  # tijdsbudget van het verzoek (balans/tijdsbudget.py)
        mi = c.maanden.get(m)
        if mi is not None and mi.vermogen is not None:
            vermogen = mi.vermogen
        inv = maandinvoer(c, m, vermogen)
        uit.append((m, met_loon(inv, loon.get((m, "aanvrager"), 0), loon.get((m, "partner"), 0))))
    return uit


def bereken(c: Casus, uitleg: bool = True, boom: ParameterBoom | None = None) -> list[MaandResultaat]:
    boom = boom or ParameterBoom.voor(c.regime or "wet", c.gemeente)
    st = begintoestand(c)
    resultaten = []
    for m, inv in maandinvoeren(c, loon_per_maand(c, boom)):
        controleer()
        p = boom.op(m)
        ctx = Ctx(Scalair, m, p, uitleg)
        versies = dagdelen.wetsversies(boom, m)
        uit, st = bereken_maand(ctx, replace(inv, wetsversies=versies) if versies else inv, st)
        resultaten.append(MaandResultaat(m, uit, p.niet_geindexeerd()))
    return resultaten
