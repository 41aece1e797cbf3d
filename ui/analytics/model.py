"""A segment table as a Qt model: values formatted for the locale, subtotals and the
total in bold, numbers right-aligned."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from core.analytics.present import column_kind
from ui.analytics.labels import column_label, segment_label
from ui.formatting import money, number, percent

if TYPE_CHECKING:
    from core.analytics.segments import SegmentTable

Index = QModelIndex | QPersistentModelIndex
ACCOUNTS_ROLE = Qt.ItemDataRole.UserRole + 1
DECIMALS = {"check_depth": 2, "checks_per_client": 2, "deals_per_client": 2, "diversity": 2}


def format_value(key: str, value: Any) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return ""
    kind = column_kind(key)
    if kind == "money":
        return money(value)
    if kind == "share":
        return percent(value)
    if kind == "int":
        return number(int(value))
    if kind == "text":
        return str(value)
    return number(value, DECIMALS.get(key, 1 if key == "capacity_units" else 0))


class SegmentTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._table: SegmentTable | None = None
        self._rows: list[dict[str, Any]] = []
        self._keys: list[str] = []
        self._shown: list[list[str]] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_table(self, table: SegmentTable | None) -> None:
        self.beginResetModel()
        self._table = table
        self._rows = [*table.rows, table.total] if table else []
        self._keys = ["segment", *table.columns] if table else []
        self._shown = [[self._text(row, key) for key in self._keys] for row in self._rows]
        self.endResetModel()

    def _text(self, row: dict[str, Any], key: str) -> str:
        if key == "segment":
            text = segment_label(str(row["segment"]))
            dsl_cell = self._table is not None and self._table.kind == "dsl"
            return ("    " + text) if dsl_cell and not row.get("level") else text
        return format_value(key, row.get(key))

    def bold_font(self) -> QFont:
        """The font of the total and level rows (the widest a cell is drawn in)."""
        return self._bold

    def widest(self, column: int) -> str:
        """The longest text of ``column`` (its header included): what it must fit."""
        texts = [r[column] for r in self._shown] + [column_label(self._keys[column])]
        return max(texts, key=len)

    def table(self) -> SegmentTable | None:
        return self._table

    def key(self, column: int) -> str:
        return self._keys[column]

    def row_data(self, row: int) -> dict[str, Any]:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._keys)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._keys):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column_label(self._keys[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        key = self._keys[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:  # formatted once, when the table came
            return self._shown[index.row()][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and key == "segment":
            count = len(row.get("accounts", ()))
            return self.tr("%1 accounts: double-click to list them").replace("%1", str(count))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column_kind(key) == "text":
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and row.get("level"):
            return self._bold
        if role == Qt.ItemDataRole.BackgroundRole and row.get("level") == 2:
            return QBrush(QColor(0, 0, 0, 18))
        if role == ACCOUNTS_ROLE:
            return list(row.get("accounts", ()))
        return None
