# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Het hele inkomen in `balans bereken --json` (casus.md, 'The whole income'), en foute invoer.

Alleenstaande ouder (geboren 1990), kind geboren 2017-06-01, bijstand, 2026-01. Met de hand:
- bijstand: Pw art. 21 onder a, 2026-01-01: € 1.401,50 (een alleenstaande ouder heeft de norm van een alleenstaande);
- bruto bijstand (groene tabel, met loonheffingskorting): stap 394 (L = 21.276): floor(21.276 x 35,75%) = 7.606;
  - AHK 3.115 = 4.491; / 12 = 374,25; 1.401,50 + 374,25 = 1.775,75 (12 x 1.775,75 = 21.309 ligt in stap 394);
- toetsingsinkomen 'alsof het hele jaar zo': 12 x 1.775,75 = 21.309,00, onder het drempelinkomen 29.735,424;
- zorgtoeslag: 2.119 - 1,912% x 29.735,424 = 1.550,46 -> 1.550 (Awir art. 14 lid 4); / 12 = 129,17;
- kindgebonden budget: 2.580 + 3.416 = 5.996 (geen afbouw); / 12 = 499,67;
- kinderbijslag: kind is 8 op 1 januari 2026: 358,30 per kwartaal; / 3 = 119,43;
- huurtoeslag 2026 (Wht art. 5, 16, 17, 21; Wet verlaging eigen bijdrage huurtoeslag art. 1 onder c): twee personen,
  meerpersoons; rekenhuur = kale huur 650 (servicekosten tellen vanaf 2026 niet); basishuur 252,49 - 3,63 - 48,15 =
  200,71; (498,20 - 200,71) + 65% x (650 - 498,20) = 297,49 + 98,67 = 396,16; rekeninkomen 21.309 onder het
  ijkpunt 31.500: geen afbouw; jaar 4.753,92 -> 4.754 (Awir art. 14 lid 4); / 12 = 396,17;
- totaal: 1.401,50 + 129,17 + 499,67 + 119,43 + 396,17 = 2.545,94.

Alleenstaande, bruto loon € 1.000 in 2026-03 (werkgever past de loonheffingskorting toe):
- loonheffing 13,83 (witte maandtabel 2026, zie test_loonheffing), netto 986,17;
- de bijstand: in 2026 geldt formeel nog Pw art. 31 lid 2 onder n (25%, hoogstens € 285; art. 34a pas vanaf
  2027-01-01): vrijlating 25% x 986,17 = 246,54; middelen 986,17 - 246,54 = 739,63; bijstand 1.401,50 - 739,63 = 661,87;
  hier telt dat het inkomen-blok precies die bijstand toont;
- bruto bijstand zonder loonheffingskorting (die zit al bij de werkgever): stap 228 (L = 12.312):
  floor(12.312 x 35,75%) = 4.401; / 12 = 366,75; 661,87 + 366,75 = 1.028,62 (12 x = 12.343,44: stap 228);
- toetsingsinkomen 12 x (1.000 + 1.028,62) = 24.343,44 < drempelinkomen: zorgtoeslag 129,17;
- huurtoeslag: eenpersoons, basishuur 252,49 - 1,82 - 48,15 = 202,52; (498,20 - 202,52) + 65% x 151,80 = 394,35;
  afbouw 27% x (24.343,44 - 23.425) / 12 = 20,6649; 373,6851 x 12 = 4.484,22 -> 4.484; / 12 = 373,67;
- totaal 986,17 + 661,87 + 129,17 + 373,67 = 2.150,88.
"""

from __future__ import annotations

import json

import pytest

from balans.cli import main
from tests.hulp.casussen import OUDER_MET_KIND_EN_HUUR

OUDER = OUDER_MET_KIND_EN_HUUR  # tests/hulp/casussen.py

WERK = """\
naam: Alleenstaande met bruto loon
periode: {van: 2026-03, tot: 2026-03}
huishouden:
  aanvrager: {geboortedatum: 1990-04-01}
  woning: {soort: huur, kale_huur: 650.00}
maanden:
  2026-03:
    inkomsten:
      - soort: arbeid
        bruto: 1000.00
