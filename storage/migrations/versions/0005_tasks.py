"""tasks: what a rep is to do for an account, by a day

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 19:30:00

An activity's next step with a date becomes a task. Each account's current next step
(that of its latest activity) becomes one here, so that an older database shows them at
once, if it is due within the last 30 days or later: an older one was most likely done
or dropped (a base of 20,000 accounts would otherwise open with 17,000 overdue tasks),
and the next steps of earlier activities were superseded; both stay history.
"""

import uuid
from datetime import UTC, date, datetime, timedelta

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "task",
        sa.Column("account_id", sa.String(length=36), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("due_time", sa.String(length=5), nullable=True),
        sa.Column("owner", sa.String(length=200), nullable=True),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("outcome", sa.Text(), nullable=True),
        sa.Column("done_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("contact_id", sa.String(length=36), nullable=True),
        sa.Column("opportunity_id", sa.String(length=36), nullable=True),
        sa.Column("proposal_id", sa.String(length=36), nullable=True),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("source_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"], ["account.id"], name=op.f("fk_task_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contact.id"], name=op.f("fk_task_contact_id_contact"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["opportunity_id"], ["opportunity.id"],
            name=op.f("fk_task_opportunity_id_opportunity"), ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["proposal_id"], ["proposal.id"], name=op.f("fk_task_proposal_id_proposal"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_task")),
    )  # fmt: skip
    op.create_index("ix_task_account_id", "task", ["account_id"])
    op.create_index("ix_task_source_id", "task", ["source_id"])
    op.create_index("ix_task_open_due", "task", ["status", "due_on"])
    conn = op.get_bind()
    steps = conn.execute(
        sa.text(
            "SELECT a.id, a.account_id, a.next_step, a.next_step_date, a.contact_id, "
            "acc.manager, a.date FROM activity a JOIN account acc ON acc.id = a.account_id "
            "WHERE a.deleted_at IS NULL AND acc.deleted_at IS NULL "
            "ORDER BY a.account_id, a.date DESC, a.created_at DESC"
        )
    ).fetchall()
    latest: dict[str, tuple] = {}
    for row in steps:
        latest.setdefault(row[1], row)  # the account's latest activity
    now = datetime.now(UTC)
    recent = date.today() - timedelta(days=30)
    task = sa.table(
        "task", *(sa.column(c) for c in (
            "id", "account_id", "title", "due_on", "owner", "status", "contact_id", "source",
            "source_id", "created_at", "updated_at",
        ))
    )  # fmt: skip
    rows = [
        {
            "id": str(uuid.uuid4()), "account_id": account, "title": str(step)[:300],
            "due_on": due, "owner": manager, "status": "open", "contact_id": contact,
            "source": "activity", "source_id": activity, "created_at": now, "updated_at": now,
        }
        for activity, account, step, due, contact, manager, _day in latest.values()
        if step and str(step).strip() and due is not None and _day_of(due) >= recent
    ]  # fmt: skip
    if rows:
        op.bulk_insert(task, rows)


def _day_of(value: object) -> date:
    """A DATE column's value: a date (PostgreSQL) or its ISO text (SQLite)."""
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def downgrade() -> None:
    op.drop_index("ix_task_open_due", table_name="task")
    op.drop_index("ix_task_source_id", table_name="task")
    op.drop_index("ix_task_account_id", table_name="task")
    op.drop_table("task")
