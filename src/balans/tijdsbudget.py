# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Een tijdsbudget per verzoek (issue 17 punt 1): het rekenwerk kijkt op vaste punten of de tijd op is.

Een thread van buitenaf stoppen kan in Python niet netjes (halverwege een schrijfactie, met sloten vast).
Daarom stopt het werk zelf: de server zet bij elk verzoek een eindtijd (`binnen`), en de lussen die met de
invoer groeien (maanden, loonstroken, betaalmomenten, zaken) roepen `controleer()` aan. Is de tijd op, dan
komt er `TijdOp`; de server antwoordt 503 met Retry-After, en de databasesessie gaat dicht zonder commit.

De eindtijd staat in een ContextVar: FastAPI geeft de context mee aan de thread van een gewone `def`-route
(anyio), dus een verzoek ziet alleen zijn eigen eindtijd. Buiten een verzoek (CLI, beleidsruns, tests)
is er geen eindtijd en kost `controleer()` één opzoeking.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

# (eindtijd op de monotone klok, het budget in seconden) of None: geen grens
_EINDE: ContextVar[tuple[float, float] | None] = ContextVar("balans_tijdsbudget", default=None)


class TijdOp(Exception):
    """Het verzoek heeft zijn rekentijd op."""

    def __init__(self, seconden: float):
        super().__init__(f"tijdsbudget van {seconden:g} s op")
        self.seconden = seconden


@contextmanager
def binnen(seconden: float | None) -> Iterator[None]:
    """Zet een eindtijd voor het werk in dit blok (en in threads die de context meekrijgen). None of 0: geen."""
    if not seconden:
        yield
        return
    token = _EINDE.set((time.monotonic() + seconden, seconden))
    try:
        yield
    finally:
        _EINDE.reset(token)


def controleer() -> None:
    einde = _EINDE.get()
    if einde is not None and time.monotonic() > einde[0]:
        raise TijdOp(einde[1])
