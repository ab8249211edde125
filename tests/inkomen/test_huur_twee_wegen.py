# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Eén huurtoeslag langs twee wegen (issue 19, 'What must hold': traced en gevectoriseerd gelijk).

De rekenhulp, /v1/wat-als, /mijn en het inkomen-blok rekenen de huurtoeslag per huishouden met uitleg uit de casus
(rekenen/huishouden._huurtoeslag: wie er die maand in huis woont, de oudste, de AOW-leeftijd). De beleidsrun rekent
hem gevectoriseerd uit kolommen (inkomen/heel.heel_inkomen met personen, oudste en aow). Voor willekeurige
huishoudens (huurder 19 of ouder, kinderen onder de 18, medebewoners) moeten beide hetzelfde geven, in elk jaar
2024-2027, bij elk loon, elke bijstand en elk vermogen.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from balans.casus.laden import uit_data
from balans.inkomen import kinderbijslag as kb
from balans.inkomen.context import ctx_voor
from balans.inkomen.heel import heel_inkomen
from balans.rekenen.huishouden import AOW_LEEFTIJD, _huurtoeslag
from balans.inkomen.kindgebonden_budget import leeftijd_wkb, tel_kinderen


@st.composite
def huishoudens(draw):
    jaar = draw(st.sampled_from([2024, 2025, 2026, 2027]))
    maand = dt.date(jaar, draw(st.integers(1, 12)), 1)

    def geboren(min_jaren, max_jaren):
        return dt.date(jaar - draw(st.integers(min_jaren, max_jaren)), draw(st.integers(1, 12)), 1)

    # De huurder is 19 of ouder: onder de 18 geen huurtoeslag (Wht art. 8); de kolommen kennen dat niet, want in de
    # beleidsrun is de aanvrager van bijstand altijd volwassen.
    h: dict = {"aanvrager": {"geboortedatum": geboren(19, 80).isoformat()}}
    if draw(st.booleans()):
        h["partner"] = {"geboortedatum": geboren(18, 80).isoformat()}
    h["kinderen"] = [{"geboortedatum": geboren(1, 16).isoformat()} for _ in range(draw(st.integers(0, 3)))]
    h["medebewoners"] = [{"geboortedatum": geboren(19, 60).isoformat()} for _ in range(draw(st.integers(0, 2)))]
    # Een medebewoner met de geboortedatum van de partner is de partner (de casus weigert dat, issue 15): een jaar eerder.
    for mb in h["medebewoners"]:
        if "partner" in h and mb["geboortedatum"] == h["partner"]["geboortedatum"]:
            d = dt.date.fromisoformat(mb["geboortedatum"])
            mb["geboortedatum"] = d.replace(year=d.year - 1).isoformat()
    huur = draw(st.integers(20_000, 140_000))
    service = draw(st.integers(0, 9_000))
    h["woning"] = {
        "soort": "huur",
        "kale_huur": f"{huur // 100}.{huur % 100:02d}",
        "servicekosten": f"{service // 100}.{service % 100:02d}",
    }
    c = uit_data({"naam": "twee wegen", "periode": {"van": f"{maand:%Y-%m}", "tot": f"{maand:%Y-%m}"}, "huishouden": h})
    return c, maand, draw(st.integers(0, 250_000)), draw(st.integers(0, 500_000)), draw(st.integers(0, 60_000_00))


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(huishoudens())
def test_casus_en_kolommen_geven_dezelfde_huurtoeslag(geval):
    c, maand, bijstand, bruto, vermogen = geval
    h = c.huishouden
    partner = h.partner is not None
    ctx = ctx_voor(maand, uitleg=False)
    kinderen = [k.geboortedatum for k in h.kinderen]
    x = heel_inkomen(
        ctx,
        bijstand,
        bruto,
        partner,
        tel_kinderen(kinderen, maand),
        kb.tel_kinderen(kinderen, maand),
        vermogen=vermogen,
    )
    uit_casus = _huurtoeslag(ctx, c, maand, int(x.toetsingsinkomen), partner, vermogen)

    leden = [h.aanvrager.geboortedatum] + ([h.partner.geboortedatum] if partner else [])
    in_huis = leden + [k for k in kinderen if k < maand] + [m.geboortedatum for m in h.medebewoners]
    leeftijden = [leeftijd_wkb(g, maand) for g in in_huis]
    v = ctx_voor(maand, uitleg=False, vector=True)
    kol = heel_inkomen(
        v,
        np.array([bijstand]),
        np.array([bruto]),
        np.array([partner]),
        tuple(np.array([n]) for n in tel_kinderen(kinderen, maand)),
        tuple(np.array([n]) for n in kb.tel_kinderen(kinderen, maand)),
        vermogen=np.array([vermogen]),
        kale_huur=np.array([int(h.woning.kale_huur)]),
        servicekosten=np.array([int(h.woning.servicekosten)]),
        personen=np.array([len(in_huis)]),
        oudste=np.array([max(leeftijden)]),
        aow=np.array([any(leeftijd_wkb(g, maand) >= AOW_LEEFTIJD for g in leden)]),
    )
    assert (int(np.asarray(kol.huurtoeslag)[0]), int(np.asarray(kol.huurtoeslag_jaar)[0])) == (
        int(uit_casus.maand),
        int(uit_casus.jaar),
    ), (maand, len(in_huis), max(leeftijden))
