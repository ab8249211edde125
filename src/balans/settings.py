# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Instellingen voor de server, uit de omgeving (BALANS_*), met veilige standaarden voor lokaal gebruik."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Any

import platformdirs

# Bestanden in het pakket (sjablonen, css, yaml) komen uit het geïnstalleerde pakket, niet uit een
# bronboom: na `pip install balans-*.whl` bestaat die niet. Een normale installatie is uitgepakt, dus
# dit is een echte map.
PAKKET = Path(str(files("balans")))
NL_DESIGN_SYSTEM = PAKKET / "web" / "statisch" / "utrecht"  # bij het bouwen gekopieerd uit npm (setup.py)


def checkout() -> Path | None:
    """De bronboom als balans uit een checkout draait (src/balans met pyproject.toml erboven, pip install -e .)."""
    wortel = PAKKET.parent.parent
    return wortel if PAKKET.parent.name == "src" and (wortel / "pyproject.toml").is_file() else None


def standaard_data_dir() -> Path:
    """In een checkout data/ van de repository (make run); geïnstalleerd de datamap van het platform
    (Linux: $XDG_DATA_HOME/balans, anders ~/.local/share/balans). Nooit in de venv: lib/ gaat weg bij een
    herinstallatie en is geen plek voor gegevens."""
    bron = checkout()
    return bron / "data" if bron is not None else platformdirs.user_data_path("balans", appauthor=False)


def data_dir_uit_omgeving() -> Path:
    """BALANS_DATA_DIR, anders standaard_data_dir(); absoluut, zodat werkprocessen hetzelfde bestand gebruiken."""
    waarde = os.environ.get("BALANS_DATA_DIR", "").strip()
    return (Path(waarde) if waarde else standaard_data_dir()).expanduser().resolve()


def gemeenten_dir_uit_omgeving() -> Path | None:
    """BALANS_GEMEENTEN_DIR: een map met eigen gemeente-overlays buiten het pakket (wet/gemeente_overlay.py)."""
    waarde = os.environ.get("BALANS_GEMEENTEN_DIR", "").strip()
    return Path(waarde).expanduser().resolve() if waarde else None


def sqlite_url(data_dir: Path) -> str:
    return f"sqlite:///{data_dir / 'balans.sqlite3'}"


def _ja(waarde: str | None, standaard: bool) -> bool:
    if waarde is None:
        return standaard
    return waarde.strip().lower() in ("1", "ja", "true", "yes", "aan")


