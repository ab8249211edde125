"""De tabellen (SQLAlchemy 2). Alembic-migraties in zaak/migraties houden de database hierop gelijk.

Bedragen zijn hele centen (BigInteger). Feiten, maatwerk en het verwerkingenlog worden alleen
toegevoegd, nooit gewijzigd: dat dwingen triggers in de database af (zie migratie 0001).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, BigInteger, Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

ROLLEN = ("inwoner", "klantmanager", "beleidsmedewerker", "beheerder")


def nu() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class Basis(DeclarativeBase):
    type_annotation_map = {dt.datetime: DateTime(timezone=True)}


class Gebruiker(Basis):
    __tablename__ = "gebruiker"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    gebruikersnaam: Mapped[str] = mapped_column(String(80), unique=True)
    naam: Mapped[str] = mapped_column(String(200))
    rol: Mapped[str] = mapped_column(String(20))
    wachtwoord_hash: Mapped[str | None] = mapped_column(String(200))
    oidc_sub: Mapped[str | None] = mapped_column(String(200), unique=True)
    zaak_id: Mapped[str | None] = mapped_column(ForeignKey("zaak.id"))   # alleen voor een inwoner: de eigen zaak
    actief: Mapped[bool] = mapped_column(Boolean, default=True)
    aangemaakt: Mapped[dt.datetime] = mapped_column(default=nu)


class Sessie(Basis):
    __tablename__ = "sessie"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)        # sha256 van het token; het token zelf staat nergens
    gebruiker_id: Mapped[int] = mapped_column(ForeignKey("gebruiker.id"))
    csrf: Mapped[str] = mapped_column(String(64))
    aangemaakt: Mapped[dt.datetime] = mapped_column(default=nu)
    verloopt: Mapped[dt.datetime]


class LoginPoging(Basis):
    __tablename__ = "login_poging"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sleutel: Mapped[str] = mapped_column(String(64), index=True)        # sha256(gebruikersnaam|adres)
    tijdstip: Mapped[dt.datetime] = mapped_column(default=nu)
    gelukt: Mapped[bool] = mapped_column(Boolean)


class Zaak(Basis):
    __tablename__ = "zaak"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)        # uuid4: geen BSN in URL's
    naam: Mapped[str] = mapped_column(String(200))                       # naam van de aanvrager
    bsn: Mapped[str | None] = mapped_column(String(9), index=True)
    klantmanager_id: Mapped[int | None] = mapped_column(ForeignKey("gebruiker.id"), index=True)
    status: Mapped[str] = mapped_column(String(20), default="lopend")
    versie: Mapped[int] = mapped_column(Integer, default=1)              # optimistische vergrendeling
    aangemaakt: Mapped[dt.datetime] = mapped_column(default=nu)
    bijgewerkt: Mapped[dt.datetime] = mapped_column(default=nu)


class Feit(Basis):
    """Eén versie van één deel van de casus. Geldig (geldig_van..geldig_tot) en vastgelegd (vastgelegd_op).

    De stand op tijdstip T is per sleutel de laatste versie met vastgelegd_op <= T; waarde None
    betekent: vanaf dan weggehaald. Zo blijft zichtbaar wat op elk moment bekend was.
    """
    __tablename__ = "feit"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    zaak_id: Mapped[str] = mapped_column(ForeignKey("zaak.id"))
    sleutel: Mapped[str] = mapped_column(String(120))
    geldig_van: Mapped[dt.date | None] = mapped_column(Date)
    geldig_tot: Mapped[dt.date | None] = mapped_column(Date)
    waarde: Mapped[object | None] = mapped_column(JSON)
    vastgelegd_op: Mapped[dt.datetime] = mapped_column(default=nu)
    vastgelegd_door: Mapped[int | None] = mapped_column(ForeignKey("gebruiker.id"))
    reden: Mapped[str | None] = mapped_column(Text)
    __table_args__ = (Index("ix_feit_zaak_sleutel", "zaak_id", "sleutel", "vastgelegd_op"),)


class Maatwerk(Basis):
    """Een afwijking van de uitkomst van de regels, met motivering (de omgekeerde toets)."""
    __tablename__ = "maatwerk"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    zaak_id: Mapped[str] = mapped_column(ForeignKey("zaak.id"), index=True)
    maand: Mapped[dt.date] = mapped_column(Date)
    veld: Mapped[str] = mapped_column(String(30))
    regel_bedrag: Mapped[int] = mapped_column(BigInteger)               # wat de regels gaven, in centen
    vastgesteld: Mapped[int | None] = mapped_column(BigInteger)         # None: afwijking ingetrokken
    motivering: Mapped[str] = mapped_column(Text)
    grondslag: Mapped[str] = mapped_column(String(120))
    auteur_id: Mapped[int] = mapped_column(ForeignKey("gebruiker.id"))
    tijdstip: Mapped[dt.datetime] = mapped_column(default=nu)


class Verwerking(Basis):
    """Logboek dataverwerkingen (Logius): één regel per handeling per betrokkene. Alleen toevoegen."""
    __tablename__ = "verwerking"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    trace_id: Mapped[str] = mapped_column(String(32), index=True)
    span_id: Mapped[str] = mapped_column(String(16))
    parent_span_id: Mapped[str | None] = mapped_column(String(16))
    naam: Mapped[str] = mapped_column(String(80))                        # bv. zaak.lezen
    handeling: Mapped[str] = mapped_column(String(20))                   # lezen | aanmaken | wijzigen
    start_time: Mapped[dt.datetime] = mapped_column(default=nu)
    end_time: Mapped[dt.datetime] = mapped_column(default=nu)
    status_code: Mapped[str] = mapped_column(String(10), default="OK")
    verwerkingsactiviteit: Mapped[str] = mapped_column(String(200))      # dpl.core.processing_activity_id
    grondslag: Mapped[str] = mapped_column(String(200))
    gebruiker_id: Mapped[int | None] = mapped_column(ForeignKey("gebruiker.id"))
    rol: Mapped[str | None] = mapped_column(String(20))
    zaak_id: Mapped[str | None] = mapped_column(String(36), index=True)  # dpl.core.data_subject_id (pseudoniem)
    gegevens: Mapped[str | None] = mapped_column(String(200))            # welke soorten gegevens
