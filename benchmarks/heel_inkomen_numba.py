# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Het hele inkomen als één gecompileerde lus (numba): de praktische ondergrens voor benchmarks/heel_inkomen.py.

Dezelfde rekenkunde als balans.inkomen.heel.heel_inkomen in de vorm die de benchmark gebruikt (witte tabel met
loonheffingskorting voor het loon, bruto bijstand met de groene tabel, zorgtoeslag, kindgebonden budget,
kinderbijslag, huurtoeslag vanaf 2026 bij een vast rekeninkomen-ijkpunt), maar per huishouden in één doorgang:
geen tijdelijke arrays, geen numpy-aanroep per stap. De tabel voor bruteren (loonheffing per tabelloonstap) komt
uit balans zelf (inkomen.loonheffing._tabel), net als alle parameters; de uitkomst moet per huishouden gelijk zijn
aan balans (de benchmark controleert dat), anders telt de tijd niet.

Alleen voor de benchmark: numba staat in de extra 'bench' (pyproject.toml, requirements-bench.lock), niet in de
tests. Zonder numba geeft beschikbaar() False en slaat de benchmark dit deel over.
"""

from __future__ import annotations

import numpy as np

try:
    import numba
except ImportError:  # pragma: no cover - de benchmark meldt het
    numba = None

from balans.inkomen import awir
from balans.inkomen.loonheffing import _tabel
from balans.inkomen.rekenkunde import NOEMER, teller


def beschikbaar() -> bool:
    return numba is not None


def parameters(ctx, tot: int):
    """De parameters van de maand als platte int64-rij, plus de drie bruteertabellen (T, lh)."""
    p = ctx.p
    z, k, h, kb = p.zorgtoeslag, p.kindgebonden_budget, p.huurtoeslag, p.kinderbijslag
    if h.normhuur_formule or h.servicekosten_maximum:
        raise NotImplementedError("de numba-kern kent alleen de huurtoeslag vanaf 2026 (vaste basishuur)")
    if h.boven_aftopping_alleen_bijzonder:
        raise NotImplementedError("de numba-kern kent art. 21 lid 1 onder c (2024) niet")
    rij = np.array(
        [
            awir.drempelinkomen(ctx),
            awir.MAX_INKOMEN,
            p.awir.minimum_tegemoetkoming,
            z.standaardpremie,
            teller(z.percentage_drempel_alleen),
            teller(z.percentage_drempel_partner),
            teller(z.percentage_boven_drempel),
            z.vermogensgrens,
            z.vermogensgrens_partner,
            k.bedrag_per_kind,
            k.alleenstaande_ouderkop,
            k.drempel_partner_extra,
            teller(k.afbouw_percentage),
            k.vermogensgrens,
            k.vermogensgrens_partner,
            kb.bedrag_6_11,
            h.maximale_huurgrens,
            int(bool(h.maximale_huurgrens_sluit_uit)),
            h.normhuur_minimum - h.normhuur_minimum_verlaging_een,
            h.normhuur_minimum - h.normhuur_minimum_verlaging_meer,
            h.opslag_basishuur - h.verlaging_eigen_bijdrage,
            h.kwaliteitskortingsgrens,
            h.aftoppingsgrens_een_twee,
            h.aftoppingsgrens_drie,
            teller(h.percentage_kwaliteitskorting),
            teller(h.percentage_boven_aftopping),
            teller(h.afbouw_percentage_een),
            teller(h.afbouw_percentage_meer),
            h.minimum_inkomensijkpunt_een,
            h.minimum_inkomensijkpunt_meer,
            h.vermogensgrens,
            h.vermogensgrens_partner,
        ],
        dtype=np.int64,
    )
    tabellen = [_tabel(ctx, hk, groen, tot) for hk, groen in ((True, False), (True, True), (False, True))]
    if any(t is None or t[4] is None for t in tabellen):
        raise NotImplementedError("de bruteertabel (met vakken) geldt niet voor deze parameters")
    # per tabel: T, lh, de vakbreedte 2^s en het aantal T's tot elk vak (zoals loonheffing._bruto_vector)
    return rij, tuple((t[0], t[1], t[4][0], t[4][1]) for t in tabellen)


def _k(T, s, vak, x):
    """k* = het aantal T's <= x (loonheffing._bruto_vector): één vak opzoeken, hoogstens één T erin."""
    x = max(x, 0)
    k = vak[x >> s]
    if x >= T[k]:
        k += 1
    return k


