# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Eigenschap: het grootboek van één huishouden en het gevectoriseerde grootboek zijn gelijk tot op de cent,
voor 10.000 willekeurige huishoudens en elke methode (issue 16, punt 2).

De twee grootboeken schrijven de betaalregels nog elk op hun eigen manier (grootboek.py met uitleg,
vector.py in numpy); één definitie voor beide was in deze ronde niet haalbaar. Deze test houdt ze gelijk:
per groep één aanroep van `verreken` voor alle huishoudens, en per huishouden het grootboek, per methode
en per kalendermaand vergeleken (betaald, verrekend, nieuwe vordering, aflossing, bufferbudget,
vakantietoeslag, doorbetaald loon, en wat na de periode open staat; zie test_vector._vergelijk), ook met
vakantiegeld op de loonstroken (uitbetaald met het loon, in die maand opgebouwd; soms een loonstrook met
alleen vakantiegeld, netto 0,00), ook met maatregel 18. Daarbij
ook: het geld sluit, wie geen arbeidsinkomen heeft krijgt geen bufferbudget, en geen betaling valt op
een weekend of feestdag.

De groepen verschillen in wat de gemeente kiest (betaaldag, verwerkingsdagen, aflossingspercentage,
bufferbudget op aanvraag of uit, het gedoogjaar, de verrekentermijn, vakantiegeld volgens maatregel 18) en in de periode (juni, de
jaargrens, december met de kerstdagen, 2027 met art. 34b). De perioden zijn kort (vier tot acht
maanden), zodat 10.000 huishoudens in ongeveer een minuut passen; lange perioden staan in test_vector.

Gevonden en opgelost met deze test: een betaaldag op de 1e die in het weekend of op Nieuwjaarsdag viel,
schoof in het grootboek terug naar de maand ervoor (twee betalingen in april, geen in mei); nu blijft
de betaling in haar eigen maand (betaaldagen.betaaldag). En: een loonstrook met alleen vakantiegeld
(netto 0,00) liet 'op de maand' en 'schatten' in het grootboek niet op die loonstrook wachten; nu wel, zoals
vector.py (modelkeuze 22; test_alleen_vakantiegeld).

