# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""De maatregelprocedure en hoe de verlaging in de berekening komt (casus_van).

Verwachte bedragen met de hand: alleenstaande van 21 tot de AOW-leeftijd, norm 2026-01 € 1.401,50
(Pw art. 21 onder a, tekst 2026-01-01; src/balans/wet/parameters/art21.yaml). Zonder inkomen is de
bijstand gelijk aan de norm, dus 'norm' en 'bijstand' als grondslag geven hetzelfde bedrag.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from balans.casus.laden import uit_data
from balans.participatie import maatregel as M
from balans.rekenen.casus import bereken
from balans.zaak import repository as R
from balans.zaak.schema import Besluit, MaatregelZaak

VANDAAG = dt.date(2026, 11, 25)
CASUS = {
    "naam": "Test maatregel",
    "periode": {"van": "2026-01", "tot": "2026-06"},
    "huishouden": {"aanvrager": {"geboortedatum": "1988-05-01"}},
}


def _meld(s, zaak, km, verordening, categorie, datum):
    m = M.meld(
        s,
        zaak,
        auteur=km,
        verordening=verordening,
        categorie=categorie,
        signaal_datum=datum,
        gedraging="Niet verschenen op de afspraak over werk.",
        vandaag=VANDAAG,
    )
    s.commit()
    return m


def _hoor(s, m, km):
    M.hoor(
        s,
        m,
        auteur=km,
        versie=m.versie,
        wijze="gesprek",
        datum=m.signaal_datum,
        zienswijze="Ik was het vergeten, het spijt me.",
        vandaag=VANDAAG,
    )
    s.commit()


def _procedure(s, zaak, km, verordening, categorie, datum, ingang, **beoordeling):
    m = _meld(s, zaak, km, verordening, categorie, datum)
    _hoor(s, m, km)
    args = {"verwijtbaar": True, "dringende_redenen": False, "motivering": "De afspraak stond in de brief."}
    args.update(beoordeling)
    M.beoordeel(s, m, auteur=km, versie=m.versie, ingang=ingang, vandaag=VANDAAG, **args)
    s.commit()
    return m


def _besluiten(s, m, handeling=None):
    q = select(Besluit).where(Besluit.onderwerp == "maatregel", Besluit.onderwerp_id == str(m.id)).order_by(Besluit.id)
    rijen = s.scalars(q).all()
    return [b for b in rijen if handeling is None or b.handeling == handeling]


def _per_maand(s, zaak):
    return {r.maand: r.uitkomst for r in bereken(R.casus_van(s, zaak), uitleg=False)}


def test_verlaging_30_procent_in_de_berekening(s, zaak, km):
    m = _procedure(s, zaak, km, "diemen", "categorie_2", dt.date(2026, 1, 20), dt.date(2026, 2, 1))
    assert (m.status, m.percentage_bp, m.maanden, m.ingang) == ("opgelegd", 3000, 1, dt.date(2026, 2, 1))
    assert M.verlagingen(s, zaak.id) == {dt.date(2026, 2, 1): 3000}
    u = _per_maand(s, zaak)
    # 30% van € 1.401,50 = € 420,45 (Diemen art. 9 lid 1 onder b: 30% van de bijstandsnorm, 1 maand)
    assert u[dt.date(2026, 2, 1)].verlaging == 42045
    assert u[dt.date(2026, 2, 1)].bijstand == 140150 - 42045  # € 981,05
    for maand in (1, 3, 4, 5, 6):
        assert u[dt.date(2026, maand, 1)].verlaging == 0
        assert u[dt.date(2026, maand, 1)].bijstand == 140150
    # de feiten zelf blijven zonder maatregel: alleen de berekening krijgt hem
    assert not R.casus_data(s, zaak).get("maanden")


