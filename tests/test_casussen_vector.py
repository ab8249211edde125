# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Elke casus in tests/casussen/ geeft gevectoriseerd dezelfde bedragen als met uitleg, met haar eigen
regime en gemeente (ook het gedoogjaar, de variant van art. 20 lid 4 en de geconsolideerde lezing)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from balans.casus.laden import uit_bestand
from balans.rekenen.casus import bereken
from balans.rekenen.populatie import bereken_casussen

HIER = Path(__file__).parent
BESTANDEN = [p for p in sorted((HIER / "casussen").rglob("*.yaml")) if p.parent.name != "maandstaat"]
VELDEN = ("norm", "vrijlating", "middelen", "verlaging", "bijstand", "vakantietoeslag", "geldlening")


@pytest.mark.parametrize("pad", BESTANDEN, ids=lambda p: p.stem)
def test_vector_gelijk_aan_uitleg(pad):
    c = uit_bestand(pad)
    vector = bereken_casussen([c, c])  # twee rijen: een echte array, geen randgeval van één
    for i, r in enumerate(bereken(c)):
        for veld in VELDEN:
            assert [int(getattr(r.uitkomst, veld))] * 2 == [
                int(x) for x in np.broadcast_to(getattr(vector[i], veld), (2,))
            ], (veld, r.maand)
        assert [bool(r.uitkomst.recht)] * 2 == [bool(x) for x in np.broadcast_to(vector[i].recht, (2,))]
