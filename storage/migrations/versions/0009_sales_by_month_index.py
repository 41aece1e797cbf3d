"""an index of the sales by month by month (covering the figures the KPI panel sums), so
that a period reads its own months instead of every account's every month

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02 07:00:00
"""

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_sale_month_month", "sale_month", ["month", "account_id", "amount_kop", "orders"]
    )


def downgrade() -> None:
    op.drop_index("ix_sale_month_month", table_name="sale_month")
