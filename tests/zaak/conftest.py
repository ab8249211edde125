# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""De opslagtests draaien op SQLite én op een echte PostgreSQL-server (tests/hulp/postgres.py)."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import create_engine, text


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'opslag.sqlite3'}"
        return
    basis = request.getfixturevalue("pg_url")
    naam = "t_" + uuid.uuid4().hex[:12]  # elke test een eigen database op dezelfde server
    beheer = create_engine(basis, isolation_level="AUTOCOMMIT")
    with beheer.connect() as c:
        c.execute(text(f'CREATE DATABASE "{naam}"'))
    yield basis.rsplit("/", 1)[0] + "/" + naam
    with beheer.connect() as c:
        c.execute(text(f'DROP DATABASE IF EXISTS "{naam}" WITH (FORCE)'))
    beheer.dispose()
