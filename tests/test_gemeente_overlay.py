# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Gemeente-overlays uit een eigen map (BALANS_GEMEENTEN_DIR), gekozen per gemeente en gecontroleerd op wat de
wet aan een gemeente laat (issue 16, punt 4)."""

from __future__ import annotations

import datetime as dt
import os
import textwrap
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from balans.casus.laden import CasusFout, uit_data
from balans.cli import main
from balans.maandstaat.grootboek import Grootboek
from balans.wet import gemeente_overlay as go
from balans.wet.parameters import GEMEENTE_MAP, ParameterBoom

D = dt.date


def _overlay(map_: Path, naam: str, wijzigingen: str, extra: str = "") -> Path:
    pad = map_ / f"{naam}.yaml"
    pad.write_text(
        f"naam: {naam}\nomschrijving: proef\n{extra}wijzigingen:\n"
        + textwrap.indent(textwrap.dedent(wijzigingen), "  "),
        encoding="utf-8",
    )
    return pad


def _casus(gemeente: str) -> dict:
    return {
        "naam": "proef",
        "periode": {"van": "2027-01", "tot": "2027-03"},
        "gemeente": gemeente,
        "huishouden": {"aanvrager": {"geboortedatum": "1985-03-01"}},
    }


@pytest.fixture
def eigen(tmp_path, monkeypatch):
    map_ = tmp_path / "gemeenten"
    map_.mkdir()
    monkeypatch.setenv("BALANS_GEMEENTEN_DIR", str(map_))
    return map_


def test_de_overlays_in_het_pakket_kloppen():
    namen = sorted(p.stem for p in GEMEENTE_MAP.glob("*.yaml"))
    assert namen
    for naam in namen:
        o = go.vind(naam)
        assert o is not None and not o.eigen
        assert go.controleer(o.pad)[1] == [], naam


def test_eigen_map_wordt_gebruikt_per_gemeente(eigen):
    # Betaaldag de 20e: woensdag 20 januari, zaterdag 20 februari wordt vrijdag 19 februari, zaterdag
    # 20 maart wordt vrijdag 19 maart. Zonder inkomen 1.419,46 - 70,97 = 1.348,49 per maand (2027).
    _overlay(
        eigen,
        "friesland",
        """\
        gemeente:
          betaaldag:
            waarden:
              2024-01-01: {waarde: 20, bron: "besluit van het college (proef)"}
        """,
    )
    c = uit_data(_casus("friesland"))
    s = Grootboek(c).staat("op_de_maand")
    assert [(b.datum, b.bedrag) for b in s.betalingen if b.bedrag] == [
        (D(2027, 1, 20), 134849),
        (D(2027, 2, 19), 134849),
        (D(2027, 3, 19), 134849),
    ]
    assert go.vind("friesland").eigen
    # de overlays van het pakket blijven er
    assert {"rotterdam", "gedoogjaar-2026", "friesland"} <= set(go.beschikbaar())
    assert ParameterBoom.voor("wet", "rotterdam").op(D(2027, 1, 1)).gemeente.betaaldag == 25
    # een andere gemeente (zonder eigen betaaldag) houdt de 25e
    assert Grootboek(uit_data(_casus("rotterdam"))).staat("op_de_maand").betalingen[0].datum == D(2027, 1, 25)


def test_eigen_bestand_gaat_voor_het_pakket_en_een_wijziging_telt(eigen):
    pad = _overlay(
        eigen,
        "rotterdam",
        """\
        gemeente:
          betaaldag:
            waarden:
              2024-01-01: {waarde: 15, bron: "proef"}
        """,
    )
    assert ParameterBoom.voor("wet", "rotterdam").op(D(2027, 1, 1)).gemeente.betaaldag == 15
    pad.write_text(pad.read_text(encoding="utf-8").replace("waarde: 15", "waarde: 16"), encoding="utf-8")
    st = pad.stat()
    os.utime(pad, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))  # zeker een nieuwe versie
    assert ParameterBoom.voor("wet", "rotterdam").op(D(2027, 1, 1)).gemeente.betaaldag == 16


@pytest.mark.parametrize(
    "wijzigingen, regel, veld, woorden",
    [
        # 10% aflossing: de beslagvrije voet laat hoogstens 5% (Awb 4:93 lid 4, Rv 475d lid 1)
        (
            """\
     gemeente:
       aflossing_percentage_norm:
         waarden:
           2024-01-01: {waarde: "10", bron: "proef"}
     """,
            7,
            "wijzigingen.gemeente.aflossing_percentage_norm.waarden.2024-01-01.waarde",
            ["hoogstens 5%", "475d"],
        ),
        # een bedrag uit de wet
        (
            """\
     art21:
       alleenstaande:
         waarden:
           2027-01-01: {waarde: "1500.00", bron: "proef"}
     """,
            5,
            "wijzigingen.art21.alleenstaande",
            ["staat in de wet", "Pw art. 21", "kan dat niet veranderen"],
        ),
        # het maximum van het bufferbudget (art. 34b lid 1)
        (
            """\
     art34b:
       maximum_per_kalenderjaar:
         waarden:
           2027-01-01: {waarde: "2000.00", bron: "proef"}
     """,
            5,
            "wijzigingen.art34b.maximum_per_kalenderjaar",
            ["staat in de wet"],
        ),
        (
            """\
     gemeente:
       betaaldag:
         waarden:
           2024-01-01: {waarde: 31, bron: "proef"}
     """,
            7,
            "wijzigingen.gemeente.betaaldag.waarden.2024-01-01.waarde",
            ["1 tot en met 28"],
        ),
        (
            """\
     gemeente:
       verwerkingsdagen:
         waarden:
           2024-01-01: {waarde: 40, bron: "proef"}
     """,
            7,
            "wijzigingen.gemeente.verwerkingsdagen.waarden.2024-01-01.waarde",
            ["0 tot en met 10"],
        ),
        (
            """\
     gemeente:
       betaaldagg:
         waarden:
           2024-01-01: {waarde: 20, bron: "proef"}
     """,
            5,
            "wijzigingen.gemeente.betaaldagg",
            ["bestaat niet"],
        ),
        (
            """\
     art34b:
       college_beleid:
         waarden:
           2027-01-01: {waarde: altijd, bron: "proef"}
     """,
            7,
            "wijzigingen.art34b.college_beleid.waarden.2027-01-01.waarde",
            ["ambtshalve, op_aanvraag"],
        ),
        # de individuele inkomenstoeslag (Pw art. 36): de gemeente kiest, maar geen negatief bedrag
        (
            """\
     art36:
       bedrag_alleenstaande:
         waarden:
           2026-01-01: {waarde: "-601.00", bron: "proef"}
     """,
            7,
            "wijzigingen.art36.bedrag_alleenstaande.waarden.2026-01-01.waarde",
            ["'-601.00' kan niet", "0 of meer"],
        ),
        # en het percentage van de norm van 100 tot en met 200
        (
            """\
     art36:
       inkomensgrens_percentage_norm:
         waarden:
           2026-01-01: {waarde: "250", bron: "proef"}
     """,
            7,
            "wijzigingen.art36.inkomensgrens_percentage_norm.waarden.2026-01-01.waarde",
            ["'250' kan niet", "100 tot en met 200"],
        ),
        (
            """\
     art36:
       inkomensgrens_percentage_norm:
         waarden:
           2026-01-01: {waarde: "90", bron: "proef"}
     """,
            7,
            "wijzigingen.art36.inkomensgrens_percentage_norm.waarden.2026-01-01.waarde",
            ["'90' kan niet", "100 tot en met 200"],
        ),
    ],
)
def test_fout_in_de_overlay_noemt_bestand_regel_en_veld(eigen, wijzigingen, regel, veld, woorden):
    pad = _overlay(eigen, "proefstad", wijzigingen)
    with pytest.raises(CasusFout) as e:
        uit_data(_casus("proefstad"))
    tekst = str(e.value)
    assert f"{pad}: regel {regel}, veld '{veld}'" in tekst, tekst
    for w in woorden:
        assert w in tekst
    # en buiten de casus om weigert de boom haar ook
    with pytest.raises(LookupError):
        ParameterBoom.voor("wet", "proefstad")


def test_onbekend_veld_en_andere_naam(eigen):
    pad = _overlay(eigen, "proefstad", "gemeente: {}\n", extra="bron: x\n")
    pad.write_text(pad.read_text(encoding="utf-8").replace("naam: proefstad", "naam: andere"), encoding="utf-8")
    fouten = go.controleer(pad)[1]
    assert ("De naam 'andere' is niet de naam van het bestand ('proefstad'); maak ze gelijk.", "naam", 1) in fouten
    assert any(v == "bron" and r == 3 for _, v, r in fouten)


def test_cli_exit_2_en_api_400(eigen, tmp_path, capsys):
    _overlay(
        eigen,
        "proefstad",
        """\
        gemeente:
          aflossing_percentage_norm:
            waarden:
              2024-01-01: {waarde: "10", bron: "proef"}
        """,
    )
    casus = tmp_path / "c.yaml"
    casus.write_text(
        "naam: proef\nperiode: {van: 2027-01, tot: 2027-03}\ngemeente: proefstad\n"
        "huishouden:\n  aanvrager: {geboortedatum: 1985-03-01}\n",
        encoding="utf-8",
    )
    assert main(["maandstaat", str(casus)]) == 2
    err = capsys.readouterr().err
    assert "regel 3, veld 'gemeente'" in err and "proefstad.yaml: regel 7" in err and "hoogstens 5%" in err
    from tests.api.conftest import maak_app

    client = TestClient(maak_app(tmp_path), raise_server_exceptions=False)
    r = client.post("/v1/berekeningen", json=_casus("proefstad"))
    assert r.status_code == 400, r.text
    assert "hoogstens 5%" in r.text


def test_map_die_niet_bestaat(monkeypatch, tmp_path):
    monkeypatch.setenv("BALANS_GEMEENTEN_DIR", str(tmp_path / "weg"))
    with pytest.raises(CasusFout, match="BALANS_GEMEENTEN_DIR noemt de map"):
        uit_data(_casus("rotterdam"))
    from balans.settings import Settings

    assert Settings.uit_omgeving().gemeenten_dir == (tmp_path / "weg").resolve()


def test_vakantiegeld_volgens_het_programmaplan_als_keuze_van_de_gemeente(eigen):
    # Maatregel 18 (Programmaplan): een keuze van de gemeente zolang de AMvB er niet is. Ferd, januari 2027:
    # 595,64 in plaats van 576,06 (de afleiding staat in test_maandstaat::test_vakantiegeld_volgens_maatregel_18).
    from balans.casus.laden import uit_bestand

    _overlay(
        eigen,
        "mr18",
        """\
        gemeente:
          vakantiegeld_verrekening:
            waarden:
              2024-01-01: {waarde: programmaplan, bron: "Programmaplan Participatiewet in balans, maatregel 18"}
        """,
    )
    ferd = uit_bestand(Path(__file__).parents[1] / "src" / "balans" / "voorbeelden" / "ferd-maandstaat.yaml")
    c = ferd.model_copy(update={"gemeente": "mr18"})
    g = Grootboek(c)
    assert g.vakantiegeld_methode == "programmaplan"
    januari = [
        r.bedrag
        for b in g.staat("op_de_maand").betalingen
        for r in b.regels
        if r.soort == "uitkering" and r.maand == D(2027, 1, 1)
    ]
    assert januari == [59564]
    assert Grootboek(ferd).vakantiegeld_methode == "wet"
    pad = _overlay(
        eigen,
        "mr18b",
        """\
        gemeente:
          vakantiegeld_verrekening:
            waarden:
              2024-01-01: {waarde: anders, bron: "proef"}
        """,
    )
    assert any("wet, programmaplan" in b and r == 7 for b, _, r in go.controleer(pad)[1])


def test_zaak_waarvan_de_overlay_later_ongeldig_wordt_geeft_409(eigen, tmp_path):
    # Een zaak met gemeente proefstad, aangemaakt toen de overlay klopte. Daarna wordt het bestand ongeldig
    # (betaaldag 40) en daarna weggehaald. De feiten van de zaak zijn er nog: de API en de website zeggen
    # in het Nederlands dat er nu niet mee te rekenen is, met het bestand, de regel en het veld: 409, geen
    # 500 (de website gaf een 500) en geen 404 'nog niets vastgelegd' (de API).
    from tests.api.conftest import maak_app, token

    pad = _overlay(
        eigen,
        "proefstad",
        """\
        gemeente:
          betaaldag:
            waarden:
              2024-01-01: {waarde: 20, bron: "proef"}
        """,
    )
    client = TestClient(maak_app(tmp_path), raise_server_exceptions=False)
    km = token(client, "km.jansen")
    r = client.post("/v1/zaken", json={"naam": "Proef", "casus": _casus("proefstad")}, headers=km)
    assert r.status_code == 201, r.text
    zaak = r.json()["id"]
    assert client.get(f"/v1/zaken/{zaak}/maandstaat", headers=km).status_code == 200
    pad.write_text(pad.read_text(encoding="utf-8").replace("waarde: 20", "waarde: 40"), encoding="utf-8")
    for url in (f"/v1/zaken/{zaak}", f"/v1/zaken/{zaak}/berekening", f"/v1/zaken/{zaak}/maandstaat"):
        r = client.get(url, headers=km)
        assert r.status_code == 409, (url, r.text)
        assert "kan balans nu niet rekenen" in r.json()["detail"]
        assert "proefstad.yaml: regel 7" in r.json()["detail"] and "betaaldag" in r.json()["detail"]
    for url in (f"/zaken/{zaak}", f"/zaken/{zaak}/beschikking"):
        r = client.get(url, headers=km)
        assert r.status_code == 409, (url, r.text[:300])
        assert "kan balans nu niet rekenen" in r.text and "proefstad.yaml" in r.text
    # Vóór het aanmaken blijft het 404 (toen was er niets).
    r = client.get(f"/v1/zaken/{zaak}/berekening", headers=km, params={"bekendOp": "2020-01-01T00:00:00Z"})
    assert r.status_code == 404
    pad.unlink()
    r = client.get(f"/v1/zaken/{zaak}/maandstaat", headers=km)
    assert r.status_code == 409 and "geen regels" in r.json()["detail"], r.text


def test_tijdlijn_vangt_een_overlay_die_bij_het_rekenen_niet_te_lezen_is(eigen, monkeypatch):
    # Klopt de casus nog bij de controle, maar lukt het lezen van de regels daarna niet (het bestand is net
    # gewijzigd), dan NietTeRekenen met de melding, niet een fout midden in de berekening.
    from balans.wet import parameters
    from balans.zaak import tijdlijn as T

    _overlay(
        eigen,
        "proefstad",
        """\
        gemeente:
          betaaldag:
            waarden:
              2024-01-01: {waarde: 20, bron: "proef"}
        """,
    )

    class Zaak:
        id = "z1"

    monkeypatch.setattr(T.R, "rekencasus", lambda s, z, data, bekend_op=None: uit_data(_casus("proefstad")))

    def kapot(regime, gemeente=None):
        raise parameters.OngeldigeWijziging(gemeente, [((), "regel 7: kan niet")])

    monkeypatch.setattr(T.ParameterBoom, "voor", staticmethod(kapot))
    with pytest.raises(T.NietTeRekenen, match="De regels van gemeente 'proefstad' kloppen niet: proefstad: regel 7"):
        T.tijdlijn(None, Zaak(), data={"naam": "proef"})


def test_de_inkomenstoeslag_is_van_de_gemeente(eigen):
    """Pw art. 8 lid 1 onder c: de verordening stelt de IIT vast. De hele groep art36 mag dus in een overlay, ook een
    percentage boven 100 (110% van de norm, Alphen aan den Rijn); de standaard is leeg (geen IIT in balans)."""
    _overlay(
        eigen,
        "proefstad",
        """\
        art36:
          bedrag_gehuwden:
            waarden:
              2026-01-01: {waarde: "801.00", bron: "proef"}
          inkomensgrens_percentage_norm:
            waarden:
              2026-01-01: {waarde: "200", bron: "proef"}
        """,
    )
    p = ParameterBoom.voor("wet", "proefstad").op(D(2026, 3, 1))
    assert p.art36.bedrag_gehuwden == 80100 and p.art36.inkomensgrens_percentage_norm == 2
    assert ParameterBoom.voor("wet").op(D(2026, 3, 1)).art36.bedrag_gehuwden is None
    a = ParameterBoom.voor("wet", "alphen-aan-den-rijn")
    assert a.op(D(2025, 12, 1)).art36.bedrag_alleenstaande is None  # balans kent 2025 van Alphen niet
    assert a.op(D(2026, 1, 1)).art36.bedrag_alleenstaande == 60100
    assert a.op(D(2027, 1, 1)).waarde("art36", "bedrag_alleenstaande").niet_geindexeerd
