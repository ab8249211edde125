# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Wat WeasyPrint mag ophalen bij het maken van een PDF: alleen bestanden uit het pakket zelf.

Zonder eigen url_fetcher haalt WeasyPrint elke URL op (file:///etc/passwd, http://intern/...);
dan was escaping de enige grens tussen een opgeslagen waarde en een bestand of verzoek (issue 17).
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlsplit

PAKKET = Path(__file__).resolve().parents[1]


class Geweigerd(ValueError):
    pass


def _toegestaan(url: str) -> bool:
    delen = urlsplit(url)
    if delen.scheme == "data":
        return True
    if delen.scheme == "file" and not delen.netloc:
        pad = Path(unquote(delen.path)).resolve()
        return pad.is_relative_to(PAKKET) and pad.is_file()
    return False


_klasse = None


def _fetcher():
    global _klasse
    if _klasse is None:
        from weasyprint.urls import URLFetcher  # pas hier: WeasyPrint laden kost tijd

        class AlleenEigen(URLFetcher):
            def fetch(self, url, headers=None):
                if not _toegestaan(url.split("?")[0]):
                    raise Geweigerd(f"niet toegestaan in een PDF: {urlsplit(url).scheme}:…")  # bron wordt overgeslagen
                return super().fetch(url, headers)

        _klasse = AlleenEigen
    return _klasse(allowed_protocols=("file", "data"), allow_redirects=False)


def url_fetcher():
    """Een nieuwe fetcher per PDF (de klasse van WeasyPrint houdt per keer een verzoek bij)."""
    return _fetcher()
