"""Quick capture at the stand: one form, keyboard-first, offline (the local database).

Enter saves the lead and clears the form for the next visitor; Esc closes. While the rep
types, the accounts and contacts the lead may already be are listed (by INN, name, phone,
e-mail), matched in memory against an index read once off the GUI thread; choosing one
(Alt+1…Alt+3, or a click) adds the lead to it instead of making a new account."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core import events as ev
from core.inn import is_valid_inn
from ui.formatting import day
from ui.messages import Messages
from ui.ops import Executor
from ui.widgets import look

NEXT_STEP_DAYS = 2  # the next step is due this many days after the fair, unless changed


class CaptureDialog(QDialog):
    captured = Signal(object)  # core.events.Captured

    def __init__(
        self,
        ops: Executor,
        event: dict[str, Any],
        manager: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops, self.fair, self.manager = ops, event, manager
        self.index: ev.LeadIndex | None = None
        self.group_completer: QCompleter | None = None
        self.matches: list[ev.Match] = []
        self.join: ev.Match | None = None  # the known account chosen
        self.saved = 0
        self.setWindowTitle(self.tr("Quick capture: %1").replace("%1", event["name"]))
        self.company = QLineEdit(self)
        self.inn = QLineEdit(self)
        self.inn.setPlaceholderText(self.tr("10 or 12 digits, if known"))
        self.person = QLineEdit(self)
        self.position = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.email = QLineEdit(self)
        self.groups = QLineEdit(self)
        self.groups.setPlaceholderText(self.tr("comma between groups"))
        self.bant = [QSpinBox(self) for _ in range(4)]
        for box in self.bant:
            box.setRange(0, 3)
            box.setMaximumWidth(60)
        self.note = QLineEdit(self)
        # the usual next steps a key away (Down), or typed
        self.next_step = QComboBox(self)
        self.next_step.setEditable(True)
        self.next_step.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for text in ("", self.tr("Send the proposal"), self.tr("Call back"),
                     self.tr("Arrange a meeting"), self.tr("Send the catalogue")):  # fmt: skip
            self.next_step.addItem(text)
        line = self.next_step.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("for example: send the proposal (↓ for the usual)"))
        self.next_date = QDateEdit(self)
        self.next_date.setCalendarPopup(True)
        due = date.today() + timedelta(days=NEXT_STEP_DAYS)
        self.next_date.setDate(QDate(due.year, due.month, due.day))
        self.inn_hint = QLabel(self)
        look(self.inn_hint, "hint")
        bant = QHBoxLayout()
        for label, box in zip(
            (self.tr("B"), self.tr("A"), self.tr("N"), self.tr("T")), self.bant, strict=True
        ):
            bant.addWidget(QLabel(label, self))
            bant.addWidget(box)
        bant.addStretch(1)
        step = QHBoxLayout()
        step.addWidget(self.next_step, 1)
        step.addWidget(self.next_date)
        form = QFormLayout()
        form.addRow(self.tr("&Company:"), self.company)
        form.addRow(self.tr("&INN:"), self.inn)
        form.addRow("", self.inn_hint)
        form.addRow(self.tr("&Person:"), self.person)
        form.addRow(self.tr("P&osition:"), self.position)
        form.addRow(self.tr("P&hone:"), self.phone)
        form.addRow(self.tr("&E-mail:"), self.email)
        form.addRow(self.tr("Product &groups:"), self.groups)
        bant_label = QLabel(self.tr("Quick &BANT (0–3):"), self)
        bant_label.setBuddy(self.bant[0])
        form.addRow(bant_label, bant)
        form.addRow(self.tr("&Note:"), self.note)
        step_label = QLabel(self.tr("Ne&xt step:"), self)
        step_label.setBuddy(self.next_step)
        form.addRow(step_label, step)
        self.found = QListWidget(self)
        self.found.setMaximumHeight(90)
        self.found.itemClicked.connect(lambda item: self._choose(self.found.row(item)))
        self.found_title = QLabel(self.tr("Already known? (Alt+1…Alt+3 to add the lead to it)"))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save and next (Enter)"), self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("Close (Esc)"), self)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.found_title)
        layout.addWidget(self.found)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.resize(560, 640)
        # the matches follow the typing, a moment after it stops
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(150)
        self._soon.timeout.connect(self._look_up)
        for edit in (self.company, self.inn, self.phone, self.email):
            edit.textChanged.connect(self._soon.start)
        self.inn.textChanged.connect(self._check_inn)
        for n in range(3):
            QShortcut(QKeySequence(f"Alt+{n + 1}"), self, lambda n=n: self._choose(n))
        self._found_shown(False)
        self.ops.submit(ev.lead_index, key="lead-index", done=self._indexed, owner=self)
        self.company.setFocus()

    # -- the index and the matches ------------------------------------------------------------
    def _indexed(self, index: ev.LeadIndex) -> None:
        self.index = index
        # the known product groups offered for the group being typed (after the last comma)
        completer = QCompleter(index.groups, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setWidget(self.groups)
        completer.activated.connect(self._group_chosen)
        self.group_completer = completer
        self.groups.textEdited.connect(self._complete_group)
        self._look_up()

    def _complete_group(self, text: str) -> None:
        completer = self.group_completer
        if completer is None:
            return
        part = text.split(",")[-1].strip()
        popup = completer.popup()
        if len(part) >= 2:
            completer.setCompletionPrefix(part)
            completer.complete()
        elif popup is not None:
            popup.hide()

    def _group_chosen(self, name: str) -> None:
        kept = [p.strip() for p in self.groups.text().split(",")[:-1] if p.strip()]
        self.groups.setText(", ".join([*kept, name]))

    def _look_up(self) -> None:
        if self.index is None:
            return
        self.matches = self.index.matches(
            self.company.text(), self.inn.text(), self.phone.text(), self.email.text()
        )[:3]
        why = {
            "inn": self.tr("same INN"),
            "name": self.tr("same name"),
            "phone": self.tr("same phone"),
            "email": self.tr("same e-mail"),
        }
        self.found.clear()
        for n, m in enumerate(self.matches):
            person = f" · {m.contact}" if m.contact else ""
            text = f"Alt+{n + 1}: {m.account}{person} — {why.get(m.why, m.why)}"
            item = QListWidgetItem(text)
            if self.join is not None and self.join.account_id == m.account_id:
                item.setText("✔ " + text)
            self.found.addItem(item)
        if self.join is not None and all(m.account_id != self.join.account_id
                                         for m in self.matches):  # fmt: skip
            self.join = None
        self._found_shown(bool(self.matches))

    def _found_shown(self, shown: bool) -> None:
        self.found.setVisible(shown)
        self.found_title.setVisible(shown)

    def _choose(self, n: int) -> None:
        """Add the lead to the n-th known account (again: a new account after all)."""
        if not 0 <= n < len(self.matches):
            return
        m = self.matches[n]
        self.join = None if self.join is not None and self.join.account_id == m.account_id else m
        self._look_up()
        self.status.setText(
            self.tr("The lead will be added to %1.").replace("%1", m.account)
            if self.join is not None
            else self.tr("A new account will be made.")
        )

    def _check_inn(self, text: str) -> None:
        digits = ev.inn_digits(text)
        if not digits:
            self.inn_hint.setText("")
        elif len(digits) in (10, 12) and is_valid_inn(digits):
            self.inn_hint.setText(self.tr("INN checked"))
        else:
            self.inn_hint.setText(self.tr("not a valid INN yet (10 or 12 digits with a checksum)"))

    # -- saving -----------------------------------------------------------------------------
    def lead(self) -> ev.Lead:
        step = self.next_step.currentText().strip() or None
        return ev.Lead(
            company=self.company.text(),
            inn=self.inn.text() or None,
            person=self.person.text() or None,
            position=self.position.text() or None,
            phone=self.phone.text() or None,
            email=self.email.text() or None,
            groups=[g.strip() for g in self.groups.text().split(",") if g.strip()],
            bant=(
                self.bant[0].value(),
                self.bant[1].value(),
                self.bant[2].value(),
                self.bant[3].value(),
            ),
            note=self.note.text() or None,
            next_step=step,
            next_date=self.next_date.date().toPython() if step else None,  # type: ignore[arg-type]
        )

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return  # the lead is being saved: a second Enter must not save it twice
        lead = self.lead()
        join = self.join.account_id if self.join is not None else None
        contact = self.join.contact_id if self.join is not None else None
        self.save_button.setEnabled(False)
        self.ops.submit(
            ev.capture_lead, self.fair["id"], lead, join, self.manager, None, contact,
            done=lambda result: self._saved(lead, result), failed=self._refused, owner=self,
        )  # fmt: skip

    def _saved(self, lead: ev.Lead, result: ev.Captured) -> None:
        self.saved += 1
        if self.index is not None:  # the next visitor's duplicate check knows this one
            inn = ev.inn_digits(lead.inn) if result.created else None
            self.index.add(result.account_id, lead.company, inn, lead.phone, lead.email,
                           result.contact_id, lead.person)  # fmt: skip
        said = (
            self.tr("Saved: %1 (%2). Leads today: %3.")
            if result.created
            else self.tr("Added to %1 (%2). Leads today: %3.")
        )
        self.status.setText(
            said.replace("%1", lead.company.strip())
            .replace("%2", day(date.today()))
            .replace("%3", str(self.saved))
        )
        self.save_button.setEnabled(True)
        self.clear()  # and back to the company, for the next visitor
        self.captured.emit(result)

    def _refused(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.status.setText(Messages(self).failure(exc))

    def clear(self) -> None:
        for edit in (self.company, self.inn, self.person, self.position, self.phone,
                     self.email, self.groups, self.note):  # fmt: skip
            edit.clear()
        self.next_step.setCurrentIndex(0)
        self.next_step.setEditText("")
        for box in self.bant:
            box.setValue(0)
        self.join = None
        self._look_up()
        self.company.setFocus()

    def keyPressEvent(self, event: Any) -> None:
        completer = self.group_completer
        popup = completer.popup() if completer is not None else None
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            popup is not None and popup.isVisible()
        ):
            self.save()
            return
        super().keyPressEvent(event)
