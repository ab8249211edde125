# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Het ontvangstbewijs (issue 18 punt 5): in elke uitkomst, na te rekenen, en gevoelig voor elke parameter.

Wat moet gelden:
- elke uitkomst (bereken --json, maandstaat --json, /v1/berekeningen, /v1/maandstaten, de berekening van een
  zaak, de bijlage van de beschikking, het beleidsrapport) draagt software, parameters (hash), wetsversies,
  bekendOp, invoer en invoerHash/uitkomstHash;
- herbereken geeft dezelfde uitkomst (exit 0), ook uit een schone installatie van het wheel;
- één parameter anders: een andere hash (alleen in dat onderdeel) en, als de casus hem raakt, exit 1;
- commentaar in een parameterbestand verandert de hash niet (de hash gaat over de gelezen waarden);
- een kapot of veranderd bewijs: exit 2 / HTTP 400 met het veld.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from balans import ontvangstbewijs as O
from balans.cli import main
from balans.geld import naar_centen
from balans.wet import parameters as W
from tests.test_pakket import _omgeving, installatie, wheel  # noqa: F401  (fixtures van de wheel-test)

PROJECT = Path(__file__).resolve().parents[1]
FERD = PROJECT / "src" / "balans" / "voorbeelden" / "ferd.yaml"
FERD_STAAT = PROJECT / "src" / "balans" / "voorbeelden" / "ferd-maandstaat.yaml"
ROTTERDAM = PROJECT / "tests" / "casussen" / "middelen" / "giften-rotterdam-2025.yaml"
VELDEN = {
    "formaat",
    "soort",
    "software",
    "parameters",
    "wetsversies",
    "bekendOp",
    "invoer",
    "invoerHash",
    "uitkomstHash",
}


def _draai(capsys, *args) -> tuple[int, str, str]:
    code = main(list(map(str, args)))
    uit = capsys.readouterr()
    return code, uit.out, uit.err


def _bewijs_klopt(bewijs: dict, soort: str, uitkomst: dict | None = None) -> None:
    assert VELDEN <= set(bewijs), set(bewijs) ^ VELDEN
    assert bewijs["soort"] == soort
    assert bewijs["software"]["naam"] == "balans" and bewijs["software"]["versie"]
    assert bewijs["parameters"]["hash"].startswith("sha256:") and len(bewijs["parameters"]["hash"]) == 71
    assert {"wet", "inkomen"} <= set(bewijs["parameters"]["onderdelen"])
    assert bewijs["wetsversies"] and all(v["bwb"] == "BWBR0015703" for v in bewijs["wetsversies"])
    assert bewijs["bekendOp"][-6] in "+-"  # met tijdzone
    assert bewijs["invoerHash"] == O.hash_van(bewijs["invoer"])
    if uitkomst is not None:
        assert bewijs["uitkomstHash"] == O.hash_van(O.zonder_bewijs(uitkomst))


@pytest.fixture
def schone_caches():
    """Na een test die parameters verandert: alles opnieuw lezen (de caches van wet en bewijs)."""

    def wis():
        W.wis_caches()
        O.wis_cache()

    wis()
    yield
    wis()


# --- in elke uitkomst ---------------------------------------------------------------------------------


def test_bereken_json_heeft_bewijs_en_herbereken_is_gelijk(tmp_path, capsys):
    code, uit, _ = _draai(capsys, "bereken", "--json", FERD)
    assert code == 0
    data = json.loads(uit)
    _bewijs_klopt(data["ontvangstbewijs"], "berekening", data)
    # Ferd rekent over 2026: de versie van 1 januari en de wijzigingen van 4 februari en 1 juli (wetsversies.yaml)
    assert [v["datum"] for v in data["ontvangstbewijs"]["wetsversies"]] == ["2026-01-01", "2026-02-04", "2026-07-01"]
    pad = tmp_path / "ferd.json"
    pad.write_text(uit, encoding="utf-8")
    code, uit, err = _draai(capsys, "herbereken", pad)
    assert code == 0, err
    assert uit.startswith("Dezelfde uitkomst")
    # alleen het bewijs (zonder de uitkomst) kan ook
    (tmp_path / "bewijs.json").write_text(json.dumps(data["ontvangstbewijs"]), encoding="utf-8")
    assert _draai(capsys, "herbereken", tmp_path / "bewijs.json")[0] == 0