def test_niet_verwijtbaar_geen_verlaging_ook_zonder_horen(s, zaak, km):
    m = _meld(s, zaak, km, "diemen", "categorie_3", dt.date(2026, 2, 3))
    M.beoordeel(
        s,
        m,
        auteur=km,
        versie=m.versie,
        verwijtbaar=False,
        dringende_redenen=False,
        motivering="Hij lag in het ziekenhuis op de dag van het gesprek.",
        vandaag=VANDAAG,
    )
    s.commit()
    assert m.status == "afgezien" and m.percentage_bp is None
    assert M.verlagingen(s, zaak.id) == {}
    b = _besluiten(s, m)
    assert [x.handeling for x in b] == ["signaal", "afgezien"]
    assert b[-1].grondslag == "Pw art. 18 lid 9"
    assert b[-1].gegevens["verwijtbaar"] is False


def test_dringende_redenen_afgezien(s, zaak, km):
    m = _procedure(
        s,
        zaak,
        km,
        "diemen",
        "categorie_3",
        dt.date(2026, 2, 3),
        None,
        dringende_redenen=True,
        motivering="Een verlaging leidt tot huisuitzetting van het gezin.",
    )
    assert m.status == "afgezien"
    b = _besluiten(s, m, "afgezien")[0]
    assert b.grondslag == "Pw art. 18 lid 10"
    assert M.verlagingen(s, zaak.id) == {}


def test_waarschuwing_eerst_daarna_verlaging(s, zaak, km):
    # wetsvoorstel: eerst een schriftelijke waarschuwing 'in plaats van een maatregel'
    m1 = _procedure(s, zaak, km, "wetsvoorstel", "licht", dt.date(2026, 1, 10), dt.date(2026, 2, 1))
    assert m1.status == "gewaarschuwd" and m1.percentage_bp is None
    assert M.verlagingen(s, zaak.id) == {}
    # tweede keer binnen 12 maanden, zelfde categorie: 5% voor 1 maand
    m2 = _procedure(s, zaak, km, "wetsvoorstel", "licht", dt.date(2026, 3, 5), dt.date(2026, 4, 1))
    assert (m2.status, m2.percentage_bp, m2.maanden) == ("opgelegd", 500, 1)
    # 5% van € 1.401,50 = € 70,075, half naar boven: € 70,08
    assert _per_maand(s, zaak)[dt.date(2026, 4, 1)].verlaging == 7008
    # andere categorie: weer eerst een waarschuwing
    m3 = _procedure(s, zaak, km, "wetsvoorstel", "zwaar", dt.date(2026, 3, 6), dt.date(2026, 4, 1))
    assert m3.status == "gewaarschuwd"


def test_waarschuwing_na_de_termijn_opnieuw(s, zaak, km):
    _procedure(s, zaak, km, "wetsvoorstel", "middel", dt.date(2025, 1, 10), dt.date(2025, 2, 1))
    m = _procedure(s, zaak, km, "wetsvoorstel", "middel", dt.date(2026, 2, 10), dt.date(2026, 3, 1))
    assert m.status == "gewaarschuwd"  # meer dan 12 maanden later


def test_recidive_lid_5_tot_8(s, zaak, km):
    # lid 5: 100% voor 1 maand; lid 6 binnen 12 maanden: 2 maanden; lid 7 en 8: telkens 3 maanden.
    # Herhaling telt over alle verplichtingen van lid 4 (andere categorie telt mee).
    m1 = _procedure(s, zaak, km, "pw-2026", "a_arbeid", dt.date(2026, 1, 5), dt.date(2026, 2, 1))
    m2 = _procedure(s, zaak, km, "pw-2026", "h_voorziening", dt.date(2026, 3, 10), dt.date(2026, 4, 1))
    m3 = _procedure(s, zaak, km, "pw-2026", "a_arbeid", dt.date(2026, 6, 1), dt.date(2026, 7, 1))
    assert [(m.percentage_bp, m.maanden) for m in (m1, m2, m3)] == [(10000, 1), (10000, 2), (10000, 3)]
    assert sorted(M.verlagingen(s, zaak.id)) == [
        dt.date(2026, 2, 1),
        dt.date(2026, 4, 1),
        dt.date(2026, 5, 1),
        dt.date(2026, 7, 1),
        dt.date(2026, 8, 1),
        dt.date(2026, 9, 1),
    ]
    u = _per_maand(s, zaak)
    assert u[dt.date(2026, 4, 1)].bijstand == 0 and u[dt.date(2026, 5, 1)].bijstand == 0
    assert u[dt.date(2026, 3, 1)].bijstand == 140150
    # juli-september vallen buiten de periode van de casus (tot 2026-06): die tellen niet, geen fout
    assert max(u) == dt.date(2026, 6, 1)


