# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Referentie voor de benchmark: dezelfde rekenkunde als één platte numpy-functie, zonder de
laag van balans (geen Ctx, geen takken, geen regelmodules). Zo meten we wat die laag kost.

Dit is geen tweede bron van waarheid: de benchmark controleert dat beide exact hetzelfde geven.

Dagdelen (een maand in delen als er op een dag > 1 een leeftijdsgrens valt, zie rekenen/dagdelen.py) rekent
deze referentie net als balans alleen voor de rijen waarin die maand iets kan veranderen: eerst een zeef over
de hele populatie (geboren in deze maand op een dag > 1; of, voor de AOW-leeftijd, een geboortejaar waarvoor
die leeftijd in dit jaar kan vallen), dan de precieze regel alleen voor die rijen. Zonder die zeef rekende de
referentie elke maand de grensdagen voor alle rijen uit en was ze trager dan balans zelf (factor 0,26-0,28 in
de README van 2026-12-03): geen ondergrens meer. De zeef is hier met gewone numpy geschreven (vergelijken en
flatnonzero per maand); de geboortemaanden één keer sorteren per populatie (dagdelen._in_maand) doet alleen
balans. De AOW-datum komt, net als in balans, uit een tabel per geboortejaar en -maand (_aow): zonder die tabel
was dat alleen al de helft van de tijd van deze referentie.
"""

from __future__ import annotations

import calendar

import numpy as np


def _lt(j, m, d, pj, pm, pd=1):
    if getattr(pd, "ndim", 0) == 1 and getattr(d, "ndim", 0) == 2:
        pd = pd[:, None]
    return pj - j - ((pm * 100 + pd) < (m * 100 + d))


def _pct(x, f):
    return (2 * x * f.numerator + f.denominator) // (2 * f.denominator)


def _aow_datum(p, j, m, d):
    conds, datums = [], []
    for i, r in enumerate(p.aow.pensioengerechtigde_leeftijd):
        t = m - 1 + r["jaren"] * 12 + r["maanden"]
        conds.append((j + t // 12 <= r["jaar"]) if i == 0 else (j + t // 12 == r["jaar"]))
        datums.append((j + t // 12) * 10000 + (t % 12 + 1) * 100 + d)
    return np.select(conds, datums, datums[-1])


_VAN, _TOT = 1850, 2200  # geboortejaren in de tabel hieronder; daarbuiten afgekapt (ver voor of na de AOW-leeftijd)
_TABELLEN: dict = {}


def _aow(p, j, m, d):
    """_aow_datum uit een tabel per (geboortejaar, -maand): de datum hangt alleen daarvan af, de dag telt erbij op.
    Dezelfde rekenkunde, één keer per AOW-tabel in plaats van elke maand per persoon (balans doet hetzelfde,
    wet/regels/leeftijd.py _aow_lut); anders meet de vergelijking vooral dit verschil."""
    sleutel = repr(p.aow.pensioengerechtigde_leeftijd)
    if sleutel not in _TABELLEN:
        jaren = np.repeat(np.arange(_VAN, _TOT + 1), 12)
        _TABELLEN[sleutel] = _aow_datum(p, jaren, np.tile(np.arange(1, 13), _TOT - _VAN + 1), 0)
    return _TABELLEN[sleutel][(np.clip(j, _VAN, _TOT) - _VAN) * 12 + (m - 1)] + d


def _rijen(inv, rijen):
    """Alleen de gegeven rijen van een populatie-invoer."""
    return type(inv)(
        **{
            f: (
                v[rijen]
                if isinstance(v, np.ndarray) and v.ndim
                else tuple(x[rijen] for x in v)
                if isinstance(v, tuple) and v and isinstance(v[0], np.ndarray)
                else v
            )
            for f, v in vars(inv).items()
        }
    )


def _zeef(p, pj, pm, inv):
    """De rijen waarin deze maand op een dag > 1 een leeftijdsgrens kan vallen (een ruime bovengrens)."""
    tabel = p.aow.pensioengerechtigde_leeftijd
    # de AOW-datum valt in jaar j + jaren of j + jaren + 1 (maanden < 12): alleen die geboortejaren
    oudst, jongst = pj - max(r["jaren"] for r in tabel) - 1, pj - min(r["jaren"] for r in tabel)

    def persoon(j, m, d):
        return (d > 1) & ((m == pm) | ((j >= oudst) & (j <= jongst)))

    kandidaat = persoon(inv.a_jaar, inv.a_maand, inv.a_dag)
    kandidaat |= inv.heeft_partner & persoon(inv.p_jaar, inv.p_maand, inv.p_dag)
    for _, m, d in (inv.kinderen, inv.medebewoners[:3]):
        for k in range(m.shape[1]):
            kandidaat |= (m[:, k] == pm) & (d[:, k] > 1)
    return np.flatnonzero(kandidaat)


def _dagdelen(p, pj, pm, inv, norm, gehuwdennorm, oud):
    """De norm per kalenderdag voor de rijen waarin op een dag > 1 een leeftijdsgrens valt (zie rekenen/dagdelen.py)."""
    dim = calendar.monthrange(pj, pm)[1]
    kandidaten = _zeef(p, pj, pm, inv)
    if not len(kandidaten):
        return norm, gehuwdennorm, oud
    inv = _rijen(inv, kandidaten)

    def geldig(x):
        return np.where((x > 1) & (x <= dim), x, 0)

    def jarig(j, m, d, grenzen):
        hit = np.zeros(np.shape(j), bool)
        for gr in grenzen:
            hit |= pj - j == gr
        return np.where((m == pm) & hit, geldig(d), 0)

    def aow(j, m, d):
        x = _aow(p, j, m, d)
        return np.where(x // 100 == pj * 100 + pm, geldig(x % 100), 0)

    g = inv.heeft_partner
    kol = [
        jarig(inv.a_jaar, inv.a_maand, inv.a_dag, (18, 21, 27)),
        aow(inv.a_jaar, inv.a_maand, inv.a_dag),
        np.where(g, jarig(inv.p_jaar, inv.p_maand, inv.p_dag, (18, 21, 27)), 0),
        np.where(g, aow(inv.p_jaar, inv.p_maand, inv.p_dag), 0),
    ]
    kj, km, kd_ = inv.kinderen
    kol += list(jarig(kj, km, kd_, (18,)).T)
    mj, mm, md, _ = inv.medebewoners
    kol += list(jarig(mj, mm, md, (p.art19a.kostendeler_minimumleeftijd,)).T)
    G = np.stack(kol, axis=1)
    binnen = np.flatnonzero((G > 0).any(axis=1))  # plekken in de kandidaten
    if not len(binnen):
        return norm, gehuwdennorm, oud
    G = np.where(G[binnen] > 0, G[binnen], dim + 1)
    G.sort(axis=1)
    G = G[:, : int((G <= dim).sum(axis=1).max())]
    sub = _rijen(inv, binnen)
    rijen = kandidaten[binnen]
    r = len(rijen)
    starts = np.concatenate([np.ones((r, 1), np.int64), G], axis=1)
    eindes = np.concatenate([G - 1, np.full((r, 1), dim)], axis=1)
    tot = np.zeros(r, np.int64)
    gtot = np.zeros(r, np.int64)
    ooit = np.zeros(r, bool)
    acc_d, acc_n, acc_g, acc_r = (
        np.zeros(r, np.int64),
        np.full(r, -1, np.int64),
        np.zeros(r, np.int64),
        np.zeros(r, bool),
    )
    for k in range(starts.shape[1]):
        s = np.minimum(starts[:, k], dim)
        lengte = np.maximum(eindes[:, k] - starts[:, k] + 1, 0)
        n_k, g_k, la_k = _norm(p, pj, pm, s, sub)
        rk = la_k >= 18
        n_k, g_k = np.where(rk, n_k, 0), np.where(rk, g_k, 0)
        telt = lengte > 0
        nieuw = telt & ((n_k != acc_n) | (g_k != acc_g) | (rk != acc_r))
        klaar = nieuw & (acc_d > 0)
        tot += np.where(klaar, (2 * acc_n * acc_d + dim) // (2 * dim), 0)
        gtot += np.where(klaar, (2 * acc_g * acc_d + dim) // (2 * dim), 0)
        acc_d = np.where(nieuw, lengte, acc_d + np.where(telt, lengte, 0))
        acc_n, acc_g, acc_r = np.where(nieuw, n_k, acc_n), np.where(nieuw, g_k, acc_g), np.where(nieuw, rk, acc_r)
        ooit |= telt & rk
    tot += (2 * acc_n * acc_d + dim) // (2 * dim)
    gtot += (2 * acc_g * acc_d + dim) // (2 * dim)
    norm, gehuwdennorm, oud = norm.copy(), gehuwdennorm.copy(), oud.copy()
    norm[rijen], gehuwdennorm[rijen], oud[rijen] = tot, gtot, ooit
    return norm, gehuwdennorm, oud


def _norm(p, pj, pm, pd, inv):
    la = _lt(inv.a_jaar, inv.a_maand, inv.a_dag, pj, pm, pd)
    lp = _lt(inv.p_jaar, inv.p_maand, inv.p_dag, pj, pm, pd)
    g = inv.heeft_partner
    kj = _lt(*inv.kinderen, pj, pm, pd)
    kind_ok = (kj >= 0) & (kj < 18)
    kinderen = kind_ok.sum(axis=1)
    mj, mm, md, uitz = inv.medebewoners
    kd = ((_lt(mj, mm, md, pj, pm, pd) >= p.art19a.kostendeler_minimumleeftijd) & ~uitz).sum(axis=1)

    def aow(j, m, d):
        return _aow(p, j, m, d) <= pj * 10000 + pm * 100 + pd

    aow_a = aow(inv.a_jaar, inv.a_maand, inv.a_dag)
    aow_p = g & aow(inv.p_jaar, inv.p_maand, inv.p_dag)
    ja, jp = la < 21, g & (lp < 21)
    k = kinderen > 0
    basis = np.select(
        [
            g & aow_a & aow_p,
            g & (aow_a | aow_p),
            g & ja & jp & k,
            g & ja & jp,
            g & (ja | jp) & k,
            g & (ja | jp),
            g,
            aow_a,
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
    a21, p21 = ~ja, g & ~jp
    mz = inv.mantelzorg_elders & (p.art22a.mantelzorg_elders is True)
    kdj = (kd > 0) & ~mz
    toepassen = kdj & (a21 | p21)
    een_jong = g & (ja | jp)
    A = np.where(een_jong, kd + 1, kd + 1 + g)
    b22b, b22c, b21 = p.art22.gehuwden_beiden_aow, p.art22.gehuwden_een_aow, p.art21.gehuwden
    Ba = np.where(aow_a, b22b, np.where(aow_p, b22c, b21))
    Bp = np.where(aow_p, b22b, np.where(aow_a, b22c, b21))
    bp, op = p.art22a.basispercentage, p.art22a.opslag_per_persoon

    def kdn(a, b):
        t = b * (bp.numerator * op.denominator + a * op.numerator * bp.denominator)
        n = a * bp.denominator * op.denominator
        return (2 * t + n) // (2 * n)

    pa, pp = kdn(A, Ba), kdn(A, Bp)
    jd = np.where(k, p.art22a.partner_jonger_kinderen, p.art22a.partner_jonger_zonder_kinderen)
    norm = np.where(toepassen, np.where(een_jong, np.where(ja, pp, pa) + jd, np.where(g, pa + pp, pa)), basis)
    gehuwdennorm = norm
    nrp = g & ~inv.p_rechthebbend
    pct24 = p.art24.percentage_niet_rechthebbende_partner
    grond24 = np.where(
        ja,
        np.where(k, p.art20.gehuwden_beiden_jonger_kinderen, p.art20.gehuwden_beiden_jonger),
        np.where(aow_a, b22b, b21),
    )
    norm = np.where(nrp & (ja | ~kdj), _pct(grond24, pct24), np.where(nrp, pa, norm))
    if p.art20.jongerentoeslag is not None:
        aantal = (ja & ~inv.a_beroep_op_ouders) * 1 + (g & jp & ~inv.p_beroep_op_ouders & ~nrp) * 1
        zonder_kd = np.where(nrp, _pct(b21, pct24), np.where(g, b21, p.art21.alleenstaande))
        if p.art20.lid4_maximum == "kostendelersnorm_21_jaar":  # de andere lezing van art. 20 lid 4
            vk = kdn(kd + 1 + g, b21)
            verg = np.where(kd > 0, np.where(g & ~nrp, 2 * vk, vk), zonder_kd)
        else:  # letterlijk: 'de norm, bedoeld in artikel 21', zonder kostendelers
            verg = zonder_kd
        norm = np.where(aantal > 0, np.minimum(norm + aantal * p.art20.jongerentoeslag, np.maximum(verg, norm)), norm)
    if p.art24a.alo_kop_per_jaar is not None:
        norm = norm + (k & (nrp | (~g & inv.toeslagpartner))) * ((2 * p.art24a.alo_kop_per_jaar + 12) // 24)
    return norm, gehuwdennorm, la


def maand(p, maand, inv, st):
    pj, pm = maand.year, maand.month
    norm, gehuwdennorm, la = _norm(p, pj, pm, 1, inv)
    norm, gehuwdennorm, oud18 = _dagdelen(p, pj, pm, inv, norm, gehuwdennorm, la >= 18)
    # wat per maand gaat: de situatie op de eerste dag
    lp = _lt(inv.p_jaar, inv.p_maand, inv.p_dag, pj, pm)
    g = inv.heeft_partner
    kj = _lt(*inv.kinderen, pj, pm)
    kind_ok = (kj >= 0) & (kj < 18)
    k = kind_ok.sum(axis=1) > 0
    jongste = np.where(kind_ok, kj, 99).min(axis=1, initial=99)
    aow_a = _aow(p, inv.a_jaar, inv.a_maand, inv.a_dag) <= pj * 10000 + pm * 100 + 1
    ja = la < 21
    nrp = g & ~inv.p_rechthebbend
    del lp, ja

    # vermogen (doorlopende toets vanaf 2026; aanvangstoets daarvoor)
    a34 = p.art34
    v = np.maximum(inv.bezittingen - inv.schulden, 0)
    grens = np.where(g, a34.grens_gehuwden, np.where(k, a34.grens_alleenstaande_ouder, a34.grens_alleenstaande))
    if a34.toets == "aanvang":
        eerste = st.vermogen_aanvang < 0
        laagste = np.where(eerste, v, np.minimum(st.vermogen_laagste, v))
        ok = np.where(eerste, v <= grens, v - laagste <= grens - st.vermogen_aanvang)
    else:
        ok = v <= grens
        laagste = np.where(st.vermogen_aanvang < 0, v, np.minimum(st.vermogen_laagste, v))
    aanvang = np.where(ok, np.where(st.vermogen_aanvang < 0, v, st.vermogen_aanvang), -1)

    # vrijlating aanvrager (art. 31 lid 2; de benchmarkpopulatie heeft geen partnerinkomen)
    a = p.art31
    arb = inv.arbeid_a
    werkt = arb > 0
    oud = la >= a.minimumleeftijd_vrijlating
    n_kan = werkt & oud & (aow_a | (inv.vrijlating_toepassen & (st.n_a < a.n_maanden)))
    n_b = np.minimum(_pct(arb, a.n_percentage), a.n_maximum)
    ouder = ~g & k & (jongste < a.r_kind_jonger_dan)
    r_kan = werkt & oud & ~aow_a & ouder & (st.n_a >= a.n_maanden) & (st.r_a < a.r_maanden)
    r_b = np.minimum(_pct(arb, a.r_percentage), a.r_maximum)
    y_kan = werkt & inv.a_medisch_urenbeperkt & ~aow_a
    y_b = np.minimum(_pct(arb, a.y_percentage), a.y_maximum)
    z_kan = werkt & inv.a_doelgroep_lks & ~aow_a & (st.n_a >= a.n_maanden) & (st.z_a < a.z_maanden)
    z_b = np.minimum(_pct(arb, a.z_percentage), a.z_maximum)
    aa_kan = werkt & inv.a_doelgroep_lks & ~aow_a & (st.n_a >= a.n_maanden) & (st.z_a >= a.z_maanden)
    aa_kan = aa_kan & inv.uitbreiding_uren_niet_mogelijk
    aa_b = np.minimum(_pct(arb, a.aa_percentage), a.aa_maximum)
    vrij = np.maximum.reduce(
        [
            np.where(n_kan, n_b, 0),
            np.where(y_kan, y_b, 0),
            np.where(r_kan, r_b, 0),
            np.where(z_kan, z_b, 0),
            np.where(aa_kan, aa_b, 0),
        ]
    )
    gn = n_kan & (n_b == vrij) & (vrij > 0)
    gy = y_kan & (y_b == vrij) & (vrij > 0) & ~gn
    gr = r_kan & (r_b == vrij) & (vrij > 0) & ~(gn | gy)
    gz = z_kan & (z_b == vrij) & (vrij > 0) & ~(gn | gy | gr)
    n_loopt = werkt & inv.vrijlating_toepassen & ~aow_a & (st.n_a < a.n_maanden) & (oud | inv.a_doelgroep_lks)
    r_inc = gr | (st.r_a > 0)
    z_inc = inv.a_doelgroep_lks & ~aow_a & (st.n_a >= a.n_maanden)
    b34a = st.b34a_a
    if p.art34a.van_toepassing:  # art. 34a vervangt art. 31 lid 2 onder n-aa
        c = p.art34a
        teller = np.where(inv.nieuw_dienstverband & (st.b34a_a >= c.a_maanden), 0, st.b34a_a)
        ak = werkt & ~aow_a & inv.vrijlating_toepassen & ((teller < c.a_maanden) | inv.uitbreiding_uren_niet_mogelijk)
        bk = werkt & ~aow_a & inv.a_medisch_urenbeperkt
        ck = werkt & aow_a
        vrij = np.select(
            [ck, bk, ak],
            [np.minimum(_pct(arb, c.c_percentage), c.c_maximum), _pct(arb, c.b_percentage), _pct(arb, c.a_percentage)],
            0,
        )
        b34a = teller + ((ak & ~bk & ~ck) | (teller > 0))
        gn = gr = gz = n_loopt = r_inc = z_inc = False
    elif not a.vrijlatingen_n_tot_aa_van_toepassing:
        vrij = 0
        gn = gr = gz = n_loopt = r_inc = z_inc = False

    grens_g = (
        a.giften_vrij_per_kalenderjaar
        if a.giften_vrij_per_kalenderjaar is not None
        else p.gemeente.giften_vrij_per_kalenderjaar_voor_2026
    )
    eerder = 0 if maand.year != st.kalenderjaar else st.giften_jaar
    deze = inv.giften + inv.giften_in_natura
    g_telt = np.maximum(deze - np.maximum(grens_g - eerder, 0), 0)
    eigen = arb + inv.uitkering_a + inv.overig_a - vrij + g_telt
    partner = inv.arbeid_p + inv.uitkering_p + inv.overig_p  # (geen partnervrijlating in de benchmarkpopulatie)
    boven = partner + eigen + np.maximum(norm - eigen, 0) - gehuwdennorm
    middelen = eigen + np.where(nrp, np.minimum(np.maximum(boven, 0), partner), partner)
    recht = oud18 & ok
    voor = np.where(recht, np.maximum(norm - middelen, 0), 0)
    maatr = (2 * norm * inv.maatregel_bp + 10000) // 20000
    verl = np.minimum(maatr, voor)
    bijstand = voor - verl
    vt = _pct(bijstand, p.art19.vakantietoeslag_percentage)
    st_nieuw = type(st)(
        n_a=st.n_a + n_loopt,
        n_p=st.n_p,
        r_a=st.r_a + r_inc,
        r_p=st.r_p,
        z_a=st.z_a + z_inc,
        z_p=st.z_p,
        b34a_a=b34a,
        b34a_p=st.b34a_p,
        giften_jaar=eerder + deze,
        taaleis_maanden=st.taaleis_maanden,
        vermogen_aanvang=aanvang,
        vermogen_laagste=laagste,
        kalenderjaar=maand.year,
    )
    return (norm, vrij, middelen, verl, bijstand, vt), st_nieuw
