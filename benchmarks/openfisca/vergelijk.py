# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Vergelijking met OpenFisca in één run: dezelfde populatie en rekenkunde in balans en in OpenFisca-core.

1. balans rekent N huishoudens x 12 maanden (balans.rekenen.populatie.bereken_maanden); we meten de tijd.
2. Het OpenFisca-model in balans_openfisca rekent hetzelfde: één Simulation uit dezelfde arrays,
   gevectoriseerd over alle huishoudens per maand; we meten opbouw (personen, set_input) en rekenen apart.
3. We controleren per huishouden per maand dat de bijstand tot op de cent gelijk is.
4. We schrijven benchmarks/resultaten/openfisca.json: machine, versies, tijden, piekgeheugen, verhouding.

Draait in de OpenFisca-venv (benchmarks/openfisca/installeer.sh); balans wordt uit src/ gelezen, niet
geïnstalleerd. Gebruik:

    benchmarks/openfisca/.venv/bin/python benchmarks/openfisca/vergelijk.py [--n 400000] [--herhaal 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import importlib
import json
import os
import platform
import statistics
import sys
import time
import tracemalloc
from importlib.metadata import version
from pathlib import Path

import numpy as np

HIER = Path(__file__).resolve().parent
ROOT = HIER.parent.parent
sys.path[:0] = [str(HIER), str(HIER.parent), str(ROOT / "src")]

from balans_openfisca import BalansTaxBenefitSystem, met_variant
from balans_openfisca.simulatie import bereken, bouw_simulatie, indeling, niet_gedekt

from balans.rekenen.populatie import bereken_maanden
from balans.wet.parameters import ParameterBoom

UIT = ROOT / "benchmarks" / "resultaten" / "openfisca.json"


def machine() -> dict:
    cpu = "onbekend"
    try:
        for regel in Path("/proc/cpuinfo").read_text().splitlines():
            if regel.startswith("model name"):
                cpu = regel.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "numpy": np.__version__,
        "openfisca_core": version("openfisca-core"),
        "systeem": platform.platform(),
    }


def laad_populatie(spec: str, n: int):
    """'module:functie' die (maanden(van, aantal), begin()) geeft, zoals benchmarks/synthetisch.py populatie()."""
    module, _, functie = spec.partition(":")
    try:
        return getattr(importlib.import_module(module), functie or "populatie")(n)
    except (ImportError, AttributeError) as e:
        raise SystemExit(f"--populatie '{spec}' is niet te laden: {e}") from e


def naar_model(eenheid: str, waarde):
    """Een waarde zoals balans haar inleest, in de eenheden van het OpenFisca-model."""
    if waarde is None or eenheid in ("euro", "aantal", "ja_nee", "keuze"):
        return waarde
    if eenheid == "percentage":
        bp = waarde * 10000
        return int(bp) if bp.denominator == 1 else bp
    raise ValueError(eenheid)


def controleer_parameters(tbs, boom: ParameterBoom, maanden: list[dt.date]) -> list[str]:
    """Zijn de parameters van het model in elke maand gelijk aan die van balans (met dit regime)?"""
    fouten = []
    for m in maanden:
        pb, po = boom.op(m), tbs.get_parameters_at_instant(m.isoformat())
        for bestand, node in tbs.parameters.children.items():
            if bestand == "aow":
                continue
            for naam in node.children:
                verwacht = naar_model(pb.meta(bestand, naam).eenheid, getattr(getattr(pb, bestand), naam))
                gevonden = po[bestand][naam]
                if verwacht != gevonden or type(verwacht) is not type(gevonden):
                    fouten.append(f"{m:%Y-%m} {bestand}.{naam}: balans {verwacht!r}, OpenFisca {gevonden!r}")
        for r in pb.aow.pensioengerechtigde_leeftijd:
            gevonden = tbs.get_parameters_at_instant(f"{r['jaar']}-01-01").aow.pensioengerechtigde_leeftijd_maanden
            if gevonden != r["jaren"] * 12 + r["maanden"]:
                fouten.append(
                    f"AOW-leeftijd {r['jaar']}: balans {r['jaren']}j{r['maanden']}m, OpenFisca {gevonden} maanden"
                )
    return fouten


