# SPDX-FileCopyrightText: 2026 De ontwikkelaars van balans
#
# SPDX-License-Identifier: EUPL-1.2

"""Begin: gebruikers, sessies, zaken met bitemporele feiten, maatwerk en het verwerkingenlog.

Revision ID: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)
ALLEEN_TOEVOEGEN = ("feit", "maatwerk", "verwerking")


def upgrade() -> None:
    op.create_table(
        "zaak",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("naam", sa.String(200), nullable=False),
        sa.Column("bsn", sa.String(9), index=True),
        sa.Column("klantmanager_id", sa.Integer, index=True),  # FK na gebruiker (kringverwijzing)
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("versie", sa.Integer, nullable=False),
        sa.Column("aangemaakt", TZ, nullable=False),
        sa.Column("bijgewerkt", TZ, nullable=False),
    )
    op.create_table(
        "gebruiker",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("gebruikersnaam", sa.String(80), nullable=False, unique=True),
        sa.Column("naam", sa.String(200), nullable=False),
        sa.Column("rol", sa.String(20), nullable=False),
        sa.Column("wachtwoord_hash", sa.String(200)),
        sa.Column("oidc_sub", sa.String(200), unique=True),
        sa.Column("zaak_id", sa.String(36), sa.ForeignKey("zaak.id")),
        sa.Column("actief", sa.Boolean, nullable=False),
        sa.Column("aangemaakt", TZ, nullable=False),
        sa.CheckConstraint(
            "rol in ('inwoner','klantmanager','beleidsmedewerker','beheerder')", name="ck_gebruiker_rol"
        ),
    )
    with op.batch_alter_table("zaak") as b:
        b.create_foreign_key("fk_zaak_klantmanager", "gebruiker", ["klantmanager_id"], ["id"])
    op.create_table(
        "sessie",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("gebruiker_id", sa.Integer, sa.ForeignKey("gebruiker.id"), nullable=False),
        sa.Column("csrf", sa.String(64), nullable=False),
        sa.Column("aangemaakt", TZ, nullable=False),
        sa.Column("verloopt", TZ, nullable=False),
    )
    op.create_table(
        "login_poging",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("sleutel", sa.String(64), nullable=False, index=True),
        sa.Column("tijdstip", TZ, nullable=False),
        sa.Column("gelukt", sa.Boolean, nullable=False),
    )
    op.create_table(
        "feit",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("zaak_id", sa.String(36), sa.ForeignKey("zaak.id"), nullable=False),
        sa.Column("sleutel", sa.String(120), nullable=False),
        sa.Column("geldig_van", sa.Date),
        sa.Column("geldig_tot", sa.Date),
        sa.Column("waarde", sa.JSON),
        sa.Column("vastgelegd_op", TZ, nullable=False),
        sa.Column("vastgelegd_door", sa.Integer, sa.ForeignKey("gebruiker.id")),
        sa.Column("reden", sa.Text),
    )
    op.create_index("ix_feit_zaak_sleutel", "feit", ["zaak_id", "sleutel", "vastgelegd_op"])
    op.create_table(
        "maatwerk",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("zaak_id", sa.String(36), sa.ForeignKey("zaak.id"), nullable=False, index=True),
        sa.Column("maand", sa.Date, nullable=False),
        sa.Column("veld", sa.String(30), nullable=False),
        sa.Column("regel_bedrag", sa.BigInteger, nullable=False),
        sa.Column("vastgesteld", sa.BigInteger),
        sa.Column("motivering", sa.Text, nullable=False),
        sa.Column("grondslag", sa.String(120), nullable=False),
        sa.Column("auteur_id", sa.Integer, sa.ForeignKey("gebruiker.id"), nullable=False),
        sa.Column("tijdstip", TZ, nullable=False),
    )
    op.create_table(
        "verwerking",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("trace_id", sa.String(32), nullable=False, index=True),
        sa.Column("span_id", sa.String(16), nullable=False),
        sa.Column("parent_span_id", sa.String(16)),
        sa.Column("naam", sa.String(80), nullable=False),
        sa.Column("handeling", sa.String(20), nullable=False),
        sa.Column("start_time", TZ, nullable=False),
        sa.Column("end_time", TZ, nullable=False),
        sa.Column("status_code", sa.String(10), nullable=False),
        sa.Column("verwerkingsactiviteit", sa.String(200), nullable=False),
        sa.Column("grondslag", sa.String(200), nullable=False),
        sa.Column("gebruiker_id", sa.Integer, sa.ForeignKey("gebruiker.id")),
        sa.Column("rol", sa.String(20)),
        sa.Column("zaak_id", sa.String(36), index=True),
        sa.Column("gegevens", sa.String(200)),
    )
    # Alleen toevoegen: wijzigen of verwijderen geeft een fout in de database zelf.
    if op.get_bind().dialect.name == "postgresql":
        op.execute("""
            CREATE FUNCTION balans_alleen_toevoegen() RETURNS trigger AS $$
            BEGIN RAISE EXCEPTION 'tabel % is alleen-toevoegen', TG_TABLE_NAME; END;
            $$ LANGUAGE plpgsql""")
        for t in ALLEEN_TOEVOEGEN:
            op.execute(
                f"CREATE TRIGGER {t}_alleen_toevoegen BEFORE UPDATE OR DELETE ON {t} "
                f"FOR EACH ROW EXECUTE FUNCTION balans_alleen_toevoegen()"
            )
    else:
        for t in ALLEEN_TOEVOEGEN:
            for actie in ("UPDATE", "DELETE"):
                op.execute(
                    f"CREATE TRIGGER {t}_geen_{actie.lower()} BEFORE {actie} ON {t} "
                    f"BEGIN SELECT RAISE(ABORT, 'tabel {t} is alleen-toevoegen'); END"
                )


def downgrade() -> None:
    for t in ("verwerking", "maatwerk", "feit", "login_poging", "sessie"):
        op.drop_table(t)
    with op.batch_alter_table("zaak") as b:
        b.drop_constraint("fk_zaak_klantmanager", type_="foreignkey")
    op.drop_table("gebruiker")
    op.drop_table("zaak")
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS balans_alleen_toevoegen()")
