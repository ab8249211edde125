# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Eén zaak, één waarheid (issue 14, 'What must hold').

Over elke demo-zaak (1.000) en elke maand: het recht in de berekening ('vastgesteld') is gelijk aan 'recht' in
de maandstaat (de standaardmethode voor elke zaak; alle vier de methoden voor de zaken met werk of een besluit
en een steekproef), en aan het besloten bedrag in de beschikking; met maatwerk, maatregelen en einddatums erin.
Voor een steekproef ook de pagina's en de API zelf: GET …/berekening, GET …/maandstaat?methode=alle, de
zaakpagina, de beschikking en /mijn. En /beleid en /monitoring tellen per maand evenveel zaken met recht.

Wat de besluiten moeten doen (met de hand, uit de wet):
- maatwerk (Pw art. 18 lid 1): het vastgestelde bedrag is het recht in die maand;
- een einde op dag D: over een maand die helemaal na D ligt, is het recht € 0,00 en wordt niets betaald;
- een opgelegde maatregel (Pw art. 18 lid 2): de verlaging zit in het recht (verlaging > 0 in die maand).
"""

from __future__ import annotations

import datetime as dt
import os
import re

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from balans.brieven.beschikking import _context
from balans.geld import als_euro, naar_centen
from balans.maandstaat.grootboek import METHODEN
from balans.maandstaat.uitvoer import sluitend
from balans.participatie.monitoring import monitoring
from balans.uitvoer import MAANDNAMEN
from balans.web.routes import _beschikking_args
from balans.zaak import diensten
from balans.zaak.maatwerk import leg_maatwerk_vast
from balans.zaak import tijdlijn as T
from balans.zaak.db import maak_engine, migreer, sessiemaker
from balans.zaak.demo import WACHTWOORD, vul_demo
from balans.zaak.overzicht import overzicht
from balans.zaak.schema import Feit, Gebruiker, MaatregelZaak, Zaak

PEIL = dt.date(2026, 11, 25)
MAATWERK = [(dt.date(2026, 3, 1), 65000), (dt.date(2026, 7, 1), 0), (dt.date(2026, 12, 1), 141946)]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    pad = tmp_path_factory.mktemp("eenwaarheid") / "b.sqlite3"
    e = maak_engine(f"sqlite:///{pad}")
    migreer(e)
    S = sessiemaker(e)
    besluiten: dict[str, list] = {"maatwerk": [], "einde": []}
    with S() as s:
        vul_demo(s, 1000, peildatum=PEIL)
        lopend = list(
            s.scalars(
                select(Zaak).where(Zaak.einddatum.is_(None), Zaak.ingangsdatum < dt.date(2026, 1, 1)).order_by(Zaak.id)
            )
        )
        kms = {g.id: g for g in s.scalars(select(Gebruiker))}
        # Maatwerk bij drie zaken (ook € 0,00 en een bedrag met centen), een einde midden in het jaar bij drie andere.
        for z, (maand, bedrag) in zip(lopend[:3], MAATWERK):
            leg_maatwerk_vast(
                s,
                z,
                maand=maand,
                vastgesteld=bedrag,
                grondslag="Pw art. 18 lid 1",
                motivering="Bijzondere omstandigheden, besproken in het gesprek.",
                versie=z.versie,
                door=kms[z.klantmanager_id],
            )
            s.commit()
            besluiten["maatwerk"].append((z.id, maand, bedrag))
        for z, einde in zip(lopend[3:6], (dt.date(2026, 2, 25), dt.date(2026, 6, 30), dt.date(2026, 9, 1))):
            T.beeindig(s, z, datum=einde, reden="werk", versie=z.versie, door=kms[z.klantmanager_id], vandaag=PEIL)
            s.commit()
            besluiten["einde"].append((z.id, einde))
    return pad, S, besluiten


def _met_werk(s) -> set[str]:
    return {
        zid
        for zid, sl in s.execute(select(Feit.zaak_id, Feit.sleutel))
        if sl.startswith(("loonstrook/", "verwachting"))
    }


def test_elke_zaak_elke_maand_hetzelfde_recht(db):
    _, S, besluiten = db
    gezien = {"maatwerk": 0, "einde": 0, "maatregel": 0, "alle_methoden": 0}
    with S() as s:
        werk = _met_werk(s)
        met_besluit = {zid for zid, *_ in besluiten["maatwerk"] + besluiten["einde"]}
        met_besluit |= set(
            s.scalars(select(MaatregelZaak.zaak_id).where(MaatregelZaak.status.in_(("opgelegd", "herzien"))))
        )
        zaken = list(s.scalars(select(Zaak).order_by(Zaak.id)))
        assert len(zaken) == 1000
        for n, z in enumerate(zaken):
            t = T.tijdlijn(s, z)
            ber = {
                dt.date.fromisoformat(m["maand"] + "-01"): naar_centen(m["vastgesteld"])
                for m in diensten.berekening_zaak(t, uitleg=False)["maanden"]
            }
            assert ber == t.recht, z.id
            g = t.grootboek()
            methoden = METHODEN if (z.id in werk or z.id in met_besluit or n % 20 == 0) else (g.methode_standaard(),)
            for methode in methoden:
                staat = g.staat(methode)
                assert staat.recht == ber, (z.id, methode)
                assert sluitend(staat), (z.id, methode)
                # Over een maand zonder recht door begin of einde wordt niets betaald.
                assert not [r for b in staat.betalingen for r in b.regels if r.maand and t.buiten(r.maand)], (
                    z.id,
                    methode,
                )
            gezien["alle_methoden"] += len(methoden) == 4
            # De beschikking: het besloten bedrag per maand; maanden zonder bijstand staan er niet in.
            (casus, resultaten), kw = _beschikking_args(s, z, met_betalingen=False)
            ctx = _context(
                resultaten, kw["aan"], kw["kenmerk"], kw["datum"], kw["maanden"], kw["afwijkingen"], afzender=None
            )
            besluit = {r.maand: r.besluit for r in ctx["rijen"]}
            assert besluit == {m: b for m, b in ber.items() if m in besluit}, z.id
            assert all(ber[m] == 0 for m in ber if m not in besluit), z.id
            if any(int(r.uitkomst.verlaging) > 0 for r in t.resultaten(uitleg=False) if not t.buiten(r.maand)):
                gezien["maatregel"] += 1
        for zid, maand, bedrag in besluiten["maatwerk"]:
            t = T.tijdlijn(s, s.get(Zaak, zid))
            assert t.recht[maand] == bedrag
            gezien["maatwerk"] += 1
        for zid, einde in besluiten["einde"]:
            t = T.tijdlijn(s, s.get(Zaak, zid))
            na = [m for m in t.recht if m > einde]
            assert na and all(t.recht[m] == 0 for m in na)
            assert any(t.recht[m] > 0 for m in t.recht if m <= einde)
            gezien["einde"] += 1
    assert gezien["maatwerk"] == 3 and gezien["einde"] == 3 and gezien["maatregel"] >= 5, gezien
    assert gezien["alle_methoden"] >= 60, gezien


def _centen(tekst: str) -> int:
    return naar_centen(tekst.replace("€", "").replace(".", "").replace(",", ".").replace("\xa0", "").strip())


def _maand_uit_tekst(tekst: str) -> str:
    naam, jaar = tekst.strip().split()
    return f"{jaar}-{MAANDNAMEN.index(naam) + 1:02d}"


def _tabel(html: str, begin: str, eind: str) -> dict[str, int]:
    """Uit een stuk HTML: per rij (maand) het bedrag in de laatste cel."""
    stuk = html[html.index(begin) : html.index(eind)]
    uit = {}
    for rij in re.findall(
        r"<tr class=\"utrecht-table__row\"><th scope=\"row\"[^>]*>([^<]+)</th>(.*?)</tr>", stuk, re.S
    ):
        cellen = re.findall(r"<td[^>]*>([^<]*)", rij[1])
        uit[_maand_uit_tekst(rij[0])] = _centen(cellen[-1].split("(")[0])
    return uit


def _brief_per_maand(html: str) -> dict[str, int]:
    """Uit de beschikking: per maand het besloten bedrag ('Januari 2026: € 135,63.'); 'geen bijstand' is 0.

    Alleen de lijst onder 'Wat hebben we besloten?' (de uitleg bij maatwerk noemt de maand nog eens)."""
    uit: dict[str, int] = {}
    stuk = html[html.index("Wat hebben we besloten?") : html.index("Hoe hebben we dit berekend?")]
    for maand, rest in re.findall(r"<li>([A-Z][a-z]+ \d{4}):\s*(.*?)</li>", stuk, re.S):
        bedrag = re.match(r"\s*(€\s?[\d.]+,\d\d)", rest)
        uit.setdefault(_maand_uit_tekst(maand.lower()), _centen(bedrag.group(1)) if bedrag else 0)
    return uit


def _brief_klopt(html: str, ber: dict[str, int], zid: str) -> None:
    """De beschikking noemt elke maand met bijstand met het bedrag van de berekening, en het totaal als er meer
    dan één maand is (met één maand laat de brief 'Samen is dat' terecht weg)."""
    per_maand = _brief_per_maand(html)
    assert {m: b for m, b in ber.items() if b} == {m: b for m, b in per_maand.items() if b}, zid
    assert all(ber.get(m, 0) == 0 for m, b in per_maand.items() if not b), zid
    if len([m for m in per_maand]) > 1 and sum(ber.values()):
        assert f"Samen is dat {als_euro(sum(ber.values()))}" in html, zid


def test_paginas_en_api_voor_een_steekproef(db):
    from balans.app import create_app
    from balans.settings import Settings

    pad, S, besluiten = db
    app = create_app(Settings(database_url=f"sqlite:///{pad}", demo=True, demo_zaken=1000))
    c = TestClient(app, raise_server_exceptions=False)

    def kop(naam: str) -> dict:
        r = c.post("/v1/sessies", json={"gebruikersnaam": naam, "wachtwoord": WACHTWOORD})
        assert r.status_code == 201, r.text
        c.cookies.clear()
        return {"Authorization": f"Bearer {r.json()['token']}"}

    with S() as s:
        ids = [zid for zid, *_ in besluiten["maatwerk"] + besluiten["einde"]]
        ids += list(s.scalars(select(MaatregelZaak.zaak_id).where(MaatregelZaak.status == "opgelegd").limit(3)))
        ids += list(s.scalars(select(Zaak.id).order_by(Zaak.id).limit(4)))
        ferd = s.scalar(select(Zaak).where(Zaak.naam == "Ferd de Wit"))
        ids.append(ferd.id)
        wie = {zid: s.get(Gebruiker, s.get(Zaak, zid).klantmanager_id).gebruikersnaam for zid in ids}
    koppen: dict[str, dict] = {}
    for zid in dict.fromkeys(ids):
        h = koppen.setdefault(wie[zid], kop(wie[zid]))
        ber = {
            m["maand"]: naar_centen(m["vastgesteld"])
            for m in c.get(f"/v1/zaken/{zid}/berekening", headers=h).json()["maanden"]
        }
        staat = c.get(f"/v1/zaken/{zid}/maandstaat", params={"methode": "alle"}, headers=h).json()
        for methode in METHODEN:
            recht = {
                m["maand"]: naar_centen(m["recht"])
                for m in staat["methoden"][methode]["maanden"]
                if m["recht"] is not None
            }
            assert recht == ber, (zid, methode)
        pagina = c.get(f"/zaken/{zid}", headers=h).text
        assert _tabel(pagina, 'id="berekening"', 'id="inkomen"') == ber, zid
        brief = c.get(f"/zaken/{zid}/beschikking", headers=h)
        assert brief.status_code == 200
        _brief_klopt(brief.text, ber, zid)
    # /mijn: Ferd, en een inwoner bij elke zaak met maatwerk of een einde, ziet hetzelfde als de API.
    inwoners = {"inwoner.ferd": ferd.id}
    with S() as s:
        for i, zid in enumerate(zid for zid, *_ in besluiten["maatwerk"] + besluiten["einde"]):
            naam = f"inwoner.proef{i}"
            if not s.scalar(select(Gebruiker).where(Gebruiker.gebruikersnaam == naam)):
                s.add(
                    Gebruiker(
                        gebruikersnaam=naam,
                        naam=naam,
                        rol="inwoner",
                        actief=True,
                        zaak_id=zid,
                        wachtwoord_hash=s.scalar(
                            select(Gebruiker.wachtwoord_hash).where(Gebruiker.gebruikersnaam == "inwoner.ferd")
                        ),
                    )
                )
            inwoners[naam] = zid
        s.commit()
    for naam, zid in inwoners.items():
        _mijn_is_de_maandstaat(c, kop(naam), zid)


def _rijen(html: str, begin: str, eind: str) -> dict[str, list[str]]:
    """Uit een stuk HTML: per rij (maand) de tekst van elke cel (zonder tags)."""
    stuk = html[html.index(begin) : html.index(eind, html.index(begin))]
    uit = {}
    for kop, rij in re.findall(
        r"<tr class=\"utrecht-table__row\"><th scope=\"row\"[^>]*>([^<]+)</th>(.*?)</tr>", stuk, re.S
    ):
        uit[kop.strip()] = [re.sub(r"<[^>]+>", "", c).strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", rij, re.S)]
    return uit


def _mijn_is_de_maandstaat(c, h: dict, zid: str) -> None:
    """/mijn van een inwoner tegen de API van dezelfde zaak: het recht per maand, de hele maand en de volgende
    betaling (de eerste betaaldag vanaf vandaag met geld, in de methode van de gemeente)."""
    api = {m["maand"]: m for m in c.get(f"/v1/zaken/{zid}/berekening", headers=h).json()["maanden"]}
    ber = {k: naar_centen(m["vastgesteld"]) for k, m in api.items()}
    r = c.get("/mijn", headers=h)
    assert r.status_code == 200, zid
    mijn = r.text
    assert _tabel(mijn, "Uw bijstand per maand", "Hoe is dit berekend?") == ber, zid
    # De hele maand: de bijstand is het recht, het inkomen is dat van de berekening vóór de vrijlating, en 'Samen'
    # telt de kolommen op (een streepje: de toeslagen van dat jaar kent balans niet).
    hele = _rijen(mijn, "De hele maand: inkomen, bijstand en toeslagen</caption>", "</table>")
    assert len(hele) == len(ber), zid
    for maand_naam, cellen in hele.items():
        m = _maand_uit_tekst(maand_naam)
        status, inkomen, bijstand, *toeslagen, samen = cellen
        assert status in ("Vastgesteld", "Verwachting")
        assert _centen(bijstand) == ber[m], (zid, m)
        assert _centen(inkomen) == naar_centen(api[m]["middelen"]) + naar_centen(api[m]["vrijlating"]), (zid, m)
        assert _centen(samen) == _centen(inkomen) + _centen(bijstand) + sum(_centen(t) for t in toeslagen if t != "–")
    staat = c.get(f"/v1/zaken/{zid}/maandstaat", headers=h).json()
    betalingen = staat["methoden"][staat["methode_standaard"]]["betalingen"]
    vandaag = dt.date.today().isoformat()
    volgende = next((b for b in betalingen if b["datum"] >= vandaag and b["bedrag"] != "0.00"), None)
    getoond = re.search(r'id="volgende-betaling"(?: data-datum="([^"]+)" data-bedrag="([^"]+)")?', mijn)
    assert getoond is not None, zid
    assert getoond.groups() == ((volgende["datum"], volgende["bedrag"]) if volgende else (None, None)), zid
    if volgende:
        assert f"krijgt u <strong>{als_euro(naar_centen(volgende['bedrag']))}</strong>" in mijn, zid


def test_beleid_en_monitoring_tellen_hetzelfde(db):
    pad, S, _ = db
    with S() as s:
        beleid = {m: recht for m, _, recht, _ in overzicht(s)["maanden"]}
        mon = monitoring(s, vandaag=PEIL)
    bestand = next(t for t in mon["tabellen"] if t["code"] == "bestand")
    monitor = {r["code"]: r["waarden"]["totaal"] for r in bestand["rijen"]}
    gedeeld = sorted(set(beleid) & set(monitor))
    assert len(gedeeld) >= 11, gedeeld
    assert {m: beleid[m] for m in gedeeld} == {m: monitor[m] for m in gedeeld}
    # en de getallen zijn niet triviaal: honderden zaken, en na een einde telt een zaak niet meer mee
    assert all(beleid[m] > 500 for m in gedeeld)


def _client(pad) -> TestClient:
    from balans.app import create_app
    from balans.settings import Settings

    return TestClient(
        create_app(Settings(database_url=f"sqlite:///{pad}", demo=True, demo_zaken=1000)), raise_server_exceptions=False
    )


def _kop(c: TestClient, naam: str) -> dict:
    r = c.post("/v1/sessies", json={"gebruikersnaam": naam, "wachtwoord": WACHTWOORD})
    assert r.status_code == 201, r.text
    c.cookies.clear()
    return {"Authorization": f"Bearer {r.json()['token']}"}


def test_paginas_beleid_en_monitoring_tonen_hetzelfde_aantal(db):
    """Niet alleen de functies: wat de beleidsmedewerker op /beleid en /monitoring leest, telt per maand even
    veel zaken met recht (de pagina's rekenen met vandaag; we vergelijken de maanden die beide tonen)."""
    pad, S, _ = db
    c = _client(pad)
    h = _kop(c, "beleid.de.vries")
    beleid = c.get("/beleid", headers=h)
    assert beleid.status_code == 200
    per_maand = {
        _maand_uit_tekst(m): int(cellen[1])
        for m, cellen in _rijen(beleid.text, "Bijstand per maand over alle zaken</caption>", "</table>").items()
    }
    mon = c.get("/monitoring", headers=h)
    assert mon.status_code == 200
    with S() as s:
        m = monitoring(s)
    totaal = [k["code"] for k in m["kolommen"]].index("totaal")
    bestand = next(t for t in m["tabellen"] if t["code"] == "bestand")
    code_van = {r["label"]: r["code"] for r in bestand["rijen"]}
    tabel = _rijen(mon.text, f"{bestand['titel']}, naar leeftijd", "</table>")
    op_monitoring = {code_van[label]: int(cellen[totaal]) for label, cellen in tabel.items()}
    gedeeld = sorted(set(per_maand) & set(op_monitoring))
    assert len(gedeeld) >= 11, (sorted(per_maand), sorted(op_monitoring))
    assert {k: per_maand[k] for k in gedeeld} == {k: op_monitoring[k] for k in gedeeld}
    assert all(per_maand[k] > 500 for k in gedeeld)


@pytest.mark.volledig
@pytest.mark.skipif(
    os.environ.get("BALANS_VOLLEDIG") != "1",
    reason="de hele set (1.000 zaken x API, pagina's en /mijn) duurt minuten; draai met "
    "BALANS_VOLLEDIG=1 pytest -m volledig tests/zaak/test_een_waarheid.py",
)
def test_volledig_elke_zaak_via_api_paginas_en_mijn(db):
    """Wat de steekproef hierboven doet, voor elke demo-zaak: GET …/berekening = 'recht' in GET
    …/maandstaat?methode=alle (alle vier de methoden) = de zaakpagina = de beschikking = /mijn van een inwoner
    bij die zaak."""
    pad, S, _ = db
    c = _client(pad)
    with S() as s:
        zaken = list(s.scalars(select(Zaak).order_by(Zaak.id)))
        assert len(zaken) == 1000
        wie = {z.id: s.get(Gebruiker, z.klantmanager_id).gebruikersnaam for z in zaken if z.klantmanager_id}
        inwoners = {
            g.zaak_id: g.gebruikersnaam
            for g in s.scalars(select(Gebruiker).where(Gebruiker.rol == "inwoner", Gebruiker.zaak_id.is_not(None)))
        }
        hash_ = s.scalar(select(Gebruiker.wachtwoord_hash).where(Gebruiker.gebruikersnaam == "inwoner.ferd"))
        for z in zaken:
            if z.id not in inwoners:
                naam = f"inwoner.{z.id[:8]}"
                s.add(
                    Gebruiker(
                        gebruikersnaam=naam, naam=naam, rol="inwoner", actief=True, zaak_id=z.id, wachtwoord_hash=hash_
                    )
                )
                inwoners[z.id] = naam
        s.commit()
    koppen: dict[str, dict] = {}
    for z in zaken:
        if z.id not in wie:
            continue  # zonder klantmanager ziet niemand de zaakpagina; /mijn hieronder wel
        h = koppen.setdefault(wie[z.id], _kop(c, wie[z.id]))
        ber = {
            m["maand"]: naar_centen(m["vastgesteld"])
            for m in c.get(f"/v1/zaken/{z.id}/berekening", headers=h).json()["maanden"]
        }
        staat = c.get(f"/v1/zaken/{z.id}/maandstaat", params={"methode": "alle"}, headers=h).json()
        for methode in METHODEN:
            recht = {
                m["maand"]: naar_centen(m["recht"])
                for m in staat["methoden"][methode]["maanden"]
                if m["recht"] is not None
            }
            assert recht == ber, (z.id, methode)
        assert _tabel(c.get(f"/zaken/{z.id}", headers=h).text, 'id="berekening"', 'id="inkomen"') == ber, z.id
        brief = c.get(f"/zaken/{z.id}/beschikking", headers=h)
        assert brief.status_code == 200, z.id
        _brief_klopt(brief.text, ber, z.id)
    for z in zaken:
        _mijn_is_de_maandstaat(c, _kop(c, inwoners[z.id]), z.id)
