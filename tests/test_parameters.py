# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""De parameterboom: elke waarde heeft een bron van haar eigen datum, bedragen zijn exact, en
overlays veranderen precies wat ze noemen."""

from __future__ import annotations

import datetime as dt
import re
from fractions import Fraction

import pytest
import yaml

from balans.wet.parameters import (
    GEMEENTE_MAP,
    PARAMETER_MAP,
    VARIANT_MAP,
    ParameterBoom,
    versie_op,
    wet_url,
    wetsversies,
    wijzigingsdata,
)

# Elke geconsolideerde tekst: een waarde op die datum moet die tekst citeren.
WETSDATA = [
    "2024-01-01",
    "2024-07-01",
    "2025-01-01",
    "2025-02-04",
    "2025-07-01",
    "2026-01-01",
    "2026-02-04",
    "2026-07-01",
]
# De indexeringsdata (art. 38): daarop heeft elke norm een eigen waarde.
INDEXDATA = ["2024-01-01", "2024-07-01", "2025-01-01", "2025-07-01", "2026-01-01", "2026-07-01"]
BESTANDEN = sorted(PARAMETER_MAP.glob("*.yaml"))


def _parameters():
    for pad in BESTANDEN:
        inhoud = yaml.safe_load(pad.read_text(encoding="utf-8"))
        for naam, p in inhoud["parameters"].items():
            yield pad.stem, naam, p


@pytest.mark.parametrize("bestand,naam,p", list(_parameters()), ids=lambda x: x if isinstance(x, str) else "")
def test_elke_waarde_heeft_bron_en_exacte_vorm(bestand, naam, p):
    assert p.get("artikel"), "artikel ontbreekt"
    if p["eenheid"] == "tabel":
        return
    for datum, w in p["waarden"].items():
        datum = str(datum)
        assert "bron" in w and w["bron"].startswith("https://"), (datum, w)
        if bestand != "gemeente" and "wetten.overheid.nl/BWBR0015703/" in w["bron"] and datum in WETSDATA:
            assert f"/BWBR0015703/{datum}" in w["bron"], f"{datum} citeert een andere versie: {w['bron']}"
        if p["eenheid"] == "euro" and w["waarde"] is not None:
            assert re.fullmatch(r"\d+\.\d\d", str(w["waarde"])), (
                f"{datum}: {w['waarde']!r} is geen bedrag met twee decimalen"
            )
        if datum >= "2027-01-01" and p["eenheid"] == "euro" and w["waarde"] is not None:
            assert w.get("niet_geindexeerd") is True, (
                f"{datum}: bedrag voor 2027 moet als niet geïndexeerd gemarkeerd zijn"
            )


def test_alle_wetsdata_gedekt_voor_de_normen():
    for bestand in ("art20", "art21", "art22", "art22a", "art31", "art34"):
        inhoud = yaml.safe_load((PARAMETER_MAP / f"{bestand}.yaml").read_text(encoding="utf-8"))
        for naam, p in inhoud["parameters"].items():
            data = {str(d) for d in p["waarden"]}
            assert data >= set(INDEXDATA) or bestand == "art34a", f"{bestand}.{naam} mist {set(INDEXDATA) - data}"


def test_waarde_geldt_tot_de_volgende_datum():
    boom = ParameterBoom()
    assert boom.op(dt.date(2026, 6, 1)).art21.alleenstaande == 140150
    assert boom.op(dt.date(2026, 7, 1)).art21.alleenstaande == 141946
    assert boom.op(dt.date(2027, 5, 1)).art21.alleenstaande == 141946  # doorgetrokken
    assert boom.op(dt.date(2027, 5, 1)).niet_geindexeerd()


def test_percentages_zijn_exacte_breuken():
    p = ParameterBoom().op(dt.date(2025, 1, 1))
    assert p.art31.r_percentage == Fraction(1, 8)  # 12,5%
    assert p.art19.vakantietoeslag_percentage == Fraction(1, 20)  # 5%, niet de 4,8 uit de harvest


def test_link_naar_de_versie_van_die_maand():
    assert versie_op(dt.date(2025, 8, 1)) == dt.date(2025, 7, 1)
    assert wet_url(dt.date(2024, 3, 1), "21") == "https://wetten.overheid.nl/BWBR0015703/2024-01-01#Artikel21"


@pytest.mark.parametrize("map_,soort", [(VARIANT_MAP, "regime"), (GEMEENTE_MAP, "gemeente")])
def test_overlays_veranderen_precies_wat_ze_noemen(map_, soort):
    basis = ParameterBoom()
    for pad in sorted(map_.glob("*.yaml")):
        inhoud = yaml.safe_load(pad.read_text(encoding="utf-8"))
        genoemd = {(b, n) for b, ps in inhoud["wijzigingen"].items() for n in ps}
        boom = ParameterBoom(pad.stem) if soort == "regime" else ParameterBoom(gemeente=pad.stem)
        for maand in (dt.date(2024, 1, 1), dt.date(2025, 8, 1), dt.date(2026, 3, 1), dt.date(2027, 2, 1)):
            a, b = basis.op(maand), boom.op(maand)
            for sleutel, w in a._gekozen.items():
                if sleutel not in genoemd:
                    assert b._gekozen[sleutel] == w, (pad.stem, sleutel, maand)


def _datums_buiten_de_lijst(parameters, lijst) -> list[str]:
    """Elke (bestand.naam: datum) waarop een parameter verandert en die niet in de lijst van wetsversies staat.
    De AOW-tabel (eenheid 'tabel', per kalenderjaar uit een andere wet) telt niet mee."""
    fout = []
    for bestand, naam, p in parameters:
        if p.get("eenheid") == "tabel":
            continue
        for datum in p["waarden"]:
            d = datum if isinstance(datum, dt.date) else dt.date.fromisoformat(str(datum))
            if d not in lijst:
                fout.append(f"{bestand}.{naam}: {d}")
    return fout


def _varianten():
    """De varianten (een andere lezing van dezelfde wet) veranderen ook alleen op de data van een wetsversie;
    gemeente-overlays niet: een verordening heeft haar eigen data."""
    for pad in sorted(VARIANT_MAP.glob("*.yaml")):
        for artikel, params in yaml.safe_load(pad.read_text(encoding="utf-8"))["wijzigingen"].items():
            for naam, p in params.items():
                yield f"varianten/{pad.stem}:{artikel}", naam, p


def test_elke_parameterdatum_staat_in_de_lijst_van_wetsversies():
    """Een parameter die verandert op een dag die niet in wet/wetsversies.yaml staat, is een vergeten versie."""
    lijst = {v["datum"] for v in wijzigingsdata()}
    fout = _datums_buiten_de_lijst([*_parameters(), *_varianten()], lijst)
    assert not fout, f"niet in wet/wetsversies.yaml: {fout}"


def test_de_controle_op_wetsversies_kan_falen():
    """Dezelfde controle vindt een wijziging op 15 maart 2026 (geen wetsversie) en laat de AOW-tabel met rust."""
    lijst = {v["datum"] for v in wijzigingsdata()}
    nep = [
        ("art21", "alleenstaande", {"eenheid": "euro", "waarden": {"2026-01-01": {}, "2026-03-15": {}}}),
        ("aow", "pensioengerechtigde_leeftijd", {"eenheid": "tabel", "waarden": {}}),
    ]
    assert _datums_buiten_de_lijst(nep, lijst) == ["art21.alleenstaande: 2026-03-15"]


def test_consolidaties_van_4_februari_staan_erin():
    assert {dt.date(2025, 2, 4), dt.date(2026, 2, 4)} <= set(wetsversies())
    assert set(WETSDATA) <= {d.isoformat() for d in wetsversies()}


def test_parameters_op_elke_dag():
    # Pw 2025-02-04 art. 31 lid 2 onder z en aa: "met een maximum van € 173,04 per maand"; tot en met 3 februari € 170,18
    boom = ParameterBoom()
    assert boom.op(dt.date(2025, 2, 3)).art31.z_maximum == 170_18
    assert boom.op(dt.date(2025, 2, 4)).art31.z_maximum == 173_04
    assert boom.op(dt.date(2025, 2, 4)).art31.aa_maximum == 173_04
    assert boom.op(dt.date(2025, 2, 1)).art31.z_maximum == 170_18  # de maand zelf: de eerste dag telt
    assert boom.op(dt.date(2025, 6, 30)).art31.z_maximum == 173_04
    assert boom.op(dt.date(2025, 7, 1)).art31.z_maximum == 176_35
    assert boom.op(dt.date(2026, 6, 30)).art21.alleenstaande == 140150  # laatste dag vóór 1 juli
    assert boom.op(dt.date(2026, 7, 1)).art21.alleenstaande == 141946


def test_link_naar_de_versie_van_die_dag():
    assert wet_url(dt.date(2025, 2, 3), "31") == "https://wetten.overheid.nl/BWBR0015703/2025-01-01#Artikel31"
    assert wet_url(dt.date(2025, 2, 4), "31") == "https://wetten.overheid.nl/BWBR0015703/2025-02-04#Artikel31"
    assert wet_url(dt.date(2025, 3, 1), "21") == "https://wetten.overheid.nl/BWBR0015703/2025-02-04#Artikel21"
    assert wet_url(dt.date(2026, 2, 20), "31") == "https://wetten.overheid.nl/BWBR0015703/2026-02-04#Artikel31"
    assert versie_op(dt.date(2026, 7, 1)) == dt.date(2026, 7, 1)


def test_2026_formeel_art31_en_art34a_vanaf_2027():
    p = ParameterBoom().op(dt.date(2026, 1, 1))
    assert p.art31.vrijlatingen_n_tot_aa_van_toepassing is True and p.art34a.van_toepassing is False
    assert p.gemeente.gedoogjaar_bijverdienen_jonger_dan_27 is False
    p = ParameterBoom().op(dt.date(2027, 1, 1))
    assert p.art31.vrijlatingen_n_tot_aa_van_toepassing is False and p.art34a.van_toepassing is True
    g = ParameterBoom("bijverdienen-geconsolideerde-tekst").op(dt.date(2026, 1, 1))
    assert g.art34a.van_toepassing is True and g.art31.vrijlatingen_n_tot_aa_van_toepassing is False
    assert (
        ParameterBoom(gemeente="gedoogjaar-2026").op(dt.date(2026, 3, 1)).gemeente.gedoogjaar_bijverdienen_jonger_dan_27
    )
