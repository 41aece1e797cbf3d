"""Shown instead of the account list while the database holds no account."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.widgets import look


class WelcomeScreen(QWidget):
    demo_requested = Signal()
    import_requested = Signal()

    def __init__(self, database_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Welcome to Fieldbook"), self)
        look(title, "welcomeTitle")
        intro = self.tr(
            "Your database is empty. Fieldbook keeps your clients, their sales history, your visit notes and proposals on this computer, so it works without a network."  # noqa: E501
        )
        demo = self.tr(
            "Import your client list and sales history from Excel or CSV (or drop the file on this window). To look around first, fill it with a demo company: 2,000 clients of a supplies distributor with three years of sales."  # noqa: E501
        )
        text = QLabel(intro + "\n\n" + demo, self)
        text.setWordWrap(True)
        text.setFixedWidth(560)
        text.setMinimumHeight(text.heightForWidth(560))
        self.demo_button = QPushButton(self.tr("Explore the demo company"), self)
        look(self.demo_button, "secondaryButton")
        self.demo_button.setMinimumHeight(40)
        self.demo_button.clicked.connect(self.demo_requested)
        self.import_button = QPushButton(self.tr("Import your Excel file…"), self)
        look(self.import_button, "primaryButton")
        self.import_button.setMinimumHeight(40)
        self.import_button.setToolTip(
            self.tr("Your client list or sales history from 1C, Bitrix24 or a spreadsheet")
        )
        self.import_button.clicked.connect(self.import_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addSpacing(12)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        where = QLabel(self.tr("Database: %1").replace("%1", database_name), self)
        look(where, "hint")
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for item in (title, text, buttons, where):
            if isinstance(item, QHBoxLayout):
                layout.addLayout(item)
            else:
                layout.addWidget(item, 0, Qt.AlignmentFlag.AlignHCenter)
            layout.addSpacing(12)
        layout.addStretch(2)
