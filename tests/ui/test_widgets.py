"""The shared widgets: the date field (typed as dd.mm.yyyy, opened at today, emptied on
purpose), the elided choice, and work put after a widget's next paint."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QLabel

from ui.widgets import DateField, after_paint


def test_typing_a_date_into_an_empty_field(qtbot):
    field = DateField(optional=True)
    qtbot.addWidget(field)
    field.show()
    assert field.value() is None and field.text() == "—"
    field.setFocus()
    qtbot.keyClicks(field, "08122026")
    assert field.value() == date(2026, 12, 8)
    field.lineEdit().selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    assert field.value() is None


def test_the_calendar_of_an_empty_field_opens_at_today(qtbot):
    field = DateField(optional=True)
    qtbot.addWidget(field)
    field.resize(140, 28)
    field.show()
    arrow = field.rect().right() - 6, field.rect().center().y()
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=QPoint(*arrow))
    calendar = field.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    today = QDate.currentDate()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    assert field.value() is None  # opening the calendar sets nothing


def test_a_required_date_starts_today():
    field = DateField()
    assert field.value() == date.today()


def test_a_narrow_choice_ends_in_an_ellipsis_with_the_whole_as_its_tooltip(qtbot):
    """A plain QComboBox clipped «Правительственные организа» mid-word at 1366×768."""
    from ui.widgets import ElidedComboBox

    box = ElidedComboBox(None, 14)
    qtbot.addWidget(box)
    name = "Правительственные организации и государственные учреждения"
    box.addItem(name)
    box.resize(160, box.sizeHint().height())
    box.show()
    shown = box.shown_text()
    assert shown.endswith("…") and name.startswith(shown[:-1])
    assert box.toolTip() == name
    box.resize(1200, box.sizeHint().height())
    assert box.shown_text() == name


def test_no_style_sheet_for_the_whole_application(qapp):
    """Only the widgets drawn in a look of their own carry a style sheet: one for the
    whole application made every card's hundred widgets pass through Qt's style-sheet
    style (125 ms to show a card with 20,000 accounts, 70 ms without)."""
    from PySide6.QtWidgets import QLabel

    from ui.app import create_application
    from ui.widgets import LOOKS, look

    assert create_application([]).styleSheet() == ""
    title = QLabel("Fieldbook")
    look(title, "screenTitle")
    assert title.objectName() == "screenTitle" and title.styleSheet() == LOOKS["screenTitle"]


class _Paints(QLabel):
    def __init__(self) -> None:
        super().__init__("painted")
        self.paints = 0

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        self.paints += 1


def test_after_paint_waits_for_the_widgets_next_paint(qtbot):
    shown = _Paints()
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    qtbot.wait(50)
    called: list[int] = []
    before = shown.paints
    after_paint(shown, lambda: called.append(shown.paints), fallback_ms=60_000)
    assert called == []
    shown.setText("painted again")  # a repaint, as a new list reset would ask for
    qtbot.waitUntil(lambda: bool(called), timeout=2000)
    assert called[0] > before  # after a paint, not before it
    shown.update()
    qtbot.wait(50)
    assert len(called) == 1  # once


def test_after_paint_of_a_hidden_widget_runs_after_its_fallback(qtbot):
    hidden = QLabel("never shown")
    qtbot.addWidget(hidden)
    called = []
    after_paint(hidden, lambda: called.append("after"), fallback_ms=100)
    qtbot.wait(30)
    assert called == []
    qtbot.waitUntil(lambda: called == ["after"], timeout=2000)
