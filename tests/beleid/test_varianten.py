# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Varianten als lagen op de parameterboom: elke variant verandert precies de parameters die hij noemt,
de 'wet van jaar X' zet de regels vast maar niet de geïndexeerde bedragen, en een paar huishoudens met
de hand nagerekend door de regelkern."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml

from balans import kalender
from balans.beleid.run import (
    VARIANT_MAP,
    beschikbare_varianten,
    laad_variant,
    maak_variant,
)
from balans.wet.context import Ctx, Scalair
from balans.rekenen.invoer import MaandInvoer, Toestand
from balans.rekenen.maand import bereken_maand
from balans.wet.parameters import (
    NIET_GEINDEXEERD,
    OnbekendRegime,
    OngeldigeWijziging,
    ParameterBoom,
    geindexeerd,
    parameter_metas,
)

MAANDEN = kalender.maanden(dt.date(2025, 1, 1), dt.date(2027, 12, 1))
WET_VAN_JAAR = {"wet-2025", "wet-2026", "wet-2027"}


def _bestand(naam: str) -> dict:
    return yaml.safe_load((VARIANT_MAP / f"{naam}.yaml").read_text(encoding="utf-8"))


def _boom(naam: str) -> ParameterBoom:
    return laad_variant(naam)[0].boom


def _waarden(boom: ParameterBoom, m: dt.date) -> dict:
    return {k: (w.waarde if w else None) for k, w in boom.op(m)._gekozen.items()}


def _veranderd(a: ParameterBoom, b: ParameterBoom, maanden=MAANDEN) -> set[tuple[str, str]]:
    uit = set()
    for m in maanden:
        wa, wb = _waarden(a, m), _waarden(b, m)
        uit |= {k for k in wa if wa[k] != wb[k]}
    return uit


# --- elke meegeleverde variant --------------------------------------------------------------------------
def test_er_zijn_varianten_voor_alle_opties_uit_het_issue():
    namen = set(beschikbare_varianten())
    assert WET_VAN_JAAR <= namen
    assert {
        "vrijlating-25",
        "vrijlating-50",
        "vrijlating-15-24-maanden",
        "cpb-experiment",
        "nrp-70",
        "nrp-90",
        "bufferbudget-geen",
        "bufferbudget-1500",
        "giftengrens-2400",
        "kostendelersnorm-af",
        "kostendelers-vanaf-21",
        "surplus",
    } <= namen


@pytest.mark.parametrize("naam", beschikbare_varianten())
def test_variant_laadt_met_omschrijving_en_bron(naam):
    d = _bestand(naam)
    variant, info, _ = laad_variant(naam)
    assert d["naam"] == naam == variant.naam
    assert len(info.omschrijving) > 20 and info.bronnen
    assert all(b.startswith(("https://", "bronnen/")) for b in info.bronnen)
    variant.boom.op(dt.date(2027, 6, 1))  # rekent zonder fout


@pytest.mark.parametrize("naam", [n for n in beschikbare_varianten() if n not in WET_VAN_JAAR])
def test_variant_verandert_precies_wat_hij_noemt(naam):
    d = _bestand(naam)
    basis = _boom(d["op"]) if d.get("op") else ParameterBoom.voor(d.get("regime") or "wet")
    genoemd = {(b, p) for b, ps in (d.get("wijzigingen") or {}).items() for p in ps}
    assert _veranderd(basis, _boom(naam)) == genoemd


def test_surplus_is_een_verrekenmethode_en_geen_parameter():
    v, _, methode = laad_variant("surplus")
    assert methode == "vast_bedrag"
    assert _veranderd(_boom("wet-2027"), v.boom) == set()


# --- de wet van jaar X ----------------------------------------------------------------------------------
def test_wet_2027_is_in_2027_gelijk_aan_de_wet():
    assert (
        _veranderd(
            ParameterBoom.voor("wet"), _boom("wet-2027"), kalender.maanden(dt.date(2027, 1, 1), dt.date(2027, 12, 1))
        )
        == set()
    )


