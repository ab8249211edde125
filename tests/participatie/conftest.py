# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Gedeelde opzet: een verse database met demo-gebruikers, klantmanager km.jansen en een zaak van hem
(alleenstaande, geboren 1 mei 1988, januari tot en met juni 2026, zonder inkomen)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from balans.casus.laden import uit_data
from balans.zaak import repository as R
from balans.zaak.schema import Gebruiker
from tests.api.conftest import maak_app

ALLEENSTAANDE = {
    "naam": "Test",
    "periode": {"van": "2026-01", "tot": "2026-06"},
    "huishouden": {"aanvrager": {"geboortedatum": "1988-05-01"}},
}


@pytest.fixture
def s(tmp_path):
    app = maak_app(tmp_path)
    sessie = app.state.sessies()
    yield sessie
    sessie.close()


@pytest.fixture
def km(s):
    return s.scalar(select(Gebruiker).where(Gebruiker.gebruikersnaam == "km.jansen"))


@pytest.fixture
def zaak(s, km):
    z = R.maak_zaak(s, naam="Test", casus=uit_data(ALLEENSTAANDE, "t"), klantmanager_id=km.id, door=km.id)
    s.commit()
    return z