"""


def _draai(tmp_path, tekst, capsys, *extra):
    pad = tmp_path / "casus.yaml"
    pad.write_text(tekst, encoding="utf-8")
    code = main(["bereken", str(pad), "--json", *extra])
    uit = capsys.readouterr()
    return code, uit.out, uit.err


def test_alleenstaande_ouder(tmp_path, capsys):
    code, uit, _ = _draai(tmp_path, OUDER, capsys)
    assert code == 0
    (m,) = json.loads(uit)["maanden"]
    i = m["inkomen"]
    assert m["bijstand"] == i["bijstand"] == "1401.50"
    assert (i["bijstand_bruto"], i["toetsingsinkomen"]) == ("1775.75", "21309.00")
    assert (i["zorgtoeslag"], i["kindgebonden_budget"], i["kinderbijslag"], i["totaal"]) == (
        "129.17",
        "499.67",
        "119.43",
        "2545.94",
    )
    assert i["jaar"] == {
        "zorgtoeslag": "1550.00",
        "kindgebonden_budget": "5996.00",
        "kinderbijslag_kwartaal": "358.30",
        "huurtoeslag": "4754.00",
    }
    assert i["huurtoeslag"] == "396.17"
    regels = [s["regel"] for s in i["uitleg"]]
    assert {
        "bruteren",
        "toetsingsinkomen",
        "zorgtoeslag",
        "kindgebonden budget",
        "kinderbijslag",
        "huurtoeslag",
        "totaal",
    } <= set(regels)
    assert all(s["bron"].startswith("https://") for s in i["uitleg"])


def test_bruto_loon(tmp_path, capsys):
    code, uit, _ = _draai(tmp_path, WERK, capsys)
    assert code == 0
    (m,) = json.loads(uit)["maanden"]
    i = m["inkomen"]
    assert i["loon_netto"] == "986.17"
    assert m["bijstand"] == i["bijstand"]
    assert (i["bijstand"], i["bijstand_bruto"], i["toetsingsinkomen"], i["zorgtoeslag"], i["totaal"]) == (
        "661.87",
        "1028.62",
        "24343.44",
        "129.17",
        "2150.88",
    )
    assert i["huurtoeslag"] == "373.67"


# Hetzelfde loon als loonstrook (netto 986,17 over maart 2026, zonder bruto): de bijstand rekent ermee
# (art. 32: het loon telt in maart), en het inkomen-blok ook. Met de hand als hierboven: netto 986,17,
# bijstand 661,87; het bruto uit de witte tabel is 1.000,00 (986,17 is het netto van 1.000,00, zie
# test_loonheffing), dus dezelfde toeslagen: zorgtoeslag 129,17, huurtoeslag 373,67, totaal 2.150,88.
LOONSTROOK = """\
naam: Alleenstaande met een loonstrook
periode: {van: 2026-03, tot: 2026-03}
huishouden:
  aanvrager: {geboortedatum: 1990-04-01}
  woning: {soort: huur, kale_huur: 650.00}
loonstroken:
  - {id: mrt, loonperiode: maand, periode: {van: 2026-03-01, tot: 2026-03-31}, betaaldatum: 2026-03-31, netto: 986.17}
