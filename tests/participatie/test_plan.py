# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Plan van aanpak (Pw art. 44a), activiteiten, de catalogus en de uitbreiding door een gemeente.

Participatieplaats: hoogstens twee jaar (Pw art. 10a lid 1). Loonwaarde: een percentage van het WML
(art. 6 onder g), dus groter dan 0 en kleiner dan 100%, en alleen bij een instrument met loonwaarde.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from balans.participatie import plan as P
from balans.participatie.catalogus import CatalogusFout, catalogus
from balans.zaak.schema import Activiteit, Besluit

CASUS = {
    "naam": "Test plan",
    "periode": {"van": "2026-01", "tot": "2026-06"},
    "huishouden": {"aanvrager": {"geboortedatum": "1988-05-01"}},
}
AFSPRAKEN = "Elke week twee sollicitaties en elke maand een gesprek."
MOTIVERING = "Samen besproken; de persoon is het ermee eens."


@pytest.fixture
def plan(s, zaak, km):
    p = P.maak_plan(
        s,
        zaak,
        doelen=["Werk vinden in de zorg"],
        afspraken=AFSPRAKEN,
        van=dt.date(2026, 1, 1),
        evaluatie=dt.date(2026, 7, 1),
        door=km,
    )
    s.commit()
    return p


def _act(s, zaak, plan, km, **over):
    args = dict(instrument="participatieplaats", van=dt.date(2026, 1, 1), tot=dt.date(2027, 12, 31), door=km)
    args.update(over)
    return P.voeg_activiteit_toe(s, zaak, plan, **args)


def test_participatieplaats_hoogstens_twee_jaar(s, zaak, plan, km):
    # 1-1-2026 + 24 maanden: laatste dag 31-12-2027 mag, 1-1-2028 niet (art. 10a lid 1)
    a = _act(s, zaak, plan, km)
    assert a.tot == dt.date(2027, 12, 31)
    with pytest.raises(P.PlanFout) as e:
        _act(s, zaak, plan, km, tot=dt.date(2028, 1, 1))
    assert e.value.veld == "tot" and "31-12-2027" in e.value.bericht and "art. 10a lid 1" in e.value.bericht
    with pytest.raises(P.PlanFout) as e:  # zonder einde kan de grens niet bewaakt worden
        _act(s, zaak, plan, km, tot=None)
    assert e.value.veld == "tot"


@pytest.mark.parametrize(
    "over, veld",
    [
        ({"instrument": "jobcoach", "loonwaarde_bp": 5000, "tot": None}, "loonwaarde"),  # geen loonwaarde bij jobcoach
        ({"instrument": "loonkostensubsidie", "loonwaarde_bp": 0, "tot": None}, "loonwaarde"),
        ({"instrument": "loonkostensubsidie", "loonwaarde_bp": 10000, "tot": None}, "loonwaarde"),
        ({"instrument": "scholing", "tot": dt.date(2025, 12, 31)}, "tot"),  # einde vóór begin
        ({"instrument": "scholing", "evaluatie": dt.date(2025, 12, 1)}, "evaluatie"),
        ({"instrument": "bestaat_niet"}, "instrument"),
        ({"instrument": "scholing", "uren_per_week": 61}, "uren_per_week"),
        ({"instrument": "scholing", "persoon": "partner"}, "persoon"),  # geen partner in deze zaak
    ],
)
def test_activiteit_validatie(s, zaak, plan, km, over, veld):
    with pytest.raises(P.PlanFout) as e:
        _act(s, zaak, plan, km, **over)
    assert e.value.veld == veld


def test_loonwaarde_bij_loonkostensubsidie(s, zaak, plan, km):
    a = _act(s, zaak, plan, km, instrument="loonkostensubsidie", tot=None, loonwaarde_bp=5500, uren_per_week=24)
    s.commit()
    assert (a.loonwaarde_bp, a.uren_per_week, a.plan_id) == (5500, 24, plan.id)
    assert P.activiteit_json(a)["teltAlsArbeid"] is True


