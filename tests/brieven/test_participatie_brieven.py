# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""De brieven over participatie: ontheffing, plan van aanpak, waarschuwing en maatregel (issue 7).

Alle verwachte data en bedragen zijn met de hand uitgerekend (zie de commentaren), niet overgenomen uit de
uitvoer. Eén app met een verse database per module; WeasyPrint draait één keer.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from balans.brieven import participatie as P
from balans.brieven.leesbaarheid import controleer, tekst_uit_html
from balans.casus.laden import uit_data
from balans.zaak import repository as R
from balans.zaak import verwerkingen as V
from balans.zaak import tijdlijn as T
from balans.zaak.schema import Activiteit, Besluit, Gebruiker, MaatregelZaak, Ontheffing, Plan, Verwerking, Zaak
from tests.api.conftest import maak_app, token

UTC = dt.timezone.utc


@pytest.fixture(scope="module")
def omgeving(tmp_path_factory):
    app = maak_app(tmp_path_factory.mktemp("brieven"))
    with app.state.sessies() as s:
        km = s.scalar(select(Gebruiker).where(Gebruiker.gebruikersnaam == "km.jansen"))
        # Alleenstaande van 36, geen inkomen en geen vermogen: de bijstand is de hele norm.
        casus = uit_data(
            {
                "naam": "Brieven",
                "periode": {"van": "2026-07", "tot": "2027-06"},
                "huishouden": {"aanvrager": {"geboortedatum": "1990-01-01"}},
            },
            "test",
        )
        z = R.maak_zaak(s, naam="Anna Voorbeeld", casus=casus, klantmanager_id=km.id, door=km.id)
        zaak_id = z.id

        def besluit(onderwerp, oid, handeling, tijdstip, motivering, gegevens=None, grondslag="Pw art. 9 lid 2"):
            s.add(
                Besluit(
                    zaak_id=zaak_id,
                    onderwerp=onderwerp,
                    onderwerp_id=str(oid),
                    handeling=handeling,
                    grondslag=grondslag,
                    motivering=motivering,
                    gegevens=gegevens,
                    auteur_id=km.id,
                    tijdstip=tijdstip,
                )
            )

        o = Ontheffing(
            zaak_id=zaak_id,
            persoon="aanvrager",
            soort="tijdelijk",
            verplichtingen=["arbeid", "tegenprestatie"],
            reden="mantelzorg",
            van=dt.date(2026, 12, 1),
            tot=dt.date(2027, 5, 31),
            herbeoordeling=dt.date(2027, 4, 15),
            status="actief",
            grondslag="Pw art. 9 lid 2",
            motivering="U zorgt elke dag voor uw zieke moeder.",
            auteur_id=km.id,
        )
        ingetrokken = Ontheffing(
            zaak_id=zaak_id,
            soort="tijdelijk",
            verplichtingen=["arbeid"],
            reden="medisch",
            van=dt.date(2026, 8, 1),
            status="ingetrokken",
            grondslag="Pw art. 9 lid 2",
            motivering="Tijdelijk ziek na een operatie aan de knie.",
            auteur_id=km.id,
        )
        p = Plan(
            zaak_id=zaak_id,
            doelen=["Elke week twee keer solliciteren", "De cursus Nederlands afmaken"],
            afspraken="U belt de jobcoach als u ziek bent.",
            status="vastgesteld",
            van=dt.date(2026, 11, 15),
            evaluatie=dt.date(2027, 5, 15),
            auteur_id=km.id,
        )
        concept = Plan(
            zaak_id=zaak_id, doelen=["Nog niet besproken"], status="concept", van=dt.date(2026, 11, 1), auteur_id=km.id
        )
        s.add_all([o, ingetrokken, p, concept])
        s.flush()
        s.add_all(
            [
                Activiteit(
                    zaak_id=zaak_id,
                    plan_id=p.id,
                    instrument="jobcoach",
                    omschrijving="Hulp bij het werk in de winkel",
                    van=dt.date(2026, 12, 1),
                    tot=dt.date(2027, 5, 31),
                    evaluatie=dt.date(2027, 3, 1),
                    uren_per_week=8,
                    status="gepland",
                    auteur_id=km.id,
                ),
                Activiteit(
                    zaak_id=zaak_id,
                    plan_id=p.id,
                    instrument="vrijwilligerswerk",
                    omschrijving="Gestopt werk",
                    van=dt.date(2026, 11, 15),
                    status="gestopt",
                    auteur_id=km.id,
                ),
            ]
        )
        # Waarschuwing: voorstel Whsz, categorie 'middel' (10% van de bijstand, 2 maanden, eerst een waarschuwing).
        w = MaatregelZaak(
            zaak_id=zaak_id,
            verordening="wetsvoorstel",
            categorie="middel",
            gedraging="U kwam niet naar het gesprek bij het werkbedrijf.",
            signaal_datum=dt.date(2026, 10, 5),
            status="gewaarschuwd",
            auteur_id=km.id,
        )
        # Maatregel: Diemen categorie 2 (art. 9 lid 1 onder b: 30% van de bijstandsnorm, 1 maand), vanaf januari 2027.
        m = MaatregelZaak(
            zaak_id=zaak_id,
            verordening="diemen",
            categorie="categorie_2",
            gedraging="U deed niet mee aan de afspraken uit uw plan.",
            signaal_datum=dt.date(2026, 10, 20),
            status="opgelegd",
            percentage_bp=3000,
            maanden=1,
            ingang=dt.date(2027, 1, 1),
            auteur_id=km.id,
        )
        alleen_signaal = MaatregelZaak(
            zaak_id=zaak_id,
            verordening="diemen",
            categorie="categorie_1",
            gedraging="Nog niet ingeschreven bij het UWV.",
            signaal_datum=dt.date(2026, 11, 2),
            status="signaal",
            auteur_id=km.id,
        )
        # Herzien (issue 14): 2 maanden vanaf februari 2027, herzien vanaf maart; en één herzien vanaf de eerste maand.
        deels = MaatregelZaak(
            zaak_id=zaak_id,
            verordening="diemen",
            categorie="categorie_2",
            gedraging="U kwam twee keer niet naar de training.",
            signaal_datum=dt.date(2026, 11, 3),
            status="herzien",
            percentage_bp=3000,
            maanden=2,
            ingang=dt.date(2027, 2, 1),
            herzien_vanaf=dt.date(2027, 3, 1),
            auteur_id=km.id,
        )
        geheel = MaatregelZaak(
            zaak_id=zaak_id,
            verordening="diemen",
            categorie="categorie_2",
            gedraging="U kwam niet naar het gesprek over uw plan.",
            signaal_datum=dt.date(2026, 11, 4),
            status="herzien",
            percentage_bp=3000,
            maanden=1,
            ingang=dt.date(2027, 4, 1),
            herzien_vanaf=dt.date(2027, 4, 1),
            auteur_id=km.id,
        )
        s.add_all([w, m, alleen_signaal, deels, geheel])
        s.flush()
        for x, wanneer in ((deels, 10), (geheel, 11)):
            besluit(
                "maatregel",
                x.id,
                "opgelegd",
                dt.datetime(2026, 11, wanneer, 10, 0, tzinfo=UTC),
                "U hebt niet gebeld en had geen goede reden.",
                {"verwijtbaar": True, "dringende_redenen": False, "verordening_percentage_bp": 3000, "herhaling": 0},
                grondslag="Afstemmingsverordening Diemen 2015 art. 9 lid 1 onder b",
            )
            besluit(
                "maatregel",
                x.id,
                "herzien",
                dt.datetime(2026, 11, 20, 10, 0, tzinfo=UTC),
                "U gaat weer elke week naar de training en belt als u niet kunt.",
                grondslag="Pw art. 18 lid 3",
            )
        besluit(
            "ontheffing",
            o.id,
            "verleend",
            dt.datetime(2026, 11, 25, 10, 0, tzinfo=UTC),
            "U zorgt elke dag voor uw zieke moeder.",
        )
        besluit(
            "plan",
            p.id,
            "vastgesteld",
            dt.datetime(2026, 11, 14, 9, 0, tzinfo=UTC),
            "Samen besproken op het spreekuur.",
            grondslag="Pw art. 44a",
        )
        besluit(
            "maatregel",
            w.id,
            "gehoord",
            dt.datetime(2026, 10, 12, 9, 0, tzinfo=UTC),
            "Mijn kind was ziek en ik kon niet bellen.",
            {"wijze": "gesprek", "datum": "2026-10-12", "zienswijze": "Mijn kind was ziek en ik kon niet bellen."},
            grondslag="Awb art. 4:8",
        )
        besluit(
            "maatregel",
            w.id,
            "waarschuwing",
            dt.datetime(2026, 10, 20, 14, 0, tzinfo=UTC),
            "Het is de eerste keer. U had wel even kunnen bellen.",
            grondslag="Whsz categorie 2",
        )
        besluit(
            "maatregel",
            m.id,
            "gehoord",
            dt.datetime(2026, 11, 2, 9, 0, tzinfo=UTC),
            "Ik vond de cursus te moeilijk.",
            {"wijze": "schriftelijk", "datum": "2026-11-02", "zienswijze": "Ik vond de cursus te moeilijk."},
            grondslag="Awb art. 4:8",
        )
        # 23:30 UTC op 25 november is 00:30 op 26 november in Nederland: de brief is van 26 november.
        besluit(
            "maatregel",
            m.id,
            "opgelegd",
            dt.datetime(2026, 11, 25, 23, 30, tzinfo=UTC),
            "U bent drie keer niet naar de cursus gegaan. U hebt niet gebeld.",
            {"verwijtbaar": True, "dringende_redenen": False, "verordening_percentage_bp": 3000, "herhaling": 0},
            grondslag="Afstemmingsverordening Diemen 2015 art. 9 lid 1 onder b",
        )
        s.commit()
        # Beëindiging (issue 14): laatste dag 30 juni 2027, het einde van de periode; de andere brieven blijven gelijk.
        e = T.beeindig(
            s,
            s.get(Zaak, zaak_id),
            datum=dt.date(2027, 6, 30),
            reden="werk",
            toelichting="U werkt vanaf juli 32 uur per week.",
            versie=1,
            door=km,
            vandaag=dt.date(2026, 11, 26),
        )
        s.commit()
        ids = {
            "beeindiging": e.id,
            "zaak": zaak_id,
            "ontheffing": o.id,
            "ingetrokken": ingetrokken.id,
            "plan": p.id,
            "concept": concept.id,
            "waarschuwing": w.id,
            "maatregel": m.id,
            "signaal": alleen_signaal.id,
            "herziening": deels.id,
            "herzien_geheel": geheel.id,
        }
        ferd = s.scalar(select(Gebruiker.zaak_id).where(Gebruiker.gebruikersnaam == "inwoner.ferd"))
        ids["ferd"] = ferd
    return app, ids


