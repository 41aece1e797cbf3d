"""The card's record tabs: the buying committee, activities, opportunities, joint projects."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from core.accounts import tasks
from core.accounts import workspace as ws
from ui.account_card.records import Field, RecordsTab
from ui.formatting import quoted
from ui.messages import Messages
from ui.widgets import DateField


class ContactsTab(RecordsTab):
    kind = "contact"

    def make_fields(self) -> tuple[list[Field], str]:
        roles = [
            (None, "—"),
            ("economic", self.tr("economic buyer")),
            ("technical", self.tr("technical buyer")),
            ("user", self.tr("user")),
            ("coach", self.tr("coach")),
        ]
        fields = [
            Field("name", self.tr("Name"), required=True),
            Field("position", self.tr("Position")),
            Field("department", self.tr("Department")),
            Field("buying_role", self.tr("Buying role"), "choice", roles),
            Field("is_decision_maker", self.tr("Decision maker (ЛПР)"), "bool"),
            Field("is_influencer", self.tr("Influencer (ЛВР)"), "bool"),
            Field("phone", self.tr("Phone")),
            Field("email", self.tr("E-mail")),
        ]
        return fields, self.tr("contact")

    def after_reload(self) -> None:
        hints = ws.committee_hints(self.records)
        texts = []
        if "no_decision_maker" in hints:
            texts.append(self.tr("No decision maker (ЛПР) in the buying committee yet."))
        if "small_committee" in hints:
            texts.append(
                self.tr(
                    "The committee has %1 people; a B2B purchase involves 5.4 on average: "
                    "who else decides or influences?"
                ).replace("%1", str(len(self.records)))
            )
        self.hint.setText("  ".join(texts))
        self.hint.setVisible(bool(texts))


class _WithContacts(RecordsTab):
    """A record that may name one of the account's contacts: their names are the
    choices of its "Contact" field, read before the records."""

    contact_field: Field

    def watched(self) -> set[str]:
        return {ws.RECORD_CHANGES[self.kind], ws.RECORD_CHANGES["contact"]}

    def reload(self) -> None:
        """The contacts (the choices of "Contact"), then the records."""
        self.ops.submit(
            ws.list_records,
            "contact",
            self.account_id,
            key=("records", "contact-choices", self.account_id),
            done=self._contacts_read,
            owner=self,
        )
        super().reload()

    def _contacts_read(self, contacts: list[dict[str, Any]]) -> None:
        self.contact_field.choices = [(None, "—")] + [
            (c["id"], c["name"] + (" (ЛПР)" if c["is_decision_maker"] else "")) for c in contacts
        ]


class ActivitiesTab(_WithContacts):
    kind = "activity"

    def make_fields(self) -> tuple[list[Field], str]:
        types = [
            ("visit", self.tr("visit")),
            ("call", self.tr("call")),
            ("meeting", self.tr("meeting")),
            ("seminar", self.tr("seminar")),
            ("email", self.tr("e-mail")),
            ("other", self.tr("other")),
        ]
        self.contact_field = Field("contact_id", self.tr("Contact"), "choice", [])
        fields = [
            Field("date", self.tr("Date"), "date", required=True),
            Field("type", self.tr("Type"), "choice", types),
            self.contact_field,
            Field("summary", self.tr("Summary"), "long"),
            Field("next_step", self.tr("Next step")),
            Field("next_step_date", self.tr("Next step by"), "optdate"),
        ]
        return fields, self.tr("activity")


class OpportunitiesTab(RecordsTab):
    kind = "opportunity"

    def make_fields(self) -> tuple[list[Field], str]:
        stages = [
            ("qualification", self.tr("qualification (BANT)")),
            ("needs", self.tr("needs (SPIN)")),
            ("solution", self.tr("solution (TCO)")),
            ("proposal", self.tr("proposal (ABCD)")),
            ("negotiation", self.tr("negotiation")),
            ("won", self.tr("won")),
            ("lost", self.tr("lost")),
        ]
        fields = [
            Field("title", self.tr("Title"), required=True),
            Field("stage", self.tr("Stage"), "choice", stages),
            Field("amount_kop", self.tr("Amount, ₽"), "money"),
            Field("probability", self.tr("Probability"), "percent"),
            Field("expected_close", self.tr("Expected close"), "optdate"),
            Field("closed_on", self.tr("Closed on"), "optdate"),
            Field("close_reason", self.tr("Won / lost because"), "long"),
        ]
        return fields, self.tr("opportunity")


class ProjectsTab(RecordsTab):
    kind = "joint_project"

    def make_fields(self) -> tuple[list[Field], str]:
        fields = [
            Field("name", self.tr("Project"), required=True),
            Field("status", self.tr("Status")),
            Field("start_date", self.tr("Start"), "optdate"),
            Field("end_date", self.tr("End"), "optdate"),
            Field("result", self.tr("Result"), "long"),
        ]
        return fields, self.tr("joint project")


class TasksTab(_WithContacts):
    """The account's tasks: what is to be done, by when, by whom; open ones first, the
    overdue in red. «Done…» closes one with what came of it, and offers the next."""

    kind = "task"

    def __init__(self, ops: Any, account_id: str, parent: Any = None):
        super().__init__(ops, account_id, parent)
        self.done_button = QPushButton(self.tr("&Done…"), self)
        self.done_button.setToolTip(
            self.tr("Close the selected task with its outcome, and plan the next (Ctrl+Enter)")
        )
        self.done_button.clicked.connect(self.close_selected)
        self.button_row.insertWidget(1, self.done_button)
        self.accept_button = QPushButton(self.tr("&Accept"), self)
        self.accept_button.setToolTip(self.tr("Take the suggested task as yours"))
        self.accept_button.clicked.connect(lambda: self._decide("open"))
        self.dismiss_button = QPushButton(self.tr("Dis&miss"), self)
        self.dismiss_button.setToolTip(
            self.tr("The suggested task is not needed; it will not be suggested again")
        )
        self.dismiss_button.clicked.connect(lambda: self._decide("dismissed"))
        self.button_row.insertWidget(2, self.accept_button)
        self.button_row.insertWidget(3, self.dismiss_button)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):  # the main Enter and the keypad's
            shortcut = QShortcut(QKeySequence(keys), self.table, self.close_selected)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def make_fields(self) -> tuple[list[Field], str]:
        statuses = [
            ("open", self.tr("open")),
            ("done", self.tr("done")),
            ("cancelled", self.tr("cancelled")),
            ("suggested", self.tr("suggested")),
            ("dismissed", self.tr("dismissed")),
        ]
        self.contact_field = Field("contact_id", self.tr("Contact"), "choice", [])
        fields = [
            Field("due_on", self.tr("Due"), "optdate"),
            Field("due_time", self.tr("Time (hh:mm)")),
            Field("title", self.tr("Task"), required=True),
            Field("status", self.tr("Status"), "choice", statuses),
            Field("owner", self.tr("Owner")),
            self.contact_field,
            Field("note", self.tr("Note"), "long", in_table=False),
            Field("outcome", self.tr("Outcome"), "long"),
        ]
        return fields, self.tr("task")

    def defaults(self) -> dict[str, Any]:
        return {"due_on": date.today(), "status": "open"}

    def after_reload(self) -> None:
        today = date.today()
        overdue = QColor("#b3261e")
        for r, record in enumerate(self.records):
            late = record["status"] == "open" and record["due_on"] is not None
            late = late and record["due_on"] < today
            suggested = record["status"] == "suggested"
            closed = record["status"] not in ("open", "suggested")
            for c in range(self.table.columnCount()):
                item = self.table.item(r, c)
                if item is None:
                    continue
                if late:
                    item.setForeground(overdue)
                elif suggested:  # Fieldbook's, not yet the rep's: in italics, blue
                    font = item.font()
                    font.setItalic(True)
                    item.setFont(font)
                    item.setForeground(QColor("#2f5fa8"))
                elif closed:
                    item.setForeground(QColor("#7a828a"))
        if self.records and not self.table.selectionModel().selectedRows():
            self.table.selectRow(0)  # the first (soonest open) one, ready for «Выполнено…»
        self._selection_changed()

    def _selection_changed(self) -> None:
        record = self.selected()
        status = record["status"] if record else None
        self.done_button.setEnabled(status == "open")
        self.accept_button.setEnabled(status == "suggested")
        self.dismiss_button.setEnabled(status == "suggested")

    def _decide(self, status: str) -> None:
        """Accept (open) or dismiss the selected suggestion."""
        record = self.selected()
        if record is None or record["status"] != "suggested":
            return
        self.ops.submit(
            ws.save_record, "task", self.account_id, {"status": status}, record["id"],
            done=lambda _r: self.changed.emit(), failed=self._refused, owner=self,
        )  # fmt: skip

    def close_selected(self) -> None:
        record = self.selected()
        if record is None or record["status"] != "open":
            return
        dialog = CloseTaskDialog(record["title"], self)
        self.close_dialog = dialog  # tests reach the open dialog here
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        outcome, status, next_title, next_due = dialog.values()
        self.ops.submit(
            tasks.close_task, record["id"], outcome, status, next_title, next_due,
            done=lambda _r: self.changed.emit(), failed=self._refused, owner=self,
        )  # fmt: skip

    def _refused(self, exc: BaseException) -> None:
        QMessageBox.warning(self, "Fieldbook", Messages(self).failure(exc))


class CloseTaskDialog(QDialog):
    """What came of a task, and the next one it leads to (offered, a week on)."""

    def __init__(self, title: str, parent: Any = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Close the task"))
        self.outcome = QPlainTextEdit(self)
        self.outcome.setPlaceholderText(self.tr("What came of it: agreed, refused, moved…"))
        self.outcome.setTabChangesFocus(True)
        self.cancelled = QCheckBox(self.tr("It did not happen (cancelled)"), self)
        self.next_title = QLineEdit(self)
        self.next_title.setPlaceholderText(self.tr("The next step, if there is one"))
        self.next_due = DateField(self, value=date.today() + timedelta(days=7))
        form = QFormLayout()
        form.addRow(QLabel(quoted(title), self))
        form.addRow(self.tr("Outcome:"), self.outcome)
        form.addRow("", self.cancelled)
        form.addRow(self.tr("Next task:"), self.next_title)
        form.addRow(self.tr("Due:"), self.next_due)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(480, 320)

    def values(self) -> tuple[str, str, str | None, date | None]:
        """The outcome, done or cancelled, and the next task's title and day (or None)."""
        following = self.next_title.text().strip() or None
        return (
            self.outcome.toPlainText().strip(),
            "cancelled" if self.cancelled.isChecked() else "done",
            following,
            self.next_due.value() if following else None,
        )
