"""The Import screen: choose a file (or drop it on the window), check what was found,
correct the column mapping, run a dry run, import with progress and Cancel, read the
result and save the rejected rows."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core import changes as ch
from core.importing import (
    KINDS,
    FileRejected,
    ImportRejected,
    ImportReport,
    ImportSession,
    save_error_rows,
)
from core.importing.readers import SUFFIXES
from ui import formatting as fmt
from ui.importing.labels import field_label, kind_label
from ui.messages import Messages
from ui.messages import translate as translate_message
from ui.ops import Cancelled, Executor, Job
from ui.widgets import look

FILE_FILTER_SUFFIXES = " ".join(f"*{s}" for s in sorted(SUFFIXES))
ERRORS_SHOWN = 1000


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else fmt.number(value, 2)
    if isinstance(value, datetime):
        return fmt.day(value.date()) if not value.time() else value.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, date):
        return fmt.day(value)
    return str(value)


class ImportScreen(QWidget):
    imported = Signal()  # the database changed
    show_accounts = Signal()  # the user asks for the account list after an import

    def __init__(self, ops: Executor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.session: ImportSession | None = None
        self.report: ImportReport | None = None
        self.worker: Job | None = None  # the reading or the import running
        self._building = False
        self._build()
        self._set_state()

    # -- building ------------------------------------------------------------------------
    def _build(self) -> None:
        title = QLabel(self.tr("Import"), self)
        look(title, "screenTitle")
        self.choose_button = QPushButton(self.tr("Choose file…"), self)
        self.choose_button.setToolTip(self.tr("Open an Excel or CSV file (Ctrl+O)"))
        self.choose_button.clicked.connect(self.choose_file)
        QShortcut(QKeySequence.StandardKey.Open, self, self.choose_file)
        self.file_label = QLabel(
            self.tr(
                "Choose an Excel (.xlsx, .xls, .ods) or CSV file, or drop it on the window. "
                "Exports from 1C and Bitrix24 are taken as they are."
            ),
            self,
        )
        look(self.file_label, "hint")
        self.file_label.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.choose_button)
        top.addWidget(self.file_label, 1)

        self.sheet_box = QComboBox(self)
        self.sheet_box.currentTextChanged.connect(self._sheet_changed)
        self.kind_box = QComboBox(self)
        for key in KINDS:
            self.kind_box.addItem(kind_label(key), key)
        self.kind_box.currentIndexChanged.connect(self._kind_changed)
        self.header_spin = QSpinBox(self)
        self.header_spin.setRange(1, 1)
        self.header_spin.setToolTip(self.tr("The row of the file that holds the column names"))
        self.header_spin.editingFinished.connect(self._header_changed)
        form = QFormLayout()
        self.form = form
        form.addRow(self.tr("Sheet:"), self.sheet_box)
        form.addRow(self.tr("The file holds:"), self.kind_box)
        form.addRow(self.tr("Header row:"), self.header_spin)
        self.mapping_hint = QLabel(self)
        self.mapping_hint.setWordWrap(True)
        options = QHBoxLayout()
        options.addLayout(form)
        options.addWidget(self.mapping_hint, 1)

        # the file's column names and, under each, the field it goes to: pinned above
        # the rows of the file, so the mapping stays in view while the rows scroll
        self.mapping = QTableWidget(1, 0, self)
        self.mapping.setObjectName("importMapping")
        self.mapping.setVerticalHeaderLabels([self.tr("Field")])
        self.mapping.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.mapping.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.mapping.horizontalHeader().setDefaultSectionSize(170)
        self.mapping.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.preview = QTableWidget(self)
        self.preview.setObjectName("importPreview")
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setAlternatingRowColors(True)
        self.preview.horizontalHeader().setDefaultSectionSize(170)
        self.preview.horizontalHeader().hide()
        self.preview.horizontalScrollBar().valueChanged.connect(
            self.mapping.horizontalScrollBar().setValue
        )
        self.mapping.horizontalScrollBar().valueChanged.connect(  # a box reached by Tab
            self.preview.horizontalScrollBar().setValue
        )
        self.mapping.horizontalHeader().sectionResized.connect(
            lambda j, _old, new: self.preview.setColumnWidth(j, new)
        )
        preview = QWidget(self)
        preview_layout = QVBoxLayout(preview)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.setSpacing(0)
        preview_layout.addWidget(self.mapping)
        preview_layout.addWidget(self.preview, 1)

        self.dry_button = QPushButton(self.tr("Check (dry run)"), self)
        self.dry_button.setToolTip(self.tr("Count what would change without writing anything"))
        self.dry_button.clicked.connect(lambda: self.run(dry_run=True))
        self.import_button = QPushButton(self.tr("Import"), self)
        look(self.import_button, "primaryButton")
        self.import_button.setMinimumHeight(32)
        self.import_button.clicked.connect(lambda: self.run(dry_run=False))
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setTextVisible(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel)
        self.import_button.setMinimumWidth(160)
        self.dry_button.setMinimumHeight(32)
        actions = QHBoxLayout()
        actions.addWidget(self.progress, 3)
        actions.addWidget(self.cancel_button)
        actions.addStretch(1)
        actions.addWidget(self.dry_button)
        actions.addWidget(self.import_button)

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.summary.linkActivated.connect(self._link)
        self.errors = QTableWidget(0, 4, self)
        self.errors.setObjectName("importErrors")
        self.errors.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Column"), self.tr("Value"), self.tr("Problem")]
        )
        self.errors.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.errors.verticalHeader().setVisible(False)
        header = self.errors.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.errors.setColumnWidth(0, 70)
        self.errors.setColumnWidth(1, 180)
        self.errors.setColumnWidth(2, 180)
        self.save_errors_button = QPushButton(self.tr("Save rejected rows…"), self)
        self.save_errors_button.setToolTip(
            self.tr(
                "An .xlsx with the original columns and an Error column, to fix and import again"
            )
        )
        self.save_errors_button.clicked.connect(self.save_errors)
        results = QWidget(self)
        results_layout = QVBoxLayout(results)
        results_layout.setContentsMargins(0, 0, 0, 0)
        results_layout.addWidget(self.summary)
        results_layout.addWidget(self.errors, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_errors_button)
        results_layout.addLayout(row)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(preview)
        splitter.addWidget(results)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(title)
        layout.addLayout(top)
        layout.addLayout(options)
        layout.addWidget(splitter, 1)
        layout.addLayout(actions)

    def _align_preview(self) -> None:
        """The pinned mapping row as tall as its boxes, its row header as wide as the
        preview's row numbers, so their columns stand exactly above each other."""
        header = max(
            self.mapping.verticalHeader().sizeHint().width(),
            self.preview.verticalHeader().sizeHint().width(),
        )
        self.mapping.verticalHeader().setFixedWidth(header)
        self.preview.verticalHeader().setFixedWidth(header)
        self.mapping.resizeRowsToContents()
        frame = 2 * self.mapping.frameWidth()
        self.mapping.setFixedHeight(
            self.mapping.horizontalHeader().sizeHint().height() + self.mapping.rowHeight(0) + frame
        )

    # -- state ---------------------------------------------------------------------------
    def busy(self) -> bool:
        return self.worker is not None

    def _set_state(self) -> None:
        has_file = self.session is not None
        busy = self.busy()
        for widget in (self.sheet_box, self.kind_box, self.header_spin, self.mapping, self.preview):
            widget.setEnabled(has_file and not busy)
        ready = has_file and not busy and not (self.session and self.session.missing())
        self.dry_button.setEnabled(bool(ready))
        self.import_button.setEnabled(bool(ready))
        self.choose_button.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.save_errors_button.setVisible(bool(self.report and self.report.error_rows))
        self.errors.setVisible(bool(self.report and self.report.errors))

    # -- choosing a file -----------------------------------------------------------------
    def choose_file(self) -> None:
        if self.busy():
            return
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a file"),
            str(Path.home()),
            self.tr("Spreadsheets and CSV (%1)").replace("%1", FILE_FILTER_SUFFIXES),
        )
        if path:
            self.open_file(path)

    def open_file(self, path: str) -> None:
        """Read the file off the GUI thread, then show what was found."""
        if self.busy():
            return
        self.report = None
        self.summary.setText(self.tr("Reading %1…").replace("%1", Path(path).name))
        self.errors.setRowCount(0)

        def task(db: Any, progress: Any, _cancelled: Any) -> ImportSession:
            progress(5, "reading")
            session = ImportSession(path)
            session.apply_remembered(db)
            return session

        self._start(task, self._opened, busy_text=self.tr("Reading the file…"))

    def _opened(self, session: ImportSession) -> None:
        self.session = session
        self.file_label.setText(str(session.path))
        self.file_label.setObjectName("")
        self.file_label.setStyleSheet("")  # no longer the grey hint: the file chosen
        self._building = True
        self.sheet_box.clear()
        self.sheet_box.addItems(session.sheet_names)
        self.sheet_box.setCurrentText(session.table.sheet.name)
        self.form.setRowVisible(
            self.sheet_box, session.book.kind != "csv"
        )  # a text file has no sheets
        self._building = False
        self.summary.setText("")
        self._refresh()

    def _sheet_changed(self, name: str) -> None:
        if self._building or self.session is None or not name:
            return
        try:
            self.session.select_sheet(name)
        except FileRejected as exc:
            QMessageBox.warning(self, "Fieldbook", Messages(self).failure(exc))
            self._building = True
            self.sheet_box.setCurrentText(self.session.table.sheet.name)
            self._building = False
            return
        self.report = None
        self._refresh()

    def _kind_changed(self) -> None:
        if self._building or self.session is None:
            return
        self.session.set_kind(self.kind_box.currentData())
        self.report = None
        self._refresh()

    def _header_changed(self) -> None:
        if self._building or self.session is None:
            return
        if self.header_spin.value() != self.session.table.header_row:
            self.session.set_header_row(self.header_spin.value())
            self.report = None
            self._refresh()

    def _mapping_changed(self, column: int, box: QComboBox) -> None:
        if self._building or self.session is None:
            return
        self.session.set_column(column, box.currentData())
        self.session.mapping_source = "corrected"
        self.report = None
        self._refresh()

    # -- showing what was found ------------------------------------------------------------
    def _refresh(self) -> None:
        session = self.session
        if session is None:
            return
        self._building = True
        self.kind_box.setCurrentIndex(self.kind_box.findData(session.kind.key))
        self.header_spin.setRange(1, max(1, len(session.table.sheet.rows)))
        self.header_spin.setValue(session.table.header_row)
        headers = session.table.headers
        rows = session.preview()
        self.preview.clear()
        self.preview.setColumnCount(len(headers))
        self.preview.setRowCount(len(rows))
        self.mapping.setColumnCount(len(headers))
        self.mapping.setHorizontalHeaderLabels(
            [h or session.table.sheet.column_letter(j) for j, h in enumerate(headers)]
        )
        self.preview.setVerticalHeaderLabels([str(row_no) for row_no, _ in rows])
        for j in range(len(headers)):
            box = QComboBox(self.mapping)
            box.addItem(self.tr("— ignore —"), None)
            for f in session.kind.fields:
                box.addItem(field_label(f.key), f.key)
            current = session.mapping.get(j)
            box.setCurrentIndex(box.findData(current) if current else 0)
            box.setToolTip(self.tr("What column «%1» holds").replace("%1", headers[j]))
            box.currentIndexChanged.connect(lambda _i, j=j, box=box: self._mapping_changed(j, box))
            self.mapping.setCellWidget(0, j, box)
        for j in range(len(headers)):
            self.preview.setColumnWidth(j, self.mapping.columnWidth(j))
        self._align_preview()
        for i, (_row_no, cells) in enumerate(rows):
            for j in range(len(headers)):
                value = cells[j] if j < len(cells) else None
                item = QTableWidgetItem(_cell_text(value))
                if j not in session.mapping:
                    item.setForeground(Qt.GlobalColor.gray)
                self.preview.setItem(i, j, item)
        self._building = False
        missing = session.missing()
        if missing:
            self.mapping_hint.setText(
                self.tr("Choose a column for: %1.").replace(
                    "%1", "; ".join(self._missing_labels(session))
                )
            )
            self.mapping_hint.setStyleSheet("color: #b3261e;")
        else:
            sheet = session.table.sheet.name
            if session.path.suffix.lower() in (".csv", ".txt"):  # a text file has no sheets
                found = self.tr("Header on row %2, %3 columns recognised.")
            else:
                found = self.tr("Sheet %1, header on row %2, %3 columns recognised.")
            text = (
                found.replace("%1", fmt.quoted(sheet))
                .replace("%2", str(session.table.header_row))
                .replace("%3", str(len(session.mapping)))
            )
            if session.mapping_source == "remembered":
                text += " " + self.tr("Your mapping for these columns was used.")
            ignored = session.ignored_columns()
            if ignored:
                text += " " + self.tr(
                    "Not imported: %1. Choose a field above a column to import it."
                ).replace("%1", ", ".join(f"«{h}»" for h in ignored))
            self.mapping_hint.setText(text)
            self.mapping_hint.setStyleSheet("")
        self._set_state()

    def _missing_labels(self, session: ImportSession) -> list[str]:
        from core.importing.fields import missing_required

        return [
            self.tr(" or ").join(field_label(k) for k in group)
            for group in missing_required(session.kind, session.mapping)
        ]

    # -- running -------------------------------------------------------------------------
    def run(self, dry_run: bool) -> None:
        session = self.session
        if session is None or self.busy():
            return
        remember = session.mapping_source == "corrected"
        if remember:
            session.mapping_source = "remembered"

        def task(db: Any, progress: Any, _cancelled: Any) -> ImportReport:
            if remember:
                session.remember(db)
            # the analysis process makes the line cache from the new sales itself: in
            # this process its pandas work held the window for a quarter of a second
            return session.run(db, dry_run=dry_run, progress=progress, prepare_cache=False)

        text = self.tr("Checking…") if dry_run else self.tr("Importing…")
        self._start(task, self._finished, busy_text=text)

    def _start(self, task: Any, on_done: Any, busy_text: str) -> None:
        """Run a reading or an import on the serial executor, with progress and Cancel.
        An import changes everything the screens show; a dry run and a reading, nothing."""
        self.progress.setValue(0)
        self.progress.setFormat(busy_text + " %p%")
        self.worker = self.ops.submit(
            task,
            progress=lambda p, _m: self.progress.setValue(p),
            changes=(),  # what an import changed is announced by the window (``imported``)
            done=lambda result: self._done(on_done, result),
            failed=self._job_failed,
            owner=self,
        )
        self._set_state()

    def _job_failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            self._cancelled()
        else:
            self._failed(exc)

    def _release(self) -> None:
        self.worker = None

    def _done(self, on_done: Any, result: Any) -> None:
        self._release()
        on_done(result)
        self._set_state()

    def _failed(self, exc: BaseException) -> None:
        self._release()
        message = Messages(self).failure(exc)
        if not isinstance(exc, (FileRejected, ImportRejected)):
            message = self.tr("The import failed and nothing was changed: %1").replace(
                "%1", message
            )
        self.summary.setText(f'<span style="color:#b3261e">{_escape(message)}</span>')
        self._set_state()

    def _cancelled(self) -> None:
        self._release()
        self.summary.setText(self.tr("Cancelled. Nothing was changed."))
        self._set_state()

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()

    def _finished(self, report: ImportReport) -> None:
        self.report = report
        # a row repeating an earlier row's client is said once, with the repeats
        as_they_were = max(0, report.unchanged - report.repeated)
        counts = self.tr("%1 rows read: %2 new, %3 updated, %4 already as they were, %5 rejected.")
        for i, n in enumerate(
            (report.rows_read, report.inserted, report.updated, as_they_were, report.skipped),
            start=1,
        ):
            counts = counts.replace(f"%{i}", fmt.number(n))
        lines = [
            (self.tr("Dry run: nothing was written.") if report.dry_run else self.tr("Imported."))
            + " "
            + counts
        ]
        if report.accounts_created:
            created = (
                self.tr("%1 new clients would be created from the rows.")
                if report.dry_run
                else self.tr("%1 new clients were created from the rows.")
            )
            lines.append(created.replace("%1", fmt.number(report.accounts_created)))
        if report.repeated or report.warnings:
            lines.append(
                self.tr(
                    "%1 rows repeat a client or record of an earlier row; the first was kept."
                ).replace("%1", fmt.number(max(report.repeated, len(report.warnings))))
            )
        if report.duplicates:
            names = [
                " / ".join(a["name"] for a in group["accounts"]) for group in report.duplicates[:3]
            ]
            lines.append(
                self.tr("Likely duplicates in the database (same INN): %1. %2")
                .replace("%1", _escape("; ".join(names)))
                .replace("%2", '<a href="merge">' + self.tr("Merge them…") + "</a>")
            )
        if report.skipped:
            save = self.tr("Save the rejected rows to fix them")
            lines.append('<a href="errors">' + save + "</a>")
        if not report.dry_run and (report.inserted or report.updated):
            lines.append('<a href="accounts">' + self.tr("Show the accounts") + "</a>")
        self.summary.setText("<br>".join(lines))
        shown = report.errors[:ERRORS_SHOWN]
        self.errors.setRowCount(len(shown))
        for i, e in enumerate(shown):
            for j, value in enumerate(
                (str(e.row), e.column, e.value, translate_message(e.message))
            ):
                self.errors.setItem(i, j, QTableWidgetItem(value))
        if not report.dry_run:
            self.imported.emit()

    def _link(self, target: str) -> None:
        if target == "accounts":
            self.show_accounts.emit()
        elif target == "errors":
            self.save_errors()
        elif target == "merge":
            self.merge_duplicates()

    def save_errors(self, path: str | None = None) -> None:
        if self.report is None or not self.report.error_rows:
            return
        if path is None:
            default = str(
                Path(self.report.file).with_name(Path(self.report.file).stem + "-errors.xlsx")
            )
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save rejected rows"), default, self.tr("Excel workbook (*.xlsx)")
            )
            if not path:
                return
        try:
            save_error_rows(self.report, path)
        except OSError as exc:
            QMessageBox.warning(
                self,
                "Fieldbook",
                self.tr("The file could not be saved: %1").replace("%1", str(exc)),
            )
            return
        self.summary.setText(
            self.summary.text()
            + "<br>"
            + self.tr("Rejected rows saved to %1.").replace("%1", _escape(path))
        )

    def merge_duplicates(self) -> None:
        from core.accounts.merge import merge_accounts

        if self.report is None or not self.report.duplicates:
            return
        groups = self.report.duplicates
        listing = "\n".join(
            " / ".join(a["name"] for a in g["accounts"]) + f" (INN {g['inn']})" for g in groups[:20]
        )
        answer = QMessageBox.question(
            self,
            "Fieldbook",
            self.tr(
                "Merge each group into one account? The account with the most sales is kept; "
                "the others' sales, contacts and notes move to it.\n\n%1"
            ).replace("%1", listing),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        ids = [[a["id"] for a in group["accounts"]] for group in groups]
        self.report.duplicates = []

        def merged(count: int) -> None:
            self.summary.setText(
                self.summary.text()
                + "<br>"
                + self.tr("%1 duplicate accounts merged.").replace("%1", fmt.number(count))
            )

        self.ops.submit(
            lambda db: sum(merge_accounts(db, group) for group in ids),
            changes=ch.ALL,
            done=merged,
            owner=self,
        )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# keep the suffix list importable for the window's drag and drop
ACCEPTED_SUFFIXES = SUFFIXES
__all__ = ["ACCEPTED_SUFFIXES", "ImportRejected", "ImportScreen"]
