# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Zaken lezen en wijzigen, met toegang per rol en optimistische vergrendeling.

Wie een zaak mag zien: de inwoner van die zaak, de toegewezen klantmanager. Een beleidsmedewerker
en een beheerder zien geen zaakgegevens. Een zaak die iemand niet mag zien, bestaat voor hem niet
(404), zodat ook het bestaan niet uitlekt.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from balans.casus.model import Casus
from balans.zaak import feiten as F
from balans.zaak.schema import Feit, Gebruiker, Maatwerk, Zaak, nu
from balans.zaak.verlagingen import verlaging_over, verlagingen
from balans.zaak.versie import VersieConflict, verhoog_versie  # noqa: F401 (VersieConflict: ook via deze module)


class GeenToegang(LookupError):
    """De zaak bestaat niet, of deze gebruiker mag haar niet zien."""


class OngeldigeWijziging(ValueError):
    def __init__(self, veld: str, bericht: str):
        super().__init__(bericht)
        self.veld = veld
        self.bericht = bericht


def mag_zaak_zien(g: Gebruiker, zaak: Zaak) -> bool:
    if g.rol == "inwoner":
        return g.zaak_id == zaak.id
    if g.rol == "klantmanager":
        return zaak.klantmanager_id == g.id
    return False


def haal_zaak(s: Session, g: Gebruiker, zaak_id: str) -> Zaak:
    zaak = s.get(Zaak, zaak_id)
    if zaak is None or not mag_zaak_zien(g, zaak):
        raise GeenToegang(zaak_id)
    return zaak


