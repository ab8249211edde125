# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Inkomstenbelasting box 1, onder de AOW-leeftijd, verzamelinkomen = arbeidsinkomen (alleen loon).

Alle verwachte bedragen met de hand uit Wet IB 2001 art. 2.10, 8.10, 8.11, 8.14a (tekst van het jaar) en
Wfsv art. 8 (premies 27,65% in de eerste schijf). Afronding: elk bedrag rekenkundig op centen.
Dezelfde uitkomsten staan in de domeinnotitie §3.6 (daar met Python decimal berekend).
"""

import pytest

from balans.inkomen.inkomstenbelasting import arbeidskorting, combinatiekorting, inkomstenbelasting

E = 100  # euro in centen


@pytest.mark.parametrize(
    "jaar, inkomen, heffing, ahk, ak, te_betalen",
    [
        # 2024: 20.000 x (9,32% + 27,65%) = 7.394,00. AHK: 20.000 < 24.812 -> 3.362.
        # AK: 11.490 < 20.000 <= 24.820 -> 968 + 31,433% x 8.510 = 968 + 2.674,9483 -> 3.642,95. 7.394 - 3.362 - 3.642,95 = 389,05.
        (2024, 20000 * E, 739400, 336200, 364295, 38905),
        # 2025: 20.000 x 35,82% = 7.164,00. AHK 3.068 (20.000 < 28.406). AK: 980 + 30,030% x (20.000 - 12.169 = 7.831)
        # = 980 + 2.351,6493 -> 3.331,65. 7.164 - 3.068 - 3.331,65 = 764,35.
        (2025, 20000 * E, 716400, 306800, 333165, 76435),
        # 2026: 20.000 x 35,75% = 7.150,00. AHK 3.115. AK: 996 + 31,009% x 8.035 = 996 + 2.491,573 -> 3.487,57. Rest 547,43.
        (2026, 20000 * E, 715000, 311500, 348757, 54743),
        # 2026, 30.000: 10.725,00. AHK: 3.115 - 6,398% x 264 = 3.115 - 16,89072 -> 3.098,11.
        # AK: 5.300 + 1,950% x (30.000 - 25.845 = 4.155) = 5.300 + 81,0225 -> 5.381,02. 10.725 - 3.098,11 - 5.381,02 = 2.245,87.
        (2026, 30000 * E, 1072500, 309811, 538102, 224587),
        # 2026, 45.000: 38.883 x 35,75% + 6.117 x 37,56% = 13.900,6725 + 2.297,5452 = 16.198,2177 -> 16.198,22.
        # AHK: 3.115 - 6,398% x 15.264 = 3.115 - 976,59072 -> 2.138,41. AK: 5.300 + 1,95% x 19.155 = 5.373,5225 -> 5.673,52.
        # 16.198,22 - 2.138,41 - 5.673,52 = 8.386,29.
        (2026, 45000 * E, 1619822, 213841, 567352, 838629),
    ],
)
def test_jaarvoorbeelden(ctx, jaar, inkomen, heffing, ahk, ak, te_betalen):
    assert inkomstenbelasting(ctx(jaar), inkomen, inkomen) == (te_betalen, heffing, ahk, ak, 0)


def test_bijstand_is_geen_arbeidsinkomen(ctx):
    # 2026, 20.000 bijstand, geen werk: 7.150 - 3.115 = 4.035 (geen arbeidskorting: bijstand is geen arbeidsinkomen).
    assert inkomstenbelasting(ctx(2026), 20000 * E, 0)[0] == 403500


def test_arbeidskorting_afbouw_tot_nul(ctx):
    c = ctx(2026)
    # 132.900: 5.685 - 6,51% x 87.308 = 5.685 - 5.683,7508 -> 1,25; 132.920: 6,51% x 87.328 = 5.685,0528 -> 0.
    assert arbeidskorting(c, 132900 * E) == 125
    assert arbeidskorting(c, 132920 * E) == 0
    # Op de grens van het eerste traject: 8,324% x 11.965 = 995,9666 -> 995,97 (de wet noemt 996 als begin van traject 2).
    assert arbeidskorting(c, 11965 * E) == 99597


def test_combinatiekorting(ctx):
    c = ctx(2026)
    # 11,45% x (20.000 - 6.239 = 13.761) = 1.575,6345 -> 1.575,63; bij 40.000: 11,45% x 33.761 = 3.865,63 > 3.032.
    assert combinatiekorting(c, 20000 * E, True) == 157563
    assert combinatiekorting(c, 40000 * E, True) == 303200
    assert combinatiekorting(c, 40000 * E, False) == 0


def test_kortingen_niet_hoger_dan_heffing(ctx):
    # 2026, 5.000 loon: heffing 1.787,50; AHK 3.115 + AK 416,20 > heffing: niets te betalen (art. 8.8), niet negatief.
    assert inkomstenbelasting(ctx(2026), 5000 * E, 5000 * E)[0] == 0
