# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Alembic-omgeving: draait op de verbinding die balans.zaak.db meegeeft."""

from alembic import context

from balans.zaak.schema import Basis

verbinding = context.config.attributes.get("connection")
context.configure(connection=verbinding, target_metadata=Basis.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
