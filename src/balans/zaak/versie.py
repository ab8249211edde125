# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Optimistische vergrendeling voor elke tabel met een kolom 'versie' (zaak, ontheffing, plan, maatregel, aanvraag)."""

from __future__ import annotations

import threading
from collections import OrderedDict

from sqlalchemy import select, update
from sqlalchemy.orm import Session


class VersieConflict(RuntimeError):
    def __init__(self, huidig: int, wat: str = "De zaak"):
        super().__init__(f"{wat} is intussen gewijzigd (nu versie {huidig}).")
        self.huidig = huidig


def verhoog_versie(s: Session, model, obj, verwacht: int, *, wat: str, **waarden) -> int:
    """Eén UPDATE met de gelezen versie erin: van twee gelijktijdige schrijvers wint er één.

    Geeft de nieuwe versie; bij een conflict rollback en VersieConflict met de huidige versie."""
    r = s.execute(
        update(model)
        .where(model.id == obj.id, model.versie == verwacht)
        .values(versie=model.versie + 1, **waarden)
        .execution_options(synchronize_session=False)
    )
    if r.rowcount != 1:
        s.rollback()
        raise VersieConflict(s.scalar(select(model.versie).where(model.id == obj.id)) or 0, wat)
    s.expire(obj)
    return verwacht + 1


class PerVersie:
    """Uitkomsten per (zaak, versie, …), begrensd en veilig tussen draden. Elke wijziging van een zaak
    (ook een opgelegde maatregel) verhoogt de versie, dus een oude uitkomst wordt nooit meer gevraagd."""

    def __init__(self, maximum: int):
        self._maximum = maximum
        self._uit: OrderedDict = OrderedDict()
        self._slot = threading.Lock()

    def haal(self, sleutel, maak):
        with self._slot:
            if sleutel in self._uit:
                self._uit.move_to_end(sleutel)
                return self._uit[sleutel]
        uit = maak()  # buiten het slot: rekenen kan duren
        with self._slot:
            self._uit[sleutel] = uit
            while len(self._uit) > self._maximum:
                self._uit.popitem(last=False)
        return uit