def _brief(omgeving, soort, sleutel=None):
    app, ids = omgeving
    with app.state.sessies() as s:
        z = s.get(Zaak, ids["zaak"])
        return P.brief(s, z, soort, ids[sleutel or soort])


def _html(omgeving, soort):
    return P.als_html(_brief(omgeving, soort))


def _b1(html: str) -> str:
    return html.split('<section class="bijlage"')[0]


def _bijlage(html: str) -> str:
    return html.split('<section class="bijlage"')[1]


# --- beëindiging ----------------------------------------------------------------------------------


def test_beeindiging_noemt_laatste_dag_reden_en_laatste_maanden(omgeving):
    b1 = _b1(_html(omgeving, "beeindiging"))
    assert "Uw bijstand stopt. De laatste dag met bijstand is <strong>30 juni 2027</strong>." in b1
    assert "omdat u werk hebt gevonden en genoeg inkomen hebt." in b1
    assert "U werkt vanaf juli 32 uur per week." in b1
    assert "<li>mei 2027: " in b1 and "<li>juni 2027: " in b1
    assert "Vraag dan opnieuw bijstand aan." in b1


# --- 1. ontheffing --------------------------------------------------------------------------------


def test_ontheffing_noemt_verplichtingen_periode_herbeoordeling_en_wat_blijft(omgeving):
    html = _html(omgeving, "ontheffing")
    b1 = _b1(html)
    assert "U krijgt een ontheffing. Dat is deze soort: tijdelijke ontheffing om een dringende reden." in b1
    assert "Werk zoeken, aannemen en houden." in b1 and "Onbetaald nuttig werk doen" in b1
    assert "Dit geldt van 1 december 2026 tot en met 31 mei 2027." in b1
    assert "Op 15 april 2027 kijken we opnieuw naar uw situatie." in b1
    assert "De reden is: mantelzorg: zorgen voor iemand anders." in b1
    assert "U zorgt elke dag voor uw zieke moeder." in b1
    # Geen ontheffing van art. 9 lid 1 onder b (dat kan ook niet, lid 2): dat blijft gelden.
    assert "Deze verplichtingen blijven gelden: meedoen aan hulp naar werk en aan uw plan van aanpak." in b1
    assert "Geef dat direct aan ons door." in b1  # art. 17 lid 1: 'onverwijld'
    # Besluit op 25 november 2026 (woensdag) + 6 weken = woensdag 6 januari 2027 (Awb art. 6:7).
    assert "<dd>25 november 2026</dd>" in b1 and "uiterlijk op 6 januari 2027" in b1


