"""Optimistische vergrendeling voor elke tabel met een kolom 'versie' (zaak, ontheffing, plan, maatregel, aanvraag)."""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session


class VersieConflict(RuntimeError):
    def __init__(self, huidig: int, wat: str = "De zaak"):
        super().__init__(f"{wat} is intussen gewijzigd (nu versie {huidig}).")
        self.huidig = huidig


def verhoog_versie(s: Session, model, obj, verwacht: int, *, wat: str, **waarden) -> int:
    """Eén UPDATE met de gelezen versie erin: van twee gelijktijdige schrijvers wint er één.

    Geeft de nieuwe versie; bij een conflict rollback en VersieConflict met de huidige versie."""
    r = s.execute(update(model).where(model.id == obj.id, model.versie == verwacht)
                  .values(versie=model.versie + 1, **waarden).execution_options(synchronize_session=False))
    if r.rowcount != 1:
        s.rollback()
        raise VersieConflict(s.scalar(select(model.versie).where(model.id == obj.id)) or 0, wat)
    s.expire(obj)
    return verwacht + 1
