"""Benchmark van het hele inkomen (issue 19). Drukt de cijfers af; schrijft benchmarks/resultaten/heel_inkomen.json.

1. Eén huishouden x 12 maanden (2026, alleenstaande ouder met een kind, bruto loon, huur) met volledige uitleg:
   de bijstand (rekenen.casus.bereken) plus het inkomen-blok per maand (rekenen.huishouden.inkomen_per_maand).
   Doel (issue 19): mediaan <= 2 ms.
2. n huishoudens x 12 maanden gevectoriseerd: alleen de bijstand (de regelkern, zoals benchmarks/run.py) tegen de
   bijstand plus het hele inkomen (inkomen.heel.heel_inkomen: bruto uit netto, bruto bijstand, zorgtoeslag,
   kindgebonden budget, kinderbijslag, huurtoeslag bij de aftoppingsgrens), in dezelfde run, om en om.
   Doel: <= 2 x de bijstand alleen, piekgeheugen <= 300 MB. Benadering: de kinderen tellen als 6-11 jaar voor de
   kinderbijslag en zonder leeftijdsverhoging voor het kindgebonden budget (zelfde rekenwerk, andere bedragen).

Gebruik: python benchmarks/heel_inkomen.py [--n 400000] [--herhaal 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

import numpy as np

HIER = Path(__file__).parent
sys.path.insert(0, str(HIER))

from synthetisch import populatie  # noqa: E402

from balans.casus.laden import uit_data  # noqa: E402
from balans.inkomen.context import ctx_voor  # noqa: E402
from balans.inkomen.heel import bruto_uit_netto, heel_inkomen  # noqa: E402
from balans.rekenen.huishouden import inkomen_per_maand  # noqa: E402
from balans.inkomen.huurtoeslag import passende_huur  # noqa: E402
from balans.rekenen.casus import bereken  # noqa: E402
from balans.rekenen.invoer import GEEN_PERSOON  # noqa: E402
from balans.rekenen.populatie import bereken_maanden  # noqa: E402
from balans.wet.parameters import ParameterBoom  # noqa: E402

VAN = dt.date(2026, 1, 1)


def _casus():
    maanden = {f"2026-{m:02d}": {"inkomsten": [{"soort": "arbeid", "bruto": f"{400 + 50 * m}.00"}]} for m in range(1, 13)}
    return uit_data({"naam": "bench", "periode": {"van": "2026-01", "tot": "2026-12"},
                     "huishouden": {"aanvrager": {"geboortedatum": "1990-04-01"},
                                    "kinderen": [{"geboortedatum": "2017-06-01"}],
                                    "woning": {"soort": "huur", "kale_huur": "700.00", "servicekosten": "20.00"}},
                     "maanden": maanden})


def een_huishouden(herhaal: int):
    c = _casus()
    boom = ParameterBoom()

    def alleen_bijstand():
        return bereken(c, boom=boom)

    def heel():
        return inkomen_per_maand(c, bereken(c, boom=boom))

    for _ in range(30):
        heel()
    uit = {}
    for naam, fn in (("bijstand", alleen_bijstand), ("heel", heel)):
        tijden = []
        for _ in range(herhaal):
            t = time.perf_counter_ns()
            fn()
            tijden.append(time.perf_counter_ns() - t)
        tijden.sort()
        uit[naam] = {"mediaan_ms": statistics.median(tijden) / 1e6, "p95_ms": tijden[int(len(tijden) * 0.95)] / 1e6}
    return uit


def populatie_run(n: int, herhaal: int):
    boom = ParameterBoom()

    def bijstand_run():
        maanden, begin = populatie(n)
        totaal = np.zeros(n, np.int64)
        for _, u in bereken_maanden(boom, maanden(VAN, 12), begin()):
            totaal += u.bijstand
        return totaal

    def heel_run():
        maanden, begin = populatie(n)
        invoer = {}

        def bewaar():
            for m, inv in maanden(VAN, 12):
                invoer[m] = inv
                yield m, inv

        totaal = np.zeros(n, np.int64)
        for m, u in bereken_maanden(boom, bewaar(), begin()):
            inv = invoer.pop(m)
            ctx = ctx_voor(m, uitleg=False, vector=True)
            kinderen = (inv.kinderen[0] != GEEN_PERSOON).sum(axis=1)
            nul = np.zeros(n, np.int64)
            bruto = bruto_uit_netto(ctx, inv.arbeid_a)
            personen = 1 + inv.heeft_partner + kinderen
            h = heel_inkomen(ctx, np.broadcast_to(np.asarray(u.bijstand, np.int64), (n,)), bruto, inv.heeft_partner,
                             (kinderen, nul, nul), (nul, kinderen, nul), loon_netto=inv.arbeid_a,
                             kale_huur=passende_huur(ctx, personen), personen=personen)
            totaal += h.totaal
        return totaal

    t_b, t_h = [], []
    for _ in range(herhaal):   # om en om
        gc.collect()
        t = time.perf_counter()
        bijstand_run()
        t_b.append(time.perf_counter() - t)
        gc.collect()
        t = time.perf_counter()
        heel_run()
        t_h.append(time.perf_counter() - t)
    pieken = {}
    for naam, fn in (("bijstand", bijstand_run), ("heel", heel_run)):
        gc.collect()
        tracemalloc.start()
        fn()
        pieken[naam] = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
    return {"n": n, "bijstand_s": statistics.median(t_b), "heel_s": statistics.median(t_h),
            "verhouding": statistics.median(t_h) / statistics.median(t_b), "piek_mb_bijstand": pieken["bijstand"],
            "piek_mb_heel": pieken["heel"]}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=400_000)
    ap.add_argument("--herhaal", type=int, default=3)
    ap.add_argument("--een", type=int, default=300)
    a = ap.parse_args()
    uit = {"een_huishouden_12_maanden": een_huishouden(a.een), "populatie_12_maanden": populatie_run(a.n, a.herhaal)}
    print(json.dumps(uit, indent=2))
    (HIER / "resultaten" / "heel_inkomen.json").write_text(json.dumps(uit, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