def test_ontheffing_bijlage_citeert_de_wet(omgeving):
    bijlage = _bijlage(_html(omgeving, "ontheffing"))
    for code in ("Pw art. 9 lid 1", "Pw art. 9 lid 2", "Pw art. 17 lid 1", "Awb art. 6:7", "Awb art. 7:1"):
        assert code in bijlage, code
    assert (
        "kan het college in individuele gevallen tijdelijk ontheffing verlenen van een verplichting als bedoeld "
        "in het eerste lid, onderdelen a en c." in bijlage
    )
    assert "onverwijld uit eigen beweging mededeling van alle feiten en omstandigheden" in bijlage
    url = "https://wetten.overheid.nl/BWBR0015703/2026-07-01#Artikel9"
    assert f'<a href="{url}">{url}</a>' in bijlage


# --- 2. plan van aanpak ---------------------------------------------------------------------------


def test_plan_noemt_doelen_activiteiten_evaluatie_en_is_vriendelijk(omgeving):
    html = _html(omgeving, "plan")
    b1 = _b1(html)
    assert "Elke week twee keer solliciteren." in b1 and "De cursus Nederlands afmaken." in b1
    assert "<strong>Jobcoach</strong>" in b1  # de naam uit de catalogus, niet de code
    assert "Start: 1 december 2026. Einde: 31 mei 2027." in b1 and "8 uur per week." in b1
    assert "We bespreken dit op 1 maart 2027." in b1
    assert "Gestopt werk" not in b1  # een gestopte activiteit hoort niet in het plan
    assert "Op 15 mei 2027 bespreken we samen hoe het gaat." in b1
    assert "wilt u iets veranderen?" in b1.lower()
    assert "U belt de jobcoach als u ziek bent." in b1
    # Art. 44a lid 1 onder b: de gevolgen staan erin, maar het is geen sanctiebrief.
    assert "Dat heet een maatregel." in b1 and "verlaagd" not in b1
    # 14 november 2026 + 6 weken = zaterdag 26 december (2e Kerstdag) -> maandag 28 december 2026.
    assert "uiterlijk op 28 december 2026" in b1
    bijlage = _bijlage(html)
    assert "Pw art. 44a" in bijlage and "Algemene termijnenwet art. 1" in bijlage
    assert "evalueert, in samenspraak met die persoon, periodiek het plan van aanpak" in bijlage


