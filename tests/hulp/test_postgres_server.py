# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""De wegwerp-PostgreSQL-server start, neemt verbindingen aan en ruimt zichzelf op."""

from __future__ import annotations

import glob
import socket

import pytest
from sqlalchemy import create_engine, text

from tests.hulp import postgres as pg

pytestmark = pytest.mark.postgres


def test_select_1(pg_url):
    engine = create_engine(pg_url)
    with engine.connect() as c:
        assert c.execute(text("select 1")).scalar() == 1
        assert c.execute(text("select current_database()")).scalar() == "balans_test"
    engine.dispose()


def test_ruimt_op_ook_bij_een_fout():
    with pytest.raises(ZeroDivisionError):
        with pg.postgres_server("opruimtest") as url:
            poort = int(url.split(":")[-1].split("/")[0])
            mappen = set(glob.glob("/tmp/balans-pg-*"))
            raise ZeroDivisionError
    assert not mappen & set(glob.glob("/tmp/balans-pg-*")) - _andere_servers(), "tijdelijke map bleef staan"
    with socket.socket() as s:  # de server is weg: niemand luistert meer op de poort
        assert s.connect_ex(("127.0.0.1", poort)) != 0


def test_zonder_binaries_een_duidelijke_fout(monkeypatch):
    monkeypatch.setattr(pg.glob, "glob", lambda _: [])
    monkeypatch.setattr(pg.shutil, "which", lambda _: None)
    monkeypatch.setattr(pg.subprocess, "run", _geen_pg_config)
    with pytest.raises(pg.PostgresFout, match="Debian-pakket 'postgresql'"):
        pg._bindir()


def _andere_servers() -> set[str]:
    # mappen van de sessieserver (pg_url) mogen blijven staan
    return {m for m in glob.glob("/tmp/balans-pg-*") if glob.glob(m + "/data/postmaster.pid")}


def _geen_pg_config(*a, **k):
    raise FileNotFoundError("pg_config")
