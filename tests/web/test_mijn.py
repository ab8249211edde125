# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""/mijn zonder browser: vastgesteld of verwachting, de volgende betaling, de brieven en wie ze mag lezen, en het
verwerkingenlog. De browsertest staat in test_mijn_browser.py."""

from __future__ import annotations

import datetime as dt

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from balans.web.mijn import status_betaling, status_maand, volgende_betaling
from balans.zaak import diensten
from balans.zaak.demo import WACHTWOORD
from balans.zaak.schema import Verwerking, Zaak
from balans.zaak.tijdlijn import tijdlijn
from tests.web.mijn_hulp import ANDER, maak_demo


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    return maak_demo(tmp_path_factory.mktemp("mijn") / "b.sqlite3")


@pytest.fixture(scope="module")
def client(demo):
    return TestClient(demo.app, raise_server_exceptions=False)


def _kop(client, naam: str) -> dict:
    r = client.post("/v1/sessies", json={"gebruikersnaam": naam, "wachtwoord": WACHTWOORD})
    assert r.status_code == 201, r.text
    client.cookies.clear()
    return {"Authorization": f"Bearer {r.json()['token']}"}


@pytest.fixture(scope="module")
def ferd_staat(demo):
    with demo.app.state.sessies() as s:
        return diensten.maandstaat_zaak(tijdlijn(s, s.get(Zaak, demo.ferd)))


def test_vastgesteld_of_verwachting_per_maand(ferd_staat):
    """Met de hand uit voorbeelden/ferd-maandstaat.yaml: de loonstroken lopen tot 22 november 2026, daarna de
    verwachting. De correctie uit de polisadministratie (over september en oktober) is bekend op 10 december 2026.
    - Op 15 januari 2027: september en oktober zijn voorbij en al hun loon is bekend: vastgesteld. In november
      telt ook verwacht loon (23-30 november): verwachting. December en later: verwachting.
    - Op 3 december 2026: de correctie is nog niet bekend, dus ook september en oktober zijn een verwachting."""
    posten = ferd_staat["toerekening"]
    jan = {m: status_maand(dt.date(2026, m, 1), posten, dt.date(2027, 1, 15)) for m in (9, 10, 11, 12)}
    assert jan == {9: "vastgesteld", 10: "vastgesteld", 11: "verwachting", 12: "verwachting"}
    dec = {m: status_maand(dt.date(2026, m, 1), posten, dt.date(2026, 12, 3)) for m in (9, 10)}
    assert dec == {9: "verwachting", 10: "verwachting"}
    assert status_maand(dt.date(2027, 8, 1), posten, dt.date(2030, 1, 1)) == "verwachting"  # verwacht loon
    assert status_betaling(dt.date(2026, 11, 6), dt.date(2026, 11, 7)) == "betaald"
    assert status_betaling(dt.date(2026, 11, 7), dt.date(2026, 11, 7)) == "verwachting"  # vandaag: nog onderweg


def test_volgende_betaling_slaat_een_lege_betaaldag_over(ferd_staat):
    """Op de maand: de bijstand over oktober wacht op de loonstrook van 26 november (die loopt tot 22 november en
    dekt dus het eind van oktober). Op de betaaldag van 25 november is er daarom niets (€ 0,00, 'wacht'); de
    volgende betaling met geld is de eerste betaaldag daarna."""
    betalingen = ferd_staat["methoden"][ferd_staat["methode_standaard"]]["betalingen"]
    leeg = next(b for b in betalingen if b["datum"] == "2026-11-25")
    assert leeg["bedrag"] == "0.00"
    v = volgende_betaling(betalingen, dt.date(2026, 11, 7))
    assert v is not None and v["datum"] > "2026-11-26" and v["bedrag"] != "0.00"
    assert v is next(b for b in betalingen if b["datum"] > "2026-11-25" and b["bedrag"] != "0.00")
    assert volgende_betaling(betalingen, dt.date(2030, 1, 1)) is None


def test_mijn_toont_de_brieven_van_ferd(client, demo):
    h = _kop(client, "inwoner.ferd")
    r = client.get("/mijn", headers=h)
    assert r.status_code == 200
    for pad in (
        "/mijn/beschikking",
        "/mijn/beschikking.pdf",
        f"/zaken/{demo.ferd}/brieven/ontheffing/{demo.ontheffing}",
        f"/zaken/{demo.ferd}/brieven/ontheffing/{demo.ontheffing}.pdf",
    ):
        assert f'href="{pad}"' in r.text, pad
    assert "Besluit over uw ontheffing" in r.text and "Huurtoeslag zit niet in dit totaal" in r.text
    assert r.text.count("Huurtoeslag zit niet in dit totaal") == 1  # één keer gezegd
    brief = client.get(f"/zaken/{demo.ferd}/brieven/ontheffing/{demo.ontheffing}", headers=h)
    assert brief.status_code == 200 and "Ferd de Wit" in brief.text
    besch = client.get("/mijn/beschikking", headers=h)
    assert besch.status_code == 200 and "Ferd de Wit" in besch.text


def test_een_andere_inwoner_ziet_ferds_brieven_niet(client, demo):
    h = _kop(client, ANDER)
    for pad in (
        f"/zaken/{demo.ferd}/brieven/ontheffing/{demo.ontheffing}",
        f"/zaken/{demo.ferd}/brieven/ontheffing/{demo.ontheffing}.pdf",
        f"/zaken/{demo.ferd}/beschikking",
    ):
        r = client.get(pad, headers=h)
        assert r.status_code in (403, 404), (pad, r.status_code)
        assert "Ferd" not in r.text
    # Zijn eigen /mijn en beschikking gaan over zijn eigen zaak
    eigen = client.get("/mijn", headers=h)
    assert eigen.status_code == 200 and "Ferd" not in eigen.text and demo.ferd not in eigen.text
    besch = client.get("/mijn/beschikking", headers=h)
    assert besch.status_code == 200 and "Ferd" not in besch.text
    # een klantmanager heeft geen /mijn
    assert client.get("/mijn", headers=_kop(client, "km.jansen")).status_code == 403


def test_elke_lezing_in_het_verwerkingenlog(client, demo):
    def aantal(naam: str) -> int:
        with demo.app.state.sessies() as s:
            return s.scalar(
                select(func.count())
                .select_from(Verwerking)
                .where(
                    Verwerking.naam == naam,
                    Verwerking.zaak_id == demo.ferd,
                    Verwerking.verwerkingsactiviteit.like("%inzage-inwoner"),
                )
            )

    h = _kop(client, "inwoner.ferd")
    paden = {
        "mijn.maandstaat": "/mijn",
        "beschikking.html": "/mijn/beschikking",
        "brief.ontheffing.html": f"/zaken/{demo.ferd}/brieven/ontheffing/{demo.ontheffing}",
    }
    voor = {n: aantal(n) for n in paden}
    for pad in paden.values():
        assert client.get(pad, headers=h).status_code == 200
    assert {n: aantal(n) - voor[n] for n in paden} == {n: 1 for n in paden}


@pytest.fixture(scope="module")
def besluiten_demo(tmp_path_factory):
    """Een eigen demo: de zaak van de tweede inwoner krijgt een maatregel die later is herzien, en een einde."""
    from balans.zaak import besluiten
    from balans.zaak import tijdlijn as T
    from balans.zaak.schema import Gebruiker, MaatregelZaak

    demo = maak_demo(tmp_path_factory.mktemp("mijn-besluiten") / "b.sqlite3")
    with demo.app.state.sessies() as s:
        z = s.get(Zaak, demo.ander)
        km = s.get(Gebruiker, z.klantmanager_id)
        m = MaatregelZaak(
            zaak_id=z.id,
            persoon="aanvrager",
            verordening="diemen",
            categorie="categorie_2",
            gedraging="Niet verschenen op een afspraak zonder bericht.",
            signaal_datum=dt.date(2026, 3, 10),
            status="herzien",
            percentage_bp=3000,
            maanden=2,
            ingang=dt.date(2026, 5, 1),
            herzien_vanaf=dt.date(2026, 6, 1),
            auteur_id=km.id,
        )
        s.add(m)
        s.flush()
        for handeling, mot in (
            ("opgelegd", "Verwijtbaar gedrag; verlaging volgens de verordening."),
            ("herzien", "De persoon werkt weer mee; de verlaging is herzien."),
        ):
            besluiten.leg_vast(
                s,
                zaak_id=z.id,
                onderwerp="maatregel",
                onderwerp_id=m.id,
                handeling=handeling,
                grondslag="Pw art. 18 lid 2",
                motivering=mot,
                auteur=km,
                gegevens={"status": handeling, "categorie": "categorie_2"},
            )
        T.beeindig(
            s, z, datum=dt.date(2026, 10, 31), reden="werk", versie=z.versie, door=km, vandaag=dt.date(2026, 11, 1)
        )
        s.commit()
        return demo, m.id


def test_maatregel_herziening_en_einde_staan_bij_de_brieven(besluiten_demo):
    demo, mid = besluiten_demo
    c = TestClient(demo.app, raise_server_exceptions=False)
    h = _kop(c, ANDER)
    html = c.get("/mijn", headers=h).text
    with demo.app.state.sessies() as s:
        from balans.zaak.tijdlijn import beeindigingen

        eid = beeindigingen(s, demo.ander)[-1].id
    verwacht = {
        f"/zaken/{demo.ander}/brieven/maatregel/{mid}": "Besluit: uw bijstand wordt lager",
        f"/zaken/{demo.ander}/brieven/herziening/{mid}": "Besluit: uw bijstand wordt niet meer lager",
        f"/zaken/{demo.ander}/brieven/beeindiging/{eid}": "Besluit: uw bijstand stopt",
    }
    for pad, titel in verwacht.items():
        assert f'<a class="utrecht-link" href="{pad}">{titel}</a>' in html, pad
        assert f'href="{pad}.pdf"' in html
        r = c.get(pad, headers=h)
        assert r.status_code == 200 and titel in r.text, pad
    # geen waarschuwing gegeven: die brief staat er niet (hij zou 404 geven)
    assert f"/brieven/waarschuwing/{mid}" not in html
    # Ferd kan ze niet openen
    hf = _kop(c, "inwoner.ferd")
    for pad in verwacht:
        assert c.get(pad, headers=hf).status_code == 404, pad
