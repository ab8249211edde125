# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Veiligheidsbenchmark (issue 17): de twee probes van de red-team-run opnieuw, op een echte `balans serve`.

1. Traag verzoek: een anonieme casus met 3.000 (en 1.000) overlappende loonstroken naar /v1/berekeningen.
   Gemeten: tijd tot het antwoord, status, grootte van het antwoord, en intussen de latentie van een
   tweede client op dezelfde server (doel: 4xx binnen 1 s, < 100 KB, tweede client binnen 100 ms).
   Met 1 werkproces (het strengste geval: geen tweede proces om op uit te wijken) en met de standaard.
2. Inloggen: 20 gelijktijdige verkeerde wachtwoorden voor één account (doel: minstens 15 × 429), en
   dezelfde 20 met elk een verzonnen X-Forwarded-For (die mag niets uitmaken).

Gebruik: python benchmarks/veiligheid.py   (schrijft benchmarks/resultaten/veiligheid.json)
"""

from __future__ import annotations

import concurrent.futures
import json
import os
import platform
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

HIER = Path(__file__).parent
BALANS = Path(sys.executable).with_name("balans")


def vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def casus(n: int) -> dict:
    strook = {
        "werkgever": "Bakkerij",
        "loonperiode": "maand",
        "periode": {"van": "2026-01-01", "tot": "2026-01-31"},
        "betaaldatum": "2026-01-25",
        "netto": "500.00",
    }
    return {
        "naam": "overlap",
        "periode": {"van": "2026-01", "tot": "2026-12"},
        "huishouden": {"aanvrager": {"geboortedatum": "1980-01-01"}},
        "loonstroken": [{"id": f"l{i}", **strook} for i in range(n)],
    }


class Server:
    def __init__(self, map_: Path, workers: int | None):
        self.poort = vrije_poort()
        self.url = f"http://127.0.0.1:{self.poort}"
        cmd = [str(BALANS), "serve", "--demo", "--port", str(self.poort), "--database", f"sqlite:///{map_}/b.sqlite3"]
        if workers:
            cmd += ["--workers", str(workers)]
        self.proc = subprocess.Popen(
            cmd, env=dict(os.environ, BALANS_DEMO_ZAKEN="6"), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        eind = time.monotonic() + 120
        while True:
            try:
                if httpx.get(self.url + "/v1/algoritmeregister", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            if time.monotonic() > eind or self.proc.poll() is not None:
                raise SystemExit("server start niet")
            time.sleep(0.2)

    def stop(self):
        self.proc.send_signal(signal.SIGTERM)
        self.proc.wait(30)


def traag_verzoek(url: str, n: int) -> dict:
    body = json.dumps(casus(n)).encode()
    klaar = threading.Event()
    uitkomst: dict = {}

    def groot():
        t = time.perf_counter()
        r = httpx.post(
            url + "/v1/berekeningen", content=body, headers={"Content-Type": "application/json"}, timeout=300
        )
        uitkomst.update(
            status=r.status_code,
            seconden=time.perf_counter() - t,
            antwoord_bytes=len(r.content),
            meldingen=len(r.json().get("invalidParams", [])) if r.status_code < 500 else None,
        )
        klaar.set()

    latenties = []
    klein = json.dumps(casus(1)).encode()
    with httpx.Client() as tweede:  # de tweede client: een kleine berekening, steeds opnieuw, zolang het grote loopt
        tweede.post(url + "/v1/berekeningen", content=klein, headers={"Content-Type": "application/json"})
        draad = threading.Thread(target=groot)
        draad.start()
        while not klaar.is_set() or len(latenties) < 5:
            t = time.perf_counter()
            tweede.post(
                url + "/v1/berekeningen", content=klein, headers={"Content-Type": "application/json"}, timeout=300
            )
            latenties.append(time.perf_counter() - t)
        draad.join()
    return {
        "loonstroken": n,
        "body_bytes": len(body),
        **uitkomst,
        "tweede_client_ms": {
            "max": round(max(latenties) * 1000, 1),
            "mediaan": round(statistics.median(latenties) * 1000, 1),
            "aantal": len(latenties),
        },
    }


def inloggen(url: str, naam: str, xff: bool) -> dict:
    def een(i):
        h = {"X-Forwarded-For": f"203.0.113.{i}"} if xff else {}
        return httpx.post(
            url + "/v1/sessies", json={"gebruikersnaam": naam, "wachtwoord": "fout"}, headers=h, timeout=60
        ).status_code

    with concurrent.futures.ThreadPoolExecutor(20) as pool:
        statussen = list(pool.map(een, range(20)))
    return {
        "account": naam,
        "verzonnen_x_forwarded_for": xff,
        "pogingen": 20,
        "429": statussen.count(429),
        "401": statussen.count(401),
        "anders": 20 - statussen.count(429) - statussen.count(401),
    }


def main() -> None:
    uit = {"machine": {"python": platform.python_version(), "cores": os.cpu_count()}, "traag": [], "inloggen": []}
    for workers in (1, None):
        with tempfile.TemporaryDirectory() as d:
            s = Server(Path(d), workers)
            try:
                for n in (3000, 1000):
                    r = {"werkprocessen": workers or "standaard", **traag_verzoek(s.url, n)}
                    uit["traag"].append(r)
                    print(
                        f"traag verzoek, {r['werkprocessen']} werkproces(sen), {n} overlappende loonstroken "
                        f"({r['body_bytes'] // 1000} KB): {r['status']} na {r['seconden'] * 1000:.0f} ms, "
                        f"antwoord {r['antwoord_bytes']} bytes, {r['meldingen']} meldingen; tweede client max "
                        f"{r['tweede_client_ms']['max']} ms (mediaan {r['tweede_client_ms']['mediaan']} ms, "
                        f"{r['tweede_client_ms']['aantal']} verzoeken)",
                        flush=True,
                    )
                if workers is None:
                    for naam, xff in (("km.jansen", False), ("km.bakker", True)):
                        r = inloggen(s.url, naam, xff)
                        uit["inloggen"].append(r)
                        print(
                            f"inloggen: 20 gelijktijdige verkeerde wachtwoorden voor {naam}"
                            f"{' (elk een verzonnen X-Forwarded-For)' if xff else ''}: {r['429']} × 429, "
                            f"{r['401']} × 401, {r['anders']} anders",
                            flush=True,
                        )
            finally:
                s.stop()
    (HIER / "resultaten").mkdir(exist_ok=True)
    (HIER / "resultaten" / "veiligheid.json").write_text(json.dumps(uit, indent=2, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
