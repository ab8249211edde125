# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Alle casussen onder tests/casussen/ en ../shared/casussen/: de verwachte bedragen zijn met de hand
uit de wettekst berekend (zie de toelichting bovenin elk bestand). Eén test per casus."""

from __future__ import annotations

from pathlib import Path

import pytest

from balans.casus.laden import uit_bestand
from balans.geld import als_euro
from balans.rekenen.casus import bereken

HIER = Path(__file__).parent
BESTANDEN = sorted((HIER / "casussen").rglob("*.yaml"))
GEDEELD = sorted((HIER.parent.parent / "shared" / "casussen").glob("*.yaml"))


@pytest.mark.parametrize("pad", BESTANDEN + GEDEELD, ids=lambda p: p.stem)
def test_casus(pad):
    casus = uit_bestand(pad)
    assert casus.verwacht, "een testcasus heeft 'verwacht'"
    per_maand = {r.maand: r.uitkomst for r in bereken(casus)}
    fouten = []
    for maand, v in casus.verwacht.items():
        u = per_maand[maand]
        for veld in ("norm", "vrijlating", "middelen", "verlaging", "bijstand", "geldlening"):
            verwacht = getattr(v, veld)
            if verwacht is not None and verwacht != getattr(u, veld):
                fouten.append(
                    f"{maand:%Y-%m} {veld}: verwacht {als_euro(verwacht)}, berekend {als_euro(getattr(u, veld))}"
                )
        if v.recht is not None and v.recht != bool(u.recht):
            fouten.append(f"{maand:%Y-%m} recht: verwacht {v.recht}, berekend {bool(u.recht)}")
    assert not fouten, "\n".join(fouten)


def test_genoeg_eigen_casussen():
    assert len(BESTANDEN) >= 60
