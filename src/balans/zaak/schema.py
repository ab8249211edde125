# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""De tabellen (SQLAlchemy 2). Alembic-migraties in zaak/migraties houden de database hierop gelijk.

Bedragen zijn hele centen (BigInteger). Feiten, maatwerk en het verwerkingenlog worden alleen
toegevoegd, nooit gewijzigd: dat dwingen triggers in de database af (zie migratie 0001).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, BigInteger, Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text, false
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

ROLLEN = ("inwoner", "klantmanager", "beleidsmedewerker", "beheerder")


def nu() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class UtcTijd(TypeDecorator):
    """Een tijdstip met zone. SQLite bewaart de zone niet; wij slaan UTC op en geven UTC terug, zodat de API
    altijd een offset geeft (ADR /core/date-time, RFC 3339) en vergelijken met een tijd met zone kan."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, waarde, dialect):
        if waarde is not None and waarde.tzinfo is not None and dialect.name == "sqlite":
            waarde = waarde.astimezone(dt.timezone.utc)
        return waarde

    def process_result_value(self, waarde, dialect):
        if waarde is not None and waarde.tzinfo is None:
            waarde = waarde.replace(tzinfo=dt.timezone.utc)
        return waarde


class Basis(DeclarativeBase):
    type_annotation_map = {dt.datetime: UtcTijd()}


class Gebruiker(Basis):
    __tablename__ = "gebruiker"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    gebruikersnaam: Mapped[str] = mapped_column(String(80), unique=True)
    naam: Mapped[str] = mapped_column(String(200))
    rol: Mapped[str] = mapped_column(String(20))
    wachtwoord_hash: Mapped[str | None] = mapped_column(String(200))
    oidc_sub: Mapped[str | None] = mapped_column(String(200), unique=True)
    zaak_id: Mapped[str | None] = mapped_column(ForeignKey("zaak.id"))  # alleen voor een inwoner: de eigen zaak
    actief: Mapped[bool] = mapped_column(Boolean, default=True)
    # Na een herstel door de beheerder: eerst zelf een nieuw wachtwoord kiezen (migratie 0003).
    wachtwoord_wijzigen: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    aangemaakt: Mapped[dt.datetime] = mapped_column(default=nu)


class Sessie(Basis):
    __tablename__ = "sessie"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)  # sha256 van het token; het token zelf staat nergens
    gebruiker_id: Mapped[int] = mapped_column(ForeignKey("gebruiker.id"))
    csrf: Mapped[str] = mapped_column(String(64))
    aangemaakt: Mapped[dt.datetime] = mapped_column(default=nu)
    verloopt: Mapped[dt.datetime]


class LoginPoging(Basis):
    __tablename__ = "login_poging"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sleutel: Mapped[str] = mapped_column(String(64), index=True)  # sha256(gebruikersnaam|adres)
    tijdstip: Mapped[dt.datetime] = mapped_column(default=nu)
    gelukt: Mapped[bool] = mapped_column(Boolean)


class Zaak(Basis):
    __tablename__ = "zaak"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # uuid4: geen BSN in URL's
    naam: Mapped[str] = mapped_column(String(200))  # naam van de aanvrager
    bsn: Mapped[str | None] = mapped_column(String(9), index=True)
    klantmanager_id: Mapped[int | None] = mapped_column(ForeignKey("gebruiker.id"), index=True)
    status: Mapped[str] = mapped_column(String(20), default="lopend")
    versie: Mapped[int] = mapped_column(Integer, default=1)  # optimistische vergrendeling
    ingangsdatum: Mapped[dt.date | None] = mapped_column(Date)  # eerste dag met bijstand (instroom)
    einddatum: Mapped[dt.date | None] = mapped_column(Date)  # laatste dag met bijstand (uitstroom)
    einde_reden: Mapped[str | None] = mapped_column(String(40))  # werk | aow | verhuisd | overig
    aangemaakt: Mapped[dt.datetime] = mapped_column(default=nu)
    bijgewerkt: Mapped[dt.datetime] = mapped_column(default=nu)


def lopend(z: Zaak, vandaag: dt.date) -> bool:
    """Een zaak met een einddatum loopt tot en met die dag (een besluit kan vooruit beëindigen).

    Hier, bij de zaak zelf: zaak/gebruikers telt er de caseload mee, participatie/caseload ook."""
    if z.einddatum is not None:
        return z.einddatum >= vandaag
    return z.status != "beeindigd"


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
    regel_bedrag: Mapped[int] = mapped_column(BigInteger)  # wat de regels gaven, in centen
    vastgesteld: Mapped[int | None] = mapped_column(BigInteger)  # None: afwijking ingetrokken
    motivering: Mapped[str] = mapped_column(Text)
    grondslag: Mapped[str] = mapped_column(String(120))
    auteur_id: Mapped[int] = mapped_column(ForeignKey("gebruiker.id"))
    tijdstip: Mapped[dt.datetime] = mapped_column(default=nu)


class Verwerking(Basis):
    """Logboek Dataverwerkingen (Logius): één regel per handeling per betrokkene. Alleen toevoegen.

    Geen gebruiker in de regel (het besluit van de standaard): wie het deed staat in Audit, via trace_id en
    span_id. docs/logboek-dataverwerkingen.md zet de kolommen naast de velden van de standaard."""

    __tablename__ = "verwerking"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    trace_id: Mapped[str] = mapped_column(String(32), index=True)
    span_id: Mapped[str] = mapped_column(String(16))
    parent_span_id: Mapped[str | None] = mapped_column(String(16))
    naam: Mapped[str] = mapped_column(String(80))  # bv. zaak.lezen
    handeling: Mapped[str] = mapped_column(String(20))  # lezen | aanmaken | wijzigen
    start_time: Mapped[dt.datetime] = mapped_column(default=nu)
    end_time: Mapped[dt.datetime] = mapped_column(default=nu)
    status_code: Mapped[str] = mapped_column(String(10), default="OK")
    verwerkingsactiviteit: Mapped[str] = mapped_column(String(200))  # dpl.core.processing_activity_id
    grondslag: Mapped[str] = mapped_column(String(200))
    zaak_id: Mapped[str | None] = mapped_column(String(36), index=True)  # betrokkene; naar buiten als pseudoniem
    gegevens: Mapped[str | None] = mapped_column(String(200))  # welke soorten gegevens
    foreign_trace_id: Mapped[str | None] = mapped_column(String(32))  # foreign_operation: de aanroeper
    foreign_span_id: Mapped[str | None] = mapped_column(String(16))
    foreign_entity: Mapped[str | None] = mapped_column(String(200))


class Audit(Basis):
    """Het auditlog: wie een verwerking deed (gebruiker en rol), gekoppeld via trace_id en span_id. Alleen
    toevoegen. Buiten de standaard (die geen gebruikers in logregels wil); zie docs/logboek-dataverwerkingen.md."""

    __tablename__ = "audit"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    trace_id: Mapped[str] = mapped_column(String(32))
    span_id: Mapped[str] = mapped_column(String(16))
    tijdstip: Mapped[dt.datetime] = mapped_column(default=nu)
    naam: Mapped[str] = mapped_column(String(80))
    gebruiker_id: Mapped[int | None] = mapped_column(ForeignKey("gebruiker.id"), index=True)
    rol: Mapped[str | None] = mapped_column(String(20))
    __table_args__ = (Index("ix_audit_trace_span", "trace_id", "span_id"),)


class LogboekSleutel(Basis):
    """De geheime sleutel voor het pseudoniem van de betrokkene in het Logboek (HMAC-SHA256); één rij."""

    __tablename__ = "logboek_sleutel"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sleutel: Mapped[str] = mapped_column(String(64))


# --- participatie (issue 7): elk besluit staat ook in 'besluit' (alleen toevoegen) -------------------

PERSONEN = ("aanvrager", "partner")


class Besluit(Basis):
    """Eén beslissing over participatie of een aanvraag: grondslag, motivering en auteur. Alleen toevoegen.

    De tabellen hieronder houden de huidige stand; dit is de geschiedenis ervan (wie, wanneer, waarom)."""

    __tablename__ = "besluit"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    zaak_id: Mapped[str | None] = mapped_column(ForeignKey("zaak.id"), index=True)
    onderwerp: Mapped[str] = mapped_column(String(20))  # ontheffing | plan | activiteit | maatregel | aanvraag
    onderwerp_id: Mapped[str] = mapped_column(String(36))
    handeling: Mapped[str] = mapped_column(String(30))  # bv. vastgesteld, gehoord, waarschuwing, herzien
    grondslag: Mapped[str] = mapped_column(String(200))
    motivering: Mapped[str] = mapped_column(Text)
    gegevens: Mapped[object | None] = mapped_column(JSON)  # de stand na de beslissing
    auteur_id: Mapped[int | None] = mapped_column(ForeignKey("gebruiker.id"))
    tijdstip: Mapped[dt.datetime] = mapped_column(default=nu)
    __table_args__ = (Index("ix_besluit_onderwerp", "onderwerp", "onderwerp_id"),)


class Ontheffing(Basis):
    """Tijdelijke (art. 9 lid 2) of duurzame ontheffing van een of meer verplichtingen."""

    __tablename__ = "ontheffing"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    zaak_id: Mapped[str] = mapped_column(ForeignKey("zaak.id"), index=True)
    persoon: Mapped[str] = mapped_column(String(10), default="aanvrager")
    soort: Mapped[str] = mapped_column(String(30))  # tijdelijk | duurzaam | alleenstaande_ouder
    verplichtingen: Mapped[list] = mapped_column(JSON)  # codes, bv. ["arbeid", "re_integratie"]
    reden: Mapped[str] = mapped_column(String(40))  # code uit participatie/plicht.py
    toelichting: Mapped[str] = mapped_column(Text, default="")
    van: Mapped[dt.date] = mapped_column(Date)
    tot: Mapped[dt.date | None] = mapped_column(Date)  # None: voor onbepaalde tijd (duurzaam)
    herbeoordeling: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="actief")  # actief | ingetrokken | afgelopen
    grondslag: Mapped[str] = mapped_column(String(200))
    motivering: Mapped[str] = mapped_column(Text)
    auteur_id: Mapped[int] = mapped_column(ForeignKey("gebruiker.id"))
    tijdstip: Mapped[dt.datetime] = mapped_column(default=nu)
    versie: Mapped[int] = mapped_column(Integer, default=1)


class Plan(Basis):
    """Plan van aanpak (Pw art. 44a): doelen en afspraken, met een evaluatiedatum."""

    __tablename__ = "plan"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    zaak_id: Mapped[str] = mapped_column(ForeignKey("zaak.id"), index=True)
    persoon: Mapped[str] = mapped_column(String(10), default="aanvrager")
    doelen: Mapped[list] = mapped_column(JSON)  # lijst van korte zinnen
    afspraken: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="concept")  # concept | vastgesteld | afgesloten
    van: Mapped[dt.date] = mapped_column(Date)
    evaluatie: Mapped[dt.date | None] = mapped_column(Date)
    grondslag: Mapped[str] = mapped_column(String(200), default="Pw art. 44a")
    auteur_id: Mapped[int] = mapped_column(ForeignKey("gebruiker.id"))
    tijdstip: Mapped[dt.datetime] = mapped_column(default=nu)
    bijgewerkt: Mapped[dt.datetime] = mapped_column(default=nu)
    versie: Mapped[int] = mapped_column(Integer, default=1)


class Activiteit(Basis):
    """Een instrument uit de catalogus of een eigen activiteit (vrijwilligerswerk, mantelzorg, opleiding).

    Met plan_id hoort hij bij een plan van aanpak; zonder is het eigen initiatief (maatregel 8)."""

    __tablename__ = "activiteit"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    zaak_id: Mapped[str] = mapped_column(ForeignKey("zaak.id"), index=True)
    plan_id: Mapped[int | None] = mapped_column(ForeignKey("plan.id"), index=True)
    persoon: Mapped[str] = mapped_column(String(10), default="aanvrager")
    instrument: Mapped[str] = mapped_column(String(40))  # code uit de catalogus
    omschrijving: Mapped[str] = mapped_column(Text, default="")
    eigen_initiatief: Mapped[bool] = mapped_column(Boolean, default=False)
    uren_per_week: Mapped[int | None] = mapped_column(Integer)
    van: Mapped[dt.date] = mapped_column(Date)
    tot: Mapped[dt.date | None] = mapped_column(Date)
    evaluatie: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="gepland")  # gepland | lopend | afgerond | gestopt
    resultaat: Mapped[str | None] = mapped_column(Text)
    loonwaarde_bp: Mapped[int | None] = mapped_column(
        Integer
    )  # loonkostensubsidie: loonwaarde in basispunten van het WML
    auteur_id: Mapped[int] = mapped_column(ForeignKey("gebruiker.id"))
    tijdstip: Mapped[dt.datetime] = mapped_column(default=nu)
    versie: Mapped[int] = mapped_column(Integer, default=1)


class MaatregelZaak(Basis):
    """Een maatregelprocedure (Pw art. 18 lid 2, verordening): signaal, horen, waarschuwing of verlaging, herziening.

    De stappen zelf staan in 'besluit' (onderwerp 'maatregel')."""

    __tablename__ = "maatregel"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    zaak_id: Mapped[str] = mapped_column(ForeignKey("zaak.id"), index=True)
    persoon: Mapped[str] = mapped_column(String(10), default="aanvrager")
    verordening: Mapped[str] = mapped_column(String(40))  # code van de verordening (gemeentedata)
    categorie: Mapped[str] = mapped_column(String(40))  # categorie uit die verordening
    gedraging: Mapped[str] = mapped_column(Text)  # wat er is gebeurd (het signaal)
    signaal_datum: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(
        String(20), default="signaal"
    )  # signaal | gehoord | gewaarschuwd | opgelegd | afgezien | herzien
    percentage_bp: Mapped[int | None] = mapped_column(Integer)  # 3000 = 30%
    maanden: Mapped[int | None] = mapped_column(Integer)
    ingang: Mapped[dt.date | None] = mapped_column(Date)  # eerste maand van de verlaging
    herzien_vanaf: Mapped[dt.date | None] = mapped_column(Date)  # vanaf deze maand geen verlaging meer
    auteur_id: Mapped[int] = mapped_column(ForeignKey("gebruiker.id"))
    tijdstip: Mapped[dt.datetime] = mapped_column(default=nu)
    bijgewerkt: Mapped[dt.datetime] = mapped_column(default=nu)
    versie: Mapped[int] = mapped_column(Integer, default=1)


class Aanvraag(Basis):
    """Een aanvraag van een inwoner (Pw art. 41-44), in stappen; indienen kan altijd."""

    __tablename__ = "aanvraag"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # uuid4
    gebruiker_id: Mapped[int] = mapped_column(ForeignKey("gebruiker.id"), index=True)
    bsn: Mapped[str | None] = mapped_column(String(9))  # uit DigiD (OIDC-claim); nooit in een URL
    status: Mapped[str] = mapped_column(
        String(20), default="concept"
    )  # concept | ingediend | in_behandeling | toegekend | afgewezen | ingetrokken
    stap: Mapped[str] = mapped_column(String(30), default="persoon")
    gegevens: Mapped[dict] = mapped_column(JSON, default=dict)
    verkort: Mapped[bool] = mapped_column(Boolean, default=False)  # art. 43a: binnen 12 maanden na de vorige bijstand
    vorige_zaak_id: Mapped[str | None] = mapped_column(ForeignKey("zaak.id"))
    meldingsdatum: Mapped[dt.date | None] = mapped_column(Date)
    ingediend_op: Mapped[dt.datetime | None] = mapped_column()
    zaak_id: Mapped[str | None] = mapped_column(ForeignKey("zaak.id"))
    klantmanager_id: Mapped[int | None] = mapped_column(ForeignKey("gebruiker.id"))
    aangemaakt: Mapped[dt.datetime] = mapped_column(default=nu)
    bijgewerkt: Mapped[dt.datetime] = mapped_column(default=nu)
    versie: Mapped[int] = mapped_column(Integer, default=1)