def test_recidive_na_twaalf_maanden_weer_lid_5(s, zaak, km):
    _procedure(s, zaak, km, "pw-2026", "a_arbeid", dt.date(2026, 1, 5), dt.date(2026, 2, 1))
    # 2027-03-01 ligt niet binnen 12 maanden na 2026-02 (de toepassing van lid 5)
    m = M.meld(
        s,
        zaak,
        auteur=km,
        verordening="pw-2026",
        categorie="a_arbeid",
        signaal_datum=dt.date(2027, 3, 1),
        gedraging="Weer werk geweigerd bij de bakkerij.",
        vandaag=dt.date(2027, 6, 1),
    )
    s.commit()
    assert M.voorstel(s, m).maanden == 1 and M.voorstel(s, m).herhaling == 0


def test_herziening_vanaf_maand(s, zaak, km):
    m1 = _procedure(s, zaak, km, "wetsvoorstel", "zwaar", dt.date(2026, 1, 2), dt.date(2026, 1, 1))
    assert m1.status == "gewaarschuwd"
    m = _procedure(s, zaak, km, "wetsvoorstel", "zwaar", dt.date(2026, 1, 20), dt.date(2026, 2, 1))
    assert (m.percentage_bp, m.maanden) == (2500, 4)  # 25% voor 4 maanden: feb t/m mei
    M.herzie(
        s,
        m,
        auteur=km,
        versie=m.versie,
        vanaf=dt.date(2026, 4, 1),
        motivering="Hij werkt sinds april weer mee aan zijn plan.",
    )
    s.commit()
    assert m.status == "herzien"
    assert M.verlagingen(s, zaak.id) == {dt.date(2026, 2, 1): 2500, dt.date(2026, 3, 1): 2500}
    u = _per_maand(s, zaak)
    # 25% van € 1.401,50 = € 350,375, half naar boven: € 350,38
    assert u[dt.date(2026, 2, 1)].verlaging == 35038 and u[dt.date(2026, 3, 1)].verlaging == 35038
    assert u[dt.date(2026, 4, 1)].verlaging == 0 and u[dt.date(2026, 5, 1)].verlaging == 0
    b = _besluiten(s, m)
    assert [x.handeling for x in b] == ["signaal", "gehoord", "opgelegd", "herzien"]
    assert b[-1].grondslag.startswith("Programmaplan onderdeel 9")
    assert all(x.auteur_id == km.id and len(x.motivering) >= 20 for x in b)


def test_herziening_buiten_de_verlaging_mag_niet(s, zaak, km):
    m = _procedure(s, zaak, km, "diemen", "categorie_2", dt.date(2026, 1, 20), dt.date(2026, 2, 1))
    with pytest.raises(M.MaatregelFout) as e:
        M.herzie(s, m, auteur=km, versie=m.versie, vanaf=dt.date(2026, 3, 1), motivering="Hij doet weer goed mee.")
    assert e.value.veld == "vanaf"


