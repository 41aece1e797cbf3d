"""The account list as a Qt table model, with its own fast filter and sort.

A QSortFilterProxyModel calls back into Python for every row on every keystroke; at
20,000 accounts that is too slow. This model keeps one lower-case search text per
account and a sorted order, so a keystroke is one list comprehension over strings.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from core.accounts.filters import matches
from core.accounts.service import AccountRow
from core.markets import market_name
from core.selling.bcg import STRATEGIES
from ui.account_card.words import Words
from ui.analytics.labels import segment_label as behaviour_label
from ui.formatting import day, money, number, percent
from ui.messages import translate

Index = QModelIndex | QPersistentModelIndex
ACCOUNT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
DISPLAY, ALIGN, TOOLTIP = (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ToolTipRole
)  # fmt: skip
ROLES = frozenset({DISPLAY, ALIGN, TOOLTIP, ACCOUNT_ID_ROLE})
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

COLUMNS = (
    "name",
    "inn",
    "industry",
    "region",
    "manager",
    "revenue",
    "abc",
    "behaviour",
    "lifecycle",
    "bcg_strategy",
    "bant",
    "progress_level",
    "churn_risk",
    "days",
    "dm_contact",
)
LABEL_COLUMNS = {
    "abc", "behaviour", "lifecycle", "bcg_strategy", "bant", "progress_level", "churn_risk"
}  # fmt: skip
NUMERIC = {"revenue", "days", "bant", "progress_level", "churn_risk", "dm_contact"}
WIDTHS = (220, 90, 120, 120, 130, 112, 62, 90, 110, 150, 50, 64, 84, 64, 84)
UNSEARCHED = {"dsl_level", "churn_risk", "churn_reasons", "churn_loss"}


def row_search_text(rows: Sequence[AccountRow]) -> list[str]:
    """Each account's own searchable text (name, INN, region, manager), lower case.
    Pure Python: the window prepares it off the GUI thread with the rows."""
    return [
        " ".join(filter(None, (r.name, r.inn, r.region, r.manager, _source_tokens(r.lead_source))))
        .lower()
        .replace("ё", "е")
        for r in rows
    ]


# the lead source in the filter: «source:event» or «источник:мероприятие»
RU_SOURCES = {
    "search": "поиск", "event": "мероприятие", "referral": "рекомендация", "website": "сайт",
    "email": "рассылка", "cold_call": "холодный_звонок", "partner": "партнёр", "other": "другое",
}  # fmt: skip


def _source_tokens(code: str | None) -> str | None:
    if not code:
        return None
    return f"source:{code} источник:{RU_SOURCES.get(code, code)}"


# the label filter in Russian too: «поведение:потерянные» finds what behaviour:lost does
RU_KEYS = {
    "behaviour": "поведение", "lifecycle": "цикл", "bcg_strategy": "стратегия",
    "persona": "персона", "progress_level": "прогресс",
}  # fmt: skip
RU_VALUES = {
    "behaviour": {"new": "новые", "lost": "потерянные", "falling": "падающие",
                  "growing": "растущие", "stable": "стабильные", "returned": "вернувшиеся",
                  "dormant": "спящие", "prospect": "потенциальные"},
    "lifecycle": {"reach": "привлечение", "react": "первые", "reengage": "возврат",
                  "refresh": "развитие"},
    "bcg_strategy": {"strengthen": "укрепление", "invest": "инвестиции",
                     "invest_selectively": "выборочно", "protect_focus": "защита_фокус",
                     "protect_position": "защита_позиций", "minimise_harvest": "минимизация",
                     "harvest": "урожай", "consider_ending": "завершение"},
    "persona": {"new": "новые", "best": "лучшие", "stingy": "жмоты",
                "not_stably_best": "несистемные", "expensive_little": "дорого_мало",
                "normal": "нормальные"},
}  # fmt: skip


def _tokens(key: str, value: Any) -> str:
    english = f"{key}:{value}"
    ru_key = RU_KEYS.get(key, key)
    ru_value = RU_VALUES.get(key, {}).get(str(value), value)
    if (ru_key, ru_value) == (key, value):
        return english
    return f"{english} {ru_key}:{ru_value}"


@dataclass(frozen=True)
class NameOrder:
    """The rows' sort keys by name (the normalised name first) and the order they give,
    A to Z: the list's default sort, made off the GUI thread with the rows."""

    keys: list[tuple[str, str]]
    ascending: list[int]


def name_order(rows: Sequence[AccountRow]) -> NameOrder:
    keys = [(r.name_norm or r.name.lower(), r.name) for r in rows]
    return NameOrder(keys, sorted(range(len(keys)), key=keys.__getitem__))


