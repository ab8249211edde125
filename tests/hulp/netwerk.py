# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Een vrije poort op localhost, en een app onder echte uvicorn in een draad (voor browser- en OIDC-tests)."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator

import uvicorn


def vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def uvicorn_in_draad(app, poort: int | None = None, log_level: str = "warning") -> Iterator[str]:
    """Start `app` op 127.0.0.1 en geeft de basis-URL; RuntimeError als hij niet binnen 20 s draait."""
    poort = poort or vrije_poort()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=poort, log_level=log_level))
    draad = threading.Thread(target=server.run, daemon=True)
    draad.start()
    for _ in range(400):
        if server.started or not draad.is_alive():
            break
        time.sleep(0.05)
    if not server.started:
        server.should_exit = True
        raise RuntimeError(f"de app startte niet onder uvicorn op poort {poort} (binnen 20 s)")
    try:
        yield f"http://127.0.0.1:{poort}"
    finally:
        server.should_exit = True
        draad.join(10)
