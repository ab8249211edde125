# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Beheer in de opslag (zaak/gebruikers.py), op SQLite en PostgreSQL: de migratie op een bestaande database,
deactiveren (inloggen en sessies), rol, wachtwoordherstel, toewijzen, en dat alles in het besluitenlog staat
zonder BSN of wachtwoord."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import inspect, select, text

from balans.zaak import gebruikers as GB
from balans.zaak.db import maak_engine, migreer
from balans.zaak.schema import Besluit, Gebruiker, Sessie, Zaak
from tests.api.conftest import maak_app, token


def test_migratie_op_een_bestaande_database(database_url):
    """Een database op 0002 met een gebruiker erin krijgt de kolom, met 'nee' voor wie er al was."""
    engine = maak_engine(database_url)
    migreer(engine, "0002")
    with engine.begin() as c:
        c.execute(
            text(
                "INSERT INTO gebruiker (gebruikersnaam, naam, rol, actief, aangemaakt) "
                "VALUES ('oud', 'Oude Gebruiker', 'klantmanager', true, CURRENT_TIMESTAMP)"
            )
        )
    assert "wachtwoord_wijzigen" not in {k["name"] for k in inspect(engine).get_columns("gebruiker")}
    migreer(engine)
    with engine.connect() as c:
        rij = c.execute(text("SELECT wachtwoord_wijzigen FROM gebruiker WHERE gebruikersnaam = 'oud'")).one()
        versie = c.execute(text("SELECT version_num FROM alembic_version")).scalar()
    assert rij[0] in (False, 0)
    assert versie == "0004"  # de nieuwste migratie (0004: logboek)
    engine.dispose()


@pytest.fixture
def app(database_url, tmp_path):
    return maak_app(tmp_path, database_url)


def _g(s, naam: str) -> Gebruiker:
    return s.scalar(select(Gebruiker).where(Gebruiker.gebruikersnaam == naam))


def test_deactiveren_beeindigt_sessies_en_inloggen(app):
    client = TestClient(app, raise_server_exceptions=False)
    kop = token(client, "km.bakker")
    assert client.get("/v1/zaken", headers=kop).status_code == 200
    with app.state.sessies() as s:
        assert GB.zet_actief(s, _g(s, "km.bakker"), False, _g(s, "beheer.admin")) == 1
        s.commit()
        assert s.scalars(select(Sessie).where(Sessie.gebruiker_id == _g(s, "km.bakker").id)).all() == []
    assert client.get("/v1/zaken", headers=kop).status_code == 401
    r = client.post("/v1/sessies", json={"gebruikersnaam": "km.bakker", "wachtwoord": "demo-wachtwoord-2026"})
    assert r.status_code == 401
    with app.state.sessies() as s:
        GB.zet_actief(s, _g(s, "km.bakker"), True, _g(s, "beheer.admin"))
        s.commit()
        log = [(b.handeling, b.auteur_id) for b, _ in GB.log_van(s, _g(s, "km.bakker").id)]
        assert log == [("geactiveerd", _g(s, "beheer.admin").id), ("gedeactiveerd", _g(s, "beheer.admin").id)]
    assert token(client, "km.bakker")


def test_niet_zichzelf_buitensluiten(app):
    with app.state.sessies() as s:
        zelf = _g(s, "beheer.admin")
        for actie in (
            lambda: GB.zet_actief(s, zelf, False, zelf),
            lambda: GB.wijzig_rol(s, zelf, "klantmanager", zelf),
            lambda: GB.herstel_wachtwoord(s, zelf, zelf),
        ):
            with pytest.raises(GB.BeheerFout):
                actie()
        s.rollback()
        assert _g(s, "beheer.admin").actief and _g(s, "beheer.admin").rol == "beheerder"