# --- 3. waarschuwing ------------------------------------------------------------------------------


def test_waarschuwing_noemt_gedraging_zienswijze_en_wat_volgt(omgeving):
    html = _html(omgeving, "waarschuwing")
    b1 = _b1(html)
    assert "U kwam niet naar het gesprek bij het werkbedrijf." in b1
    assert "Op 5 oktober 2026 ging er iets mis." in b1
    assert "We hebben u op 12 oktober 2026 gevraagd wat er is gebeurd, in een gesprek." in b1
    assert "Mijn kind was ziek en ik kon niet bellen." in b1
    assert "Uw bijstand blijft gelijk." in b1
    # Voorstel Whsz categorie 2: 10% van het uitkeringsbedrag, 2 maanden; termijn 12 maanden vanaf de maand van
    # het signaal (oktober 2026), de hele maand oktober 2027 telt nog mee.
    assert "De verlaging is dan 10% van de bijstand (het uitkeringsbedrag), voor 2 maanden." in b1
    assert "Gebeurt dit opnieuw, tot en met 31 oktober 2027?" in b1
    # 20 oktober 2026 + 6 weken = dinsdag 1 december 2026.
    assert "<dd>20 oktober 2026</dd>" in b1 and "uiterlijk op 1 december 2026" in b1
    bijlage = _bijlage(html)
    assert "Awb art. 4:8" in bijlage and "Pw art. 18 lid 2" in bijlage
    assert "Voorstel Wet handhaving sociale zekerheid" in bijlage


