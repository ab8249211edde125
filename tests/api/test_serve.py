# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""`balans serve` als echt proces: meer werkprocessen op één poort, een bezette poort, netjes stoppen."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.hulp.netwerk import vrije_poort

BALANS = Path(sys.executable).with_name("balans")


def _kinderen(pid: int) -> list[int]:
    uit = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout.split()
    return [int(p) for p in uit]


def _leeft(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    st = Path(f"/proc/{pid}/stat")
    return not (st.exists() and st.read_text().rsplit(")", 1)[1].split()[0] == "Z")


@pytest.fixture
def server(tmp_path):
    poort = vrije_poort()
    env = dict(os.environ, BALANS_DEMO_ZAKEN="2")
    cmd = [
        str(BALANS),
        "serve",
        "--port",
        str(poort),
        "--workers",
        "2",
        "--database",
        f"sqlite:///{tmp_path}/s.sqlite3",
    ]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{poort}"
    eind = time.monotonic() + 60
    while True:
        assert proc.poll() is None, proc.communicate()
        try:
            if httpx.get(url + "/v1/algoritmeregister", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        assert time.monotonic() < eind, "server antwoordde niet binnen 60 s"
        time.sleep(0.2)
    yield proc, poort, url, cmd
    if proc.poll() is None:
        proc.kill()
        proc.wait()


def test_twee_werkprocessen_delen_de_poort_en_stoppen_samen(server):
    proc, poort, url, _ = server
    werkers = _kinderen(proc.pid)
    # spawn maakt ook een resource tracker; de werkprocessen zijn de kinderen die luisteren
    luisteraars = [
        p
        for p in werkers
        if "spawn_main" in Path(f"/proc/{p}/cmdline").read_text()
        and "resource_tracker" not in Path(f"/proc/{p}/cmdline").read_text()
    ]
    assert len(luisteraars) == 2
    with httpx.Client() as c:  # nieuwe verbindingen: de kernel verdeelt ze over de twee
        for _ in range(20):
            assert c.get(url + "/v1/algoritmeregister", headers={"Connection": "close"}).status_code == 200
    proc.send_signal(signal.SIGTERM)
    proc.wait(20)
    time.sleep(0.5)
    assert not [p for p in luisteraars if _leeft(p)], "werkprocessen leven nog na SIGTERM"


def test_bezette_poort_geeft_een_melding_en_status_2(server, tmp_path):
    _, poort, _, cmd = server
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
    assert r.returncode == 2
    assert f"--port: 127.0.0.1:{poort} is niet te gebruiken" in r.stderr
    assert "Traceback" not in r.stderr and "balans draait" not in r.stdout


def test_werkprocessen_stoppen_als_het_hoofdproces_hard_stopt(server):
    proc, _, _, _ = server
    werkers = [p for p in _kinderen(proc.pid) if "resource_tracker" not in Path(f"/proc/{p}/cmdline").read_text()]
    proc.kill()
    proc.wait()
    eind = time.monotonic() + 10
    while [p for p in werkers if _leeft(p)] and time.monotonic() < eind:
        time.sleep(0.2)
    assert not [p for p in werkers if _leeft(p)], "wezen: werkprocessen houden de poort bezet"
