# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Benchmark van het hele inkomen (issue 19). Drukt de cijfers af; schrijft benchmarks/resultaten/heel_inkomen.json.

1. Eén huishouden x 12 maanden (2026, alleenstaande ouder met een kind, bruto loon, huur) met volledige uitleg:
   de bijstand (rekenen.casus.bereken) plus het inkomen-blok per maand (rekenen.huishouden.inkomen_per_maand).
   Doel (issue 19): mediaan <= 2 ms. Apart: het inkomen-blok alleen, ook 'koud' (zonder de bedragteksten die
   eerdere aanroepen onthielden, zoals bij een ander huishouden).
2. n huishoudens x 12 maanden gevectoriseerd: alleen de bijstand (de regelkern, zoals benchmarks/run.py) tegen de
   bijstand plus het hele inkomen (inkomen.heel.heel_inkomen: bruto uit netto, bruto bijstand, zorgtoeslag,
   kindgebonden budget, kinderbijslag, huurtoeslag bij de aftoppingsgrens), in dezelfde run, om en om.
   Doel: <= 2 x de bijstand alleen, piekgeheugen <= 300 MB. Benadering: de kinderen tellen als 6-11 jaar voor de
   kinderbijslag en zonder leeftijdsverhoging voor het kindgebonden budget (zelfde rekenwerk, andere bedragen).
3. Alleen het hele-inkomen-deel (alles na de bijstand) over dezelfde n x 12 maanden: balans gevectoriseerd
   (numpy) tegen één gecompileerde lus met dezelfde rekenkunde (benchmarks/heel_inkomen_numba.py, numba) als
   praktische ondergrens. Eerst wordt gecontroleerd dat beide per huishouden hetzelfde totaal geven. Zonder
   numba (pip install -e '.[bench]', of requirements-bench.lock) slaat de benchmark dit deel over en zegt dat.

Elke tijd: mediaan en minimum van de herhalingen (op een drukke machine zegt het minimum het meest).

Gebruik: python benchmarks/heel_inkomen.py [--n 400000] [--herhaal 3] [--een 300]
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

import heel_inkomen_numba  # noqa: E402
from synthetisch import populatie  # noqa: E402

from balans.casus.laden import uit_data  # noqa: E402
from balans.inkomen import rekenkunde  # noqa: E402
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
    maanden = {
        f"2026-{m:02d}": {"inkomsten": [{"soort": "arbeid", "bruto": f"{400 + 50 * m}.00"}]} for m in range(1, 13)
    }
    return uit_data(
        {
            "naam": "bench",
            "periode": {"van": "2026-01", "tot": "2026-12"},
            "huishouden": {
                "aanvrager": {"geboortedatum": "1990-04-01"},
                "kinderen": [{"geboortedatum": "2017-06-01"}],
                "woning": {"soort": "huur", "kale_huur": "700.00", "servicekosten": "20.00"},
            },
            "maanden": maanden,
        }
    )


def een_huishouden(herhaal: int):
    c = _casus()
    boom = ParameterBoom()

    def alleen_bijstand():
        return bereken(c, boom=boom)

    def heel():
        return inkomen_per_maand(c, bereken(c, boom=boom))

    r = bereken(c, boom=boom)

    def alleen_inkomen():
        return inkomen_per_maand(c, r)

    def inkomen_koud():  # zonder de onthouden teksten van eerdere aanroepen (een ander huishouden)
        rekenkunde.als_euro.cache_clear()
        rekenkunde.als_tekst.cache_clear()
        return inkomen_per_maand(c, r)

    for _ in range(30):
        heel()
    uit = {}
    for naam, fn in (
        ("bijstand", alleen_bijstand),
        ("heel", heel),
        ("inkomen_blok", alleen_inkomen),
        ("inkomen_blok_koud", inkomen_koud),
    ):
        tijden = []
        for _ in range(herhaal):
            t = time.perf_counter_ns()
            fn()
            tijden.append(time.perf_counter_ns() - t)
        tijden.sort()
        uit[naam] = {
            "mediaan_ms": statistics.median(tijden) / 1e6,
            "min_ms": tijden[0] / 1e6,
            "p95_ms": tijden[int(len(tijden) * 0.95)] / 1e6,
        }
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
            # in een functie: de arrays van deze maand zijn weg voordat de regelkern aan de volgende begint
            totaal += _heel_maand(m, invoer.pop(m), u.bijstand, n)
        return totaal

    t_b, t_h, c_b, c_h = [], [], [], []
    for _ in range(herhaal):  # om en om
        for fn, t_, c_ in ((bijstand_run, t_b, c_b), (heel_run, t_h, c_h)):
            gc.collect()
            t, c = time.perf_counter(), time.process_time()
            fn()
            t_.append(time.perf_counter() - t)
            c_.append(time.process_time() - c)
    pieken = {}
    for naam, fn in (("bijstand", bijstand_run), ("heel", heel_run)):
        gc.collect()
        tracemalloc.start()
        fn()
        pieken[naam] = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
    return {
        "n": n,
        "bijstand_s": statistics.median(t_b),
        "heel_s": statistics.median(t_h),
        "bijstand_min_s": min(t_b),
        "heel_min_s": min(t_h),
        "verhouding": statistics.median(t_h) / statistics.median(t_b),
        "verhouding_min": min(t_h) / min(t_b),
        "cpu_bijstand_min_s": min(c_b),
        "cpu_heel_min_s": min(c_h),
        "verhouding_cpu_min": min(c_h) / min(c_b),
        "piek_mb_bijstand": pieken["bijstand"],
        "piek_mb_heel": pieken["heel"],
    }


