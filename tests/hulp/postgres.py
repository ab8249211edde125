# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Een echte, wegwerp-PostgreSQL-server voor de tests, uit de binaries van deze machine.

initdb weigert root; dan draaien initdb en pg_ctl als gebruiker postgres, in een tijdelijke map
die van postgres is. Alleen een Unix-socket in die map en 127.0.0.1 op een vrije poort.

Gebruik: de fixture `pg_url` (sessie), via `pytest_plugins = ["tests.hulp.postgres"]` in tests/conftest.py,
of `with postgres_server() as url: ...` buiten pytest.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from tests.hulp.netwerk import vrije_poort

NIET_GEVONDEN = (
    "PostgreSQL-server niet gevonden (initdb en pg_ctl ontbreken). "
    "Installeer het Debian-pakket 'postgresql' (apt-get install postgresql)."
)


class PostgresFout(RuntimeError):
    pass


def _bindir() -> Path:
    kandidaten: list[Path] = []
    try:  # pg_config hoort bij libpq-dev; wijst vaak naar de server-binaries
        uit = subprocess.run(["pg_config", "--bindir"], capture_output=True, text=True, check=True).stdout.strip()
        kandidaten.append(Path(uit))
    except (OSError, subprocess.CalledProcessError):
        pass
    # nieuwste versie eerst
    kandidaten += [
        Path(d)
        for d in sorted(
            glob.glob("/usr/lib/postgresql/*/bin"),
            key=lambda p: int(p.split("/")[-2]) if p.split("/")[-2].isdigit() else 0,
            reverse=True,
        )
    ]
    gevonden = shutil.which("initdb")
    if gevonden:  # /usr/local/bin/initdb kan een symlink zijn; createdb staat dan alleen naast het doel
        kandidaten.append(Path(gevonden).resolve().parent)
    for d in kandidaten:
        if all((d / b).exists() for b in ("initdb", "pg_ctl", "postgres")):
            return d
    raise PostgresFout(NIET_GEVONDEN)


def _draai(voor: list[str], *args) -> None:
    try:
        subprocess.run(voor + [str(a) for a in args], check=True, capture_output=True, timeout=120)
    except subprocess.CalledProcessError as e:
        raise PostgresFout(
            f"{Path(str(args[0])).name} mislukte (code {e.returncode}): "
            f"{(e.stderr or b'').decode(errors='replace').strip()}"
        ) from None


@contextlib.contextmanager
def postgres_server(database: str = "balans_test"):
    """Start een wegwerp-server; geeft een SQLAlchemy-URL. Stopt en ruimt op, ook bij een fout."""
    bindir = _bindir()
    als_root = os.geteuid() == 0
    voor: list[str] = []
    if als_root:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            raise PostgresFout(
                "Gebruiker 'postgres' ontbreekt; initdb draait niet als root. "
                "Installeer het Debian-pakket 'postgresql' (dat maakt die gebruiker)."
            ) from None
        voor = ["runuser", "-u", "postgres", "--"]
    # als root in /tmp: TMPDIR kan onder /root liggen, waar postgres niet bij kan
    map_ = Path(tempfile.mkdtemp(prefix="balans-pg-", dir="/tmp" if als_root else None))
    data, log = map_ / "data", map_ / "server.log"
    try:
        if als_root:
            shutil.chown(map_, "postgres", "postgres")
        poort = vrije_poort()
        _draai(
            voor,
            bindir / "initdb",
            "-D",
            data,
            "-A",
            "trust",
            "-U",
            "postgres",
            "-E",
            "UTF8",
            "--locale=C",
            "--no-sync",
        )
        # -F: geen fsync; de gegevens zijn na de test toch weg
        opties = (
            f"-F -k {map_} -h 127.0.0.1 -p {poort} -c synchronous_commit=off -c full_page_writes=off "
            "-c max_connections=50"
        )
        try:
            _draai(voor, bindir / "pg_ctl", "-D", data, "-o", opties, "-l", log, "-w", "-t", "30", "start")
        except PostgresFout as e:
            staart = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise PostgresFout(f"{e}\n{staart}") from None
        _draai(voor, bindir / "createdb", "-h", map_, "-p", poort, "-U", "postgres", database)
        yield f"postgresql+psycopg://postgres@127.0.0.1:{poort}/{database}"
    finally:
        if (data / "postmaster.pid").exists():
            subprocess.run(
                voor + [str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"],
                capture_output=True,
                timeout=60,
            )
        shutil.rmtree(map_, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_url():
    """SQLAlchemy-URL van een verse PostgreSQL-server voor de hele testsessie. Faalt (niet overslaan) zonder server."""
    try:
        server = postgres_server()
        url = server.__enter__()
    except PostgresFout as e:
        pytest.fail(str(e), pytrace=False)
    try:
        yield url
    finally:
        server.__exit__(None, None, None)
