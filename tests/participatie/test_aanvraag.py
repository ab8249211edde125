# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""participatie/aanvraag.py: vormcontrole per stap, waarschuwingen (nooit blokkerend), de grens van 12 maanden
(Pw art. 43a), de casus die de zaak wordt, de gelijkstelling (art. 43 lid 6) en de versie."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import select

from balans.casus.laden import uit_data
from balans.participatie import aanvraag as A
from balans.zaak import repository as R
from balans.zaak.schema import Aanvraag, Gebruiker, Zaak
from balans.zaak.verwerkingen import Spoor
from tests.api.conftest import maak_app

SPOOR = Spoor.uit_header(None)


def _aanvraag(gegevens: dict, meld: dt.date = dt.date(2026, 11, 25), bsn: str | None = "123456782") -> Aanvraag:
    return Aanvraag(
        id=str(uuid.uuid4()),
        gebruiker_id=1,
        bsn=bsn,
        status="concept",
        gegevens=gegevens,
        meldingsdatum=meld,
        verkort=False,
        versie=1,
    )


# --- vorm ---------------------------------------------------------------------------------------


def test_datums_en_bedragen_zoals_mensen_ze_schrijven():
    assert A.normaliseer("persoon", {"geboortedatum": "1-5-1990"})["geboortedatum"] == "1990-05-01"
    assert A.normaliseer("persoon", {"geboortedatum": "1990-05-01"})["geboortedatum"] == "1990-05-01"
    v = A.normaliseer(
        "vermogen", {"bezittingen": "1.250,50", "schulden": "€ 20", "eigen_woning": "nee", "woning_waarde": "300000"}
    )
    # 1.250,50 is € 1.250,50; zonder eigen huis telt de waarde niet
    assert v == {
        "bezittingen": "1250.50",
        "schulden": "20.00",
        "eigen_woning": False,
        "woning_waarde": None,
        "hypotheek": None,
    }


@pytest.mark.parametrize(
    "stap, invoer, veld",
    [
        ("persoon", {"geboortedatum": "30-02-1990"}, "geboortedatum"),
        ("persoon", {"geboortedatum": "gisteren"}, "geboortedatum"),
        ("persoon", {"email": "geen-adres"}, "email"),
        ("woonsituatie", {"partner": "misschien"}, "partner"),
        ("woonsituatie", {"kinderen": ["2019-01-01", "99-99-2019"]}, "kinderen[2]"),
        ("inkomen", {"heeft_inkomen": True, "inkomsten": [{"soort": "loterij", "netto": "5"}]}, "inkomsten[1].soort"),
        ("vermogen", {"bezittingen": "-1"}, "bezittingen"),
        ("vermogen", {"spaargeld": "1"}, "spaargeld"),
    ],
)
def test_vormfout_noemt_het_veld(stap, invoer, veld):
    with pytest.raises(A.AanvraagFout) as e:
        A.normaliseer(stap, invoer)
    assert e.value.veld == veld and e.value.status == 400


def test_lege_velden_zijn_geen_fout():
    assert A.normaliseer("persoon", {}) == {"geboortedatum": None, "telefoon": "", "email": ""}
    assert A.normaliseer("inkomen", {"heeft_inkomen": "ja", "inkomsten": [{"soort": "", "netto": ""}]}) == {
        "heeft_inkomen": True,
        "inkomsten": [],
    }


# --- waarschuwingen -----------------------------------------------------------------------------


def test_alles_leeg_geeft_waarschuwingen_per_stap():
    stappen = {w.stap for w in A.waarschuwingen(_aanvraag({}))}
    assert stappen == {"persoon", "woonsituatie", "inkomen", "vermogen"}


def test_jonger_dan_27_wacht_vier_weken():
    # gemeld 25-11-2026; geboren 26-11-1999 is dan 26 jaar (27 op 26-11-2026): art. 41 lid 4 geldt
    jong = _aanvraag({"persoon": {"geboortedatum": "1999-11-26"}, "woonsituatie": {"partner": False}})
    assert any("art. 41 lid 4" in w.tekst for w in A.waarschuwingen(jong))
    # geboren 25-11-1999: precies 27 op de meldingsdatum, dus niet
    oud = _aanvraag({"persoon": {"geboortedatum": "1999-11-25"}, "woonsituatie": {"partner": False}})
    assert not any("art. 41 lid 4" in w.tekst for w in A.waarschuwingen(oud))
    # gehuwden: alleen als beide jonger dan 27 zijn
    paar = _aanvraag(
        {
            "persoon": {"geboortedatum": "2001-01-01"},
            "woonsituatie": {"partner": True, "partner_geboortedatum": "1990-01-01"},
        }
    )
    assert not any("art. 41 lid 4" in w.tekst for w in A.waarschuwingen(paar))


def test_partner_en_eigen_huis():
    a = _aanvraag({"woonsituatie": {"partner": True}, "vermogen": {"bezittingen": "0.00", "eigen_woning": True}})
    velden = {(w.stap, w.veld) for w in A.waarschuwingen(a)}
    assert ("woonsituatie", "partner_geboortedatum") in velden and ("vermogen", "woning_waarde") in velden
    assert any("art. 43 lid 2" in w.tekst for w in A.waarschuwingen(a))


# --- de casus ------------------------------------------------------------------------------------