def test_wet_2027_in_2025_heeft_de_regels_van_2027_en_de_normen_van_2025():
    p = _boom("wet-2027").op(dt.date(2025, 3, 1))
    assert p.art34a.van_toepassing is True and p.art31.vrijlatingen_n_tot_aa_van_toepassing is False
    assert p.art34b.van_toepassing is True
    # niet geïndexeerde vaste bedragen van 2027: € 1.000 bufferbudget, € 1.200 giften, € 226 onder c
    assert p.art34b.maximum_per_kalenderjaar == 1000_00 and p.art31.giften_vrij_per_kalenderjaar == 1200_00
    assert p.art34a.c_maximum == 226_00
    # de norm van 2025-01-01 (normenbrief januari 2025: € 1.345,45), niet die van 2027
    assert p.art21.alleenstaande == 1345_45
    # bedrag dat de wet in 2025 nog niet kende (jongerentoeslag, vanaf 2026): het bedrag van 1-1-2027
    assert p.art20.jongerentoeslag == ParameterBoom.voor("wet").op(dt.date(2027, 1, 1)).art20.jongerentoeslag


def test_wet_2025_zet_de_regels_vast_maar_niet_de_bedragen():
    p = _boom("wet-2025").op(dt.date(2027, 3, 1))
    assert p.art31.vrijlatingen_n_tot_aa_van_toepassing is True and p.art34a.van_toepassing is False
    assert p.art34b.van_toepassing is False and p.art31.giften_vrij_per_kalenderjaar is None
    assert p.art34.toets == "aanvang"
    # bedragen volgen de maand: de norm en het maximum van onder n van 2027 (€ 1.419,46 en € 285,00)
    assert p.art21.alleenstaande == 1419_46 and p.art31.n_maximum == 285_00


def test_bedragen_vast_zet_ook_de_normen_vast():
    boom = ParameterBoom.voor("wet").regels_van(dt.date(2025, 7, 1), bedragen_vast=True)
    # normenbrief 1 juli 2025: alleenstaande € 1.369,06; zo ook in maart 2027
    assert boom.op(dt.date(2027, 3, 1)).art21.alleenstaande == 1369_06


def test_wet_2026_houdt_in_2027_de_overgangsregels():
    p = _boom("wet-2026").op(dt.date(2027, 6, 1))
    assert p.art34a.van_toepassing is False and p.art31.vrijlatingen_n_tot_aa_van_toepassing is True
    assert p.art34b.van_toepassing is False and p.art31.giften_vrij_per_kalenderjaar == 1200_00


def test_wat_geindexeerd_is():
    assert geindexeerd("art21", "alleenstaande") and geindexeerd("art31", "n_maximum")
    assert not geindexeerd("art34a", "c_maximum") and not geindexeerd("art34b", "maximum_per_kalenderjaar")
    assert not geindexeerd("art34a", "a_percentage") and not geindexeerd("art19a", "kostendeler_minimumleeftijd")
    metas = parameter_metas()
    assert all(metas[k].eenheid == "euro" for k in NIET_GEINDEXEERD)


# --- lagen stapelen: de API van ParameterBoom ----------------------------------------------------------
def test_met_lagen_stapelt_en_de_laatste_wint():
    a = {"art24": {"percentage_niet_rechthebbende_partner": {"waarden": {"2024-01-01": {"waarde": "70"}}}}}
    b = {
        "art24": {"percentage_niet_rechthebbende_partner": {"waarden": {"2027-01-01": {"waarde": "90"}}}},
        "art31": {"giften_vrij_per_kalenderjaar": {"waarden": {"2026-01-01": {"waarde": "2400.00"}}}},
    }
    boom = ParameterBoom.met_lagen([("a", a), ("b", b)])
    assert boom.op(dt.date(2026, 6, 1)).art24.percentage_niet_rechthebbende_partner * 100 == 70
    assert boom.op(dt.date(2027, 1, 1)).art24.percentage_niet_rechthebbende_partner * 100 == 90
    assert boom.op(dt.date(2027, 1, 1)).art31.giften_vrij_per_kalenderjaar == 2400_00
    assert boom.op(dt.date(2027, 1, 1)).waarde("art31", "giften_vrij_per_kalenderjaar").herkomst == "beleid:b"
    assert _veranderd(ParameterBoom.voor("wet"), boom) == {
        ("art24", "percentage_niet_rechthebbende_partner"),
        ("art31", "giften_vrij_per_kalenderjaar"),
    }


