# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Zorgtoeslag (Wzt art. 1 onder f, art. 2, art. 3) met Awir art. 14 lid 4 (rekenkundig op hele euro's) en lid 5
(niets onder € 24).

Drempelinkomen D = 108% x 12 x minimumloon januari: 2024 26.819,424; 2025 28.405,728; 2026 29.735,424 (exact;
de wet rondt niet af).
Gepubliceerd (Rijksoverheid-tabel 2026, alleenstaande, in hele euro's per maand): 29.500 -> 129; 30.000 -> 126;
30.500 -> 120; 32.500 -> 97; 33.000 -> 91; 35.000 -> 69; 38.000 -> 34; 40.000 -> 11; 40.500 -> 6; 41.000 -> geen.
Met de hand, 2026, 35.000: normpremie = 1,912% x 29.735,424 + 13,73% x 5.264,576 = 568,5413 + 722,8263 = 1.291,3676;
2.119 - 1.291,3676 = 827,63 -> 828 per jaar (art. 14 lid 4) -> 69,00 per maand. (Zonder de afronding per jaar zou het
68,97 zijn: de domeinnotitie vond dit het enige punt dat 'niet afkapt'; het jaarbedrag in hele euro's verklaart het.)
"""

import pytest

from balans.inkomen.zorgtoeslag import zorgtoeslag

E = 100


@pytest.mark.parametrize(
    "ti, euro_per_maand",
    [
        (29500, 129),
        (30000, 126),
        (30500, 120),
        (32500, 97),
        (33000, 91),
        (35000, 69),
        (38000, 34),
        (40000, 11),
        (40500, 6),
        (41000, 0),
    ],
)
def test_rijksoverheid_tabel_2026(ctx, ti, euro_per_maand):
    assert zorgtoeslag(ctx(2026), ti * E).maand // 100 == euro_per_maand


def test_hand_35000_2026(ctx):
    z = zorgtoeslag(ctx(2026), 35000 * E)
    assert (z.jaar, z.maand) == (82800, 6900)


@pytest.mark.parametrize(
    "jaar, partner, jaarbedrag",
    [
        # Maximum (inkomen onder D): 2024 1.987 - 1,879% x 26.819,424 = 1.987 - 503,9370 = 1.483,06 -> 1.483.
        (2024, False, 148300),
        # 2024 partner: 2 x 1.987 - 4,256% x 26.819,424 = 3.974 - 1.141,4347 = 2.832,57 -> 2.833.
        (2024, True, 283300),
        # 2025: 2.112 - 1,896% x 28.405,728 = 2.112 - 538,5726 = 1.573,43 -> 1.573; partner 4.224 - 1.213,7768 = 3.010,22 -> 3.010.
        (2025, False, 157300),
        (2025, True, 301000),
        # 2026: 2.119 - 568,5413 = 1.550,46 -> 1.550 (129,17 per maand; gepubliceerd € 129);
        # partner 4.238 - 4,289% x 29.735,424 = 4.238 - 1.275,3523 = 2.962,65 -> 2.963 (246,92; gepubliceerd € 246).
        (2026, False, 155000),
        (2026, True, 296300),
    ],
)
def test_maximum(ctx, jaar, partner, jaarbedrag):
    assert zorgtoeslag(ctx(jaar), 1000 * E, partner=partner).jaar == jaarbedrag


@pytest.mark.parametrize(
    "jaar, partner, grens",
    [
        # De Belastingdienst publiceert het hoogste inkomen met zorgtoeslag. Op die grens geeft de formule 23,5x per jaar,
        # afgerond 24 (art. 14 lid 4) = het minimum (lid 5); een euro meer geeft 23,4x -> 23 -> niets.
        # 2024 alleen 37.496: 1.987 - 503,9370 - 13,67% x 10.676,576 (1.459,4879) = 23,58.
        (2024, False, 37496),
        (2024, True, 47368),
        # 2025 alleen 39.719: 2.112 - 538,5726 - 13,70% x 11.313,272 (1.549,9183) = 23,51.
        (2025, False, 39719),
        (2025, True, 50206),
        # 2026 partner 51.142: 4.238 - 1.275,3523 - 13,73% x 21.406,576 (2.939,1229) = 23,52.
        (2026, True, 51142),
    ],
)
def test_gepubliceerde_inkomensgrenzen(ctx, jaar, partner, grens):
    assert zorgtoeslag(ctx(jaar), grens * E, partner=partner).jaar == 2400
    assert zorgtoeslag(ctx(jaar), (grens + 1) * E, partner=partner).jaar == 0


def test_grens_2026_alleenstaand_wijkt_af_van_de_wet(ctx):
    """De Belastingdienst noemt 40.857 als hoogste inkomen (2026, zonder partner). Met het drempelinkomen uit de wet
    (29.735,424) is het daar 2.119 - 568,5413 - 13,73% x 11.121,576 (1.526,9924) = 23,47 -> 23 -> geen toeslag.
    Met een drempelinkomen afgerond op 29.736 (wat de Dienst Toeslagen publiceert) zou het 23,53 -> 24 zijn. De wet
    rondt niet af; wij volgen de wet (docs/inkomen.md, 'Verschillen')."""
    assert zorgtoeslag(ctx(2026), 40856 * E).jaar == 2400  # 23,47 + 0,1373 = 23,60 -> 24
    assert zorgtoeslag(ctx(2026), 40857 * E).jaar == 0


def test_partner_geen_verzekerde_krijgt_de_helft(ctx):
    # 2026, partners, 30.000: 4.238 - (1.275,3523 + 13,73% x 264,576 = 36,3263) = 2.926,3214; 50% = 1.463,16 -> 1.463.
    z = zorgtoeslag(ctx(2026), 30000 * E, partner=True, partner_verzekerd=False)
    assert z.jaar == 146300
    assert zorgtoeslag(ctx(2026), 30000 * E, partner=True).jaar == 292600  # 2.926,32 -> 2.926 (243,83 per maand)


def test_vermogen(ctx):
    c = ctx(2026)
    assert zorgtoeslag(c, 20000 * E, vermogen=146011 * E).jaar == 155000  # 'meer dan' de grens: op de grens nog wel
    assert zorgtoeslag(c, 20000 * E, vermogen=146011 * E + 1).jaar == 0
    assert zorgtoeslag(c, 20000 * E, partner=True, vermogen=184633 * E).jaar > 0
    assert zorgtoeslag(c, 20000 * E, partner=True, vermogen=184633 * E + 1).jaar == 0


def test_geen_verzekerde(ctx):
    assert zorgtoeslag(ctx(2026), 20000 * E, verzekerd=False).jaar == 0


def test_uitleg_zegt_geen_middel_voor_bijstand(ctx):
    c = ctx(2026)
    zorgtoeslag(c, 35000 * E)
    (stap,) = c.spoor
    assert "Pw art. 31 lid 2 onder d" in stap.tekst and stap.bedrag == 6900
    assert stap.bron == "https://wetten.overheid.nl/BWBR0018451/2026-01-01#Artikel2"