def test_geen_verlaging_zonder_horen(s, zaak, km):
    m = _meld(s, zaak, km, "diemen", "categorie_2", dt.date(2026, 1, 20))
    with pytest.raises(M.MaatregelFout, match="Hoor de persoon eerst"):
        M.beoordeel(
            s,
            m,
            auteur=km,
            versie=m.versie,
            verwijtbaar=True,
            dringende_redenen=False,
            motivering="De afspraak stond duidelijk in de brief.",
            vandaag=VANDAAG,
        )
    s.rollback()
    assert s.get(MaatregelZaak, m.id).status == "signaal"
    # met een vastgelegde reden uit Awb 4:11 mag het wel
    M.hoor(
        s,
        m,
        auteur=km,
        versie=m.versie,
        wijze="niet_nodig",
        datum=dt.date(2026, 1, 21),
        reden_niet_horen="b",
        toelichting="Hij gaf zijn mening al in het gesprek van 20 januari.",
        vandaag=VANDAAG,
    )
    M.beoordeel(
        s,
        m,
        auteur=km,
        versie=m.versie,
        verwijtbaar=True,
        dringende_redenen=False,
        motivering="De afspraak stond duidelijk in de brief.",
        ingang=dt.date(2026, 3, 1),
        vandaag=VANDAAG,
    )
    s.commit()
    assert m.status == "opgelegd"
    gehoord = _besluiten(s, m, "gehoord")[0]
    assert gehoord.grondslag == "Awb art. 4:11 onder b"


def test_afstemming_lager_nooit_hoger(s, zaak, km):
    m = _meld(s, zaak, km, "diemen", "categorie_2", dt.date(2026, 1, 20))
    _hoor(s, m, km)
    args = dict(
        auteur=km,
        verwijtbaar=True,
        dringende_redenen=False,
        motivering="Het gezin heeft hoge schulden.",
        ingang=dt.date(2026, 2, 1),
        vandaag=VANDAAG,
    )
    with pytest.raises(M.MaatregelFout, match="Hoger dan de verordening"):
        M.beoordeel(s, m, versie=m.versie, percentage_bp=3500, **args)
    s.rollback()
    with pytest.raises(M.MaatregelFout, match="Lager dan 5%"):  # Diemen art. 9 lid 2: minimaal 5%
        M.beoordeel(s, m, versie=m.versie, percentage_bp=400, **args)
    s.rollback()
    M.beoordeel(s, m, versie=m.versie, percentage_bp=2000, **args)
    s.commit()
    assert m.percentage_bp == 2000
    # 20% van € 1.401,50 = € 280,30
    assert _per_maand(s, zaak)[dt.date(2026, 2, 1)].verlaging == 28030


def test_pw_lager_alleen_bij_dringende_redenen(s, zaak, km):
    m = _meld(s, zaak, km, "pw-2026", "a_arbeid", dt.date(2026, 1, 20))
    _hoor(s, m, km)
    args = dict(
        auteur=km,
        verwijtbaar=True,
        motivering="Het gezin heeft hoge schulden.",
        percentage_bp=5000,
        ingang=dt.date(2026, 2, 1),
        vandaag=VANDAAG,
    )
    with pytest.raises(M.MaatregelFout, match="dringende redenen"):
        M.beoordeel(s, m, versie=m.versie, dringende_redenen=False, **args)
    s.rollback()
    M.beoordeel(s, m, versie=m.versie, dringende_redenen=True, **args)
    s.commit()
    assert m.percentage_bp == 5000
    b = _besluiten(s, m, "opgelegd")[0]
    assert "Pw art. 18 lid 10" in b.grondslag


def test_versieconflict(s, zaak, km):
    m = _meld(s, zaak, km, "diemen", "categorie_1", dt.date(2026, 1, 20))
    with pytest.raises(M.VersieConflict) as e:
        M.hoor(
            s,
            m,
            auteur=km,
            versie=m.versie + 3,
            wijze="gesprek",
            datum=dt.date(2026, 1, 22),
            zienswijze="Ik had geen tijd om te gaan.",
            vandaag=VANDAAG,
        )
    assert e.value.huidig == 1
    assert s.get(MaatregelZaak, m.id).status == "signaal"