def test_met_lagen_laat_de_gedeelde_boom_ongemoeid():
    wet = ParameterBoom.voor("wet")
    voor = (len(wet._lagen), _waarden(wet, dt.date(2026, 1, 1)))
    ParameterBoom.met_lagen([("x", _bestand("nrp-90")["wijzigingen"])], regels_van=dt.date(2025, 7, 1))
    _boom("wet-2025")
    assert ParameterBoom.voor("wet") is wet and (len(wet._lagen), _waarden(wet, dt.date(2026, 1, 1))) == voor


@pytest.mark.parametrize(
    "wijzigingen, pad, stukje",
    [
        ({"art99": {"x": {}}}, ("art99",), "het bestand 'art99' bestaat niet"),
        (
            {"art31": {"geen": {"waarden": {"2024-01-01": {"waarde": 1}}}}},
            ("art31", "geen"),
            "de parameter art31.geen bestaat niet",
        ),
        (
            {"art31": {"n_maximum": {"waarden": {"2024-01-01": {"waarde": "veel"}}}}},
            ("art31", "n_maximum", "waarden", "2024-01-01", "waarde"),
            "een bedrag in euro",
        ),
        (
            {"art31": {"n_maanden": {"waarden": {"2024-01-01": {"waarde": 2.5}}}}},
            ("art31", "n_maanden", "waarden", "2024-01-01", "waarde"),
            "een heel getal",
        ),
        (
            {"art24": {"percentage_niet_rechthebbende_partner": {"waarden": {"2024-01-01": {"waarde": "150"}}}}},
            ("art24", "percentage_niet_rechthebbende_partner", "waarden", "2024-01-01", "waarde"),
            "van 0 tot en met 100",
        ),
        (
            {"art34b": {"van_toepassing": {"waarden": {"2024-01-01": {"waarde": "ja"}}}}},
            ("art34b", "van_toepassing", "waarden", "2024-01-01", "waarde"),
            "true (ja) of false (nee)",
        ),
        (
            {"art34b": {"van_toepassing": {"waarden": {"2024-13-01": {"waarde": True}}}}},
            ("art34b", "van_toepassing", "waarden", "2024-13-01"),
            "is geen datum",
        ),
        (
            {"art34b": {"van_toepassing": {"waarden": {"2024-01-01": True}}}},
            ("art34b", "van_toepassing", "waarden", "2024-01-01"),
            "schrijf {waarde",
        ),
        (
            {"aow": {"pensioengerechtigde_leeftijd": {"waarden": {"2024-01-01": {"waarde": 1}}}}},
            ("aow", "pensioengerechtigde_leeftijd"),
            "is een tabel",
        ),
    ],
)
def test_fouten_in_wijzigingen_noemen_de_parameter(wijzigingen, pad, stukje):
    with pytest.raises(OngeldigeWijziging) as e:
        ParameterBoom.met_lagen([("eigen", wijzigingen)])
    assert isinstance(e.value, OnbekendRegime)
    assert [p for p, _ in e.value.fouten] == [pad]
    assert stukje in e.value.fouten[0][1] and str(e.value).startswith("eigen: ")


def test_maak_variant_meldt_alle_fouten():
    with pytest.raises(OnbekendRegime) as e:
        maak_variant(
            {
                "naam": "x",
                "op": "bestaat-niet",
                "kleur": 1,
                "wijzigingen": {"art31": {"geen": {"waarden": {"2024-01-01": {"waarde": 1}}}}},
            }
        )
    tekst = str(e.value)
    assert "'bestaat-niet' bestaat niet" in tekst and "kleur" in tekst and "art31.geen" in tekst
    assert "omschrijving" in tekst


# --- met de hand nagerekend door de regelkern ----------------------------------------------------------
def _bijstand(boom: ParameterBoom, inv: MaandInvoer, m: dt.date = dt.date(2026, 1, 1), toestand=None) -> int:
    uit, _ = bereken_maand(Ctx(Scalair, m, boom.op(m), False), inv, toestand or Toestand())
    return uit.bijstand


def _huishouden(**kw) -> MaandInvoer:
    return MaandInvoer(a_jaar=1980, a_maand=3, a_dag=3, **kw)


