"""Names in quotation marks that do not nest the same marks."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from ui.formatting import quoted


def test_a_name_in_quotes_in_each_language(qapp):
    before = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.Russian, QLocale.Country.Russia))
        assert quoted("ООО «Альфа»") == "«ООО „Альфа“»"  # not «ООО «Альфа»»
        assert quoted("Альфа") == "«Альфа»"
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        assert quoted("ООО «Альфа»") == "“ООО «Альфа»”"
    finally:
        QLocale.setDefault(before)


def test_reasons_say_their_counts_in_the_right_plural(qapp):
    from core.selling.bcg import Reason
    from ui.account_card.words import Words

    words = Words()
    one = Reason("competition", {"k": 1, "count": 1, "score": 5})
    many = Reason("assortment", {"d": 3, "count": 5, "score": 5})
    today = Reason("dm_recent", {"days": 0, "score": 5})
    day = Reason("dm_recent", {"days": 1, "score": 5})
    assert words.reason(one) == "K1: 1 competitor known → 5"  # not "1 competitors"
    assert words.reason(many) == "D3: 5 product groups → 5"
    assert words.reason(today) == "ЛПР met today → 5"  # not "0 days ago"
    assert words.reason(day) == "ЛПР met 1 day ago → 5"