def _kern(
    bijstand,
    loon_netto,
    partner,
    kinderen,
    vermogen,
    P,
    T_w,
    lh_w,
    s_w,
    v_w,
    T_gl,
    lh_gl,
    s_gl,
    v_gl,
    T_gz,
    lh_gz,
    s_gz,
    v_gz,
    uit,
):
    SCHAAL = NOEMER * NOEMER
    d, max_ink, minimum = P[0], P[1], P[2]
    for i in range(bijstand.shape[0]):
        pa = partner[i]
        n = kinderen[i]
        v = vermogen[i]
        netto = loon_netto[i]
        # bruto loon uit netto (witte tabel, met loonheffingskorting): de kleinste k met 12 x netto < T[k]
        bruto = netto + lh_w[k_(T_w, s_w, v_w, 12 * netto)]
        b = bijstand[i]
        deel_p = b // 2 if pa else 0
        deel_a = b - deel_p
        if bruto > 0:  # de korting geldt al bij de werkgever
            bruto_a = deel_a + lh_gz[k_(T_gz, s_gz, v_gz, 12 * deel_a)]
        else:
            bruto_a = deel_a + lh_gl[k_(T_gl, s_gl, v_gl, 12 * deel_a)]
        bruto_p = deel_p + lh_gl[k_(T_gl, s_gl, v_gl, 12 * deel_p)]
        ti = 12 * (bruto + bruto_a + bruto_p)
        ti_s = min(max(ti, 0), max_ink) * NOEMER
        # zorgtoeslag
        standaard = P[3] * (2 if pa else 1)
        norm = (P[5] if pa else P[4]) * d + P[6] * max(ti_s - d, 0)
        exact = max(standaard * SCHAAL - norm, 0)
        jaar = ((2 * exact + 100 * SCHAAL) // (200 * SCHAAL)) * 100
        if jaar < minimum or v > (P[8] if pa else P[7]):
            jaar = 0
        zt = (2 * jaar + 12) // 24
        # kindgebonden budget
        basis = n * P[9] + (0 if pa else P[10]) if n > 0 else 0
        drempel = d + (P[11] if pa else 0) * NOEMER
        exact = max(basis * SCHAAL - P[12] * max(ti_s - drempel, 0), 0)
        jaar = ((2 * exact + 100 * SCHAAL) // (200 * SCHAAL)) * 100
        if jaar < minimum or v > (P[14] if pa else P[13]):
            jaar = 0
        kgb = (2 * jaar + 12) // 24
        # kinderbijslag (de benchmark telt de kinderen als 6-11 jaar)
        kb = (2 * (n * P[15]) + 3) // 6
        # huurtoeslag bij de aftoppingsgrens, vanaf 2026
        personen = 1 + (1 if pa else 0) + n
        meer = personen >= 2
        ag = P[23] if personen >= 3 else P[22]
        rekenhuur = ag
        mhg = P[16]
        te_hoog = rekenhuur > mhg and P[17] != 0
        r = min(rekenhuur, mhg)
        basishuur = (P[19] if meer else P[18]) + P[20]
        kkg = P[21]
        deel_a_h = max(min(r, kkg) - basishuur, 0)
        deel_b_h = max(min(r, ag) - max(basishuur, kkg), 0)
        deel_c_h = max(r - max(basishuur, ag), 0)
        subsidie = deel_a_h * NOEMER + P[24] * deel_b_h + P[25] * deel_c_h
        boven = max(min(max(ti, 0), max_ink) - (P[29] if meer else P[28]), 0)
        exact = max(12 * subsidie - (P[27] if meer else P[26]) * boven, 0)
        jaar = ((2 * exact * NOEMER + 100 * SCHAAL) // (200 * SCHAAL)) * 100
        if jaar < minimum or te_hoog or v > (P[31] if pa else P[30]):
            jaar = 0
        ht = (2 * jaar + 12) // 24
        uit[i] = netto + b + zt + kgb + kb + ht


if numba is not None:
    k_ = numba.njit(inline="always")(_k)
    kern = numba.njit(nogil=True)(_kern)
else:  # pragma: no cover
    kern = None


def totaal(ctx, bijstand, loon_netto, partner, kinderen, vermogen):
    """Het totaal per huishouden (netto loon + bijstand + toeslagen + kinderbijslag), zoals heel_inkomen.totaal."""
    tot = 12 * int(max(int(np.max(bijstand, initial=0)), int(np.max(loon_netto, initial=0))))
    P, tabellen = parameters(ctx, tot)
    uit = np.empty(bijstand.shape[0], np.int64)
    kern(
        np.ascontiguousarray(bijstand, np.int64),
        np.ascontiguousarray(loon_netto, np.int64),
        np.ascontiguousarray(partner, np.bool_),
        np.ascontiguousarray(kinderen, np.int64),
        np.ascontiguousarray(vermogen, np.int64),
        P,
        *tabellen[0],
        *tabellen[1],
        *tabellen[2],
        uit,
    )
    return uit
