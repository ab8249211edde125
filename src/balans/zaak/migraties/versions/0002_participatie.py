# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Participatie: ontheffingen, plannen van aanpak, activiteiten, maatregelen, aanvragen en het besluitenlog.

Ook zaak.ingangsdatum/einddatum/einde_reden voor in- en uitstroom in de monitoring.

Revision ID: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def _wie_wanneer() -> list:
    return [
        sa.Column("auteur_id", sa.Integer, sa.ForeignKey("gebruiker.id"), nullable=False),
        sa.Column("tijdstip", TZ, nullable=False),
    ]


def upgrade() -> None:
    with op.batch_alter_table("zaak") as b:
        b.add_column(sa.Column("ingangsdatum", sa.Date))
        b.add_column(sa.Column("einddatum", sa.Date))
        b.add_column(sa.Column("einde_reden", sa.String(40)))
    op.create_table(
        "besluit",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("zaak_id", sa.String(36), sa.ForeignKey("zaak.id"), index=True),
        sa.Column("onderwerp", sa.String(20), nullable=False),
        sa.Column("onderwerp_id", sa.String(36), nullable=False),
        sa.Column("handeling", sa.String(30), nullable=False),
        sa.Column("grondslag", sa.String(200), nullable=False),
        sa.Column("motivering", sa.Text, nullable=False),
        sa.Column("gegevens", sa.JSON),
        sa.Column("auteur_id", sa.Integer, sa.ForeignKey("gebruiker.id")),
        sa.Column("tijdstip", TZ, nullable=False),
    )
    op.create_index("ix_besluit_onderwerp", "besluit", ["onderwerp", "onderwerp_id"])
    op.create_table(
        "ontheffing",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("zaak_id", sa.String(36), sa.ForeignKey("zaak.id"), nullable=False, index=True),
        sa.Column("persoon", sa.String(10), nullable=False),
        sa.Column("soort", sa.String(30), nullable=False),
        sa.Column("verplichtingen", sa.JSON, nullable=False),
        sa.Column("reden", sa.String(40), nullable=False),
        sa.Column("toelichting", sa.Text, nullable=False),
        sa.Column("van", sa.Date, nullable=False),
        sa.Column("tot", sa.Date),
        sa.Column("herbeoordeling", sa.Date),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("grondslag", sa.String(200), nullable=False),
        sa.Column("motivering", sa.Text, nullable=False),
        *_wie_wanneer(),
        sa.Column("versie", sa.Integer, nullable=False),
        sa.CheckConstraint("persoon in ('aanvrager','partner')", name="ck_ontheffing_persoon"),
    )
    op.create_table(
        "plan",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("zaak_id", sa.String(36), sa.ForeignKey("zaak.id"), nullable=False, index=True),
        sa.Column("persoon", sa.String(10), nullable=False),
        sa.Column("doelen", sa.JSON, nullable=False),
        sa.Column("afspraken", sa.Text, nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("van", sa.Date, nullable=False),
        sa.Column("evaluatie", sa.Date),
        sa.Column("grondslag", sa.String(200), nullable=False),
        *_wie_wanneer(),
        sa.Column("bijgewerkt", TZ, nullable=False),
        sa.Column("versie", sa.Integer, nullable=False),
        sa.CheckConstraint("persoon in ('aanvrager','partner')", name="ck_plan_persoon"),
    )
    op.create_table(
        "activiteit",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("zaak_id", sa.String(36), sa.ForeignKey("zaak.id"), nullable=False, index=True),
        sa.Column("plan_id", sa.Integer, sa.ForeignKey("plan.id"), index=True),
        sa.Column("persoon", sa.String(10), nullable=False),
        sa.Column("instrument", sa.String(40), nullable=False),
        sa.Column("omschrijving", sa.Text, nullable=False),
        sa.Column("eigen_initiatief", sa.Boolean, nullable=False),
        sa.Column("uren_per_week", sa.Integer),
        sa.Column("van", sa.Date, nullable=False),
        sa.Column("tot", sa.Date),
        sa.Column("evaluatie", sa.Date),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("resultaat", sa.Text),
        sa.Column("loonwaarde_bp", sa.Integer),
        *_wie_wanneer(),
        sa.Column("versie", sa.Integer, nullable=False),
        sa.CheckConstraint("persoon in ('aanvrager','partner')", name="ck_activiteit_persoon"),
    )
    op.create_table(
        "maatregel",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("zaak_id", sa.String(36), sa.ForeignKey("zaak.id"), nullable=False, index=True),
        sa.Column("persoon", sa.String(10), nullable=False),
        sa.Column("verordening", sa.String(40), nullable=False),
        sa.Column("categorie", sa.String(40), nullable=False),
        sa.Column("gedraging", sa.Text, nullable=False),
        sa.Column("signaal_datum", sa.Date, nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("percentage_bp", sa.Integer),
        sa.Column("maanden", sa.Integer),
        sa.Column("ingang", sa.Date),
        sa.Column("herzien_vanaf", sa.Date),
        *_wie_wanneer(),
        sa.Column("bijgewerkt", TZ, nullable=False),
        sa.Column("versie", sa.Integer, nullable=False),
        sa.CheckConstraint(
            "percentage_bp is null or (percentage_bp >= 0 and percentage_bp <= 10000)", name="ck_maatregel_percentage"
        ),
    )
    op.create_table(
        "aanvraag",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("gebruiker_id", sa.Integer, sa.ForeignKey("gebruiker.id"), nullable=False, index=True),
        sa.Column("bsn", sa.String(9)),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("stap", sa.String(30), nullable=False),
        sa.Column("gegevens", sa.JSON, nullable=False),
        sa.Column("verkort", sa.Boolean, nullable=False),
        sa.Column("vorige_zaak_id", sa.String(36), sa.ForeignKey("zaak.id")),
        sa.Column("meldingsdatum", sa.Date),
        sa.Column("ingediend_op", TZ),
        sa.Column("zaak_id", sa.String(36), sa.ForeignKey("zaak.id")),
        sa.Column("klantmanager_id", sa.Integer, sa.ForeignKey("gebruiker.id")),
        sa.Column("aangemaakt", TZ, nullable=False),
        sa.Column("bijgewerkt", TZ, nullable=False),
        sa.Column("versie", sa.Integer, nullable=False),
    )
    # Het besluitenlog is alleen-toevoegen, net als feit, maatwerk en verwerking (0001).
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE TRIGGER besluit_alleen_toevoegen BEFORE UPDATE OR DELETE ON besluit "
            "FOR EACH ROW EXECUTE FUNCTION balans_alleen_toevoegen()"
        )
    else:
        for actie in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER besluit_geen_{actie.lower()} BEFORE {actie} ON besluit "
                f"BEGIN SELECT RAISE(ABORT, 'tabel besluit is alleen-toevoegen'); END"
            )


def downgrade() -> None:
    for t in ("aanvraag", "maatregel", "activiteit", "plan", "ontheffing", "besluit"):
        op.drop_table(t)
    with op.batch_alter_table("zaak") as b:
        for k in ("einde_reden", "einddatum", "ingangsdatum"):
            b.drop_column(k)