def test_nrp_90_met_de_hand():
    # Art. 24: bij een partner zonder recht op bijstand is de norm een percentage van de gehuwdennorm van
    # zijn leeftijd. Normenbrief 1-1-2026: gehuwden (art. 21 onder b) € 2.002,13.
    # 50% (de wet) = € 1.001,065 -> € 1.001,07; 90% = € 1.801,917 -> € 1.801,92 (half naar boven).
    inv = _huishouden(heeft_partner=True, p_jaar=1981, p_rechthebbend=False)
    assert _bijstand(ParameterBoom.voor("wet"), inv) == 1001_07
    assert _bijstand(_boom("nrp-90"), inv) == 1801_92
    # 70% = € 1.401,491 -> € 1.401,49 (niet de € 1.401,50 van art. 21 onder a: die is apart afgerond)
    assert _bijstand(_boom("nrp-70"), inv) == 1401_49


def test_kostendelersnorm_af_met_de_hand():
    # Eén kostendeler van 27 of ouder: A = 2, (40 + 2 x 30) / 2 = 50% van € 2.002,13 = € 1.001,07.
    # Zonder kostendelersnorm: de norm voor een alleenstaande, art. 21 onder a, € 1.401,50 (1-1-2026).
    inv = _huishouden(medebewoners=((1975, 1, 1, False),))
    assert _bijstand(ParameterBoom.voor("wet"), inv) == 1001_07
    assert _bijstand(_boom("kostendelersnorm-af"), inv) == 1401_50
    # mildere formule: (30 + 2 x 40) / 2 = 55% van € 2.002,13 = € 1.101,1715 -> € 1.101,17
    assert _bijstand(_boom("kostendelers-opslag-40"), inv) == 1101_17


def test_kostendelers_vanaf_21_met_de_hand():
    # Een huisgenoot van 23 (geboren 1-1-2003) telt in de wet niet mee (27 jaar, art. 19a) en in de variant wel.
    inv = _huishouden(medebewoners=((2003, 1, 1, False),))
    assert _bijstand(ParameterBoom.voor("wet"), inv) == 1401_50
    assert _bijstand(_boom("kostendelers-vanaf-21"), inv) == 1001_07


def test_vrijlating_met_de_hand():
    # Maart 2027, alleenstaande van 47, € 600 loon, eerste maand met loon. Norm 2027: die van 1-7-2026,
    # € 1.419,46 (doorgetrokken). Wet 2027: 15% vrij = € 90: € 1.419,46 - € 600 + € 90 = € 909,46.
    # 25%: + € 150 = € 969,46. 50%: + € 300 = € 1.119,46. CPB-experiment: 50% maar hoogstens € 200: € 1.019,46.
    # Wet 2026 en 2025 (art. 31 lid 2 onder n): 25% tot € 285: € 150 vrij, € 969,46.
    m, inv = dt.date(2027, 3, 1), _huishouden(arbeid_a=600_00)
    verwacht = {
        "wet-2027": 909_46,
        "vrijlating-25": 969_46,
        "vrijlating-50": 1119_46,
        "cpb-experiment": 1019_46,
        "wet-2026": 969_46,
        "wet-2025": 969_46,
    }
    assert {n: _bijstand(_boom(n), inv, m) for n in verwacht} == verwacht


def test_vrijlating_24_maanden_met_de_hand():
    # Al 12 maanden vrijlating gehad (art. 34a lid 1 onder a): in de wet is de termijn op, in de variant niet.
    m, inv, t = dt.date(2027, 3, 1), _huishouden(arbeid_a=600_00), Toestand(b34a_a=12)
    assert _bijstand(_boom("wet-2027"), inv, m, t) == 819_46  # € 1.419,46 - € 600
    assert _bijstand(_boom("vrijlating-15-24-maanden"), inv, m, t) == 909_46


def test_giftengrens_met_de_hand():
    # € 2.000 aan giften in maart 2027, eerder dit jaar niets. Wet: € 1.200 vrij, € 800 telt mee:
    # € 1.419,46 - € 800 = € 619,46. Met een grens van € 2.400 telt niets mee: € 1.419,46.
    m, inv, t = dt.date(2027, 3, 1), _huishouden(giften=2000_00), Toestand(kalenderjaar=2027)
    assert _bijstand(_boom("wet-2027"), inv, m, t) == 619_46
    assert _bijstand(_boom("giftengrens-2400"), inv, m, t) == 1419_46