@dataclass
class Pagina:
    zaken: list[Zaak]
    totaal: int
    pagina: int
    grootte: int

    @property
    def paginas(self) -> int:
        return max(1, -(-self.totaal // self.grootte))


def zaken_van(
    s: Session, g: Gebruiker, pagina: int = 1, grootte: int = 20, naam: str | None = None, status: str | None = None
) -> Pagina:
    q = select(Zaak)
    if g.rol == "klantmanager":
        q = q.where(Zaak.klantmanager_id == g.id)
    elif g.rol == "inwoner" and g.zaak_id:
        q = q.where(Zaak.id == g.zaak_id)
    else:
        q = q.where(False)
    if naam:
        q = q.where(func.lower(Zaak.naam).contains(naam.lower()))
    if status:
        q = q.where(Zaak.status == status)
    totaal = s.scalar(select(func.count()).select_from(q.subquery())) or 0
    rijen = s.scalars(q.order_by(Zaak.naam, Zaak.id).offset((pagina - 1) * grootte).limit(grootte)).all()
    return Pagina(list(rijen), totaal, pagina, grootte)


def namen(s: Session, ids) -> dict[int, str]:
    """Gebruikers-id -> naam, alleen voor de gevraagde id's."""
    ids = {i for i in ids if i is not None}
    return dict(s.execute(select(Gebruiker.id, Gebruiker.naam).where(Gebruiker.id.in_(ids))).all()) if ids else {}


# --- feiten -------------------------------------------------------------------------------------


def feiten_op(s: Session, zaak_id: str, bekend_op: dt.datetime | None = None) -> dict[str, object]:
    """De stand per sleutel zoals die op 'bekend_op' was vastgelegd (standaard: nu)."""
    q = select(Feit).where(Feit.zaak_id == zaak_id)
    if bekend_op is not None:
        q = q.where(Feit.vastgelegd_op <= bekend_op)
    laatste: dict[str, Feit] = {}
    eerste: dict[str, int] = {}
    for f in s.scalars(q.order_by(Feit.vastgelegd_op, Feit.id)):
        laatste[f.sleutel] = f
        eerste.setdefault(f.sleutel, f.id)
    uit = {}
    for sleutel in sorted(laatste, key=eerste.__getitem__):
        f = laatste[sleutel]
        if f.geldig_van is None and f.waarde is None:  # weggehaald
            continue
        uit[sleutel] = f.waarde
    return uit


def casus_data(s: Session, zaak: Zaak, bekend_op: dt.datetime | None = None) -> dict:
    return F.samenvoegen(feiten_op(s, zaak.id, bekend_op))


def met_verlagingen(s: Session, zaak_id: str, data: dict, bekend_op: dt.datetime | None = None) -> dict:
    """De casus-data met de besloten maatregelen (zaak/verlagingen.py) als percentage per maand.

    Alleen voor rekenen: nooit terugschrijven als feit. Een maand buiten de periode telt niet; een
    besloten maatregel vervangt een percentage dat in de feiten stond (de procedure beslist)."""
    per_maand = verlagingen(s, zaak_id, bekend_op)
    periode = data.get("periode") or {}
    if not per_maand or not periode.get("van") or not periode.get("tot"):
        return data
    van, tot = str(periode["van"])[:7], str(periode["tot"])[:7]
    over = {"over": o} if (o := verlaging_over(s, zaak_id)) else {}
    maanden = dict(data.get("maanden") or {})
    for m, bp in per_maand.items():
        sleutel = f"{m:%Y-%m}"
        if van <= sleutel <= tot:
            pct = {"percentage": f"{bp // 100}.{bp % 100:02d}", **over}
            maanden[sleutel] = {**(maanden.get(sleutel) or {}), "maatregel": pct}
    return {**data, "maanden": dict(sorted(maanden.items()))}


def casus_van(s: Session, zaak: Zaak, bekend_op: dt.datetime | None = None) -> Casus:
    """De casus om mee te rekenen: de feiten plus de besloten verlagingen (maatregelen) per maand."""
    return rekencasus(s, zaak, casus_data(s, zaak, bekend_op), bekend_op)


def rekencasus(s: Session, zaak: Zaak, data: dict, bekend_op: dt.datetime | None = None) -> Casus:
    """Als casus_van, voor wie de feiten (casus_data) al heeft en ze ook zelf toont."""
    return F.controleer(met_verlagingen(s, zaak.id, data, bekend_op), f"zaak {zaak.id}")


def _leg_vast(
    s: Session, zaak_id: str, wijzigingen: dict[str, tuple], door: int | None, reden: str | None, tijdstip: dt.datetime
) -> None:
    for sleutel, (van, tot, waarde) in wijzigingen.items():
        s.add(
            Feit(
                zaak_id=zaak_id,
                sleutel=sleutel,
                geldig_van=van,
                geldig_tot=tot,
                waarde=waarde,
                vastgelegd_op=tijdstip,
                vastgelegd_door=door,
                reden=reden,
            )
        )


def _verhoog_versie(s: Session, zaak: Zaak, verwacht: int, tijdstip: dt.datetime) -> int:
    return verhoog_versie(s, Zaak, zaak, verwacht, wat="De zaak", bijgewerkt=tijdstip)


def maak_zaak(
    s: Session,
    *,
    naam: str,
    casus: Casus,
    klantmanager_id: int | None,
    door: int | None,
    bsn: str | None = None,
    zaak_id: str | None = None,
    tijdstip: dt.datetime | None = None,
) -> Zaak:
    tijdstip = tijdstip or nu()
    zaak = Zaak(
        id=zaak_id or str(uuid.uuid4()),
        naam=naam,
        bsn=bsn,
        klantmanager_id=klantmanager_id,
        status="lopend",
        versie=1,
        aangemaakt=tijdstip,
        bijgewerkt=tijdstip,
    )
    s.add(zaak)
    s.flush()
    _leg_vast(s, zaak.id, F.splits(F.als_data(casus)), door, "zaak aangemaakt", tijdstip)
    return zaak


def wijzig_casus(
    s: Session,
    zaak: Zaak,
    nieuwe: Casus,
    *,
    versie: int,
    door: int | None,
    reden: str | None,
    tijdstip: dt.datetime | None = None,
) -> tuple[int, list[str]]:
    """Legt alleen de gewijzigde feiten vast. Geeft (nieuwe versie, gewijzigde sleutels)."""
    tijdstip = tijdstip or nu()
    oud = feiten_op(s, zaak.id)
    wijzigingen = F.verschil(oud, F.splits(F.als_data(nieuwe)))
    nieuwe_versie = _verhoog_versie(s, zaak, versie, tijdstip)
    _leg_vast(s, zaak.id, wijzigingen, door, reden, tijdstip)
    return nieuwe_versie, sorted(wijzigingen)


def wijzig_feit(
    s: Session,
    zaak: Zaak,
    sleutel: str,
    waarde: object,
    *,
    versie: int,
    door: int | None,
    reden: str | None,
    tijdstip: dt.datetime | None = None,
) -> tuple[int, list[str]]:
    """Eén deel van de casus (bv. 'maand/2026-03') vervangen, na controle van de hele casus."""
    data = casus_data(s, zaak)
    soort, _, rest = sleutel.partition("/")
    if soort == "maand":
        data.setdefault("maanden", {})[rest] = waarde
    elif soort in F.ENKEL:
        data[soort] = waarde
    else:
        raise OngeldigeWijziging("sleutel", f"Dit deel van de zaak kan zo niet worden gewijzigd: '{sleutel}'.")
    return wijzig_casus(
        s, zaak, F.controleer(data, "wijziging"), versie=versie, door=door, reden=reden, tijdstip=tijdstip
    )


# --- maatwerk -----------------------------------------------------------------------------------

MAATWERK_GRONDSLAGEN = {
    "Pw art. 18 lid 1": "De bijstand afstemmen op de omstandigheden, mogelijkheden en middelen van de persoon.",
    "Pw art. 16 lid 1": "Bijstand ondanks geen recht, omdat er zeer dringende redenen zijn.",
    "Pw art. 19 lid 1": "Algemene bijstand om in de noodzakelijke kosten van bestaan te voorzien.",
}
MIN_MOTIVERING = 20


def maatwerk_van(s: Session, zaak_id: str) -> list[Maatwerk]:
    """Alle maatwerk, oudste eerst (de geschiedenis blijft staan)."""
    return list(s.scalars(select(Maatwerk).where(Maatwerk.zaak_id == zaak_id).order_by(Maatwerk.tijdstip, Maatwerk.id)))


def geldend_maatwerk(rijen: list[Maatwerk]) -> dict[dt.date, Maatwerk]:
    """Per maand de laatste beslissing; een ingetrokken afwijking (vastgesteld None) telt niet."""
    uit: dict[dt.date, Maatwerk] = {}
    for m in rijen:
        uit[m.maand] = m
    return {k: v for k, v in uit.items() if v.vastgesteld is not None}
