"""Small widgets every screen shares, so that each behaves the same everywhere."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QDateEdit,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QWidget,
)

NO_DATE = QDate(1900, 1, 1)  # the empty value of an optional date ("—")


class _Calendar(QCalendarWidget):
    """The popup's calendar: an empty date opens it at today's month, not at 1900."""

    def __init__(self, field: DateField):
        super().__init__(field)
        self.field = field

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.field.value() is None:
            today = QDate.currentDate()
            self.setCurrentPage(today.year(), today.month())


class DateField(QDateEdit):
    """A date typed as dd.mm.yyyy or picked from a calendar. An optional one shows "—"
    when empty; typing a digit into it starts from today's date, so "08122026" gives
    08.12.2026 (not "—08122026"), and Delete or Backspace on the whole text empties it."""

    def __init__(self, parent: QWidget | None = None, optional: bool = False,
                 value: date | None = None):  # fmt: skip
        super().__init__(parent)
        self.optional = optional
        self.setCalendarPopup(True)
        self.setCalendarWidget(_Calendar(self))
        self.setDisplayFormat("dd.MM.yyyy")
        if optional:
            self.setMinimumDate(NO_DATE)
            self.setSpecialValueText("—")
        self.set_value(value if value is not None or optional else date.today())

    def value(self) -> date | None:
        d = self.date()
        if self.optional and d == NO_DATE:
            return None
        return date(d.year(), d.month(), d.day())

    def set_value(self, value: date | None) -> None:
        if value is None:
            self.setDate(NO_DATE if self.optional else QDate.currentDate())
        else:
            self.setDate(QDate(value.year, value.month, value.day))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)  # opens the calendar on the arrow
        if self.optional and self.value() is None:
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.optional and self.value() is None and event.text().isdigit():
            self.setDate(QDate.currentDate())  # sections to type into
            self.setCurrentSection(QDateEdit.Section.DaySection)
            self.setSelectedSection(QDateEdit.Section.DaySection)
        elif (
            self.optional
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and self.lineEdit().selectedText() == self.lineEdit().text()
        ):
            self.set_value(None)
            return
        super().keyPressEvent(event)


class ElidedComboBox(QComboBox):
    """A choice that may be narrower than its longest text: the current text ends in
    «…» where it is cut (a plain QComboBox clips it mid-letter), and the whole text is
    its tooltip."""

    def __init__(self, parent: QWidget | None = None, length: int = 14):
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(length)
        self.currentTextChanged.connect(self.setToolTip)

    def shown_text(self, option: QStyleOptionComboBox | None = None) -> str:
        """The current text as it fits the box's text field."""
        if option is None:
            option = QStyleOptionComboBox()
            self.initStyleOption(option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            option,
            QStyle.SubControl.SC_ComboBoxEditField,
            self,
        )
        return self.fontMetrics().elidedText(
            option.currentText, Qt.TextElideMode.ElideRight, field.width()
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.shown_text(option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


# The look of the few widgets drawn in their own style, each given to its widget alone.
# An application-wide style sheet would pass every widget of every screen through
# Qt's style-sheet style: 50 ms more each time an account's card is built.
LOOKS = {
    "navigation": """QListWidget { background: #2b3440; color: #e8edf2; border: none;
        font-size: 14px; padding-top: 12px; }
        QListWidget::item { padding: 10px 16px; }
        QListWidget::item:selected { background: #3d7bd9; color: white; }""",
    "screenTitle": "font-size: 20px; font-weight: 600; padding: 4px 0 8px 0;",
    "cardTitle": "font-size: 18px; font-weight: 600; padding-left: 8px;",
    "welcomeTitle": "font-size: 26px; font-weight: 600;",
    "hint": "color: #66707a;",
    "primaryButton": """QPushButton { background: #3d7bd9; color: white; border-radius: 4px;
        padding: 8px 24px; font-size: 14px; }
        QPushButton:hover { background: #2f69c2; }
        QPushButton:disabled { background: #b8c9e3; color: #eef2f8; }""",
    "secondaryButton": "QPushButton { padding: 8px 24px; font-size: 14px; }",
}


def look(widget: QWidget, name: str) -> None:
    """Give ``widget`` the look ``name`` of :data:`LOOKS` (and that object name)."""
    widget.setObjectName(name)
    widget.setStyleSheet(LOOKS[name])


class _AfterPaint(QObject):
    def __init__(self, widget: QWidget, fn: Callable[[], None], fallback_ms: int) -> None:
        super().__init__(widget)
        self._fn: Callable[[], None] | None = fn
        widget.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._fn is not None:
            QTimer.singleShot(0, self, self._run)  # once this paint is on screen
        return False

    def _run(self) -> None:
        fn, self._fn = self._fn, None
        if fn is not None:
            self.deleteLater()
            fn()


def after_paint(widget: QWidget, fn: Callable[[], None], fallback_ms: int = 500) -> None:
    """Call ``fn`` once ``widget`` has next been painted (or after ``fallback_ms`` when it
    is not shown): work that would compete with that paint for the processor and the
    interpreter lock starts after it. On 20,000 accounts the list's first paint took
    twice as long with the start-up's background reads running beside it."""
    _AfterPaint(widget, fn, fallback_ms)
