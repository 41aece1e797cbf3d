"""No key is bound twice where both bindings are live at once: Qt then runs neither
and logs "Ambiguous shortcut overload" (Ctrl+F on Accounts did nothing). A binding is
live while its widget is visible (Qt's rule); window-wide ones clash with any other of
the same key, scoped ones with another on the same widget or one nested in it."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu, QWidget

from ui.main_window import SCREENS

WINDOW_WIDE = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)


def _live(window) -> dict[str, list[tuple[str, Qt.ShortcutContext, QWidget]]]:
    found: dict[str, list[tuple[str, Qt.ShortcutContext, QWidget]]] = defaultdict(list)

    def add(key: str, name: str, context: Qt.ShortcutContext, owner: object) -> None:
        if key and isinstance(owner, QWidget) and owner.isVisible() and owner.isEnabled():
            found[key].append((name, context, owner))

    for shortcut in window.findChildren(QShortcut):
        if shortcut.isEnabled():
            add(shortcut.key().toString(), "QShortcut", shortcut.context(), shortcut.parent())
    for action in window.findChildren(QAction):
        if not action.isEnabled():
            continue
        # an action of the menu bar's menus is live while the window is (Qt's rule)
        owners = [
            window if isinstance(w, QMenu) else w
            for w in action.associatedObjects()
            if isinstance(w, QWidget)
        ]
        for sequence in action.shortcuts():
            for owner in owners or [action.parent()]:
                add(sequence.toString(), action.text(), action.shortcutContext(), owner)
    return found


def _clashes(window, where: str) -> list[tuple[str, str, list[str]]]:
    out = []
    for key, bound in _live(window).items():
        wide = [b for b in bound if b[1] in WINDOW_WIDE]
        owners = {id(b[2]) for b in bound}
        if wide and len(bound) > 1 and len(owners) > 1:
            out.append((where, key, [b[0] for b in bound]))
            continue
        scoped = [b for b in bound if b[1] not in WINDOW_WIDE]
        for i, (name, context, owner) in enumerate(scoped):
            for other_name, other_context, other in scoped[i + 1 :]:
                same = owner is other
                nested = owner.isAncestorOf(other) or other.isAncestorOf(owner)
                children = Qt.ShortcutContext.WidgetWithChildrenShortcut
                if same or (nested and children in (context, other_context)):
                    out.append((where, key, [name, other_name]))
    return out


def test_no_key_is_bound_twice(qtbot, window):
    clashes = []
    for screen in SCREENS:
        window.show_screen(screen)
        window.settle()
        clashes += _clashes(window, screen)
    window.open_account(window.accounts.model.account_id(0))
    window.settle()
    for name in window.card._pages:  # every tab: their shortcuts exist once built
        window.card.show_tab(name)
        window.settle()
        clashes += _clashes(window, f"card/{name}")
    assert not clashes, clashes
    find = QKeySequence(QKeySequence.StandardKey.Find).toString()
    window.show_screen("accounts")
    window.settle()
    assert len(_live(window)[find]) == 1  # one Ctrl+F: the Go menu's "Find account"