@dataclass(frozen=True)
class Settings:
    database_url: str = ""  # leeg: SQLite in data_dir (BALANS_DATABASE_URL voor PostgreSQL)
    data_dir: Path | None = None  # leeg: BALANS_DATA_DIR of standaard_data_dir()
    demo: bool = False  # demo-gebruikers en -zaken bij een lege database: alleen met --demo
    demo_zaken: int = 1000  # een gemeente van ongeveer 1.000 zaken (issue 7)
    secure_cookies: bool = False  # True achter TLS; lokaal op http kan de browser anders niet inloggen
    sessie_minuten: int = 30
    login_pogingen: int = 5  # mislukte pogingen per gebruikersnaam en adres ...
    login_venster_minuten: int = 15  # ... in dit venster; daarna 429
    static_dir: Path | None = (
        None  # NL Design System-css: leeg = de kopie in het pakket (of node_modules in een checkout)
    )
    oidc_issuer: str | None = None  # bv. de IdP van de gemeente of een DigiD-makelaar
    oidc_client_id: str | None = None
    oidc_client_secret: str | None = None
    oidc_scope: str = "openid profile"
    oidc_rol_claim: str = "balans_rol"  # claim met de rol; zonder claim: inwoner
    oidc_bsn_claim: str = "bsn"  # bij een DigiD-makelaar: de claim met het BSN van de inwoner
    oidc_redirect_uri: str | None = None  # achter een proxy: de publieke URL van /inloggen/oidc/terug
    oidc_knop: str = "Inloggen met DigiD of via uw organisatie"
    api_versie: str = "1.3.0"  # docs/api-changelog.md
    gemeente: str = "Voorbeeldstad"  # naam in brieven en op de pagina's
    gemeente_telefoon: str = "14 020"  # in elke brief: bellen met vragen of voor bezwaar
    gemeente_website: str = "https://www.voorbeeldstad.nl"
    gemeente_email: str = "info@voorbeeldstad.nl"  # contact in het OpenAPI-document (ADR: naam, url en e-mail)
    # NL Design System-thema van de gemeente: de klasse op <html> en een eigen css-bestand met design tokens,
    # zonder sjablonen te wijzigen (issue 18 punt 6). Het bestand komt na de Utrecht-tokens, dus het wint.
    thema_klasse: str = "utrecht-theme"
    thema_css: Path | None = None
    verordening: str = "diemen"  # maatregelen: code van de verordening in wet/verordeningen/
    catalogus: Path | None = None  # eigen instrumenten naast participatie/catalogus.yaml
    gemeenten_dir: Path | None = None  # eigen gemeente-overlays naast wet/gemeenten/ (BALANS_GEMEENTEN_DIR)
    caseload_min: int = 40  # Programmaplan/Divosa: 40-50 zaken per klantmanager
    caseload_max: int = 50
    tijdsbudget_seconden: float = 10.0  # rekentijd per verzoek; daarna 503 (balans/tijdsbudget.py). 0: geen grens

    def __post_init__(self):
        data_dir = self.data_dir if self.data_dir is not None else data_dir_uit_omgeving()
        object.__setattr__(self, "data_dir", data_dir)
        if not self.database_url:
            object.__setattr__(self, "database_url", sqlite_url(data_dir))

    @property
    def nl_design_system(self) -> Path | None:
        """Map met design-tokens/ en component-library-css/ van @utrecht, of None (dan alleen de eigen css)."""
        kandidaten = [self.static_dir / "@utrecht"] if self.static_dir else []
        bron = checkout()
        kandidaten += [NL_DESIGN_SYSTEM] + ([bron / "node_modules" / "@utrecht"] if bron else [])  # laatste: checkout
        return next((k for k in kandidaten if (k / "component-library-css").is_dir()), None)

    def thema_fout(self) -> str | None:
        """Een Nederlandse melding als het thema niet te gebruiken is, anders None (gecontroleerd bij `balans serve`)."""
        if not re.fullmatch(r"[a-z][a-z0-9_-]{0,63}", self.thema_klasse):
            return (
                "BALANS_THEMA_KLASSE: gebruik alleen kleine letters, cijfers, - en _ (bijvoorbeeld "
                f"'denhaag-theme'), niet '{self.thema_klasse[:64]}'."
            )
        if self.thema_css is not None and not (self.thema_css.is_file() and self.thema_css.suffix == ".css"):
            return f"BALANS_THEMA_CSS: {self.thema_css} is geen css-bestand dat balans kan lezen."
        return None

    @property
    def oidc_aan(self) -> bool:
        return bool(self.oidc_issuer and self.oidc_client_id)

    @classmethod
    def uit_omgeving(cls, **over) -> "Settings":
        e = os.environ
        waarden: dict[str, Any] = dict(
            database_url=e.get("BALANS_DATABASE_URL", ""),
            data_dir=data_dir_uit_omgeving(),
            demo=_ja(e.get("BALANS_DEMO"), False),
            demo_zaken=int(e.get("BALANS_DEMO_ZAKEN", cls.demo_zaken)),
            secure_cookies=_ja(e.get("BALANS_SECURE_COOKIES"), False),
            sessie_minuten=int(e.get("BALANS_SESSIE_MINUTEN", cls.sessie_minuten)),
            static_dir=Path(e["BALANS_STATIC_DIR"]) if e.get("BALANS_STATIC_DIR") else None,
            oidc_issuer=e.get("BALANS_OIDC_ISSUER"),
            oidc_client_id=e.get("BALANS_OIDC_CLIENT_ID"),
            oidc_client_secret=e.get("BALANS_OIDC_CLIENT_SECRET"),
            oidc_scope=e.get("BALANS_OIDC_SCOPE", cls.oidc_scope),
            oidc_rol_claim=e.get("BALANS_OIDC_ROL_CLAIM", cls.oidc_rol_claim),
            oidc_bsn_claim=e.get("BALANS_OIDC_BSN_CLAIM", cls.oidc_bsn_claim),
            oidc_redirect_uri=e.get("BALANS_OIDC_REDIRECT_URI"),
            oidc_knop=e.get("BALANS_OIDC_KNOP", cls.oidc_knop),
            gemeente=e.get("BALANS_GEMEENTE", cls.gemeente),
            gemeente_telefoon=e.get("BALANS_GEMEENTE_TELEFOON", cls.gemeente_telefoon),
            gemeente_website=e.get("BALANS_GEMEENTE_WEBSITE", cls.gemeente_website),
            gemeente_email=e.get("BALANS_GEMEENTE_EMAIL", cls.gemeente_email),
            thema_klasse=e.get("BALANS_THEMA_KLASSE", cls.thema_klasse),
            thema_css=Path(e["BALANS_THEMA_CSS"]) if e.get("BALANS_THEMA_CSS") else None,
            verordening=e.get("BALANS_VERORDENING", cls.verordening),
            catalogus=Path(e["BALANS_CATALOGUS"]) if e.get("BALANS_CATALOGUS") else None,
            gemeenten_dir=gemeenten_dir_uit_omgeving(),
            tijdsbudget_seconden=float(e.get("BALANS_TIJDSBUDGET_SECONDEN", cls.tijdsbudget_seconden)),
        )
        waarden.update(over)
        return cls(**waarden)
