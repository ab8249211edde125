# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Een eenvoudige B1-toets: te lange zinnen en ambtelijke woorden.

Geen vervanging van een taaltoets door mensen, wel een vangnet in CI: wie een sjabloon wijzigt,
ziet meteen welke zin te lang is of welk woord moeilijk is.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

MAX_WOORDEN = 20

# Ambtelijk woord -> wat een lezer beter begrijpt. Ook de vorm met -e telt (onderhavige, voornoemde).
JARGON = {
    "ingevolge": "volgens",
    "onderhavig": "dit",
    "derhalve": "daarom",
    "teneinde": "om",
    "alsmede": "en",
    "voornoemd": "die we eerder noemden",
    "dienaangaande": "daarover",
    "middels": "met",
    "inzake": "over",
    "terzake": "over",
    "mitsdien": "daarom",
    "zulks": "dat",
    "hetgeen": "wat",
    "tevens": "ook",
    "reeds": "al",
    "aldus": "zo",
    "hieromtrent": "hierover",
    "desalniettemin": "toch",
    "dan wel": "of",
    "danwel": "of",
    "ten behoeve van": "voor",
    "met betrekking tot": "over",
    "in het kader van": "bij",
    "middelen": "inkomen dat meetelt",
}

# Na deze afkortingen eindigt een zin niet ("Pw art. 11").
_AFKORTINGEN = ("art", "bijv", "nr", "o.a", "d.w.z", "m.b.t", "blz", "ca")
_ZINSEINDE = re.compile(r"(?<=[.?!])\s+(?=[^\s])")
_WOORD = re.compile(r"[0-9A-Za-zÀ-ÿ]")
_JARGON = [
    (w, re.compile(r"(?<![\w-])" + r"\s+".join(map(re.escape, w.split())) + r"e?(?![\w-])", re.IGNORECASE))
    for w in JARGON
]


def zinnen(tekst: str) -> list[str]:
    """Knip tekst in zinnen. Een lege regel of een nieuwe regel sluit ook een zin af (kopjes, opsommingen)."""
    uit = []
    for regel in tekst.splitlines():
        regel = " ".join(regel.split())
        if not regel:
            continue
        stukken = _ZINSEINDE.split(regel)
        huidig = ""
        for stuk in stukken:
            huidig = f"{huidig} {stuk}" if huidig else stuk
            laatste = huidig.rstrip(".?!").rsplit(" ", 1)[-1].lower()
            if huidig.endswith(".") and laatste in _AFKORTINGEN:
                continue  # "art." is geen einde van de zin
            uit.append(huidig)
            huidig = ""
        if huidig:
            uit.append(huidig)
    return uit


def woorden(zin: str) -> int:
    """Tel woorden; een los teken zoals '€' of '-' telt niet."""
    return sum(1 for w in zin.split() if _WOORD.search(w))


def controleer(tekst: str) -> list[str]:
    """Geef per probleem een melding in het Nederlands. Een lege lijst: geen problemen gevonden."""
    meldingen = []
    for zin in zinnen(tekst):
        n = woorden(zin)
        if n > MAX_WOORDEN:
            meldingen.append(f'Deze zin is te lang ({n} woorden; hoogstens {MAX_WOORDEN}): "{zin}"')
        for woord, patroon in _JARGON:
            if patroon.search(zin):
                meldingen.append(f'Moeilijk woord "{woord}". Schrijf liever "{JARGON[woord]}": "{zin}"')
    return meldingen


class _Zichtbaar(HTMLParser):
    # Deze elementen zijn geen lopende tekst: een tabel heeft kopjes en bedragen, geen zinnen.
    OVERSLAAN = {"style", "script", "title", "table", "head"}
    BLOK = {
        "p",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "dt",
        "dd",
        "div",
        "section",
        "header",
        "footer",
        "main",
        "blockquote",
        "ul",
        "ol",
        "dl",
        "br",
        "caption",
        "tr",
    }
    LEEG = {"br", "meta", "link", "img", "hr", "input", "wbr", "col", "source"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.delen: list[str] = []
        self._stapel: list[bool] = []  # per open element: wordt het overgeslagen?

    def _weg(self) -> bool:
        return any(self._stapel)

    def handle_starttag(self, tag, attrs):
        if tag in self.BLOK:
            self.delen.append("\n")
        if tag in self.LEEG:
            return
        overslaan = tag in self.OVERSLAAN or dict(attrs).get("data-leesbaarheid") == "overslaan"
        self._stapel.append(overslaan)

    def handle_endtag(self, tag):
        if tag in self.LEEG:
            return
        if self._stapel:
            self._stapel.pop()
        if tag in self.BLOK:
            self.delen.append("\n")

    def handle_data(self, data):
        if not self._weg():
            self.delen.append(re.sub(r"\s+", " ", data))  # een regel in de bron is geen blok


def tekst_uit_html(html: str) -> str:
    """De lopende tekst die een mens leest, één blok per regel. Slaat tabellen over, en alles binnen een
    element met data-leesbaarheid="overslaan" (zoals de juridische bijlage)."""
    p = _Zichtbaar()
    p.feed(html)
    p.close()
    regels = (" ".join(r.split()) for r in "".join(p.delen).split("\n"))
    return "\n".join(r for r in regels if r)
