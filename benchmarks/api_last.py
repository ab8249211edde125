# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Lastmeting van POST /v1/berekeningen: Ferd, 12 maanden, met uitleg. Doel: p95 <= 20 ms bij 20 gelijktijdige clients.

De server draait als apart proces (uvicorn, 1 en 2 workers, log op warning, geen access log) op 127.0.0.1.
Met 2 workers zet uvicorn 0.54 geen TCP_NODELAY (issue 3149): elk antwoord wacht dan ~40 ms; daarom ook
een variant '2+nodelay' met een kleine omweg. Ook dan krijgt vaak één worker alle 20 keep-alive-
verbindingen; '2+reuseport' (twee uvicorn-processen met SO_REUSEPORT) laat zien wat 2 cores echt kunnen.
Lastgenerator: wrk (C, Debian-pakket wrk) met 1 draad; een Python-client (asyncio + httpx) meet ook, maar die
eet op 2 cores CPU van de server af, dus wrk is de maat. In dezelfde run ook het verzoek zonder HTTP (de
rekendienst zelf, en in-process via de ASGI-app), om te zien wat HTTP kost.

Gebruik: python benchmarks/api_last.py [--varianten 1,2,2+nodelay,2+reuseport] [--clients 20] [--duur 20]
                                       [--per-client 100] [--generator wrk,python]
                                       [--json benchmarks/resultaten/api_last.json]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as dt
import json
import os
import platform
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
import yaml

from balans.server import standaard_workers

HIER = Path(__file__).resolve().parent
PROJECT = HIER.parent
CASUS = PROJECT / "src" / "balans" / "voorbeelden" / "ferd.yaml"
PAD = "/v1/berekeningen"
DOEL_P95_MS = 20.0
VARIANT_NAAM = {
    "1": "1 worker",
    "2": "2 workers (uvicorn --workers 2)",
    "2+nodelay": "2 workers met TCP_NODELAY",
    "2+reuseport": "2 workers met SO_REUSEPORT en TCP_NODELAY",
    "serve": "balans serve (standaard: één proces per core)",
}


def nl(x, decimalen: int = 1) -> str:
    """Nederlandse notatie: 1.234,5."""
    if x is None:
        return "–"
    return f"{x:,.{decimalen}f}".replace(",", "_").replace(".", ",").replace("_", ".")


def machine() -> dict:
    cpu = "onbekend"
    with contextlib.suppress(OSError):
        for regel in Path("/proc/cpuinfo").read_text().splitlines():
            if regel.startswith("model name"):
                cpu = regel.split(":", 1)[1].strip()
                break
    import fastapi
    import uvicorn

    try:
        import httptools  # noqa: F401

        http = "httptools"
    except ImportError:
        http = "h11"
    try:
        import uvloop  # noqa: F401

        loop = "uvloop"
    except ImportError:
        loop = "asyncio"
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "uvicorn": uvicorn.__version__,
        "fastapi": fastapi.__version__,
        "http": http,
        "loop": loop,
    }


def casus_json() -> bytes:
    data = yaml.safe_load(CASUS.read_text(encoding="utf-8"))
    van, tot = (dt.date(*map(int, str(data["periode"][k]).split("-")[:2]), 1) for k in ("van", "tot"))
    maanden = (tot.year - van.year) * 12 + tot.month - van.month + 1
    assert maanden == 12, f"{CASUS.name} beslaat {maanden} maanden, niet 12"
    return json.dumps(data, default=lambda o: o.isoformat()).encode()  # datums als tekst


def percentielen(ms: list[float]) -> dict:
    if not ms:
        return {"p50": None, "p95": None, "p99": None, "max": None}
    s = sorted(ms)

    def p(q):
        return s[min(len(s) - 1, int(round(q * (len(s) - 1))))]

    return {"p50": p(0.50), "p95": p(0.95), "p99": p(0.99), "max": s[-1]}


# --- zonder HTTP ----------------------------------------------------------------------------------


