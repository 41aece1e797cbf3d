"""Settings: the interface language and where the database lives."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from ui.settings_store import Settings


class SettingsScreen(QWidget):
    language_changed = Signal(str)

    def __init__(self, settings: Settings, database_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        title = QLabel(self.tr("Settings"), self)
        title.setObjectName("screenTitle")
        self.language = QComboBox(self)
        self.language.addItem(self.tr("System language"), "system")
        self.language.addItem("English", "en")
        self.language.addItem("Русский", "ru")
        self.language.setMaximumWidth(280)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.language_note = QLabel(self)
        self.language_note.setObjectName("hint")
        database = QLabel(database_name, self)
        database.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        database.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Language:"), self.language)
        form.addRow("", self.language_note)
        form.addRow(self.tr("Database:"), database)
        form.addRow(
            "",
            QLabel(
                self.tr(
                    "Start Fieldbook with --db PATH_OR_URL, or set FIELDBOOK_DB, "
                    "to use another database."
                ),
                self,
            ),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addStretch(1)

    def _language_chosen(self) -> None:
        value = str(self.language.currentData())
        self.settings.language = value
        self.settings.sync()
        self.language_changed.emit(value)
