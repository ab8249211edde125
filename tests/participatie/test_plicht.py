# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Participatieplicht en ontheffingen (Pw art. 9 en 9a, tekst 2026-07-01).

De regels komen uit de wettekst: art. 9 lid 2 (tijdelijk, alleen onderdelen a en c), lid 5 (volledig en
duurzaam arbeidsongeschikt), art. 9a lid 1, 2 en 4 (alleenstaande ouder, kind tot vijf, eenmalig, hoogstens
vijf jaar), art. 33 lid 6 (mantelzorg is geen op loon te waarderen arbeid).
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from balans.casus.laden import uit_data
from balans.participatie import plicht as O
from balans.participatie.catalogus import catalogus
from balans.zaak import repository as R
from balans.zaak.schema import Besluit, Ontheffing

MOTIVERING = "De huisarts schrijft dat herstel nog maanden duurt."
ALLEEN = {
    "naam": "Test plicht",
    "periode": {"van": "2026-01", "tot": "2026-06"},
    "huishouden": {"aanvrager": {"geboortedatum": "1988-05-01"}},
}
PAAR = {
    "naam": "Test paar",
    "periode": {"van": "2026-01", "tot": "2026-06"},
    "huishouden": {"aanvrager": {"geboortedatum": "1988-05-01"}, "partner": {"geboortedatum": "1990-02-01"}},
}
OUDER = {
    "naam": "Test ouder",
    "periode": {"van": "2026-01", "tot": "2026-06"},
    "huishouden": {
        "aanvrager": {"geboortedatum": "1994-05-01"},
        "kinderen": [{"geboortedatum": "2019-06-01"}, {"geboortedatum": "2023-03-15"}],
    },
}


def _zaak(s, km, data=ALLEEN):
    z = R.maak_zaak(s, naam=data["naam"], casus=uit_data(data, "t"), klantmanager_id=km.id, door=km.id)
    s.commit()
    return z


def _tijdelijk(s, z, km, **over):
    args = dict(
        soort="tijdelijk",
        verplichtingen=["arbeid", "tegenprestatie"],
        reden="medisch",
        van=dt.date(2026, 1, 1),
        tot=dt.date(2026, 6, 30),
        herbeoordeling=dt.date(2026, 4, 1),
        motivering=MOTIVERING,
        door=km,
    )
    args.update(over)
    return O.verleen_ontheffing(s, z, **args)


@pytest.mark.parametrize(
    "over, veld",
    [
        ({"tot": None}, "tot"),  # tijdelijk: een laatste dag
        ({"herbeoordeling": None}, "herbeoordeling"),  # tijdelijk: een herbeoordeling
        ({"herbeoordeling": dt.date(2026, 7, 1)}, "herbeoordeling"),  # niet na de laatste dag
        ({"herbeoordeling": dt.date(2025, 12, 31)}, "herbeoordeling"),  # niet vóór de eerste dag
        ({"tot": dt.date(2025, 12, 1), "herbeoordeling": None}, "tot"),  # van <= tot
        ({"van": None}, "van"),
        ({"motivering": "te kort"}, "motivering"),  # minstens 20 tekens
        ({"verplichtingen": ["re_integratie"]}, "verplichtingen"),  # art. 9 lid 2 noemt b niet
        ({"verplichtingen": []}, "verplichtingen"),
        ({"reden": "zomaar"}, "reden"),
        ({"soort": "altijd"}, "soort"),
        ({"persoon": "partner"}, "persoon"),  # deze zaak heeft geen partner
    ],
)
def test_tijdelijke_ontheffing_validatie(s, km, over, veld):
    z = _zaak(s, km)
    with pytest.raises(O.OntheffingFout) as e:
        _tijdelijk(s, z, km, **over)
    assert e.value.veld == veld
    s.rollback()
    assert s.scalar(select(Ontheffing).where(Ontheffing.zaak_id == z.id)) is None  # niets half geschreven


