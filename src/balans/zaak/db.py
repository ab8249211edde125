# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Verbinding en migraties. SQLite is de ingebouwde standaard; PostgreSQL via BALANS_DATABASE_URL."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

MIGRATIES = Path(__file__).parent / "migraties"


class DatabaseFout(RuntimeError):
    """Een Nederlandse melding over de database-instelling."""


def maak_engine(url: str) -> Engine:
    u = make_url(url)
    if u.drivername.startswith("postgresql") and u.drivername == "postgresql":
        u = u.set(drivername="postgresql+psycopg")
    if u.get_backend_name() == "sqlite":
        if u.database and u.database != ":memory:":
            Path(u.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(u, connect_args={"check_same_thread": False})

        @event.listens_for(engine, "connect")
        def _pragma(dbapi, _):  # sleutels afdwingen en lezers niet blokkeren
            c = dbapi.cursor()
            c.execute("PRAGMA foreign_keys=ON")
            c.execute("PRAGMA journal_mode=WAL")
            c.execute("PRAGMA busy_timeout=5000")
            c.close()

        return engine
    if u.get_backend_name() == "postgresql":
        return create_engine(u, pool_size=10, max_overflow=10, pool_pre_ping=True)
    raise DatabaseFout(
        f"BALANS_DATABASE_URL: database '{u.get_backend_name()}' wordt niet ondersteund; "
        "gebruik sqlite:///pad of postgresql://…"
    )


def migreer(engine: Engine, doel: str = "head") -> None:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIES))
    with engine.begin() as verbinding:
        cfg.attributes["connection"] = verbinding
        command.upgrade(cfg, doel)


def sessiemaker(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