BALANS_HUISHOUDENS zet het aantal (standaard 10.000) lager voor snel werk op een drukke machine.
"""

from __future__ import annotations

import datetime as dt
import os

import pytest

from balans.maandstaat.grootboek import METHODEN
from balans.wet.parameters import ParameterBoom

from .test_vector import _groep, _vergelijk

D = dt.date
AANTAL = int(os.environ.get("BALANS_HUISHOUDENS", "10000"))


def _laag(**keuzes) -> ParameterBoom:
    """Een gemeente met eigen keuzes, bv. gemeente__betaaldag=1 (aanname voor de test)."""
    lagen: dict = {}
    for sleutel, waarde in keuzes.items():
        artikel, naam = sleutel.split("__")
        lagen.setdefault(artikel, {})[naam] = {
            "waarden": {"2024-01-01": {"waarde": waarde, "bron": "aanname voor de test"}}
        }
    return ParameterBoom.met_lagen([("proef", lagen)])


# (zaadje, eerste maand, aantal maanden, deel van de huishoudens, parameters, dagen waarop loonstroken binnenkomen)
GROEPEN = [
    # juni 2026: de vakantietoeslag; betaaldag de 25e (Tweede Pinksterdag 25 mei)
    (201, D(2026, 3, 1), 6, 2, lambda: ParameterBoom.voor("wet"), [1, 2, 5, 9, 14, 20, 22]),
    # over de jaargrens, betaaldag de 10e: veel loonstroken na de betaaldag
    (202, D(2025, 11, 1), 6, 2, lambda: _laag(gemeente__betaaldag=10), [2, 5, 7, 8, 9, 10, 11, 12, 16, 22]),
    # 2027, art. 34b geldt; betaaldag de 1e: 1 januari, 1 mei (zaterdag) en 1 augustus (zondag)
    (203, D(2027, 1, 1), 8, 2, lambda: _laag(gemeente__betaaldag=1), [1, 2, 3, 5, 10, 20]),
    # december 2026 en 2027 met de kerstdagen, betaaldag de 28e
    (204, D(2026, 11, 1), 5, 1, lambda: _laag(gemeente__betaaldag=28), [3, 10, 18, 20, 21]),
    # verrekenen met middelen van hoogstens één maand terug: sneller een vordering (art. 58 lid 2)
    (
        205,
        D(2026, 1, 1),
        6,
        1,
        lambda: _laag(gemeente__betaaldag=10, art45__verrekenen_middelen_maanden=1),
        [9, 12, 16],
    ),
    # het gedoogjaar 2026: bufferbudget al in 2026; aflossing 10% van de norm
    (
        206,
        D(2026, 4, 1),
        6,
        1,
        lambda: _laag(art34b__toepassen_in_gedoogjaar=True, gemeente__aflossing_percentage_norm="10"),
        [1, 4, 8, 12, 19, 22],
    ),
    # geen verwerkingsdagen en betaaldag de 15e; zes verwerkingsdagen en schatten op één maand
    (
        207,
        D(2026, 10, 1),
        6,
        1,
        lambda: _laag(gemeente__verwerkingsdagen=0, gemeente__betaaldag=15),
        [1, 5, 9, 14, 15, 16, 20],
    ),
    (
        208,
        D(2026, 12, 1),
        6,
        1,
        lambda: _laag(gemeente__verwerkingsdagen=6, gemeente__schatting_maanden=1),
        [1, 5, 9, 14, 20],
    ),
    # bufferbudget alleen op aanvraag (art. 34b, beleid van het college), of uit
    (209, D(2027, 3, 1), 5, 1, lambda: _laag(art34b__college_beleid="op_aanvraag"), [2, 5, 9]),
    (210, D(2026, 12, 1), 4, 1, lambda: _laag(gemeente__bufferbudget_inzetten=False), [2, 5, 9]),
    # vakantiegeld volgens maatregel 18 van het Programmaplan (gemeente.vakantiegeld_verrekening), met juni
    (212, D(2026, 3, 1), 6, 1, lambda: _laag(gemeente__vakantiegeld_verrekening="programmaplan"), [1, 5, 9, 14, 20]),
    # regime bijverdienen vanaf 2027 over de jaargrens
    (211, D(2026, 10, 1), 6, 1, lambda: ParameterBoom.voor("bijverdienen-vanaf-2027"), [3, 6, 21, 22]),
]


def _aantallen() -> list[int]:
    delen = sum(g[3] for g in GROEPEN)
    uit = [AANTAL * g[3] // delen for g in GROEPEN]
    uit[0] += AANTAL - sum(uit)
    return uit


@pytest.mark.parametrize("i", range(len(GROEPEN)), ids=[str(g[0]) for g in GROEPEN])
def test_tienduizend_huishoudens_gelijk_tot_op_de_cent(i):
    zaadje, van, maanden, _, boom, dagen = GROEPEN[i]
    # Vakantiegeld op de loonstrook in elke groep, ook in die met maatregel 18 (212): daar vraagt de reservering
    # de bijstand zonder vakantiegeld, een eigen reeks van de regelkern in beide grootboeken.
    groep = _groep(zaadje, van, maanden, _aantallen()[i], boom(), dagen, vakantiegeld=True)
    vg_a, vg_p = groep["vakantiegeld"]
    assert (vg_a + vg_p).any()
    assert any(ls.vakantiegeld.betaald for c in groep["casussen"] for ls in c.loonstroken)
    if "BALANS_HUISHOUDENS" not in os.environ:  # in een kleine groep is de kans te klein
        assert any(ls.netto == 0 and ls.vakantiegeld.betaald for c in groep["casussen"] for ls in c.loonstroken)
    if zaadje == 212:  # ook een partner met vakantiegeld: de vrijlating is per persoon
        assert vg_p.any()
    for methode in METHODEN:
        _vergelijk(groep, methode)


def test_samen_tienduizend():
    # De eis van issue 16: minstens 10.000 huishoudens in de gewone testrun.
    if "BALANS_HUISHOUDENS" not in os.environ:
        assert sum(_aantallen()) >= 10000
    assert sum(_aantallen()) == AANTAL