def test_geen_waarschuwingsbrief_zonder_waarschuwing(omgeving):
    for sleutel in ("maatregel", "signaal"):  # een verlaging of alleen een signaal: geen waarschuwing gegeven
        with pytest.raises(P.GeenBrief):
            _brief(omgeving, "waarschuwing", sleutel)


# --- 4. maatregel ---------------------------------------------------------------------------------


def test_maatregel_noemt_percentage_maand_en_bedrag(omgeving):
    html = _html(omgeving, "maatregel")
    b1 = _b1(html)
    assert "Uw bijstand wordt 1 maand lang 30% lager. Het gaat om 30% van de bijstandsnorm." in b1
    # Pw art. 21 onder a (2026-07-01, in 2027 nog niet geïndexeerd): norm € 1.419,46. Diemen art. 9 lid 1 onder b:
    # 30% van de norm = 425,838 -> € 425,84 (half omhoog op de cent).
    assert "<li>Januari 2027: € 425,84 minder. Uw bijstandsnorm is € 1.419,46.</li>" in b1
    assert "December 2026" not in b1 and "Februari 2027" not in b1
    assert "We hebben u op 2 november 2026 gevraagd wat er is gebeurd. Dit zei u:" in b1
    assert "Ik vond de cursus te moeilijk." in b1
    # De opsomming uit Diemen art. 7 onder b als lijst met korte zinnen.
    assert "<li>U hebt als alleenstaande ouder niet geprobeerd deeltijdwerk te vinden.</li>" in b1
    assert "Wij vinden van wel." in b1 and "Die hebben wij niet gevonden." in b1
    assert "U bent drie keer niet naar de cursus gegaan. U hebt niet gebeld." in b1
    # Diemen: herstel volgens Pw art. 18 lid 3 (heroverwegen binnen 3 maanden), niet lid 11 (alleen lid 5-8).
    assert "Wij kijken binnen 3 maanden opnieuw naar dit besluit." in b1
    # Besluit 25-11 23:30 UTC = 26-11 00:30 in Nederland; 26 november + 6 weken = donderdag 7 januari 2027.
    assert "<dd>26 november 2026</dd>" in b1 and "uiterlijk op 7 januari 2027" in b1


