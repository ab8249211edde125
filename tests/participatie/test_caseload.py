# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Caseload: lopende zaken tegen de norm, en signalen met een datum die met de hand is uitgerekend."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from balans.casus.laden import uit_data
from balans.participatie.caseload import caseload, teller_34a
from balans.zaak.db import maak_engine, migreer, sessiemaker
from balans.zaak.repository import maak_zaak
from balans.zaak.schema import Activiteit, Gebruiker, MaatregelZaak, Ontheffing, Plan, Zaak

VANDAAG = dt.date(2026, 11, 25)
D = dt.date


def _casus(maanden: dict | None = None, gebruikt: int | None = None, jaar: int = 2026) -> dict:
    aanvrager: dict = {"geboortedatum": "1985-03-01"}
    if gebruikt is not None:
        aanvrager["vrijlating_maanden_gebruikt"] = {"art34a": gebruikt}
    return {
        "naam": "test",
        "periode": {"van": f"{jaar}-01", "tot": f"{jaar}-12"},
        "huishouden": {"aanvrager": aanvrager},
        "vermogen": {"bezittingen": "0.00", "schulden": "0.00"},
        "maanden": maanden or {},
    }


@pytest.fixture
def s(tmp_path):
    e = maak_engine(f"sqlite:///{tmp_path / 'c.sqlite3'}")
    migreer(e)
    with sessiemaker(e)() as sessie:
        yield sessie


def _km(s, naam):
    g = Gebruiker(gebruikersnaam=naam, naam=naam.title(), rol="klantmanager")
    s.add(g)
    s.flush()
    return g


def _zaak(s, km, naam, casus=None, **kw):
    z = maak_zaak(s, naam=naam, casus=uit_data(casus or _casus(), "t"), klantmanager_id=km.id, door=km.id)
    for k, v in kw.items():
        setattr(z, k, v)
    s.flush()
    return z


def _ontheffing(s, z, km, **kw):
    o = Ontheffing(
        zaak_id=z.id,
        soort="tijdelijk",
        verplichtingen=["arbeid"],
        reden="medisch",
        van=D(2026, 1, 1),
        grondslag="Pw art. 9 lid 2",
        motivering="Dringende redenen, zie het verslag.",
        auteur_id=km.id,
        **kw,
    )
    s.add(o)
    s.flush()
    return o


def test_alleen_eigen_lopende_zaken_en_de_norm(s):
    a, b = _km(s, "km.a"), _km(s, "km.b")
    for i in range(3):
        _zaak(s, a, f"Eigen {i}")
    _zaak(s, a, "Uitgestroomd", einddatum=D(2026, 10, 31), status="beeindigd", einde_reden="werk")
    vreemd = _zaak(s, b, "Van een ander")
    _ontheffing(s, vreemd, b, herbeoordeling=VANDAAG)  # mag bij a niet verschijnen
    cl = caseload(s, a, norm_min=2, norm_max=2, vandaag=VANDAAG)
    assert cl.actief == 3 and cl.boven_norm  # 3 lopend (de uitgestroomde telt niet), norm hoogstens 2
    assert "meer dan de norm" in cl.norm_tekst
    assert {n for _, n in cl.zaken} == {"Eigen 0", "Eigen 1", "Eigen 2"}
    assert cl.aandacht == []
    assert caseload(s, a, norm_min=2, norm_max=5, vandaag=VANDAAG).boven_norm is False


def test_ontheffing_herbeoordeling_en_einde(s):
    km = _km(s, "km.a")
    z1, z2, z3, z4 = (_zaak(s, km, n) for n in ("Een", "Twee", "Drie", "Vier"))
    _ontheffing(s, z1, km, herbeoordeling=D(2026, 12, 25), tot=D(2027, 6, 30))  # 25-11 + 30 dagen = 25-12: net binnen
    _ontheffing(s, z2, km, herbeoordeling=D(2026, 12, 26), tot=D(2027, 6, 30))  # 31 dagen: nog niet
    _ontheffing(s, z3, km, herbeoordeling=D(2026, 11, 1), tot=D(2026, 12, 10))  # te laat, en loopt binnen 30 dagen af
    _ontheffing(s, z4, km, herbeoordeling=D(2026, 11, 1), status="ingetrokken")  # niet actief: geen signaal
    cl = caseload(s, km, vandaag=VANDAAG)
    gevonden = sorted((a.naam, a.datum, a.te_laat, a.grondslag) for a in cl.aandacht)
    assert gevonden == [
        ("Drie", D(2026, 11, 1), True, "Pw art. 9 lid 2"),
        ("Drie", D(2026, 12, 10), False, "Pw art. 9 lid 2"),
        ("Een", D(2026, 12, 25), False, "Pw art. 9 lid 2"),
    ]
    assert cl.aandacht[0].te_laat  # te laat staat bovenaan
    assert "1 november 2026" in cl.aandacht[0].reden


