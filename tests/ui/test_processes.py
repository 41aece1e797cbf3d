"""What crosses to and from the worker processes: results in pieces (core/pieces.py),
matrix points as one array (see ui/processes.py, AccountScores.matrix_points)."""

from __future__ import annotations

import pickle

import numpy as np

from core import pieces
from core.analytics.scoring import AccountScores
from core.selling.bcg import BcgResult


def test_a_result_comes_back_whole_from_its_pieces() -> None:
    big = {f"a{i}": {"abc": "A" if i % 2 else "B", "n": i} for i in range(4_500)}
    inner = {i: str(i) for i in range(2_500)}
    value = {"labels": big, "twice": [inner, inner], "small": {"x": 1}, "array": np.arange(5)}
    packed = pieces.pack(value)
    # 4,500 entries → 3 pieces of at most 2,000; 2,500 → 2 (once, though referred to
    # twice); and the root
    assert len(packed) == 3 + 2 + 1
    back = pieces.unpack(pickle.loads(pickle.dumps(packed)))
    assert back["labels"] == big
    assert list(back["labels"]) == list(big)  # the order of the entries is kept
    assert back["twice"][0] == inner and back["twice"][0] is back["twice"][1]
    assert back["small"] == {"x": 1}
    assert back["array"].tolist() == [0, 1, 2, 3, 4]


def test_a_small_result_is_one_piece() -> None:
    assert pieces.unpack(pieces.pack((1, "два", {"3": 3}))) == (1, "два", {"3": 3})
    assert len(pieces.pack({"k": 1})) == 1


def test_matrix_points_as_one_array() -> None:
    # a: relationship factors 5 and 3 → mean 4; attractiveness 2 → 2
    # b: no attractiveness score → not in the matrix
    # c: relationship 1, attractiveness 4 and 5 → 4.5
    scores = AccountScores.from_scores(
        {
            "a": {"share_of_wallet": 5, "loyalty": 3, "potential": 2},
            "b": {"share_of_wallet": 4},
            "c": {"dependency": 1, "growth": 4, "assortment": 5},
        },
        revenue={"a": 1000.0, "c": 250.0},
    )
    points = scores.matrix_points()
    assert points.tolist() == [[4.0, 2.0, 1000.0, 0.0], [1.0, 4.5, 250.0, 0.0]]
    # the card's unsaved result replaces the highlighted account's, and marks it
    own = BcgResult({}, 2.0, 3.0, "low", "medium", None)
    marked = scores.matrix_points("c", own)
    assert marked.tolist() == [[4.0, 2.0, 1000.0, 0.0], [2.0, 3.0, 250.0, 1.0]]
    # an account scored only in the card joins the matrix
    own_b = BcgResult({}, 4.0, 1.0, "high", "low", None)
    assert scores.matrix_points("b", own_b).tolist()[1] == [4.0, 1.0, 0.0, 1.0]


def _pids_of_workers() -> list[int]:
    import os

    return [os.getpid()]


def test_a_killed_window_leaves_no_worker_process_behind(tmp_path) -> None:
    """kill -9 of the window's process: its analysis workers end within seconds instead
    of waiting on the pool's queue forever."""
    import os
    import signal
    import subprocess
    import sys
    import time
    from pathlib import Path

    script = (
        "import sys, time\n"
        f"sys.path.insert(0, {str(Path(__file__).resolve().parents[2])!r})\n"
        "from ui import processes\n"
        "from tests.ui.test_processes import _pids_of_workers\n"
        "if __name__ == '__main__':\n"
        "    pids = {processes.run(_pids_of_workers)[0] for _ in range(6)}\n"
        "    print(' '.join(map(str, pids)), flush=True)\n"
        "    time.sleep(60)\n"
    )
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        line = child.stdout.readline()
        workers = [int(p) for p in line.split()]
        assert workers and child.pid not in workers
        os.kill(child.pid, signal.SIGKILL)
        child.wait(10)

        def alive(pid: int) -> bool:
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                return False
            # a zombie re-parented to init is gone as a process that holds anything
            status = Path(f"/proc/{pid}/status")
            return status.exists() and "State:\tZ" not in status.read_text()

        deadline = time.monotonic() + 10
        while any(alive(p) for p in workers) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not any(alive(p) for p in workers)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(10)
        child.stdout.close()
