import pytest

from core.selling.bant import Bant, BantError, bant_status


@pytest.mark.parametrize(
    ("scores", "total", "status"),
    [
        ((3, 3, 3, 0), 9, "qualified"),  # the edge: 9 qualifies
        ((2, 2, 2, 2), 8, "developing"),
        ((2, 1, 1, 1), 5, "developing"),  # 5 is the lower edge of developing
        ((1, 1, 1, 1), 4, "not_qualified"),
        ((0, 0, 0, 0), 0, "not_qualified"),
        ((3, 3, 3, 3), 12, "qualified"),
    ],
)
def test_total_and_status(scores, total, status):
    bant = Bant(*scores)
    assert bant.total == total
    assert bant.status == status


@pytest.mark.parametrize("bad", [-1, 4, 1.5, True, None])
def test_a_criterion_outside_0_to_3_is_refused(bad):
    with pytest.raises(BantError):
        Bant(budget=bad)


def test_a_total_outside_0_to_12_is_refused():
    with pytest.raises(BantError):
        bant_status(13)
