# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""De aanvraag via de API: melding -> stappen -> indienen (ook onvolledig) -> klantmanager maakt de zaak.

Plus de verkorte aanvraag (Pw art. 43a: binnen 12 maanden na het einde van de bijstand), de rollen, en
inloggen met DigiD (OIDC) zonder zaak: dan naar /aanvraag, met het BSN alleen in aanvraag.bsn.
"""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from balans.casus.laden import uit_data
from balans.participatie import aanvraag as A
from balans.zaak import repository as R
from balans.zaak.schema import Aanvraag, Besluit, Gebruiker, Verwerking, Zaak
from balans.zaak.verwerkingen import Spoor
from tests.api.conftest import maak_app, token

BSN = "123456782"  # verzonnen; komt in geen demo-zaak voor


def nieuwe_inwoner(app, gebruikersnaam: str, bsn: str | None = None) -> int:
    """Een inwoner zonder zaak, met het wachtwoord van de demo (zelfde hash); met bsn zoals na DigiD."""
    with app.state.sessies() as s:
        hash_ = s.scalar(select(Gebruiker.wachtwoord_hash).where(Gebruiker.gebruikersnaam == "inwoner.ferd"))
        g = Gebruiker(
            gebruikersnaam=gebruikersnaam,
            naam=f"Inwoner {gebruikersnaam}",
            rol="inwoner",
            wachtwoord_hash=hash_,
            actief=True,
        )
        s.add(g)
        s.flush()
        if bsn:
            A.onthoud_bsn(s, g, bsn, Spoor.uit_header(None))  # wat oidc.py doet bij inloggen met DigiD
        s.commit()
        return g.id


def oude_zaak(app, bsn: str, einddatum: dt.date) -> str:
    """Een beëindigde zaak met een bekend huishouden en vermogen, om de verkorte aanvraag te toetsen."""
    casus = uit_data(
        {
            "naam": "Vorige bijstand",
            "periode": {"van": "2024-01", "tot": "2024-12"},
            "huishouden": {
                "aanvrager": {"geboortedatum": "1980-01-15"},
                "partner": {"geboortedatum": "1982-02-20"},
                "kinderen": [{"geboortedatum": "2015-05-05"}],
            },
            "vermogen": {"bezittingen": "1500.00", "schulden": "200.00"},
        }
    )
    with app.state.sessies() as s:
        km = s.scalar(select(Gebruiker).where(Gebruiker.gebruikersnaam == "km.bakker"))
        z = R.maak_zaak(s, naam="Vorige bijstand", casus=casus, klantmanager_id=km.id, door=km.id, bsn=bsn)
        z.ingangsdatum, z.einddatum, z.einde_reden = dt.date(2024, 1, 1), einddatum, "werk"
        s.commit()
        return z.id


def put(client, kop, a: dict, stap: str, invoer: dict):
    return client.put(
        f"/v1/aanvragen/{a['id']}/stappen/{stap}", json=invoer, headers={**kop, "If-Match": f'"{a["versie"]}"'}
    )


def test_volledige_aanvraag_tot_zaak(app, client):
    nieuwe_inwoner(app, "inwoner.nieuw", BSN)
    kop = token(client, "inwoner.nieuw")
    r = client.post("/v1/aanvragen", headers=kop)
    assert r.status_code == 201, r.text
    a = r.json()
    assert r.headers["Location"] == f"/v1/aanvragen/{a['id']}" and r.headers["ETag"] == '"1"'
    vandaag = dt.date.today()
    assert a["meldingsdatum"] == vandaag.isoformat()  # de dag van melding telt (Pw art. 44)
    assert a["verkort"] is False and a["bsnBekend"] is True and BSN not in r.text

    r = put(client, kop, a, "persoon", {"geboortedatum": "15-05-1985", "telefoon": "06 12345678"})
    assert r.status_code == 200, r.text
    a = r.json()
    assert a["gegevens"]["persoon"]["geboortedatum"] == "1985-05-15" and r.headers["ETag"] == '"2"'
    r = put(
        client,
        kop,
        a,
        "woonsituatie",
        {"partner": True, "partner_geboortedatum": "1987-03-04", "kinderen": ["2019-06-01"], "medebewoners": []},
    )
    assert r.status_code == 200, r.text
    a = r.json()
    # een partner: samen aanvragen of met schriftelijke toestemming (Pw art. 43 lid 2) staat als waarschuwing
    assert any("art. 43 lid 2" in w["tekst"] for w in a["waarschuwingen"])
    r = put(
        client,
        kop,
        a,
        "inkomen",
        {"heeft_inkomen": True, "inkomsten": [{"soort": "arbeid", "netto": "350,50", "van": "partner"}]},
    )
    assert r.status_code == 200, r.text
    a = r.json()
    assert a["gegevens"]["inkomen"]["inkomsten"] == [{"soort": "arbeid", "netto": "350.50", "van": "partner"}]

    # vermogen overgeslagen: versturen lukt toch, met de waarschuwing erbij (Awb art. 4:5)
    r = client.post(f"/v1/aanvragen/{a['id']}/_indienen", headers={**kop, "If-Match": f'"{a["versie"]}"'})
    assert r.status_code == 200, r.text
    ingediend = r.json()
    assert ingediend["status"] == "ingediend" and ingediend["ingediendOp"]
    assert {(w["stap"], w["veld"]) for w in ingediend["waarschuwingen"]} >= {("vermogen", "vermogen")}
    assert "4:5" in ingediend["hersteltermijn"]
    # de inwoner kan na versturen niets meer veranderen
    assert put(client, kop, ingediend, "vermogen", {"bezittingen": "0"}).status_code == 409

    km = token(client, "km.jansen")
    lijst = client.get("/v1/aanvragen", headers=km).json()["_embedded"]["aanvragen"]
    assert [x["id"] for x in lijst] == [a["id"]]
    r = client.post(f"/v1/aanvragen/{a['id']}/_behandelen", headers={**km, "If-Match": '"4"'})
    assert r.status_code == 412  # de versie is 5 (start 1, drie stappen, indienen)
    r = client.post(f"/v1/aanvragen/{a['id']}/_behandelen", headers={**km, "If-Match": r.headers["ETag"]})
    assert r.status_code == 200, r.text
    assert r.json()["status"] == "in_behandeling"
    # de klantmanager vult aan wat ontbrak (na de hersteltermijn)
    r = put(client, km, r.json(), "vermogen", {"bezittingen": "800,00", "schulden": "0", "eigen_woning": False})
    assert r.status_code == 200, r.text
    r = client.post(f"/v1/aanvragen/{a['id']}/_toekennen", headers={**km, "If-Match": r.headers["ETag"]}, json={})
    assert r.status_code == 201, r.text
    zaak_id = r.json()["id"]
    assert r.headers["Location"] == f"/v1/zaken/{zaak_id}"
    assert r.json()["ingangsdatum"] == vandaag.isoformat()  # Pw art. 44 lid 1: niet voor de melding

    zaak = client.get(f"/v1/zaken/{zaak_id}", headers=km)
    assert zaak.status_code == 200, zaak.text
    with app.state.sessies() as s:
        z = s.get(Zaak, zaak_id)
        assert z.ingangsdatum == vandaag and z.bsn == BSN and z.klantmanager_id is not None
        casus = R.casus_van(s, z)
        h = casus.huishouden
        assert h.aanvrager.geboortedatum == dt.date(1985, 5, 15)
        assert h.partner is not None and h.partner.geboortedatum == dt.date(1987, 3, 4)
        assert [k.geboortedatum for k in h.kinderen] == [dt.date(2019, 6, 1)] and h.medebewoners == []
        assert casus.vermogen.bezittingen == 80000  # € 800,00 in centen
        # periode: de meldingsmaand en 11 maanden erna (12 maanden)
        assert casus.periode.van == dt.date(vandaag.year, vandaag.month, 1)
        eind = vandaag.year * 12 + vandaag.month - 1 + 11
        assert casus.periode.tot == dt.date(eind // 12, eind % 12 + 1, 1)
        assert casus.verrekening.melding == vandaag
        # het verwachte inkomen van de partner staat in elke maand: € 350,50
        mi = casus.maanden[casus.periode.van]
        assert [(i.soort, i.netto, i.van) for i in mi.inkomsten] == [("arbeid", 35050, "partner")]
        inwoner = s.scalar(select(Gebruiker).where(Gebruiker.gebruikersnaam == "inwoner.nieuw"))
        assert inwoner.zaak_id == zaak_id
        stappen = [
            b.handeling
            for b in s.scalars(
                select(Besluit)
                .where(Besluit.onderwerp == "aanvraag", Besluit.onderwerp_id == a["id"])
                .order_by(Besluit.id)
            )
        ]
        assert stappen == ["ingediend", "in_behandeling", "toegekend"]
        logregels = s.scalars(select(Verwerking).where(Verwerking.verwerkingsactiviteit.like("%aanvraag"))).all()
        assert len(logregels) >= 8 and all(BSN not in (v.gegevens or "") for v in logregels)
    # nu ziet de inwoner de eigen zaak
    assert client.get(f"/v1/zaken/{zaak_id}", headers=kop).status_code == 200


def test_vormfout_geeft_400_met_het_veld_en_schrijft_niets(app, client):
    nieuwe_inwoner(app, "inwoner.fout")
    kop = token(client, "inwoner.fout")
    a = client.post("/v1/aanvragen", headers=kop).json()
    r = put(client, kop, a, "persoon", {"geboortedatum": "31-02-1990"})
    assert r.status_code == 400 and r.headers["content-type"].startswith("application/problem+json")
    assert r.json()["invalidParams"][0]["name"] == "geboortedatum"
    r = put(client, kop, a, "inkomen", {"heeft_inkomen": True, "inkomsten": [{"soort": "arbeid", "netto": "-5"}]})
    assert r.status_code == 400 and r.json()["invalidParams"][0]["name"] == "inkomsten[1].netto"
    assert put(client, kop, a, "onbekend", {}).status_code == 404
    r = client.put(f"/v1/aanvragen/{a['id']}/stappen/persoon", json={}, headers=kop)
    assert r.status_code == 428
    assert client.get(f"/v1/aanvragen/{a['id']}", headers=kop).json()["versie"] == 1  # niets geschreven


def test_zonder_bsn_vraagt_om_identificatie(app, client):
    nieuwe_inwoner(app, "inwoner.zonder")
    kop = token(client, "inwoner.zonder")
    a = client.post("/v1/aanvragen", headers=kop).json()
    assert any(w["veld"] == "bsn" and "art. 17 lid 3" in w["tekst"] for w in a["waarschuwingen"])
    # nog een keer starten: dezelfde aanvraag (200), geen tweede
    r = client.post("/v1/aanvragen", headers=kop)
    assert r.status_code == 200 and r.json()["id"] == a["id"]


@pytest.mark.parametrize("maanden_geleden, verkort", [(11, True), (13, False)])
def test_verkorte_aanvraag_binnen_12_maanden(app, client, maanden_geleden, verkort):
    vandaag = dt.date.today()
    vorige = oude_zaak(app, BSN, A.maanden_terug(vandaag, maanden_geleden))
    nieuwe_inwoner(app, "inwoner.terug", BSN)
    kop = token(client, "inwoner.terug")
    r = client.post("/v1/aanvragen", headers=kop)
    assert r.status_code == 201, r.text
    a = r.json()
    assert a["verkort"] is verkort
    if not verkort:
        assert a["vorigeZaakId"] is None and "woonsituatie" not in a["gegevens"]
        return
    assert a["vorigeZaakId"] == vorige
    # overgenomen uit de vorige zaak (zie oude_zaak): partner 20-02-1982, één kind 05-05-2015, € 1.500 en € 200
    assert a["gegevens"]["woonsituatie"] == {
        "partner": True,
        "partner_geboortedatum": "1982-02-20",
        "kinderen": ["2015-05-05"],
        "medebewoners": [],
    }
    assert a["gegevens"]["vermogen"]["bezittingen"] == "1500.00" and a["gegevens"]["vermogen"]["schulden"] == "200.00"
    assert a["gegevens"]["persoon"]["geboortedatum"] == "1980-01-15"
    assert {w["stap"] for w in a["waarschuwingen"] if "nog klopt" in w["tekst"]} == {"woonsituatie", "vermogen"}
    # de webpagina's zeggen het ook: op de start en bij de stap zelf
    assert "verkorte aanvraag" in client.get("/aanvraag", headers=kop).text
    stap = client.get(f"/aanvraag/{a['id']}/woonsituatie", headers=kop)
    assert stap.status_code == 200 and "Deze gegevens komen uit uw vorige bijstand" in stap.text
    assert 'value="20-02-1982"' in stap.text  # de partner van toen, zoals mensen een datum schrijven
    # na bevestigen is de controle-waarschuwing voor die stap weg
    r = put(client, kop, a, "vermogen", {"bezittingen": "1500.00", "schulden": "200.00", "eigen_woning": False})
    assert r.status_code == 200, r.text
    nu = client.get(f"/v1/aanvragen/{a['id']}", headers=kop).json()
    assert {w["stap"] for w in nu["waarschuwingen"] if "nog klopt" in w["tekst"]} == {"woonsituatie"}
    # de klantmanager moet de hergebruikte gegevens controleren voor hij de zaak maakt (Pw art. 43a lid 2)
    r = client.post(f"/v1/aanvragen/{a['id']}/_indienen", headers={**kop, "If-Match": r.headers["ETag"]})
    km = token(client, "km.bakker")
    r = client.post(f"/v1/aanvragen/{a['id']}/_behandelen", headers={**km, "If-Match": r.headers["ETag"]})
    assert r.status_code == 200, r.text
    etag = r.headers["ETag"]
    r = client.post(f"/v1/aanvragen/{a['id']}/_toekennen", headers={**km, "If-Match": etag}, json={})
    assert r.status_code == 400 and r.json()["invalidParams"][0]["name"] == "gegevens_geverifieerd"
    r = client.post(
        f"/v1/aanvragen/{a['id']}/_toekennen", headers={**km, "If-Match": etag}, json={"gegevensGeverifieerd": True}
    )
    assert r.status_code == 201, r.text


def test_precies_12_maanden_is_nog_verkort():
    # Pw art. 43a: "binnen twaalf maanden"; de grens zelf telt mee. 31 maart min 1 maand: 28/29 februari.
    assert A.maanden_terug(dt.date(2026, 11, 25), 12) == dt.date(2025, 11, 25)
    assert A.maanden_terug(dt.date(2026, 3, 31), 1) == dt.date(2026, 2, 28)
    assert A.maanden_terug(dt.date(2024, 3, 31), 1) == dt.date(2024, 2, 29)


def test_rollen(app, client):
    nieuwe_inwoner(app, "inwoner.een")
    nieuwe_inwoner(app, "inwoner.twee")
    een, twee = token(client, "inwoner.een"), token(client, "inwoner.twee")
    a = client.post("/v1/aanvragen", headers=een).json()
    assert client.get(f"/v1/aanvragen/{a['id']}", headers=twee).status_code == 404
    assert put(client, twee, a, "persoon", {}).status_code == 404
    km = token(client, "km.jansen")
    # een concept is van de inwoner: de klantmanager ziet en wijzigt het niet
    assert client.get(f"/v1/aanvragen/{a['id']}", headers=km).status_code == 404
    assert put(client, km, a, "persoon", {"geboortedatum": "1990-01-01"}).status_code == 404
    assert client.get("/v1/aanvragen", headers=km).json()["totaal"] == 0
    # de inwoner neemt zijn eigen aanvraag niet in behandeling
    r = client.post(f"/v1/aanvragen/{a['id']}/_behandelen", headers={**een, "If-Match": '"1"'})
    assert r.status_code == 403
    for naam in ("beleid.de.vries", "beheer.admin"):
        assert client.get("/v1/aanvragen", headers=token(client, naam)).status_code == 403
    # wie al bijstand heeft, begint geen nieuwe aanvraag
    assert client.post("/v1/aanvragen", headers=token(client, "inwoner.ferd")).status_code == 409
    # opgepakt door km.jansen: km.bakker ziet haar niet meer
    r = client.post(f"/v1/aanvragen/{a['id']}/_indienen", headers={**een, "If-Match": '"1"'})
    assert r.status_code == 200
    assert client.get(f"/v1/aanvragen/{a['id']}", headers=token(client, "km.bakker")).status_code == 200
    # het oude pad (API 1.0.0, met een streepje) werkt nog, met Deprecation en een Link naar de opvolger
    r = client.post(f"/v1/aanvragen/{a['id']}/_in-behandeling", headers={**km, "If-Match": r.headers["ETag"]})
    assert r.status_code == 200
    assert r.headers["Deprecation"].startswith("@")
    assert r.headers["Link"] == f'</v1/aanvragen/{a["id"]}/_behandelen>; rel="successor-version"'
    assert client.get(f"/v1/aanvragen/{a['id']}", headers=token(client, "km.bakker")).status_code == 404


def test_afwijzen_vraagt_een_motivering(app, client):
    nieuwe_inwoner(app, "inwoner.af")
    kop = token(client, "inwoner.af")
    a = client.post("/v1/aanvragen", headers=kop).json()
    r = client.post(f"/v1/aanvragen/{a['id']}/_indienen", headers={**kop, "If-Match": '"1"'})
    km = token(client, "km.jansen")
    r = client.post(f"/v1/aanvragen/{a['id']}/_behandelen", headers={**km, "If-Match": r.headers["ETag"]})
    etag = r.headers["ETag"]
    r = client.post(f"/v1/aanvragen/{a['id']}/_afwijzen", headers={**km, "If-Match": etag}, json={"motivering": "nee"})
    assert r.status_code == 400 and r.json()["invalidParams"][0]["name"] == "motivering"
    # zonder geboortedatum kan de zaak niet gemaakt worden: 400 met het veld om aan te vullen
    r = client.post(f"/v1/aanvragen/{a['id']}/_toekennen", headers={**km, "If-Match": etag}, json={})
    assert r.status_code == 400 and r.json()["invalidParams"][0]["name"] == "persoon.geboortedatum"
    motivering = "Het vermogen is hoger dan de vermogensgrens van art. 34 lid 3."
    r = client.post(
        f"/v1/aanvragen/{a['id']}/_afwijzen", headers={**km, "If-Match": etag}, json={"motivering": motivering}
    )
    assert r.status_code == 200 and r.json()["status"] == "afgewezen"
    with app.state.sessies() as s:
        b = s.scalars(select(Besluit).where(Besluit.onderwerp_id == a["id"], Besluit.handeling == "afgewezen")).one()
        assert b.motivering == motivering and b.auteur_id is not None


# --- inloggen met DigiD (OIDC) zonder zaak ------------------------------------------------------


@pytest.fixture(scope="module")
def provider():
    from tests.api.test_oidc import NepProvider

    with NepProvider() as p:
        yield p


def test_digid_zonder_zaak_gaat_naar_de_aanvraag(tmp_path, provider):
    from tests.api.test_oidc import CLIENT_ID, _inloggen

    app = maak_app(
        tmp_path,
        oidc_issuer=provider.url,
        oidc_client_id=CLIENT_ID,
        oidc_client_secret="geheim",
        oidc_redirect_uri="http://testserver/inloggen/oidc/terug",
    )
    client = TestClient(app, raise_server_exceptions=False, follow_redirects=False)
    bsn = "999990019"
    with app.state.sessies() as s:
        assert s.scalar(select(Zaak).where(Zaak.bsn == bsn)) is None
    r = _inloggen(
        client,
        {
            "sub": f"digid-{uuid.uuid4()}",
            "bsn": bsn,
            "name": "A. Nieuw",
            "acr": "http://eidas.europa.eu/LoA/substantial",
        },
        provider,
    )
    assert r.status_code == 303 and r.headers["location"] == "/aanvraag"
    assert bsn not in r.headers["location"]
    start = client.get("/aanvraag")
    assert start.status_code == 200 and bsn not in start.text
    with app.state.sessies() as s:
        g = s.scalar(select(Gebruiker).where(Gebruiker.naam == "A. Nieuw"))
        assert g.rol == "inwoner" and g.zaak_id is None
        a = s.scalar(select(Aanvraag).where(Aanvraag.gebruiker_id == g.id))
        assert a.bsn == bsn and a.status == "concept" and a.meldingsdatum is None  # nog geen melding
        assert all(bsn not in (v.gegevens or "") for v in s.scalars(select(Verwerking)))
    # de melding via de API: dezelfde aanvraag, nu met meldingsdatum
    csrf = client.get("/aanvraag").text.split('name="csrf" value="')[1].split('"')[0]
    r = client.post("/v1/aanvragen", headers={"X-CSRF-Token": csrf})
    assert r.status_code == 201, r.text
    assert r.json()["id"] == a.id and r.json()["bsnBekend"] is True
    # niveau substantieel: de identiteit staat vast (Pw art. 17 lid 3), dus geen waarschuwing daarover
    assert not [w for w in r.json()["waarschuwingen"] if w["veld"] in ("bsn", "identificatie")]


def test_digid_op_een_lager_niveau_vraagt_een_identiteitsbewijs(tmp_path, provider):
    from tests.api.test_oidc import CLIENT_ID, _inloggen

    app = maak_app(
        tmp_path,
        oidc_issuer=provider.url,
        oidc_client_id=CLIENT_ID,
        oidc_client_secret="geheim",
        oidc_redirect_uri="http://testserver/inloggen/oidc/terug",
    )
    client = TestClient(app, raise_server_exceptions=False, follow_redirects=False)
    r = _inloggen(
        client,
        {"sub": "digid-laag", "bsn": "999990027", "name": "B. Basis", "acr": "http://eidas.europa.eu/LoA/low"},
        provider,
    )
    assert r.status_code == 303 and r.headers["location"] == "/aanvraag"
    csrf = client.get("/aanvraag").text.split('name="csrf" value="')[1].split('"')[0]
    a = client.post("/v1/aanvragen", headers={"X-CSRF-Token": csrf}).json()
    assert [w["veld"] for w in a["waarschuwingen"] if "art. 17 lid 3" in w["tekst"]] == ["identificatie"]
