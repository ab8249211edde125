# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Logboek Dataverwerkingen 1.0 (issue 18 punt 6), op SQLite en PostgreSQL.

Wat de standaard vraagt (Logius, sections/03-specificaties; besluit 'geen gebruikers in logregels'):
- geen identificerende gegevens over gebruikers in de logregel; wie het deed staat in een apart auditlog,
  te koppelen via trace_id/span_id;
- dpl.core.data_subject_id versleuteld (hier: HMAC-SHA256 met een geheime sleutel), met een type;
- een binnenkomende W3C traceparent als foreign_operation, met een eigen nieuwe trace;
- tijden met tijdzone; eigen attributen in de namespace dpl. (hier dpl.balans.*).
En: de migratie werkt op een bestaande database (de gebruiker van oude regels gaat naar het auditlog).
"""

from __future__ import annotations

import hashlib
import hmac
import re

import pytest
from sqlalchemy import inspect, select, text
from sqlalchemy.exc import DBAPIError

from balans.zaak import verwerkingen as V
from balans.zaak.db import maak_engine, migreer, sessiemaker
from balans.zaak.schema import Audit, Gebruiker, LogboekSleutel, Verwerking

EXTERN = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"


def _oude_database(url: str):
    """Een database op migratie 0002 met twee oude logregels (met gebruiker en rol erin)."""
    e = maak_engine(url)
    migreer(e, "0002")
    with e.begin() as c:
        c.execute(
            text(
                "INSERT INTO zaak (id, naam, bsn, status, aangemaakt, bijgewerkt, versie) VALUES "
                "('z-1', 'A. Voorbeeld', NULL, 'lopend', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)"
            )
        )
        c.execute(
            text(
                "INSERT INTO gebruiker (id, gebruikersnaam, naam, rol, actief, aangemaakt) VALUES "
                "(7, 'km.oud', 'K. Oud', 'klantmanager', TRUE, CURRENT_TIMESTAMP)"
            )
        )
        for span, gebruiker, rol in (("1111111111111111", 7, "klantmanager"), ("2222222222222222", None, None)):
            c.execute(
                text(
                    "INSERT INTO verwerking (trace_id, span_id, naam, handeling, start_time, end_time, status_code, "
                    "verwerkingsactiviteit, grondslag, gebruiker_id, rol, zaak_id, gegevens) VALUES "
                    "('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', :span, 'zaak.lezen', 'lezen', CURRENT_TIMESTAMP, "
                    "CURRENT_TIMESTAMP, 'OK', 'urn:balans:verwerkingsactiviteit:zaak-behandelen', 'Pw art. 7', "
                    ":g, :r, 'z-1', 'huishouden')"
                ),
                {"span": span, "g": gebruiker, "r": rol},
            )
    return e


def test_migratie_op_een_bestaande_database(database_url):
    e = _oude_database(database_url)
    migreer(e)
    kolommen = {k["name"] for k in inspect(e).get_columns("verwerking")}
    assert not {"gebruiker_id", "rol"} & kolommen, kolommen
    assert {"foreign_trace_id", "foreign_span_id", "foreign_entity"} <= kolommen
    with sessiemaker(e)() as s:
        assert len(s.scalars(select(Verwerking)).all()) == 2  # geen regel kwijt
        (a,) = s.scalars(select(Audit)).all()  # alleen de regel met een gebruiker
        assert (a.trace_id, a.span_id, a.gebruiker_id, a.rol) == (
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "1111111111111111",
            7,
            "klantmanager",
        )
        assert [(n, r) for _, n, r in V.van_zaak(s, "z-1")] == [(None, None), ("K. Oud", "klantmanager")]
        assert len(s.scalar(select(LogboekSleutel.sleutel))) == 64
    # alleen toevoegen blijft gelden, ook voor het auditlog
    for tabel in ("verwerking", "audit"):
        with pytest.raises(DBAPIError), e.begin() as c:
            c.execute(text(f"UPDATE {tabel} SET naam = 'x'"))
        with pytest.raises(DBAPIError), e.begin() as c:
            c.execute(text(f"DELETE FROM {tabel}"))
    e.dispose()


def test_logregel_volgens_de_standaard(database_url):
    e = maak_engine(database_url)
    migreer(e)
    with sessiemaker(e)() as s:
        km = Gebruiker(gebruikersnaam="km.test", naam="K. Test", rol="klantmanager", actief=True)
        s.add(km)
        s.flush()
        binnen = V.Spoor.uit_header(EXTERN)
        v = V.log(
            s,
            spoor=binnen,
            gebruiker=km,
            naam="zaak.lezen",
            handeling="lezen",
            zaak_id="zaak-123",
            activiteit="zaak-behandelen",
            gegevens="huishouden",
        )
        zonder = V.log(
            s,
            spoor=V.Spoor.uit_header(None),
            gebruiker=None,
            naam="aanvraag.ontvangen",
            handeling="aanmaken",
            zaak_id="zaak-123",
            activiteit="aanvraag",
        )
        s.commit()
        r = V.als_logius(v, s)
        # een eigen trace; de aanroeper als foreign_operation
        assert r["trace_id"] != "0af7651916cd43dd8448eb211c80319c" and re.fullmatch(r"[0-9a-f]{32}", r["trace_id"])
        assert r["parent_span_id"] is None
        assert r["foreign_operation"] == {
            "trace_id": "0af7651916cd43dd8448eb211c80319c",
            "span_id": "b7ad6b7169203331",
            "entity": V.ONBEKENDE_AANROEPER,
        }
        assert "foreign_operation" not in V.als_logius(zonder, s)
        # tijden met tijdzone, op de milliseconde
        for veld in ("start_time", "end_time"):
            assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00", r[veld]), r[veld]
        # de betrokkene: HMAC-SHA256 van de zaak-id met de sleutel uit de database, niet de zaak-id zelf
        sleutel = bytes.fromhex(s.scalar(select(LogboekSleutel.sleutel)))
        attr = r["attributes"]
        assert attr["dpl.core.data_subject_id"] == hmac.new(sleutel, b"zaak-123", hashlib.sha256).hexdigest()
        assert "zaak-123" not in str(r)
        assert attr["dpl.core.data_subject_id_type"] == V.BETROKKENE_TYPE
        assert all(k.startswith("dpl.") for k in attr), attr
        # geen gebruiker in de regel; wel in het auditlog, via trace_id en span_id
        assert "km.test" not in str(r) and "K. Test" not in str(r) and "klantmanager" not in str(r)
        a = V.door_wie(s, v)
        assert (a.gebruiker_id, a.rol, a.naam) == (km.id, "klantmanager", "zaak.lezen")
        assert V.door_wie(s, zonder) is None
        assert not {c.name for c in Verwerking.__table__.columns} & {"gebruiker_id", "rol"}
    e.dispose()


def test_sleutel_verschilt_per_installatie(tmp_path):
    sleutels = []
    for i in range(2):
        e = maak_engine(f"sqlite:///{tmp_path / f'{i}.sqlite3'}")
        migreer(e)
        with sessiemaker(e)() as s:
            sleutels.append(s.scalar(select(LogboekSleutel.sleutel)))
        e.dispose()
    assert sleutels[0] != sleutels[1]


def test_geen_traceparent_of_een_kapotte_is_geen_foreign_operation():
    for kop in (None, "", "00-00000000000000000000000000000000-b7ad6b7169203331-01", "01-x", EXTERN[:-3]):
        sp = V.Spoor.uit_header(kop)
        assert sp.extern_trace_id is None and sp.parent_span_id is None
