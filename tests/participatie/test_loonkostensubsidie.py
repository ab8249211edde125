# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Loonkostensubsidie (Pw art. 10d lid 4 en 7), met de hand nagerekend.

Gegevens:
- WML per uur 1-1-2026: € 14,71 (Regeling SZW 9 oktober 2025, nr. 2025-0000213859); 1-7-2025: € 14,40;
  1-1-2025: € 14,06 (domeinnotities §1.6).
- Maand bij 36 uur: uurloon x 36 x 52 / 12 = uurloon x 156.
- Vakantiebijslag 8% (Wml art. 15). Maximum 70% (art. 10d lid 4). Werkgeverslasten 23,5%
  (Regeling loonkostensubsidie Participatiewet art. 1, Stcrt. 2017, 68248).
Eén afronding aan het eind, half naar boven op centen.
"""

from __future__ import annotations

import datetime as dt

import pytest

from balans.participatie.loonkostensubsidie import LksFout, bereken

MAART = dt.date(2026, 3, 1)


def test_loonwaarde_50_voltijd():
    # 1471 x 156 = 229.476 ct; x 1,08 = 247.834,08; verschil bij 50%: 123.917,04 (onder 70% = 173.483,856)
    # x 1,235 = 153.037,5444 -> 153.038 ct = € 1.530,38
    u = bereken(loonwaarde_bp=5000, uren_per_week=36, maand=MAART)
    assert u.per_maand == 153038
    assert not u.gemaximeerd
    # per gewerkt uur: 153.037,5444 / (36 x 52 / 12 = 156 uur) = 981,0099 -> 981 ct
    assert u.per_uur == 981
    assert [s.artikel for s in u.stappen][-1].startswith("Pw art. 10d lid 4")


def test_maximum_70_procent():
    # loonwaarde 20%: verschil 80% > 70%; 247.834,08 x 0,70 = 173.483,856; x 1,235 = 214.252,56216 -> € 2.142,53
    u = bereken(loonwaarde_bp=2000, uren_per_week=36, maand=MAART)
    assert u.per_maand == 214253
    assert u.gemaximeerd


def test_naar_rato_van_de_uren():
    # 24 van 36 uur: 153.037,5444 x 24 / 36 = 102.025,0296 -> € 1.020,25
    assert bereken(loonwaarde_bp=5000, uren_per_week=24, maand=MAART).per_maand == 102025
    # 40 uur bij een voltijd van 38 in de sector: telt 38; 153.037,5444 x 38 / 36 = 161.539,6302 -> € 1.615,40
    assert bereken(loonwaarde_bp=5000, uren_per_week=40, voltijd_uren=38, maand=MAART).per_maand == 161540


def test_jaarlijks_per_1_januari():
    # art. 10d lid 7: een lopende subsidie volgt het WML van 1 januari, ook na 1 juli
    # dienstbetrekking sinds maart 2025, rekenen over oktober 2025: WML 1-1-2025 = 1406
    # 1406 x 156 = 219.336; x 1,08 = 236.882,88; x 0,5 = 118.441,44; x 1,235 = 146.275,1784 -> 146.275
    u = bereken(loonwaarde_bp=5000, uren_per_week=36, maand=dt.date(2025, 10, 1), ingang=dt.date(2025, 3, 1))
    assert (u.wml_uur, u.wml_datum, u.per_maand) == (1406, dt.date(2025, 1, 1), 146275)
    # begon de dienstbetrekking in augustus 2025, dan het WML van die dag: 1440 (1-7-2025)
    # 1440 x 156 = 224.640; x 1,08 = 242.611,2; x 0,5 = 121.305,6; x 1,235 = 149.812,416 -> 149.812
    u = bereken(loonwaarde_bp=5000, uren_per_week=36, maand=dt.date(2025, 10, 1), ingang=dt.date(2025, 8, 1))
    assert (u.wml_uur, u.per_maand) == (1440, 149812)


@pytest.mark.parametrize(
    "args, veld",
    [
        ({"loonwaarde_bp": 0}, "loonwaarde"),
        ({"loonwaarde_bp": 10000}, "loonwaarde"),
        ({"uren_per_week": 0}, "urenPerWeek"),
        ({"uren_per_week": 61}, "urenPerWeek"),
        ({"voltijd_uren": 35}, "voltijdUren"),
        ({"maand": dt.date(2026, 9, 1), "ingang": dt.date(2026, 8, 1)}, "datum"),  # WML 1-7-2026 nog niet bekend
    ],
)
def test_foute_invoer(args, veld):
    basis = {"loonwaarde_bp": 5000, "uren_per_week": 36, "maand": MAART}
    with pytest.raises(LksFout) as e:
        bereken(**{**basis, **args})
    assert e.value.veld == veld
