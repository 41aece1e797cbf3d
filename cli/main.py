"""``python main.py COMMAND …``: JSON on stdout, messages on stderr.

Exit codes: 0 success, 1 the input was rejected (the reason is printed), 2 usage error.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Sequence
from contextlib import AbstractContextManager
from dataclasses import fields, replace
from datetime import date
from pathlib import Path
from typing import IO, Any, NoReturn

from core import __version__
from core.analytics.kinds import BY as SEGMENT_BY  # a plain module: no pandas at start-up
from core.analytics.kinds import KINDS as SEGMENT_KINDS
from core.export import CsvWriter
from core.importing import KINDS

EXIT_OK, EXIT_REJECTED, EXIT_USAGE = 0, 1, 2


class Rejected(Exception):
    """The input was rejected; the message is printed and the exit code is 1."""


class UsageError(Exception):
    """Options that do not go together; printed like argparse's errors, exit code 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see --help)\n")


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text!r} is negative")
    return value


def _date(text: str) -> date:
    try:
        value = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None
    if not 1900 <= value.year <= 2200:
        raise argparse.ArgumentTypeError(f"{text} is not a date of the years 1900–2200")
    return value


def _horizon(text: str) -> int:
    """H of churn risk: 7 to 730 days, as Settings allow."""
    value = _positive(text)
    if not 7 <= value <= 730:
        raise argparse.ArgumentTypeError(f"{text} is not a horizon of 7 to 730 days")
    return value


def _months(text: str) -> int:
    value = _positive(text)
    if not 1 <= value <= 60:
        raise argparse.ArgumentTypeError(f"{text!r} is not between 1 and 60 months")
    return value


