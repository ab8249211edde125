# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Een loonstrook met alleen vakantiegeld (netto 0,00), met de hand, in beide grootboeken (issue 16).

Casus: alleenstaande, geboren 1 mei 1990 (35 jaar), maart t/m mei 2026, methode 'wet', geen ander
inkomen. Eén loonstrook over maart (loonperiode 1 t/m 31 maart, betaald 31 maart): netto 0,00 en
vakantiegeld 150,00, opgebouwd in maart. De gemeente krijgt de strook op donderdag 2 april.

Bedragen (parameters onder src/balans/wet/parameters/):
- Norm alleenstaande 2026-01-01: 1.401,50 (art21.yaml, Pw art. 21 onder a, wetten.overheid.nl
  BWBR0015703/2026-01-01#Artikel21); in maart t/m mei gelijk (de volgende norm pas op 1 juli).
- Vakantiegeld telt in de maand waarin het is verworven, één keer (Pw art. 32 lid 2): 150,00 in maart.
- Vrijlating art. 31 lid 2 onder n (art31.yaml, 2026-01-01): 25%, hoogstens 285,00; 35 jaar, dus niet
  onder de grens van 27 (lid 5). 25% van 150,00 = 37,50; telt mee: 112,50.
- Vakantietoeslag 5% van de bijstand, half naar boven (art19.yaml, Pw art. 19 lid 3), gereserveerd tot
  juni (art. 45 lid 1); juni valt buiten de periode, dus alles blijft gereserveerd.
- Bufferbudget: niet in 2026 (art. 34b formeel vanaf 1 januari 2027, geen gedoogjaar gekozen).

Recht:  maart 1.401,50 - 112,50 = 1.289,00; vt 64,45; zonder vt 1.224,55.
        april en mei 1.401,50; vt 70,075 -> 70,08; zonder vt 1.331,42.
        Gereserveerd: 64,45 + 70,08 + 70,08 = 204,61.

Dagen (gemeente.yaml: betaaldag de 25e, 3 verwerkingsdagen; modelkeuze 25 over vrije dagen):
- 25 maart is een woensdag. 25 april is een zaterdag: vrijdag 24 april. 25 mei is Tweede Pinksterdag:
  vrijdag 22 mei.
- De strook: 2 april + 3 dagen = zondag 5 april; maandag 6 april is Tweede Paasdag: dinsdag 7 april.

Per methode:
- op_de_maand: maart wacht op de loonstrook, ook al is het netto 0,00: het is een loonstrook over maart
  (modelkeuze 22). 7 april 1.224,55; 24 april 1.331,42; 22 mei 1.331,42.
- achteraf: 25 maart 1.331,42 (zonder het loon van maart). 24 april: over maart 1.331,42 - 1.224,55 =
  106,87 te veel, verrekend (art. 58 lid 4): 1.331,42 - 106,87 = 1.224,55. 22 mei 1.331,42.
- schatten, met een schatting van 100,00: maart wacht op een loonstrook, dus rekent de gemeente met de
  schatting: vrijlating 25,00, telt mee 75,00, bijstand 1.326,50, vt 66,325 -> 66,33, voorschot
  1.260,17 op 25 maart. 24 april: 1.260,17 - 1.224,55 = 35,62 te veel, verrekend: 1.331,42 - 35,62 =
  1.295,80 (april heeft geen loonstrook, dus geen schatting). 22 mei 1.331,42.
- vast_bedrag (Surplus): 25 maart het vaste bedrag 1.331,42. 24 april: het vaste bedrag 1.331,42 plus
  het vakantiegeld dat via de gemeente loopt (150,00) min 106,87 over maart = 1.374,55; zonder het
  doorbetaalde loon 1.224,55. 22 mei 1.331,42.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from balans.casus.laden import uit_data
from balans.maandstaat.grootboek import METHODEN
from balans.maandstaat.vector import casus_loonstroken
from balans.wet.parameters import ParameterBoom

from .met_de_hand import toets_beide_grootboeken
from .test_vector import _maanden

D = dt.date

# Per methode: de betalingen (datum, bedrag op de rekening) en per kalendermaand wat betaald (zonder
# doorbetaald loon), verrekend en doorbetaald is.
MET_DE_HAND = {
    "op_de_maand": {
        "betalingen": [(D(2026, 4, 7), 122455), (D(2026, 4, 24), 133142), (D(2026, 5, 22), 133142)],
        "betaald": [0, 255597, 133142],
        "verrekend": [0, 0, 0],
        "loon_doorbetaald": [0, 0, 0],
    },
    "achteraf": {
        "betalingen": [(D(2026, 3, 25), 133142), (D(2026, 4, 24), 122455), (D(2026, 5, 22), 133142)],
        "betaald": [133142, 122455, 133142],
        "verrekend": [0, 10687, 0],
        "loon_doorbetaald": [0, 0, 0],
    },
    "schatten": {
        "betalingen": [(D(2026, 3, 25), 126017), (D(2026, 4, 24), 129580), (D(2026, 5, 22), 133142)],
        "betaald": [126017, 129580, 133142],
        "verrekend": [0, 3562, 0],
        "loon_doorbetaald": [0, 0, 0],
    },
    "vast_bedrag": {
        "betalingen": [(D(2026, 3, 25), 133142), (D(2026, 4, 24), 137455), (D(2026, 5, 22), 133142)],
        "betaald": [133142, 122455, 133142],
        "verrekend": [0, 10687, 0],
        "loon_doorbetaald": [0, 15000, 0],
    },
}
RECHT = [128900, 140150, 140150]
GERESERVEERD = 6445 + 7008 + 7008
SCHATTING = 10000


def _casus(methode: str, maanden):
    loonstroken = casus_loonstroken([15000, 0, 0], [0, 0, 0], maanden, 2, [15000, 0, 0], [0, 0, 0])
    assert loonstroken == [
        {
            "id": "a0",
            "van": "aanvrager",
            "loonperiode": "maand",
            "periode": {"van": "2026-03-01", "tot": "2026-03-31"},
            "betaaldatum": "2026-03-31",
            "bekend_op": "2026-04-02",
            "netto": "0.00",
            "vakantiegeld": {"betaald": "150.00", "opbouwperiode": {"van": "2026-03-01", "tot": "2026-03-31"}},
        }
    ]
    data = {
        "naam": "alleen vakantiegeld",
        "periode": {"van": "2026-03", "tot": "2026-05"},
        "huishouden": {"aanvrager": {"geboortedatum": "1990-05-01"}},
        "loonstroken": loonstroken,
    }
    if methode == "schatten":
        data["verrekening"] = {"schatting": "100.00"}
    return uit_data(data)


@pytest.mark.parametrize("methode", METHODEN)
def test_loonstrook_met_alleen_vakantiegeld_met_de_hand(methode):
    maanden = _maanden(D(2026, 3, 1), 3)
    c = _casus(methode, maanden)
    boom = ParameterBoom.voor("wet")
    verwacht = MET_DE_HAND[methode]

    s = toets_beide_grootboeken(
        c, boom, maanden, methode, verwacht, RECHT, GERESERVEERD, SCHATTING, vakantiegeld=np.array([[15000, 0, 0]])
    )
    # 'op de maand' zegt op 25 maart dat maart wacht
    wacht = [(b.datum, r.maand) for b in s.betalingen for r in b.regels if r.soort == "wacht"]
    assert wacht == ([(D(2026, 3, 25), D(2026, 3, 1))] if methode == "op_de_maand" else [])
