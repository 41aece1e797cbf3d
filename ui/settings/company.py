"""Settings → Company: the seller's profile printed on proposals (letterhead, requisites,
signer, default terms, the number pattern), kept with the data so the whole team prints
the same. Read and saved off the GUI thread; a value that cannot be right is named in
the user's language and nothing is stored."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from core import changes as ch
from core import company as co
from ui.ops import Executor

REQUISITES = ("name", "inn", "kpp", "ogrn", "address", "bank", "account", "bik", "corr_account")
SIGNER = ("signer_name", "signer_position", "phone", "email", "website")
TERMS = ("payment_terms", "delivery_terms", "warranty_terms", "number_pattern")


class CompanyPage(QScrollArea):
    def __init__(self, ops: Executor, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.setWidgetResizable(True)
        self.profile: dict[str, str] = {}
        self.logo_path: str | None = None  # a new logo chosen, saved with the rest
        page = QWidget(self)
        labels = self.labels()
        self.edits: dict[str, QLineEdit] = {}

        def group(title: str, keys: tuple[str, ...]) -> QGroupBox:
            box = QGroupBox(title, page)
            form = QFormLayout(box)
            for key in keys:
                edit = QLineEdit(box)
                edit.setObjectName(key)
                edit.setPlaceholderText(self.placeholders().get(key, ""))
                self.edits[key] = edit
                form.addRow(labels[key], edit)
            return box

        requisites = group(self.tr("Requisites"), REQUISITES)
        signer = group(self.tr("Signer and contacts"), SIGNER)
        self.logo = QLabel(self.tr("No logo"), page)
        self.logo.setFixedHeight(64)
        self.logo.setMinimumWidth(160)
        choose = QPushButton(self.tr("Choose a logo…"), page)
        choose.clicked.connect(lambda: self.choose_logo())
        remove = QPushButton(self.tr("Remove the logo"), page)
        remove.clicked.connect(lambda: self.choose_logo(""))
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo)
        logo_row.addWidget(choose)
        logo_row.addWidget(remove)
        logo_row.addStretch(1)
        signer_form = signer.layout()
        assert isinstance(signer_form, QFormLayout)
        signer_form.addRow(self.tr("Logo (PNG or JPEG, up to 1 MB):"), logo_row)
        terms = group(self.tr("Default terms of a new proposal"), TERMS)
        self.save_button = QPushButton(self.tr("&Save the profile"), page)
        self.save_button.clicked.connect(self.save)
        self.status = QLabel(page)
        self.status.setWordWrap(True)
        intro = QLabel(
            self.tr(
                "Printed on every proposal: the letterhead, the requisites and the "
                "signature. Kept with the data, so the whole team shares it."
            ),
            page,
        )
        intro.setWordWrap(True)
        columns = QHBoxLayout()
        columns.addWidget(requisites, 1)
        right = QVBoxLayout()
        right.addWidget(signer)
        right.addWidget(terms)
        columns.addLayout(right, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.status, 1)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(columns)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.setWidget(page)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)  # fmt: skip
        ops.hub.changed.connect(self._data_changed)
        self.reload()

    def labels(self) -> dict[str, str]:
        return {
            "name": self.tr("Company name:"),
            "inn": self.tr("INN:"),
            "kpp": self.tr("KPP:"),
            "ogrn": self.tr("OGRN:"),
            "address": self.tr("Address:"),
            "bank": self.tr("Bank:"),
            "account": self.tr("Settlement account:"),
            "bik": self.tr("BIK:"),
            "corr_account": self.tr("Correspondent account:"),
            "signer_name": self.tr("Signer (full name):"),
            "signer_position": self.tr("Signer's position:"),
            "phone": self.tr("Phone:"),
            "email": self.tr("E-mail:"),
            "website": self.tr("Website:"),
            "payment_terms": self.tr("Payment:"),
            "delivery_terms": self.tr("Delivery:"),
            "warranty_terms": self.tr("Warranty:"),
            "number_pattern": self.tr("Proposal numbers:"),
        }

    def placeholders(self) -> dict[str, str]:
        return {
            "name": self.tr("LLC «Northern Stream»"),
            "inn": self.tr("10 or 12 digits"),
            "account": self.tr("20 digits"),
            "corr_account": self.tr("20 digits"),
            "bik": self.tr("9 digits"),
            "signer_name": self.tr("Surname First Patronymic"),
            "payment_terms": self.tr("e.g. 50 % in advance, the rest within 10 days"),
            "number_pattern": co.DEFAULT_PATTERN,
        }

    def problems(self) -> dict[str, str]:
        """What a refused value means, by its key, in the user's language."""
        return {
            "inn": self.tr("The INN is not valid: 10 or 12 digits with the right check digits."),
            "kpp": self.tr("The KPP is not valid: 9 characters."),
            "ogrn": self.tr("The OGRN is not valid: 13 or 15 digits with the right check digit."),
            "bik": self.tr("The BIK is not valid: 9 digits."),
            "account": self.tr(
                "The settlement account is not valid: 20 digits whose key matches the BIK."
            ),
            "corr_account": self.tr(
                "The correspondent account is not valid: 20 digits whose key matches the BIK."
            ),
            "email": self.tr("The e-mail address is not valid."),
            "phone": self.tr("The phone number is not valid, e.g. +7 495 123-45-67."),
            "number_pattern": self.tr(
                "The number pattern needs {NNNN} for the sequence, e.g. КП-{YYYY}-{NNNN}."
            ),
            "logo": self.tr("The logo must be a PNG or JPEG image of at most 1 MB."),
        }

    # -- reading -----------------------------------------------------------------------------
    def reload(self) -> None:
        self.ops.submit(co.company_profile, key="company-profile", done=self._show, owner=self)

    def _data_changed(self, kinds: frozenset[str]) -> None:
        if ch.SETTINGS in kinds:
            self.reload()

    def _show(self, profile: dict[str, str]) -> None:
        focused = QApplication.focusWidget()
        if focused is not None and self.isAncestorOf(focused) and self.profile:
            return  # what the user is typing is not replaced under the cursor
        self.profile = profile
        for key, edit in self.edits.items():
            edit.setText(profile.get(key, ""))
        self.logo_path = None
        self._show_logo(co.logo_bytes(profile))

    def _show_logo(self, data: bytes | None) -> None:
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.logo.setPixmap(
                pixmap.scaled(
                    160, 60, Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )  # fmt: skip
        else:
            self.logo.setPixmap(QPixmap())
            self.logo.setText(self.tr("No logo"))

    # -- saving ------------------------------------------------------------------------------
    def choose_logo(self, path: str | None = None) -> None:
        """Choose a logo image (``""``: none); it is checked and kept with Save."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Logo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
            )
            if not path:
                return
        self.logo_path = path
        self._show_logo(_read(path) if path else None)
        self.status.setText(self.tr("Save to keep the new logo."))

    def typed(self) -> dict[str, str]:
        values = {key: edit.text() for key, edit in self.edits.items()}
        if self.logo_path is not None:
            values["logo"] = self.logo_path
        return values

    def save(self) -> None:
        def saved(profile: dict[str, str]) -> None:
            self.profile = {}
            self._show(profile)
            self.status.setText(self.tr("Saved."))

        def refused(exc: BaseException) -> None:
            key = getattr(exc, "key", None)
            if isinstance(exc, co.CompanyError) and key in self.problems():
                self.status.setText(self.problems()[key])
                edit = self.edits.get(str(key))
                if edit is not None:
                    edit.setFocus()
                    edit.selectAll()
                return
            from ui.messages import Messages

            self.status.setText(Messages(self).failure(exc))

        self.ops.submit(
            co.save_company_profile, self.typed(), owner=self, done=saved, failed=refused
        )


def _read(path: str) -> bytes | None:
    try:
        with open(path, "rb") as f:
            return f.read(co.LOGO_LIMIT + 1)
    except OSError:
        return None
