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
