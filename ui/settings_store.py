"""Typed access to the window's persistent settings (QSettings), defaults in one place."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = "Fieldbook"
APPLICATION = "Fieldbook"
LANGUAGES = ("system", "en", "ru")


class Settings:
    def __init__(self, settings: QSettings | None = None) -> None:
        self._s = settings or QSettings(ORGANISATION, APPLICATION)

    @property
    def language(self) -> str:
        value = str(self._s.value("ui/language", "system"))
        return value if value in LANGUAGES else "system"

    @language.setter
    def language(self, value: str) -> None:
        self._s.setValue("ui/language", value)

    @property
    def last_screen(self) -> str:
        return str(self._s.value("ui/last_screen", "accounts"))

    @last_screen.setter
    def last_screen(self, value: str) -> None:
        self._s.setValue("ui/last_screen", value)

    @property
    def geometry(self) -> QByteArray | None:
        value = self._s.value("ui/geometry")
        return value if isinstance(value, QByteArray) else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._s.setValue("ui/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        value = self._s.value("ui/window_state")
        return value if isinstance(value, QByteArray) else None

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._s.setValue("ui/window_state", value)

    @property
    def my_manager(self) -> str:
        """The user's name as the responsible manager in the data ("my accounts")."""
        return str(self._s.value("accounts/my_manager", "") or "")

    @my_manager.setter
    def my_manager(self, value: str) -> None:
        self._s.setValue("accounts/my_manager", value)

    database = ""  # the open database (its path or URL): saved filters belong to it

    def _filters_key(self) -> str:
        import hashlib

        digest = hashlib.sha1(self.database.encode("utf-8")).hexdigest()[:16]
        return f"accounts/saved_filters/{digest}"

    @property
    def saved_filters(self) -> str:
        """The user's own account filters of the open database, as JSON
        (core.accounts.filters). Filters saved before they were kept per database go
        to the first database opened."""
        key = self._filters_key()
        if not self._s.contains(key) and self._s.contains("accounts/saved_filters"):
            self._s.setValue(key, self._s.value("accounts/saved_filters"))
            self._s.remove("accounts/saved_filters")
        return str(self._s.value(key, "[]") or "[]")

    @saved_filters.setter
    def saved_filters(self, value: str) -> None:
        self._s.setValue(self._filters_key(), value)

    @property
    def hidden_account_columns(self) -> list[str]:
        value = self._s.value("accounts/hidden_columns", "")
        return [v for v in str(value or "").split(",") if v]

    @hidden_account_columns.setter
    def hidden_account_columns(self, value: list[str]) -> None:
        self._s.setValue("accounts/hidden_columns", ",".join(value))

    def sync(self) -> None:
        self._s.sync()