def test_vaststellen_eist_afspraken_en_evaluatie(s, zaak, km):
    p = P.maak_plan(s, zaak, doelen=["Nederlands leren"], afspraken="", van=dt.date(2026, 1, 1), door=km)
    s.commit()
    with pytest.raises(P.PlanFout) as e:  # art. 44a lid 1 onder b: de verplichtingen staan in het plan
        P.vaststellen(s, p, versie=1, door=km, motivering=MOTIVERING)
    assert e.value.veld == "afspraken"
    P.wijzig_plan(s, p, versie=1, door=km, afspraken=AFSPRAKEN)
    s.commit()
    with pytest.raises(P.PlanFout) as e:  # art. 44a lid 2: periodiek evalueren
        P.vaststellen(s, p, versie=2, door=km, motivering=MOTIVERING)
    assert e.value.veld == "evaluatie"


def test_vaststellen_schrijft_besluit(s, zaak, plan, km):
    _act(s, zaak, plan, km, instrument="taal", tot=None, uren_per_week=6)
    s.commit()
    with pytest.raises(P.VersieConflict):
        P.vaststellen(s, plan, versie=7, door=km, motivering=MOTIVERING)
    s.refresh(plan)
    P.vaststellen(s, plan, versie=1, door=km, motivering=MOTIVERING)
    s.commit()
    assert (plan.status, plan.versie) == ("vastgesteld", 2)
    b = s.scalar(select(Besluit).where(Besluit.onderwerp == "plan", Besluit.onderwerp_id == str(plan.id)))
    assert (b.handeling, b.grondslag, b.auteur_id) == ("vastgesteld", "Pw art. 44a lid 1", km.id)
    assert [a["instrument"] for a in b.gegevens["activiteiten"]] == ["taal"]
    assert "verlagen" in b.gegevens["gevolgen"]  # art. 44a lid 1 onder b: de gevolgen staan erin
    with pytest.raises(P.PlanFout):  # niet twee keer vaststellen
        P.vaststellen(s, plan, versie=2, door=km, motivering=MOTIVERING)


def test_activiteit_bij_vastgesteld_plan_vraagt_motivering(s, zaak, plan, km):
    P.vaststellen(s, plan, versie=1, door=km, motivering=MOTIVERING)
    s.commit()
    with pytest.raises(P.PlanFout) as e:
        _act(s, zaak, plan, km, instrument="jobcoach", tot=None)
    assert e.value.veld == "motivering"
    a = _act(s, zaak, plan, km, instrument="jobcoach", tot=None, motivering="Extra hulp op de werkplek is nodig.")
    s.commit()
    b = s.scalar(select(Besluit).where(Besluit.onderwerp == "activiteit", Besluit.onderwerp_id == str(a.id)))
    assert b.grondslag == "Pw art. 7 lid 1 onder a en art. 10 lid 1 en 3" and b.auteur_id == km.id


def test_evalueren_en_afsluiten(s, zaak, plan, km):
    P.vaststellen(s, plan, versie=1, door=km, motivering=MOTIVERING)
    P.evalueer(
        s,
        plan,
        versie=2,
        door=km,
        motivering="Twee sollicitaties per week lukt goed.",
        volgende=dt.date(2027, 1, 1),
        vandaag=dt.date(2026, 7, 1),
    )
    P.sluit(s, plan, versie=3, door=km, motivering="De persoon heeft werk gevonden bij de zorg.")
    s.commit()
    handelingen = [
        b.handeling
        for b in s.scalars(
            select(Besluit)
            .where(Besluit.onderwerp == "plan", Besluit.onderwerp_id == str(plan.id))
            .order_by(Besluit.id)
        )
    ]
    assert handelingen == ["vastgesteld", "geevalueerd", "afgesloten"]
    assert (plan.status, plan.evaluatie) == ("afgesloten", dt.date(2027, 1, 1))


