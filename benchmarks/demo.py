# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Hoe lang het vullen van de demo-database duurt (make run begint daarmee): 1.000 zaken in SQLite.

Doel: minder dan 5 s, zodat `make run` snel een werkende server heeft. Vroeger een test met een klok;
een klok in een test faalt op een drukke machine zonder dat er iets mis is.
"""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

from balans.zaak.demo import vul_demo
from balans.zaak.db import maak_engine, migreer, sessiemaker


def een_keer(map_: Path, i: int, n: int) -> float:
    e = maak_engine(f"sqlite:///{map_ / f'demo-{i}.sqlite3'}")
    migreer(e)
    S = sessiemaker(e)
    t = time.perf_counter()
    with S() as s:
        vul_demo(s, n, peildatum=dt.date(2026, 11, 25))
    return time.perf_counter() - t


def main() -> int:
    n, rondes = 1000, 3
    with tempfile.TemporaryDirectory() as d:
        tijden = [een_keer(Path(d), i, n) for i in range(rondes)]
    print(
        f"demo-database vullen, {n} zaken: mediaan {statistics.median(tijden):.2f} s "
        f"({min(tijden):.2f}-{max(tijden):.2f}, {rondes} rondes); doel < 5 s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