def test_casus_over_de_jaargrens():
    a = _aanvraag(
        {
            "persoon": {"geboortedatum": "1980-01-01"},
            "woonsituatie": {"partner": False, "kinderen": ["2018-04-04"], "medebewoners": []},
            "inkomen": {
                "heeft_inkomen": True,
                "inkomsten": [{"soort": "uitkering", "netto": "100.00", "van": "aanvrager"}],
            },
            "vermogen": {
                "bezittingen": "500.00",
                "schulden": None,
                "eigen_woning": True,
                "woning_waarde": "200000.00",
                "hypotheek": "150000.00",
            },
        }
    )
    casus = uit_data(A.casus_data(a, "Test", dt.date(2026, 11, 25)))
    # gemeld in november 2026: 12 maanden, november 2026 tot en met oktober 2027
    assert (casus.periode.van, casus.periode.tot) == (dt.date(2026, 11, 1), dt.date(2027, 10, 1))
    assert len(casus.maanden) == 12 and casus.verrekening.melding == dt.date(2026, 11, 25)
    assert casus.vermogen.eigen_woning.waarde == 20_000_000 and casus.vermogen.eigen_woning.hypotheek == 15_000_000
    assert casus.vermogen.schulden == 0 and casus.huishouden.partner is None and len(casus.huishouden.kinderen) == 1


# --- met een database ----------------------------------------------------------------------------


@pytest.fixture
def sessie(tmp_path):
    app = maak_app(tmp_path)
    with app.state.sessies() as s:
        yield s


def _inwoner(s, naam: str) -> Gebruiker:
    g = Gebruiker(gebruikersnaam=naam, naam=naam, rol="inwoner", wachtwoord_hash=None, actief=True)
    s.add(g)
    s.flush()
    return g


def _beeindigd(s, bsn: str, einde: dt.date) -> Zaak:
    casus = uit_data(
        {
            "naam": "Oud",
            "periode": {"van": "2025-01", "tot": "2025-12"},
            "huishouden": {"aanvrager": {"geboortedatum": "1970-07-07"}},
        }
    )
    z = R.maak_zaak(s, naam="Oud", casus=casus, klantmanager_id=None, door=None, bsn=bsn)
    z.einddatum = einde
    s.flush()
    return z


def test_grens_van_twaalf_maanden(sessie):
    peil = dt.date(2026, 11, 25)
    _beeindigd(sessie, "111111110", dt.date(2025, 11, 25))  # precies 12 maanden: nog binnen
    _beeindigd(sessie, "222222220", dt.date(2025, 11, 24))  # 12 maanden en een dag: niet meer
    assert A.vorige_zaak(sessie, "111111110", peil) is not None
    assert A.vorige_zaak(sessie, "222222220", peil) is None
    assert A.vorige_zaak(sessie, None, peil) is None


def test_gelijkstelling_en_versie(sessie):
    g = _inwoner(sessie, "inwoner.gelijk")
    km = sessie.scalar(select(Gebruiker).where(Gebruiker.gebruikersnaam == "km.jansen"))
    a, nieuw = A.start(sessie, g, SPOOR, vandaag=dt.date(2026, 11, 25))
    assert nieuw and a.meldingsdatum == dt.date(2026, 11, 25)
    A.sla_stap_op(
        sessie,
        a,
        g,
        "melding",
        {"eerdere_uitkering": "ioaw", "eerdere_meldingsdatum": "2026-11-02"},
        versie=1,
        spoor=SPOOR,
    )
    A.sla_stap_op(sessie, a, g, "persoon", {"geboortedatum": "1965-03-03"}, versie=2, spoor=SPOOR)
    sessie.commit()  # zoals elke API-aanroep: een conflict rolt alleen die aanroep terug
    with pytest.raises(A.VersieConflict) as e:  # versie 2 is al gebruikt
        A.sla_stap_op(sessie, a, g, "persoon", {"geboortedatum": "1965-03-04"}, versie=2, spoor=SPOOR)
    assert e.value.huidig == 3
    a = sessie.get(Aanvraag, a.id)
    A.indienen(sessie, a, g, versie=3, spoor=SPOOR)
    A.in_behandeling_nemen(sessie, a, km, versie=4, spoor=SPOOR)
    # art. 43 lid 6: de melding voor de IOAW (2 november) telt; de bijstand kan vanaf die dag ingaan
    zaak = A.zaak_maken(sessie, a, km, versie=5, spoor=SPOOR, gelijkstelling=True)
    assert zaak.ingangsdatum == dt.date(2026, 11, 2)
    assert R.casus_van(sessie, zaak).verrekening.melding == dt.date(2026, 11, 2)
    assert sessie.get(Gebruiker, g.id).zaak_id == zaak.id


def test_klantmanager_kan_geen_concept_invullen(sessie):
    g = _inwoner(sessie, "inwoner.concept")
    km = sessie.scalar(select(Gebruiker).where(Gebruiker.gebruikersnaam == "km.jansen"))
    a, _ = A.start(sessie, g, SPOOR)
    assert not A.mag_zien(km, a)
    with pytest.raises(A.AanvraagFout) as e:
        A.sla_stap_op(sessie, a, km, "persoon", {}, versie=1, spoor=SPOOR)
    assert e.value.status == 403
