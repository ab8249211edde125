# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Benchmark van de maandstaat voor een populatie (maandstaat/vector.py, `verreken`), per methode.

De beleidspopulatie (balans.beleid.populatie, geseed) over 2027, zoals benchmarks/beleid.py. Per methode de
wandkloktijd en de CPU-tijd van `verreken` (het recht met de regelkern plus de boekhouding), mediaan over
de rondes; het maken van de populatie telt niet mee. Op een drukke machine zegt de CPU-tijd het meest. Standaard de wet (vakantiegeld volgens de wet, maatregel 18
uit). Met --maatregel18: de gemeente kiest maatregel 18 van het Programmaplan, en wie in mei loon heeft,
krijgt 8/108 daarvan als vakantiegeld op de loonstrook (een aanname voor de meting, per persoon).

Gebruik: python benchmarks/maandstaat_populatie.py [--n 100000] [--herhaal 3] [--maatregel18]
Voor een meting vóór en na een wijziging: dezelfde aanroep met PYTHONPATH naar de andere bronnen.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import statistics
import time

import numpy as np

import balans
from balans import kalender
from balans.beleid.populatie import PopulatieSpec, maak_deel
from balans.maandstaat.grootboek import METHODEN
from balans.maandstaat.vector import verreken
from balans.wet.parameters import ParameterBoom

MAANDEN = kalender.maanden(dt.date(2027, 1, 1), dt.date(2027, 12, 1))


def _vakantiegeld(deel) -> tuple[np.ndarray, np.ndarray]:
    """Per persoon (n, 12): in mei 8/108 van het loon (vakantiegeld is 8% van het loon zonder vakantiegeld)."""
    n = deel.eind - deel.start
    uit = np.zeros((n, len(MAANDEN)), np.int64), np.zeros((n, len(MAANDEN)), np.int64)
    inv = deel.invoer(MAANDEN.index(dt.date(2027, 5, 1)))
    for x, arbeid in zip(uit, (inv.arbeid_a, inv.arbeid_p)):
        x[:, 4] = np.broadcast_to(np.asarray(arbeid, np.int64), (n,)) * 8 // 108
    return uit


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--herhaal", type=int, default=3)
    ap.add_argument("--maatregel18", action="store_true")
    a = ap.parse_args()
    deel = maak_deel(PopulatieSpec(n=a.n, zaadje=2026), 0, a.n, MAANDEN)
    boom, vg = ParameterBoom.voor("wet"), None
    if a.maatregel18:
        boom = ParameterBoom.met_lagen(
            [
                (
                    "meting",
                    {
                        "gemeente": {
                            "vakantiegeld_verrekening": {
                                "waarden": {"2024-01-01": {"waarde": "programmaplan", "bron": "aanname voor de meting"}}
                            }
                        }
                    },
                )
            ]
        )
        vg = _vakantiegeld(deel)
    print(f"balans uit {balans.__file__}; {a.n} huishoudens x 12 maanden; maatregel 18: {a.maatregel18}")
    verreken(boom, deel, METHODEN[0], vakantiegeld=vg)  # opwarmen (parameters, imports)
    wand, cpu = [], []
    for ronde in range(a.herhaal):
        tijden = {}
        c = 0.0
        for methode in METHODEN:
            gc.collect()
            t, t_cpu = time.perf_counter(), time.process_time()
            verreken(boom, deel, methode, vakantiegeld=vg)
            tijden[methode] = time.perf_counter() - t
            c += time.process_time() - t_cpu
        wand.append(sum(tijden.values()))
        cpu.append(c)
        print(
            f"ronde {ronde + 1}: "
            + ", ".join(f"{k} {v:.2f} s" for k, v in tijden.items())
            + f"; samen {wand[-1]:.2f} s, CPU {c:.2f} s"
        )
    print(f"mediaan samen: {statistics.median(wand):.2f} s, CPU {statistics.median(cpu):.2f} s")


if __name__ == "__main__":
    main()
