"""Instellingen voor de server, uit de omgeving (BALANS_*), met veilige standaarden voor lokaal gebruik."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]


def _ja(waarde: str | None, standaard: bool) -> bool:
    if waarde is None:
        return standaard
    return waarde.strip().lower() in ("1", "ja", "true", "yes", "aan")


@dataclass(frozen=True)
class Settings:
    database_url: str = f"sqlite:///{PROJECT / 'data' / 'balans.sqlite3'}"
    demo: bool = True                    # demo-gebruikers en -zaken bij een lege database
    demo_zaken: int = 1000               # een gemeente van ongeveer 1.000 zaken (issue 7)
    secure_cookies: bool = False         # True achter TLS; lokaal op http kan de browser anders niet inloggen
    sessie_minuten: int = 30
    login_pogingen: int = 5              # mislukte pogingen per gebruikersnaam en adres ...
    login_venster_minuten: int = 15      # ... in dit venster; daarna 429
    static_dir: Path = PROJECT / "node_modules"
    oidc_issuer: str | None = None       # bv. de IdP van de gemeente of een DigiD-makelaar
    oidc_client_id: str | None = None
    oidc_client_secret: str | None = None
    oidc_scope: str = "openid profile"
    oidc_rol_claim: str = "balans_rol"   # claim met de rol; zonder claim: inwoner
    oidc_bsn_claim: str = "bsn"          # bij een DigiD-makelaar: de claim met het BSN van de inwoner
    oidc_redirect_uri: str | None = None # achter een proxy: de publieke URL van /inloggen/oidc/terug
    oidc_knop: str = "Inloggen met DigiD of via uw organisatie"
    api_versie: str = "1.0.0"
    gemeente: str = "Voorbeeldstad"      # naam in brieven en op de pagina's
    gemeente_telefoon: str = "14 020"    # in elke brief: bellen met vragen of voor bezwaar
    gemeente_website: str = "https://www.voorbeeldstad.nl"
    verordening: str = "diemen"          # maatregelen: code van de verordening in participatie/verordeningen/
    catalogus: Path | None = None        # eigen instrumenten naast participatie/catalogus.yaml
    caseload_min: int = 40               # Programmaplan/Divosa: 40-50 zaken per klantmanager
    caseload_max: int = 50

    @property
    def oidc_aan(self) -> bool:
        return bool(self.oidc_issuer and self.oidc_client_id)

    @classmethod
    def uit_omgeving(cls, **over) -> "Settings":
        e = os.environ
        waarden = dict(
            database_url=e.get("BALANS_DATABASE_URL", cls.database_url),
            demo=_ja(e.get("BALANS_DEMO"), True),
            demo_zaken=int(e.get("BALANS_DEMO_ZAKEN", cls.demo_zaken)),
            secure_cookies=_ja(e.get("BALANS_SECURE_COOKIES"), False),
            sessie_minuten=int(e.get("BALANS_SESSIE_MINUTEN", cls.sessie_minuten)),
            static_dir=Path(e.get("BALANS_STATIC_DIR", str(cls.static_dir))),
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
            verordening=e.get("BALANS_VERORDENING", cls.verordening),
            catalogus=Path(e["BALANS_CATALOGUS"]) if e.get("BALANS_CATALOGUS") else None,
        )
        waarden.update(over)
        return cls(**waarden)