def test_eigen_initiatief_zonder_plan(s, zaak, km):
    a = P.voeg_activiteit_toe(
        s,
        zaak,
        None,
        instrument="mantelzorg",
        van=dt.date(2026, 2, 1),
        uren_per_week=12,
        motivering="Zorgt voor zijn moeder, drie middagen per week.",
        door=km,
    )
    s.commit()
    assert a.plan_id is None and a.eigen_initiatief is True
    assert P.activiteit_json(a)["teltAlsArbeid"] is False  # art. 33 lid 6
    with pytest.raises(P.PlanFout) as e:  # jobcoach is geen eigen initiatief
        P.voeg_activiteit_toe(
            s,
            zaak,
            None,
            instrument="jobcoach",
            van=dt.date(2026, 2, 1),
            motivering="Zomaar een jobcoach zonder plan.",
            door=km,
        )
    assert e.value.veld == "eigen_initiatief"
    assert [x.id for x in s.scalars(select(Activiteit).where(Activiteit.zaak_id == zaak.id))] == [a.id]


# --- catalogus ---------------------------------------------------------------------------------


def test_catalogus_heeft_de_instrumenten():
    c = catalogus()
    assert {
        "loonkostensubsidie",
        "beschut_werk",
        "jobcoach",
        "participatieplaats",
        "sociale_activering",
        "scholing",
        "taal",
        "basisbaan",
        "vrijwilligerswerk",
        "mantelzorg",
        "eigen_initiatief",
    } <= set(c)
    assert c["participatieplaats"].max_maanden == 24 and c["participatieplaats"].grondslag == "Pw art. 10a lid 1"
    assert c["loonkostensubsidie"].loonwaarde and not c["jobcoach"].loonwaarde
    assert "Geen artikel" in c["basisbaan"].grondslag


def test_catalogus_uitbreiding(tmp_path):
    f = tmp_path / "gemeente.yaml"
    f.write_text(
        "instrumenten:\n  werkfit:\n    naam: Werkfit-traject\n    omschrijving: Een half jaar oefenen.\n"
        "    grondslag: Pw art. 7 lid 1 onder a; Re-integratieverordening\n    max_maanden: 6\n"
        "  participatieplaats:\n    max_maanden: 12\n",
        encoding="utf-8",
    )
    c = catalogus(f)
    assert c["werkfit"].gemeente and c["werkfit"].max_maanden == 6
    assert c["participatieplaats"].max_maanden == 12  # korter dan de wet mag
    assert c["participatieplaats"].grondslag == "Pw art. 10a lid 1"  # de rest blijft die van balans


@pytest.mark.parametrize(
    "tekst, regel, veld",
    [
        (
            "instrumenten:\n  participatieplaats:\n    max_maanden: 30\n",
            3,
            "instrumenten.participatieplaats.max_maanden",
        ),
        (
            "instrumenten:\n  werkfit:\n    naam: W\n    omschrijving: O\n    grondslag: G\n    kleur: rood\n",
            6,
            "instrumenten.werkfit.kleur",
        ),
        ("instrumenten:\n  werkfit:\n    naam: W\n    grondslag: G\n", 2, "instrumenten.werkfit.omschrijving"),
        ("instrumenten:\n  mantelzorg:\n    arbeid: true\n", 3, "instrumenten.mantelzorg.arbeid"),
        ("instrumenten:\n  werkfit: [\n", 3, "bestand"),
    ],
)
def test_catalogus_fout_noemt_regel_en_veld(tmp_path, tekst, regel, veld):
    f = tmp_path / "fout.yaml"
    f.write_text(tekst, encoding="utf-8")
    with pytest.raises(CatalogusFout) as e:
        catalogus(f)
    assert (e.value.regel, e.value.veld) == (regel, veld)
    assert str(e.value).startswith(f"fout.yaml: regel {regel}, veld '{veld}'")
