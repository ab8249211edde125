# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""De besloten verlagingen (maatregelen, Pw art. 18 lid 2) van een zaak per maand, uit de opslag.

Hier en niet in participatie/maatregel.py: de zaak rekent ermee (repository.casus_van, ook voor de tijdlijn en
een herberekening), en zaak ligt onder participatie. De procedure zelf (melden, horen, opleggen, herzien) blijft
in participatie; de percentages en 'over' komen uit de verordening (wet/verordening.py).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from balans.kalender import plus_maanden
from balans.wet.verordening import verordeningen
from balans.zaak.schema import Besluit, MaatregelZaak

MET_VERLAGING = ("opgelegd", "herzien")


def maanden_met_verlaging(ingang, maanden, herzien_vanaf) -> list[dt.date]:
    if ingang is None or not maanden:
        return []
    uit = [plus_maanden(ingang, i) for i in range(maanden)]
    return [x for x in uit if herzien_vanaf is None or x < herzien_vanaf]


def verlagingen(s: Session, zaak_id: str, bekend_op: dt.datetime | None = None) -> dict[dt.date, int]:
    """Per maand (eerste dag) de som van de geldende verlagingen in basispunten, hoogstens 10000.

    Zonder bekend_op uit de huidige stand; met bekend_op uit het besluitenlog (wat toen was besloten).
    Eén query."""
    rijen: list[tuple] = []
    if bekend_op is None:
        q = select(
            MaatregelZaak.percentage_bp, MaatregelZaak.maanden, MaatregelZaak.ingang, MaatregelZaak.herzien_vanaf
        ).where(MaatregelZaak.zaak_id == zaak_id, MaatregelZaak.status.in_(MET_VERLAGING))
        rijen = [tuple(r) for r in s.execute(q)]
    else:
        q = (
            select(Besluit.onderwerp_id, Besluit.handeling, Besluit.gegevens)
            .where(Besluit.zaak_id == zaak_id, Besluit.onderwerp == "maatregel", Besluit.tijdstip <= bekend_op)
            .order_by(Besluit.tijdstip, Besluit.id)
        )
        laatste: dict[str, dict] = {}
        for oid, _handeling, g in s.execute(q):
            laatste[oid] = g or {}
        for g in laatste.values():
            if g.get("status") in MET_VERLAGING and g.get("ingang"):
                rijen.append(
                    (
                        g.get("percentage_bp"),
                        g.get("maanden"),
                        dt.date.fromisoformat(g["ingang"]),
                        dt.date.fromisoformat(g["herzien_vanaf"]) if g.get("herzien_vanaf") else None,
                    )
                )
    uit: dict[dt.date, int] = {}
    for bp, maanden, ingang, herzien_vanaf in rijen:
        for x in maanden_met_verlaging(ingang, maanden, herzien_vanaf):
            uit[x] = min(10000, uit.get(x, 0) + int(bp or 0))
    return uit


def verlaging_over(s: Session, zaak_id: str) -> str | None:
    """Waarover de percentages van deze zaak gaan ('norm' of 'bijstand'), volgens de verordening van de
    maatregelen; None als die het niet eenduidig zeggen (dan de gemeenteparameter)."""
    codes = set(
        s.scalars(
            select(MaatregelZaak.verordening).where(
                MaatregelZaak.zaak_id == zaak_id, MaatregelZaak.status.in_(MET_VERLAGING)
            )
        )
    )
    alle = verordeningen()
    overs = {alle[c].over for c in codes if c in alle}
    return overs.pop() if len(overs) == 1 else None
