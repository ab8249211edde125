# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""De beschrijving voor het Algoritmeregister: volledig, binnen de maxima van de standaard, B1 waar gevraagd."""

from __future__ import annotations

import re

import pytest

from balans.algoritmeregister import NOG_TE_PUBLICEREN, SCHEMA, VELDEN, laad
from balans.brieven.leesbaarheid import controleer

REGISTER = laad()
PER_SLEUTEL = {v.sleutel: v for v in VELDEN}

# Wat de opdracht vraagt, bovenop wat de standaard verplicht stelt.
GEVRAAGD = [
    "naam",
    "korte_omschrijving",
    "organisatie",
    "thema",
    "status",
    "begindatum",
    "contactgegevens",
    "publiekspagina",
    "publicatiecategorie",
    "doel_en_impact",
    "afwegingen",
    "menselijke_tussenkomst",
    "risicobeheer",
    "wettelijke_basis",
    "link_naar_wettelijke_basis",
    "gegevens",
    "technische_werking",
    "impacttoetsen",
    "bronregistratie",
    "link_naar_broncode",
    "taal",
    "schema",
]


def _leeg(w) -> bool:
    return w is None or (isinstance(w, (str, list, dict)) and not w)


def test_velden_in_de_beschrijving_bestaan_in_de_standaard():
    onbekend = set(REGISTER) - set(PER_SLEUTEL) - {"nog_in_te_vullen"}
    assert not onbekend
    assert set(REGISTER["nog_in_te_vullen"]) <= set(PER_SLEUTEL)
    assert all(s in PER_SLEUTEL for s in GEVRAAGD)


@pytest.mark.parametrize("sleutel", sorted({v.sleutel for v in VELDEN if v.verplicht} | set(GEVRAAGD)))
def test_verplichte_en_gevraagde_velden_zijn_ingevuld(sleutel):
    w = REGISTER.get(sleutel)
    assert not _leeg(w), sleutel
    if isinstance(w, str):
        assert w.strip() == w and w.strip()


@pytest.mark.parametrize("veld", [v for v in VELDEN if v.max_lengte], ids=lambda v: v.sleutel)
def test_lengte_binnen_het_maximum_van_de_standaard(veld):
    w = REGISTER.get(veld.sleutel)
    if isinstance(w, str):
        assert len(w) < veld.max_lengte, (veld.sleutel, len(w))  # de standaard schrijft '<N tekens'


def test_keuzes_en_datums_volgens_de_standaard():
    for v in VELDEN:
        if v.keuzes and v.sleutel in REGISTER:
            assert REGISTER[v.sleutel] in v.keuzes, v.sleutel
        if v.soort == "maand" and REGISTER.get(v.sleutel):
            assert re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", REGISTER[v.sleutel]), v.sleutel
    assert REGISTER["status"] == "In ontwikkeling" and not REGISTER.get("einddatum")  # leeg zolang in gebruik
    assert REGISTER["begindatum"] == "2026-11"
    assert REGISTER["publicatiecategorie"] == "Impactvolle algoritmes"
    assert REGISTER["thema"] == ["Sociale zekerheid"]
    assert REGISTER["schema"] == SCHEMA == "1.0.0" and REGISTER["taal"] == "nld"


def test_adressen_zijn_echt_of_eerlijk_nog_leeg():
    for v in VELDEN:
        w = REGISTER.get(v.sleutel)
        if v.soort == "url" and w:
            assert w == NOG_TE_PUBLICEREN or re.fullmatch(r"https://\S+", w), v.sleutel
        if v.soort == "url_of_mail" and w:
            assert re.fullmatch(r"https://\S+|[^@\s]+@[^@\s]+\.[a-z]+", w), v.sleutel
    assert "github.com" not in str(REGISTER)  # geen verzonnen adres van de broncode
    assert REGISTER["bronregistratie"] == REGISTER["link_naar_broncode"] == NOG_TE_PUBLICEREN


@pytest.mark.parametrize("sleutel", [v.sleutel for v in VELDEN if v.b1])
def test_b1_velden_doorstaan_de_leesbaarheidstoets(sleutel):
    assert controleer(REGISTER[sleutel]) == []


def test_korte_omschrijving_is_kort_en_b1():
    tekst = REGISTER["korte_omschrijving"]
    assert len(tekst) < 350 and controleer(tekst) == []


