# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Het wheel werkt op zichzelf (issue 18): bouwen, installeren in een schone venv buiten de checkout, en draaien.

Een editable install ziet de bronboom en kan ontbrekende pakketbestanden dus niet vinden; deze test wel.
De afhankelijkheden komen uit de testvenv (een .pth-regel naar haar site-packages, zonder haar .pth-bestanden,
dus zonder de editable balans): dezelfde versies, geen download, onder een minuut.
"""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import sysconfig
import time
import urllib.request
import venv
import zipfile
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[1]
BRON = PROJECT / "src" / "balans"
CASUS = PROJECT / "tests" / "casussen" / "eigen" / "art20-1b-gehuwden-beiden-19-2024.yaml"


def _niet_python(map_: Path) -> set[str]:
    return {
        str(p.relative_to(map_.parent))
        for p in map_.rglob("*")
        if p.is_file() and p.suffix not in (".py", ".pyc") and "__pycache__" not in p.parts
    }


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    if not (PROJECT / "node_modules" / "@utrecht").is_dir():
        pytest.fail("node_modules/@utrecht ontbreekt; draai npm ci (make test doet dat ook).", pytrace=False)
    uit = tmp_path_factory.mktemp("wheel")
    # Zonder build-isolatie als de testvenv zelf een setuptools heeft die het kan (scheelt ~10 s)
    try:
        import setuptools

        isolatie = ["--no-build-isolation"] if int(setuptools.__version__.split(".")[0]) >= 77 else []
    except ImportError:
        isolatie = []
    r = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", *isolatie, "-w", str(uit), str(PROJECT)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert r.returncode == 0, r.stderr[-3000:]
    (whl,) = uit.glob("balans-*.whl")
    return whl


@pytest.fixture(scope="module")
def installatie(wheel, tmp_path_factory) -> Path:
    """Een schone venv met alleen het wheel; geeft de bin-map."""
    v = tmp_path_factory.mktemp("venv")
    venv.EnvBuilder(with_pip=False).create(v)
    py = v / "bin" / "python"
    doel = subprocess.run(
        [py, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    (Path(doel) / "testvenv.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    r = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(py), "install", "--no-deps", "--quiet", str(wheel)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    if "no such option: --python" in r.stderr:  # pip < 22.3
        r = subprocess.run(
            [sys.executable, "-m", "pip", "install", "--no-deps", "--quiet", "--target", doel, str(wheel)],
            capture_output=True,
            text=True,
            timeout=300,
        )
    assert r.returncode == 0, r.stderr[-3000:]
    if not (v / "bin" / "balans").exists():  # --target maakt geen scripts
        (v / "bin" / "balans").write_text(f"#!{py}\nimport sys\nfrom balans.cli import hoofd\nsys.exit(hoofd())\n")
        (v / "bin" / "balans").chmod(0o755)
    # balans komt uit het wheel, niet uit src/
    waar = subprocess.run(
        [py, "-c", "import balans; print(balans.__file__)"], capture_output=True, text=True, check=True, cwd=v
    ).stdout.strip()
    assert waar.startswith(str(v)), waar
    return v / "bin"


def _omgeving(werkmap: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BALANS_")}
    return dict(env, HOME=str(werkmap), XDG_DATA_HOME=str(werkmap / "xdg"), PYTHONDONTWRITEBYTECODE="1")


def test_elk_bestand_van_het_pakket_zit_in_het_wheel(wheel):
    """Elk niet-.py-bestand onder src/balans (sjablonen, yaml, css, migraties) moet mee: de code leest ze."""
    with zipfile.ZipFile(wheel) as z:
        inhoud = set(z.namelist())
    ontbreekt = sorted(_niet_python(BRON) - inhoud)
    assert not ontbreekt, f"niet in het wheel (pyproject.toml, package-data): {ontbreekt}"
    nl = {
        "balans/web/statisch/utrecht/design-tokens/dist/index.css",
        "balans/web/statisch/utrecht/component-library-css/dist/index.css",
    }
    assert nl <= inhoud, "de NL Design System-css hoort in het wheel (setup.py kopieert hem uit npm)"
    meta = next(n for n in inhoud if n.endswith(".dist-info/METADATA"))
    with zipfile.ZipFile(wheel) as z:
        tekst = z.read(meta).decode()
        assert "License-Expression: EUPL-1.2" in tekst
        assert any(n.endswith(".dist-info/licenses/LICENSE") for n in inhoud)


def test_cli_werkt_uit_het_wheel(installatie, tmp_path):
    r = subprocess.run(
        [installatie / "balans", "toets", str(CASUS)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=_omgeving(tmp_path),
        timeout=120,
    )
    assert r.returncode == 0, r.stdout + r.stderr
    assert "1 goed, 0 met verschil" in r.stdout, r.stdout
    r = subprocess.run(
        [installatie / "balans", "bereken", "--json", str(CASUS)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=_omgeving(tmp_path),
        timeout=120,
    )
    assert r.returncode == 0, r.stderr
    json.loads(r.stdout)


def _vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _haal(
    url: str, accept: str = "application/json", body: dict | None = None, kop: dict[str, str] | None = None
) -> tuple[int, dict[str, str], bytes]:
    data = None if body is None else json.dumps(body).encode()
    koppen = {"Accept": accept, **({"Content-Type": "application/json"} if data else {}), **(kop or {})}
    req = urllib.request.Request(url, data=data, headers=koppen, method="POST" if data else "GET")
    try:
        with urllib.request.urlopen(req, timeout=10) as a:
            return a.status, {k.lower(): v for k, v in a.headers.items()}, a.read()
    except urllib.error.HTTPError as e:
        return e.code, {k.lower(): v for k, v in e.headers.items()}, e.read()


def test_server_uit_het_wheel(installatie, tmp_path):
    poort = _vrije_poort()
    env = dict(_omgeving(tmp_path), BALANS_DEMO_ZAKEN="3")
    p = subprocess.Popen(
        [installatie / "balans", "serve", "--demo", "--port", str(poort), "--workers", "1"],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    basis = f"http://127.0.0.1:{poort}"
    try:
        eind = time.monotonic() + 60
        while True:
            try:
                if _haal(basis + "/v1/openapi.json")[0] == 200:
                    break
            except OSError:
                pass
            assert p.poll() is None, p.stdout.read()
            assert time.monotonic() < eind, "server niet binnen 60 s gestart"
            time.sleep(0.3)
        status, _, body = _haal(basis + "/v1/instrumenten")
        assert status == 200, body[:500]
        assert json.loads(body), "geen instrumenten: participatie/catalogus.yaml ontbreekt?"
        status, _, body = _haal(basis + "/v1/verordeningen")
        assert status == 200 and json.loads(body), "geen verordeningen: wet/verordeningen/ ontbreekt?"
        status, _, html = _haal(basis + "/inloggen", accept="text/html")
        assert status == 200
        css = re.findall(r'<link rel="stylesheet" href="([^"]+)"', html.decode())
        assert any("utrecht" in c for c in css), css
        for c in css:
            status, kop, body = _haal(basis + c, accept="text/css")
            assert status == 200 and kop["content-type"].startswith("text/css") and body, c
        # Een maatregel (issue 18: 'Deze verordening ken ik niet' als de verordeningen niet in het wheel zitten)
        from balans.zaak.demo import WACHTWOORD

        status, _, body = _haal(basis + "/v1/sessies", body={"gebruikersnaam": "km.jansen", "wachtwoord": WACHTWOORD})
        assert status == 201, body[:500]
        h = {"Authorization": "Bearer " + json.loads(body)["token"]}
        status, _, body = _haal(basis + "/v1/zaken", kop=h)
        assert status == 200, body[:500]
        zaak = json.loads(body)["_embedded"]["zaken"][0]["id"]
        melding = {
            "categorie": "categorie_2",
            "gedraging": "Niet gekomen op drie afspraken.",
            "signaal_datum": "2026-02-10",
        }
        status, _, body = _haal(basis + f"/v1/zaken/{zaak}/maatregelen", body=melding, kop=h)
        assert status == 201, body[:500]
        assert json.loads(body)["verordening"] == "diemen"  # de standaardverordening (settings.verordening)
    finally:
        p.terminate()
        p.wait(20)
    # Geïnstalleerd, zonder BALANS_DATA_DIR: de datamap van het platform ($XDG_DATA_HOME/balans), niet de werkmap.
    db = tmp_path / "xdg" / "balans" / "balans.sqlite3"
    assert db.is_file(), "de database hoort in de datamap van het platform"
    assert not (tmp_path / "data").exists()
    venv_map = installatie.parent
    assert not [x for x in venv_map.rglob("*.sqlite3*")], "een database in de venv"


def test_beleid_uit_het_wheel(installatie, tmp_path):
    code = "from importlib.resources import files; print(files('balans') / 'voorbeelden' / 'beleid-2027.yaml')"
    run = subprocess.run(
        [installatie / "python", "-c", code], capture_output=True, text=True, check=True, cwd=tmp_path
    ).stdout.strip()
    assert run.startswith(str(installatie.parent))
    r = subprocess.run(
        [
            installatie / "balans",
            "beleid",
            run,
            "--huishoudens",
            "100",
            "--geen-pdf",
            "--stil",
            "--uitvoer",
            str(tmp_path / "uit"),
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=_omgeving(tmp_path),
        timeout=180,
    )
    assert r.returncode == 0, r.stdout[-2000:] + r.stderr[-2000:]
    assert json.loads((tmp_path / "uit" / "rapport.json").read_text())
