# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""De maandstaat: betalingen per methode met de hand nagerekend, en wat altijd moet gelden.

De verwachte bedragen hieronder zijn met de hand uit de wet afgeleid (zie de casussen in
tests/casussen/maandstaat voor de rekensom van het recht). Vakantietoeslag is 5% van de bijstand,
half naar boven op hele centen (art. 19 lid 3); per maand wordt de bijstand zonder vakantietoeslag
betaald, de toeslag komt in juni (art. 45 lid 1).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from balans.casus.laden import CasusFout, uit_bestand, uit_data
from balans.cli import main
from balans.maandstaat.grootboek import METHODEN, Grootboek
from balans.rekenen.toerekening import verdeel
from balans.maandstaat.uitvoer import sluitend
from balans.rekenen.casus import bereken
from balans.wet.parameters import ParameterBoom

MAP = Path(__file__).parent / "casussen" / "maandstaat"
D = dt.date


def _betalingen(staat) -> list[tuple[dt.date, int]]:
    return [(b.datum, b.bedrag) for b in staat.betalingen if b.bedrag]


# Deze betalingen zijn met de hand afgeleid onder de lezing van de geconsolideerde tekst van 2026: art. 34a
# (15%) en art. 34b (bufferbudget) al in 2026. Formeel gaan die pas op 2027-01-01 in (docs/inwerkingtreding.md);
# de tests kiezen die lezing daarom uitdrukkelijk (variant bijverdienen-geconsolideerde-tekst).
GECONSOLIDEERD = "bijverdienen-geconsolideerde-tekst"


def _art34a_zonder_34b() -> ParameterBoom:
    """Art. 34a (15%) al in 2026, zoals de bedragen hieronder zijn afgeleid, maar art. 34b op zijn formele datum."""
    bron = "aanname voor de test: art. 34a al in 2026, art. 34b formeel vanaf 2027-01-01"
    return ParameterBoom.met_lagen(
        [
            (
                "proef",
                {
                    "art34a": {"van_toepassing": {"waarden": {"2026-01-01": {"waarde": True, "bron": bron}}}},
                    "art31": {
                        "vrijlatingen_n_tot_aa_van_toepassing": {
                            "waarden": {"2026-01-01": {"waarde": False, "bron": bron}}
                        }
                    },
                },
            )
        ]
    )


# --- de betalingen met de hand: verwacht_betalingen in de casussen ---------------------------------
# De betalingen per methode, met hun afleiding, staan in tests/casussen/maandstaat (verwacht_betalingen;
# docs/verwacht_betalingen.md); `balans toets` legt ze naast de maandstaat. Hieronder alleen wat een
# casus niet kan zeggen: welke regels een betaling heeft en wat de tekst noemt.

MET_BETALINGEN = sorted(p.name for p in MAP.glob("*.yaml") if "verwacht_betalingen" in p.read_text(encoding="utf-8"))


def test_casussen_met_betalingen():
    assert {
        "a2-maandloon-betalingen-geconsolideerd.yaml",
        "f2-correctie-betalingen-geconsolideerd.yaml",
        "i-bufferbudget-2027.yaml",
        "j-baan-stopt-achteraf-2027.yaml",
        "l-nabetaling-na-zes-maanden-art58-2027.yaml",
        "m-zonder-werk-oude-vordering-2027.yaml",
        "n-bijstand-stopt-vakantietoeslag-art45-2027.yaml",
        "k-werk-begint-en-stopt-halverwege-2027.yaml",
        "o-dertiende-vierweekse-periode-2027.yaml",
        "p-weekloon-over-de-normwijziging-2026.yaml",
    } <= set(MET_BETALINGEN)


@pytest.mark.parametrize("naam", MET_BETALINGEN)
def test_verwachte_betalingen_met_de_hand(naam):
    from balans.maandstaat.toets import verschillen

    c = uit_bestand(MAP / naam)
    assert verschillen(c) == []
    g = Grootboek(c)
    for methode in c.verwacht_betalingen:
        s = g.staat(methode)
        assert sluitend(s)
        assert s.vakantietoeslag_gereserveerd >= 0


def test_balans_toets_over_de_map_is_goed(capsys):
    assert main(["toets", str(MAP)]) == 0
    assert f"{len(list(MAP.glob('*.yaml')))} casussen getoetst" in capsys.readouterr().out


def test_toets_meldt_een_verschil_per_betaling_in_het_nederlands(tmp_path, capsys):
    tekst = (MAP / "i-bufferbudget-2027.yaml").read_text(encoding="utf-8")
    fout = tmp_path / "i.yaml"
    fout.write_text(
        tekst.replace("bedrag: 944.74", "bedrag: 944.75")
        .replace("{2027: 161.50}", "{2027: 0.00}")
        .replace("      - {datum: 2027-04-23, bedrag: 1348.49}\n", ""),
        encoding="utf-8",
    )
    assert main(["toets", str(fout)]) == 1
    uit = capsys.readouterr().out
    assert (
        "verwacht_betalingen.op_de_maand, betaling 1: verwacht 1 februari 2027 € 944,75, berekend 1 februari 2027 € 944,74"
        in uit
    )
    assert "betaling 4: niet verwacht, berekend 23 april 2027 € 1.348,49" in uit
    assert "bufferbudget in 2027: verwacht € 0,00, berekend € 161,50" in uit


