# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Benchmark van de beleidsdoorrekening (issue 6). Schrijft benchmarks/resultaten/beleid.json.

1. 410.000 huishoudens x 12 maanden, numpy: tijd en piekgeheugen per variant, met indicatoren; een
   extra variant als verschil met één variant in dezelfde ronde (mediaan, min en max over de rondes),
   ook voor een extra variant met een andere norm (nrp-70: feiten gedeeld, norm opnieuw). In dezelfde
   run: alleen de regelkern (zonder indicatoren) en het maken van de populatie.
2. Dask (LocalCluster, 2 werkers van 2 GB): 1, 2,5, 5 en 10 miljoen huishoudens; tijd en het
   hoogste RSS-geheugen per werker.
3. Optioneel (--openfisca): benchmarks/openfisca/vergelijk.py in zijn eigen venv, in deze run.

Gebruik: python benchmarks/beleid.py [--n 410000] [--herhaal 5] [--dask 1000000,2500000,5000000,10000000] [--openfisca]
Met --dask "" blijven de Dask-cijfers uit de vorige run in beleid.json staan.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import os
import platform
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import numpy as np

from balans import kalender
from balans.beleid import indicatoren as I
from balans.beleid.doorrekenen import Variant, reken_dask, reken_numpy, reken_variant
from balans.beleid.draai import Maker
from balans.beleid.populatie import PopulatieSpec, blokken
from balans.beleid.run import VARIANT_MAP, maak_variant

HIER = Path(__file__).resolve().parent
MAANDEN = kalender.maanden(dt.date(2027, 1, 1), dt.date(2027, 12, 1))


def _variant(naam: str) -> Variant:
    import yaml

    return maak_variant(yaml.safe_load((VARIANT_MAP / f"{naam}.yaml").read_text(encoding="utf-8")))[0]


def machine() -> dict:
    cpu = next(
        (
            r.split(":", 1)[1].strip()
            for r in Path("/proc/cpuinfo").read_text().splitlines()
            if r.startswith("model name")
        ),
        "onbekend",
    )
    return {"cpu": cpu, "cores": os.cpu_count(), "python": platform.python_version(), "numpy": np.__version__}


def _spreiding(tijden: list[float]) -> dict:
    return {
        "mediaan_s": float(np.median(tijden)),
        "min_s": float(np.min(tijden)),
        "max_s": float(np.max(tijden)),
        "runs": len(tijden),
    }


def numpy_meting(n: int, herhaal: int) -> dict:
    """Elke ronde alle opstellingen na elkaar: de machine is gedeeld, zo meten ze onder dezelfde belasting.
    Per extra variant: het verschil met '1 variant' in dezelfde ronde, dan de mediaan over de rondes."""
    spec = PopulatieSpec(n, zaadje=2026)
    maker = Maker(spec, tuple(MAANDEN))
    delen = blokken(spec)
    basis, hervorming = _variant("wet-2026"), _variant("wet-2027")
    # nrp-70 verandert de norm (art. 24): die kan niet van de basis worden overgenomen (Ctx.onthoud)
    andere_norm = _variant("nrp-70")
    opstellingen = {
        "1 variant": [basis],
        "2 varianten": [basis, hervorming],
        "2 varianten, tweede met andere norm": [basis, andere_norm],
    }
    reken_numpy(delen[:1], maker, [basis, hervorming, andere_norm], None, I.verzamel)  # opwarmen (caches per maand)
    tijden: dict[str, list[float]] = {k: [] for k in opstellingen}
    tijden_pop, tijden_kern = [], []
    for _ in range(herhaal):
        for naam, varianten in opstellingen.items():
            gc.collect()
            t = time.perf_counter()
            reken_numpy(delen, maker, varianten, None, I.verzamel)
            tijden[naam].append(time.perf_counter() - t)
        # onderdelen: de populatie maken, en de regelkern van één variant zonder indicatoren
        gc.collect()
        t = time.perf_counter()
        delen_obj = [maker(a, b) for a, b in delen]
        tijden_pop.append(time.perf_counter() - t)
        t = time.perf_counter()
        for d in delen_obj:
            reken_variant(d, hervorming.boom)
        tijden_kern.append(time.perf_counter() - t)
        del delen_obj
    uit = {}
    for naam, varianten in opstellingen.items():
        gc.collect()
        tracemalloc.start()
        reken_numpy(delen, maker, varianten, None, I.verzamel)
        piek = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        uit[naam] = {**_spreiding(tijden[naam]), "piek_mb": piek / 1e6}
    extra = [b - a for a, b in zip(tijden["1 variant"], tijden["2 varianten"])]
    extra_norm = [b - a for a, b in zip(tijden["1 variant"], tijden["2 varianten, tweede met andere norm"])]
    return {
        "huishoudens": n,
        "maanden": len(MAANDEN),
        "runs": uit,
        "per_extra_variant_s": float(np.median(extra)),
        "per_extra_variant": _spreiding(extra),
        "per_extra_variant_andere_norm": _spreiding(extra_norm),
        "populatie_maken_s": float(np.median(tijden_pop)),
        "alleen_regelkern_s": float(np.median(tijden_kern)),
        "alleen_regelkern": _spreiding(tijden_kern),
    }


