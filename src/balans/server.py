# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""`balans serve`: uvicorn met één of meer processen.

Met meer processen krijgt elk proces een eigen socket met SO_REUSEPORT; de kernel verdeelt de
verbindingen. Dat doen we zelf omdat uvicorn 0.54 met --workers de socket zonder protocolnummer
maakt, waarna asyncio geen TCP_NODELAY zet: elk keep-alive-antwoord wacht dan ~40 ms op een
delayed ACK (Kludex/uvicorn#3149; gemeten in benchmarks/api_last.py).
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import socket
import sys
import threading
import time


def standaard_workers() -> int:
    """Eén proces per core, hoogstens 4: meer helpt SQLite niet (één schrijver tegelijk)."""
    return max(1, min(4, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1))


def reuseport_socket(host: str, port: int) -> socket.socket:
    familie = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP expliciet: alleen dan zet asyncio TCP_NODELAY op elke verbinding
    sock = socket.socket(familie, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((host, port))
    sock.set_inheritable(True)
    return sock


def controleer_vrij(host: str, port: int) -> None:
    """OSError als er al iets luistert. Zonder SO_REUSEPORT, want daarmee zou een tweede balans de poort delen."""
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # TIME_WAIT van een vorige run mag
        s.bind((host, port))


def _proxy(forwarded_allow_ips: str | None) -> dict:
    """Uvicorn vertrouwt X-Forwarded-For standaard van 127.0.0.1; wij van niemand, tenzij zo ingesteld.

    Anders kon iemand op dezelfde machine (of achter een lokale proxy die de kopregel doorgeeft) met een
    verzonnen adres de rem op inlogpogingen omzeilen (issue 17).
    """
    if not forwarded_allow_ips:
        return {"proxy_headers": False}
    return {"proxy_headers": True, "forwarded_allow_ips": forwarded_allow_ips}


def _worker(host: str, port: int, omgeving: dict[str, str], forwarded_allow_ips: str | None = None) -> None:
    import uvicorn

    os.environ.update(omgeving)
    ouder = os.getppid()

    def wees():  # hoofdproces hard gestopt (SIGKILL)? dan stoppen wij ook, geen wezen op de poort
        while os.getppid() == ouder:
            time.sleep(1)
        os.kill(os.getpid(), signal.SIGTERM)

    threading.Thread(target=wees, daemon=True).start()
    config = uvicorn.Config(
        "balans.app:create_app", factory=True, log_level="warning", access_log=False, **_proxy(forwarded_allow_ips)
    )
    uvicorn.Server(config).run(sockets=[reuseport_socket(host, port)])


def _meld(tekst: str) -> None:
    print(f"{time.strftime('%Y-%m-%d %H:%M:%S')} balans: {tekst}", file=sys.stderr, flush=True)


MAX_HERSTARTS = 10  # binnen HERSTART_VENSTER seconden; daarboven is er iets structureel mis
HERSTART_VENSTER = 60


def serveer(app, host: str, port: int, workers: int, forwarded_allow_ips: str | None = None) -> None:
    """Draait tot Ctrl-C of SIGTERM. `app` is al gemaakt (migratie en demo zijn dan al gedaan).

    Met meer processen houdt het hoofdproces toezicht: een werkproces dat stopt (crash, kill -9,
    geheugen op) wordt gemeld en vervangen. Tien herstarts binnen een minuut: dan stoppen we.
    """
    import uvicorn

    if workers <= 1 or not hasattr(socket, "SO_REUSEPORT"):
        uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False, **_proxy(forwarded_allow_ips))
        return
    omgeving = {k: v for k, v in os.environ.items() if k.startswith("BALANS_")}
    ctx = multiprocessing.get_context("spawn")

    def nieuw():
        p = ctx.Process(target=_worker, args=(host, port, omgeving, forwarded_allow_ips), daemon=False)
        p.start()
        return p

    procs = [nieuw() for _ in range(workers)]
    stoppen = threading.Event()

    def stop(*_):
        stoppen.set()
        for p in procs:
            if p.is_alive():
                p.terminate()

    signal.signal(signal.SIGTERM, stop)
    herstarts: list[float] = []
    try:
        while not stoppen.is_set():
            for i, p in enumerate(procs):
                if p.is_alive() or stoppen.is_set():
                    continue
                p.join()
                nu = time.monotonic()
                herstarts = [t for t in herstarts if nu - t < HERSTART_VENSTER] + [nu]
                if len(herstarts) > MAX_HERSTARTS:
                    _meld(
                        f"werkproces {p.pid} is gestopt (code {p.exitcode}); al {MAX_HERSTARTS} keer binnen "
                        f"{HERSTART_VENSTER} seconden, dus ik stop de server."
                    )
                    stop()
                    break
                procs[i] = nieuw()
                _meld(f"werkproces {p.pid} is gestopt (code {p.exitcode}); nieuw werkproces {procs[i].pid} gestart.")
            stoppen.wait(0.5)
        for p in procs:
            p.join(10)
    except KeyboardInterrupt:
        stop()
        for p in procs:
            p.join(10)