def test_verlenen_schrijft_besluit_met_grondslag_en_auteur(s, km):
    z = _zaak(s, km)
    o = _tijdelijk(s, z, km)
    s.commit()
    assert (o.status, o.versie, o.grondslag) == ("actief", 1, "Pw art. 9 lid 2")
    b = s.scalar(select(Besluit).where(Besluit.onderwerp == "ontheffing", Besluit.onderwerp_id == str(o.id)))
    assert (b.handeling, b.grondslag, b.auteur_id, b.motivering) == ("verleend", "Pw art. 9 lid 2", km.id, MOTIVERING)
    assert b.gegevens["verplichtingen"] == ["arbeid", "tegenprestatie"]


def test_duurzaam_zonder_einddatum(s, km):
    z = _zaak(s, km)
    with pytest.raises(O.OntheffingFout) as e:
        O.verleen_ontheffing(
            s,
            z,
            soort="duurzaam",
            verplichtingen=["arbeid"],
            reden="arbeidsongeschikt",
            van=dt.date(2026, 1, 1),
            tot=dt.date(2027, 1, 1),
            motivering=MOTIVERING,
            door=km,
        )
    assert e.value.veld == "tot"
    o = O.verleen_ontheffing(
        s,
        z,
        soort="duurzaam",
        verplichtingen=["arbeid", "re_integratie", "tegenprestatie"],
        reden="arbeidsongeschikt",
        van=dt.date(2026, 1, 1),
        motivering=MOTIVERING,
        door=km,
    )
    s.commit()
    assert o.tot is None and o.grondslag == "Pw art. 9 lid 5"
    # art. 9 lid 5: a, b en c gelden alle drie niet, ook over tien jaar
    assert [p.geldt for p in O.plichten(s, z, "aanvrager", dt.date(2036, 1, 1))] == [False, False, False]


def test_partner_alleen_als_de_zaak_een_partner_heeft(s, km):
    z = _zaak(s, km, PAAR)
    o = _tijdelijk(s, z, km, persoon="partner")
    s.commit()
    # art. 9 lid 3: ieder van de gehuwden heeft de plicht; de ontheffing van de partner raakt de aanvrager niet
    assert [p.geldt for p in O.plichten(s, z, "partner", dt.date(2026, 2, 1))] == [False, True, False]
    assert [p.geldt for p in O.plichten(s, z, "aanvrager", dt.date(2026, 2, 1))] == [True, True, True]
    assert o.persoon == "partner"


def test_verlengen_en_versie(s, km):
    z = _zaak(s, km)
    o = _tijdelijk(s, z, km)
    s.commit()
    O.wijzig_ontheffing(
        s,
        o,
        versie=1,
        door=km,
        motivering="Nieuw advies: nog drie maanden rust nodig.",
        tot=dt.date(2026, 9, 30),
        herbeoordeling=dt.date(2026, 8, 1),
    )
    s.commit()
    assert (o.versie, o.tot) == (2, dt.date(2026, 9, 30))
    with pytest.raises(O.VersieConflict) as e:  # wie versie 1 las, mag niet meer schrijven
        O.wijzig_ontheffing(
            s,
            o,
            versie=1,
            door=km,
            motivering="Nog een wijziging op oude gegevens.",
            herbeoordeling=dt.date(2026, 7, 1),
        )
    assert e.value.huidig == 2
    handelingen = [
        b.handeling for b in s.scalars(select(Besluit).where(Besluit.onderwerp_id == str(o.id)).order_by(Besluit.id))
    ]
    assert handelingen == ["verleend", "verlengd"]


