"""Importing one table into the database in one transaction.

The rows are parsed and validated, matched against what the database already holds,
and written in a single transaction: an error, a cancel or a killed process leaves the
database exactly as it was. Row problems skip the row and are reported with the row
number and column as the user sees them in Excel.
"""

from __future__ import annotations

import contextlib

from sqlalchemy.engine import Engine

from core.analytics.stats import refresh_account_stats
from core.importing.fields import Kind
from core.importing.matching import likely_duplicates
from core.importing.parser import Parser
from core.importing.report import (
    ImportRejected,
    ImportReport,
    Progress,
)
from core.importing.table import Table
from core.importing.writers import HANDLERS, Context
from core.messages import Text
from storage.db import for_writing


def run_import(
    engine: Engine,
    table: Table,
    kind: Kind,
    mapping: dict[int, str],
    report: ImportReport,
    *,
    dry_run: bool = False,
    strict: bool = False,
    progress: Progress | None = None,
    prepare_cache: bool = True,
    release_rows: bool = False,
) -> ImportReport:
    """Parse, match and (unless ``dry_run``) write ``table`` in one transaction; then,
    with ``prepare_cache``, make the analytics' line cache of the new sales.
    ``release_rows``: the table is read once (the command line): its sheet lets go of
    each row as it is parsed, and is left empty."""
    say = progress or (lambda _p, _m: None)
    parser = Parser(table, kind, mapping, report)
    # the write lock is taken before anything is read (a dry run only reads): a second
    # import of the same file, started meanwhile, waits and then finds what this one added
    lane = engine if dry_run else for_writing(engine, serial=True)
    with lane.connect() as conn, conn.begin() as tx:
        ctx = Context(conn, parser, report)
        say(1, "reading rows")
        HANDLERS[kind.key](ctx, parser.rows(say, 1, 59, release_rows))
        say(60, "checking")
        if strict and report.errors:
            tx.rollback()
            raise ImportRejected(
                Text(
                    "strict",
                    "{rows} row(s) have errors and --strict is on; nothing was imported.",
                    rows=report.skipped,
                )
            )
        if report.rows_read == 0:
            tx.rollback()
            raise ImportRejected(Text("no_data_rows", "The table has a header but no data rows."))
        if dry_run:
            report.duplicates = likely_duplicates(conn)
            tx.rollback()
            say(100, "done")
            return report
        say(62, "writing")
        ctx.accounts.write(conn, ctx.stamp)
        for step, write in enumerate(ctx.writes):
            write()
            say(62 + 24 * (step + 1) // len(ctx.writes), "writing")
        if ctx.sales_changed or ctx.accounts.new:
            say(87, "updating account figures")
            refresh_account_stats(conn, accounts=ctx.sales_accounts, span=ctx.sales_span)
        report.duplicates = likely_duplicates(conn)
        say(89, "committing")
        tx.commit()
        if conn.dialect.name == "sqlite":  # its page cache (up to 64 MB), not kept idle
            conn.connection.driver_connection.execute("PRAGMA shrink_memory")  # type: ignore[union-attr]
    sales_changed = ctx.sales_changed
    del ctx, parser  # the parsed rows and the written ones: not held while pandas reads them
    if sales_changed and prepare_cache:
        # committed: too late to cancel; the analytics' line cache is made now, so that
        # the first analysis after the import does not read a million lines again
        from core.analytics.dataset import prepare_analytics_cache

        with contextlib.suppress(Exception):
            say(90, "preparing the analytics")
        prepare_analytics_cache(engine)
    with contextlib.suppress(Exception):
        say(100, "done")
    return report
