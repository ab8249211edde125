# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Grafieken van de maandstaat: inkomen per maand per methode, en het wat-als van uren."""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # geen scherm nodig
import matplotlib.pyplot as plt  # noqa: E402

from balans.maandstaat.grootboek import METHODE_NAAM, Grootboek, Staat  # noqa: E402
from balans.maandstaat.uitvoer import ZONDER_TOESLAGEN, maandrijen  # noqa: E402
from balans.maandstaat.watals import Punt, bijstand_stopt_bij  # noqa: E402

SOORTEN = (".svg", ".png")


def teken(g: Grootboek, staten: list[Staat], punten: list[Punt] | None, pad: Path) -> None:
    plt.rcParams["svg.hashsalt"] = "balans"  # zelfde invoer, zelfde bestand
    panelen = 2 if punten else 1
    fig, assen = plt.subplots(panelen, 1, figsize=(9, 4.2 * panelen), squeeze=False)
    ax = assen[0][0]
    for s in staten:
        rijen = maandrijen(g, s)
        x = [f"{r.maand.month:02d}-{r.maand.year % 100:02d}" for r in rijen]
        ax.plot(x, [r.totaal / 100 for r in rijen], marker="o", label=METHODE_NAAM[s.methode])
    rijen = maandrijen(g, staten[0])
    ax.step(
        [f"{r.maand.month:02d}-{r.maand.year % 100:02d}" for r in rijen],
        [(r.ondergrens or 0) / 100 for r in rijen],
        where="mid",
        color="black",
        linestyle="--",
        label="Norm zonder vakantietoeslag",
    )
    ax.set_title("Wat u per maand op uw rekening krijgt: loon + bijstand (zonder toeslagen)")
    ax.set_ylabel("euro per maand")
    ax.tick_params(axis="x", labelrotation=45)
    ax.legend(fontsize="small")
    ax.grid(alpha=0.3)
    if punten:
        ax2 = assen[1][0]
        uren = [float(p.uren) for p in punten]
        ax2.stackplot(
            uren,
            [p.loon / 100 for p in punten],
            [p.bijstand / 100 for p in punten],
            labels=["Netto loon", "Bijstand"],
            alpha=0.8,
        )
        stopt = bijstand_stopt_bij(punten)
        if stopt is not None:
            ax2.axvline(float(stopt), color="black", linestyle=":")
            ax2.annotate(
                f"bijstand stopt bij {stopt} uur", (float(stopt), 0), xytext=(5, 10), textcoords="offset points"
            )
        ax2.set_title("Wat als u meer uren werkt? Huishoudinkomen per maand")
        ax2.set_xlabel("uren per week")
        ax2.set_ylabel("euro per maand")
        ax2.legend(loc="upper left", fontsize="small")
        ax2.grid(alpha=0.3)
        fig.text(0.01, 0.005, ZONDER_TOESLAGEN, fontsize="x-small")
    fig.tight_layout(rect=(0, 0.03, 1, 1))
    metadata = {"Date": None} if pad.suffix == ".svg" else {}
    fig.savefig(pad, metadata=metadata)
    plt.close(fig)
