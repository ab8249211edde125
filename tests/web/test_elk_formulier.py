# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Issue 17 punt 4: gegenereerde waarden in elk webformulier geven nooit een 5xx.

De test leest de formulieren zoals een browser ze krijgt: hij haalt de pagina's op met elke rol, zoekt elk
<form method="post"> met zijn velden (het CSRF-token blijft staan) en stuurt er met hypothesis rare waarden in:
te grote getallen, niet-ASCII-cijfers, datums buiten het bereik, lege en lange teksten, nulbytes. Daarna kijkt
hij na dat elke POST-route van de web-laag zo een formulier had; komt er een route bij die in geen pagina staat,
dan faalt de test tot die hier genoemd is. Wat er wel en niet wordt opgeslagen, toetsen de browsertests per
formulier (tests/web/test_zaak_formulieren.py en verder).
"""

from __future__ import annotations

import importlib
import os
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from balans.zaak.demo import WACHTWOORD
from tests.web.conftest import inwoner_zonder_zaak
from tests.web.mijn_hulp import maak_demo

WEB = (
    "routes",
    "aanvraag",
    "beheer",
    "beleid",
    "brieven",
    "caseload",
    "historie",
    "maatregelen",
    "mijn",
    "participatie",
    "rekenhulp",
    "kenmerken_formulier",
)
# Geen formulier op een pagina: de OIDC-stappen (tests/api/test_oidc.py) en uitloggen, dat de sessie van deze
# test zou beëindigen (tests/api/test_veiligheid.py, met een extra kopregel).
NIET_HIER = re.compile(r"^/inloggen/oidc|^/uitloggen$")

RAAR = st.one_of(
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
    st.sampled_from(
        [
            "²",
            "٣",
            "٢٠٢٦-٠١",
            "00",
            "-1",
            "1e999",
            "NaN",
            "Infinity",
            "9999-12",
            "0001-01-01",
            "9999-12-31",
            "2026-02-30",
            "2026-13",
            "1.419,46",
            "€ 1.000.000,00",
            "0,001",
            "",
            " ",
            "\x00",
            "a\x00b",
            "<script>",
            "' OR 1=1 --",
            "x" * 5000,
        ]
    ),
    st.text(max_size=40),
    st.dates().map(lambda d: d.isoformat()),
)


@dataclass
class Formulier:
    actie: str
    velden: dict[str, str] = field(default_factory=dict)  # naam -> waarde zoals de pagina die geeft


class _Lezer(HTMLParser):
    def __init__(self, pad: str):
        super().__init__()
        self.pad, self.formulieren, self._huidig = pad, [], None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and (a.get("method") or "get").lower() == "post":
            self._huidig = Formulier(a.get("action") or self.pad)
            self.formulieren.append(self._huidig)
        elif self._huidig is not None and tag in ("input", "select", "textarea") and a.get("name"):
            if a.get("type") in ("checkbox", "radio") and a["name"] in self._huidig.velden:
                return
            self._huidig.velden[a["name"]] = a.get("value") or ""

    def handle_endtag(self, tag):
        if tag == "form":
            self._huidig = None


def _formulieren(client: TestClient, pad: str) -> list[Formulier]:
    r = client.get(pad)
    assert r.status_code == 200, (pad, r.status_code)
    lezer = _Lezer(pad.split("?")[0])
    lezer.feed(r.text)
    return lezer.formulieren


def _post_routes() -> dict[str, re.Pattern]:
    uit = {}
    for naam in WEB:
        for r in importlib.import_module(f"balans.web.{naam}").router.routes:
            if "POST" in (getattr(r, "methods", None) or ()) and not NIET_HIER.search(r.path):
                uit[r.path] = r.path_regex
    return uit


def _ingelogd(app, gebruikersnaam: str) -> TestClient:
    c = TestClient(app, raise_server_exceptions=False, follow_redirects=False)
    r = c.post("/v1/sessies", json={"gebruikersnaam": gebruikersnaam, "wachtwoord": WACHTWOORD})
    assert r.status_code == 201, r.text
    return c


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from balans.zaak.schema import Gebruiker, Zaak

    d = maak_demo(tmp_path_factory.mktemp("elk-formulier") / "b.sqlite3")
    with d.app.state.sessies() as s:
        inwoner_zonder_zaak(s, "inwoner.nieuw", "Nina Nieuw")
        inwoner_zonder_zaak(s, "inwoner.twee", "Tom Twee")
        inwoner_zonder_zaak(s, "inwoner.drie", "Daan Drie")
        km = s.get(Gebruiker, s.get(Zaak, d.ferd).klantmanager_id)
        s.commit()
        return d, km.gebruikersnaam, km.id


def _eigenschap(client: TestClient, f: Formulier, namen: list[str]):
    @settings(
        max_examples=int(os.environ.get("BALANS_FORMULIER_VOORBEELDEN", "6")),
        deadline=None,
        suppress_health_check=list(HealthCheck),
        database=None,
    )
    @given(waarden=st.fixed_dictionaries({n: RAAR for n in namen}))
    def eigenschap(waarden):
        data = {**f.velden, **waarden}
        r = client.post(f.actie, data=data)
        assert r.status_code < 500, (f.actie, data, r.status_code, r.text[:300])

    return eigenschap


def test_gegenereerde_waarden_in_elk_webformulier_geven_nooit_5xx(demo):
    d, km, km_id = demo
    app = d.app

    def api(gebruikersnaam: str) -> TestClient:
        c = TestClient(app)
        c.headers["Authorization"] = (
            "Bearer "
            + c.post("/v1/sessies", json={"gebruikersnaam": gebruikersnaam, "wachtwoord": WACHTWOORD}).json()["token"]
        )
        c.cookies.clear()
        return c

    aanvraag = api("inwoner.nieuw").post("/v1/aanvragen").json()
    # Een ingediende aanvraag van een ander: de formulieren voor de klantmanager die een aanvraag behandelt.
    twee = api("inwoner.twee")
    ingediend = twee.post("/v1/aanvragen").json()["id"]
    r = twee.post(
        f"/v1/aanvragen/{ingediend}/_indienen",
        headers={"If-Match": twee.get(f"/v1/aanvragen/{ingediend}").headers["ETag"]},
    )
    assert r.status_code == 200, r.text
    # Zaken in elke stand waarin een pagina een ander formulier toont: maatregelen gemeld, gehoord en opgelegd;
    # een plan in concept en een vastgesteld plan.
    kma = api(km)
    zaak = f"/v1/zaken/{d.ferd}"
    melding = {
        "categorie": "categorie_2",
        "signaal_datum": "2026-10-20",
        "gedraging": "Niet naar de afspraak met de jobcoach gekomen.",
    }
    horen = {"soort": "horen", "wijze": "gesprek", "datum": "2026-10-22", "zienswijze": "Ik was het vergeten."}
    beslis = {
        "soort": "beoordelen",
        "verwijtbaar": True,
        "dringende_redenen": False,
        "ingang": "2026-12",
        "motivering": "U had de afspraak schriftelijk gekregen.",
    }
    for stappen in ([], [horen], [horen, beslis]):
        r = kma.post(zaak + "/maatregelen", json=melding)
        assert r.status_code == 201, r.text
        for stap in stappen:
            r = kma.post(r.headers["Location"] + "/stappen", headers={"If-Match": r.headers["ETag"]}, json=stap)
            assert r.status_code == 201, r.text
    for vaststellen in (False, True):
        r = kma.post(
            zaak + "/plannen",
            json={
                "doelen": ["Werk vinden"],
                "van": "2026-03-01",
                "afspraken": "Elke week twee sollicitaties en een gesprek.",
                "evaluatie": "2026-09-01",
            },
        )
        assert r.status_code == 201, r.text
        if vaststellen:
            r = kma.post(
                r.headers["Location"] + "/_vaststellen",
                headers={"If-Match": r.headers["ETag"]},
                json={"motivering": "Samen besproken; de persoon is het ermee eens."},
            )
            assert r.status_code == 200, r.text
    paginas = {
        None: ["/", "/rekenhulp", "/inloggen"],
        "inwoner.drie": ["/aanvraag"],
        "inwoner.nieuw": ["/aanvraag", "/wachtwoord"]
        + [f"/aanvraag/{aanvraag['id']}/{s['code']}" for s in aanvraag["stappen"]],
        "inwoner.ferd": ["/mijn", "/mijn/participatie", "/mijn/beschikking"],
        km: [
            "/zaken",
            "/caseload",
            "/aanvragen",
            f"/aanvragen/{ingediend}",
            f"/zaken/{d.ferd}",
            f"/zaken/{d.ferd}/beschikking",
            f"/zaken/{d.ferd}/historie",
            f"/zaken/{d.ferd}/maatregelen",
            f"/zaken/{d.ferd}/participatie",
        ],
        "beheer.admin": ["/beheer", f"/beheer/gebruikers/{km_id}", "/beheer/zaken", f"/beheer/zaken?van={km_id}"],
        "beleid.de.vries": ["/beleid", "/beleid/doorrekening", "/monitoring"],
    }
    # Eerst alle formulieren verzamelen, dan pas posten: een post kan een formulier van een andere pagina doen
    # verdwijnen (een plan vastgesteld, een maatregel opgelegd).
    te_posten: list[tuple[TestClient, Formulier]] = []
    for wie, paden in paginas.items():
        client = (
            TestClient(app, raise_server_exceptions=False, follow_redirects=False)
            if wie is None
            else _ingelogd(app, wie)
        )
        gezien = set()
        for pad in paden:
            for f in _formulieren(client, pad):
                sleutel = (f.actie, tuple(sorted(f.velden)))
                if sleutel not in gezien:
                    gezien.add(sleutel)
                    te_posten.append((client, f))
    assert len(te_posten) >= 20, [f.actie for _, f in te_posten]

    for client, f in te_posten:
        namen = sorted(n for n in f.velden if n != "csrf")
        if not namen:
            continue

        _eigenschap(client, f, namen)()
        # Ook: elk veld leeg en elk veld weg (een browser zonder HTML-controle, een ingekort verzoek).
        for data in (
            {n: "" for n in f.velden if n != "csrf"} | {"csrf": f.velden.get("csrf", "")},
            {"csrf": f.velden.get("csrf", "")},
        ):
            r = client.post(f.actie, data=data)
            assert r.status_code < 500, (f.actie, data, r.status_code, r.text[:300])

    acties = {f.actie.split("?")[0] for _, f in te_posten}
    zonder = sorted(p for p, rx in _post_routes().items() if not any(rx.match(a) for a in acties))
    assert zonder == [], f"POST-routes zonder formulier in deze test: {zonder}"
