# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""/mijn, 'De hele maand: wat u hebt' (issue 19, item 4): met een huurwoning in de casus ook de huurtoeslag.

Alleenstaande ouder (geboren 1990), kind geboren 2017-06-01, 2026-01, kale huur € 650,00 en € 48,00 servicekosten,
geen inkomen, bijstand € 1.401,50. Met de hand (zoals tests/inkomen/test_watals_heel.py en test_casus_inkomen.py):
zorgtoeslag € 129,17, kindgebonden budget € 499,67, kinderbijslag € 119,43 (358,30 / 3), huurtoeslag € 396,17
(meerpersoons: basishuur 252,49 - 3,63 - 48,15 = 200,71; 297,49 + 65% x 151,80 = 396,16; toetsingsinkomen
12 x 1.775,75 = 21.309 onder 31.500; 4.753,92 -> 4.754 per jaar; / 12 = 396,17). Samen: 1.401,50 + 129,17 + 499,67 +
119,43 + 396,17 = € 2.545,94. Zonder huurwoning: geen huurtoeslag (None) en samen € 2.149,77.
"""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import yaml

from balans.casus.laden import uit_tekst
from balans.web.mijn import hele_maand
from tests.hulp.casussen import OUDER_MET_KIND_EN_HUUR

CASUS = OUDER_MET_KIND_EN_HUUR  # tests/hulp/casussen.py
STAAT = {"maanden": [{"maand": "2026-01", "middelen": "0.00", "vrijlating": "0.00"}], "toerekening": []}


def _maand(tekst: str):
    t = SimpleNamespace(casus=uit_tekst(tekst), recht={dt.date(2026, 1, 1): 140150})
    return hele_maand(t, STAAT, dt.date(2026, 1, 15))[0]


def test_de_hele_maand_met_huurtoeslag():
    h = _maand(CASUS)
    assert (h.bijstand, h.zorgtoeslag, h.kindgebonden_budget, h.kinderbijslag, h.huurtoeslag) == (
        140150,
        12917,
        49967,
        11943,
        39617,
    )
    assert h.samen == 254594
    assert h.als_json()["huurtoeslag"] == "396.17"


def test_zonder_huurwoning_geen_huurtoeslag():
    d = yaml.safe_load(CASUS)
    d["huishouden"]["woning"] = {"soort": "koop"}
    h = _maand(yaml.safe_dump(d))
    assert h.huurtoeslag is None and h.samen == 214977 and h.als_json()["huurtoeslag"] is None
