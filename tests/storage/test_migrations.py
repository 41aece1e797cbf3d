"""Migrations: from nothing, from the previous revision with data, with backups first."""

from pathlib import Path

from sqlalchemy import inspect, text

from core.database import open_database
from storage import migrate
from storage.db import make_engine
from storage.models import Base


def test_head_constant_matches_the_migration_scripts():
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(migrate.MIGRATIONS_DIR))
    assert script.get_heads() == [migrate.HEAD]


def test_empty_database_migrates_to_a_schema_equal_to_the_models(db_url):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    db = open_database(db_url)
    assert migrate.current_revision(db.engine) == migrate.HEAD
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        tables = set(inspect(conn).get_table_names())
    db.close()
    assert diff == []
    assert set(Base.metadata.tables) <= tables


def test_upgrade_from_previous_revision_keeps_data(db_url):
    engine = make_engine(db_url)
    migrate.upgrade(engine, "0001")
    assert migrate.current_revision(engine) == "0001"
    with engine.begin() as conn:
        assert not inspect(conn).has_table("account_stats")
        conn.execute(
            text(
                "INSERT INTO account (id, name, name_norm, status, version, created_at, updated_at)"
                " VALUES ('a1', 'ООО «Старое»', 'старое', 'client', 1, '2024-01-01 00:00:00',"
                " '2024-01-01 00:00:00')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO sale_line (id, account_id, date, quantity, amount_kop, occurrence,"
                " created_at, updated_at) VALUES ('l1', 'a1', '2024-01-05', 1, 12345, 1,"
                " '2024-01-01 00:00:00', '2024-01-01 00:00:00')"
            )
        )
    engine.dispose()
    db = open_database(db_url)
    assert migrate.current_revision(db.engine) == migrate.HEAD
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT name FROM account")).scalar() == "ООО «Старое»"
        assert conn.execute(text("SELECT amount_kop FROM sale_line")).scalar() == 12345
        assert inspect(conn).has_table("account_stats")
    db.close()


def test_backup_before_migrating_and_only_five_kept(tmp_path: Path):
    path = tmp_path / "fb.db"
    url = f"sqlite:///{path}"
    for _ in range(7):
        engine = make_engine(url)
        migrate.upgrade(engine, "0001")
        engine.dispose()
        db = open_database(url)  # 0001 → head: a backup first
        assert db.backup is not None and db.backup.exists()
        with db.engine.begin() as conn:  # go back to 0001 for the next round
            conn.execute(text("DROP TABLE sale_month_group"))
            conn.execute(text("DROP TABLE sale_month"))
            for table in ("account", "contact", "activity", "competitor_presence",
                          "receivable", "delivery", "survey_answer", "opportunity"):  # fmt: skip
                conn.execute(text(f"DROP INDEX ix_{table}_updated_at"))
            conn.execute(text("DROP TABLE event_lead"))
            conn.execute(text("DROP TABLE event"))
            conn.execute(text("DROP TABLE channel_cost"))
            conn.execute(text("DROP INDEX ix_account_event_id"))
            conn.execute(text("ALTER TABLE account DROP COLUMN event_id"))
            conn.execute(text("ALTER TABLE account DROP COLUMN lead_source"))
            conn.execute(text("DROP TABLE task"))
            conn.execute(text("DROP TABLE account_stats"))
            conn.execute(text("DROP TABLE import_mapping"))
            conn.execute(text("DROP TABLE data_stamp"))
            conn.execute(text("DROP TABLE app_setting"))
            conn.execute(text("DROP INDEX ix_proposal_number"))
            conn.execute(text("ALTER TABLE proposal DROP COLUMN number"))
            conn.execute(text("ALTER TABLE proposal DROP COLUMN sequence"))
            conn.execute(text("UPDATE alembic_version SET version_num = '0001'"))
        db.close()
    backups = sorted((tmp_path / "backups").glob("fb-*.db"))
    assert len(backups) == 5
    engine = make_engine(f"sqlite:///{backups[-1]}")
    assert migrate.current_revision(engine) == "0001"  # the backup is the state before
    engine.dispose()


def test_new_database_is_not_backed_up(tmp_path: Path):
    db = open_database(str(tmp_path / "new.db"))
    assert db.backup is None
    assert not (tmp_path / "backups").exists()
    assert migrate.upgrade(db.engine) is None  # already at head: nothing to do
    db.close()