def test_maandstaat_json_heeft_bewijs_en_herbereken_is_gelijk(tmp_path, capsys):
    code, uit, _ = _draai(capsys, "maandstaat", "--json", "--methode", "alle", FERD_STAAT)
    assert code == 0
    data = json.loads(uit)
    _bewijs_klopt(data["ontvangstbewijs"], "maandstaat", data)
    assert data["ontvangstbewijs"]["invoer"]["methode"] == "alle"
    (tmp_path / "staat.json").write_text(uit, encoding="utf-8")
    code, uit, err = _draai(capsys, "herbereken", "--json", tmp_path / "staat.json")
    assert code == 0, err
    assert json.loads(uit)["identiek"] is True


def test_gemeente_en_variant_staan_apart_in_de_parameters(capsys):
    code, uit, _ = _draai(capsys, "bereken", "--json", ROTTERDAM)
    assert code == 0
    p = json.loads(uit)["ontvangstbewijs"]["parameters"]
    assert p["gemeente"] == "rotterdam" and "gemeente:rotterdam" in p["onderdelen"]
    assert p["hash"] == O.hash_van(p["onderdelen"])
    boom = W.ParameterBoom.voor("nrp-70", "rotterdam")
    onderdelen = O.parameter_onderdelen(boom)
    assert set(onderdelen) == {"wet", "inkomen", "variant:nrp-70", "gemeente:rotterdam"}
    # een laag uit een beleidsrun telt ook mee
    laag = boom.met_laag(
        "proef",
        {
            "art31": {
                "giften_vrij_per_kalenderjaar": {"waarden": {"2025-01-01": {"waarde": "1500.00", "bron": "proef"}}}
            }
        },
    )
    assert "lagen" in O.parameter_onderdelen(laag)


# --- één parameter anders -----------------------------------------------------------------------------


def _kopie_parameters(tmp_path: Path) -> Path:
    kopie = tmp_path / "parameters"
    shutil.copytree(W.PARAMETER_MAP, kopie)
    return kopie


def test_een_parameter_anders_geeft_een_andere_hash_en_uitkomst(tmp_path, capsys, monkeypatch, schone_caches):
    code, uit, _ = _draai(capsys, "bereken", "--json", FERD)
    pad = tmp_path / "ferd.json"
    pad.write_text(uit, encoding="utf-8")
    toen = json.loads(uit)["ontvangstbewijs"]["parameters"]

    # De norm voor een alleenstaande (art. 21 onder a) per 2026-07-01 één cent hoger.
    kopie = _kopie_parameters(tmp_path)
    art21 = yaml.safe_load((kopie / "art21.yaml").read_text(encoding="utf-8"))
    waarden = art21["parameters"]["alleenstaande"]["waarden"]
    sleutel = next(k for k in waarden if str(k) == "2026-07-01")
    centen = naar_centen(waarden[sleutel]["waarde"]) + 1
    waarden[sleutel]["waarde"] = f"{centen // 100}.{centen % 100:02d}"
    (kopie / "art21.yaml").write_text(yaml.safe_dump(art21, allow_unicode=True), encoding="utf-8")
    monkeypatch.setattr(W, "PARAMETER_MAP", kopie)
    W.wis_caches()
    O.wis_cache()

    nu = O.parameter_onderdelen(W.ParameterBoom.voor("wet"))
    assert nu["wet"] != toen["onderdelen"]["wet"]
    assert nu["inkomen"] == toen["onderdelen"]["inkomen"]  # alleen het onderdeel dat veranderde
    assert O.hash_van(nu) != toen["hash"]

    code, uit, err = _draai(capsys, "herbereken", pad)
    assert code == 1, uit + err
    assert uit.startswith("Een andere uitkomst")
    assert "Parameters: anders in wet." in uit
    assert "bijstand" in uit and "→" in uit  # welk bedrag anders is, toen en nu


