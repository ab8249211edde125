"""Benchmark van de beleidsdoorrekening (issue 6). Schrijft benchmarks/resultaten/beleid.json.

1. 410.000 huishoudens x 12 maanden, numpy: tijd en piekgeheugen per variant, met indicatoren.
   In dezelfde run: alleen de regelkern (zonder indicatoren) en het maken van de populatie.
2. Dask (LocalCluster, 2 werkers van 2 GB): 1, 2,5, 5 en 10 miljoen huishoudens; tijd en het
   hoogste RSS-geheugen per werker.
3. Optioneel (--openfisca): benchmarks/openfisca/vergelijk.py in zijn eigen venv, in deze run.

Gebruik: python benchmarks/beleid.py [--n 410000] [--dask 1000000,2500000,5000000,10000000] [--openfisca]
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
    cpu = next((r.split(":", 1)[1].strip() for r in Path("/proc/cpuinfo").read_text().splitlines()
                if r.startswith("model name")), "onbekend")
    return {"cpu": cpu, "cores": os.cpu_count(), "python": platform.python_version(), "numpy": np.__version__}


def numpy_meting(n: int, herhaal: int) -> dict:
    spec = PopulatieSpec(n, zaadje=2026)
    maker = Maker(spec, tuple(MAANDEN))
    delen = blokken(spec)
    basis, hervorming = _variant("wet-2026"), _variant("wet-2027")
    reken_numpy(delen[:1], maker, [basis, hervorming], None, I.verzamel)   # opwarmen (caches per maand)
    uit = {}
    for naam, varianten in (("1 variant", [basis]), ("2 varianten", [basis, hervorming])):
        tijden = []
        for _ in range(herhaal):
            gc.collect()
            t = time.perf_counter()
            reken_numpy(delen, maker, varianten, None, I.verzamel)
            tijden.append(time.perf_counter() - t)
        gc.collect()
        tracemalloc.start()
        reken_numpy(delen, maker, varianten, None, I.verzamel)
        piek = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        uit[naam] = {"mediaan_s": float(np.median(tijden)), "piek_mb": piek / 1e6}
    # onderdelen, in dezelfde run
    tijden_pop, tijden_kern = [], []
    for _ in range(herhaal):
        t = time.perf_counter()
        delen_obj = [maker(a, b) for a, b in delen]
        tijden_pop.append(time.perf_counter() - t)
        t = time.perf_counter()
        for d in delen_obj:
            reken_variant(d, hervorming.boom)
        tijden_kern.append(time.perf_counter() - t)
        del delen_obj
    per_variant = uit["2 varianten"]["mediaan_s"] - uit["1 variant"]["mediaan_s"]
    return {"huishoudens": n, "maanden": len(MAANDEN), "runs": uit,
            "per_extra_variant_s": per_variant,
            "populatie_maken_s": float(np.median(tijden_pop)),
            "alleen_regelkern_s": float(np.median(tijden_kern))}


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
        m = {"huishoudens": n, "varianten": 2, "werkers": werkers, "tijd_s": duur,
             "piek_rss_per_werker_mb": max(rss.values()) / 1e6, "per_miljoen_s": duur / (n / 1e6)}
        print(f"  Dask {n:>10,} huishoudens: {duur:6.1f} s, piek per werker {m['piek_rss_per_werker_mb']:.0f} MB", flush=True)
        uit.append(m)
    return uit


def openfisca_meting(n: int) -> dict | None:
    py = HIER / "openfisca" / ".venv" / "bin" / "python"
    if not py.exists():
        print("  OpenFisca-venv ontbreekt (benchmarks/openfisca/installeer.sh); overgeslagen.")
        return None
    uitbestand = HIER / "resultaten" / "openfisca.json"
    r = subprocess.run([str(py), str(HIER / "openfisca" / "vergelijk.py"), "--n", str(n), "--uit", str(uitbestand)],
                       capture_output=True, text=True, cwd=HIER.parent)
    print("  " + "\n  ".join(r.stdout.strip().splitlines()[-6:]))
    return json.loads(uitbestand.read_text()) if r.returncode == 0 and uitbestand.exists() else None


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=410_000)
    ap.add_argument("--herhaal", type=int, default=3)
    ap.add_argument("--dask", default="1000000,2500000,5000000,10000000")
    ap.add_argument("--werkers", type=int, default=2)
    ap.add_argument("--openfisca", action="store_true")
    args = ap.parse_args()
    res = {"gemeten_op": dt.datetime.now().astimezone().isoformat(timespec="seconds"), "machine": machine()}
    print(f"Beleid: {args.n:,} huishoudens x 12 maanden (2027), numpy ...", flush=True)
    res["numpy"] = numpy_meting(args.n, args.herhaal)
    for k, v in res["numpy"]["runs"].items():
        print(f"  {k}: {v['mediaan_s']:.2f} s, piek {v['piek_mb']:.0f} MB")
    print(f"  per extra variant {res['numpy']['per_extra_variant_s']:.2f} s; populatie maken "
          f"{res['numpy']['populatie_maken_s']:.2f} s; alleen de regelkern {res['numpy']['alleen_regelkern_s']:.2f} s")
    if args.dask:
        res["dask"] = dask_meting([int(x) for x in args.dask.split(",") if x], args.werkers)
    if args.openfisca:
        res["openfisca"] = openfisca_meting(args.n)
    pad = HIER / "resultaten" / "beleid.json"
    pad.write_text(json.dumps(res, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"Resultaten: {pad.relative_to(HIER.parent)}")


if __name__ == "__main__":
    sys.exit(main())