def test_intrekken_en_geldende_ontheffingen(s, km):
    z = _zaak(s, km)
    o = _tijdelijk(s, z, km)
    s.commit()
    with pytest.raises(O.OntheffingFout) as e:
        O.trek_in(s, o, versie=1, door=km, motivering="Weer gezond volgens de huisarts.", per=dt.date(2025, 1, 1))
    assert e.value.veld == "per"
    O.trek_in(s, o, versie=1, door=km, motivering="Weer gezond volgens de huisarts.", per=dt.date(2026, 3, 1))
    s.commit()
    assert (o.status, o.tot, o.versie) == ("ingetrokken", dt.date(2026, 2, 28), 2)
    # vóór de intrekking gold ze, vanaf 1 maart niet meer
    assert [x.id for x in O.geldende_ontheffingen(s, z.id, dt.date(2026, 2, 28))] == [o.id]
    assert O.geldende_ontheffingen(s, z.id, dt.date(2026, 3, 1)) == []
    b = s.scalars(select(Besluit).where(Besluit.onderwerp_id == str(o.id)).order_by(Besluit.id)).all()[-1]
    assert (b.handeling, b.auteur_id) == ("ingetrokken", km.id)


def test_alleenstaande_ouder_art_9a(s, km):
    z = _zaak(s, km, OUDER)
    # jongste kind geboren 15-03-2023, wordt 5 op 15-03-2028: de ontheffing loopt tot en met 14-03-2028 (lid 4)
    with pytest.raises(O.OntheffingFout) as e:
        O.verleen_ontheffing(
            s,
            z,
            soort="alleenstaande_ouder",
            verplichtingen=["arbeid"],
            reden="zorgtaken",
            van=dt.date(2026, 1, 1),
            tot=dt.date(2028, 6, 1),
            motivering=MOTIVERING,
            door=km,
        )
    assert e.value.veld == "tot"
    o = O.verleen_ontheffing(
        s,
        z,
        soort="alleenstaande_ouder",
        verplichtingen=["arbeid"],
        reden="zorgtaken",
        van=dt.date(2026, 1, 1),
        motivering=MOTIVERING,
        door=km,
    )
    s.commit()
    assert o.tot == dt.date(2028, 3, 14) and o.grondslag == "Pw art. 9a lid 1"
    with pytest.raises(O.OntheffingFout) as e:  # lid 2: eenmalig
        O.verleen_ontheffing(
            s,
            z,
            soort="alleenstaande_ouder",
            verplichtingen=["arbeid"],
            reden="zorgtaken",
            van=dt.date(2026, 6, 1),
            motivering=MOTIVERING,
            door=km,
        )
    assert e.value.veld == "soort"


def test_9a_niet_met_partner_of_zonder_jong_kind(s, km):
    z = _zaak(s, km, PAAR)
    with pytest.raises(O.OntheffingFout):
        O.verleen_ontheffing(
            s,
            z,
            soort="alleenstaande_ouder",
            verplichtingen=["arbeid"],
            reden="zorgtaken",
            van=dt.date(2026, 1, 1),
            motivering=MOTIVERING,
            door=km,
        )
    z2 = _zaak(s, km, OUDER)
    with pytest.raises(O.OntheffingFout) as e:  # 15-03-2028 is het jongste kind 5: dan niet meer
        O.verleen_ontheffing(
            s,
            z2,
            soort="alleenstaande_ouder",
            verplichtingen=["arbeid"],
            reden="zorgtaken",
            van=dt.date(2028, 3, 15),
            motivering=MOTIVERING,
            door=km,
        )
    assert e.value.veld == "van"


def test_mantelzorg_telt_niet_als_arbeid():
    # Pw art. 33 lid 6: onbetaalde mantelzorg is geen op loon te waarderen arbeid
    assert O.telt_als_arbeid("mantelzorg") is False
    assert O.telt_als_arbeid(catalogus()["mantelzorg"]) is False
    assert O.telt_als_arbeid("vrijwilligerswerk") is False
    assert O.telt_als_arbeid("loonkostensubsidie") is True  # een dienstbetrekking (art. 10d lid 1)
    assert O.telt_als_arbeid("participatieplaats") is False  # onbeloond (art. 10a lid 1)