def in_process(body: bytes, herhaal: int) -> dict:
    """De rekendienst zelf (wat de route doet, plus JSON), en de hele app via ASGI zonder netwerk."""
    import orjson
    from fastapi.testclient import TestClient

    from balans.app import create_app
    from balans.casus.laden import uit_data
    from balans.settings import Settings
    from balans.zaak import diensten

    def meet(fn) -> list[float]:
        for _ in range(min(50, herhaal)):
            fn()
        tijden = []
        for _ in range(herhaal):
            t = time.perf_counter_ns()
            fn()
            tijden.append((time.perf_counter_ns() - t) / 1e6)
        return tijden

    data = orjson.loads(body)
    kern = meet(lambda: orjson.dumps(diensten.berekening(uit_data(data, "casus"))))
    with tempfile.TemporaryDirectory(prefix="balans-last-") as d:
        app = create_app(Settings(database_url=f"sqlite:///{d}/b.sqlite3", demo=False))
        with TestClient(app) as c:

            def asgi():
                r = c.post(PAD, content=body, headers={"content-type": "application/json"})
                assert r.status_code == 200, r.text[:300]

            via_asgi = meet(asgi)
        app.state.engine.dispose()
    return {
        "rekendienst_ms": percentielen(kern) | {"mediaan": statistics.median(kern), "n": len(kern)},
        "asgi_testclient_ms": percentielen(via_asgi) | {"mediaan": statistics.median(via_asgi), "n": len(via_asgi)},
        "antwoord_bytes": len(orjson.dumps(diensten.berekening(uit_data(data, "casus")))),
    }


# --- de server ------------------------------------------------------------------------------------


def vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def cpu_seconden(pid: int) -> float:
    """CPU-tijd (user + system) van een proces en al zijn kinderen die nog leven (de workers)."""
    tik = os.sysconf("SC_CLK_TCK")
    totaal = 0.0
    pids = [pid]
    with contextlib.suppress(OSError):
        for kind in Path(f"/proc/{pid}/task/{pid}/children").read_text().split():
            pids.append(int(kind))
    for p in pids:
        with contextlib.suppress(OSError, IndexError, ValueError):
            velden = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
            totaal += (int(velden[11]) + int(velden[12])) / tik
    return totaal


def _reuseport_worker(poort: int) -> None:
    import uvicorn

    # eigen socket per worker met SO_REUSEPORT: de kernel verdeelt nieuwe verbindingen over de workers;
    # IPPROTO_TCP expliciet, anders zet asyncio geen TCP_NODELAY
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind(("127.0.0.1", poort))
    config = uvicorn.Config("balans.app:create_app", factory=True, log_level="warning", access_log=False)
    uvicorn.Server(config).run(sockets=[sock])


def serveer(poort: int, workers: int, soort: str) -> None:
    """uvicorn met meer workers, maar mét TCP_NODELAY (varianten '+nodelay' en '+reuseport')."""
    import multiprocessing

    import uvicorn

    if soort == "reuseport":
        ctx = multiprocessing.get_context("spawn")
        procs = [ctx.Process(target=_reuseport_worker, args=(poort,)) for _ in range(workers)]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        return
    # uvicorn 0.54 bindt de socket voor --workers N met proto 0; asyncio zet TCP_NODELAY alleen bij
    # proto == IPPROTO_TCP, dus wacht elk keep-alive-antwoord ~40 ms op een delayed ACK (uvicorn issue 3149).
    # Opnieuw openen vanaf de fd leest het echte protocol (6) uit de kernel.
    origineel = uvicorn.Config.bind_socket
    uvicorn.Config.bind_socket = lambda self: socket.socket(fileno=origineel(self).detach())
    uvicorn.run(
        "balans.app:create_app",
        factory=True,
        host="127.0.0.1",
        port=poort,
        workers=workers,
        log_level="warning",
        access_log=False,
    )


@contextlib.contextmanager
def server(variant: str, database_url: str):
    workers, _, soort = variant.partition("+")
    poort = vrije_poort()
    env = dict(os.environ, BALANS_DATABASE_URL=database_url, BALANS_DEMO="1", BALANS_DEMO_ZAKEN="24")
    if workers == "serve":  # wat `make run` start: balans serve, één proces per core met SO_REUSEPORT
        cmd = [str(Path(sys.executable).with_name("balans")), "serve", "--port", str(poort)]
    elif soort:
        cmd = [sys.executable, str(Path(__file__).resolve()), "--serveer", f"{poort},{workers},{soort}"]
    else:  # zoals een beheerder het start
        cmd = [
            sys.executable,
            "-m",
            "uvicorn",
            "balans.app:create_app",
            "--factory",
            "--host",
            "127.0.0.1",
            "--port",
            str(poort),
            "--workers",
            workers,
            "--log-level",
            "warning",
            "--no-access-log",
        ]
    proc = subprocess.Popen(cmd, env=env, cwd=PROJECT, start_new_session=True)
    url = f"http://127.0.0.1:{poort}"
    try:
        eind = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"uvicorn stopte meteen (code {proc.returncode})")
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(url + "/v1/algoritmeregister", timeout=1).status_code == 200:
                    break
            if time.monotonic() > eind:
                raise RuntimeError("uvicorn antwoordde niet binnen 60 s")
            time.sleep(0.2)
        yield url, proc
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)  # eigen sessie: de master en zijn workers
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


