import pytest

from core.accounts.names import normalise_name
from core.inn import complete_inn, is_valid_inn, is_valid_kpp


@pytest.mark.parametrize(
    ("inn", "valid"),
    [
        ("7707083893", True),  # Sberbank: 7·2+7·4+0·10+7·3+0·5+8·9+3·4+8·6+9·8 = 267; 267%11=3
        ("7707083894", False),
        ("500100732259", True),
        ("500100732258", False),
        ("770708389", False),
        ("77070838930", False),
        ("77070838a3", False),
    ],
)
def test_inn_checksum(inn, valid):
    assert is_valid_inn(inn) is valid


def test_complete_inn_appends_the_check_digits():
    assert complete_inn("770708389") == "7707083893"
    assert complete_inn("5001007322") == "500100732259"
    with pytest.raises(ValueError):
        complete_inn("123")


def test_kpp():
    assert is_valid_kpp("773601001")
    assert is_valid_kpp("7736AB001")
    assert not is_valid_kpp("77360100")
    assert not is_valid_kpp("7736ab001")


def test_names_spelled_two_ways_normalise_alike():
    assert normalise_name('ООО "ВИРМА"') == normalise_name("ООО ВИРМА") == "вирма"
    assert normalise_name("Общество с ограниченной ответственностью «Ёлка»") == "елка"
    assert normalise_name("ПАО  Сбербанк ") == "сбербанк"
    # a legal form inside a word is not removed
    assert normalise_name("ООО Аоника") == "аоника"
