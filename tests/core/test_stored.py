"""The analysis kept with the data it was computed from (issue «Speed»): computed once,
read after that, and computed again after any change of what it reads; a kept file that
is damaged, another database's or cannot be written is never an error."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from core.accounts import workspace as ws
from core.accounts.records import account_records
from core.accounts.workspace import record_bant, save_record, set_bcg_override
from core.analytics import churn, service, stored
from core.company_settings import save_thresholds
from core.database import open_database
from core.selling import bcg
from core.selling.bant import Bant


@pytest.fixture
def demo(demo_db, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("FIELDBOOK_CACHE_DIR", str(tmp_path / "cache"))
    return demo_db


def _counted(monkeypatch: pytest.MonkeyPatch, module: object, *names: str) -> list[int]:
    """One entry for each call of any of ``module``'s functions ``names`` from now on
    (they still run)."""
    calls: list[int] = []
    for name in names:
        real = getattr(module, name)

        def counting(*args, real=real, **kwargs):
            calls.append(1)
            return real(*args, **kwargs)

        monkeypatch.setattr(module, name, counting)
    return calls


@pytest.fixture
def runs(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the labels computed (not read): by the window's analysis or on their own."""
    return _counted(monkeypatch, service, "analyse", "current_labels")


def _labels(db) -> dict[str, dict]:
    return {r["id"]: r["labels"] for r in account_records(db)}


def _some_account(db) -> str:
    return sorted(_labels(db))[0]


def test_computed_once_then_read_until_an_input_changes(demo, runs, tmp_path, monkeypatch):
    first = _labels(demo)
    assert len(runs) == 1
    assert _labels(demo) == first  # read: nothing changed
    assert len(runs) == 1
    account = sorted(first)[0]

    # a BANT assessment: 3 + 2 + 1 + 0 = 6, on the label at once; only the scoring is
    # computed again, on the kept base, and nothing else moves
    assert record_bant(demo, account, Bant(budget=3, authority=2, need=1, timing=0))
    after = _labels(demo)
    assert after[account]["bant"] == 6
    assert len(runs) == 1
    assert {k: v for k, v in after[account].items() if k != "bant"} == {
        k: v for k, v in first[account].items() if k != "bant"
    }
    assert {a: v for a, v in after.items() if a != account} == {
        a: v for a, v in first.items() if a != account
    }

    # a manager's BCG scores, every factor 5: both axes high, «strengthen» (METHODS.md)
    for factor in bcg.FACTORS:
        set_bcg_override(demo, account, factor, 5)
    scored = _labels(demo)
    assert scored[account]["bcg_strategy"] == "strengthen"
    assert len(runs) == 1
    # the same labels as everything computed afresh (another cache folder: nothing kept)
    monkeypatch.setenv("FIELDBOOK_CACHE_DIR", str(tmp_path / "afresh"))
    assert _labels(demo) == scored
    assert len(runs) == 2
    monkeypatch.setenv("FIELDBOOK_CACHE_DIR", str(tmp_path / "cache"))

    # a contact, an activity: each computes afresh
    save_record(demo, "contact", account, {"name": "Иванов Пётр", "is_decision_maker": True})
    _labels(demo)
    assert len(runs) == 3
    save_record(demo, "activity", account, {"date": date(2026, 10, 30), "type": "call"})
    _labels(demo)
    assert len(runs) == 4
    _labels(demo)
    assert len(runs) == 4


def test_a_changed_threshold_and_a_new_day_compute_afresh(demo, runs, monkeypatch) -> None:
    _labels(demo)
    th = service.stored_thresholds(demo.engine)
    save_thresholds(demo, replace(th, abc_a=0.5))
    _labels(demo)
    assert len(runs) == 2
    assert service.stored_thresholds(demo.engine).abc_a == 0.5

    class Tomorrow(date):
        @classmethod
        def today(cls) -> date:  # type: ignore[override]
            return date(2099, 1, 2)

    monkeypatch.setattr(stored, "date", Tomorrow)
    _labels(demo)
    assert len(runs) == 3


def test_the_churn_model_is_fitted_once_for_the_same_sales(demo, runs, monkeypatch) -> None:
    fits = _counted(monkeypatch, churn, "fit")
    churn._FITTED.clear()
    before = _labels(demo)
    fitted = len(fits)  # the model in use, and the backtest's own
    assert fitted == 2
    churn._FITTED.clear()  # as a new process: only the file is left
    account = sorted(before)[0]
    save_record(demo, "contact", account, {"name": "Петрова Анна"})
    after = _labels(demo)
    assert len(runs) == 2 and len(fits) == fitted  # scored again, not refitted
    assert {a: v["churn_risk"] for a, v in after.items()} == {
        a: v["churn_risk"] for a, v in before.items()
    }


def test_a_damaged_or_unwritable_file_only_means_computing(demo, runs, tmp_path, monkeypatch):
    first = _labels(demo)
    cache = tmp_path / "cache"
    stem = next(cache.glob("labels-*.pickle")).name.removeprefix("labels-")
    # the labels, and their base without the scoring
    kept = [cache / f"{kind}-{stem}" for kind in ("labels", "base-labels")]
    assert all(path.exists() for path in kept)
    for path in kept:
        head = path.read_bytes().split(b"\n", 1)[0]
        path.write_bytes(head + b"\nnot a pickle")  # the right key, damaged
    assert _labels(demo) == first
    assert len(runs) == 2
    assert _labels(demo) == first  # written again, whole
    assert len(runs) == 2

    blocked = tmp_path / "not-a-folder"
    blocked.write_text("")
    monkeypatch.setenv("FIELDBOOK_CACHE_DIR", str(blocked))
    assert _labels(demo) == first
    assert _labels(demo) == first
    assert len(runs) == 4  # nothing could be kept: computed each time, never an error
    assert not list(tmp_path.glob("**/*.tmp"))


