"""Verwerkingenlog naar de Logius-standaard Logboek Dataverwerkingen.

Elke lees- of schrijfhandeling op persoonsgegevens krijgt een regel: wie, wat, wanneer, waarom
(verwerkingsactiviteit en grondslag). De betrokkene is de zaak (een pseudoniem), nooit een BSN.
De regels worden alleen toegevoegd; de database weigert wijzigen of verwijderen.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from balans.zaak.schema import Gebruiker, Verwerking, nu

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


@dataclass
class Spoor:
    """W3C Trace Context van het verzoek: een binnenkomende traceparent wordt de ouder."""
    trace_id: str
    parent_span_id: str | None

    @classmethod
    def uit_header(cls, traceparent: str | None) -> "Spoor":
        m = _TRACEPARENT.match((traceparent or "").strip().lower())
        if m and set(m.group(1)) != {"0"}:
            return cls(m.group(1), m.group(2))
        return cls(secrets.token_hex(16), None)

    def header(self, span_id: str) -> str:
        return f"00-{self.trace_id}-{span_id}-01"


def log(s: Session, *, spoor: Spoor, gebruiker: Gebruiker | None, naam: str, handeling: str, zaak_id: str | None,
        activiteit: str, gegevens: str | None = None, status: str = "OK") -> Verwerking:
    a = ACTIVITEITEN[activiteit]
    t = nu()
    v = Verwerking(trace_id=spoor.trace_id, span_id=secrets.token_hex(8), parent_span_id=spoor.parent_span_id,
                   naam=naam, handeling=handeling, start_time=t, end_time=t, status_code=status,
                   verwerkingsactiviteit=URN + activiteit, grondslag=a["grondslag"],
                   gebruiker_id=gebruiker.id if gebruiker else None, rol=gebruiker.rol if gebruiker else None,
                   zaak_id=zaak_id, gegevens=gegevens)
    s.add(v)
    return v


def van_zaak(s: Session, zaak_id: str, limiet: int = 500) -> list[tuple[Verwerking, str | None]]:
    """De regels over één zaak, nieuwste eerst, met de naam van wie het deed."""
    q = (select(Verwerking, Gebruiker.naam).outerjoin(Gebruiker, Gebruiker.id == Verwerking.gebruiker_id)
         .where(Verwerking.zaak_id == zaak_id).order_by(Verwerking.id.desc()).limit(limiet))
    return [(v, n) for v, n in s.execute(q)]


# Logboek Dataverwerkingen 1.0 volgt de status van OpenTelemetry: Unset, Ok of Error.
STATUS = {"OK": "Ok", "ERROR": "Error", "FOUT": "Error"}


def als_logius(v: Verwerking) -> dict:
    """Eén regel in de vorm van het Logboek Dataverwerkingen (attributen dpl.core.*)."""
    return {
        "trace_id": v.trace_id, "span_id": v.span_id, "parent_span_id": v.parent_span_id,
        "name": v.naam, "start_time": v.start_time.isoformat(), "end_time": v.end_time.isoformat(),
        "status_code": v.status_code,   # verouderd (API 1.0.0); de standaard noemt het status
        "status": STATUS.get((v.status_code or "").upper(), "Unset"),
        "attributes": {
            "dpl.core.processing_activity_id": v.verwerkingsactiviteit,
            "dpl.core.data_subject_id": v.zaak_id,
            "dpl.core.data_subject_id_type": "zaak",
            "balans.handeling": v.handeling,
            "balans.grondslag": v.grondslag,
            "balans.rol": v.rol,
            "balans.gegevens": v.gegevens,
        },
    }


def log_lijst(s: Session, *, spoor: Spoor, gebruiker: Gebruiker, naam: str, zaak_ids: list[str], activiteit: str,
              gegevens: str) -> None:
    """Een lijst of zoekresultaat toont namen van mensen: één regel per getoonde zaak, net als bij één zaak."""
    for zaak_id in zaak_ids:
        log(s, spoor=spoor, gebruiker=gebruiker, naam=naam, handeling="lezen", zaak_id=zaak_id,
            activiteit=activiteit, gegevens=gegevens)
