# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Inloggen via OIDC tegen een nep-provider die echt over HTTP praat (discovery, authorize, token, JWKS).

De provider controleert PKCE zoals een echte; het ID-token is met RS256 ondertekend. De tests tonen:
een DigiD-inwoner ziet de eigen zaak, een medewerker krijgt de rol uit de claim, en een verkeerde
state, nonce, handtekening of rol geeft een melding en géén sessie.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
import time
from urllib.parse import parse_qs, urlencode, urlparse

import httpx
import pytest
from fastapi import FastAPI, Form
from fastapi.responses import JSONResponse, RedirectResponse
from fastapi.testclient import TestClient
from joserfc import jwt
from joserfc.jwk import KeySet, RSAKey
from sqlalchemy import select

from balans.zaak.toegang import COOKIE
from balans.zaak.schema import Gebruiker, Verwerking, Zaak
from tests.api.conftest import maak_app
from tests.hulp.netwerk import uvicorn_in_draad, vrije_poort

CLIENT_ID = "balans-test"


class NepProvider:
    def __init__(self):
        self.sleutel = RSAKey.generate_key(2048, parameters={"kid": "k1", "alg": "RS256", "use": "sig"})
        self.ander = RSAKey.generate_key(2048, parameters={"kid": "k1", "alg": "RS256", "use": "sig"})
        self.claims: dict = {}
        self.knoeien: dict = {}  # bv. {"nonce": "fout"} of {"sleutel": "ander"}
        self.codes: dict[str, dict] = {}
        self.app = self._app()
        self.poort = vrije_poort()
        self.url = f"http://127.0.0.1:{self.poort}"

    def _app(self) -> FastAPI:
        app = FastAPI()

        @app.get("/.well-known/openid-configuration")
        def config():
            return {
                "issuer": self.url,
                "authorization_endpoint": f"{self.url}/authorize",
                "token_endpoint": f"{self.url}/token",
                "jwks_uri": f"{self.url}/jwks",
                "response_types_supported": ["code"],
                "code_challenge_methods_supported": ["S256"],
            }

        @app.get("/jwks")
        def jwks():
            return KeySet([self.sleutel]).as_dict(private=False)

        @app.get("/authorize")
        def authorize(
            client_id: str,
            redirect_uri: str,
            state: str,
            nonce: str,
            code_challenge: str,
            code_challenge_method: str,
            response_type: str,
            scope: str,
        ):
            assert client_id == CLIENT_ID and response_type == "code" and "openid" in scope.split()
            assert code_challenge_method == "S256"
            code = secrets.token_urlsafe(16)
            self.codes[code] = {"nonce": nonce, "challenge": code_challenge, "redirect_uri": redirect_uri}
            return RedirectResponse(f"{redirect_uri}?{urlencode({'code': code, 'state': state})}", status_code=302)

        @app.post("/token")
        def token(
            code: str = Form(),
            code_verifier: str = Form(),
            client_id: str = Form(),
            redirect_uri: str = Form(),
            grant_type: str = Form(),
            client_secret: str = Form(""),
        ):
            c = self.codes.pop(code, None)
            berekend = base64.urlsafe_b64encode(hashlib.sha256(code_verifier.encode()).digest()).rstrip(b"=").decode()
            if c is None or berekend != c["challenge"] or redirect_uri != c["redirect_uri"] or client_id != CLIENT_ID:
                return JSONResponse({"error": "invalid_grant"}, status_code=400)
            nu = int(time.time())
            claims = {"iss": self.url, "aud": CLIENT_ID, "iat": nu, "exp": nu + 300, "nonce": c["nonce"], **self.claims}
            claims.update({k: v for k, v in self.knoeien.items() if k != "sleutel"})
            sleutel = self.ander if self.knoeien.get("sleutel") == "ander" else self.sleutel
            id_token = jwt.encode({"alg": "RS256", "kid": "k1"}, claims, sleutel)
            return {"access_token": "x", "token_type": "Bearer", "expires_in": 300, "id_token": id_token}

        return app

    def __enter__(self):
        self._draaien = uvicorn_in_draad(self.app, self.poort, log_level="error")
        self._draaien.__enter__()
        return self

    def __exit__(self, *uitzondering):
        return self._draaien.__exit__(*uitzondering)


@pytest.fixture(scope="module")
def provider():
    with NepProvider() as p:
        yield p


@pytest.fixture
def omgeving(tmp_path, provider):
    provider.claims, provider.knoeien = {}, {}
    app = maak_app(
        tmp_path,
        oidc_issuer=provider.url,
        oidc_client_id=CLIENT_ID,
        oidc_client_secret="geheim",
        oidc_redirect_uri="http://testserver/inloggen/oidc/terug",
    )
    return app, TestClient(app, raise_server_exceptions=False, follow_redirects=False)


def _inloggen(
    client: TestClient, claims: dict, provider: NepProvider, knoeien: dict | None = None, terug: str = ""
) -> httpx.Response:
    provider.claims, provider.knoeien = claims, knoeien or {}
    r = client.get("/inloggen/oidc" + (f"?terug={terug}" if terug else ""))
    assert r.status_code == 303, r.text
    naar = r.headers["location"]
    assert naar.startswith(provider.url + "/authorize?")
    r2 = httpx.get(naar, follow_redirects=False)  # de browser bij de provider
    assert r2.status_code == 302, r2.text
    terug_url = urlparse(r2.headers["location"])
    assert terug_url.path == "/inloggen/oidc/terug"
    return client.get(f"/inloggen/oidc/terug?{terug_url.query}")