def test_the_records_are_kept_and_show_an_edited_field(demo, runs, monkeypatch, tmp_path) -> None:
    """``accounts`` prints what it kept when nothing changed; an edited field is printed."""
    import orjson

    from core.accounts import service as accounts
    from core.accounts.records import records_json

    listed = _counted(monkeypatch, accounts, "list_accounts")
    printed = records_json(demo)
    assert len(listed) == 1 and len(runs) == 1
    assert records_json(demo) == printed  # read as kept: no account read, nothing computed
    assert len(listed) == 1
    first = orjson.loads(printed)
    account = first[0]["id"]
    values = ws.account_values(demo, account)
    ws.update_account(demo, account, values["version"], {"region": "Вологда"})
    after = {r["id"]: r for r in orjson.loads(records_json(demo))}
    assert len(listed) == 2
    assert after[account]["region"] == "Вологда"
    assert {k: v for k, v in after[account].items() if k != "region"} == {
        k: v for k, v in first[0].items() if k != "region"
    }
    # a damaged file under the right key only means making them again
    path = next((tmp_path / "cache").glob("records-*.pickle"))
    path.write_bytes(path.read_bytes().split(b"\n", 1)[0] + b"\nnot a pickle")
    assert {r["id"]: r for r in orjson.loads(records_json(demo))} == after
    assert len(listed) == 3
    # the records in memory keep each churn reason's code (today picks its action by it)
    reasons = [r for rec in account_records(demo) for r in rec["labels"]["churn_reasons"]]
    assert reasons and all(getattr(r, "code", None) for r in reasons)


def test_the_labels_on_their_own_are_the_analysis_labels(demo, runs) -> None:
    labels = stored.standard_labels(demo)
    assert len(runs) == 1
    _key, analysis = stored.standard_analysis(demo)  # the window's: computed, with tables
    assert len(runs) == 2
    assert analysis.labels == labels
    assert stored.standard_labels(demo) == labels  # kept again by the analysis
    assert len(runs) == 2


def test_another_database_never_reads_this_ones(demo, runs, tmp_path) -> None:
    _labels(demo)
    other_path = tmp_path / "other.db"
    shutil.copy(Path(demo.engine.url.database), other_path)
    other = open_database(str(other_path))
    try:
        _labels(other)
    finally:
        other.close()
    assert len(runs) == 2
    assert len(list((tmp_path / "cache").glob("labels-*.pickle"))) == 2


def test_a_bant_score_does_not_score_the_churn_risk_again(demo, runs, monkeypatch) -> None:
    scored = _counted(monkeypatch, service, "churn_at")
    before = _labels(demo)
    assert len(scored) == 1
    account = sorted(before)[0]
    record_bant(demo, account, Bant(budget=1, authority=1, need=1, timing=1))
    after = _labels(demo)
    assert len(runs) == 1 and len(scored) == 1  # the scoring again, the risk as kept
    assert after[account]["bant"] == 4
    assert after[account]["churn_risk"] == before[account]["churn_risk"]
    save_record(demo, "activity", account, {"date": date(2026, 10, 30), "type": "call"})
    _labels(demo)
    assert len(scored) == 2  # an activity is what the risk reads


def test_the_window_reads_the_kept_analysis_in_pieces(demo, runs, tmp_path) -> None:
    assert stored.kept_analysis(demo) is None  # nothing kept yet: the worker computes
    _key, analysis = stored.standard_analysis(demo)
    head = next((tmp_path / "cache").glob("analysis-*.pickle")).read_bytes().split(b"\n")[0]
    assert head.endswith(b" pieces")
    found = stored.kept_analysis(demo)
    assert found is not None and found[1].labels == analysis.labels
    assert found[1].tables.keys() == analysis.tables.keys()
    assert len(runs) == 1
    save_record(demo, "contact", sorted(analysis.labels)[0], {"name": "Сидоров Иван"})
    assert stored.kept_analysis(demo) is None  # the data changed: computed again


def test_fresh_computes_even_when_kept(demo, runs) -> None:
    stored.standard_analysis(demo)
    stored.standard_analysis(demo)
    assert len(runs) == 1
    stored.standard_analysis(demo, fresh=True)  # F5, or a change the window saw
    assert len(runs) == 2


@pytest.mark.parametrize("backwards", [False, True])
def test_a_change_made_with_a_clock_behind_changes_the_data_key(db_url, backwards) -> None:
    """A colleague's laptop on the shared server whose clock is behind: its change's
    time is before the latest one, and the key changes all the same."""
    from sqlalchemy import text

    db = open_database(db_url)
    try:
        first = ws.create_account(db, {"name": "ООО Первый"})
        ws.create_account(db, {"name": "ООО Второй"})
        before = stored.data_key(db)
        when = "2020-01-01 00:00:00" if backwards else "2099-01-01 00:00:00"
        with db.engine.begin() as conn:
            conn.execute(
                text(f"UPDATE account SET region = 'Вологда', updated_at = '{when}' WHERE id = :i"),
                {"i": first},
            )
        after = stored.data_key(db)
        assert after != before
        assert stored.watched(after, "account")[0][0] == 2  # the same rows, one changed
        assert stored.watched(after, "contact") == stored.watched(before, "contact")
    finally:
        db.close()
