"""Interface language: Fieldbook's own translation and Qt's, chosen at start and on change."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication


def translations_dir() -> Path:
    return Path(str(resources.files("resources") / "translations"))


def effective_language(setting: str) -> str:
    """'ru' or 'en' from a setting of 'system', 'ru' or 'en'."""
    if setting in ("ru", "en"):
        return setting
    return "ru" if QLocale.system().language() == QLocale.Language.Russian else "en"


class LanguageManager:
    """Installs the translators for one language and swaps them on request."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.language = "en"
        self._translators: list[QTranslator] = []

    def apply(self, language: str) -> bool:
        """Switch to ``language``; False when its translation file could not be loaded."""
        for translator in self._translators:
            self.app.removeTranslator(translator)
        self._translators = []
        self.language = language
        if language == "ru":
            QLocale.setDefault(QLocale(QLocale.Language.Russian, QLocale.Country.Russia))
        else:
            QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        if language == "en":
            return True
        ours = QTranslator(self.app)
        loaded = ours.load(str(translations_dir() / f"fieldbook_{language}.qm"))
        if loaded:
            self.app.installTranslator(ours)
            self._translators.append(ours)
        qt_own = QTranslator(self.app)  # Qt's own dialogs: «Перейти к:», «Типы файлов:»…
        if any(qt_own.load(f"qtbase_{language}", str(d)) for d in qt_translations()):
            self.app.installTranslator(qt_own)
            self._translators.append(qt_own)
        return loaded


def qt_translations() -> list[Path]:
    """Where Qt's own translations may be: Qt's configured folder, and the one beside
    PySide6's package (in the frozen bundle Qt's configured prefix does not exist)."""
    import PySide6

    return [
        Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        Path(PySide6.__file__).parent / "Qt" / "translations",
    ]