def _rss_piek() -> int:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def dask_meting(groottes: list[int], werkers: int) -> list[dict]:
    import dask
    from dask.distributed import Client, LocalCluster

    from balans.beleid.doorrekenen import WERKER_OMGEVING

    basis, hervorming = _variant("wet-2026"), _variant("wet-2027")
    uit = []
    for n in groottes:
        spec = PopulatieSpec(n, zaadje=2026)
        with dask.config.set({"distributed.nanny.pre-spawn-environ": WERKER_OMGEVING}):
            cluster = LocalCluster(n_workers=werkers, threads_per_worker=1, memory_limit="2GB", dashboard_address=None)
        adres = cluster.scheduler_address
        t = time.perf_counter()
        reken_dask(blokken(spec), Maker(spec, tuple(MAANDEN)), [basis, hervorming], None, I.verzamel, scheduler=adres)
        duur = time.perf_counter() - t
        with Client(adres) as c:
            rss = c.run(_rss_piek)
        cluster.close()
        m = {
            "huishoudens": n,
            "varianten": 2,
            "werkers": werkers,
            "tijd_s": duur,
            "piek_rss_per_werker_mb": max(rss.values()) / 1e6,
            "per_miljoen_s": duur / (n / 1e6),
        }
        print(
            f"  Dask {n:>10,} huishoudens: {duur:6.1f} s, piek per werker {m['piek_rss_per_werker_mb']:.0f} MB",
            flush=True,
        )
        uit.append(m)
    return uit


def openfisca_meting(n: int) -> dict | None:
    py = HIER / "openfisca" / ".venv" / "bin" / "python"
    if not py.exists():
        print("  OpenFisca-venv ontbreekt (benchmarks/openfisca/installeer.sh); overgeslagen.")
        return None
    uitbestand = HIER / "resultaten" / "openfisca.json"
    r = subprocess.run(
        [str(py), str(HIER / "openfisca" / "vergelijk.py"), "--n", str(n), "--uit", str(uitbestand)],
        capture_output=True,
        text=True,
        cwd=HIER.parent,
    )
    print("  " + "\n  ".join(r.stdout.strip().splitlines()[-6:]))
    return json.loads(uitbestand.read_text()) if r.returncode == 0 and uitbestand.exists() else None


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=410_000)
    ap.add_argument("--herhaal", type=int, default=5)
    ap.add_argument("--dask", default="1000000,2500000,5000000,10000000")
    ap.add_argument("--werkers", type=int, default=2)
    ap.add_argument("--openfisca", action="store_true")
    args = ap.parse_args()
    pad = HIER / "resultaten" / "beleid.json"
    # Wat deze run niet meet (zoals Dask met --dask ""), blijft staan zoals het vorige keer gemeten is.
    res = json.loads(pad.read_text(encoding="utf-8")) if pad.exists() else {}
    res.update({"gemeten_op": dt.datetime.now().astimezone().isoformat(timespec="seconds"), "machine": machine()})
    print(f"Beleid: {args.n:,} huishoudens x 12 maanden (2027), numpy, {args.herhaal} rondes ...", flush=True)
    res["numpy"] = nm = numpy_meting(args.n, args.herhaal)
    for k, v in nm["runs"].items():
        print(f"  {k}: mediaan {v['mediaan_s']:.2f} s ({v['min_s']:.2f}-{v['max_s']:.2f}), piek {v['piek_mb']:.0f} MB")
    for k, label in (
        ("per_extra_variant", "per extra variant"),
        ("per_extra_variant_andere_norm", "idem, andere norm"),
        ("alleen_regelkern", "alleen de regelkern, één variant"),
    ):
        v = nm[k]
        print(f"  {label}: mediaan {v['mediaan_s']:.2f} s ({v['min_s']:.2f}-{v['max_s']:.2f})")
    print(f"  populatie maken {nm['populatie_maken_s']:.2f} s")
    if args.dask:
        res["dask"] = dask_meting([int(x) for x in args.dask.split(",") if x], args.werkers)
    if args.openfisca:
        res["openfisca"] = openfisca_meting(args.n)
    pad.write_text(json.dumps(res, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"Resultaten: {pad.relative_to(HIER.parent)}")


if __name__ == "__main__":
    sys.exit(main())
