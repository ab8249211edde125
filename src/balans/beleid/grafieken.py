# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Grafieken voor het beleidsrapport: matplotlib naar SVG, met een <title> voor schermlezers.

Kleuren uit het palet van Okabe en Ito (goed te onderscheiden bij kleurenblindheid); de banden
hebben daarbij een arcering en de lijnen een eigen lijnsoort en marker, zodat niets alleen op
kleur rust. Naast elke grafiek staat in het rapport een tabel met dezelfde cijfers.
"""

from __future__ import annotations

import base64
import io
import re
import threading
from dataclasses import dataclass
from html import escape

import matplotlib

matplotlib.use("Agg")  # geen scherm nodig
from matplotlib.figure import Figure

# Okabe & Ito, "Color Universal Design" (https://jfly.uni-koeln.de/color/)
BAND_KLEUREN = ("#D55E00", "#E69F00", "#BBBBBB", "#56B4E9", "#0072B2")
BAND_ARCERING = ("xx", "//", "", "\\\\", "..")
LIJN_KLEUREN = ("#000000", "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9")
LIJN_SOORTEN = ("-", "--", "-.", ":", (0, (5, 1, 1, 1)), (0, (3, 2)), (0, (1, 1)))
MARKERS = ("o", "s", "^", "D", "v", "P", "X")
TEKST = "#1a1a1a"

# rcParams zijn globaal en pyplot is niet thread-safe: de webserver tekent in meerdere draden.
_SLOT = threading.Lock()
_RC = {
    "svg.hashsalt": "balans",
    "svg.fonttype": "none",
    "font.family": "DejaVu Sans",
    "font.size": 9,
    "text.color": TEKST,
    "axes.labelcolor": TEKST,
    "xtick.color": TEKST,
    "ytick.color": TEKST,
    "hatch.linewidth": 0.6,
}


@dataclass(frozen=True)
class Grafiek:
    sleutel: str  # uniek in het rapport; ook het voorvoegsel van de id's in de SVG
    titel: str  # de <title> van de SVG en de alt-tekst van het plaatje
    svg: str  # <svg ...>...</svg>, zonder XML-kop: zo kan hij in de HTML staan

    @property
    def data_url(self) -> str:
        """Voor <img src=...>: de CSP van de webpagina staat inline stijl in SVG niet toe, img-src data: wel."""
        kop = '<?xml version="1.0" encoding="utf-8"?>\n'
        return "data:image/svg+xml;base64," + base64.b64encode((kop + self.svg).encode("utf-8")).decode("ascii")


def _svg(fig: Figure, sleutel: str, titel: str) -> Grafiek:
    buf = io.StringIO()
    fig.savefig(buf, format="svg", metadata={"Date": None})
    tekst = buf.getvalue()
    tekst = tekst[tekst.index("<svg") :]
    # Meerdere grafieken in één HTML-document: id's moeten uniek zijn.
    tekst = re.sub(r'id="([^"]+)"', rf'id="{sleutel}-\1"', tekst)
    tekst = re.sub(r"url\(#([^)]+)\)", rf"url(#{sleutel}-\1)", tekst)
    tekst = re.sub(r'href="#([^"]+)"', rf'href="#{sleutel}-\1"', tekst)
    tekst = tekst.replace("<svg ", f'<svg role="img" aria-labelledby="{sleutel}-titel" ', 1)
    eind = tekst.index(">", tekst.index("<svg")) + 1
    tekst = tekst[:eind] + f'\n <title id="{sleutel}-titel">{escape(titel)}</title>' + tekst[eind:]
    return Grafiek(sleutel, titel, tekst.strip())


def winst_verlies(
    sleutel: str, titel: str, groepen: list[str], aandelen: list[list[float]], banden: tuple[str, ...]
) -> Grafiek:
    """Gestapelde liggende balken: per groep het deel (0-100%) van de huishoudens in elke band."""
    with _SLOT, matplotlib.rc_context(_RC):
        hoogte = 1.6 + 0.34 * len(groepen)
        fig = Figure(figsize=(8.2, hoogte))
        ax = fig.subplots()
        y = list(range(len(groepen)))[::-1]
        links = [0.0] * len(groepen)
        for b, naam in enumerate(banden):
            breedte = [100 * rij[b] for rij in aandelen]
            staven = ax.barh(
                y,
                breedte,
                left=links,
                color=BAND_KLEUREN[b],
                hatch=BAND_ARCERING[b],
                edgecolor="#333333",
                linewidth=0.4,
                label=naam,
            )
            for s, w in zip(staven, breedte):
                if w >= 9:
                    ax.text(
                        s.get_x() + w / 2,
                        s.get_y() + s.get_height() / 2,
                        f"{w:.0f}%",
                        ha="center",
                        va="center",
                        fontsize=7.5,
                        color=TEKST,
                        bbox={"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none", "alpha": 0.85},
                    )
            links = [a + w for a, w in zip(links, breedte)]
        ax.set_yticks(y, groepen)
        ax.set_xlim(0, 100)
        ax.set_xlabel("deel van de huishoudens in de groep (%)")
        ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=3, fontsize=7.5, frameon=False)
        ax.grid(axis="x", alpha=0.3)
        ax.set_axisbelow(True)
        fig.tight_layout()
        return _svg(fig, sleutel, titel)


def armoedeval(
    sleutel: str, titel: str, uren: list[int], lijnen: dict[str, list[int]], loon: list[int] | None = None
) -> Grafiek:
    """Inkomen per maand (bijstand plus loon, in euro) tegen uren per week; één lijn per variant."""
    with _SLOT, matplotlib.rc_context(_RC):
        fig = Figure(figsize=(6.4, 3.6))
        ax = fig.subplots()
        for i, (naam, centen) in enumerate(lijnen.items()):
            k = i % len(LIJN_KLEUREN)
            ax.plot(
                uren,
                [c / 100 for c in centen],
                color=LIJN_KLEUREN[k],
                linestyle=LIJN_SOORTEN[k],
                marker=MARKERS[k],
                markersize=4,
                linewidth=1.8,
                label=naam,
            )
        if loon is not None:
            ax.plot(
                uren,
                [c / 100 for c in loon],
                color="#767676",
                linestyle=":",
                linewidth=1.2,
                label="alleen loon (zonder bijstand)",
            )
        ax.set_xlabel("uren werk per week")
        ax.set_ylabel("inkomen per maand (euro)")
        ax.set_xticks(uren)
        ax.set_ylim(bottom=0)
        ax.yaxis.set_major_formatter(lambda v, _: f"{v:,.0f}".replace(",", "."))
        ax.grid(alpha=0.3)
        ax.legend(fontsize=7.5, loc="lower right")
        fig.tight_layout()
        return _svg(fig, sleutel, titel)