@pytest.mark.parametrize(
    "vervang, woorden",
    [
        (
            "    nog_na_te_betalen: 0.00",
            ["regel 43", "verwacht_betalingen.op_de_maand.nog_na_te_betaln", "Bedoelt u 'nog_na_te_betalen'"],
        ),
        ("  op_de_maand:", ["regel 36", "verwacht_betalingen.op_maand", "Kies uit"]),
        (
            "      - {datum: 2027-02-01, bedrag: 944.74}",
            ["verwacht_betalingen.op_de_maand.betalingen[1].bedrag", "twee decimalen"],
        ),
    ],
)
def test_toets_onbekend_veld_of_foute_waarde_is_exit_2(tmp_path, capsys, vervang, woorden):
    tekst = (MAP / "i-bufferbudget-2027.yaml").read_text(encoding="utf-8")
    nieuw = {
        "    nog_na_te_betalen: 0.00": "    nog_na_te_betaln: 0.00",
        "  op_de_maand:": "  op_maand:",
        "      - {datum: 2027-02-01, bedrag: 944.74}": "      - {datum: 2027-02-01, bedrag: 944.745}",
    }[vervang]
    assert vervang in tekst
    pad = tmp_path / "fout.yaml"
    pad.write_text(tekst.replace(vervang, nieuw), encoding="utf-8")
    assert main(["toets", str(pad)]) == 2
    fout = capsys.readouterr().err
    for w in woorden:
        assert w in fout


def test_correctie_drie_maanden_later_wordt_verrekend_met_de_volgende_betaling():
    # Januari eerst met 500,00: bijstand 976,50 - 48,83 = 927,67. De correctie (bekend 4 mei) maakt
    # er 806,50 - 40,33 = 766,17 van: 161,50 te veel. Op 7 mei is er niets om mee te verrekenen; het
    # gaat mee naar de betaaldag van mei: 1.331,42 - 161,50 = 1.169,92 (art. 58 lid 4). Geen
    # bufferbudget: in mei kwam ook 200,00 extra loon binnen, samen meer dan 1.331,42.
    # De betalingen staan in casus f2 (verwacht_betalingen); hier de regel van de verrekening.
    s = Grootboek(uit_bestand(MAP / "f2-correctie-betalingen-geconsolideerd.yaml")).staat("op_de_maand")
    verrekend = [r for b in s.betalingen for r in b.regels if r.soort == "verrekend"]
    assert [r.bedrag for r in verrekend] == [-16150]
    assert s.vordering == 0 and s.buffer_totaal == 0


def test_geen_bufferbudget_in_2026():
    # Zelfde correctie, maar het extra loon komt pas in juni binnen: in mei is er dan alleen
    # 1.169,92 bijstand, 161,50 onder 1.331,42. Art. 34b geldt formeel pas vanaf 1 januari 2027
    # (casus.md; domein/wet-en-parameters.md valkuil 3): in 2026 geen bufferbudget, ook niet voor wie
    # werkt. (Deze test verwachtte eerder 161,50 bufferbudget in mei 2026; dat volgde de
    # geconsolideerde tekst en niet de formele datum.) Zie casus h voor het bufferbudget in 2027.
    c = uit_bestand(MAP / "f-correctie-drie-maanden-later.yaml")
    data = c.model_dump(mode="json")
    data["periode"]["tot"] = "2026-06"
    data["correcties"][0]["betaaldatum"] = "2026-06-01"
    data["correcties"][0]["bekend_op"] = "2026-05-04"
    data.pop("verwacht")
    s = Grootboek(uit_data(data), _art34a_zonder_34b()).staat("op_de_maand")
    mei = [b for b in s.betalingen if b.datum == D(2026, 5, 22)][0]
    assert [(r.soort, r.bedrag) for r in mei.regels if r.bedrag] == [("uitkering", 133142), ("verrekend", -16150)]
    assert mei.bedrag == 116992
    assert s.buffer_totaal == 0
    assert sluitend(s)


def test_vakantiegeld_in_mei_naar_dagen_verdeeld():
    # 48000 cent over 365 dagen: 31 dagen = 4076 rest 260, 30 dagen = 3945 rest 75, 28 dagen = 3682
    # rest 70. Samen 47994; de 6 centen gaan naar de eerste zes maanden van 31 dagen (grootste rest).
    dagen = [30, 31, 31, 30, 31, 30, 31, 31, 28, 31, 30, 31]  # juni 2025 t/m mei 2026
    assert verdeel(48000, dagen) == [3945, 4077, 4077, 3945, 4077, 3945, 4077, 4077, 3682, 4077, 3945, 4076]
    g = Grootboek(uit_bestand(MAP / "g-vakantiegeld-mei.yaml"))
    vg = {p.maand: p.bedrag for p in g.toerekening.posten if p.soort == "vakantiegeld" and p.maand}
    assert vg == {
        D(2026, 1, 1): 4077,
        D(2026, 2, 1): 3682,
        D(2026, 3, 1): 4077,
        D(2026, 4, 1): 3945,
        D(2026, 5, 1): 4076,
    }
    # In juni komt de vakantietoeslag over januari t/m mei (art. 45 lid 1).
    s = g.staat("op_de_maand")
    juni = [r for b in s.betalingen for r in b.regels if r.soort == "vakantietoeslag"]
    assert len(juni) == 1 and juni[0].maand is None
    assert sluitend(s)


