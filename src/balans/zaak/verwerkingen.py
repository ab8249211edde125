# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Verwerkingenlog naar de Logius-standaard Logboek Dataverwerkingen 1.0 (docs/logboek-dataverwerkingen.md).

Elke lees- of schrijfhandeling op persoonsgegevens krijgt een regel: wat, wanneer, waarom (verwerkingsactiviteit
en grondslag) en over wie (de betrokkene: de zaak; naar buiten als pseudoniem, nooit een BSN). Wie het deed
staat niet in de regel maar in het auditlog (tabel audit), gekoppeld via trace_id en span_id: zo wil de
standaard het. Beide worden alleen toegevoegd; de database weigert wijzigen of verwijderen.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import re
import secrets
import weakref
from dataclasses import dataclass

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from balans.zaak.schema import Audit, Gebruiker, LogboekSleutel, Verwerking, nu

# Het register van verwerkingsactiviteiten (AVG art. 30) van balans. Elke regel verwijst hiernaar.
ACTIVITEITEN: dict[str, dict[str, str]] = {
    "bijstand-vaststellen": {
        "naam": "Recht op bijstand vaststellen en de hoogte berekenen",
        "grondslag": "Pw art. 7, 11, 43 en 45; AVG art. 6 lid 1 onder e",
    },
    "zaak-behandelen": {
        "naam": "Een zaak inzien en bijhouden (inkomen, huishouden, besluiten)",
        "grondslag": "Pw art. 7, 17, 44 en 53a; AVG art. 6 lid 1 onder e",
    },
    "maatwerk": {
        "naam": "Afwijken van de uitkomst van de regels, met motivering",
        "grondslag": "Pw art. 18 lid 1; Awb art. 3:46",
    },
    "beschikking": {
        "naam": "Een besluit (beschikking) maken en versturen",
        "grondslag": "Pw art. 43 en 45; Awb art. 3:41 en 3:46",
    },
    "inzage-inwoner": {
        "naam": "De inwoner ziet de eigen gegevens en berekening",
        "grondslag": "AVG art. 15",
    },
    "participatie": {
        "naam": "Participatieplicht: ontheffingen, plan van aanpak en activiteiten",
        "grondslag": "Pw art. 7, 9, 9a, 10, 10a, 10d en 44a; AVG art. 6 lid 1 onder e",
    },
    "maatregel": {
        "naam": "Een maatregel voorbereiden, opleggen of herzien (met horen en afweging)",
        "grondslag": "Pw art. 18 lid 2 en 9-11; gemeentelijke verordening (art. 8 lid 1 onder a); Awb art. 4:8",
    },
    "aanvraag": {
        "naam": "Een aanvraag om bijstand ontvangen en behandelen",
        "grondslag": "Pw art. 17, 41, 43, 43a en 44; AVG art. 6 lid 1 onder e",
    },
    "caseload": {
        "naam": "Overzicht van de eigen zaken en wat aandacht vraagt",
        "grondslag": "Pw art. 7 en 44a; AVG art. 6 lid 1 onder e",
    },
    "monitoring": {
        "naam": "Totalen over alle zaken voor sturing en verantwoording (nooit een persoon; groepen < 5 verborgen)",
        "grondslag": "AVG art. 6 lid 1 onder e en art. 89 lid 1",
    },
    "zaak-toewijzen": {
        "naam": "Zaken verdelen over klantmanagers (beheer): welke zaken, en wie ze krijgt",
        "grondslag": "Pw art. 7 lid 1; AVG art. 6 lid 1 onder e en art. 32",
    },
    "historie": {
        "naam": "De geschiedenis van een zaak en wie haar zag of wijzigde",
        "grondslag": "AVG art. 5 lid 2 en art. 30; Pw art. 53a",
    },
}
URN = "urn:balans:verwerkingsactiviteit:"

_TRACEPARENT = re.compile(r"^00-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}$")
ONBEKENDE_AANROEPER = "urn:balans:aanroeper:onbekend"
# dpl.core.data_subject_id_type: 'een URI naar een Register waar het veld meer precies wordt geduid'
BETROKKENE_TYPE = "urn:balans:betrokkene:zaak-pseudoniem-hmac-sha256"


@dataclass
class Spoor:
    """W3C Trace Context van het verzoek. Elke dataverwerking krijgt een eigen trace (de standaard: een nieuwe
    Trace per Dataverwerking); een binnenkomende traceparent is van een andere applicatie en gaat als
    foreign_operation in de logregel, met de aanroeper (entity) als die bekend is."""

    trace_id: str
    parent_span_id: str | None = None
    extern_trace_id: str | None = None
    extern_span_id: str | None = None
    extern_entity: str | None = None

    @classmethod
    def uit_header(cls, traceparent: str | None, entity: str | None = None) -> "Spoor":
        m = _TRACEPARENT.match((traceparent or "").strip().lower())
        if m and set(m.group(1)) != {"0"} and set(m.group(2)) != {"0"}:
            return cls(secrets.token_hex(16), None, m.group(1), m.group(2), entity or ONBEKENDE_AANROEPER)
        return cls(secrets.token_hex(16))

    def header(self, span_id: str) -> str:
        return f"00-{self.trace_id}-{span_id}-01"