def test_plan_activiteit_participatieplaats_en_maatregel(s):
    km = _km(s, "km.a")
    z = _zaak(s, km, "Plan")
    p = Plan(
        zaak_id=z.id,
        doelen=["werk"],
        status="vastgesteld",
        van=D(2026, 1, 1),
        evaluatie=D(2026, 12, 1),
        auteur_id=km.id,
    )
    s.add(p)
    s.flush()
    # Participatieplaats vanaf 10-03-2025: negen maanden (art. 10a lid 8) = 10-12-2025, al voorbij en meer dan
    # 30 dagen geleden: geen signaal. Twee jaar (art. 10a lid 1) = 10-03-2027: binnen 90 dagen van 25-11-2026
    # (25-11-2026 + 90 dagen = 23-02-2027)? Nee, 10-03-2027 valt erbuiten. Vanaf 10-02-2025 wel: 10-02-2027.
    s.add_all(
        [
            Activiteit(
                zaak_id=z.id,
                plan_id=p.id,
                instrument="participatieplaats",
                van=D(2025, 2, 10),
                evaluatie=D(2027, 5, 1),
                status="lopend",
                auteur_id=km.id,
            ),
            Activiteit(
                zaak_id=z.id,
                plan_id=p.id,
                instrument="participatieplaats",
                van=D(2025, 3, 10),
                evaluatie=None,
                status="lopend",
                auteur_id=km.id,
            ),
            # negen maanden na 28-02-2026 = 28-11-2026: binnen 30 dagen
            Activiteit(
                zaak_id=z.id,
                plan_id=p.id,
                instrument="participatieplaats",
                van=D(2026, 2, 28),
                evaluatie=None,
                status="lopend",
                auteur_id=km.id,
            ),
            Activiteit(
                zaak_id=z.id,
                plan_id=p.id,
                instrument="taal",
                van=D(2026, 9, 1),
                evaluatie=D(2026, 11, 20),
                status="lopend",
                auteur_id=km.id,
            ),
            Activiteit(
                zaak_id=z.id,
                plan_id=p.id,
                instrument="taal",
                van=D(2026, 9, 1),
                evaluatie=D(2026, 11, 20),
                status="afgerond",
                auteur_id=km.id,
            ),
            # signaal op 10-11: uiterlijk horen 24-11 (14 dagen), vandaag 25-11: te laat. Op 12-11: 26-11, nog niet.
            MaatregelZaak(
                zaak_id=z.id,
                verordening="diemen",
                categorie="categorie_2",
                gedraging="x",
                signaal_datum=D(2026, 11, 10),
                status="signaal",
                auteur_id=km.id,
            ),
            MaatregelZaak(
                zaak_id=z.id,
                verordening="diemen",
                categorie="categorie_2",
                gedraging="x",
                signaal_datum=D(2026, 11, 12),
                status="signaal",
                auteur_id=km.id,
            ),
            MaatregelZaak(
                zaak_id=z.id,
                verordening="diemen",
                categorie="categorie_2",
                gedraging="x",
                signaal_datum=D(2026, 10, 1),
                status="gehoord",
                auteur_id=km.id,
            ),
        ]
    )
    s.flush()
    cl = caseload(s, km, vandaag=VANDAAG)
    gevonden = sorted((a.soort, a.datum, a.grondslag) for a in cl.aandacht)
    assert gevonden == [
        ("activiteit", D(2026, 11, 20), "Pw art. 44a lid 2"),
        ("maatregel", D(2026, 11, 24), "Pw art. 18 lid 2; Awb art. 4:8"),
        ("participatieplaats", D(2026, 11, 28), "Pw art. 10a lid 8"),
        ("participatieplaats", D(2027, 2, 10), "Pw art. 10a lid 1 en 9"),
        ("plan", D(2026, 12, 1), "Pw art. 44a lid 2"),
    ]