def run_balans(boom, maanden, begin):
    uit = []
    for _, u in bereken_maanden(boom, maanden, begin()):
        uit.append(u.bijstand)
    return uit


def run_openfisca(tbs, maanden, begin):
    t = time.perf_counter()
    sim = bouw_simulatie(tbs, maanden, begin())
    t_bouw = time.perf_counter() - t
    uit = bereken(sim, maanden)["bijstand"]
    return uit, t_bouw


def tijd(fn):
    gc.collect()
    t = time.perf_counter()
    uit = fn()
    return time.perf_counter() - t, uit


def piek_mb(fn) -> float:
    gc.collect()
    tracemalloc.start()
    fn()
    _, piek = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return round(piek / 2**20, 1)


def regime_run(basis_tbs, regime: str, args) -> dict:
    print(f"\n== {regime} ==", flush=True)
    tbs = basis_tbs if regime == "wet" else met_variant(basis_tbs, regime)
    boom = ParameterBoom(regime)
    maand_gen, begin = laad_populatie(args.populatie, args.n)
    maanden = list(maand_gen(args.van, args.maanden))  # eenmaal trekken: beide krijgen exact dezelfde arrays
    datums = [m for m, _ in maanden]

    fouten = controleer_parameters(tbs, boom, datums)
    if fouten:
        raise SystemExit("De parameters van het OpenFisca-model wijken af van balans:\n  " + "\n  ".join(fouten[:20]))

    # 3) zelfde uitkomst, anders is de vergelijking niets waard
    b = run_balans(boom, maanden, begin)
    o, _ = run_openfisca(tbs, maanden, begin)
    b, o = np.stack(b, axis=1), np.stack(o, axis=1).astype(np.int64)
    gelijk = (b == o).all(axis=1)
    redenen = niet_gedekt(maanden)
    gedekt = np.ones(args.n, bool)
    for mask in redenen.values():
        gedekt &= ~mask
    verschil_gedekt = int((gedekt & ~gelijk).sum())
    controle = {
        "huishoudens": args.n,
        "maanden": len(datums),
        "personen_in_openfisca": indeling(maanden[0][1]).aantal,
        "gedekt_door_model": int(gedekt.sum()),
        "niet_gedekt": {r: int(m.sum()) for r, m in redenen.items()},
        "gelijk_tot_op_de_cent": int((gedekt & gelijk).sum()),
        "verschillend_terwijl_gedekt": verschil_gedekt,
        "voorbeelden_verschil": [int(i) for i in np.flatnonzero(gedekt & ~gelijk)[:10]],
        "huishoudmaanden_met_bijstand": int((b > 0).sum()),
        "bijstand_totaal_centen": int(b.sum()),
    }
    print(
        f"controle: {controle['gelijk_tot_op_de_cent']:,} van {args.n:,} huishoudens gelijk in alle "
        f"{len(datums)} maanden; verschillend: {verschil_gedekt}",
        flush=True,
    )
    if verschil_gedekt:
        print(
            "LET OP: verschil bij huishoudens die het model dekt; de tijden zijn dan niet te vergelijken.", flush=True
        )
    del b, o

    # 1) en 2) om en om, zodat ruis van de machine beide gelijk raakt
    t_b, t_o, t_bouw = [], [], []
    for i in range(args.herhaal):
        tb, _ = tijd(lambda: run_balans(boom, maanden, begin))
        to, (_, tbouw) = tijd(lambda: run_openfisca(tbs, maanden, begin))
        t_b.append(tb)
        t_o.append(to)
        t_bouw.append(tbouw)
        print(f"  run {i + 1}: balans {tb:.2f} s, OpenFisca {to:.2f} s (waarvan opbouw {tbouw:.2f} s)", flush=True)
    piek_b = piek_mb(lambda: run_balans(boom, maanden, begin))
    piek_o = piek_mb(lambda: run_openfisca(tbs, maanden, begin))
    mb, mo, mbouw = statistics.median(t_b), statistics.median(t_o), statistics.median(t_bouw)
    uit = {
        "regime": regime,
        "van": args.van.isoformat(),
        "balans_s": {"mediaan": round(mb, 3), "runs": [round(x, 3) for x in t_b]},
        "openfisca_s": {
            "mediaan": round(mo, 3),
            "runs": [round(x, 3) for x in t_o],
            "opbouw_mediaan": round(mbouw, 3),
            "rekenen_mediaan": round(statistics.median([a - c for a, c in zip(t_o, t_bouw)]), 3),
        },
        "verhouding_openfisca_gedeeld_door_balans": round(mo / mb, 2),
        "verhouding_alleen_rekenen": round((mo - mbouw) / mb, 2),
        "piekgeheugen_mb": {"balans": piek_b, "openfisca": piek_o},
        "controle": controle,
    }
    print(
        f"  mediaan: balans {mb:.2f} s, OpenFisca {mo:.2f} s: factor {mo / mb:.2f}; "
        f"piek {piek_b:.0f} MB tegen {piek_o:.0f} MB",
        flush=True,
    )
    return uit


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=400_000, help="aantal huishoudens")
    ap.add_argument("--maanden", type=int, default=12)
    ap.add_argument("--van", type=dt.date.fromisoformat, default=dt.date(2026, 7, 1), help="eerste maand (JJJJ-MM-01)")
    ap.add_argument("--herhaal", type=int, default=3)
    ap.add_argument(
        "--regimes",
        default="wet,bijverdienen-vanaf-2027",
        help="komma's ertussen; 'wet' of een variant uit src/balans/wet/varianten",
    )
    ap.add_argument(
        "--populatie", default="synthetisch:populatie", help="module:functie, zie benchmarks/synthetisch.py"
    )
    ap.add_argument("--uit", type=Path, default=UIT)
    args = ap.parse_args()
    if args.van.day != 1:
        raise SystemExit("--van moet de eerste dag van een maand zijn, bijvoorbeeld 2026-07-01.")
    if args.n < 1 or args.maanden < 1 or args.herhaal < 1:
        raise SystemExit("--n, --maanden en --herhaal moeten 1 of meer zijn.")

    t = time.perf_counter()
    tbs = BalansTaxBenefitSystem()
    laden = time.perf_counter() - t
    belasting_voor = os.getloadavg()
    resultaten = [regime_run(tbs, r.strip(), args) for r in args.regimes.split(",") if r.strip()]
    rapport = {
        "gemeten_op": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": machine(),
        "systeembelasting_1min": {"begin": round(belasting_voor[0], 2), "eind": round(os.getloadavg()[0], 2)},
        "populatie": args.populatie,
        "huishoudens": args.n,
        "maanden": args.maanden,
        "herhalingen": args.herhaal,
        "openfisca_model_laden_s": round(laden, 3),
        "opzet": (
            "Eén proces in de OpenFisca-venv; balans uit src/. Beide krijgen dezelfde arrays (eenmaal getrokken). "
            "balans: bereken_maanden over de MaandInvoer per maand. OpenFisca: één Simulation (personen in "
            "huishoudens, set_input per maand), dan bijstand en de stand per maand op volgorde. Tijd van "
            "OpenFisca = opbouw + rekenen; het laden van het model (parameters, variabelen) telt niet mee. "
            "Piekgeheugen: tracemalloc, in een aparte run per kant."
        ),
        "resultaten": resultaten,
    }
    args.uit.parent.mkdir(parents=True, exist_ok=True)
    args.uit.write_text(json.dumps(rapport, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nGeschreven: {args.uit}")
    fout = sum(r["controle"]["verschillend_terwijl_gedekt"] for r in resultaten)
    return 1 if fout else 0


if __name__ == "__main__":
    sys.exit(main())
