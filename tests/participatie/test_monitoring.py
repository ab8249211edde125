# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Monitoring: alleen totalen, kleine cellen verborgen; zaken met recht per maand uit de tijdlijn (zoals /beleid)."""

from __future__ import annotations

import datetime as dt

import pytest

from balans.casus.laden import uit_data
from balans.participatie.monitoring import als_csv, duurband, leeftijdsband, monitoring, onderdruk
from balans.zaak.db import maak_engine, migreer, sessiemaker
from balans.zaak.repository import maak_zaak
from balans.zaak.schema import Gebruiker

D = dt.date
VANDAAG = D(2026, 11, 25)


def test_onderdrukking():
    # 3 en 4 zijn kleiner dan 5: weg. In de leeftijdsgroep is 3 de enige verborgen cel, dus ook de kleinste
    # andere (10) weg; anders is 3 terug te rekenen als 20 - 10 - 7.
    rij = {
        "totaal": 20,
        "jonger_dan_27": 3,
        "27_tot_45": 10,
        "45_en_ouder": 7,
        "alleenstaand": 20,
        "alleenstaande_ouder": 0,
        "paar": 0,
        "met_kostendelers": 0,
    }
    uit = onderdruk(rij)
    assert uit["jonger_dan_27"] is None and uit["45_en_ouder"] is None and uit["27_tot_45"] == 10
    assert uit["alleenstaand"] == 20 and uit["paar"] == 0 and uit["totaal"] == 20
    assert onderdruk({"totaal": 4, "alleenstaand": 4})["totaal"] is None


def test_banden():
    assert leeftijdsband(D(2000, 11, 26), VANDAAG) == "jonger_dan_27"  # 25-11-2026: nog 25
    assert leeftijdsband(D(1999, 11, 25), VANDAAG) == "27_tot_45"  # vandaag 27 geworden
    assert leeftijdsband(D(1981, 11, 25), VANDAAG) == "45_en_ouder"  # vandaag 45
    assert duurband(D(2021, 11, 25), VANDAAG) == "5_jaar_of_langer"  # precies 5 jaar
    assert duurband(D(2021, 11, 26), VANDAAG) == "2_tot_5_jaar"


@pytest.fixture
def s(tmp_path):
    e = maak_engine(f"sqlite:///{tmp_path / 'm.sqlite3'}")
    migreer(e)
    with sessiemaker(e)() as sessie:
        km = Gebruiker(gebruikersnaam="km", naam="Km", rol="klantmanager")
        sessie.add(km)
        sessie.flush()
        sessie.info["km"] = km
        yield sessie


def _zaak(s, naam, geboren, ingang, einde=None, reden=None, hh=None, werk=False):
    data = {
        "naam": "t",
        "periode": {"van": "2026-01", "tot": "2026-12"},
        "huishouden": {"aanvrager": {"geboortedatum": geboren}, **(hh or {})},
        "vermogen": {"bezittingen": "0.00", "schulden": "0.00"},
        "maanden": {"2026-11": {"inkomsten": [{"soort": "arbeid", "netto": "300.00"}]}} if werk else {},
    }
    z = maak_zaak(s, naam=naam, casus=uit_data(data, "t"), klantmanager_id=s.info["km"].id, door=None)
    z.ingangsdatum, z.einddatum, z.einde_reden = ingang, einde, reden
    if einde:
        z.status = "beeindigd"
    return z


def test_tellen_en_verbergen(s):
    # 6 alleenstaanden van 30, sinds 2020 (>= 5 jaar), 2 met werk in november;
    # 2 jongeren (20) met een kind, in november 2026 ingestroomd; 1 uitgestroomd in oktober naar werk.
    for i in range(6):
        _zaak(s, f"Persoon {i}", "1996-01-01", D(2020, 1, 1), werk=i < 2)
    for i in range(2):
        _zaak(s, f"Jong {i}", "2006-01-01", D(2026, 11, 3), hh={"kinderen": [{"geboortedatum": "2025-01-01"}]})
    _zaak(s, "Weg", "1970-01-01", D(2024, 1, 1), einde=D(2026, 10, 15), reden="werk")
    s.commit()
    m = monitoring(s, vandaag=VANDAAG)
    t = {x["code"]: x for x in m["tabellen"]}
    nov = next(r for r in t["bestand"]["rijen"] if r["label"] == "2026-11")["waarden"]
    assert nov["totaal"] == 8 and nov["45_en_ouder"] == 0 and nov["paar"] == 0
    assert nov["jonger_dan_27"] is None and nov["alleenstaande_ouder"] is None  # 2 < 5
    # en de 6 ernaast ook: anders is 8 - 6 - 0 = 2 terug te rekenen
    assert nov["27_tot_45"] is None and nov["alleenstaand"] is None
    okt = next(r for r in t["bestand"]["rijen"] if r["label"] == "2026-10")["waarden"]
    # Issue 14: de tabel telt 'zaken met recht in de maand', zoals /beleid (zaak/tijdlijn.py), niet meer de stand
    # op de laatste dag. 'Weg' had in oktober recht tot en met de 15e, dus telt mee: de 6 plus 'Weg'. De
    # jongeren begonnen pas in november.
    assert okt["totaal"] == 7
    in_nov = next(r for r in t["instroom"]["rijen"] if r["label"] == "2026-11")["waarden"]
    assert in_nov["totaal"] is None  # 2 ingestroomd: te weinig om te tonen
    duur = {r["code"]: r["waarden"]["totaal"] for r in t["duur"]["rijen"]}
    assert duur["5_jaar_of_langer"] == 6 and duur["korter_dan_1_jaar"] is None
    assert m["kerncijfers"]["lopend"] == 8
    assert m["kerncijfers"]["aandeelMetWerkProcent"] is None  # 2 met werk: te weinig
    assert m["kerncijfers"]["aandeel5JaarOfLangerProcent"] == 75.0  # 6 van 8
    tekst = als_csv(m)
    assert tekst.splitlines()[0].startswith("tabel;rij;totaal;jonger dan 27")
    assert "<5" in tekst
    for naam in ["Persoon 0", "Jong 1", "Weg"]:
        assert naam not in tekst and naam not in str(m)
