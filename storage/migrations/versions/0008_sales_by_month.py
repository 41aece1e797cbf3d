"""each account's sales by calendar month, and the product groups it bought in each,
for the KPI panel (issue «Speed»): any month, quarter or year reads these instead of
the sale lines

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 01:10:00

The tables start empty; the first panel after the upgrade fills them (their stamp is
not the sales data's), and every later change of the sales keeps them in step.
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sale_month",
        sa.Column("account_id", sa.String(length=36), nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("amount_kop", sa.BigInteger(), nullable=False),
        sa.Column("orders", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["account.id"], name=op.f("fk_sale_month_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("account_id", "month", name=op.f("pk_sale_month")),
    )  # fmt: skip
    op.create_table(
        "sale_month_group",
        sa.Column("account_id", sa.String(length=36), nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("product_group", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["account.id"],
            name=op.f("fk_sale_month_group_account_id_account"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "account_id", "month", "product_group", name=op.f("pk_sale_month_group")
        ),
    )  # fmt: skip


def downgrade() -> None:
    op.drop_table("sale_month_group")
    op.drop_table("sale_month")
