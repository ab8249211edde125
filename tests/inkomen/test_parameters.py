# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""De parameters van balans.inkomen: elke waarde heeft een bron, 2027 is doorgetrokken en gemarkeerd, en een jaar
zonder bedragen is een duidelijke fout."""

import datetime as dt

import pytest

from balans.inkomen.parameters import OnbekendJaar, _lees, parameters_op


def test_elke_waarde_heeft_een_bron_en_2027_is_gemarkeerd():
    metas, reeksen, _ = _lees()
    for sleutel, reeks in reeksen.items():
        assert metas[sleutel].artikel, sleutel
        for w in reeks:
            assert w.bron.startswith("https://"), (sleutel, w.vanaf)
        laatst = reeks[-1]
        assert laatst.vanaf == dt.date(2027, 1, 1), sleutel
        # Alleen wat de wet zelf al voor 2027 vastlegt (Wkb art. 3; Wet verlaging eigen bijdrage huurtoeslag art. 1
        # onder d), is niet als doorgetrokken gemarkeerd.
        assert laatst.niet_geindexeerd or sleutel in {
            ("kindgebonden_budget", "afbouw_percentage"),
            ("huurtoeslag", "verlaging_eigen_bijdrage"),
        }, sleutel


def test_2027_gebruikt_de_laatste_bedragen():
    p26, p27 = parameters_op(dt.date(2026, 1, 1)), parameters_op(dt.date(2027, 6, 1))
    assert p27.zorgtoeslag.standaardpremie == p26.zorgtoeslag.standaardpremie == 211900
    assert "zorgtoeslag.standaardpremie" in p27.niet_geindexeerd()
    assert p27.kinderbijslag.bedrag_12_17 == parameters_op(dt.date(2026, 7, 1)).kinderbijslag.bedrag_12_17 == 42629
    assert p27.kindgebonden_budget.afbouw_percentage * 100 == pytest.approx(8.05)


@pytest.mark.parametrize("jaar", [2023, 2028])
def test_onbekend_jaar(jaar):
    with pytest.raises(OnbekendJaar, match=str(jaar)):
        parameters_op(dt.date(jaar, 1, 1))
