from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from ui.settings_store import Settings


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def window(qtbot, demo_db, settings):
    from ui.main_window import MainWindow

    win = MainWindow(demo_db, settings, "en")
    qtbot.addWidget(win)
    win.show()
    win.settle()  # the list has been read off the GUI thread
    return win
