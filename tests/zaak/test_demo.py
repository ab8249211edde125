# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Demo-database: vast (zelfde zaadje en peildatum, zelfde inhoud), snel, en met realistische verhoudingen."""

from __future__ import annotations

import datetime as dt
import time
from collections import Counter

import pytest
from sqlalchemy import func, select

from balans.participatie.monitoring import duurband
from balans.zaak.db import maak_engine, migreer, sessiemaker
from balans.zaak.demo import vul_demo
from balans.zaak.repository import casus_van
from balans.zaak.schema import Activiteit, Besluit, Gebruiker, MaatregelZaak, Ontheffing, Plan, Zaak

PEIL = dt.date(2026, 11, 25)


def _db(tmp_path, naam, n):
    e = maak_engine(f"sqlite:///{tmp_path / naam}")
    migreer(e)
    S = sessiemaker(e)
    t = time.perf_counter()
    with S() as s:
        vul_demo(s, n, peildatum=PEIL)
    return S, time.perf_counter() - t


def _inhoud(S) -> dict:
    with S() as s:
        return {
            "zaken": [
                (z.id, z.naam, z.bsn, z.klantmanager_id, z.ingangsdatum, z.einddatum, z.einde_reden)
                for z in s.scalars(select(Zaak).order_by(Zaak.id))
            ],
            "gebruikers": [(g.gebruikersnaam, g.naam, g.rol, g.zaak_id) for g in s.scalars(select(Gebruiker))],
            "ontheffingen": s.execute(
                select(Ontheffing.zaak_id, Ontheffing.soort, Ontheffing.reden, Ontheffing.herbeoordeling).order_by(
                    Ontheffing.id
                )
            ).all(),
            "maatregelen": s.execute(
                select(
                    MaatregelZaak.zaak_id, MaatregelZaak.status, MaatregelZaak.categorie, MaatregelZaak.percentage_bp
                ).order_by(MaatregelZaak.id)
            ).all(),
            "besluiten": s.execute(
                select(
                    Besluit.onderwerp, Besluit.onderwerp_id, Besluit.handeling, Besluit.motivering, Besluit.auteur_id
                ).order_by(Besluit.id)
            ).all(),
        }


def test_zelfde_zaadje_zelfde_database_en_ferd_blijft(tmp_path):
    a, _ = _db(tmp_path, "a.sqlite3", 12)
    b, _ = _db(tmp_path, "b.sqlite3", 12)
    assert _inhoud(a) == _inhoud(b)
    with a() as s:
        ferd = s.scalar(select(Gebruiker).where(Gebruiker.gebruikersnaam == "inwoner.ferd"))
        zaak = s.get(Zaak, ferd.zaak_id)
        jansen = s.scalar(select(Gebruiker).where(Gebruiker.gebruikersnaam == "km.jansen"))
        assert zaak.naam == "Ferd de Wit" and zaak.klantmanager_id == jansen.id
        assert zaak.ingangsdatum == dt.date(2026, 9, 1)  # begin van zijn periode (ferd-maandstaat.yaml)
        assert casus_van(s, zaak).periode.van == dt.date(2026, 9, 1)
        assert s.scalar(select(func.count()).select_from(Gebruiker)) == 5  # 12 zaken: alleen de vijf accounts
        assert s.scalar(select(func.count()).where(Zaak.ingangsdatum.is_(None))) == 0


def test_duizend_zaken_verhoudingen(tmp_path):
    # De snelheid (doel: 1.000 zaken in minder dan 5 s) meet benchmarks/demo.py, niet een test met een klok.
    S, _ = _db(tmp_path, "groot.sqlite3", 1000)
    with S() as s:
        zaken = list(s.scalars(select(Zaak)))
        kms = list(s.scalars(select(Gebruiker).where(Gebruiker.rol == "klantmanager")))
        assert len(zaken) == 1000 and 20 <= len(kms) <= 24
        lopend = [z for z in zaken if z.einddatum is None]
        per_km = Counter(z.klantmanager_id for z in lopend)
        binnen = [k for k in kms if 40 <= per_km[k.id] <= 50]
        boven = [k for k in kms if per_km[k.id] > 50]
        assert len(boven) == 2 and len(binnen) == len(kms) - 2
        assert {g.gebruikersnaam for g in kms} >= {"km.jansen", "km.bakker"}
        # ongeveer de helft 5 jaar of langer (ESB/CBS): 40-60%
        vijf = sum(duurband(z.ingangsdatum, PEIL) == "5_jaar_of_langer" for z in lopend)
        assert 0.40 <= vijf / len(lopend) <= 0.60
        uit = [z for z in zaken if z.einddatum is not None]
        assert 30 <= len(uit) <= 120 and all(z.einde_reden and z.einddatum <= PEIL for z in uit)
        assert all(z.einddatum > z.ingangsdatum for z in uit)
        assert s.scalar(select(func.count()).select_from(Ontheffing).where(Ontheffing.soort == "duurzaam")) > 20
        tijdelijk = list(
            s.scalars(select(Ontheffing).where(Ontheffing.soort == "tijdelijk", Ontheffing.status == "actief"))
        )
        assert any(PEIL <= o.herbeoordeling <= PEIL + dt.timedelta(days=30) for o in tijdelijk)  # binnenkort
        assert any(o.herbeoordeling < PEIL for o in tijdelijk)  # te laat
        codes = set(s.scalars(select(Activiteit.instrument)))
        assert codes >= {
            "loonkostensubsidie",
            "beschut_werk",
            "jobcoach",
            "participatieplaats",
            "sociale_activering",
            "scholing",
            "taal",
            "basisbaan",
            "vrijwilligerswerk",
            "mantelzorg",
            "eigen_initiatief",
        }
        assert s.scalar(select(func.count()).select_from(Plan)) > 300
        statussen = Counter(s.scalars(select(MaatregelZaak.status)))
        assert set(statussen) >= {"signaal", "gehoord", "opgelegd", "afgezien"}
        # Diemen 2015: 5%, 30% of 100%
        assert set(s.scalars(select(MaatregelZaak.percentage_bp).where(MaatregelZaak.percentage_bp.isnot(None)))) <= {
            500,
            3000,
            10000,
        }
        # elk besluit: auteur is de klantmanager van de zaak, motivering van minstens 20 tekens
        km_van = {z.id: z.klantmanager_id for z in zaken}
        for b in s.scalars(select(Besluit)):
            assert b.auteur_id == km_van[b.zaak_id] and len(b.motivering) >= 20 and b.grondslag
        # deeltijdwerk: Divosa 8% per maand; in de demo 6-12% met loon in de peilmaand
        from balans.participatie.monitoring import monitoring

        assert 6.0 <= monitoring(s, vandaag=PEIL)["kerncijfers"]["aandeelMetWerkProcent"] <= 12.0
        mid = set(s.scalars(select(MaatregelZaak.id)))
        assert {int(i) for i in s.scalars(select(Besluit.onderwerp_id).where(Besluit.onderwerp == "maatregel"))} == mid


@pytest.mark.parametrize("n", [1, 2])
def test_heel_klein(tmp_path, n):
    S, _ = _db(tmp_path, f"k{n}.sqlite3", n)
    with S() as s:
        assert s.scalar(select(func.count()).select_from(Zaak)) == n
