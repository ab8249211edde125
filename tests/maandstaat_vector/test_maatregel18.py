# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Maatregel 18 van het Programmaplan met vakantiegeld op de loonstrook, met de hand, in beide grootboeken
(issue 16).

Casus: alleenstaande, geboren 1 mei 1990 (35 jaar), maart t/m mei 2026; de gemeente verrekent het
vakantiegeld volgens maatregel 18 (gemeente.vakantiegeld_verrekening = 'programmaplan'). Eén loonstrook
over maart (betaald 31 maart): loon 600,00, waarvan netto 560,00 en vakantiegeld 40,00, opgebouwd in maart.
De gemeente krijgt de strook op donderdag 2 april. April en mei: geen loon.

Bedragen (parameters onder src/balans/wet/parameters/):
- Norm alleenstaande 2026-01-01: 1.401,50 (art21.yaml); in maart t/m mei gelijk.
- Vakantiegeld telt als inkomen van maart (Pw art. 32 lid 2): het loon van maart is 600,00.
- Vrijlating art. 31 lid 2 onder n (art31.yaml): 25%, hoogstens 285,00.
- Vakantietoeslag van de norm: 5% van 1.401,50 = 70,075, half naar boven 70,08 (art19.yaml); de norm
  zonder vakantietoeslag is 1.331,42.
- Maatregel 18 (grootboek.reservering_maatregel18): per maand betaald wordt de norm zonder vakantietoeslag
  min het inkomen zonder vakantiegeld, hoogstens de bijstand; de rest van de bijstand is de reservering.
- Bufferbudget: niet in 2026 (art. 34b vanaf 1 januari 2027, geen gedoogjaar gekozen).

Recht maart: 600,00 - 25% (150,00) = 450,00 telt; bijstand 1.401,50 - 450,00 = 951,50.
Zonder vakantiegeld: 560,00 - 140,00 = 420,00 telt; bijstand zonder vakantiegeld 981,50.
Per maand: min(951,50, 981,50 - 70,08 = 911,42) = 911,42; reservering 951,50 - 911,42 = 40,08
(volgens de wet zou dat 5% van 951,50 = 47,58 zijn: het vakantiegeld van 40,00, waarvan 30,00 telt, gaat
hier tegen de reservering). April en mei: 1.401,50, reservering 70,08, per maand 1.331,42.
Gereserveerd: 40,08 + 70,08 + 70,08 = 180,24 (juni valt buiten de periode).
Een voorschot zonder loon over maart: bijstand 1.401,50, reservering 70,08, per maand 1.331,42. Een
schatting van 600,00 heeft geen vakantiegeld (Grootboek.zonder_vakantiegeld): bijstand en bijstand zonder
vakantiegeld allebei 951,50, reservering 70,08, per maand 881,42.

Dagen (gemeente.yaml: betaaldag de 25e, 3 verwerkingsdagen): 25 maart woensdag; 25 april zaterdag:
vrijdag 24 april; 25 mei Tweede Pinksterdag: vrijdag 22 mei. De strook: 2 april + 3 dagen = zondag 5 april,
maandag 6 april Tweede Paasdag: dinsdag 7 april.

Per methode:
- op_de_maand: maart wacht op de loonstrook: 7 april 911,42; 24 april 1.331,42; 22 mei 1.331,42.
- achteraf: 25 maart 1.331,42. 24 april: over maart 1.331,42 - 911,42 = 420,00 te veel, verrekend
  (art. 58 lid 4): 1.331,42 - 420,00 = 911,42. 22 mei 1.331,42.
- schatten met een schatting van 600,00 (precies het loon, met vakantiegeld): 25 maart 881,42. 24 april:
  maart is nu 911,42, dus 30,00 na: 1.331,42 + 30,00 = 1.361,42. 22 mei 1.331,42.
- vast_bedrag (Surplus): 25 maart 1.331,42. 24 april: 1.331,42 plus het loon via de gemeente (600,00) min
  420,00 over maart = 1.511,42; zonder het doorbetaalde loon 911,42. 22 mei 1.331,42.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from balans.casus.laden import uit_data
from balans.maandstaat.grootboek import METHODEN, Grootboek
from balans.maandstaat.vector import casus_loonstroken, verreken
from balans.wet.parameters import ParameterBoom

from .met_de_hand import toets_beide_grootboeken
from .test_vector import ProefDeel, _maanden, _vergelijk

D = dt.date