def test_maatregel_bijlage_met_verordening_en_wet(omgeving):
    bijlage = _bijlage(_html(omgeving, "maatregel"))
    for code in (
        "Pw art. 18 lid 2",
        "Pw art. 18 lid 3",
        "Pw art. 18 lid 9",
        "Pw art. 18 lid 10",
        "Awb art. 4:8",
        "Awb art. 6:7",
    ):
        assert code in bijlage, code
    assert "Pw art. 18 lid 11" not in bijlage
    assert "Afstemmingsverordening Participatiewet, IOAW en IOAZ Diemen 2015" in bijlage
    assert '<a href="https://lokaleregelgeving.overheid.nl/CVDR345917/1">' in bijlage
    assert (
        "Het college ziet af van het opleggen van een maatregel, indien elke vorm van verwijtbaarheid ontbreekt."
        in bijlage
    )


def test_herziening_eigen_brief_per_maand(omgeving):
    b1 = _b1(_html(omgeving, "herziening"))
    assert "Onderwerp: Besluit: uw bijstand wordt niet meer lager" in b1
    assert "Vanaf maart 2027 wordt uw bijstand niet meer lager." in b1
    # Februari blijft: 30% van de norm € 1.419,46 = 425,838 -> € 425,84 (Diemen art. 9 lid 1 onder b).
    assert "<li>Februari 2027: € 425,84 minder. Dat blijft zo.</li>" in b1
    assert "<li>Maart 2027: geen verlaging. U krijgt uw volledige bijstand.</li>" in b1
    assert "U gaat weer elke week naar de training en belt als u niet kunt." in b1
    assert "Pw art. 18 lid 3" in _bijlage(_html(omgeving, "herziening"))


def test_maatregelbrief_na_herziening_zegt_niet_dat_de_bijstand_lager_wordt(omgeving):
    geheel = _b1(P.als_html(_brief(omgeving, "maatregel", "herzien_geheel")))
    assert "wordt lager" not in geheel and "Onderwerp: Besluit over de maatregel" in geheel
    assert "Uw bijstand wordt daardoor niet lager." in geheel
    assert "<li>April 2027: geen verlaging. We hebben de maatregel herzien.</li>" in geheel
    deels = _b1(P.als_html(_brief(omgeving, "maatregel", "herziening")))
    assert "Uw bijstand wordt 2 maanden lang" not in deels  # niet meer als feit voor de toekomst
    assert "vanaf maart 2027 is er geen verlaging meer" in deels
    with pytest.raises(P.GeenBrief):
        _brief(omgeving, "herziening", "maatregel")  # niet herzien: geen herzieningsbrief


def test_geen_maatregelbrief_voor_waarschuwing_of_signaal(omgeving):
    for sleutel in ("waarschuwing", "signaal"):
        with pytest.raises(P.GeenBrief):
            _brief(omgeving, "maatregel", sleutel)


def test_geen_brief_voor_concept_of_ingetrokken(omgeving):
    with pytest.raises(P.GeenBrief):
        _brief(omgeving, "plan", "concept")
    with pytest.raises(P.GeenBrief):
        _brief(omgeving, "ontheffing", "ingetrokken")
    with pytest.raises(P.GeenBrief):
        _brief(omgeving, "plan", "ontheffing")  # een id van een ander soort onderwerp


# --- voor alle vier -------------------------------------------------------------------------------


@pytest.mark.parametrize("soort", P.SOORTEN)
def test_b1_en_goed_gevormd(omgeving, soort):
    html = _html(omgeving, soort)
    assert html.startswith("<!DOCTYPE html>") and '<html lang="nl">' in html
    tekst = tekst_uit_html(html)
    assert "Bijlage" not in tekst and "Wat hebben we besloten?" in tekst or soort == "plan"
    assert controleer(tekst) == []
    assert html.count("<h1") == 1
    assert not re.search(r"(?<![\d.,])\d{9}(?![\d,])", tekst)  # geen BSN
    assert f"<style>{P.STIJL}</style>" in html


# --- web: rollen, log, PDF ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def client(omgeving):
    return TestClient(omgeving[0], raise_server_exceptions=False)


