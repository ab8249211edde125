# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Issue 14: zoeken in /zaken met meer dan 100 tekens geeft een melding bij het veld, niet de algemene foutpagina."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import func, select

from balans.zaak.schema import Verwerking
from tests.api.conftest import maak_app
from balans.zaak.demo import WACHTWOORD


def test_te_lange_zoektekst_geeft_een_melding_bij_het_veld(tmp_path):
    app = maak_app(tmp_path)
    web = TestClient(app, raise_server_exceptions=False)
    assert web.post("/v1/sessies", json={"gebruikersnaam": "km.jansen", "wachtwoord": WACHTWOORD}).status_code == 201
    lang = "Jansen" + "x" * 95  # 101 tekens
    r = web.get("/zaken", params={"naam": lang})
    assert r.status_code == 400
    assert 'id="naam-fout"' in r.text and "hoogstens 100 tekens; u typte er 101" in r.text
    assert f'value="{lang}"' in r.text and 'aria-invalid="true"' in r.text
    assert "Mijn zaken" in r.text  # de gewone pagina, met de lijst, niet de foutpagina
    with app.state.sessies() as s:
        assert s.scalar(select(func.count()).select_from(Verwerking).where(Verwerking.naam == "zaken.zoeken")) == 0
    r = web.get("/zaken", params={"naam": "x" * 100})
    assert r.status_code == 200 and 'id="naam-fout"' not in r.text