def _invoer_heel(inv, n):
    """De invoer van het hele inkomen zoals de benchmark die neemt (zie boven): kinderen, partner, netto loon."""
    kinderen = (inv.kinderen[0] != GEEN_PERSOON).sum(axis=1)
    return kinderen, np.asarray(inv.heeft_partner, bool), np.asarray(inv.arbeid_a, np.int64)


def _heel_maand(m, inv, bijstand, n):
    ctx = ctx_voor(m, uitleg=False, vector=True)
    kinderen, partner, netto = _invoer_heel(inv, n)
    return _heel_numpy(ctx, np.broadcast_to(np.asarray(bijstand, np.int64), (n,)), netto, partner, kinderen)


def _heel_numpy(ctx, bijstand, netto, partner, kinderen):
    nul = np.zeros(len(bijstand), np.int64)
    personen = 1 + partner + kinderen
    return heel_inkomen(
        ctx,
        bijstand,
        bruto_uit_netto(ctx, netto),
        partner,
        (kinderen, nul, nul),
        (nul, kinderen, nul),
        loon_netto=netto,
        kale_huur=passende_huur(ctx, personen),
        personen=personen,
    ).totaal


def toeslagen_run(n: int, herhaal: int):
    """Alleen wat na de bijstand komt, voor dezelfde invoer: balans (numpy) tegen de numba-lus."""
    if not heel_inkomen_numba.beschikbaar():
        print(
            "numba is niet geïnstalleerd: de vergelijking met de gecompileerde lus slaat de benchmark over "
            "(pip install -e '.[bench]' of pip install --require-hashes -r requirements-bench.lock).",
            file=sys.stderr,
        )
        return {"overgeslagen": "numba niet geïnstalleerd"}
    boom = ParameterBoom()
    maanden, begin = populatie(n)
    per_maand = []
    invoer = {}

    def bewaar():
        for m, inv in maanden(VAN, 12):
            invoer[m] = inv
            yield m, inv

    for m, u in bereken_maanden(boom, bewaar(), begin()):
        kinderen, partner, netto = _invoer_heel(invoer.pop(m), n)
        per_maand.append((m, np.broadcast_to(np.asarray(u.bijstand, np.int64), (n,)).copy(), netto, partner, kinderen))
    nul = np.zeros(n, np.int64)

    def numpy_run():
        return [_heel_numpy(ctx_voor(m, uitleg=False, vector=True), b, ne, pa, k) for m, b, ne, pa, k in per_maand]

    def numba_run():
        return [
            heel_inkomen_numba.totaal(ctx_voor(m, uitleg=False, vector=True), b, ne, pa, k, nul)
            for m, b, ne, pa, k in per_maand
        ]

    t = time.perf_counter()
    heel_inkomen_numba.totaal(ctx_voor(VAN, uitleg=False, vector=True), *per_maand[0][1:], nul)  # compileren
    compileren = time.perf_counter() - t
    for a, b in zip(numpy_run(), numba_run()):
        if not np.array_equal(a, b):
            raise SystemExit(f"de numba-lus geeft bij {int((a != b).sum())} huishoudens een ander totaal dan balans")
    t_np, t_nb, c_np, c_nb = [], [], [], []
    for _ in range(herhaal):
        for fn, t_, c_ in ((numpy_run, t_np, c_np), (numba_run, t_nb, c_nb)):
            gc.collect()
            t, c = time.perf_counter(), time.process_time()
            fn()
            t_.append(time.perf_counter() - t)
            c_.append(time.process_time() - c)
    return {
        "n": n,
        "balans_numpy_s": statistics.median(t_np),
        "numba_s": statistics.median(t_nb),
        "balans_numpy_min_s": min(t_np),
        "numba_min_s": min(t_nb),
        "numba_compileren_s": compileren,
        "verhouding_numpy_numba": statistics.median(t_np) / statistics.median(t_nb),
        "verhouding_min": min(t_np) / min(t_nb),
        "cpu_balans_numpy_min_s": min(c_np),
        "cpu_numba_min_s": min(c_nb),
        "verhouding_cpu_min": min(c_np) / min(c_nb),
        "zelfde_totalen": True,
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=400_000)
    ap.add_argument("--herhaal", type=int, default=3)
    ap.add_argument("--een", type=int, default=300)
    a = ap.parse_args()
    uit = {
        "een_huishouden_12_maanden": een_huishouden(a.een),
        "populatie_12_maanden": populatie_run(a.n, a.herhaal),
        "toeslagen_numpy_tegen_numba": toeslagen_run(a.n, max(a.herhaal, 3)),
    }
    print(json.dumps(uit, indent=2))
    (HIER / "resultaten" / "heel_inkomen.json").write_text(json.dumps(uit, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
