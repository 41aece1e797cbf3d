"""Alembic environment: runs on the engine Fieldbook hands over (no alembic.ini)."""

from __future__ import annotations

from alembic import context

from storage.db import writing
from storage.models import Base

config = context.config
engine = config.attributes["engine"]

# One transaction for every step, its BEGIN sent (storage.db): a migration killed or
# failed part-way is rolled back whole, and the database opens at its old revision.
# On a PostgreSQL server the serial lock too: two programs starting on a new, empty
# database at once migrate it one after the other (the second finds it at its head).
with writing(engine, serial=True) as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()
