"""Eigenschappen van het hele inkomen (issue 19, 'What must hold').

- Meer bruto loon verlaagt het totaal van het huishouden nooit met meer dan de stijging van het bruto loon
  (een marginale druk boven 100% zou hier falen; in 2026 zonder huurtoeslag komt die niet voor).
- De toeslagen veranderen de bijstand niet (Pw art. 31 lid 2 onder b en d): met of zonder woning dezelfde bijstand.
"""

import datetime as dt

import pytest

from balans.casus.laden import uit_data
from balans.inkomen.huishouden import inkomen_per_maand
from balans.rekenen.casus import bereken

MAAND = dt.date(2026, 3, 1)


def _casus(bruto: int, kinderen=(), woning=True, vrijlating=True):
    h = {"aanvrager": {"geboortedatum": "1990-04-01"}, "kinderen": [{"geboortedatum": k} for k in kinderen]}
    if woning:
        h["woning"] = {"soort": "huur", "kale_huur": "650.00"}
    inkomsten = [{"soort": "arbeid", "bruto": f"{bruto // 100}.{bruto % 100:02d}"}] if bruto else []
    return uit_data({"naam": "eigenschap", "periode": {"van": "2026-03", "tot": "2026-03"}, "huishouden": h,
                     "maanden": {"2026-03": {"inkomsten": inkomsten, "vrijlating_toepassen": vrijlating}}})


@pytest.mark.parametrize("kinderen", [(), ("2017-06-01",)])
@pytest.mark.parametrize("vrijlating", [True, False])
def test_meer_loon_kost_nooit_meer_dan_het_loon(kinderen, vrijlating):
    vorig = None
    for bruto in range(0, 450001, 7500):
        c = _casus(bruto, kinderen, vrijlating=vrijlating)
        totaal = int(inkomen_per_maand(c, bereken(c))[MAAND]["totaal"].replace(".", ""))
        if vorig is not None:
            assert totaal - vorig[1] >= -(bruto - vorig[0]), (vorig, bruto, totaal)
        vorig = (bruto, totaal)


@pytest.mark.parametrize("bruto", [0, 80000, 160000, 250000])
def test_toeslagen_veranderen_de_bijstand_niet(bruto):
    met, zonder = _casus(bruto, ("2017-06-01",)), _casus(bruto, ("2017-06-01",), woning=False)
    (a,), (b,) = bereken(met), bereken(zonder)
    assert (a.uitkomst.bijstand, a.uitkomst.middelen) == (b.uitkomst.bijstand, b.uitkomst.middelen)
    assert inkomen_per_maand(met, [a])[MAAND]["bijstand"] == f"{b.uitkomst.bijstand // 100}.{b.uitkomst.bijstand % 100:02d}"
