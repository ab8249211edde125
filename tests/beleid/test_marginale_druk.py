# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Marginale druk met het hele inkomen (beleid/marginale_druk.py), met de hand nagerekend.

Eén maand, januari 2026, de wet. Minimumloon januari 2026: € 2.294,40 bruto per maand (Wml art. 8); de stap is
10% daarvan: € 229,44.

Alleenstaande, van 0 naar € 229,44 bruto:
- loonheffing (witte tabel, met loonheffingskorting): tabelloon 12 x 229,44 = 2.753,28 -> 2.700 (veelvoud van 54);
  belasting en premie 35,75% = 965; de algemene heffingskorting (3.115 bij dit loon) is al hoger: loonheffing 0;
  netto = bruto = 229,44;
- bijstand: in 2026 geldt nog Pw art. 31 lid 2 onder n (eerste maand met werk, 27 jaar of ouder): 25% van 229,44
  = 57,36 blijft vrij (hoogstens 285); de bijstand daalt met 229,44 - 57,36 = 172,08;
- toeslagen: het toetsingsinkomen 12 x (loon + bruto bijstand) blijft onder het drempelinkomen 29.735,424 (de bruto
  bijstand is hoogstens 1.775,75, zie tests/inkomen/test_casus_inkomen.py): de zorgtoeslag blijft het maximum
  2.119 - 1,912% x 29.735,424 = 1.550,46 -> 1.550 per jaar -> 129,17 per maand, op beide punten;
- extra inkomen 229,44 - 172,08 = 57,36; druk 1 - 57,36 / 229,44 = 3/4, precies 75%.
Met kinderen verandert dat niet: kindgebonden budget en kinderbijslag hangen hier niet af van het loon (geen afbouw
onder het drempelinkomen; kinderbijslag is niet inkomensafhankelijk).

Bij geen loon, per maand (de bijstand 2026-01 voor een alleenstaande (ouder): € 1.401,50, Pw art. 21 onder a):
- kindgebonden budget, 1 kind: (2.580 + 3.416 alleenstaande-ouderkop) / 12 = 499,67; 2 kinderen:
  (2 x 2.580 + 3.416) / 12 = 714,67; paar met 2 kinderen (geen kop): 5.160 / 12 = 430,00 (Wkb art. 2, 2026);
- kinderbijslag (AKW art. 12, 2026-01): kind van 2020-04-01 is 5 op 1 januari: 295,07 per kwartaal -> 98,36 per
  maand; kind van 2018-04-01 is 7: 358,30 -> samen 653,37 per kwartaal -> 217,79 per maand;
- zorgtoeslag paar: 2 x 2.119 - 4,289% x 29.735,424 = 2.962,65 -> 2.963 per jaar -> 246,92 per maand.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import numpy as np

from balans.beleid import marginale_druk as M
from balans.inkomen.context import ctx_voor
from balans.inkomen.heel import heel_inkomen
from balans.wet.parameters import ParameterBoom

JAN = dt.date(2026, 1, 1)


def _md():
    return M.bereken(ParameterBoom.voor("wet", None), [JAN])


def test_druk_van_nul_naar_tien_procent_minimumloon_met_de_hand():
    md = _md()
    assert md.minimumloon == 229440 and md.stap == 22944
    for t in ("alleenstaande", "alleenstaande ouder, 1 kind", "alleenstaande ouder, 2 kinderen"):
        assert md.druk[t][0] == Fraction(3, 4), t


def test_inkomen_bij_geen_loon_met_de_hand():
    md = _md()
    a = md.inkomen["alleenstaande"][0]
    assert (a["loon_netto"], a["bijstand"], a["zorgtoeslag"], a["kindgebonden_budget"], a["kinderbijslag"]) == (
        0,
        140150,
        12917,
        0,
        0,
    )
    assert a["totaal"] == 140150 + 12917
    een = md.inkomen["alleenstaande ouder, 1 kind"][0]
    assert (een["kindgebonden_budget"], een["kinderbijslag"]) == (49967, 9836)
    twee = md.inkomen["alleenstaande ouder, 2 kinderen"][0]
    assert (twee["kindgebonden_budget"], twee["kinderbijslag"]) == (71467, 21779)
    assert twee["totaal"] == 140150 + 12917 + 71467 + 21779
    paar = md.inkomen["paar, 2 kinderen"][0]
    assert (paar["zorgtoeslag"], paar["kindgebonden_budget"], paar["kinderbijslag"]) == (24692, 43000, 21779)


def test_gevectoriseerd_is_gelijk_aan_een_huishouden():
    """De twee standen van dezelfde regels: elke rij van de array = de scalaire berekening van die rij."""
    cv, cs = ctx_voor(JAN, uitleg=False, vector=True), ctx_voor(JAN, uitleg=False)
    bijstand = np.array([0, 140150, 66187, 200213, 10765, 0])
    bruto = np.array([250000, 0, 100000, 0, 229440, 400000])
    partner = np.array([False, False, False, True, True, True])
    kind = (np.array([1, 2, 0, 2, 0, 1]), np.array([0, 1, 0, 0, 0, 0]), np.array([0, 0, 0, 1, 0, 0]))
    kb = (np.array([1, 1, 0, 1, 0, 0]), np.array([0, 1, 0, 0, 0, 1]), np.array([0, 0, 0, 1, 0, 0]))
    v = heel_inkomen(cv, bijstand, bruto, partner, kind, kb)
    for i in range(len(bijstand)):
        s = heel_inkomen(
            cs,
            int(bijstand[i]),
            int(bruto[i]),
            bool(partner[i]),
            tuple(int(k[i]) for k in kind),
            tuple(int(k[i]) for k in kb),
        )
        for veld in (
            "loon_netto",
            "bijstand_bruto",
            "toetsingsinkomen",
            "zorgtoeslag",
            "kindgebonden_budget",
            "kinderbijslag",
            "totaal",
        ):
            assert int(np.asarray(getattr(v, veld))[i]) == int(getattr(s, veld)), (i, veld)


def test_meer_bruto_loon_kost_nooit_meer_dan_het_hele_extra_loon():
    """Eigenschap (issue 19): het hele inkomen daalt nooit door meer loon; een druk boven 100% zou hier een fout zijn
    (balans kent zo'n punt in deze typen niet: de vrijlating en de afbouw van de toeslagen zijn elk onder 100%)."""
    md = _md()
    for t, r in md.druk.items():
        assert all(0 <= d < 1 for d in r), (t, r)


def test_in_het_rapport_en_in_de_json():
    from balans.beleid import rapport as R
    from tests.beleid.test_rapport import maak_uitkomst

    u = maak_uitkomst(n=200)
    assert set(u.marginale_druk) == {"wet-2026", "wet-2027"}
    html = R.rapport_html(u)
    assert "Marginale druk met het hele inkomen" in html and "Huurtoeslag zit niet in dit totaal" in html
    ctx = R.rapport_context(u)["marginale_druk"]
    assert len(ctx["rijen"]) == len(M.TYPEN) * len(M.PUNTEN) and ctx["minimumloon"] == "€ 2.294,40"
    data = R.rapport_json(u)["marginale_druk"]["wet-2027"]
    assert data["huurtoeslag"] is None and data["bruto"][4] == "2294.40"
    assert data["inkomen"]["alleenstaande"][0]["zorgtoeslag"] == "129.17"  # 2026: zie boven