def _bsn_van_een_zaak(app) -> tuple[str, str]:
    with app.state.sessies() as s:
        z = s.scalars(select(Zaak).where(Zaak.bsn.is_not(None))).first()
        return z.bsn, z.id


def test_digid_inwoner_ziet_de_eigen_zaak(omgeving, provider):
    app, client = omgeving
    bsn, zaak_id = _bsn_van_een_zaak(app)
    r = _inloggen(client, {"sub": "digid-123", "bsn": bsn, "name": "F. de Vries"}, provider)
    assert r.status_code == 303 and r.headers["location"] == "/mijn"
    assert bsn not in r.headers["location"] and COOKIE in client.cookies
    mijn = client.get("/mijn")
    assert mijn.status_code == 200 and "Mijn bijstand" in mijn.text
    with app.state.sessies() as s:
        g = s.scalar(select(Gebruiker).where(Gebruiker.oidc_sub.is_not(None)))
        assert g.rol == "inwoner" and g.zaak_id == zaak_id and g.wachtwoord_hash is None
        assert "digid-123" not in g.oidc_sub  # gehasht met de issuer
        log = s.scalars(select(Verwerking).where(Verwerking.naam == "inloggen.koppelen")).all()
        assert [v.zaak_id for v in log] == [zaak_id] and all(bsn not in (v.gegevens or "") for v in log)
    # tweede keer: dezelfde gebruiker, geen nieuwe
    client.cookies.clear()
    assert _inloggen(client, {"sub": "digid-123", "bsn": bsn}, provider).status_code == 303
    with app.state.sessies() as s:
        assert len(s.scalars(select(Gebruiker).where(Gebruiker.oidc_sub.is_not(None))).all()) == 1


def test_medewerker_krijgt_de_rol_uit_de_claim(omgeving, provider):
    _, client = omgeving
    r = _inloggen(client, {"sub": "km-77", "balans_rol": ["medewerker", "klantmanager"]}, provider, terug="/zaken")
    assert r.status_code == 303 and r.headers["location"] == "/zaken"
    assert client.get("/zaken").status_code == 200
    assert client.get("/beheer").status_code == 403


@pytest.mark.parametrize(
    "knoeien, melding",
    [
        ({"nonce": "van-een-andere-poging"}, "bewijs van de inlogdienst klopt niet"),
        ({"aud": "een-andere-app"}, "bewijs van de inlogdienst klopt niet"),
        ({"exp": 1_000_000}, "bewijs van de inlogdienst klopt niet"),
        ({"sleutel": "ander"}, "bewijs van de inlogdienst klopt niet"),
        ({"balans_rol": "superuser"}, "geen rol in balans"),
    ],
)
def test_fout_token_geeft_een_melding_en_geen_sessie(omgeving, provider, knoeien, melding):
    _, client = omgeving
    r = _inloggen(client, {"sub": "x-1"}, provider, knoeien)
    assert r.status_code == 400 and melding in r.text
    assert COOKIE not in client.cookies and "Traceback" not in r.text


def test_state_moet_uit_deze_browser_komen(omgeving, provider):
    app, client = omgeving
    client.get("/inloggen/oidc")  # zet het cookie met de echte state
    r = client.get("/inloggen/oidc/terug?code=abc&state=van-een-aanvaller")
    assert r.status_code == 400 and "Begin opnieuw" in r.text and COOKIE not in client.cookies
    ander = TestClient(app, raise_server_exceptions=False, follow_redirects=False)  # geen cookie
    start = parse_qs(urlparse(client.get("/inloggen/oidc").headers["location"]).query)
    r = ander.get(f"/inloggen/oidc/terug?code=abc&state={start['state'][0]}")
    assert r.status_code == 400


def test_uit_zonder_instelling(tmp_path):
    client = TestClient(maak_app(tmp_path), raise_server_exceptions=False, follow_redirects=False)
    assert client.get("/inloggen/oidc").status_code == 404
    assert "/inloggen/oidc" not in client.get("/inloggen").text


def test_knop_op_de_inlogpagina(omgeving):
    _, client = omgeving
    assert 'href="/inloggen/oidc"' in client.get("/inloggen").text


def test_een_vreemde_host_kopregel_kiest_de_terugweg_niet(omgeving, provider):
    """Issue 17 punt 5: de redirect_uri komt uit de instellingen, nooit uit Host of X-Forwarded-Host."""
    _, client = omgeving
    r = client.get("/inloggen/oidc", headers={"Host": "aanvaller.example", "X-Forwarded-Host": "aanvaller.example"})
    assert r.status_code in (302, 303, 307), r.text[:300]
    assert parse_qs(urlparse(r.headers["location"]).query)["redirect_uri"] == ["http://testserver/inloggen/oidc/terug"]
    assert "aanvaller" not in r.headers["location"]


def test_oidc_zonder_redirect_uri_stuurt_niemand_weg(tmp_path, provider):
    app = maak_app(tmp_path, oidc_issuer=provider.url, oidc_client_id=CLIENT_ID, oidc_client_secret="geheim")
    r = TestClient(app, raise_server_exceptions=False, follow_redirects=False).get(
        "/inloggen/oidc", headers={"Host": "aanvaller.example"}
    )
    assert r.status_code == 503 and "BALANS_OIDC_REDIRECT_URI" in r.text and "location" not in r.headers
