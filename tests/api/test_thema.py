# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Het thema van de gemeente (NL Design System-tokens en naam) komt uit de instellingen, niet uit de sjablonen."""

from fastapi.testclient import TestClient

from balans.cli import main
from balans.settings import Settings
from tests.api.conftest import maak_app

TOKENS = ".denhaag-theme { --utrecht-document-color: #1a1a1a; }\n"


def test_eigen_thema_op_elke_pagina(tmp_path):
    css = tmp_path / "tokens.css"
    css.write_text(TOKENS)
    client = TestClient(maak_app(tmp_path, thema_klasse="denhaag-theme", thema_css=css, gemeente="Den Haag"))
    for pad in ("/", "/rekenhulp", "/inloggen", "/bestaat-niet"):
        html = client.get(pad).text
        assert '<html lang="nl" class="denhaag-theme">' in html, pad
        assert '<link rel="stylesheet" href="/static/thema/tokens.css">' in html, pad
        assert "Gemeente Den Haag." in html, pad
    r = client.get("/static/thema/tokens.css")
    assert r.status_code == 200 and r.text == TOKENS and r.headers["content-type"].startswith("text/css")


def test_zonder_thema_de_standaard(tmp_path):
    client = TestClient(maak_app(tmp_path))
    html = client.get("/").text
    assert '<html lang="nl" class="utrecht-theme">' in html and "/static/thema/" not in html
    assert client.get("/static/thema/tokens.css").status_code == 404


def test_fout_thema_geeft_een_melding(tmp_path):
    assert "BALANS_THEMA_KLASSE" in Settings(thema_klasse='x" onload="', data_dir=tmp_path).thema_fout()
    assert "BALANS_THEMA_CSS" in Settings(thema_css=tmp_path / "weg.css", data_dir=tmp_path).thema_fout()
    assert Settings(data_dir=tmp_path).thema_fout() is None


def test_serve_weigert_een_fout_thema(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("BALANS_THEMA_CSS", str(tmp_path / "weg.css"))
    assert main(["serve", "--data-dir", str(tmp_path), "--port", "8799"]) == 2
    assert "BALANS_THEMA_CSS" in capsys.readouterr().err
