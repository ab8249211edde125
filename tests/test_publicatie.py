# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Open publicatie (issue 18 punt 7): de bestanden die de Standard for Public Code en publiccode.yml vragen.

publiccode.yml wordt gecontroleerd op de verplichte velden en toegestane waarden van de standaard 0.4
(https://yml.publiccode.tools/schema.core.html). Er is geen validator als Python-pakket; dit is de deelverzameling
die voor balans geldt, zelf geschreven naar de tekst van de standaard."""

import re
import tomllib
from pathlib import Path

import yaml
from fastapi.testclient import TestClient

from balans import __version__
from tests.api.conftest import maak_app

ROOT = Path(__file__).resolve().parents[1]
ONTWIKKELSTATUS = {"concept", "development", "beta", "stable", "obsolete"}
SOORTEN = {
    "standalone/mobile",
    "standalone/iot",
    "standalone/desktop",
    "standalone/web",
    "standalone/backend",
    "standalone/other",
    "addon",
    "library",
    "configurationFiles",
}
ONDERHOUD = {"internal", "contract", "community", "none"}
CATEGORIEEN = {
    "case-management",
    "financial-reporting",
    "laws",
    "accounting",
    "document-management",
    "e-government",
    "data-analytics",
    "workflow-management",
    "identity-management",
}  # deel van de lijst
PLATFORMS = {"web", "windows", "mac", "linux", "ios", "android"}


def _publiccode() -> dict:
    return yaml.safe_load((ROOT / "publiccode.yml").read_text(encoding="utf-8"))


def test_bestanden_voor_open_publicatie():
    for naam in ("LICENSE", "publiccode.yml", "CHANGELOG.md", "CONTRIBUTING.md", "SECURITY.md", "README.md"):
        assert (ROOT / naam).is_file(), naam
    assert "EUROPEAN UNION PUBLIC LICENCE v. 1.2" in (ROOT / "LICENSE").read_text(encoding="utf-8")


def test_publiccode_verplichte_velden_en_waarden():
    p = _publiccode()
    for veld in (
        "publiccodeYmlVersion",
        "name",
        "url",
        "platforms",
        "categories",
        "developmentStatus",
        "softwareType",
        "description",
        "legal",
        "maintenance",
        "localisation",
    ):
        assert veld in p, veld
    assert p["publiccodeYmlVersion"] == "0.4"
    assert re.fullmatch(r"https://\S+", p["url"])
    assert set(p["platforms"]) <= PLATFORMS and set(p["categories"]) <= CATEGORIEEN
    assert p["developmentStatus"] in ONTWIKKELSTATUS and p["softwareType"] in SOORTEN
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", p["releaseDate"])
    for taal, d in p["description"].items():
        assert taal in p["localisation"]["availableLanguages"]
        assert len(d["shortDescription"]) <= 150, "shortDescription: hoogstens 150 tekens"
        assert 150 <= len(d["longDescription"]) <= 10000, "longDescription: 150 tot 10.000 tekens"
        assert d["features"] and all(len(f) <= 100 for f in d["features"])
    assert p["legal"]["license"] == "EUPL-1.2"
    assert p["maintenance"]["type"] in ONDERHOUD
    if p["maintenance"]["type"] in ("internal", "contract"):
        assert p["maintenance"]["contacts"] and all("name" in c for c in p["maintenance"]["contacts"])
    assert isinstance(p["localisation"]["localisationReady"], bool)


def test_een_voorbeeldadres_staat_er_als_plaatshouder():
    """De url van publiccode.yml is example.org tot er een openbare repository is: dat moet er dan bij staan
    (in het bestand en in CONTRIBUTING.md), zodat niemand het voor het echte adres aanziet."""
    url = _publiccode()["url"]
    if "example.org" not in url:
        return
    regel = next(r for r in (ROOT / "publiccode.yml").read_text(encoding="utf-8").splitlines() if r.startswith("url:"))
    assert "vervangen door de echte repository" in regel, regel
    assert url in (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")


def test_een_versie_overal():
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["project"]["version"] == __version__ == _publiccode()["softwareVersion"]
    uitgebracht = re.findall(r"^## (\d+\.\d+\.\d+) — (\d{4}-\d{2}-\d{2})", (ROOT / "CHANGELOG.md").read_text(), re.M)
    assert uitgebracht[0] == (__version__, _publiccode()["releaseDate"])


def test_openapi_contact_is_de_gemeente(tmp_path):
    doc = (
        TestClient(
            maak_app(
                tmp_path,
                gemeente="Den Haag",
                gemeente_website="https://www.denhaag.nl",
                gemeente_email="info@denhaag.nl",
            )
        )
        .get("/v1/openapi.json")
        .json()
    )
    assert doc["info"]["contact"] == {
        "name": "Gemeente Den Haag",
        "url": "https://www.denhaag.nl/",
        "email": "info@denhaag.nl",
    }  # pydantic HttpUrl
    assert doc["info"]["license"]["name"] == "EUPL-1.2"


def test_api_changelog_begint_bij_de_versie_van_de_api(tmp_path):
    """Issue 18 punt 4: een changelog voor de API-versie. De nieuwste kop is de versie die de API nu meldt."""
    versie = TestClient(maak_app(tmp_path)).get("/v1/openapi.json").json()["info"]["version"]
    koppen = re.findall(
        r"^## (\d+\.\d+\.\d+) — \d{4}-\d{2}-\d{2}",
        (ROOT / "docs" / "api-changelog.md").read_text(encoding="utf-8"),
        re.M,
    )
    assert koppen and koppen[0] == versie, (koppen[:2], versie)


def test_licentie_in_de_huidige_vorm_van_de_metadata():
    """Issue 18 punt 2: de tabelvorm van project.license werkt na 2027-02-18 niet meer (setuptools)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "EUPL-1.2" and project["license-files"] == ["LICENSE"]


def test_datamap_uit_de_instellingen(tmp_path, monkeypatch):
    """Issue 18 punt 1: BALANS_DATA_DIR bepaalt waar de database komt; zonder: data/ van de checkout, waar de
    werkmap ook is (geïnstalleerd: de platformmap, tests/test_pakket.py)."""
    from balans.settings import Settings

    monkeypatch.setenv("BALANS_DATA_DIR", str(tmp_path / "eigen"))
    monkeypatch.delenv("BALANS_DATABASE_URL", raising=False)
    s = Settings.uit_omgeving()
    assert s.data_dir == (tmp_path / "eigen").resolve()
    assert s.database_url == f"sqlite:///{(tmp_path / 'eigen').resolve() / 'balans.sqlite3'}"
    monkeypatch.delenv("BALANS_DATA_DIR")
    monkeypatch.chdir(tmp_path)
    assert Settings.uit_omgeving().data_dir == (ROOT / "data").resolve()
    monkeypatch.setenv("BALANS_DATA_DIR", "  ")  # leeg telt als niet gezet, niet als de werkmap
    assert Settings.uit_omgeving().data_dir == (ROOT / "data").resolve()


def test_elk_eigen_bronbestand_heeft_een_spdx_kopregel():
    """REUSE.toml dekt elk bestand, dus `reuse lint` zou een nieuw bronbestand zonder kopregel niet missen.
    Deze test wel: broncode draagt haar licentie zelf (scripts/spdx-kopregels.sh zet die)."""
    import subprocess

    bestanden = subprocess.run(
        ["git", "ls-files", "*.py", "*.html", "*.css", "*.sh", "*.mako"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    if not bestanden:  # geen git-checkout (bijvoorbeeld een uitgepakt sdist): niets te controleren
        return
    kop = "SPDX-License" + "-Identifier: EUPL-1.2"  # in twee stukken, anders leest reuse deze regel als kopregel
    zonder = [b for b in bestanden if kop not in "".join((ROOT / b).read_text(encoding="utf-8").splitlines(True)[:6])]
    assert not zonder, f"zonder SPDX-kopregel (draai scripts/spdx-kopregels.sh): {zonder[:10]}"
