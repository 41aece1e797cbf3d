"""What crosses to and from the worker processes: results in pieces, matrix points as
one array (see ui/processes.py, AccountScores.matrix_points)."""

from __future__ import annotations

import pickle

import numpy as np

from core.analytics.scoring import AccountScores
from core.selling.bcg import BcgResult
from ui import processes


def test_a_result_comes_back_whole_from_its_pieces() -> None:
    big = {f"a{i}": {"abc": "A" if i % 2 else "B", "n": i} for i in range(4_500)}
    inner = {i: str(i) for i in range(2_500)}
    value = {"labels": big, "twice": [inner, inner], "small": {"x": 1}, "array": np.arange(5)}
    pieces = processes.pack(value)
    # 4,500 entries → 3 pieces of at most 2,000; 2,500 → 2 (once, though referred to
    # twice); and the root
    assert len(pieces) == 3 + 2 + 1
    back = processes.unpack(pickle.loads(pickle.dumps(pieces)))
    assert back["labels"] == big
    assert list(back["labels"]) == list(big)  # the order of the entries is kept
    assert back["twice"][0] == inner and back["twice"][0] is back["twice"][1]
    assert back["small"] == {"x": 1}
    assert back["array"].tolist() == [0, 1, 2, 3, 4]


def test_a_small_result_is_one_piece() -> None:
    assert processes.unpack(processes.pack((1, "два", {"3": 3}))) == (1, "два", {"3": 3})
    assert len(processes.pack({"k": 1})) == 1


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
