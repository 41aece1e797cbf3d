"""At the default 1280×800, in English and in Russian, no visible label or button of any
screen or card tab has text wider than itself (Qt's font metrics against the widget's
width). A label that wraps is free to; an elided one carries its whole text as a tooltip.
It found the TCO tab's cost labels, the plan's hint, and Analytics' buttons cut."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QCheckBox, QLabel, QWidget

from ui.main_window import SCREENS, MainWindow


def _cut(window: QWidget) -> list[tuple[str, str, int, int]]:
    found = []
    for widget in window.findChildren(QLabel) + window.findChildren(QAbstractButton):
        if not widget.isVisible() or widget.width() <= 1:
            continue
        text = widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        if not text or "\n" in text:
            continue
        if isinstance(widget, QLabel) and (
            widget.wordWrap() or ("<" in text and ">" in text) or not widget.pixmap().isNull()
        ):
            continue  # wraps, or rich text laid out by Qt
        need = widget.fontMetrics().horizontalAdvance(text)
        if isinstance(widget, QCheckBox):
            need += 22  # the box
        elif isinstance(widget, QAbstractButton):
            need += 12  # the button's frame
        have = widget.contentsRect().width()
        if need > have + 1 and text not in widget.toolTip():
            found.append((type(widget).__name__, text, need, have))
    return found


@pytest.mark.parametrize("language", ["en", "ru"])
def test_every_screen_fits_1280_by_800(qtbot, demo_db, settings, language):
    from ui.i18n import LanguageManager

    languages = LanguageManager(QApplication.instance())
    languages.apply(language)
    try:
        window = MainWindow(demo_db, settings, language)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        window.settle()
        qtbot.waitUntil(lambda: window.derived.current, timeout=60_000)
        cut = []
        for screen in SCREENS:
            window.show_screen(screen)
            window.settle()
            cut += [(screen, *c) for c in _cut(window)]
        window.open_account(window.accounts.model.account_id(0))
        window.settle()
        for name in window.card._pages:
            window.card.show_tab(name)
            window.settle()
            cut += [(f"card/{name}", *c) for c in _cut(window)]
        assert not cut, cut
        window.close()
    finally:
        languages.apply("en")
