# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Wat als, met het hele inkomen: zorgtoeslag, kindgebonden budget en kinderbijslag per aantal uren.

Alleenstaande ouder (geboren 1990), kind geboren 2017-06-01, 2026-01, met een woning. Bij 0 uur (met de hand, zoals
tests/inkomen/test_casus_inkomen.py): bijstand 1.401,50; zorgtoeslag 129,17; kindgebonden budget 499,67;
kinderbijslag 119,43; wat u overhoudt 2.149,77. Bruto bijstand 1.775,75.

Bij 16 uur, netto uurloon 12,50: loon 16 x 52/12 x 12,50 = 866,67 (geen vakantiegeld: geen verwachting).
Vrijlating 25% (Pw art. 31 lid 2 onder n, 2026) = 216,67 (216,6675); bijstand 1.401,50 - 650,00 = 751,50. Het
toetsingsinkomen 12 x (bruto loon + bruto bijstand) blijft onder het drempelinkomen (bruto loon < 900, bruto bijstand
< 1.000: samen < 22.800 < 29.735,424): de toeslagen blijven gelijk. Wat u overhoudt: 866,67 + 751,50 + 129,17 +
499,67 + 119,43 = 2.366,44.

Huurtoeslag (Wht 2026; kale huur 650,00, servicekosten 48,00 tellen vanaf 2026 niet mee, art. 5): twee personen, dus
meerpersoons. Basishuur = normhuur 252,49 - 3,63 (art. 17) - 48,15 (Wet verlaging eigen bijdrage) = 200,71.
100% van 498,20 - 200,71 = 297,49, plus 65% van 650,00 - 498,20 = 151,80 -> 98,67: 396,16 per maand. Het
toetsingsinkomen (bij 0 uur 12 x 1.775,75 = 21.309, bij 16 uur < 22.800) blijft onder het
minimum-inkomensijkpunt meerpersoons 31.500 (art. 21 lid 2): geen afbouw. Per jaar 12 x 396,16 = 4.753,92 -> € 4.754
(Awir art. 14 lid 4), per maand 4.754 / 12 = 396,1667 -> € 396,17. Wat u overhoudt met huurtoeslag: 2.149,77 +
396,17 = 2.545,94 bij 0 uur en 2.366,44 + 396,17 = 2.762,61 bij 16 uur.
"""

from __future__ import annotations

import json
from decimal import Decimal

import yaml

from balans.casus.laden import uit_tekst
from balans.cli import main
from balans.inkomen.context import ctx_voor
from balans.inkomen.loonheffing import netto_loon
from balans.maandstaat.watals import curve, hele_inkomen
from balans.zaak import diensten
from tests.hulp.casussen import OUDER_MET_KIND_EN_HUUR

OUDER = OUDER_MET_KIND_EN_HUUR  # tests/hulp/casussen.py


def _casus(tekst=OUDER):
    return uit_tekst(tekst)


def test_hele_inkomen_per_uur_met_de_hand():
    c = _casus()
    pt = curve(c, 1250, van_uren=Decimal(0), tot_uren=Decimal(16), stap=Decimal(16))
    h0, h16 = hele_inkomen(c, pt)
    assert (h0.bijstand_bruto, h0.zorgtoeslag, h0.kindgebonden_budget, h0.kinderbijslag) == (
        177575,
        12917,
        49967,
        11943,
    )
    assert h0.huurtoeslag == h16.huurtoeslag == 39617
    assert h0.wat_u_overhoudt == 214977 + 39617
    assert (pt[1].loon, pt[1].bijstand) == (86667, 75150)
    assert (h16.zorgtoeslag, h16.kindgebonden_budget, h16.kinderbijslag) == (12917, 49967, 11943)
    assert h16.wat_u_overhoudt == 236644 + 39617
    # het bruto loon hoort precies bij het netto loon (witte tabel), en is het laagste dat dat netto geeft
    ctx = ctx_voor(c.periode.van, uitleg=False)
    assert netto_loon(ctx, h16.loon_bruto)[0] == 86667
    assert netto_loon(ctx, h16.loon_bruto - 1)[0] < 86667


def test_toeslagen_dalen_met_het_loon_en_het_totaal_stijgt():
    c = _casus()
    # 15,00 netto per uur: bij 40 uur 2.600 netto, bruto ruim 2.800: toetsingsinkomen boven 29.735,424
    punten = curve(c, 1500, tot_uren=40, stap=Decimal(4))
    hele = hele_inkomen(c, punten)
    zt = [h.zorgtoeslag for h in hele]
    kgb = [h.kindgebonden_budget for h in hele]
    assert zt == sorted(zt, reverse=True) and kgb == sorted(kgb, reverse=True)
    assert zt[-1] < zt[0] and kgb[-1] < kgb[0]
    totaal = [h.wat_u_overhoudt for h in hele]
    assert totaal == sorted(totaal)
    for p, h in zip(punten, hele):
        assert h.wat_u_overhoudt == (p.totaal + h.zorgtoeslag + h.kindgebonden_budget + h.kinderbijslag + h.huurtoeslag)


def test_api_vorm_en_zonder_woning_geen_hele_inkomen():
    c = _casus()
    uit = diensten.wat_als(c, 1250, tot_uren=8)
    hi = uit["hele_inkomen"]
    assert "Huurtoeslag zit in dit totaal" in hi["let_op"] and hi["niet_meegeteld"] == ["gemeentelijke regelingen"]
    assert hi["punten"][0] == {
        "uren_per_week": "0",
        "loon_bruto": "0.00",
        "bijstand_bruto": "1775.75",
        "zorgtoeslag": "129.17",
        "kindgebonden_budget": "499.67",
        "kinderbijslag": "119.43",
        "huurtoeslag": "396.17",
        "wat_u_overhoudt": "2545.94",
    }
    d = yaml.safe_load(OUDER)
    d["huishouden"]["woning"] = {"soort": "koop"}  # een woning zonder huur: alles behalve huurtoeslag
    hi = diensten.wat_als(uit_tekst(yaml.safe_dump(d)), 1250, tot_uren=8)["hele_inkomen"]
    assert "Huurtoeslag zit niet in dit totaal" in hi["let_op"] and hi["niet_meegeteld"][0] == "huurtoeslag"
    assert (hi["punten"][0]["huurtoeslag"], hi["punten"][0]["wat_u_overhoudt"]) == (None, "2149.77")
    del d["huishouden"]["woning"]
    assert diensten.wat_als(uit_tekst(yaml.safe_dump(d)), 1250, tot_uren=8)["hele_inkomen"] is None


def test_maandstaat_cli_toont_wat_u_overhoudt(tmp_path, capsys):
    pad = tmp_path / "c.yaml"
    pad.write_text(
        OUDER + "verwachting: {werkgever: X, uren_per_week: 16, netto_uurloon: 12.50, loonperiode: maand}\n",
        encoding="utf-8",
    )
    assert main(["maandstaat", str(pad)]) == 0
    tekst = capsys.readouterr().out
    assert "U houdt over" in tekst and "Huurtoeslag zit in dit totaal" in tekst and "€ 396,17" in tekst
    assert main(["maandstaat", str(pad), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["wat_als"]["hele_inkomen"]["punten"][0]["wat_u_overhoudt"] == "2545.94"