def test_vierwekelijks_naar_beschikbaarheid_toont_twee_betalingen_in_maart():
    g = Grootboek(uit_bestand(MAP / "c-vierweken-beschikbaar-2027.yaml"))
    maart = [p for p in g.toerekening.posten if p.maand == D(2027, 3, 1)]
    assert sorted(p.bron for p in maart) == ["v3", "v4"]
    assert all(p.basis == "beschikbaar" for p in g.toerekening.posten)


def test_zonder_besluit_geen_bijstand_over_maanden_voor_de_melding():
    # Art. 44 lid 1: bijstand vanaf de melding (10 mei). Maart en april alleen als het college dat
    # besluit (art. 44 lid 5 is een kan-bepaling). Zonder besluit: alleen mei, 1.331,42 op 22 mei.
    data = uit_bestand(MAP / "a-maandloon.yaml").model_dump(mode="json")
    data.pop("verwacht")
    data["verrekening"] = {"melding": "2026-05-10"}
    data["regime"] = GECONSOLIDEERD
    s = Grootboek(uit_data(data)).staat("op_de_maand")
    assert _betalingen(s) == [(D(2026, 5, 22), 133142)]
    assert [r.maand for b in s.betalingen for r in b.regels if r.soort == "geen_bijstand"] == [
        D(2026, 3, 1),
        D(2026, 4, 1),
    ]
    assert s.recht[D(2026, 3, 1)] == 0 and s.recht[D(2026, 4, 1)] == 0
    # Vakantietoeslag alleen over mei: 70,08.
    assert s.vakantietoeslag_gereserveerd == 7008
    assert sluitend(s)


def test_terugwerkende_kracht_als_besluit_met_motivering():
    # Met een besluit (art. 44 lid 5) komen maart, april en mei op de eerste betaaldag na de melding:
    # 846,92 + 1.008,42 + 1.331,42 op vrijdag 22 mei (25 mei is Tweede Pinksterdag).
    data = uit_bestand(MAP / "a-maandloon.yaml").model_dump(mode="json")
    data.pop("verwacht")
    data["verrekening"] = {"melding": "2026-05-10"}
    data["regime"] = GECONSOLIDEERD
    s = Grootboek(uit_data(data), terugwerkende_kracht="ziek opgenomen, kon zich niet melden").staat("op_de_maand")
    assert [b.datum for b in s.betalingen] == [D(2026, 5, 22)]
    assert s.betalingen[0].bedrag == 84692 + 100842 + 133142
    assert any("art. 44 lid 5" in r.tekst and "ziek opgenomen" in r.tekst for r in s.betalingen[0].regels)
    assert sluitend(s)


def test_terugwerkende_kracht_hoogstens_drie_maanden():
    data = uit_bestand(MAP / "a-maandloon.yaml").model_dump(mode="json")
    data["verrekening"] = {"melding": "2026-06-10"}
    data["periode"]["tot"] = "2026-06"
    with pytest.raises(CasusFout) as e:
        uit_data(data)
    assert "art. 44 lid 5" in str(e.value)


# --- wat altijd moet gelden ------------------------------------------------------------------------