MET_DE_HAND = {
    "op_de_maand": {
        "betalingen": [(D(2026, 4, 7), 91142), (D(2026, 4, 24), 133142), (D(2026, 5, 22), 133142)],
        "betaald": [0, 224284, 133142],
        "verrekend": [0, 0, 0],
        "loon_doorbetaald": [0, 0, 0],
    },
    "achteraf": {
        "betalingen": [(D(2026, 3, 25), 133142), (D(2026, 4, 24), 91142), (D(2026, 5, 22), 133142)],
        "betaald": [133142, 91142, 133142],
        "verrekend": [0, 42000, 0],
        "loon_doorbetaald": [0, 0, 0],
    },
    "schatten": {
        "betalingen": [(D(2026, 3, 25), 88142), (D(2026, 4, 24), 136142), (D(2026, 5, 22), 133142)],
        "betaald": [88142, 136142, 133142],
        "verrekend": [0, 0, 0],
        "loon_doorbetaald": [0, 0, 0],
    },
    "vast_bedrag": {
        "betalingen": [(D(2026, 3, 25), 133142), (D(2026, 4, 24), 151142), (D(2026, 5, 22), 133142)],
        "betaald": [133142, 91142, 133142],
        "verrekend": [0, 42000, 0],
        "loon_doorbetaald": [0, 60000, 0],
    },
}
RECHT = [95150, 140150, 140150]
GERESERVEERD = 4008 + 7008 + 7008
SCHATTING = 60000


def _boom() -> ParameterBoom:
    return ParameterBoom.met_lagen(
        [
            (
                "proef",
                {
                    "gemeente": {
                        "vakantiegeld_verrekening": {
                            "waarden": {
                                "2024-01-01": {
                                    "waarde": "programmaplan",
                                    "bron": "aanname voor de test: een gemeente die maatregel 18 kiest",
                                }
                            }
                        }
                    }
                },
            )
        ]
    )


def _casus(methode: str, maanden):
    data = {
        "naam": "maatregel 18",
        "periode": {"van": "2026-03", "tot": "2026-05"},
        "huishouden": {"aanvrager": {"geboortedatum": "1990-05-01"}},
        "loonstroken": casus_loonstroken([60000, 0, 0], [0, 0, 0], maanden, 2, [4000, 0, 0], [0, 0, 0]),
    }
    if methode == "schatten":
        data["verrekening"] = {"schatting": "600.00"}
    return uit_data(data)


@pytest.mark.parametrize("methode", METHODEN)
def test_maatregel18_met_vakantiegeld_met_de_hand(methode):
    maanden = _maanden(D(2026, 3, 1), 3)
    c = _casus(methode, maanden)
    assert c.loonstroken[0].netto == 56000 and c.loonstroken[0].vakantiegeld.betaald == 4000
    boom = _boom()
    verwacht = MET_DE_HAND[methode]

    # vakantiegeld per persoon (aanvrager, partner)
    vg = (np.array([[4000, 0, 0]]), np.zeros((1, 3), np.int64))
    toets_beide_grootboeken(c, boom, maanden, methode, verwacht, RECHT, GERESERVEERD, SCHATTING, vakantiegeld=vg)
    deel = ProefDeel([c], boom, maanden, [[2, 2, 2]])
    # Met één array voor het hele huishouden weet vector.py niet van wie het vakantiegeld is (de vrijlating
    # is per persoon): een melding, geen gok.
    with pytest.raises(ValueError, match="per persoon"):
        verreken(boom, deel, methode, vakantiegeld=np.array([[4000, 0, 0]]))


@pytest.mark.parametrize("methode", METHODEN)
def test_de_reeks_zonder_vakantiegeld_heeft_een_eigen_stand(methode):
    # Januari t/m augustus 2026, schatting 500,00. Januari: een loonstrook met alleen vakantiegeld (400,00,
    # netto 0,00); februari t/m augustus 600,00 loon. Met vakantiegeld telt januari als maand met loon
    # voor de vrijlating van art. 31 lid 2 onder n (zes maanden: januari t/m juni); zonder vakantiegeld
    # niet (februari t/m juli). Over juli rekent 'schatten' eerst met de schatting: de bijstand zonder
    # vakantiegeld heeft dan nog vrijlating, de bijstand zelf niet. Dat kan alleen met de stand van de
    # reeks zonder vakantiegeld; beide grootboeken moeten het zo doen, tot op de cent.
    maanden = _maanden(D(2026, 1, 1), 8)
    loon = [40000] + [60000] * 7
    vg = [40000] + [0] * 7
    data = {
        "naam": "stand zonder vakantiegeld",
        "periode": {"van": "2026-01", "tot": "2026-08"},
        "huishouden": {"aanvrager": {"geboortedatum": "1990-05-01"}},
        "loonstroken": casus_loonstroken(loon, [0] * 8, maanden, 3, vg, [0] * 8),
        "verrekening": {"schatting": "500.00"},
    }
    c = uit_data(data)
    boom = _boom()
    groep = {
        "deel": ProefDeel([c], boom, maanden, [[3] * 8]),
        "boom": boom,
        "vbs": np.array([0]),
        "maanden": maanden,
        "schatting": np.array([50000]),
        "bufferbudget": None,
        "vakantiegeld": (np.array([vg]), np.zeros((1, 8), np.int64)),
        "casussen": [c],
        "grootboeken": [Grootboek(c, boom)],
    }
    v = _vergelijk(groep, methode)
    # juni nog met vrijlating (600,00 - 150,00 telt), juli niet meer (de norm is op 1 juli geïndexeerd)
    assert v.recht[0][5] == v.norm[0][5] - 45000 and v.recht[0][6] == v.norm[0][6] - 60000
