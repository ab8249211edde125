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
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)   # TIME_WAIT van een vorige run mag
        s.bind((host, port))


def _worker(host: str, port: int, omgeving: dict[str, str]) -> None:
    import uvicorn

    os.environ.update(omgeving)
    ouder = os.getppid()

    def wees():   # hoofdproces hard gestopt (SIGKILL)? dan stoppen wij ook, geen wezen op de poort
        while os.getppid() == ouder:
            time.sleep(1)
        os.kill(os.getpid(), signal.SIGTERM)

    threading.Thread(target=wees, daemon=True).start()
    config = uvicorn.Config("balans.api.app:create_app", factory=True, log_level="warning", access_log=False)
    uvicorn.Server(config).run(sockets=[reuseport_socket(host, port)])


def serveer(app, host: str, port: int, workers: int) -> None:
    """Draait tot Ctrl-C of SIGTERM. `app` is al gemaakt (migratie en demo zijn dan al gedaan)."""
    import uvicorn

    if workers <= 1 or not hasattr(socket, "SO_REUSEPORT"):
        uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)
        return
    omgeving = {k: v for k, v in os.environ.items() if k.startswith("BALANS_")}
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_worker, args=(host, port, omgeving), daemon=False) for _ in range(workers)]
    for p in procs:
        p.start()

    def stop(*_):
        for p in procs:
            if p.is_alive():
                p.terminate()

    signal.signal(signal.SIGTERM, stop)
    try:
        for p in procs:
            p.join()
    except KeyboardInterrupt:
        stop()
        for p in procs:
            p.join(10)
