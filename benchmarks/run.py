# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Benchmarks van de regelkern. Schrijft benchmarks/resultaten.md (de tabel in de README).

1. Eén huishouden x 12 maanden met volledige uitleg (doel: mediaan <= 1 ms).
2. 400.000 huishoudens x 12 maanden gevectoriseerd, per regime (doel: <= 1,3 x een kale
   numpy-functie met dezelfde rekenkunde, gemeten in dezelfde run; piekgeheugen <= 200 MB).

Gebruik: python benchmarks/run.py [--n 400000] [--herhaal 5]
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import platform
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

import numpy as np

HIER = Path(__file__).parent
sys.path.insert(0, str(HIER))

import kaal  # noqa: E402
from synthetisch import populatie  # noqa: E402

from balans.casus.laden import uit_bestand  # noqa: E402
from balans.rekenen.casus import bereken  # noqa: E402
from balans.rekenen.populatie import bereken_maanden  # noqa: E402
from balans.wet.parameters import ParameterBoom  # noqa: E402

REGIMES = [
    ("wet 2025", dt.date(2025, 1, 1), "wet"),
    ("wet 2026", dt.date(2026, 1, 1), "wet"),
    ("wet 2027 (hervorming)", dt.date(2027, 1, 1), "wet"),
]


def nl(x, decimalen: int = 0) -> str:
    """Nederlandse notatie: 400.000 en 0,25."""
    return f"{x:,.{decimalen}f}".replace(",", "_").replace(".", ",").replace("_", ".")


def machine() -> str:
    cpu = "onbekend"
    try:
        for regel in Path("/proc/cpuinfo").read_text().splitlines():
            if regel.startswith("model name"):
                cpu = regel.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, numpy {np.__version__}"


def een_huishouden(herhaal: int = 2000):
    casus = uit_bestand(HIER.parent / "src" / "balans" / "voorbeelden" / "ferd.yaml")
    boom = ParameterBoom()
    for _ in range(50):
        bereken(casus, boom=boom)
    tijden = []
    for _ in range(herhaal):
        t = time.perf_counter_ns()
        bereken(casus, boom=boom)
        tijden.append(time.perf_counter_ns() - t)
    tijden.sort()
    return statistics.median(tijden) / 1e6, tijden[int(len(tijden) * 0.95)] / 1e6


def _run(fn):
    gc.collect()
    t = time.perf_counter()
    uit = fn()
    return time.perf_counter() - t, uit


def populatie_run(n: int, van: dt.date, regime: str, herhaal: int):
    maanden, begin = populatie(n)
    boom = ParameterBoom(regime)

    def balans_run():
        totaal = np.zeros(n, np.int64)
        for _, u in bereken_maanden(boom, maanden(van, 12), begin()):
            totaal += u.bijstand
        return totaal

    def kaal_run():
        totaal = np.zeros(n, np.int64)
        st = begin()
        for m, inv in maanden(van, 12):
            uit, st = kaal.maand(boom.op(m), m, inv, st)
            totaal += uit[4]
        return totaal

    # zelfde uitkomst, anders is de vergelijking niets waard
    maanden, begin = populatie(n)
    a = balans_run()
    maanden, begin = populatie(n)
    b = kaal_run()
    assert np.array_equal(a, b), "balans en de kale numpy-functie rekenen niet hetzelfde"

    t_balans, t_kaal = [], []
    for _ in range(herhaal):  # om en om, zodat ruis beide gelijk raakt
        maanden, begin = populatie(n)
        t_balans.append(_run(balans_run)[0])
        maanden, begin = populatie(n)
        t_kaal.append(_run(kaal_run)[0])
    maanden, begin = populatie(n)
    tracemalloc.start()
    balans_run()
    _, piek = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    # de invoer van een maand (loon, giften) maakt de generator ook voor de kale functie: die telt mee
    return statistics.median(t_balans), statistics.median(t_kaal), piek / 2**20, int(a.sum())


def maandstaat(herhaal: int = 500):
    """Ferd, 12 maanden met loonstroken, correctie en verwachting: vier methoden plus uitleg, als JSON."""
    from balans.maandstaat.grootboek import METHODEN, Grootboek
    from balans.maandstaat.uitvoer import als_json as staat_json

    casus = uit_bestand(HIER.parent / "src" / "balans" / "voorbeelden" / "ferd-maandstaat.yaml")

    def run():
        g = Grootboek(casus, uitleg=True)  # zoals diensten.maandstaat: het recht met uitleg één keer
        return staat_json(g, g.berekening, [g.staat(m) for m in METHODEN], None)

    for _ in range(20):
        run()
    tijden = []
    for _ in range(herhaal):
        t = time.perf_counter_ns()
        run()
        tijden.append(time.perf_counter_ns() - t)
    tijden.sort()
    return statistics.median(tijden) / 1e6, tijden[int(len(tijden) * 0.95)] / 1e6


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=400_000)
    ap.add_argument("--herhaal", type=int, default=5)
    args = ap.parse_args()
    regels = [f"Gemeten op {dt.date.today().isoformat()}: {machine()}.", ""]
    med, p95 = een_huishouden()
    regels += [
        "| Meting | Resultaat | Doel | Vergelijking |",
        "|---|---|---|---|",
        f"| 1 huishouden x 12 maanden, met volledige uitleg | mediaan {nl(med, 3)} ms, p95 {nl(p95, 3)} ms | mediaan <= 1 ms | "
        "OpenFisca 2-2,7 ms zonder uitleg; RegelRecht-PoC 22-74 ms per evaluatie (bron: issue 3, niet in deze run gemeten) |",
    ]
    ms_med, ms_p95 = maandstaat()
    regels.append(
        f"| Maandstaat: 1 huishouden x 12 maanden, vier methoden, met uitleg (JSON) | mediaan {nl(ms_med, 2)} ms, "
        f"p95 {nl(ms_p95, 2)} ms | <= 10 ms | alleen de regelkern met uitleg (rij hierboven): "
        f"factor {nl(ms_med / med, 1)} |"
    )
    print(regels[-1], flush=True)
    for naam, van, regime in REGIMES:
        tb, tk, piek, som = populatie_run(args.n, van, regime, args.herhaal)
        regels.append(
            f"| {nl(args.n)} huishoudens x 12 maanden, {naam} | {nl(tb, 2)} s, piek {piek:.0f} MB | "
            f"<= 1,3 x kaal; <= 200 MB | kale numpy {nl(tk, 2)} s: factor {nl(tb / tk, 2)} |"
        )
        print(regels[-1], flush=True)
    regels += [
        "",
        "Piekgeheugen: tracemalloc tijdens de run van balans (numpy-arrays en Python-objecten), zonder de "
        "interpreter zelf. De populatie is synthetisch en geseed (benchmarks/synthetisch.py).",
    ]
    tekst = "\n".join(regels) + "\n"
    (HIER / "resultaten.md").write_text(tekst, encoding="utf-8")
    readme = HIER.parent / "README.md"
    inhoud = readme.read_text(encoding="utf-8")
    begin, eind = "<!-- bench:begin -->", "<!-- bench:end -->"
    if begin in inhoud and eind in inhoud:
        voor, rest = inhoud.split(begin, 1)
        readme.write_text(voor + begin + "\n" + tekst + eind + rest.split(eind, 1)[1], encoding="utf-8")
    print(tekst)


if __name__ == "__main__":
    main()