def log(
    s: Session,
    *,
    spoor: Spoor,
    gebruiker: Gebruiker | None,
    naam: str,
    handeling: str,
    zaak_id: str | None,
    activiteit: str,
    gegevens: str | None = None,
    status: str = "OK",
) -> Verwerking:
    """Eén logregel (zonder gebruiker) en, als een gebruiker het deed, één regel in het auditlog met dezelfde
    trace_id en span_id."""
    a = ACTIVITEITEN[activiteit]
    t = nu()
    v = Verwerking(
        trace_id=spoor.trace_id,
        span_id=secrets.token_hex(8),
        parent_span_id=spoor.parent_span_id,
        naam=naam,
        handeling=handeling,
        start_time=t,
        end_time=t,
        status_code=status,
        verwerkingsactiviteit=URN + activiteit,
        grondslag=a["grondslag"],
        zaak_id=zaak_id,
        gegevens=gegevens,
        foreign_trace_id=spoor.extern_trace_id,
        foreign_span_id=spoor.extern_span_id,
        foreign_entity=spoor.extern_entity,
    )
    s.add(v)
    if gebruiker is not None:
        s.add(
            Audit(
                trace_id=v.trace_id,
                span_id=v.span_id,
                tijdstip=t,
                naam=naam,
                gebruiker_id=gebruiker.id,
                rol=gebruiker.rol,
            )
        )
    return v


def van_zaak(s: Session, zaak_id: str, limiet: int = 500) -> list[tuple[Verwerking, str | None, str | None]]:
    """De regels over één zaak, nieuwste eerst, met de naam en de rol van wie het deed (uit het auditlog)."""
    q = (
        select(Verwerking, Gebruiker.naam, Audit.rol)
        .outerjoin(Audit, and_(Audit.trace_id == Verwerking.trace_id, Audit.span_id == Verwerking.span_id))
        .outerjoin(Gebruiker, Gebruiker.id == Audit.gebruiker_id)
        .where(Verwerking.zaak_id == zaak_id)
        .order_by(Verwerking.id.desc())
        .limit(limiet)
    )
    return [(v, n, r) for v, n, r in s.execute(q)]


def door_wie(s: Session, v: Verwerking) -> Audit | None:
    """De regel in het auditlog bij deze verwerking (None: geen gebruiker, zoals een inwoner zonder account)."""
    return s.scalars(select(Audit).where(Audit.trace_id == v.trace_id, Audit.span_id == v.span_id)).first()


_SLEUTELS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _sleutel(s: Session) -> bytes:
    """De sleutel van deze database (migratie 0004), één keer gelezen per engine (niet per URL: een nieuwe
    database op hetzelfde pad heeft een nieuwe sleutel)."""
    engine = s.get_bind()
    engine = getattr(engine, "engine", engine)
    sleutel = _SLEUTELS.get(engine)
    if sleutel is None:
        sleutel = bytes.fromhex(s.scalars(select(LogboekSleutel.sleutel).where(LogboekSleutel.id == 1)).one())
        _SLEUTELS[engine] = sleutel
    return sleutel


def pseudoniem(s: Session, zaak_id: str | None) -> str | None:
    """dpl.core.data_subject_id: HMAC-SHA256 van de zaak-id met de geheime sleutel van deze installatie.

    De standaard vraagt een versleutelde code. Wie de sleutel heeft (de gemeente) vindt bij een zaak het
    pseudoniem terug; wie alleen het logboek heeft, kan er niemand mee aanwijzen."""
    if zaak_id is None:
        return None
    return hmac.new(_sleutel(s), zaak_id.encode("utf-8"), hashlib.sha256).hexdigest()


def _tijd(t: dt.datetime) -> str:
    """Met tijdzone (UTC) en op de milliseconde, zoals de standaard: 'timestamp (ms)'."""
    t = t.replace(tzinfo=dt.timezone.utc) if t.tzinfo is None else t
    return t.astimezone(dt.timezone.utc).isoformat(timespec="milliseconds")


# Logboek Dataverwerkingen 1.0 volgt de status van OpenTelemetry: Unset, Ok of Error.
STATUS = {"OK": "Ok", "ERROR": "Error", "FOUT": "Error"}


def als_logius(v: Verwerking, s: Session) -> dict:
    """Eén regel in de vorm van het Logboek Dataverwerkingen (attributen dpl.core.*, eigen ones in dpl.balans.*)."""
    uit = {
        "trace_id": v.trace_id,
        "span_id": v.span_id,
        "parent_span_id": v.parent_span_id,
        "name": v.naam,
        "start_time": _tijd(v.start_time),
        "end_time": _tijd(v.end_time),
        "status_code": v.status_code,  # verouderd (API 1.0.0); de standaard noemt het status
        "status": STATUS.get((v.status_code or "").upper(), "Unset"),
        "resource": {"attributes": {"service.name": "balans"}},
        "attributes": {
            "dpl.core.processing_activity_id": v.verwerkingsactiviteit,
            "dpl.core.data_subject_id": pseudoniem(s, v.zaak_id),
            "dpl.core.data_subject_id_type": BETROKKENE_TYPE if v.zaak_id else None,
            "dpl.balans.handeling": v.handeling,
            "dpl.balans.grondslag": v.grondslag,
            "dpl.balans.gegevens": v.gegevens,
        },
    }
    if v.foreign_trace_id:
        uit["foreign_operation"] = {
            "trace_id": v.foreign_trace_id,
            "span_id": v.foreign_span_id,
            "entity": v.foreign_entity or ONBEKENDE_AANROEPER,
        }
    return uit


def log_lijst(
    s: Session, *, spoor: Spoor, gebruiker: Gebruiker, naam: str, zaak_ids: list[str], activiteit: str, gegevens: str
) -> None:
    """Een lijst of zoekresultaat toont namen van mensen: één regel per getoonde zaak, net als bij één zaak."""
    for zaak_id in zaak_ids:
        log(
            s,
            spoor=spoor,
            gebruiker=gebruiker,
            naam=naam,
            handeling="lezen",
            zaak_id=zaak_id,
            activiteit=activiteit,
            gegevens=gegevens,
        )