def test_rol_van_klantmanager_met_zaken_pas_na_verdelen(app):
    with app.state.sessies() as s:
        bakker, jansen, admin = _g(s, "km.bakker"), _g(s, "km.jansen"), _g(s, "beheer.admin")
        zaken = [z.id for z in s.scalars(select(Zaak).where(Zaak.klantmanager_id == bakker.id))]
        assert zaken
        with pytest.raises(GB.BeheerFout, match=f"nog {len(zaken)} zaken"):
            GB.wijzig_rol(s, bakker, "beleidsmedewerker", admin)
        GB.wijs_toe(s, zaken, jansen.id, admin)
        GB.wijzig_rol(s, bakker, "beleidsmedewerker", admin)
        s.commit()
        assert _g(s, "km.bakker").rol == "beleidsmedewerker"
        assert {z.klantmanager_id for z in s.scalars(select(Zaak).where(Zaak.id.in_(zaken)))} == {jansen.id}
        toew = s.scalars(select(Besluit).where(Besluit.onderwerp == "toewijzing")).all()
        assert {b.zaak_id for b in toew} == set(zaken)
        assert all(b.gegevens == {"van": bakker.id, "naar": jansen.id, "aantal_tegelijk": len(zaken)} for b in toew)


def test_toewijzen_alles_of_niets(app):
    with app.state.sessies() as s:
        bakker, jansen, admin = _g(s, "km.bakker"), _g(s, "km.jansen"), _g(s, "beheer.admin")
        een = s.scalars(select(Zaak.id).where(Zaak.klantmanager_id == bakker.id)).first()
        al_van_jansen = s.scalars(select(Zaak.id).where(Zaak.klantmanager_id == jansen.id)).first()
        with pytest.raises(GB.BeheerFout) as e:
            GB.wijs_toe(s, [een, al_van_jansen], jansen.id, admin)
        assert e.value.veld == "naar"
        with pytest.raises(GB.BeheerFout) as e:
            GB.wijs_toe(s, [een, "bestaat-niet"], jansen.id, admin)
        assert e.value.veld == "zaken"
        with pytest.raises(GB.BeheerFout) as e:
            GB.wijs_toe(s, [een], _g(s, "beleid.de.vries").id, admin)
        assert e.value.veld == "naar"
        s.rollback()
        assert s.get(Zaak, een).klantmanager_id == bakker.id
        assert s.scalars(select(Besluit).where(Besluit.onderwerp == "toewijzing")).all() == []


def test_wachtwoordherstel_dwingt_een_nieuw_wachtwoord_af(app):
    client = TestClient(app, raise_server_exceptions=False)
    with app.state.sessies() as s:
        eenmalig = GB.herstel_wachtwoord(s, _g(s, "km.jansen"), _g(s, "beheer.admin"))
        s.commit()
    assert (
        client.post(
            "/v1/sessies", json={"gebruikersnaam": "km.jansen", "wachtwoord": "demo-wachtwoord-2026"}
        ).status_code
        == 401
    )
    r = client.post("/v1/sessies", json={"gebruikersnaam": "km.jansen", "wachtwoord": eenmalig})
    assert r.status_code == 201
    kop = {"Authorization": f"Bearer {r.json()['token']}"}
    client.cookies.clear()
    r = client.get("/v1/zaken", headers=kop)
    assert r.status_code == 403 and "nieuw wachtwoord" in r.json()["detail"]
    with app.state.sessies() as s:
        g = _g(s, "km.jansen")
        with pytest.raises(GB.Fouten) as e:
            GB.wijzig_wachtwoord(s, g, huidig=eenmalig, nieuw="kort", herhaal="kort", sessie_id="x")
        assert set(e.value.fouten) == {"nieuw"}
        GB.wijzig_wachtwoord(
            s, g, huidig=eenmalig, nieuw="een eigen lange zin 2026", herhaal="een eigen lange zin 2026", sessie_id="x"
        )
        s.commit()
        log = s.scalars(select(Besluit).where(Besluit.onderwerp == "gebruiker")).all()
        tekst = json.dumps([(b.motivering, b.gegevens) for b in log])
        assert eenmalig not in tekst and "een eigen lange zin" not in tekst
        bsns = [b for b in s.scalars(select(Zaak.bsn)) if b]
        assert not any(b in tekst for b in bsns)
    assert client.get("/v1/zaken", headers=kop).status_code == 401  # de sessie met het eenmalige is beëindigd
    r = client.post("/v1/sessies", json={"gebruikersnaam": "km.jansen", "wachtwoord": "een eigen lange zin 2026"})
    assert r.status_code == 201
