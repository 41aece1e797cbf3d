"""data stamps (cache invalidation) and company settings

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 09:10:00
"""

import uuid
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "data_stamp",
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("token", sa.String(length=36), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_data_stamp")),
    )
    op.create_table(
        "app_setting",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_app_setting")),
    )
    # the sales data of an older database gets its first stamp, so that it can be cached
    stamp = sa.table(
        "data_stamp",
        sa.column("name", sa.String),
        sa.column("token", sa.String),
        sa.column("changed_at", sa.DateTime(timezone=True)),
    )
    now = datetime.now(UTC)
    if op.get_bind().dialect.name == "sqlite":  # SQLite keeps no offset: UTC, naive
        now = now.replace(tzinfo=None)
    op.bulk_insert(stamp, [{"name": "sales", "token": str(uuid.uuid4()), "changed_at": now}])


def downgrade() -> None:
    op.drop_table("app_setting")
    op.drop_table("data_stamp")
