# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Bouwstap: de NL Design System-css (npm, vastgelegd in package-lock.json) in het pakket kopiëren.

Waarom een kopie: een geïnstalleerde server heeft geen node_modules naast zich. De pagina's gebruiken maar
twee bestanden (design tokens en de componenten van Utrecht, samen ~600 kB); die gaan met hun licentie mee in
balans/web/statisch/utrecht/, zodat wheel en sdist zonder npm werken. De kopie staat niet in git (.gitignore):
npm ci blijft de enige bron, met de integriteitscontrole uit package-lock.json.
Alle andere instellingen staan in pyproject.toml.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py
from setuptools.command.sdist import sdist

HIER = Path(__file__).resolve().parent
NPM = HIER / "node_modules" / "@utrecht"
DOEL = HIER / "src" / "balans" / "web" / "statisch" / "utrecht"
BESTANDEN = [
    "design-tokens/dist/index.css",
    "design-tokens/LICENSE.md",
    "design-tokens/package.json",
    "component-library-css/dist/index.css",
    "component-library-css/LICENSE.md",
    "component-library-css/package.json",
]


def kopieer_nl_design_system(editable: bool = False) -> None:
    if not (NPM / BESTANDEN[0]).is_file():
        if editable or all((DOEL / b).is_file() for b in BESTANDEN):
            return  # sdist: de kopie zit er al in; editable: de server leest node_modules van de checkout
        raise SystemExit(
            "balans bouwen: de NL Design System-css ontbreekt. Draai eerst `npm ci` "
            "(node_modules/@utrecht), dan kan het pakket de css meenemen."
        )
    for b in BESTANDEN:
        doel = DOEL / b
        doel.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(NPM / b, doel)


class BuildPy(build_py):
    def run(self):
        kopieer_nl_design_system(editable=getattr(self, "editable_mode", False))
        super().run()


class Sdist(sdist):
    def run(self):
        kopieer_nl_design_system()
        super().run()


setup(cmdclass={"build_py": BuildPy, "sdist": Sdist})