"""


def test_loon_uit_een_loonstrook_telt_in_het_hele_inkomen(tmp_path, capsys):
    code, uit, _ = _draai(tmp_path, LOONSTROOK, capsys)
    assert code == 0
    (m,) = json.loads(uit)["maanden"]
    i = m["inkomen"]
    assert (i["loon_netto"], m["bijstand"], i["bijstand"]) == ("986.17", "661.87", "661.87")
    assert (i["zorgtoeslag"], i["huurtoeslag"], i["totaal"]) == ("129.17", "373.67", "2150.88")
    assert "bruto-uit-loonstrook" in {s["tak"] for s in i["uitleg"]}


def test_bruto_geeft_dezelfde_bijstand_als_het_netto(tmp_path, capsys):
    """Wie het bruto geeft, krijgt de bijstand van het netto dat erbij hoort; en zonder woning geen inkomen-blok."""
    _, met_bruto, _ = _draai(tmp_path, WERK, capsys)
    netto = WERK.replace("bruto: 1000.00", "netto: 986.17").replace("  woning: {soort: huur, kale_huur: 650.00}\n", "")
    _, met_netto, _ = _draai(tmp_path, netto, capsys)
    a, b = json.loads(met_bruto)["maanden"][0], json.loads(met_netto)["maanden"][0]
    assert "inkomen" not in b
    assert (a["middelen"], a["bijstand"]) == (b["middelen"], b["bijstand"])


@pytest.mark.parametrize(
    "vervang, veld, woorden",
    [
        (("kale_huur: 650.00", "kale_huur: -650.00"), "huishouden.woning.kale_huur", "negatief"),
        (
            ("kale_huur: 650.00}", "kale_huur: 650.00, servicekosten: -5.00}"),
            "huishouden.woning.servicekosten",
            "negatief",
        ),
        (("kale_huur: 650.00}", "kale_huur: 650.00, stookkosten: 5.00}"), "huishouden.woning.stookkosten", ""),
        (("{soort: huur, kale_huur: 650.00}", "{soort: huur}"), "huishouden.woning", "kale_huur"),
        (("bruto: 1000.00", "bruto: 1000.00\n        netto: 900.00"), "maanden.2026-03.inkomsten[1].netto", "986,17"),
        (("bruto: 1000.00", "van: aanvrager"), "maanden.2026-03.inkomsten[1]", "'netto' of 'bruto'"),
        (
            ("periode: {van: 2026-03, tot: 2026-03}", "periode: {van: 2026-03, tot: 2028-01}"),
            "huishouden.woning",
            "2027",
        ),
        # Een toeslagpartner die niet in het huishouden staat (Awir art. 3 lid 2: hetzelfde adres); een kind van 10 telt niet.
        (
            ("aanvrager: {geboortedatum: 1990-04-01}", "aanvrager: {geboortedatum: 1990-04-01, toeslagpartner: true}"),
            "huishouden.aanvrager.toeslagpartner",
            "niemand van 18 jaar of ouder",
        ),
        (
            (
                "aanvrager: {geboortedatum: 1990-04-01}",
                "aanvrager: {geboortedatum: 1990-04-01, toeslagpartner: true}\n"
                "  medebewoners: [{geboortedatum: 2016-01-01}]",
            ),
            "huishouden.aanvrager.toeslagpartner",
            "Awir art. 3 lid 2",
        ),
    ],
)
def test_foute_invoer(tmp_path, capsys, vervang, veld, woorden):
    tekst = WERK.replace(*vervang)
    code, uit, fout = _draai(tmp_path, tekst, capsys)
    assert code == 2 and uit == ""
    assert veld in fout and woorden in fout
    assert "Traceback" not in fout


def test_toeslagpartner_als_volwassen_medebewoner_telt_mee(tmp_path, capsys):
    """De geldige vorm van dezelfde vraag: de toeslagpartner staat bij de medebewoners (huurt commercieel)."""
    tekst = WERK.replace(
        "aanvrager: {geboortedatum: 1990-04-01}",
        "aanvrager: {geboortedatum: 1990-04-01, toeslagpartner: "
        "true}\n  medebewoners: [{geboortedatum: 1988-01-01, uitzondering: commerciele_huur}]",
    )
    code, uit, fout = _draai(tmp_path, tekst, capsys)
    assert code == 0, fout
    stappen = " ".join(s["tekst"] for s in json.loads(uit)["maanden"][0]["inkomen"]["uitleg"])
    assert "samen met uw toeslagpartner" in stappen


def test_api_toeslagpartner_buiten_het_huishouden_is_400(tmp_path):
    import yaml
    from fastapi.testclient import TestClient

    from balans.app import create_app
    from balans.settings import Settings

    data = yaml.safe_load(
        WERK.replace(
            "aanvrager: {geboortedatum: 1990-04-01}", "aanvrager: {geboortedatum: '1990-04-01', toeslagpartner: true}"
        )
    )
    data["periode"] = {"van": "2026-03", "tot": "2026-03"}
    app = create_app(Settings(database_url=f"sqlite:///{tmp_path / 'balans.sqlite3'}", demo=False))
    with TestClient(app) as client:
        r = client.post("/v1/berekeningen", json=data)
    assert r.status_code == 400, r.text
    assert r.json()["invalidParams"][0]["name"] == "huishouden.aanvrager.toeslagpartner"


def test_api_berekeningen_geeft_het_blok(tmp_path):
    """POST /v1/berekeningen geeft hetzelfde inkomen-blok als de opdrachtregel (zelfde functie, zaak.diensten)."""
    import yaml
    from fastapi.testclient import TestClient

    from balans.app import create_app
    from balans.settings import Settings

    data = yaml.safe_load(OUDER)  # YAML maakt datums; JSON wil tekst
    data["periode"] = {"van": "2026-01", "tot": "2026-01"}
    data["huishouden"]["aanvrager"]["geboortedatum"] = "1990-04-01"
    data["huishouden"]["kinderen"][0]["geboortedatum"] = "2017-06-01"
    app = create_app(Settings(database_url=f"sqlite:///{tmp_path / 'balans.sqlite3'}", demo=False))
    with TestClient(app) as client:
        r = client.post("/v1/berekeningen", json=data)
    assert r.status_code == 200, r.text
    i = r.json()["maanden"][0]["inkomen"]
    assert (i["totaal"], i["zorgtoeslag"], i["kindgebonden_budget"]) == ("2545.94", "129.17", "499.67")
