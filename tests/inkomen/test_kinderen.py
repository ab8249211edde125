# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Kindgebonden budget (Wkb art. 2, met Awir art. 14) en kinderbijslag (AKW art. 11-12). Met de hand:

KGB 2026, alleenstaande ouder, 1 kind van 8: 2.580 + alleenstaande-ouderkop 3.416 = 5.996.
  TI 21.000 < D (29.735,424): 5.996 per jaar, 499,67 per maand.
  TI 30.000: afbouw 7,6% x 264,576 = 20,107776; 5.996 - 20,11 = 5.975,89 -> 5.976 (Awir art. 14 lid 4) -> 498,00.
  (De domeinnotitie geeft 5.975,89 / 497,99: zonder de afronding op hele euro's van de Awir.)
KGB 2024, idem, TI 30.000: 2.436 + 3.480 = 5.916; 6,75% x (30.000 - 26.819,424) = 214,6889; 5.701,31 -> 5.701.
KGB 2025, idem, TI 30.000: 2.511 + 3.389 = 5.900; 7,10% x 1.594,272 = 113,1933; 5.786,81 -> 5.787.
KGB 2026, partners, kinderen van 3 en 13, TI 50.000: 2 x 2.580 + 724 = 5.884; drempel 29.735,424 + 9.405 = 39.140,424;
  7,6% x 10.859,576 = 825,3278; 5.058,67 -> 5.059 (421,58 per maand).
Kinderbijslag 2026 Q1: kind van 8 op 1 januari: 358,30 per kwartaal, 119,43 per maand (358,30 / 3 = 119,4333).
"""

import datetime as dt

import pytest

from balans.inkomen import kinderbijslag as kb
from balans.inkomen.kindgebonden_budget import kindgebonden_budget, leeftijd_wkb, tel_kinderen

E = 100


@pytest.mark.parametrize(
    "jaar, ti, jaarbedrag, maand",
    [
        (2026, 21000, 599600, 49967),
        (2026, 30000, 597600, 49800),
        (2024, 30000, 570100, 47508),
        (2025, 30000, 578700, 48225),
    ],
)
def test_alleenstaande_ouder_een_kind(ctx, jaar, ti, jaarbedrag, maand):
    k = kindgebonden_budget(ctx(jaar), ti * E, 1, 0, 0)
    assert (k.jaar, k.maand) == (jaarbedrag, maand)


def test_partners_twee_kinderen_2026(ctx):
    k = kindgebonden_budget(ctx(2026), 50000 * E, 2, 1, 0, partner=True)
    assert (k.jaar, k.maand) == (505900, 42158)


def test_geen_kinderen_geen_kop(ctx):
    assert kindgebonden_budget(ctx(2026), 0, 0, 0, 0).jaar == 0


def test_afbouw_tot_nul_en_minimum(ctx):
    # 2026, 1 kind, alleenstaand: 5.996 / 7,6% = 78.894,74 boven D: nul bij TI 108.630,16. Bij TI 108.300:
    # 7,6% x 78.564,576 = 5.970,9078 -> 25,09 -> 25 (>= 24). Bij 108.320: 7,6% x 78.584,576 = 5.972,4278 -> 23,57 -> 24.
    # Bij 108.330: 7,6% x 78.594,576 = 5.973,1878 -> 22,81 -> 23 < 24: niets (Awir art. 14 lid 5).
    c = ctx(2026)
    assert kindgebonden_budget(c, 108300 * E, 1, 0, 0).jaar == 2500
    assert kindgebonden_budget(c, 108320 * E, 1, 0, 0).jaar == 2400
    assert kindgebonden_budget(c, 108330 * E, 1, 0, 0).jaar == 0


def test_vermogen(ctx):
    c = ctx(2026)
    assert kindgebonden_budget(c, 0, 1, 0, 0, vermogen=146011 * E).jaar == 599600
    assert kindgebonden_budget(c, 0, 1, 0, 0, vermogen=146011 * E + 1).jaar == 0


def test_leeftijd_telt_vanaf_de_maand_na_de_verjaardag():
    # Wkb: de verhoging vanaf de maand na de maand waarin het kind 12 wordt; recht tot en met de maand waarin het 18 wordt.
    geboren = dt.date(2014, 3, 15)
    assert leeftijd_wkb(geboren, dt.date(2026, 3, 1)) == 11
    assert leeftijd_wkb(geboren, dt.date(2026, 4, 1)) == 12
    eerste = dt.date(2014, 3, 1)  # jarig op de eerste: ook pas de maand erna
    assert leeftijd_wkb(eerste, dt.date(2026, 3, 1)) == 11
    assert tel_kinderen([dt.date(2008, 5, 20)], dt.date(2026, 5, 1)) == (1, 0, 1)  # wordt 18 in mei: mei telt nog
    assert tel_kinderen([dt.date(2008, 5, 20)], dt.date(2026, 6, 1)) == (0, 0, 0)
    assert tel_kinderen([dt.date(2026, 5, 20)], dt.date(2026, 5, 1)) == (0, 0, 0)  # geboren in mei: vanaf juni
    assert tel_kinderen([dt.date(2026, 5, 20)], dt.date(2026, 6, 1)) == (1, 0, 0)


def test_kinderbijslag_kwartaal(ctx):
    # 2026 Q1, kind van 8: 358,30; per maand 358,30 / 3 = 119,4333 -> 119,43.
    k = kb.kinderbijslag(ctx(2026, 2), 0, 1, 0)
    assert (k.kwartaal, k.maand) == (35830, 11943)
    # 2026 Q3 (bedragen per 1 juli): 0-5 jaar 298,40 + 12-17 jaar 426,29 = 724,69; / 3 = 241,5633 -> 241,56.
    k = kb.kinderbijslag(ctx(2026, 8), 1, 0, 1)
    assert (k.kwartaal, k.maand) == (72469, 24156)


def test_kinderbijslag_leeftijd_op_eerste_dag_kwartaal():
    # Jarig (6) op 15 februari 2026: in Q1 nog 5 op 1 januari, in Q2 (1 april) 6.
    g = dt.date(2020, 2, 15)
    assert kb.tel_kinderen([g], dt.date(2026, 3, 1)) == (1, 0, 0)
    assert kb.tel_kinderen([g], dt.date(2026, 4, 1)) == (0, 1, 0)
    # Geboren in het kwartaal: pas het kwartaal erna. 18 op de eerste dag: niet meer.
    assert kb.tel_kinderen([dt.date(2026, 2, 1)], dt.date(2026, 3, 1)) == (0, 0, 0)
    assert kb.tel_kinderen([dt.date(2026, 2, 1)], dt.date(2026, 4, 1)) == (1, 0, 0)
    assert kb.tel_kinderen([dt.date(2008, 1, 1)], dt.date(2026, 1, 1)) == (0, 0, 0)
    assert kb.tel_kinderen([dt.date(2008, 1, 2)], dt.date(2026, 1, 1)) == (0, 0, 1)
