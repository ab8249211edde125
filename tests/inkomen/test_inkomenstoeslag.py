# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""De individuele inkomenstoeslag (Pw art. 36) in het inkomen-blok, met de gemeentedata van Alphen aan den Rijn.

Bron (opgehaald op 2026-12-04): https://www.alphenaandenrijn.nl/Onderwerpen/Werk_uitkering_en_inkomen/
Toeslagen_en_vergoedingen/Inkomenstoeslag. 36 maanden laag inkomen; inkomen hoogstens 110% van de bijstandsnorm;
vermogen niet boven de grens van de bijstand; 21 jaar tot de pensioenleeftijd. Bedragen 2026 per jaar: alleenstaand
€ 601, alleenstaand met kinderen tot 12 € 701, alleenstaand met een kind van 12 tot 18 € 801, gehuwd € 801 (ook met
kinderen tot 12), gehuwd met een kind van 12 tot 18 € 901.

Met de hand, 2026-03 (Pw art. 21 onder a: norm alleenstaande en alleenstaande ouder € 1.401,50):
- 110% van € 1.401,50 = € 1.541,65 (exact: 1.541,650).
- Per maand een twaalfde, half naar boven op centen (geld.deel_half_omhoog): 601 / 12 = 50,0833... -> € 50,08;
  801 / 12 = 66,75 precies.
- Laag inkomen sinds 2022-01-01: tot 2026-03-01 zijn dat 4 x 12 + 2 = 50 hele maanden (>= 36).
  Sinds 2023-03-01: 36 maanden (genoeg). Sinds 2023-03-02: 35 hele maanden (te kort).
"""

from __future__ import annotations

import json

import pytest

from balans.cli import main
from tests.hulp.casussen import OUDER_MET_KIND_EN_HUUR

ALPHEN = """\
naam: Alleenstaande in Alphen
periode: {van: 2026-03, tot: 2026-03}
gemeente: alphen-aan-den-rijn
huishouden:
  aanvrager: {geboortedatum: 1985-06-15, laag_inkomen_sinds: 2022-01-01, geen_uitzicht_op_inkomensverbetering: true}
  woning: {soort: huur, kale_huur: 650.00}
