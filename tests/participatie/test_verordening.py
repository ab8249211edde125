# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""De verordeningen als data: waarden uit de bron (met de hand overgenomen) en foutmeldingen met het veld."""

from __future__ import annotations

import pytest

from balans.wet.verordening import VerordeningFout, laad_verordening, uit_data, verordeningen


def test_alle_vier_laden():
    assert {"diemen", "rotterdam", "wetsvoorstel", "pw-2026"} <= set(verordeningen())


def test_diemen_uit_art_9():
    v = laad_verordening("diemen")
    # Afstemmingsverordening Diemen 2015 art. 9 lid 1: 5 / 30 / 100 procent van de bijstandsnorm, 1 maand
    assert {c: (x.percentage_bp, x.maanden) for c, x in v.categorieen.items()} == {
        "categorie_1": (500, 1),
        "categorie_2": (3000, 1),
        "categorie_3": (10000, 1),
    }
    assert v.over == "norm"
    assert v.afwijken_min_bp == 500  # art. 9 lid 2: minimaal 5%
    assert not v.afwijken_alleen_dringend
    assert not any(c.waarschuwing_eerst for c in v.categorieen.values())  # niet in art. 7 en 9
    assert "UWV" in v.categorieen["categorie_1"].omschrijving  # art. 7 onder a


def test_wetsvoorstel_uit_programmaplan():
    v = laad_verordening("wetsvoorstel")
    # bron 003, onderdeel 9: 5%, 10% of 25% van het uitkeringsbedrag gedurende 1, 2 of 4 maanden
    assert [(c.percentage_bp, c.maanden) for c in v.categorieen.values()] == [(500, 1), (1000, 2), (2500, 4)]
    assert v.status == "wetsvoorstel" and v.over == "bijstand"
    assert all(c.waarschuwing_eerst for c in v.categorieen.values())


def test_pw_2026_lid_5_tot_8():
    v = laad_verordening("pw-2026")
    c = v.categorieen["a_arbeid"]
    assert (c.percentage_bp, c.maanden) == (10000, 1)  # lid 5: 100%, 1-3 maanden (keuze: 1)
    assert c.stap(1).maanden == 2  # lid 6: langer dan lid 5, hoogstens 3
    assert c.stap(2).maanden == 3 and c.stap(7).maanden == 3  # lid 7 en 8: telkens 3 maanden
    assert v.recidive_over == "alle" and v.recidive_termijn_maanden == 12
    assert v.afwijken_alleen_dringend  # lid 10
    assert v.herstel_grondslag == "Pw art. 18 lid 11"
    assert len(v.categorieen) == 8  # lid 4 onder a tot en met h


def test_rotterdam_is_gemarkeerd():
    v = laad_verordening("rotterdam")
    assert "ONGECONTROLEERD" in v.naam
    assert [(c.percentage_bp, c.maanden) for c in v.categorieen.values()] == [(3000, 1), (10000, 1)]


def _basis(**cat):
    return {
        "code": "test",
        "naam": "Test",
        "bron": "https://example.org",
        "grondslag": "Pw art. 18 lid 2",
        "status": "geldend",
        "over": "norm",
        "categorieen": {"licht": {"omschrijving": "Iets.", "percentage": 10, "maanden": 1, "grondslag": "x", **cat}},
    }


@pytest.mark.parametrize(
    "cat, veld, woord",
    [
        ({"percentage": 120}, "categorieen.licht.percentage", "tussen 0 en 100"),
        ({"percentage": "12.345"}, "categorieen.licht.percentage", "twee cijfers"),
        ({"percentage": "veel"}, "categorieen.licht.percentage", "percentage"),
        ({"maanden": 0}, "categorieen.licht.maanden", "1 tot en met 60"),
        ({"maanden": "een"}, "categorieen.licht.maanden", "heel getal"),
        ({"kleur": "rood"}, "categorieen.licht.kleur", "ken ik niet"),
        ({"waarschuwing_eerst": "ja"}, "categorieen.licht.waarschuwing_eerst", "ja (true)"),
        ({"recidive": [{"percentage": 20}]}, "categorieen.licht.recidive[0].maanden", "heel getal"),
    ],
)
def test_fouten_noemen_het_veld(cat, veld, woord):
    with pytest.raises(VerordeningFout) as e:
        uit_data(_basis(**cat), "test.yaml")
    assert e.value.veld == veld
    assert woord in e.value.bericht
    assert str(e.value).startswith(f"test.yaml: veld '{veld}'")


def test_percentage_wordt_basispunten():
    v = uit_data(_basis(percentage="12,5"), "t")
    assert v.categorieen["licht"].percentage_bp == 1250


def test_andere_fouten():
    d = _basis()
    d["code"] = "Met Spaties"
    with pytest.raises(VerordeningFout, match="kleine letters"):
        uit_data(d)
    d = _basis()
    d["over"] = "loon"
    with pytest.raises(VerordeningFout) as e:
        uit_data(d)
    assert e.value.veld == "over"
    d = _basis()
    d["categorieen"] = {}
    with pytest.raises(VerordeningFout, match="minstens één categorie"):
        uit_data(d)
    d = _basis()
    d["afwijken"] = {"minimum_percentage": 20}  # hoger dan de categorie zelf (10%)
    with pytest.raises(VerordeningFout) as e:
        uit_data(d)
    assert e.value.veld == "categorieen.licht.percentage"
    with pytest.raises(VerordeningFout, match="ken ik niet"):
        laad_verordening("bestaat-niet")
