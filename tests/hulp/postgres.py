"""Een echte, wegwerp-PostgreSQL-server voor de tests, uit de binaries van deze machine.

initdb weigert root; dan draaien initdb en pg_ctl als gebruiker postgres, in een tijdelijke map
die van postgres is. Alleen een Unix-socket in die map en 127.0.0.1 op een vrije poort.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest


def _bindir() -> Path:
    kandidaten = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(p.split("/")[-2]))
    for d in reversed(kandidaten):
        if (Path(d) / "initdb").exists():
            return Path(d)
    gevonden = shutil.which("initdb")
    if gevonden:
        return Path(gevonden).parent
    pytest.fail("PostgreSQL-server niet gevonden (initdb, pg_ctl). Installeer het Debian-pakket 'postgresql'.",
                pytrace=False)


def _vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def postgres_server():
    bindir = _bindir()
    als_root = os.geteuid() == 0
    map_ = Path(tempfile.mkdtemp(prefix="balans-pg-"))
    data = map_ / "data"
    if als_root:
        shutil.chown(map_, "postgres", "postgres")
    voor = ["runuser", "-u", "postgres", "--"] if als_root else []
    poort = _vrije_poort()
    try:
        subprocess.run(voor + [str(bindir / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres",
                               "-E", "UTF8", "--no-sync"], check=True, capture_output=True)
        opties = f"-F -k {map_} -h 127.0.0.1 -p {poort} -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        subprocess.run(voor + [str(bindir / "pg_ctl"), "-D", str(data), "-o", opties, "-l", str(map_ / "log"),
                               "-w", "-t", "30", "start"], check=True, capture_output=True)
        subprocess.run(voor + [str(bindir / "createdb"), "-h", "127.0.0.1", "-p", str(poort), "-U", "postgres",
                               "balans_test"], check=True, capture_output=True)
        yield f"postgresql+psycopg://postgres@127.0.0.1:{poort}/balans_test"
    except subprocess.CalledProcessError as e:
        log = (map_ / "log").read_text(errors="replace")[-2000:] if (map_ / "log").exists() else ""
        pytest.fail(f"PostgreSQL starten mislukte: {e.stderr.decode(errors='replace')}\n{log}", pytrace=False)
    finally:
        if (data / "postmaster.pid").exists():
            subprocess.run(voor + [str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
                           capture_output=True)
        shutil.rmtree(map_, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_url():
    with postgres_server() as url:
        yield url
