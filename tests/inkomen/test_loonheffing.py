# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Loonheffing per maand 2026 (witte maandtabel, Nederland standaard, onder de AOW-leeftijd).

Verwacht: de rijen van de gepubliceerde witte maandtabel 2026 (wit_mnd_nl_std_20260101.pdf) zoals de domeinnotitie
§3.4 ze noemt, met hun arbeidskorting per maand. Met de hand nagerekend voor € 4.000 (notitie §3.4):
L = floor(48.000 / 54) x 54 = 47.952; heffing = floor(13.900 + 9.069 x 37,56%) = 17.306;
AHK = ceil(3.115 - 18.216 x 6,398%) = ceil(1.949,54) = 1.950; AK = ceil(5.685 - 2.360 x 6,51%) = ceil(5.531,36) = 5.532;
(17.306 - 1.950 - 5.532) / 12 = 818,67; zonder loonheffingskorting 17.306 / 12 = 1.442,17.
En voor € 1.000: L = 11.988; floor(11.988 x 35,75%) = 4.285; AK = ceil(996 + 23 x 31,009%) = 1.004 (83,67 per maand);
(4.285 - 3.115 - 1.004) / 12 = 13,83.
"""

import pytest

from balans.inkomen.loonheffing import bruteren, loonheffing_maand, netto_loon


@pytest.mark.parametrize(
    "loon, lh, ak_maand",
    [
        (50000, 0, None),  # AHK en AK zijn samen meer dan de heffing
        (100000, 1383, 8367),
        (247799, 17717, 44800),
        (300000, 38683, 45817),
        (400000, 81867, 46100),
        (400050, 82092, 46067),
        (550000, 157717, 36317),
        (653550, 209958, 29575),
        (900000, 348067, 13525),
    ],
)
def test_witte_maandtabel_2026(ctx, loon, lh, ak_maand):
    uit = loonheffing_maand(ctx(2026), loon)
    assert uit.per_maand == lh
    if ak_maand is not None:
        assert (uit.ak * 100 // 12 + 50) // 100 == ak_maand  # jaarbedrag / 12, op centen


@pytest.mark.parametrize("loon, lh", [(400000, 144217), (550000, 200667)])
def test_zonder_loonheffingskorting_2026(ctx, loon, lh):
    assert loonheffing_maand(ctx(2026), loon, heffingskorting=False).per_maand == lh


def test_netto_loon(ctx):
    netto, lh = netto_loon(ctx(2026), 400000)
    assert (netto, lh.per_maand) == (400000 - 81867, 81867)


@pytest.mark.parametrize(
    "netto, bruto, lh",
    [
        # Alleenstaande 21+, 2026-01, zonder vakantietoeslag: 1.401,50 x 0,95 = 1.331,43 (notitie §3.5).
        # Stap L = 19.980 (bruto 1.665,00-1.669,49): floor(19.980 x 35,75%) = 7.142; - AHK 3.115 = 4.027; / 12 = 335,58.
        # 1.331,43 + 335,58 = 1.667,01 ligt in die stap. De stap eronder (19.926: 334,00) gaf 1.665,43, buiten die stap.
        (133143, 166701, 33558),
        # Met vakantietoeslag 1.401,50: stap 394 (L = 21.276): floor(7.606,17) = 7.606 - 3.115 = 4.491; / 12 = 374,25;
        # 1.401,50 + 374,25 = 1.775,75, en 12 x 1.775,75 = 21.309 valt in stap 394. Stap 393 (21.222) geeft 372,58 en
        # bruto 1.774,08, 12 x = 21.288,96: stap 394, dus geen oplossing in stap 393.
        (140150, 177575, 37425),
        # Gehuwden, elk de helft van 1.902,02 = 951,01: L = 238 x 54 = 12.852; floor(4.594,59) = 4.594 - 3.115 = 1.479;
        # / 12 = 123,25; bruto 1.074,26 (12 x = 12.891,12, stap 238).
        (95101, 107426, 12325),
    ],
)
def test_bijstand_bruteren_groene_tabel_2026(ctx, netto, bruto, lh):
    b, uit = bruteren(ctx(2026), netto)
    assert (b, uit.per_maand) == (bruto, lh)
    assert b - uit.per_maand == netto


def test_bruteren_zonder_loonheffingskorting_is_hoger(ctx):
    # Zonder LHK (die geldt dan bij de werkgever): veel meer loonheffing, dus een hoger bruto.
    met, _ = bruteren(ctx(2026), 133143)
    zonder, uit = bruteren(ctx(2026), 133143, heffingskorting=False)
    assert zonder > met and zonder - uit.per_maand == 133143


def test_uitleg_noemt_de_stappen(ctx):
    c = ctx(2026)
    loonheffing_maand(c, 400000)
    (stap,) = c.spoor
    assert stap.bedrag == 81867 and "€ 47.952,00" in stap.tekst and "rekenvoorschriften" in stap.artikel
    assert stap.bron.startswith("https://download.belastingdienst.nl/")
