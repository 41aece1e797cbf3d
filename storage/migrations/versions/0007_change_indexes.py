"""an index on updated_at of the large tables the analysis reads, so that the data key
(each table's row count and latest change) reads indexes instead of whole tables

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 00:50:00
"""

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

TABLES = (
    "account",
    "contact",
    "activity",
    "competitor_presence",
    "receivable",
    "delivery",
    "survey_answer",
    "opportunity",
)


def upgrade() -> None:
    for table in TABLES:
        op.create_index(f"ix_{table}_updated_at", table, ["updated_at"])


def downgrade() -> None:
    for table in TABLES:
        op.drop_index(f"ix_{table}_updated_at", table_name=table)