"""


def _draai(tmp_path, tekst, capsys):
    pad = tmp_path / "casus.yaml"
    pad.write_text(tekst, encoding="utf-8")
    code = main(["bereken", str(pad), "--json"])
    uit = capsys.readouterr()
    return code, uit.out, uit.err


def _blok(tmp_path, capsys, tekst) -> dict:
    code, uit, fout = _draai(tmp_path, tekst, capsys)
    assert code == 0, fout
    (m,) = json.loads(uit)["maanden"]
    return m["inkomen"]


def _stap(i: dict) -> dict:
    (s,) = [s for s in i["uitleg"] if s["regel"] == "inkomenstoeslag"]
    return s


def test_a_alleenstaande_met_alleen_bijstand(tmp_path, capsys):
    """Alleenstaande van 40 (geboren 1985-06-15), alleen bijstand, huur € 650.
    - inkomen voor de IIT: € 1.401,50 bijstand <= € 1.541,65; vermogen 0 <= € 8.000 (art. 34 lid 3); 50 maanden.
    - IIT € 601 per jaar, € 50,08 per maand.
    - zorgtoeslag € 129,17 (toetsingsinkomen 21.309, zoals test_casus_inkomen); huurtoeslag eenpersoons: basishuur
      252,49 - 1,82 - 48,15 = 202,52; (498,20 - 202,52) + 65% x (650 - 498,20) = 295,68 + 98,67 = 394,35, geen afbouw
      (21.309 < 23.425); x 12 = 4.732,20 -> 4.732; / 12 = 394,33.
    - totaal 1.401,50 + 129,17 + 394,33 + 50,08 = 1.975,08."""
    i = _blok(tmp_path, capsys, ALPHEN)
    assert (i["bijstand"], i["inkomenstoeslag"], i["jaar"]["inkomenstoeslag"]) == ("1401.50", "50.08", "601.00")
    assert (i["zorgtoeslag"], i["huurtoeslag"], i["totaal"]) == ("129.17", "394.33", "1975.08")
    s = _stap(i)
    assert s["tak"] == "pw-36-recht" and s["bedrag"] == "50.08" and "alphenaandenrijn.nl" in s["bron"]
    for w in ("€ 601,00 per jaar", "één keer per 12 maanden", "€ 1.541,65", "50 maanden", "telt niet mee als middelen"):
        assert w in s["tekst"], w
    assert "individuele inkomenstoeslag" in next(s for s in i["uitleg"] if s["regel"] == "totaal")["tekst"]


def test_b_met_loon_boven_110_procent_van_de_norm(tmp_path, capsys):
    """Dezelfde persoon met € 1.000 bruto loon (test_casus_inkomen, met de hand): netto 986,17, vrijlating 25% =
    246,54, bijstand 1.401,50 - (986,17 - 246,54) = 661,87. Inkomen voor de IIT 986,17 + 661,87 = 1.648,04 > 1.541,65:
    geen IIT, en de uitleg zegt waarom."""
    tekst = ALPHEN + "maanden:\n  2026-03:\n    inkomsten:\n      - soort: arbeid\n        bruto: 1000.00\n"
    i = _blok(tmp_path, capsys, tekst)
    assert (i["loon_netto"], i["bijstand"]) == ("986.17", "661.87")
    assert (i["inkomenstoeslag"], i["jaar"]["inkomenstoeslag"]) == ("0.00", "0.00")
    s = _stap(i)
    assert s["tak"] == "pw-36-geen-recht" and s["bedrag"] == "0.00"
    assert "€ 1.648,04" in s["tekst"] and "110% van uw bijstandsnorm van € 1.401,50" in s["tekst"]
    assert "€ 1.541,65" in s["tekst"]


def test_c_alleenstaande_ouder_met_kind_van_13(tmp_path, capsys):
    """Kind geboren 2012-09-01: op 2026-03-01 13 jaar, dus 'ten minste 1 kind van 12 tot 18': € 801 per jaar,
    801 / 12 = € 66,75 per maand. Norm alleenstaande ouder € 1.401,50 (art. 21 onder a); vermogensgrens € 16.000."""
    tekst = ALPHEN.replace("  woning:", "  kinderen: [{geboortedatum: 2012-09-01}]\n  woning:")
    i = _blok(tmp_path, capsys, tekst)
    assert (i["inkomenstoeslag"], i["jaar"]["inkomenstoeslag"]) == ("66.75", "801.00")
    assert "met ten minste één kind van 12 tot 18 jaar" in _stap(i)["tekst"]


@pytest.mark.parametrize("sinds, maand, jaar", [("2023-03-02", "0.00", "0.00"), ("2023-03-01", "50.08", "601.00")])
def test_d_referteperiode(tmp_path, capsys, sinds, maand, jaar):
    """Sinds 2023-03-02: 35 hele maanden vóór 2026-03-01, minder dan 36: geen IIT. Sinds 2023-03-01: precies 36."""
    i = _blok(tmp_path, capsys, ALPHEN.replace("2022-01-01", sinds))
    assert (i["inkomenstoeslag"], i["jaar"]["inkomenstoeslag"]) == (maand, jaar)
    if maand == "0.00":
        assert "U hebt 35 maanden een laag inkomen. De gemeente vraagt 36 maanden." in _stap(i)["tekst"]


def test_e_gemeente_zonder_iit_verandert_niets(tmp_path, capsys):
    """De standaard (geen gemeente): het voorbeeld van test_casus_inkomen (alleenstaande ouder, januari 2026) geeft
    dezelfde bedragen als daar met de hand (totaal 2.545,94), geen regel 'inkomenstoeslag' in het blok, en één
    uitlegstap zonder bedrag: de gemeente heeft in balans niets vastgesteld."""
    i = _blok(tmp_path, capsys, OUDER_MET_KIND_EN_HUUR)
    assert "inkomenstoeslag" not in i and "inkomenstoeslag" not in i["jaar"]
    assert (i["bijstand"], i["zorgtoeslag"], i["kindgebonden_budget"], i["kinderbijslag"], i["huurtoeslag"]) == (
        "1401.50",
        "129.17",
        "499.67",
        "119.43",
        "396.17",
    )
    assert i["totaal"] == "2545.94" and i["niet_geindexeerd"] == []
    s = _stap(i)
    assert s["tak"] == "pw-36-geen-gemeente" and s["bedrag"] is None
    assert "balans kent die regels voor uw gemeente niet" in s["tekst"]
    # Alphen zonder de feiten: wel de regel (0,00), en het totaal blijft dat van de standaard
    met_alphen = OUDER_MET_KIND_EN_HUUR.replace("periode:", "gemeente: alphen-aan-den-rijn\nperiode:")
    j = _blok(tmp_path, capsys, met_alphen)
    assert (j["inkomenstoeslag"], j["totaal"]) == ("0.00", "2545.94")
    assert "laag_inkomen_sinds" in _stap(j)["tekst"] and "geen_uitzicht_op_inkomensverbetering" in _stap(j)["tekst"]


def test_alphen_in_2025_kent_balans_niet(tmp_path, capsys):
    """De overlay begint op 2026-01-01: in 2025 is er voor balans geen IIT van Alphen."""
    i = _blok(tmp_path, capsys, ALPHEN.replace("2026-03", "2025-03"))
    assert "inkomenstoeslag" not in i and _stap(i)["tak"] == "pw-36-geen-gemeente"


def test_2027_doorgetrokken_en_gemarkeerd(tmp_path, capsys):
    """2027: de bedragen van 2026, gemarkeerd als niet geïndexeerd (zoals de andere parameters)."""
    i = _blok(tmp_path, capsys, ALPHEN.replace("2026-03", "2027-03"))
    assert i["jaar"]["inkomenstoeslag"] == "601.00"
    assert "art36.bedrag_alleenstaande" in i["niet_geindexeerd"]


def test_de_iit_verandert_de_bijstand_niet(tmp_path, capsys):
    """De IIT telt niet mee als middelen: met en zonder de feiten dezelfde bijstand en middelen."""
    met = json.loads(_draai(tmp_path, ALPHEN, capsys)[1])["maanden"][0]
    zonder = json.loads(_draai(tmp_path, ALPHEN.replace("gemeente: alphen-aan-den-rijn\n", ""), capsys)[1])["maanden"]
    assert (met["bijstand"], met["middelen"]) == (zonder[0]["bijstand"], zonder[0]["middelen"])


@pytest.mark.parametrize(
    "vervang, veld, woorden",
    [
        (("laag_inkomen_sinds: 2022-01-01", "laag_inkomen_sinds: januari 2022"), "laag_inkomen_sinds", "geen datum"),
        (("laag_inkomen_sinds: 2022-01-01", "laag_inkomen_sinds: 2022-02-30"), "laag_inkomen_sinds", "kalender"),
        (
            ("geen_uitzicht_op_inkomensverbetering: true", "geen_uitzicht_op_inkomensverbetering: ja"),
            "geen_uitzicht_op_inkomensverbetering",
            "true of false",
        ),
        (("laag_inkomen_sinds:", "laag_inkomen_vanaf:"), "laag_inkomen_vanaf", ""),
    ],
)
def test_foute_invoer(tmp_path, capsys, vervang, veld, woorden):
    code, uit, fout = _draai(tmp_path, ALPHEN.replace(*vervang), capsys)
    assert code == 2 and uit == ""
    assert f"huishouden.aanvrager.{veld}" in fout and woorden in fout and "Traceback" not in fout


def test_api_foute_datum_is_400(tmp_path):
    import yaml
    from fastapi.testclient import TestClient

    from balans.app import create_app
    from balans.settings import Settings

    data = yaml.safe_load(ALPHEN)
    data["periode"] = {"van": "2026-03", "tot": "2026-03"}
    data["huishouden"]["aanvrager"] = {"geboortedatum": "1985-06-15", "laag_inkomen_sinds": "gisteren"}
    app = create_app(Settings(database_url=f"sqlite:///{tmp_path / 'balans.sqlite3'}", demo=False))
    with TestClient(app) as client:
        r = client.post("/v1/berekeningen", json=data)
    assert r.status_code == 400, r.text
    assert r.json()["invalidParams"][0]["name"] == "huishouden.aanvrager.laag_inkomen_sinds"