def build_parser() -> argparse.ArgumentParser:
    db_help = "database file or URL (default: FIELDBOOK_DB, then the user data folder)"
    parser = _Parser(prog="fieldbook", description="Fieldbook: B2B account management.")
    parser.add_argument("--version", action="version", version=f"Fieldbook {__version__}")
    parser.add_argument("--db", help=db_help)
    common = _Parser(add_help=False)
    common.add_argument("--db", default=argparse.SUPPRESS, help=db_help)
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    demo = sub.add_parser("demo", parents=[common], help="fill the database with the demo company")
    demo.add_argument("--accounts", type=_positive, default=2000)
    demo.add_argument("--lines", type=_positive, default=200_000)
    demo.add_argument("--seed", type=_positive, default=1)
    demo.add_argument("--end", type=_date, help="last month of sales (default: last month)")
    demo.add_argument("--replace", action="store_true", help="clear the database first")

    accounts = sub.add_parser("accounts", parents=[common], help="list accounts with metrics")
    accounts.add_argument(
        "--as-of", type=_date, help="compute everything from the data up to this day only"
    )
    accounts.add_argument("--format", choices=("json", "csv"), default="json")

    events = sub.add_parser(
        "events", parents=[common], help="trade fairs and seminars with their figures"
    )
    events.add_argument("--format", choices=("json",), default="json")

    churn = sub.add_parser(
        "churn", parents=[common], help="the churn-risk model's backtest (METHODS.md §12)"
    )
    churn.add_argument("--as-of", type=_date, help="the as-of date (default: the latest sale)")
    churn.add_argument(
        "--horizon", type=_horizon, help="H, 7–730 days without a purchase (default: Settings, 90)"
    )
    churn.add_argument("--format", choices=("json",), default="json")

    seg = sub.add_parser("segments", parents=[common], help="a segment table of the client base")
    seg.add_argument(
        "kind", choices=(*SEGMENT_KINDS, "bcg", "nps", "otif", "discounts", "acquisition")
    )
    seg.add_argument("--as-of", type=_date, help="the as-of date (default: the latest sale)")
    seg.add_argument("--window-months", type=_months, default=12)
    seg.add_argument(
        "--by",
        choices=sorted(
            {b for options in SEGMENT_BY.values() for b in options} - {"segment"}
            | {"strategy", "group", "abc"}
        ),
        help="psc rows: persona (default) or cell; behaviour: lost sales by channel or "
        "manager; discounts: strategy (default), manager, group or abc",
    )
    seg.add_argument("--format", choices=("json", "csv", "xlsx"), default="json")
    seg.add_argument("--out", type=Path, help="write to this file instead of stdout")
    seg.add_argument(
        "--threshold",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="override a threshold of METHODS.md for this run, e.g. abc_a=0.7 "
        "(the defaults are the ones saved in Settings)",
    )

    plan = sub.add_parser("plan", parents=[common], help="render an account development plan")
    plan.add_argument("account", help="an account id, INN (INN/KPP) or exact name")
    plan.add_argument("--out", required=True, type=Path, help="FILE.xlsx or FILE.pdf")
    plan.add_argument("--language", choices=("ru", "en"), default="ru")

    kpi = sub.add_parser("kpi", parents=[common], help="the management KPI panel")
    kpi.add_argument("--manager", help="one manager (default: the whole company)")
    kpi.add_argument("--department", help="a department of the KPI settings")
    kpi.add_argument("--period", help="2026, 2026-Q3 or 2026-07 (default: this quarter)")
    kpi.add_argument(
        "--pro-rata",
        action="store_true",
        help="for a period in progress, compare with the plan of the days gone by",
    )
    kpi.add_argument("--format", choices=("json",), default="json")

    today = sub.add_parser("today", parents=[common], help="the rep's worklist for a day")
    today.add_argument("--manager", help="one manager's accounts and tasks (default: all)")
    today.add_argument("--as-of", type=_date, help="the day (YYYY-MM-DD; default: today)")
    today.add_argument("--format", choices=("json",), default="json")

    proposal = sub.add_parser(
        "proposal", parents=[common], help="render an account's latest ABCD proposal"
    )
    proposal.add_argument("account", help="an account id, INN (INN/KPP) or exact name")
    proposal.add_argument("--out", required=True, type=Path, help="FILE.docx or FILE.pdf")
    proposal.add_argument("--language", choices=("ru", "en"), default="ru")

    proposals = sub.add_parser("proposals", parents=[common], help="list every proposal")
    proposals.add_argument("--format", choices=("json",), default="json")

    brief = sub.add_parser("brief", parents=[common], help="render an account's visit brief")
    brief.add_argument("account", help="an account id, INN (INN/KPP) or exact name")
    brief.add_argument("--out", required=True, type=Path, help="FILE.pdf")
    brief.add_argument("--language", choices=("ru", "en"), default="ru")

    company = sub.add_parser(
        "company", parents=[common], help="show or set the seller's profile on documents"
    )
    company.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="set one key (name, inn, kpp, ogrn, address, bank, account, bik, corr_account, "
        "signer_name, signer_position, phone, email, website, logo=IMAGE, payment_terms, "
        "delivery_terms, warranty_terms, number_pattern); an empty VALUE clears it",
    )
    company.add_argument("--format", choices=("json",), default="json")

    backup = sub.add_parser("backup", parents=[common], help="copy the database safely")
    backup.add_argument("--out", required=True, type=Path)

    imp = sub.add_parser("import", parents=[common], help="import an Excel or CSV file")
    imp.add_argument("file", type=Path)
    imp.add_argument(
        "--kind",
        choices=KINDS,
        help="what the file holds (guessed from its columns when omitted)",
    )
    imp.add_argument("--sheet", help="the sheet to read (default: the first with a known header)")
    imp.add_argument("--strict", action="store_true", help="reject the whole file on a row error")
    imp.add_argument(
        "--dry-run", action="store_true", help="report what would change; write nothing"
    )
    imp.add_argument("--errors", type=Path, help="save the rejected rows to this .xlsx file")

    restore = sub.add_parser("restore", parents=[common], help="replace the database by a backup")
    restore.add_argument("file", type=Path)
    return parser