def test_web_klantmanager_html_pdf_en_log(omgeving, client):
    app, ids = omgeving
    km = token(client, "km.jansen")
    url = f"/zaken/{ids['zaak']}/brieven/maatregel/{ids['maatregel']}"
    r = client.get(url, headers=km)
    assert r.status_code == 200, r.text
    assert "€ 425,84" in r.text and P.STIJL_CSP in r.headers["content-security-policy"]
    r = client.get(url + ".pdf", headers=km)  # de enige keer WeasyPrint
    assert r.status_code == 200 and r.content.startswith(b"%PDF")
    assert r.headers["content-type"] == "application/pdf"
    with app.state.sessies() as s:
        namen = list(s.scalars(select(Verwerking.naam).where(Verwerking.zaak_id == ids["zaak"])))
        activiteiten = set(s.scalars(select(Verwerking.verwerkingsactiviteit).where(Verwerking.zaak_id == ids["zaak"])))
    assert "brief.maatregel.html" in namen and "brief.maatregel.pdf" in namen
    assert "urn:balans:verwerkingsactiviteit:maatregel" in activiteiten


@pytest.mark.parametrize(
    "pad, status",
    [
        ("waarschuwing/{maatregel}", 404),
        ("maatregel/{waarschuwing}", 404),
        ("maatregel/{signaal}", 404),
        ("plan/{concept}", 404),
        ("onbekend/{plan}", 404),
        ("plan/abc", 404),
        ("plan/999999", 404),
        ("plan/{plan}", 200),
        ("ontheffing/{ontheffing}", 200),
        ("waarschuwing/{waarschuwing}", 200),
    ],
)
def test_web_404_als_de_brief_niet_past(omgeving, client, pad, status):
    _, ids = omgeving
    r = client.get(f"/zaken/{ids['zaak']}/brieven/" + pad.format(**ids), headers=token(client, "km.jansen"))
    assert r.status_code == status, r.text


def test_web_rollen(omgeving, client):
    _, ids = omgeving
    url = f"/zaken/{ids['zaak']}/brieven/ontheffing/{ids['ontheffing']}"
    assert client.get(url, headers=token(client, "km.bakker")).status_code == 404  # niet zijn zaak
    assert client.get(url, headers=token(client, "inwoner.ferd")).status_code == 404  # andermans zaak
    assert client.get(url, headers=token(client, "beleid.de.vries")).status_code == 403  # rol ziet geen zaken
    assert client.get(url + ".pdf", headers=token(client, "beheer.admin")).status_code == 403
    r = client.get(url, follow_redirects=False)  # niet ingelogd
    assert r.status_code == 303 and r.headers["location"].startswith("/inloggen")


def test_web_inwoner_ziet_eigen_brief(omgeving, client):
    app, ids = omgeving
    with app.state.sessies() as s:  # geef Ferd even deze zaak, zodat hij de inwoner ervan is
        g = s.scalar(select(Gebruiker).where(Gebruiker.gebruikersnaam == "inwoner.ferd"))
        g.zaak_id = ids["zaak"]
        s.commit()
    try:
        r = client.get(f"/zaken/{ids['zaak']}/brieven/plan/{ids['plan']}", headers=token(client, "inwoner.ferd"))
        assert r.status_code == 200 and "Uw plan van aanpak" in r.text
        with app.state.sessies() as s:
            laatste = s.scalars(
                select(Verwerking).where(Verwerking.zaak_id == ids["zaak"]).order_by(Verwerking.id.desc())
            ).first()
            wie = V.door_wie(s, laatste)  # de rol staat in het auditlog, niet in de logregel (Logboek Dataverwerkingen)
        assert laatste.naam == "brief.plan.html" and wie.rol == "inwoner"
        assert laatste.verwerkingsactiviteit.endswith("inzage-inwoner")
    finally:
        with app.state.sessies() as s:
            g = s.scalar(select(Gebruiker).where(Gebruiker.gebruikersnaam == "inwoner.ferd"))
            g.zaak_id = ids["ferd"]
            s.commit()