def test_bijverdienvrijlating_bijna_op(s):
    """Art. 34a lid 1 onder a: 'een aaneengesloten periode van maximaal twaalf maanden'. De regelkern telt
    na de eerste maand met vrijlating elke maand (ook zonder loon). Art. 34a geldt formeel vanaf 2027-01-01
    (docs/inwerkingtreding.md); deze test stond eerder in 2026 (de lezing van de geconsolideerde tekst) en
    is één jaar opgeschoven, met dezelfde tellingen. Peildatum 25-11-2027, peilmaand november.

    - Nog1: loon vanaf januari: jan = 1 ... nov = 11, nog 1 over: signaal, laatste maand december (31-12-2027).
    - Vol: al 2 gebruikt vóór de periode: jan = 3 ... okt = 12. Vol in oktober = vorige maand: signaal 'op',
      datum het einde van oktober (31-10-2027).
    - Ruim: loon vanaf maart: mrt = 1 ... nov = 9, nog 3: geen signaal (pas bij 2 of minder).
    - Bijna: loon vanaf februari: feb = 1 ... nov = 10, nog 2 (dec, jan): tot en met 31-01-2028."""
    km = _km(s, "km.a")
    vandaag = D(2027, 11, 25)
    loon = {"inkomsten": [{"soort": "arbeid", "netto": "400.00"}]}
    nog1 = _zaak(s, km, "Nog1", _casus({f"2027-{m:02d}": loon for m in range(1, 13)}, jaar=2027))
    vol = _zaak(s, km, "Vol", _casus({f"2027-{m:02d}": loon for m in range(1, 13)}, gebruikt=2, jaar=2027))
    _zaak(s, km, "Ruim", _casus({f"2027-{m:02d}": loon for m in range(3, 13)}, jaar=2027))
    bijna = _zaak(s, km, "Bijna", _casus({f"2027-{m:02d}": loon for m in range(2, 13)}, jaar=2027))
    _zaak(s, km, "Zonder werk", _casus(jaar=2027))
    from balans.zaak.repository import casus_van

    assert teller_34a(casus_van(s, nog1), vandaag) == (11, D(2027, 11, 1), 12, None)
    assert teller_34a(casus_van(s, vol), vandaag) == (13, D(2027, 11, 1), 12, D(2027, 10, 1))
    cl = caseload(s, km, vandaag=vandaag)
    vr = sorted((a.naam, a.datum, a.te_laat) for a in cl.aandacht if a.soort == "vrijlating")
    assert vr == [("Bijna", D(2028, 1, 31), False), ("Nog1", D(2027, 12, 31), False), ("Vol", D(2027, 10, 31), True)]
    assert next(a for a in cl.aandacht if a.zaak_id == bijna.id).reden.startswith("Nog 2 maanden")
    # in december is 'Vol' al twee maanden op: geen signaal meer
    dec = caseload(s, km, vandaag=D(2027, 12, 15))
    assert not [a for a in dec.aandacht if a.naam == "Vol"]
    # In 2026 geldt formeel onderdeel n (zes maanden), niet art. 34a: geen signaal over de twaalf maanden.
    n2026 = _zaak(s, km, "In 2026", _casus({f"2026-{m:02d}": loon for m in range(1, 13)}))
    assert teller_34a(casus_van(s, n2026), VANDAAG) is None


def test_snel_genoeg_voor_45_zaken(s):
    import time

    km = _km(s, "km.a")
    loon = {"inkomsten": [{"soort": "arbeid", "netto": "400.00"}]}
    for i in range(45):
        _zaak(s, km, f"Z{i}", _casus({f"2026-{m:02d}": loon for m in range(1, 13)} if i % 4 == 0 else None))
    t = time.perf_counter()
    cl = caseload(s, km, vandaag=VANDAAG)
    assert cl.actief == 45
    assert time.perf_counter() - t < 1.0
    assert s.scalar(select(Zaak).limit(1)) is not None