def test_invoerfouten_noemen_het_veld(s, zaak, km):
    for kwargs, veld in [
        (dict(categorie="categorie_9", signaal_datum=dt.date(2026, 1, 1), gedraging="x" * 30), "categorie"),
        (dict(categorie="categorie_1", signaal_datum=dt.date(2027, 1, 1), gedraging="x" * 30), "signaal_datum"),
        (dict(categorie="categorie_1", signaal_datum=dt.date(2026, 1, 1), gedraging="kort"), "gedraging"),
    ]:
        with pytest.raises(M.MaatregelFout) as e:
            M.meld(s, zaak, auteur=km, verordening="diemen", vandaag=VANDAAG, **kwargs)
        assert e.value.veld == veld
        s.rollback()


def test_samen_nooit_meer_dan_100_procent(s, zaak, km):
    _procedure(s, zaak, km, "diemen", "categorie_3", dt.date(2026, 1, 5), dt.date(2026, 2, 1))
    _procedure(s, zaak, km, "diemen", "categorie_2", dt.date(2026, 1, 6), dt.date(2026, 2, 1))
    assert M.verlagingen(s, zaak.id) == {dt.date(2026, 2, 1): 10000}  # 100% + 30%, begrensd op 100%
    assert _per_maand(s, zaak)[dt.date(2026, 2, 1)].bijstand == 0


def test_bekend_op_volgt_het_besluitenlog(s, zaak, km):
    m = _procedure(s, zaak, km, "diemen", "categorie_2", dt.date(2026, 1, 20), dt.date(2026, 2, 1))
    opgelegd = (
        s.scalars(
            select(Besluit).where(
                Besluit.onderwerp == "maatregel", Besluit.onderwerp_id == str(m.id), Besluit.handeling == "opgelegd"
            )
        )
        .one()
        .tijdstip
    )
    ervoor = opgelegd - dt.timedelta(seconds=1)
    assert M.verlagingen(s, zaak.id, ervoor) == {}
    assert M.verlagingen(s, zaak.id, opgelegd + dt.timedelta(seconds=1)) == {dt.date(2026, 2, 1): 3000}


def test_percentage_over_de_bijstand_of_de_norm_volgens_de_verordening(s, km):
    """April 2026: loon 600,00, vrijlating 25% = 150,00 (art. 31 lid 2 onder n, n-maand 1; art. 34a gaat
    formeel pas op 2027-01-01 in, eerder stond hier 15%), middelen 450,00; norm € 1.401,50, dus bijstand vóór
    verlaging 1.401,50 - 450,00 = 951,50. Wetsvoorstel: '5% van het uitkeringsbedrag' = 5% van 951,50 =
    47,575, half naar boven 47,58. Diemen: '30% van de bijstandsnorm' = 30% van 1.401,50 = 420,45, ook met loon."""
    met_loon = {**CASUS, "maanden": {"2026-04": {"inkomsten": [{"soort": "arbeid", "netto": "600.00"}]}}}
    z = R.maak_zaak(s, naam="Met loon", casus=uit_data(met_loon, "t"), klantmanager_id=km.id, door=km.id)
    s.commit()
    _procedure(s, z, km, "wetsvoorstel", "licht", dt.date(2026, 1, 10), dt.date(2026, 2, 1))  # waarschuwing
    _procedure(s, z, km, "wetsvoorstel", "licht", dt.date(2026, 3, 5), dt.date(2026, 4, 1))
    april = _per_maand(s, z)[dt.date(2026, 4, 1)]
    assert april.verlaging == 4758 and april.bijstand == 95150 - 4758

    z2 = R.maak_zaak(s, naam="Met loon, Diemen", casus=uit_data(met_loon, "t"), klantmanager_id=km.id, door=km.id)
    s.commit()
    _procedure(s, z2, km, "diemen", "categorie_2", dt.date(2026, 3, 5), dt.date(2026, 4, 1))
    april = _per_maand(s, z2)[dt.date(2026, 4, 1)]
    assert april.verlaging == 42045 and april.bijstand == 95150 - 42045
