# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Logboek Dataverwerkingen 1.0: geen gebruiker in de logregel (een apart auditlog), foreign_operation, een
sleutel voor het pseudoniem van de betrokkene. Zie docs/logboek-dataverwerkingen.md.

Op een bestaande database: wie de verwerking deed (gebruiker_id, rol) gaat eerst naar het auditlog, met
dezelfde trace_id en span_id; daarna verdwijnen die kolommen uit 'verwerking'. De regels zelf veranderen niet
(alleen toevoegen blijft; de trigger gaat er alleen even af voor het verbouwen van de tabel).

Revision ID: 0004
"""

import secrets

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def _triggers_weg(tabel: str) -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP TRIGGER IF EXISTS {tabel}_alleen_toevoegen ON {tabel}")
    else:
        for actie in ("update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {tabel}_geen_{actie}")


def _alleen_toevoegen(tabel: str) -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            f"CREATE TRIGGER {tabel}_alleen_toevoegen BEFORE UPDATE OR DELETE ON {tabel} "
            f"FOR EACH ROW EXECUTE FUNCTION balans_alleen_toevoegen()"
        )
    else:
        for actie in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER {tabel}_geen_{actie.lower()} BEFORE {actie} ON {tabel} "
                f"BEGIN SELECT RAISE(ABORT, 'tabel {tabel} is alleen-toevoegen'); END"
            )


def upgrade() -> None:
    op.create_table(
        "audit",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("trace_id", sa.String(32), nullable=False),
        sa.Column("span_id", sa.String(16), nullable=False),
        sa.Column("tijdstip", TZ, nullable=False),
        sa.Column("naam", sa.String(80), nullable=False),
        sa.Column("gebruiker_id", sa.Integer, sa.ForeignKey("gebruiker.id")),
        sa.Column("rol", sa.String(20)),
    )
    op.create_index("ix_audit_trace_span", "audit", ["trace_id", "span_id"])
    op.create_index("ix_audit_gebruiker_id", "audit", ["gebruiker_id"])
    op.execute(
        "INSERT INTO audit (trace_id, span_id, tijdstip, naam, gebruiker_id, rol) "
        "SELECT trace_id, span_id, start_time, naam, gebruiker_id, rol FROM verwerking "
        "WHERE gebruiker_id IS NOT NULL OR rol IS NOT NULL ORDER BY id"
    )
    _alleen_toevoegen("audit")

    # De sleutel voor het pseudoniem van de betrokkene (dpl.core.data_subject_id): één per installatie.
    sleutel = op.create_table(
        "logboek_sleutel",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("sleutel", sa.String(64), nullable=False),
    )
    op.bulk_insert(sleutel, [{"id": 1, "sleutel": secrets.token_hex(32)}])

    _triggers_weg("verwerking")
    with op.batch_alter_table("verwerking") as b:  # SQLite: de tabel opnieuw opbouwen; PostgreSQL: ALTER TABLE
        b.drop_column("gebruiker_id")
        b.drop_column("rol")
        b.add_column(sa.Column("foreign_trace_id", sa.String(32)))
        b.add_column(sa.Column("foreign_span_id", sa.String(16)))
        b.add_column(sa.Column("foreign_entity", sa.String(200)))
    _alleen_toevoegen("verwerking")


def downgrade() -> None:
    _triggers_weg("verwerking")
    with op.batch_alter_table("verwerking") as b:
        b.drop_column("foreign_entity")
        b.drop_column("foreign_span_id")
        b.drop_column("foreign_trace_id")
        b.add_column(sa.Column("gebruiker_id", sa.Integer, sa.ForeignKey("gebruiker.id")))
        b.add_column(sa.Column("rol", sa.String(20)))
    _alleen_toevoegen("verwerking")
    op.drop_table("logboek_sleutel")
    _triggers_weg("audit")
    op.drop_table("audit")