def test_commentaar_in_een_parameterbestand_verandert_de_hash_niet(tmp_path, monkeypatch, schone_caches):
    toen = O.parameter_onderdelen(W.ParameterBoom.voor("wet"))["wet"]
    kopie = _kopie_parameters(tmp_path)
    pad = kopie / "art21.yaml"
    pad.write_text("# alleen een opmerking erbij\n" + pad.read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setattr(W, "PARAMETER_MAP", kopie)
    W.wis_caches()
    O.wis_cache()
    assert O.parameter_onderdelen(W.ParameterBoom.voor("wet"))["wet"] == toen


# --- kapotte invoer -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def ferd_json() -> dict:
    from balans.casus.laden import uit_bestand
    from balans.zaak.diensten import berekening

    return berekening(uit_bestand(FERD))


@pytest.mark.parametrize(
    "geval", ["invoer veranderd", "uitkomst veranderd", "geen bewijs", "beleid", "formaat", "casus kapot"]
)
def test_kapot_bewijs_geeft_exit_2_met_het_veld(tmp_path, capsys, ferd_json, geval):
    d = json.loads(json.dumps(ferd_json))
    b = d["ontvangstbewijs"]
    veld = {
        "invoer veranderd": "ontvangstbewijs.invoerHash",
        "uitkomst veranderd": "ontvangstbewijs.uitkomstHash",
        "geen bewijs": "ontvangstbewijs.formaat",
        "beleid": "ontvangstbewijs.soort",
        "formaat": "ontvangstbewijs.formaat",
        "casus kapot": "ontvangstbewijs.invoer.casus",
    }[geval]
    if geval == "invoer veranderd":
        b["invoer"]["casus"]["naam"] = "Iemand anders"
    elif geval == "uitkomst veranderd":
        d["maanden"][0]["bijstand"] = "1.00"
    elif geval == "geen bewijs":
        d = {"naam": "x"}
    elif geval == "beleid":
        b["soort"] = "beleidsrapport"
    elif geval == "formaat":
        b["formaat"] = 99
    else:
        b["invoer"]["casus"]["periode"] = {"van": "2026-13"}
        b["invoerHash"] = O.hash_van(b["invoer"])
    pad = tmp_path / "b.json"
    pad.write_text(json.dumps(d), encoding="utf-8")
    code, uit, err = _draai(capsys, "herbereken", pad)
    assert code == 2 and not uit
    assert veld in err, err


def test_geen_bestand_of_geen_json_geeft_exit_2(tmp_path, capsys):
    code, _, err = _draai(capsys, "herbereken", tmp_path / "weg.json")
    assert code == 2 and "bestaat niet" in err
    (tmp_path / "kapot.json").write_text('{\n "a": 1,\n}', encoding="utf-8")
    code, _, err = _draai(capsys, "herbereken", tmp_path / "kapot.json")
    assert code == 2 and "regel 3" in err and "geen geldige JSON" in err


# --- een zaak zonder API ---------------------------------------------------------------------------


def test_zaak_met_maatwerk_herberekent_gelijk(tmp_path):
    """Maatwerk staat in de invoer van het bewijs; zonder dat maatwerk is de uitkomst anders."""
    import datetime as dt

    from sqlalchemy import select

    from balans.zaak import diensten
    from balans.zaak.maatwerk import leg_maatwerk_vast
    from balans.zaak.db import maak_engine, migreer, sessiemaker
    from balans.zaak.demo import vul_demo
    from balans.zaak.herberekenen import herbereken
    from balans.zaak.schema import Gebruiker, Zaak
    from balans.zaak.tijdlijn import tijdlijn

    e = maak_engine(f"sqlite:///{tmp_path / 'b.sqlite3'}")
    migreer(e)
    with sessiemaker(e)() as s:
        vul_demo(s, 20, peildatum=dt.date(2026, 11, 25))
        z = s.scalars(
            select(Zaak).where(Zaak.einddatum.is_(None), Zaak.ingangsdatum < dt.date(2026, 1, 1)).order_by(Zaak.id)
        ).first()
        km = s.get(Gebruiker, z.klantmanager_id)
        leg_maatwerk_vast(
            s,
            z,
            maand=dt.date(2026, 3, 1),
            vastgesteld=65000,
            grondslag="Pw art. 18 lid 1",
            motivering="Bijzondere omstandigheden.",
            versie=z.versie,
            door=km,
        )
        s.commit()
        uit = diensten.berekening_zaak(tijdlijn(s, z))
        staat = diensten.maandstaat_zaak(tijdlijn(s, z), "alle")
    assert "2026-03" in uit["ontvangstbewijs"]["invoer"]["maatwerk"]
    assert herbereken(json.loads(json.dumps(uit))).identiek
    assert uit["maanden"][2]["vastgesteld"] == "650.00"  # het maatwerk zit in de uitkomst
    assert herbereken(json.loads(json.dumps(staat))).identiek  # ook de betalingen (maandstaat)
    zonder = json.loads(json.dumps(uit))
    zonder["ontvangstbewijs"]["invoer"]["maatwerk"] = {}
    zonder["ontvangstbewijs"]["invoerHash"] = O.hash_van(zonder["ontvangstbewijs"]["invoer"])
    h = herbereken(zonder["ontvangstbewijs"])
    assert not h.identiek


# --- het beleidsrapport ------------------------------------------------------------------------------


def test_beleidsrapport_heeft_bewijs_en_dezelfde_run_dezelfde_hash():
    from balans.beleid import rapport as R
    from tests.beleid.test_rapport import maak_uitkomst

    een, twee = R.rapport_json(maak_uitkomst(200)), R.rapport_json(maak_uitkomst(200))
    b = een["ontvangstbewijs"]
    assert VELDEN <= set(b) and b["soort"] == "beleidsrapport"
    assert set(b["parameters"]["varianten"]) == {"wet-2026", "wet-2027"}
    assert "variant:bijverdienen-geconsolideerde-tekst" in b["parameters"]["varianten"]["wet-2027"]["onderdelen"]
    assert b["invoer"]["zaadje"] == 11 and b["invoer"]["huishoudens"] == 200
    assert b["uitkomstHash"] == twee["ontvangstbewijs"]["uitkomstHash"]
    assert b["invoerHash"] == twee["ontvangstbewijs"]["invoerHash"]
    html = R.rapport_html(maak_uitkomst(200))
    assert b["parameters"]["hash"] in html and b["uitkomstHash"] in html


# --- een schone installatie -----------------------------------------------------------------------------


def test_herbereken_in_een_schone_installatie_is_gelijk(installatie, tmp_path, capsys):  # noqa: F811
    """Bewijs uit deze checkout, nagerekend door het wheel in een lege map (en andersom)."""
    code, uit, _ = _draai(capsys, "bereken", "--json", FERD)
    (tmp_path / "hier.json").write_text(uit, encoding="utf-8")
    werk = tmp_path / "schoon"
    werk.mkdir()
    r = subprocess.run(
        [installatie / "balans", "herbereken", str(tmp_path / "hier.json")],
        capture_output=True,
        text=True,
        cwd=werk,
        env=_omgeving(werk),
        timeout=300,
    )
    assert r.returncode == 0, r.stdout + r.stderr
    assert r.stdout.startswith("Dezelfde uitkomst")
    r = subprocess.run(
        [installatie / "balans", "bereken", "--json", str(FERD)],
        capture_output=True,
        text=True,
        cwd=werk,
        env=_omgeving(werk),
        timeout=300,
    )
    assert r.returncode == 0, r.stderr
    daar = json.loads(r.stdout)
    assert daar["ontvangstbewijs"]["parameters"] == json.loads(uit)["ontvangstbewijs"]["parameters"]
    (tmp_path / "daar.json").write_text(r.stdout, encoding="utf-8")
    code, uit, err = _draai(capsys, "herbereken", tmp_path / "daar.json")
    assert code == 0, uit + err