@st.composite
def casussen(draw):
    jaar = draw(st.sampled_from([2026, 2027]))
    eerste = draw(st.integers(1, 6))
    n = draw(st.integers(2, 8))
    van = D(jaar, eerste, 1)
    tot_m = eerste + n - 1
    tot = D(jaar + (tot_m - 1) // 12, (tot_m - 1) % 12 + 1, 1)
    eind = D(tot.year + (tot.month == 12), tot.month % 12 + 1, 1) - dt.timedelta(days=1)
    freq = draw(st.sampled_from(["maand", "vier_weken", "week"]))
    start = van + dt.timedelta(days=draw(st.integers(-20, 10)))
    stroken, i = [], 0
    while True:
        if freq == "maand":
            j, m = divmod(start.month, 12)
            einde = D(start.year + j, m + 1, min(start.day, 28)) - dt.timedelta(days=1) if start.day <= 28 else None
            if einde is None:
                start = start.replace(day=28)
                continue
        else:
            einde = start + dt.timedelta(days=27 if freq == "vier_weken" else 6)
        betaal = einde + dt.timedelta(days=draw(st.integers(0, 12)))
        if betaal > eind:
            break
        if betaal >= van:
            i += 1
            ls = {
                "id": f"s{i}",
                "loonperiode": freq,
                "periode": {"van": start.isoformat(), "tot": einde.isoformat()},
                "betaaldatum": betaal.isoformat(),
                "bekend_op": (betaal + dt.timedelta(days=draw(st.integers(0, 40)))).isoformat(),
                "netto": f"{draw(st.integers(0, 160000)) / 100:.2f}",
            }
            if draw(st.integers(0, 9)) == 0:
                ls["vakantiegeld"] = {"betaald": f"{draw(st.integers(0, 60000)) / 100:.2f}"}
            stroken.append(ls)
        start = einde + dt.timedelta(days=1)
    correcties = []
    for k, ls in enumerate(stroken):
        if draw(st.integers(0, 4)) == 0:
            b = D.fromisoformat(ls["betaaldatum"]) + dt.timedelta(days=draw(st.integers(0, 90)))
            if b <= eind:
                correcties.append(
                    {
                        "id": f"c{k}",
                        "corrigeert": ls["id"],
                        "betaaldatum": b.isoformat(),
                        "bekend_op": max(b, D.fromisoformat(ls["bekend_op"])).isoformat(),
                        "netto": f"{draw(st.integers(0, 160000)) / 100:.2f}",
                    }
                )
    data = {
        "naam": "eigenschap",
        "periode": {"van": van.isoformat()[:7], "tot": tot.isoformat()[:7]},
        "regime": draw(st.sampled_from(["wet", "inkomen-naar-beschikbaarheid", "bijverdienen-vanaf-2027"])),
        "huishouden": {
            "aanvrager": {"geboortedatum": draw(st.sampled_from(["1990-05-01", "1960-03-03", "2006-02-01"]))}
        },
        "loonstroken": stroken,
        "correcties": correcties,
        "verrekening": {"vordering_bij_start": f"{draw(st.integers(0, 50000)) / 100:.2f}"},
    }
    if draw(st.booleans()):
        data["huishouden"]["partner"] = {"geboortedatum": "1985-01-01"}
    return data


@settings(
    max_examples=int(__import__("os").environ.get("BALANS_VOORBEELDEN", "80")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(casussen())
def test_geld_blijft_behouden_en_methode_verandert_alleen_het_moment(data):
    from balans.maandstaat import betaaldagen

    c = uit_data(data)
    recht = {r.maand: int(r.uitkomst.bijstand) for r in bereken(c, uitleg=False)}
    totalen = set()
    werkt = any(p.bedrag > 0 for p in Grootboek(c).toerekening.posten)
    for methode, vm in [(m, "wet") for m in METHODEN] + [
        ("achteraf", "programmaplan"),
        ("vast_bedrag", "programmaplan"),
    ]:
        s = Grootboek(c, vakantiegeld_methode=vm).staat(methode)
        # Zonder arbeidsinkomen nooit bufferbudget (art. 34b).
        if not werkt and not any(inv and inv.inkomsten for inv in c.maanden.values()):
            assert s.buffer_totaal == 0
        # Twee wegen naar het recht (regelkern met alles bekend, en het grootboek) geven hetzelfde.
        assert s.recht == recht
        assert sluitend(s), methode
        totalen.add(s.betaald + s.open_nabetaling - s.open_vordering + s.vordering_bij_start - s.buffer_totaal)
        for jaar, b in s.bufferbudget.items():
            assert 0 <= b <= 100000
        assert s.vordering >= 0
        # Geen betaling in het weekend of op een feestdag.
        assert all(betaaldagen.is_werkdag(b.datum) for b in s.betalingen)
    assert totalen == {sum(recht.values())}


@settings(
    max_examples=int(__import__("os").environ.get("BALANS_VOORBEELDEN", "80")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(casussen())
def test_toerekening_telt_niets_dubbel_en_verliest_niets(data):
    c = uit_data(data)
    g = Grootboek(c)
    laatste = {ls.id: ls.netto + ls.vakantiegeld.betaald for ls in c.loonstroken}
    for cor in sorted(c.correcties, key=lambda x: (x.bekend_op or x.betaaldatum, x.betaaldatum, x.id)):
        ls = next(x for x in c.loonstroken if x.id == cor.corrigeert)
        laatste[ls.id] = cor.netto + ls.vakantiegeld.betaald
    som = {}
    for p in g.toerekening.posten:
        som[p.strook] = som.get(p.strook, 0) + p.bedrag
    assert {k: v for k, v in som.items() if v} == {k: v for k, v in laatste.items() if v}


# --- foute invoer: een Nederlandse melding met het item, exit 2 ----------------------------------

BASIS = """naam: fout
periode: {van: 2026-03, tot: 2026-05}
huishouden:
  aanvrager: {geboortedatum: 1990-05-01}
"""


@pytest.mark.parametrize(
    "extra,woorden",
    [
        (
            """loonstroken:
  - {id: a, loonperiode: maand, periode: {van: 2026-03-01, tot: 2026-03-31}, betaaldatum: 2026-04-02, netto: 100.00}
  - {id: b, loonperiode: vier_weken, periode: {van: 2026-03-20, tot: 2026-04-16}, betaaldatum: 2026-04-20, netto: 100.00}
""",
            ["'a'", "'b'", "overlappen", "regel 7"],
        ),
        (
            """loonstroken:
  - {id: a, loonperiode: maand, periode: {van: 2026-03-01, tot: 2026-03-31}, betaaldatum: 2026-04-02, netto: 100.00}
correcties:
  - {id: c, corrigeert: x, betaaldatum: 2026-05-02, netto: 90.00}
""",
            ["correctie 'c'", "'x'", "niet in de casus", "correcties[1].corrigeert"],
        ),
        (
            """loonstroken:
  - {id: a, loonperiode: maand, periode: {van: 2026-05-01, tot: 2026-05-31}, betaaldatum: 2026-06-02, netto: 100.00}
""",
            ["loonstrook 'a'", "2026-06-02", "buiten de periode", "loonstroken[1].betaaldatum"],
        ),
        (
            """loonstroken:
  - {id: a, loonperiode: vier_weken, periode: {van: 2026-03-01, tot: 2026-03-31}, betaaldatum: 2026-04-02, netto: 100.00}
""",
            ["loonstrook 'a'", "28 dagen", "31 dagen"],
        ),
        (
            """loonstroken:
  - {id: a, loonperiode: maand, periode: {van: 2026-03-01, tot: 2026-03-31}, betaaldatum: 2026-04-02, netto: -5.00}
""",
            ["loonstroken[1].netto", "negatief"],
        ),
    ],
)
def test_foute_loonstroken_geven_exit_2_met_het_item(tmp_path, capsys, extra, woorden):
    pad = tmp_path / "fout.yaml"
    pad.write_text(BASIS + extra, encoding="utf-8")
    assert main(["maandstaat", str(pad)]) == 2
    fout = capsys.readouterr().err
    for w in woorden:
        assert w in fout, (w, fout)
    assert "Traceback" not in fout


def test_grafiek_met_onbekend_formaat_geeft_exit_2(tmp_path, capsys):
    assert main(["maandstaat", str(MAP / "a-maandloon.yaml"), "--grafiek", str(tmp_path / "x.gif")]) == 2
    assert ".svg of .png" in capsys.readouterr().err
    assert not (tmp_path / "x.gif").exists()


def test_cli_json_en_grafiek(tmp_path, capsys):
    svg = tmp_path / "ferd.svg"
    assert (
        main(
            [
                "maandstaat",
                str(MAP / "b-vierweken-verworven.yaml"),
                "--json",
                "--methode",
                "alle",
                "--grafiek",
                str(svg),
            ]
        )
        == 0
    )
    uit = json.loads(capsys.readouterr().out)
    assert set(uit["methoden"]) == set(METHODEN)
    for m in uit["methoden"].values():
        assert m["totalen"]["klopt"] is True
        for b in m["betalingen"]:
            assert isinstance(b["bedrag"], str)
            assert all(r["artikel"] and r["tekst"] for r in b["regels"])
    assert svg.read_text(encoding="utf-8").lstrip().startswith("<?xml")


def test_verwachting_en_wat_als(capsys):
    voorbeeld = Path(__file__).parents[1] / "src" / "balans" / "voorbeelden" / "ferd-maandstaat.yaml"
    assert main(["maandstaat", str(voorbeeld), "--json"]) == 0
    uit = json.loads(capsys.readouterr().out)
    punten = uit["wat_als"]["punten"]
    assert [p["uren_per_week"] for p in punten][:3] == ["0", "1", "2"]
    assert "zonder toeslagen" in uit["wat_als"]["let_op"].lower()
    # Bij 0 uur: geen loon, de volle norm.
    assert punten[0]["loon"] == "0.00" and punten[0]["bijstand"] == uit["maanden"][0]["norm"]
    # Het totaal daalt nooit als u meer werkt.
    totaal = [int(p["totaal"].replace(".", "")) for p in punten]
    assert totaal == sorted(totaal)


def test_surplus_betaalt_een_verwerkte_strook_door_ook_als_een_eerdere_nog_onbekend_is():
    """Twee banen in maart. Baan X betaalt op 2 april, maar de gemeente kent die strook pas op 20 mei.
    Baan Y betaalt op 3 april en is dezelfde dag bekend. Bij Surplus gaat het loon via de gemeente en gaat
    het mee op de eerste vaste betaaldag nadat de strook verwerkt is: Y op 3 april + 3 = maandag 6 april
    (Tweede Paasdag), dus dinsdag 7 april; mee op vrijdag 24 april. X op woensdag 20 mei + 3 = zaterdag
    23 mei, maandag 25 mei is Tweede Pinksterdag, dus dinsdag 26 mei: na de laatste betaaldag (22 mei),
    dus nog door te betalen. Y wacht niet achter X."""
    c = uit_data(
        {
            "naam": "twee banen, Surplus",
            "periode": {"van": "2026-03", "tot": "2026-05"},
            "huishouden": {"aanvrager": {"geboortedatum": "1990-05-01"}},
            "verrekening": {"methode": "vast_bedrag"},
            "loonstroken": [
                {
                    "id": "x-mrt",
                    "werkgever": "X",
                    "loonperiode": "maand",
                    "periode": {"van": "2026-03-01", "tot": "2026-03-31"},
                    "betaaldatum": "2026-04-02",
                    "bekend_op": "2026-05-20",
                    "netto": "200.00",
                },
                {
                    "id": "y-mrt",
                    "werkgever": "Y",
                    "loonperiode": "maand",
                    "periode": {"van": "2026-03-01", "tot": "2026-03-31"},
                    "betaaldatum": "2026-04-03",
                    "bekend_op": "2026-04-03",
                    "netto": "300.00",
                },
            ],
        },
        "test",
    )
    staat = Grootboek(c).staat("vast_bedrag")
    door = [(b.datum, r.bedrag) for b in staat.betalingen for r in b.regels if r.soort == "loon_doorbetaald"]
    assert door == [(D(2026, 4, 24), 30000)]
    assert staat.loon_nog_door_te_betalen == 20000
    assert [b.datum for b in staat.betalingen if b.bedrag] == [D(2026, 3, 25), D(2026, 4, 24), D(2026, 5, 22)]


# --- bufferbudget (art. 34b), betaaldagen ----------------------------------------------------------


def test_casus_i_bufferbudget_in_2027_met_de_hand():
    # De rekensom en de betalingen staan in casus i (verwacht_betalingen); hier de regels van maart.
    s = Grootboek(uit_bestand(MAP / "i-bufferbudget-2027.yaml")).staat("op_de_maand")
    maart = [b for b in s.betalingen if b.datum == D(2027, 3, 25)][0]
    assert [(r.soort, r.bedrag) for r in maart.regels if r.bedrag] == [
        ("uitkering", 134849),
        ("verrekend", -16150),
        ("bufferbudget", 16150),
    ]
    assert sluitend(s)


def test_casus_i_op_aanvraag_zonder_besluit_geen_bufferbudget():
    # Een gemeente die het bufferbudget alleen op aanvraag inzet (art. 34b lid 1 is een kan-bepaling):
    # zonder besluit in de casus niets; maart 1.348,49 - 161,50 = 1.186,99.
    from balans.wet.parameters import ParameterBoom

    boom = ParameterBoom.met_lagen(
        [
            (
                "proef",
                {
                    "art34b": {
                        "college_beleid": {
                            "waarden": {"2024-01-01": {"waarde": "op_aanvraag", "bron": "aanname voor de test"}}
                        }
                    }
                },
            )
        ]
    )
    c = uit_bestand(MAP / "i-bufferbudget-2027.yaml")
    s = Grootboek(c, boom).staat("op_de_maand")
    assert s.buffer_totaal == 0 and (D(2027, 3, 25), 118699) in _betalingen(s)
    # met een besluit wel
    c2 = c.model_copy(update={"verrekening": c.verrekening.model_copy(update={"bufferbudget": True})})
    assert Grootboek(c2, boom).staat("op_de_maand").bufferbudget == {2027: 16150}


# Zonder werk met een oude vordering: casus m (verwacht_betalingen, alle vier methoden, geen bufferbudget).


def test_feestdagen_en_betaaldagen():
    from balans.maandstaat import betaaldagen as b

    assert b.pasen(2026) == D(2026, 4, 5) and b.pasen(2027) == D(2027, 3, 28) and b.pasen(2030) == D(2030, 4, 21)
    # Koningsdag 2025 op zaterdag 26 april (27 april was een zondag); Bevrijdingsdag alleen in 2025, 2030.
    assert D(2025, 4, 26) in b.feestdagen(2025) and D(2025, 4, 27) not in b.feestdagen(2025)
    assert D(2025, 5, 5) in b.feestdagen(2025) and D(2026, 5, 5) not in b.feestdagen(2026)
    # Hemelvaart 2026: 14 mei; Tweede Pinksterdag 2026: 25 mei.
    assert {D(2026, 5, 14), D(2026, 5, 25), D(2026, 4, 6)} <= b.feestdagen(2026)
    # Goede Vrijdag (3 april 2026, Pasen 5 april min 2) en 1 mei: TARGET/T2 is dicht en de banken verwerken geen
    # betalingen (ECB 14-12-2000; BNG Bank): geen werkdag voor betalen en verwerken. 1 mei is geen feestdag.
    assert D(2026, 5, 1) not in b.feestdagen(2026)
    assert [d for j in range(2024, 2032) for d in b.feestdagen(j) if (d.month, d.day) == (5, 5)] == [
        D(2025, 5, 5),
        D(2030, 5, 5),
    ]
    # Koningsdag, Hemelvaart en Tweede Pinksterdag verwerken de banken wel; het blijven feestdagen.
    assert b.banken_dicht(2026) == {
        D(2026, 1, 1),
        D(2026, 4, 3),
        D(2026, 4, 6),
        D(2026, 5, 1),
        D(2026, 12, 25),
        D(2026, 12, 26),
    }
    assert not b.is_werkdag(D(2026, 4, 3)) and not b.is_werkdag(D(2026, 5, 1))
    assert b.is_werkdag(D(2026, 4, 2)) and b.is_werkdag(D(2026, 4, 7))
    # Betaaldag de 3e in april 2026: vrijdag 3 april is Goede Vrijdag, dus donderdag 2 april. Betaaldag de 1e
    # in mei 2026: vrijdag 1 mei, de werkdag ervoor (30 april) ligt in april, dus de eerste werkdag erna: maandag
    # 4 mei. Goede Vrijdag 2027 is 26 maart (Pasen 28 maart): betaaldag de 26e wordt donderdag 25 maart.
    assert b.betaaldag(D(2026, 4, 1), 3) == D(2026, 4, 2)
    assert b.betaaldag(D(2026, 5, 1), 1) == D(2026, 5, 4)
    assert b.betaaldag(D(2027, 3, 1), 26) == D(2027, 3, 25)
    # Verwerken: donderdag 2 april 2026 + 1 = Goede Vrijdag, dan (na het weekend en Tweede Paasdag) dinsdag 7 april.
    assert b.verwerkt_op(D(2026, 4, 2), 1) == D(2026, 4, 7)
    # De betaaldag van december 2026 (de 25e, Eerste Kerstdag) wordt donderdag 24 december.
    assert b.betaaldag(D(2026, 12, 1), 25) == D(2026, 12, 24)
    # Betaaldag de 1e: zaterdag 1 mei 2027 gaat niet terug naar vrijdag 30 april (dan twee betalingen in
    # april en geen in mei), maar naar maandag 3 mei; Nieuwjaarsdag (vrijdag 1 januari 2027) naar maandag
    # 4 januari. Een gewone 1e blijft: dinsdag 1 juni 2027.
    assert b.betaaldag(D(2027, 5, 1), 1) == D(2027, 5, 3)
    assert b.betaaldag(D(2027, 1, 1), 1) == D(2027, 1, 4)
    assert b.betaaldag(D(2027, 6, 1), 1) == D(2027, 6, 1)
    # Verwerken: 23 december + 3 = zaterdag 26 december (Tweede Kerstdag), dan maandag 28 december.
    assert b.verwerkt_op(D(2026, 12, 23), 3) == D(2026, 12, 28)


def test_ferd_geen_betaling_op_een_vrije_dag():
    c = uit_bestand(Path(__file__).parent.parent / "src" / "balans" / "voorbeelden" / "ferd-maandstaat.yaml")
    g = Grootboek(c)
    from balans.maandstaat import betaaldagen as b

    for methode in METHODEN:
        s = g.staat(methode)
        assert all(b.is_werkdag(x.datum) for x in s.betalingen if x.bedrag), methode
        assert D(2026, 12, 25) not in [x.datum for x in s.betalingen]
        assert sluitend(s)


def test_art_58_lid_4_termijn_vanaf_de_dag_van_ontvangst():
    # De rekensom en de betalingen staan in casus l; hier de regels van augustus: verrekend, geen vordering.
    s = Grootboek(uit_bestand(MAP / "l-nabetaling-na-zes-maanden-art58-2027.yaml")).staat("op_de_maand")
    aug = [b for b in s.betalingen if b.datum == D(2027, 8, 25)][0]
    assert [(r.soort, r.bedrag) for r in aug.regels if r.bedrag] == [
        ("uitkering", 134849),
        ("verrekend", -25500),
        ("bufferbudget", 25500),
    ]
    assert not [r for b in s.betalingen for r in b.regels if r.soort == "vordering"]


def test_art_45_lid_1_vakantietoeslag_als_de_bijstand_stopt():
    # De betalingen staan in casus n (bijstand.tot); hier hetzelfde met het einde als argument.
    c = uit_data(
        {
            "naam": "stopt in maart",
            "periode": {"van": "2027-01", "tot": "2027-05"},
            "huishouden": {"aanvrager": {"geboortedatum": "1985-03-01"}},
        }
    )
    s = Grootboek(c, einde=D(2027, 3, 31)).staat("op_de_maand")
    assert _betalingen(s)[-1] == (D(2027, 4, 23), 21291)
    assert s.vakantietoeslag_gereserveerd == 0
    assert sluitend(s)


def test_casus_j_baan_stopt_bufferbudget_tot_het_maximum():
    # De rekensom en de betalingen staan in casus j; hier dat het geld sluit zoals daar uitgeschreven.
    s = Grootboek(uit_bestand(MAP / "j-baan-stopt-achteraf-2027.yaml")).staat("achteraf")
    assert s.betaald == 410870 and sum(s.recht.values()) == 327230
    assert sluitend(s)


def test_wat_als_telt_het_vakantiegeld_zoals_de_maandstaat():
    # September 2026, 16 uur x 52/12 x 12,50 = 866,67 netto, plus 8% opgebouwd vakantiegeld 69,33
    # (69,3336) = 936,00 (art. 32 lid 2, zoals de maandstaat). In 2026 geldt formeel nog art. 31 lid 2
    # onder n (Ferd is 38, eerste maand met werk): vrijlating 25% = 234,00 (max 285); middelen 702,00;
    # bijstand 1.419,46 - 702,00 = 717,46. Zonder het vakantiegeld: 25% van 866,67 = 216,67 (216,6675, half
    # naar boven), middelen 650,00, bijstand 769,46.
    from decimal import Decimal
    from balans.maandstaat.watals import curve

    c = uit_bestand(Path(__file__).parents[1] / "src" / "balans" / "voorbeelden" / "ferd-maandstaat.yaml")
    pt = curve(c, 1250, van_uren=Decimal(16), tot_uren=Decimal(16))[0]
    assert (pt.loon, pt.vakantiegeld, pt.bijstand) == (86667, 6933, 71746)
    assert pt.totaal == 86667 + 6933 + 71746
    assert curve(c, 1250, van_uren=Decimal(16), tot_uren=Decimal(16), vakantiegeld=False)[0].bijstand == 76946


def test_vakantiegeld_volgens_maatregel_18_van_het_programmaplan():
    # Programmaplan Participatiewet in balans, maatregel 18: het netto loon wordt verrekend met de
    # bijstand zonder vakantietoeslag, het opgebouwde vakantiegeld met de reservering. Ferd, januari
    # 2027 (31 dagen, loon per vier weken 800,00 + 64,00 vakantiegeld): loon in januari 885,71, vakantiegeld
    # 70,86. De wet (zoals balans nu): inkomen 956,57, vrijlating 15% = 143,49, middelen 813,08, bijstand
    # 606,38, vakantietoeslag 5% = 30,32, per maand 576,06.
    # Maatregel 18: netto 885,71 - 15% (132,86) = 752,85; norm zonder vakantietoeslag 1.348,49 - 752,85 =
    # 595,64 per maand (19,58 meer); de reservering 606,38 - 595,64 = 10,74 (19,58 minder in juni).
    c = uit_bestand(Path(__file__).parent.parent / "src" / "balans" / "voorbeelden" / "ferd-maandstaat.yaml")

    def januari(vm):
        s = Grootboek(c, vakantiegeld_methode=vm).staat("op_de_maand")
        assert sluitend(s)
        return [
            r.bedrag for b in s.betalingen for r in b.regels if r.soort == "uitkering" and r.maand == D(2027, 1, 1)
        ], s

    (wet,), s_wet = januari("wet")
    (mp,), s_mp = januari("programmaplan")
    assert (wet, mp) == (57606, 59564)
    # Het recht verandert niet; alleen het moment (maand of juni).
    assert s_wet.recht == s_mp.recht
    with pytest.raises(ValueError):
        Grootboek(c, vakantiegeld_methode="anders")


# Casus k (halve eerste en laatste maandstrook): verwacht_betalingen in het bestand.


# --- het recht één keer gerekend (issue 16, benchmark) ------------------------------------------------


@pytest.mark.parametrize("naam", sorted(p.name for p in MAP.glob("*.yaml")) + ["ferd-maandstaat.yaml"])
def test_berekening_uit_het_grootboek_is_bereken(naam):
    # Grootboek(uitleg=True) rekent het recht met al het loon bekend één keer, met uitleg, en deelt dat met
    # de methoden. Dat moet precies rekenen.casus.bereken zijn (zelfde uitkomst, zelfde uitleg), en de
    # staten moeten gelijk zijn aan die van een grootboek zonder uitleg.
    from balans.uitvoer import als_json

    pad = MAP / naam if (MAP / naam).exists() else Path(__file__).parents[1] / "src/balans/voorbeelden" / naam
    casus = uit_bestand(pad)
    for vg in ("wet", "programmaplan"):
        met = Grootboek(casus, uitleg=True, vakantiegeld_methode=vg)
        zonder = Grootboek(casus, vakantiegeld_methode=vg)
        assert met.berekening is not None and zonder.berekening is None
        assert als_json(casus.naam, met.berekening) == als_json(casus.naam, bereken(casus))
        assert [r.uitkomst.spoor for r in met.berekening] == [r.uitkomst.spoor for r in bereken(casus)]
        for m in METHODEN:
            a, b = met.staat(m), zonder.staat(m)
            assert (a.betalingen, a.recht, a.vordering, a.bufferbudget) == (
                b.betalingen,
                b.recht,
                b.vordering,
                b.bufferbudget,
            )


def test_snelle_kopie_van_de_invoer_is_met_loon():
    # grootboek._met_loon kopieert de velden in plaats van dataclasses.replace; de invoer moet gelijk zijn.
    from balans.maandstaat.grootboek import _met_loon
    from balans.rekenen.casus import maandinvoeren, met_loon

    casus = uit_bestand(Path(__file__).parents[1] / "src/balans/voorbeelden/ferd-maandstaat.yaml")
    inv = maandinvoeren(casus)[0][1]
    for a, p in [(0, 0), (12345, 0), (0, 700), (-50, 20), (99999, -1)]:
        nieuw = _met_loon(inv, a, p)
        assert nieuw == met_loon(inv, a, p)
        assert (nieuw is inv) == (not a and not p)
    assert inv == maandinvoeren(casus)[0][1]  # het origineel is niet veranderd
