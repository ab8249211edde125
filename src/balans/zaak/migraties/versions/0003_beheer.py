# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Beheer: een gebruiker kan verplicht worden een nieuw wachtwoord te kiezen (na een herstel door de beheerder).

Een bestaande database krijgt de kolom met de waarde 'nee' voor iedereen (server_default), op SQLite en PostgreSQL.

Revision ID: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Gewoon ADD COLUMN, ook op SQLite: batch_alter_table bouwt de tabel daar opnieuw, en DROP TABLE gebruiker
    # faalt zodra andere tabellen (verwerking, besluit) naar een gebruiker verwijzen.
    op.add_column("gebruiker", sa.Column("wachtwoord_wijzigen", sa.Boolean, nullable=False, server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("gebruiker") as b:
        b.drop_column("wachtwoord_wijzigen")