def label_search_text(labels: dict[str, dict[str, Any]]) -> dict[str, str]:
    """Each account's labels as searchable ``key:value`` tokens (``abc:a``,
    ``behaviour:lost``, and in Russian ``поведение:потерянные``), lower case; prepared
    off the GUI thread with the labels."""
    return {
        account: " ".join(
            _tokens(k, v) for k, v in own.items() if v is not None and k not in UNSEARCHED
        )
        .lower()
        .replace("ё", "е")
        for account, own in labels.items()
        if own
    }


class AccountsModel(QAbstractTableModel):
    def __init__(self, language: str = "en", parent: Any = None) -> None:
        super().__init__(parent)
        self._language = language
        self._rows: list[AccountRow] = []
        self._haystack: list[str] = []  # per row: what a search looks in (made when needed)
        self._by_name: NameOrder | None = None  # the rows' order by name (made when needed)
        self._row_text: list[str] = []  # per row: name, INN, region, manager
        self._label_text: dict[str, str] = {}  # per account: its label tokens
        self._industry: list[str] = []
        self._order: list[int] = []  # every row, in the current sort order
        self._visible: list[int] = []  # the rows that pass the filter, in sort order
        self._needles: list[str] = []
        self._sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder)
        self._labels: dict[str, dict[str, Any]] = {}
        self._subset: set[str] | None = None  # a drill-down: only these account ids
        self._view: tuple[str, str | None, date] = ("all", None, date.today())
        self._in_view: list[bool] | None = None  # per row, when a view other than "all"
        self._words = Words(self)
        self._meetings: dict[str, tuple[bool, date | None]] = {}  # account → ЛПР, last met
        self._titles: list[str] | None = None  # the column titles (the model lives in one
        # language: a switch builds the screens again)

    # -- data in -------------------------------------------------------------------------
    def set_rows(
        self,
        rows: Sequence[AccountRow],
        search: list[str] | None = None,
        by_name: NameOrder | None = None,
    ) -> None:
        """The accounts; ``search`` is their ``row_search_text`` and ``by_name`` their
        ``name_order``, if already prepared (off the GUI thread)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._row_text = search if search is not None else row_search_text(self._rows)
        names = {code: market_name(code, self._language) for code in {r.industry for r in rows}}
        self._industry = [names[r.industry] for r in self._rows]
        self._by_name = by_name if by_name is not None and len(by_name.keys) == len(rows) else None
        self._index()
        self._in_view = self._view_rows()
        self._order = self._sorted_order(*self._sort)
        self._visible = self._apply_filter(self._order)
        self.endResetModel()

    def update_rows(self, rows: Sequence[AccountRow], search: list[str]) -> bool:
        """Put new versions of some accounts in place (an account's fields were saved):
        the other 20,000 rows are not read again. False when one of them is not in the
        list (a new account): the caller reads the whole list instead."""
        where = {r.id: i for i, r in enumerate(self._rows)}
        if any(r.id not in where for r in rows):
            return False
        self.beginResetModel()
        for row, text in zip(rows, search, strict=True):
            i = where[row.id]
            self._rows[i] = row
            self._row_text[i] = text
            self._industry[i] = market_name(row.industry, self._language)
        self._by_name = None  # a name may have changed: the sort keys are made again
        self._index()
        self._in_view = self._view_rows()
        self._order = self._sorted_order(*self._sort)
        self._visible = self._apply_filter(self._order)
        self.endResetModel()
        return True

    def _index(self) -> None:
        """Forget the search texts: they are made again when a search needs them (a list
        of 20,000 rows is reset after every save, and is searched far less often)."""
        self._haystack = []

    def _hay(self) -> list[str]:
        if len(self._haystack) != len(self._rows):
            tokens = self._label_text
            self._haystack = [
                f"{text} {tokens.get(r.id, '')}"
                for r, text in zip(self._rows, self._row_text, strict=True)
            ]
        return self._haystack

    def set_labels(
        self, labels: dict[str, dict[str, Any]], search: dict[str, str] | None = None
    ) -> None:
        """The segment labels of the accounts (from the analytics), shown and searchable
        as ``abc:a``, ``behaviour:lost``, ``kml:k1_m3_l3``…; ``search`` is their
        ``label_search_text`` if already prepared."""
        self._label_text = search if search is not None else label_search_text(labels)
        self.beginResetModel()
        self._labels = labels
        self._index()
        self._in_view = self._view_rows()
        self._order = self._sorted_order(*self._sort)
        self._visible = self._apply_filter(self._order)
        self.endResetModel()

    def set_subset(self, ids: list[str] | None) -> None:
        self.beginResetModel()
        self._subset = set(ids) if ids is not None else None
        self._visible = self._apply_filter(self._order)
        self.endResetModel()

    def set_meetings(self, meetings: dict[str, tuple[bool, date | None]]) -> None:
        """Whether each account has an ЛПР and the last activity with one (read after
        the list is shown: it is a query of its own). The selection stays unless the
        rows shown depend on them."""
        column = COLUMNS.index("dm_contact")
        self._meetings = meetings
        if self._view[0] != "no_decision_maker_contact" and self._sort[0] != column:
            if self._visible:
                last = len(self._visible) - 1
                self.dataChanged.emit(self.index(0, column), self.index(last, column))
            return
        self.beginResetModel()
        self._in_view = self._view_rows()
        self._order = self._sorted_order(*self._sort)
        self._visible = self._apply_filter(self._order)
        self.endResetModel()

    def meeting(self, account_id: str) -> tuple[bool, date | None]:
        return self._meetings.get(account_id, (False, None))

    def set_view(self, view: str, manager: str | None = None, today: date | None = None) -> None:
        """One of the standard views of core.accounts.filters (``all``, ``mine``…)."""
        self.beginResetModel()
        self._view = (view, manager, today or date.today())
        self._in_view = self._view_rows()
        self._visible = self._apply_filter(self._order)
        self.endResetModel()

    def _view_rows(self) -> list[bool] | None:
        view, manager, today = self._view
        if view == "all":
            return None
        labels, meetings, none = self._labels, self._meetings, (False, None)
        return [
            matches(view, r, labels.get(r.id, {}), today, manager, meetings.get(r.id, none))
            for r in self._rows
        ]

    def row_of(self, account_id: str) -> int | None:
        """The visible row of an account, or None when it is filtered out."""
        for row, i in enumerate(self._visible):
            if self._rows[i].id == account_id:
                return row
        return None

    def subset_active(self) -> bool:
        return self._subset is not None

    def label(self, account_id: str, key: str) -> Any:
        return self._labels.get(account_id, {}).get(key)

    def headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("INN"),
            self.tr("Industry"),
            self.tr("Region"),
            self.tr("Manager"),
            self.tr("Revenue, 12 mo."),
            self.tr("ABC-XYZ"),
            self.tr("Behaviour"),
            self.tr("Lifecycle"),
            self.tr("BCG strategy"),
            self.tr("BANT"),
            self.tr("Progress"),
            self.tr("Risk"),
            self.tr("Days idle"),
            self.tr("ЛПР contact"),
        ]

    def header_tips(self) -> list[str]:
        return [
            self.tr("Account name; sorted without the legal form"),
            self.tr("Taxpayer number"),
            self.tr("Market (industry)"),
            self.tr("Region"),
            self.tr("Responsible manager"),
            self.tr("Revenue of the 12 months ending at the latest sale in the data"),
            self.tr("ABC by revenue and XYZ by stability (type abc:a to filter)"),
            self.tr("Purchase behaviour against the previous window (type behaviour:lost)"),
            self.tr("Lifecycle stage (4R) from the purchase behaviour"),
            self.tr("Strategy of the BCG matrix: relationship × attractiveness"),
            self.tr("Latest BANT total, 0–12 (9 and more: qualified)"),
            self.tr("Progress level of the development plan, 1–5"),
            self.tr(
                "Risk of leaving: the chance of no purchase within the horizon of Settings "
                "(90 days unless changed), from the company's own history; the reasons in "
                "the tooltip"
            ),
            self.tr("Days since the last purchase"),
            self.tr("Last activity with a decision maker (ЛПР); a dash: no ЛПР among the contacts"),
        ]

    # -- filter and sort -----------------------------------------------------------------
    def set_filter(self, text: str) -> None:
        needles = text.lower().replace("ё", "е").split()
        if needles == self._needles:
            return
        self.beginResetModel()
        self._needles = needles
        self._visible = self._apply_filter(self._order)
        self.endResetModel()

    def _apply_filter(self, order: list[int]) -> list[int]:
        if self._in_view is not None:
            in_view = self._in_view
            order = [i for i in order if in_view[i]]
        if self._subset is not None:
            subset, rows = self._subset, self._rows
            order = [i for i in order if rows[i].id in subset]
        needles = self._needles
        if not needles:
            return list(order)
        hay = self._hay()
        if len(needles) == 1:
            needle = needles[0]
            return [i for i in order if needle in hay[i]]
        return [i for i in order if all(n in hay[i] for n in needles)]

    def _key(self, column: int) -> Callable[[int], Any]:
        rows = self._rows
        name = COLUMNS[column]
        if name == "revenue":
            return lambda i: rows[i].revenue_kop or 0
        if name == "days":
            return lambda i: rows[i].days_since_purchase
        if name == "dm_contact":
            meetings = self._meetings
            return lambda i: meetings.get(rows[i].id, (False, None))[1]
        if name == "industry":
            return lambda i: self._industry[i].lower()
        if name == "name":
            return lambda i: (rows[i].name_norm or rows[i].name.lower(), rows[i].name)
        if name == "bcg_strategy":  # from "strengthen" to "consider ending"
            rank = {code: n for n, code in enumerate(STRATEGIES)}
            return lambda i: rank.get(self._labels.get(rows[i].id, {}).get(name) or "")
        if name in LABEL_COLUMNS:
            labels = self._labels
            return lambda i: labels.get(rows[i].id, {}).get(name)
        attr = {"inn": "inn", "region": "region", "manager": "manager"}[name]
        return lambda i: (getattr(rows[i], attr) or "").lower()

    def _sorted_order(self, column: int, order: Qt.SortOrder) -> list[int]:
        if COLUMNS[column] == "name":
            if self._by_name is None or len(self._by_name.keys) != len(self._rows):
                self._by_name = name_order(self._rows)  # kept while the rows are
            if order == Qt.SortOrder.AscendingOrder:
                return list(self._by_name.ascending)
            keys: list[Any] = self._by_name.keys
        else:
            key = self._key(column)
            keys = [key(i) for i in range(len(self._rows))]  # each key computed once
        present = [i for i, k in enumerate(keys) if k is not None]
        missing = [i for i, k in enumerate(keys) if k is None]
        present.sort(key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)
        return present + missing  # empty values last either way

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._order = self._sorted_order(column, order)
        self._visible = self._apply_filter(self._order)
        self.layoutChanged.emit()

    # -- Qt model API --------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def total_count(self) -> int:
        return len(self._rows)

    def rows(self) -> list[AccountRow]:
        return self._rows

    def name(self, row: int) -> str:
        return self._rows[self._visible[row]].name

    def account_id(self, row: int) -> str:
        return self._rows[self._visible[row]].id

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        # called for every role of every cell shown, at each paint: a role not given
        # here costs one look-up (the view asks ten of them per cell)
        if role not in ROLES or not index.isValid():
            return None
        at = index.row()
        if not 0 <= at < len(self._visible):
            return None
        i = self._visible[at]
        row = self._rows[i]
        name = COLUMNS[index.column()]
        if role == DISPLAY:
            return self._text(i, row, name)
        if role == ALIGN:
            return RIGHT if name in NUMERIC else None
        if role == TOOLTIP:
            if name == "churn_risk":
                said = self._labels.get(row.id, {}).get("churn_reasons") or []
                return "\n".join(translate(t) for t in said) or None
            return None if name in NUMERIC else self._text(i, row, name) or None  # the whole text
        return row.id  # ACCOUNT_ID_ROLE

    def _text(self, i: int, row: AccountRow, name: str) -> str:
        if name == "revenue":
            return money(row.revenue_kop) if row.revenue_kop else ""
        if name == "days":
            return number(row.days_since_purchase)
        if name == "industry":
            return self._industry[i]
        if name in LABEL_COLUMNS:
            own = self._labels.get(row.id)
            if not own:
                return ""
            if name == "abc":
                return (own.get("abc") or "") + (own.get("xyz") or "")
            value = own.get(name)
            if name == "behaviour":
                return behaviour_label(value) if value else ""
            if name == "lifecycle":
                return self._words.lifecycle(value) if value else ""
            if name == "bcg_strategy":
                return self._words.strategy(value) if value else ""
            if name == "bant":
                return number(value)
            if name == "progress_level":
                return number(value, 1)
            return percent(value, 0) if value is not None else ""  # churn_risk
        if name == "dm_contact":
            if not self._meetings:
                return ""  # not read yet
            has, met = self._meetings.get(row.id, (False, None))
            return day(met) if met else ("" if has else "—")
        return getattr(row, name) or ""

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            if self._titles is None:  # asked for at every paint: translated once
                self._titles = self.headers()
            return self._titles[section]
        if role == Qt.ItemDataRole.ToolTipRole and 0 <= section < len(COLUMNS):
            return self.header_tips()[section]
        in_range = 0 <= section < len(COLUMNS)
        if role == ALIGN and in_range and COLUMNS[section] in NUMERIC:
            return RIGHT
        return None
