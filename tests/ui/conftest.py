from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from core.database import open_database
from ui.settings_store import Settings


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def demo_db(demo_db_file: Path, tmp_path: Path):
    copy = tmp_path / "demo.db"
    shutil.copy(demo_db_file, copy)
    db = open_database(str(copy))
    yield db
    db.close()


@pytest.fixture
def window(qtbot, demo_db, settings):
    from ui.main_window import MainWindow

    win = MainWindow(demo_db, settings, "en")
    qtbot.addWidget(win)
    win.show()
    win.settle()  # the list has been read off the GUI thread
    return win