# --- lastgeneratoren ------------------------------------------------------------------------------


async def _python_last(url: str, body: bytes, clients: int, per_client: int, max_duur: float) -> dict:
    """Elke client een eigen keep-alive-verbinding, verzoek na verzoek; stopt na max_duur seconden."""
    tijden: list[float] = []
    fouten: dict[str, int] = {}
    eind = time.perf_counter() + max_duur

    async def client():
        async with httpx.AsyncClient(base_url=url, timeout=10, limits=httpx.Limits(max_connections=1)) as c:
            for _ in range(per_client):
                if time.perf_counter() > eind:
                    return
                t = time.perf_counter()
                try:
                    r = await c.post(PAD, content=body, headers={"content-type": "application/json"})
                    if r.status_code != 200:
                        fouten[str(r.status_code)] = fouten.get(str(r.status_code), 0) + 1
                        continue
                except httpx.HTTPError as e:
                    fouten[type(e).__name__] = fouten.get(type(e).__name__, 0) + 1
                    continue
                tijden.append((time.perf_counter() - t) * 1000)

    start = time.perf_counter()
    await asyncio.gather(*(client() for _ in range(clients)))
    duur = time.perf_counter() - start
    return {
        "generator": "python (asyncio + httpx, in een apart proces dan de server)",
        "clients": clients,
        "verzoeken": len(tijden),
        "fouten": fouten,
        "duur_s": duur,
        "per_seconde": len(tijden) / duur,
        **{f"{k}_ms": v for k, v in percentielen(tijden).items()},
    }


def python_last(url, body, clients, per_client, max_duur) -> dict:
    return asyncio.run(_python_last(url, body, clients, per_client, max_duur))


LUA = """wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = [==[%s]==]
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULTAAT %%d %%d %%d %%d %%d %%d %%d %%d %%.1f %%.1f %%.1f %%.1f %%.1f\\n",
    summary.requests, summary.duration, e.connect, e.read, e.write, e.status, e.timeout, summary.bytes,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max, latency.mean))
end
"""


def verbindingen_per_proces(poort: int) -> list[int]:
    """Hoeveel open verbindingen elk serverproces heeft (ss); laat zien of de workers de last delen."""
    if not shutil.which("ss"):
        return []
    uit = subprocess.run(
        ["ss", "-tnpH", "state", "established", f"( sport = :{poort} )"], capture_output=True, text=True
    ).stdout
    tel: dict[str, int] = {}
    for regel in uit.splitlines():
        for pid in set(re.findall(r"pid=(\d+)", regel)):
            tel[pid] = tel.get(pid, 0) + 1
    return sorted(tel.values(), reverse=True)


def wrk_last(url: str, body: bytes, clients: int, duur: int, lua: Path) -> dict:
    lua.write_text(LUA % body.decode())
    cmd = ["wrk", "-t1", f"-c{clients}", f"-d{duur}s", "--timeout", "5s", "--latency", "-s", str(lua), url + PAD]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(duur / 2)
    verdeling = verbindingen_per_proces(int(url.rsplit(":", 1)[1]))
    stdout, stderr = proc.communicate(timeout=duur + 60)
    regel = next((r for r in stdout.splitlines() if r.startswith("RESULTAAT ")), None)
    if regel is None:
        raise RuntimeError(f"wrk gaf geen resultaat: {stdout[-500:]} {stderr[-500:]}")
    v = regel.split()[1:]
    n, duur_us, conn, read, write, status, timeout, _bytes = map(int, v[:8])
    p50, p95, p99, mx, gem = (float(x) / 1000 for x in v[8:])
    fouten = {
        k: x
        for k, x in (
            ("verbinding", conn),
            ("lezen", read),
            ("schrijven", write),
            ("status niet 2xx/3xx", status),
            ("timeout", timeout),
        )
        if x
    }
    return {
        "generator": "wrk (1 draad, C)",
        "clients": clients,
        "verzoeken": n,
        "fouten": fouten,
        "duur_s": duur_us / 1e6,
        "per_seconde": n / (duur_us / 1e6),
        "p50_ms": p50,
        "p95_ms": p95,
        "p99_ms": p99,
        "max_ms": mx,
        "gemiddeld_ms": gem,
        "verbindingen_per_proces": verdeling,
    }


