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


def test_chart_axes_and_typed_quantities_speak_the_locale(qapp):
    """Charts' ticks and a proposal's quantities go through the one formatter: «50 %»
    and «1,5» in Russian (matplotlib's own PercentFormatter wrote "50%")."""
    from ui.formatting import axis, exact

    before = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.Russian, QLocale.Country.Russia))
        assert axis("percent")(50.0, 0) == "50 %"
        assert axis("millions")(1_500_000.0, 0) == "1,5"
        assert axis("number")(1_234_567.0, 0) == "1\u00a0234\u00a0567"
        assert exact(1.5) == "1,5" and exact(12.0) == "12"
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        assert axis("percent")(50.0, 0) == "50 %"
        assert axis("number")(1_234_567.0, 0) == "1,234,567"
        assert exact(0.125) == "0.125"
    finally:
        QLocale.setDefault(before)
