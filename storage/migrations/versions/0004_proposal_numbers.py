"""proposal numbers: the company's number of each proposal and its sequence

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 15:30:00

The proposals of an older database get numbers in the order they were made, by the
default pattern КП-{YYYY}-{NNNN}, counted within the year each was made.
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("proposal") as batch:
        batch.add_column(sa.Column("number", sa.String(length=40), nullable=True))
        batch.add_column(sa.Column("sequence", sa.Integer(), nullable=True))
    op.create_index("ix_proposal_number", "proposal", ["number"], unique=True)
    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT id, created_at FROM proposal ORDER BY created_at, id"))
    counted: dict[int, int] = {}
    for pid, created in rows.fetchall():
        year = int(str(created)[:4])
        counted[year] = counted.get(year, 0) + 1
        conn.execute(
            sa.text("UPDATE proposal SET number = :n, sequence = :s WHERE id = :id"),
            {"n": f"КП-{year}-{counted[year]:04d}", "s": counted[year], "id": pid},
        )


def downgrade() -> None:
    op.drop_index("ix_proposal_number", table_name="proposal")
    with op.batch_alter_table("proposal") as batch:
        batch.drop_column("sequence")
        batch.drop_column("number")
