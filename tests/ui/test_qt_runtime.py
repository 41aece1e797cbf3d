"""The Qt binding the project pins is one a table can live on: a model's ``data()``
answers None for every role it does not handle, thousands of times a second while a
table paints. PySide6 6.12.0 lost a reference to None on each such answer, and on
Python 3.11 the process aborted ("deallocating None") after a few thousand: at quit
after the labels were shown, or in the middle of work."""

from __future__ import annotations

import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QApplication

    app = QApplication([])

    class Model(QAbstractTableModel):
        def rowCount(self, parent=QModelIndex()):
            return 10

        def columnCount(self, parent=QModelIndex()):
            return 10

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            return None

    model = Model()
    before = sys.getrefcount(None)
    for _ in range(3000):
        for row in range(10):
            model.index(row, 0).data()
    print(before - sys.getrefcount(None))
    """
)


def test_a_model_answering_none_loses_no_reference_to_none():
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        timeout=60,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 0, done.stderr[-500:]
    assert int(done.stdout.strip()) <= 0  # no reference to None lost