def regel(m: dict, clients: int) -> str:
    fout = ", ".join(f"{k}: {v}" for k, v in m["fouten"].items()) or "geen"
    verdeling = m.get("verbindingen_per_proces") or []
    tekst = (
        f"{VARIANT_NAAM.get(m['variant'], m['variant'])}, {m['generator']}, {m['clients']} client(s): "
        f"{m['verzoeken']} verzoeken in {nl(m['duur_s'], 1)} s = {nl(m['per_seconde'], 0)}/s; "
        f"p50 {nl(m['p50_ms'])} ms, p95 {nl(m['p95_ms'])} ms, p99 {nl(m['p99_ms'])} ms; fouten: {fout}; "
        f"server-CPU {nl(m['server_cpu_ms_per_verzoek'], 2)} ms per verzoek"
    )
    if m["workers"] > 1 and verdeling:
        tekst += f"; verbindingen per worker {'/'.join(map(str, verdeling + [0] * (m['workers'] - len(verdeling))))}"
    if m["clients"] == clients:
        tekst += f". Doel p95 <= {nl(DOEL_P95_MS, 0)} ms: {'gehaald' if m['doel_gehaald'] else 'NIET gehaald'}"
    return tekst + "."


# --- alles ----------------------------------------------------------------------------------------


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--varianten",
        default="1,2,2+nodelay,2+reuseport,serve",
        help="aantallen uvicorn-workers, met komma's; '2+nodelay' = 2 workers met TCP_NODELAY; "
        "'2+reuseport' = 2 losse uvicorn-processen met SO_REUSEPORT (en TCP_NODELAY); "
        "'serve' = balans serve zoals make run het start",
    )
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--opwarmen", type=int, default=300, help="verzoeken om op te warmen, per server")
    ap.add_argument("--duur", type=int, default=20, help="seconden per wrk-meting (hoogstens 30)")
    ap.add_argument("--per-client", type=int, default=100, help="verzoeken per Python-client")
    ap.add_argument("--generator", default="wrk,python", help="wrk, python of beide (wrk,python)")
    ap.add_argument("--in-process", type=int, default=500, help="herhalingen zonder HTTP")
    ap.add_argument("--json", type=Path, default=HIER / "resultaten" / "api_last.json")
    ap.add_argument("--serveer", help=argparse.SUPPRESS)  # intern: poort,workers,soort
    args = ap.parse_args()
    if args.serveer:
        poort, workers, soort = args.serveer.split(",")
        return serveer(int(poort), int(workers), soort)
    duur = max(1, min(args.duur, 30))
    generatoren = [g.strip() for g in args.generator.split(",") if g.strip()]
    if "wrk" in generatoren and not shutil.which("wrk"):
        print("wrk ontbreekt (apt-get install wrk); ik meet alleen met de Python-client.", file=sys.stderr)
        generatoren = [g for g in generatoren if g != "wrk"] or ["python"]

    body = casus_json()
    info = machine()
    print(f"Lastmeting POST {PAD}: {CASUS.name} (12 maanden, met uitleg), {args.clients} gelijktijdige clients.")
    print(
        f"Machine: {info['cpu']}, {info['cores']} cores, Python {info['python']}, uvicorn {info['uvicorn']} "
        f"({info['http']}, {info['loop']}), FastAPI {info['fastapi']}."
    )

    zonder_http = in_process(body, args.in_process)
    k, a = zonder_http["rekendienst_ms"], zonder_http["asgi_testclient_ms"]
    print(
        f"Zonder HTTP: rekendienst + JSON mediaan {nl(k['mediaan'], 2)} ms (p95 {nl(k['p95'], 2)}); "
        f"hele app via ASGI in-process mediaan {nl(a['mediaan'], 2)} ms (p95 {nl(a['p95'], 2)}); "
        f"antwoord {nl(zonder_http['antwoord_bytes'] / 1024, 1)} kB."
    )

    metingen = []
    with tempfile.TemporaryDirectory(prefix="balans-last-") as d:
        db = f"sqlite:///{d}/last.sqlite3"
        # eerst één keer migreren en demo-gegevens vullen, zodat twee workers dat niet tegelijk doen
        from balans.app import create_app
        from balans.settings import Settings

        create_app(Settings(database_url=db, demo=True, demo_zaken=24)).state.engine.dispose()
        for variant in [v.strip() for v in args.varianten.split(",") if v.strip()]:
            with server(variant, db) as (url, proc):
                per = max(1, args.opwarmen // args.clients)
                opw = python_last(url, body, args.clients, per, 30)
                assert opw["verzoeken"] > 0, f"opwarmen mislukte: {opw['fouten']}"
                # eerst één client: geen wachtrij, dus dit is de echte prijs van één verzoek over HTTP
                plan = ([("wrk", 1)] if "wrk" in generatoren else []) + [(g, args.clients) for g in generatoren]
                for g, clients in plan:
                    cpu0 = cpu_seconden(proc.pid)
                    if g == "wrk":
                        m = wrk_last(url, body, clients, duur if clients > 1 else min(5, duur), Path(d) / "post.lua")
                    else:
                        m = python_last(url, body, clients, args.per_client, duur)
                    cpu = cpu_seconden(proc.pid) - cpu0
                    m |= {
                        "variant": variant,
                        "workers": standaard_workers() if variant == "serve" else int(variant.split("+")[0]),
                        "tcp_nodelay": variant in ("1", "serve") or "+" in variant,
                        "server_cpu_ms_per_verzoek": cpu * 1000 / max(1, m["verzoeken"]),
                        "doel_gehaald": (
                            m["p95_ms"] is not None
                            and m["p95_ms"] <= DOEL_P95_MS
                            and not m["fouten"]
                            and clients >= args.clients
                        ),
                    }
                    metingen.append(m)
                    print(regel(m, args.clients))

    onder_last = [m for m in metingen if m["clients"] == args.clients]
    wrk_last_ = [m for m in onder_last if m["generator"].startswith("wrk")] or onder_last
    beste = min(wrk_last_, key=lambda m: m["p95_ms"] if m["p95_ms"] is not None else float("inf"))
    enkel = next((m for m in metingen if m["clients"] == 1 and m["variant"] == "1"), None)
    print(
        f"Beste bij {args.clients} clients ({beste['generator']}, {VARIANT_NAAM.get(beste['variant'], beste['variant'])}): "
        f"p95 {nl(beste['p95_ms'])} ms, {nl(beste['per_seconde'], 0)} verzoeken/s; doel p95 <= {nl(DOEL_P95_MS, 0)} ms "
        f"{'gehaald' if beste['doel_gehaald'] else 'NIET gehaald'}."
    )
    if enkel:
        print(
            f"HTTP-kosten: één verzoek zonder wachtrij duurt over HTTP {nl(enkel['p50_ms'], 2)} ms (p50), "
            f"de rekendienst zelf {nl(k['mediaan'], 2)} ms: uvicorn, FastAPI en middleware kosten dus "
            f"~{nl(enkel['p50_ms'] - k['mediaan'], 2)} ms. Server-CPU per verzoek onder last: "
            f"{nl(beste['server_cpu_ms_per_verzoek'], 2)} ms."
        )
    print(
        f"Bij {args.clients} clients die direct opnieuw vragen, is de latentie vooral wachten op elkaar: "
        f"ongeveer {args.clients} x server-CPU per verzoek / aantal bezette workers."
    )
    resultaat = {
        "gemeten_op": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "machine": info,
        "casus": str(CASUS.relative_to(PROJECT)),
        "pad": PAD,
        "clients": args.clients,
        "doel_p95_ms": DOEL_P95_MS,
        "zonder_http": zonder_http,
        "metingen": metingen,
        "beste": {
            "generator": beste["generator"],
            "variant": beste["variant"],
            "p95_ms": beste["p95_ms"],
            "doel_gehaald": beste["doel_gehaald"],
        },
    }
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(resultaat, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"Resultaten: {args.json.relative_to(PROJECT) if args.json.is_relative_to(PROJECT) else args.json}")


if __name__ == "__main__":
    main()
