"""The window's message table for what went wrong: database problems (``core.problems``)
and the validation codes of ``core``, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QObject

from core.problems import Problem, problem


class Messages(QObject):
    def problem(self, p: Problem) -> str:
        return {
            "busy": self.tr(
                "The database is busy: another program or a colleague is writing to it."
            ),
            "read_only": self.tr("The database file is read-only: Fieldbook cannot save to it."),
            "damaged": self.tr(
                "The database file is damaged; restore it from a copy in the backups folder."
            ),
            "disk_full": self.tr("The disk is full: nothing was saved."),
            "unreachable": self.tr("The database server cannot be reached."),
        }.get(p.code, p.message)

    def failure(self, exc: BaseException) -> str:
        """One sentence for the user about ``exc``."""
        p = problem(exc)
        if p is not None:
            return self.problem(p)
        if getattr(exc, "code", None) is not None:
            from ui.account_card.words import Words

            return Words(self).error(exc)  # type: ignore[arg-type]
        return f"{type(exc).__name__}: {exc}"