def _open(args: argparse.Namespace) -> Any:
    from core.database import DatabaseError, open_database

    try:
        return open_database(args.db)
    except DatabaseError as exc:
        raise Rejected(str(exc)) from exc


def _reason(exc: OSError) -> str:
    """An operating system's refusal in its own words ("No space left on device")."""
    return str(exc.strerror or exc)


def _out(args: argparse.Namespace) -> AbstractContextManager[IO[str]]:
    """Where a command writes its text: ``--out``, whole or not at all
    (:func:`core.export.output`), or standard output."""
    from core.export import output

    if args.out is None:
        return contextlib.nullcontext(sys.stdout)
    return output(args.out, "w", encoding="utf-8", newline="")


def _emit(data: object) -> None:
    """``data`` as JSON on stdout (:func:`core.export.json_bytes`)."""
    from core.export import json_bytes

    _emit_bytes(json_bytes(data))


def _emit_bytes(out: bytes) -> None:
    """JSON already encoded, on stdout."""
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:  # a text stream of its own (a test's capture)
        sys.stdout.write(out.decode("utf-8"))
        return
    sys.stdout.flush()
    buffer.write(out)
    buffer.flush()


def cmd_demo(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from core.demo import DemoError, DemoOptions, generate

    db = _open(args)
    options = DemoOptions(accounts=args.accounts, lines=args.lines, seed=args.seed, end=args.end)
    last = [-1]

    def progress(percent: int, what: str) -> None:
        if percent // 10 != last[0] // 10:
            print(f"demo: {percent}% {what}", file=sys.stderr)
        last[0] = percent

    try:
        report = generate(db.engine, options, progress, replace=args.replace)
    except DemoError as exc:
        raise Rejected(str(exc)) from exc
    finally:
        db.close()
    _emit(asdict(report))
    return EXIT_OK


def cmd_accounts(args: argparse.Namespace) -> int:
    from core.accounts.records import LABEL_KEYS, account_records, records_json

    db = _open(args)
    try:
        if args.format == "json":
            out = records_json(db, args.as_of)
        else:
            records = account_records(db, args.as_of)
    finally:
        db.close()
    if args.format == "json":
        _emit_bytes(out)
        return EXIT_OK
    flat_keys = [k for k in records[0] if k != "labels"] if records else []
    writer = CsvWriter(sys.stdout, lineterminator="\n")
    writer.writerow(flat_keys + [f"label_{k}" for k in LABEL_KEYS] if records else [])

    def cell(value: object) -> object:
        return "; ".join(map(str, value)) if isinstance(value, list) else value

    for rec in records:
        writer.writerow([rec[k] for k in flat_keys] + [cell(rec["labels"][k]) for k in LABEL_KEYS])
    return EXIT_OK


def cmd_events(args: argparse.Namespace) -> int:
    from core.events import events_json

    db = _open(args)
    try:
        data = events_json(db)
    finally:
        db.close()
    _emit(data)
    return EXIT_OK


def cmd_churn(args: argparse.Namespace) -> int:
    from core.analytics import churn
    from core.analytics.dataset import load_dataset

    db = _open(args)
    try:
        from core.analytics.service import churn_at, stored_thresholds

        horizon = args.horizon
        if horizon is None:
            horizon = stored_thresholds(db.engine).churn_horizon_days
        ds = load_dataset(db.engine)
        if ds.latest_sale is None:
            raise Rejected("The database holds no sales to learn churn from.")
        as_of = args.as_of or ds.latest_sale.date()
        result = churn_at(db.engine, ds, as_of, horizon)
        if all(r != r for r in result.risk):  # every risk NaN: nobody to score
            first = ds.lines["date"].min().date()
            raise Rejected(
                f"No account bought in the 12 months before {as_of.isoformat()}: "
                f"the sales run from {first.isoformat()} to {ds.latest_sale.date().isoformat()}."
            )
    finally:
        db.close()
    _emit(churn.backtest_json(result.backtest, result.model.kind))
    return EXIT_OK


def _thresholds(items: list[str]) -> dict[str, Any]:
    """``NAME=VALUE`` options as threshold overrides (a usage error when malformed)."""
    from core.analytics.segments import Thresholds

    known = {f.name: type(getattr(Thresholds(), f.name)) for f in fields(Thresholds)}
    out: dict[str, Any] = {}
    for item in items:
        name, sep, text = item.partition("=")
        name = name.strip()
        if not sep or name not in known:
            raise UsageError(
                f"--threshold {item}: expected NAME=VALUE, NAME one of {', '.join(known)}"
            )
        try:
            out[name] = known[name](text.strip().replace(",", "."))
        except ValueError:
            raise UsageError(f"--threshold {item}: {text!r} is not a number") from None
    return out


def cmd_today(args: argparse.Namespace) -> int:
    from core.accounts.records import account_records
    from core.today import to_json, worklist

    day = args.as_of or date.today()
    db = _open(args)
    try:
        # the labels and the risk from the data up to the day asked for (the window's
        # suggested tasks are made by the window, in its language: this command only reads)
        labels = {
            r["id"]: {**r["labels"], "churn_loss": r["expected_loss"]}
            for r in account_records(db, args.as_of)
        }
        items = worklist(db, day, args.manager, labels)
    finally:
        db.close()
    _emit(to_json(items))
    return EXIT_OK


def cmd_kpi(args: argparse.Namespace) -> int:
    from datetime import date as _date

    from core.kpi.panel import KpiError, panel, parse_period, to_json

    if args.manager and args.department:
        raise UsageError("--manager and --department cannot both be given")
    today = _date.today()
    try:
        period = parse_period(args.period or f"{today.year}-Q{(today.month - 1) // 3 + 1}")
    except KpiError as exc:
        raise UsageError(f"--period: {exc}") from exc
    scope = f"department:{args.department}" if args.department else args.manager
    db = _open(args)
    try:
        result = panel(db, period, scope, pro_rata=args.pro_rata)
    except KpiError as exc:
        raise Rejected(str(exc)) from exc
    finally:
        db.close()
    _emit(to_json(result))
    return EXIT_OK


def _satisfaction(args: argparse.Namespace) -> int:
    from core.kpi.satisfaction import nps_table, otif_table

    db = _open(args)
    try:
        table = nps_table(db) if args.kind == "nps" else otif_table(db)
    finally:
        db.close()
    data: dict[str, Any] = {
        "kind": table.kind,
        "columns": list(table.columns),
        "rows": [{k: v for k, v in r.items() if k != "accounts"} for r in table.rows],
        "total": {k: v for k, v in table.total.items() if k != "accounts"},
        "warnings": table.warnings,
    }
    if args.format == "json":
        with _out(args) as out:
            json.dump(data, out, ensure_ascii=False, indent=2)
            out.write("\n")
        return EXIT_OK
    if args.format != "csv":
        raise UsageError(f"segments {args.kind} is written as json or csv")
    with _out(args) as out:
        writer = CsvWriter(out, lineterminator="\n")
        writer.writerow(["segment", *data["columns"]])
        for row in [*data["rows"], data["total"]]:
            writer.writerow([row["segment"], *(row[c] for c in data["columns"])])
    return EXIT_OK


def cmd_segments(args: argparse.Namespace) -> int:
    from core.analytics.dataset import load_dataset
    from core.analytics.present import export_table
    from core.analytics.segments import BY, segment, segment_table, to_json
    from core.analytics.service import stored_thresholds

    if args.kind in ("nps", "otif"):  # the satisfaction tables (METHODS.md §10)
        return _satisfaction(args)
    discount_by = ("strategy", "manager", "group", "abc")
    if args.kind == "discounts" and args.by and args.by not in discount_by:
        raise UsageError(f"segments discounts has no --by {args.by}")
    if args.kind != "discounts" and args.by and args.by not in BY.get(args.kind, ()):
        raise UsageError(f"segments {args.kind} has no --by {args.by}")
    if args.format == "xlsx" and not args.out:
        raise UsageError("--format xlsx needs --out FILE.xlsx")
    overrides = _thresholds(args.threshold)
    db = _open(args)
    try:
        data = load_dataset(db.engine)
        stored = stored_thresholds(db.engine)
        if data.lines.empty:
            raise Rejected("there are no sales lines to segment; import sales or create the demo")
        try:
            thresholds = replace(stored, **overrides)
            thresholds.check()
        except ValueError as exc:
            raise UsageError(f"--threshold: {exc}") from exc
        seg = segment(data, args.as_of, args.window_months, thresholds)
        if args.kind == "bcg":  # the strategies read the scoring kept in the database
            from core.analytics.scoring import account_scores, bcg_table

            result = bcg_table(seg, account_scores(db.engine, seg, args.as_of))
        elif args.kind == "acquisition":  # by lead source and event (METHODS.md §13)
            from core.events import acquisition_table

            result = acquisition_table(db.engine, seg)
        elif args.kind == "discounts":  # against the policy of each account's strategy
            from core.analytics.discounts import discounts_table
            from core.analytics.scoring import account_scores
            from core.analytics.service import discount_measure

            # the strategies as they stood on the as-of date (as the window computes them)
            scores = account_scores(db.engine, seg, args.as_of)
            measured = discount_measure(db.engine, seg, scores)
            result = discounts_table(measured, args.by or "strategy")
        else:
            result = segment_table(seg, args.kind, by=args.by)
    finally:
        db.close()
    if args.format == "xlsx":
        try:
            export_table(result, args.out.with_suffix(".xlsx"))
        except OSError as exc:
            raise Rejected(f"cannot write {args.out}: {_reason(exc)}") from exc
        return EXIT_OK
    table = to_json(result)
    with _out(args) as out:
        if args.format == "json":
            json.dump(table, out, ensure_ascii=False, indent=2)
            out.write("\n")
        else:
            writer = CsvWriter(out, lineterminator="\n")
            writer.writerow(["segment", *table["columns"]])
            for row in [*table["rows"], table["total"]]:
                writer.writerow([row["segment"], *(row[c] for c in table["columns"])])
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from storage.backup import BackupError, backup_sqlite

    db = _open(args)
    try:
        if db.path is None:
            raise Rejected("backup copies a SQLite database; for PostgreSQL use pg_dump")
        out = args.out.expanduser().resolve()
        if out == db.path.resolve():
            raise Rejected("the backup file cannot be the database itself")
        backup_sqlite(db.path, out)
    except BackupError as exc:
        raise Rejected(str(exc)) from exc
    finally:
        db.close()
    _emit({"backup": str(out), "bytes": out.stat().st_size})
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from core.backups import check_restorable, restore
    from storage.backup import BackupError

    source = args.file.expanduser().resolve()
    try:
        check_restorable(source)  # before the database is even opened
    except BackupError as exc:
        raise Rejected(str(exc)) from exc
    db = _open(args)
    path = db.path
    db.close()
    if path is None:
        raise Rejected("restore replaces a SQLite database; for PostgreSQL use pg_restore")
    try:
        safety = restore(path, source)
    except BackupError as exc:
        raise Rejected(str(exc)) from exc
    print(f"restore: the previous database was kept as {safety}", file=sys.stderr)
    _emit({"restored": str(source), "database": str(path), "previous": str(safety)})
    return EXIT_OK


def cmd_plan(args: argparse.Namespace) -> int:
    from core.accounts.plan_export import PlanExportError, plan_document, write_plan
    from core.accounts.service import AccountNotFound, find_account

    if args.out.suffix.lower() not in (".xlsx", ".pdf"):
        raise UsageError("--out must name a .xlsx or .pdf file")
    db = _open(args)
    try:
        account = find_account(db, args.account)
        document = plan_document(db, account.id)
        written = write_plan(document, args.out, args.language)
    except (AccountNotFound, PlanExportError) as exc:
        raise Rejected(str(exc).strip("'\"")) from exc
    finally:
        db.close()
    _emit({"account": account.id, "name": account.name, "out": str(written)})
    return EXIT_OK


def cmd_proposal(args: argparse.Namespace) -> int:
    from core.accounts.records import account_strategy
    from core.accounts.service import AccountNotFound, find_account
    from core.company import company_profile
    from core.selling.proposal import ProposalError
    from core.selling.proposal_docs import (
        export_checks,
        export_proposal,
        latest_proposal,
        list_proposals,
        proposal_content,
    )

    if args.out.suffix.lower() not in (".docx", ".pdf"):
        raise UsageError("--out must name a .docx or .pdf file")
    db = _open(args)
    try:
        account = find_account(db, args.account)
        proposal_id = latest_proposal(db, account.id)
        if proposal_id is None:
            raise Rejected(f"{account.name} has no proposal yet; build one in its card")
        strategy = account_strategy(db, account.id)
        seller = company_profile(db)
        for check in export_checks(proposal_content(db, proposal_id), seller=seller):
            if not check.blocking:  # said, not refused: the window asks about these
                print(f"fieldbook proposal: warning: {check.message}", file=sys.stderr)
        written, revision = export_proposal(db, proposal_id, args.out, args.language, strategy)
        listed = list_proposals(db, account.id)
    except (AccountNotFound, ProposalError) as exc:
        raise Rejected(str(exc).strip("'\"")) from exc
    finally:
        db.close()
    _emit(
        {
            "account": account.id,
            "name": account.name,
            "proposal": proposal_id,
            "number": next(p["number"] for p in listed if p["id"] == proposal_id),
            "revision": revision,
            "out": str(written),
        }
    )
    return EXIT_OK


def cmd_proposals(args: argparse.Namespace) -> int:
    from core.selling.proposal_docs import list_proposals

    db = _open(args)
    try:
        found = list_proposals(db)
    finally:
        db.close()
    _emit(
        [
            {
                "id": p["id"],
                "number": p["number"],
                "account_id": p["account_id"],
                "account": p["client"],
                "date": p["created_at"].date().isoformat() if p["created_at"] else None,
                "revision": p["revision"],
                "total": p["total_kop"] / 100,
                "status": p["status"],
                "manager": p["manager"] or None,
            }
            for p in found
        ]
    )
    return EXIT_OK


def cmd_company(args: argparse.Namespace) -> int:
    from core.company import CompanyError, company_profile, describe, save_company_profile

    values: dict[str, str] = {}
    for item in args.set:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise UsageError(f"--set {item!r} is not KEY=VALUE")
        values[key.strip()] = value
    db = _open(args)
    try:
        profile = save_company_profile(db, values) if values else company_profile(db)
    except CompanyError as exc:
        raise Rejected(str(exc)) from exc
    finally:
        db.close()
    _emit(describe(profile))
    return EXIT_OK


def cmd_brief(args: argparse.Namespace) -> int:
    from core.accounts.brief import BriefError, brief_document, write_brief
    from core.accounts.records import account_labels
    from core.accounts.service import AccountNotFound, find_account

    if args.out.suffix.lower() != ".pdf":
        raise UsageError("--out must name a .pdf file")
    db = _open(args)
    try:
        account = find_account(db, args.account)
        labels = account_labels(db, account.id)  # from the analysis of the base
        written = write_brief(brief_document(db, account.id, labels), args.out, args.language)
    except (AccountNotFound, BriefError) as exc:
        raise Rejected(str(exc).strip("'\"")) from exc
    finally:
        db.close()
    _emit({"account": account.id, "name": account.name, "out": str(written)})
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from core.importing import (
        FileRejected,
        ImportRejected,
        ImportSession,
        save_error_rows,
    )

    last = [-1]

    def progress(percent: int, what: str) -> None:
        if percent // 20 != last[0] // 20:
            print(f"import: {percent}% {what}", file=sys.stderr)
        last[0] = percent

    try:  # the file first: a file refused (a pipe, a folder) leaves no database behind
        session = ImportSession(args.file, sheet=args.sheet, kind=args.kind)
    except (FileRejected, ImportRejected) as exc:
        raise Rejected(str(exc)) from exc
    db = _open(args)
    try:
        session.apply_remembered(db.engine)
        report = session.run(
            db.engine, dry_run=args.dry_run, strict=args.strict, progress=progress, once=True
        )
    except (FileRejected, ImportRejected) as exc:
        raise Rejected(str(exc)) from exc
    finally:
        db.close()
    if args.errors is not None and report.error_rows:
        try:
            save_error_rows(report, args.errors)
        except OSError as exc:
            saved = "nothing was imported (a dry run)" if args.dry_run else "the import was saved"
            raise Rejected(
                f"{saved}, but its rejected rows could not be written to {args.errors}: "
                f"{_reason(exc)}"
            ) from exc
        print(f"import: {report.skipped} rejected row(s) saved to {args.errors}", file=sys.stderr)
    if report.skipped:
        print(
            f'import: {report.skipped} row(s) skipped; see "errors"'
            + ("" if args.errors else " (or use --errors FILE.xlsx)"),
            file=sys.stderr,
        )
    _emit(report.to_json())
    return EXIT_OK


COMMANDS = {
    "segments": cmd_segments,
    "import": cmd_import,
    "demo": cmd_demo,
    "accounts": cmd_accounts,
    "plan": cmd_plan,
    "brief": cmd_brief,
    "proposal": cmd_proposal,
    "kpi": cmd_kpi,
    "today": cmd_today,
    "churn": cmd_churn,
    "events": cmd_events,
    "company": cmd_company,
    "proposals": cmd_proposals,
    "backup": cmd_backup,
    "restore": cmd_restore,
}


def _check_outputs(args: argparse.Namespace) -> None:
    """Every file the command will write (``--out``, ``--errors``) can be written: checked
    before any work is done, so that nothing is imported or computed for nothing."""
    import os

    for option in ("out", "errors"):
        path = getattr(args, option, None)
        if path is None:
            continue
        path = Path(path).expanduser()
        if path.is_dir():
            raise Rejected(f"--{option} {path} is a folder; give the name of a file in it")
        folder = path.parent
        if not folder.is_dir():
            raise Rejected(f"--{option}: the folder {folder} does not exist")
        if not os.access(folder, os.W_OK):
            raise Rejected(f"--{option}: the folder {folder} cannot be written to")


def run(argv: Sequence[str]) -> int:
    """Run one command; returns the exit code. Every failure ends with one sentence on
    stderr and exit code 1 (2 for a usage error); the traceback goes to the log."""
    from core.logs import setup_logging

    args = build_parser().parse_args(list(argv))
    if args.command is None:
        build_parser().print_usage(sys.stderr)
        return EXIT_USAGE
    import logging

    logging.raiseExceptions = False  # a log that cannot be written (a full disk) stays quiet
    try:
        log_path: object = setup_logging()
    except OSError as exc:
        log_path = f"no log: {exc.strerror or exc}"
    try:
        _check_outputs(args)
        return COMMANDS[args.command](args)
    except Rejected as exc:
        print(f"fieldbook {args.command}: {exc}", file=sys.stderr)
        return EXIT_REJECTED
    except UsageError as exc:
        print(f"fieldbook {args.command}: {exc} (see --help)", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:  # the reader (``| head``) went away: not an error of ours
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        print(f"fieldbook {args.command}: interrupted; nothing was changed", file=sys.stderr)
        return EXIT_REJECTED
    except Exception as exc:  # a database, system or unforeseen failure: one sentence
        from core.problems import describe, problem

        logging.getLogger("fieldbook.cli").exception("%s failed", args.command)
        known = problem(exc) is not None or isinstance(exc, OSError | MemoryError)
        details = "" if known else f" (details: {log_path})"
        print(f"fieldbook {args.command}: {describe(exc)}{details}", file=sys.stderr)
        return EXIT_REJECTED