def test_elke_wettelijke_basis_linkt_naar_wetten_overheid_nl():
    links = REGISTER["link_naar_wettelijke_basis"]
    for link in links:
        assert re.fullmatch(r"https://wetten\.overheid\.nl/BWBR\d{7}/\d{4}-\d{2}-\d{2}#Artikel[\w:]+", link["url"])
        assert 0 < len(link["titel"]) < 100
    urls = " ".join(link["url"] for link in links)
    for artikel in ("11", "18", "19", "31", "43", "45", "58", "60"):  # Pw; 19 en 31 openen een reeks
        assert f"BWBR0015703/2026-07-01#Artikel{artikel} " in urls + " ", artikel
    assert "BWBR0005537" in urls  # Awb


def test_menselijke_tussenkomst_en_werking_zeggen_wat_gevraagd_is():
    mt = REGISTER["menselijke_tussenkomst"]
    assert "klantmanager neemt elk besluit" in mt and "waarom" in mt and "rekenhulp" in mt
    tw = REGISTER["technische_werking"].lower()
    assert "niet zelflerend" in tw and "geen ai" in tw and "geen profielen" in tw and "geen risicoscores" in tw
    assert "dpia" in REGISTER["impacttoetsen"].lower() and "nog" in REGISTER["impacttoetsen"].lower()


def test_laad_geeft_een_eigen_kopie():
    a = laad()
    a["naam"] = "gewijzigd"
    assert laad()["naam"] == "Bijstand berekenen en verrekenen (balans)"


# --- de aanlevering aan het register (sleutels van de aanlever-API 1.0) ------------------------------


def _register_fouten(aangeleverd: dict) -> list[str]:
    """Wat het register zou weigeren: het invoerschema, en de maxima zonder html (een eigen sleutelwoord)."""
    import jsonschema_rs

    from balans.algoritmeregister.aanlevering import schema

    s = schema()
    meldingen = [
        f"{'/'.join(map(str, f.instance_path)) or '(geheel)'}: {f.message}"
        for f in jsonschema_rs.validator_for(s).iter_errors(aangeleverd)
    ]
    for sleutel, eigen in s["$defs"]["AlgorithmIn"]["properties"].items():
        maximum, w = eigen.get("max_length_without_html"), aangeleverd.get(sleutel)
        if maximum and isinstance(w, str) and len(re.sub(r"<[^>]+>", "", w)) > maximum:
            meldingen.append(f"{sleutel}: langer dan {maximum} tekens")
    return meldingen


def test_aanlevering_past_in_het_schema_van_het_register():
    from balans.algoritmeregister.aanlevering import aanlevering

    a = aanlevering()
    assert _register_fouten(a) == []
    assert a["name"] == REGISTER["naam"] and a["lang"] == "nld" and a["standard_version"] == "1.0"
    assert a["category"] == ["Sociale zekerheid"] and a["publication_category"] == "Impactvolle algoritmes"
    assert a["goal"].startswith("<p>Het doel is") and a["goal"].count("<p>") == 3
    assert len(a["lawful_basis_grouping"]) == len(REGISTER["link_naar_wettelijke_basis"])
    assert "publiccode" not in a and "url" not in a  # 'nog te publiceren' is geen adres


def test_het_schema_vangt_een_fout():
    from balans.algoritmeregister.aanlevering import aanlevering

    a = aanlevering()
    a["status"] = "Bijna klaar"
    del a["organization"]
    a["name"] = "x" * 101
    fouten = _register_fouten(a)
    assert any(f.startswith("status") for f in fouten) and any("organization" in f for f in fouten)
    assert any(f.startswith("name") for f in fouten)


def test_hoog_risico_in_de_spelling_van_het_register():
    from balans.algoritmeregister.aanlevering import aanlevering

    a = aanlevering({**REGISTER, "publicatiecategorie": "Hoog-risico AI-systemen"})
    assert a["publication_category"] == "Hoog-risico AI-systeem" and _register_fouten(a) == []


def test_cli_geeft_de_aanlevering(capsys):
    import json

    from balans.cli import main

    assert main(["algoritmeregister"]) == 0
    assert _register_fouten(json.loads(capsys.readouterr().out)) == []
