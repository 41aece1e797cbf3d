"""events and lead sources: trade fairs with their costs, each account's lead source and
event, and what each acquisition channel cost by month (METHODS.md §13)

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 22:10:00

The account gains two columns (added in place: nothing is copied, so the sales and
every other row referring to an account stay untouched) and two tables are new.
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def _record() -> list[sa.Column]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
    ]


def upgrade() -> None:
    op.add_column("account", sa.Column("lead_source", sa.String(length=20), nullable=True))
    op.add_column("account", sa.Column("event_id", sa.String(length=36), nullable=True))
    op.create_index("ix_account_event_id", "account", ["event_id"])
    op.create_table(
        "event",
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("type", sa.String(length=20), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=True),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("place", sa.String(length=300), nullable=True),
        sa.Column("stand_kop", sa.BigInteger(), nullable=True),
        sa.Column("travel_kop", sa.BigInteger(), nullable=True),
        sa.Column("materials_kop", sa.BigInteger(), nullable=True),
        sa.Column("staff_kop", sa.BigInteger(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        *_record(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event")),
    )
    op.create_table(
        "event_lead",
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("account_id", sa.String(length=36), nullable=False),
        sa.Column("contact_id", sa.String(length=36), nullable=True),
        sa.Column("activity_id", sa.String(length=36), nullable=True),
        sa.Column("joined", sa.Boolean(), nullable=False),
        *_record(),
        sa.ForeignKeyConstraint(
            ["event_id"], ["event.id"], name=op.f("fk_event_lead_event_id_event"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["account_id"], ["account.id"], name=op.f("fk_event_lead_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contact.id"], name=op.f("fk_event_lead_contact_id_contact"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["activity_id"], ["activity.id"], name=op.f("fk_event_lead_activity_id_activity"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_lead")),
    )  # fmt: skip
    op.create_index("ix_event_lead_event_id", "event_lead", ["event_id"])
    op.create_index("ix_event_lead_account_id", "event_lead", ["account_id"])
    op.create_table(
        "channel_cost",
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("amount_kop", sa.BigInteger(), nullable=False),
        *_record(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_channel_cost")),
    )
    op.create_index("ix_channel_cost_month", "channel_cost", ["month", "source"])


def downgrade() -> None:
    op.drop_index("ix_channel_cost_month", table_name="channel_cost")
    op.drop_table("channel_cost")
    op.drop_index("ix_event_lead_account_id", table_name="event_lead")
    op.drop_index("ix_event_lead_event_id", table_name="event_lead")
    op.drop_table("event_lead")
    op.drop_table("event")
    op.drop_index("ix_account_event_id", table_name="account")
    op.drop_column("account", "event_id")
    op.drop_column("account", "lead_source")
