"""The actions of a main window by id (:class:`ActionCollection`), what a menu's layout is,
and whether a module a menu item needs is in this checkout."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from app.ui.icons import icon

Layout = list[str | None]
Shortcut = QKeySequence.StandardKey | str | None


def available(module: str) -> bool:
    """Whether a module (another view or dialog) exists in this checkout."""
    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:
        return False
    except ValueError:  # already imported without a spec (a test double)
        return True


class ActionCollection:
    """The actions of one window by id; editing actions switch off for read-only files."""

    def __init__(self, parent: QWidget) -> None:
        self._parent = parent
        self._actions: dict[str, QAction] = {}
        self._editing: set[str] = set()
        # editing actions that are also off while their condition says so (Undo: nothing to undo)
        self._conditions: dict[str, Callable[[], bool]] = {}
        # actions greyed while the window's state refuses them, and why (empty: they can run)
        self._refusals: dict[str, Callable[[], str]] = {}
        self._tips: dict[str, tuple[str, str]] = {}  # their own tool and status tips
        # why an action switched off by :meth:`enable` is (Paste on the Usage view)
        self._off: dict[str, str] = {}

    def add(
        self,
        action_id: str,
        text: str,
        slot: Callable[[], object] | None = None,
        shortcut: Shortcut = None,
        *,
        tip: str = "",
        editing: bool = False,
        icon_name: str = "",
    ) -> QAction:
        """Create an action (``editing``: it changes the plan)."""
        action = QAction(text, self._parent)
        action.setObjectName(action_id)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        if icon_name:
            action.setIcon(icon(icon_name))
        if slot is not None:
            action.triggered.connect(lambda _checked=False: slot())
        return self.put(action_id, action, editing=editing)

    def put(
        self,
        action_id: str,
        action: QAction,
        *,
        editing: bool = False,
        available: Callable[[], bool] | None = None,
    ) -> QAction:
        """Register an action made elsewhere (undo/redo come from the undo stack).

        ``available``: for an action that enables itself (Undo follows its stack),
        what it says; switching read-only off then leaves it as that says.
        """
        if action_id in self._actions:
            raise ValueError(f"duplicate action id {action_id}")
        action.setObjectName(action_id)
        self._actions[action_id] = action
        if editing:
            self._editing.add(action_id)
        if available is not None:
            self._conditions[action_id] = available
        return action

    def __getitem__(self, action_id: str) -> QAction:
        return self._actions[action_id]

    def __contains__(self, action_id: object) -> bool:
        return action_id in self._actions

    def ids(self) -> list[str]:
        """All action ids, in creation order."""
        return list(self._actions)

    def refuse_when(self, action_id: str, reason: Callable[[], str]) -> None:
        """Grey an action while ``reason`` says why it cannot run now (empty: it can), as MS
        Project greys Indent on a grouped sheet; its tooltip and status tip then say why."""
        action = self._actions[action_id]
        self._refusals[action_id] = reason
        self._tips[action_id] = (action.toolTip(), action.statusTip())

    def is_editing(self, action_id: str) -> bool:
        """Whether an action changes the plan (off while the file is read-only)."""
        return action_id in self._editing

    def refused(self, action_id: str) -> str:
        """Why an action cannot run now (empty when nothing refuses it)."""
        off = self._off.get(action_id)
        if off is not None:
            return off
        reason = self._refusals.get(action_id)
        return "" if reason is None else reason()

    def enable(self, action_id: str, on: bool, off_why: str = "") -> None:
        """Switch an action on or off; on means on only when nothing refuses it now.
        ``off_why``: why it is off (its tips then say so, as a refusal's do)."""
        action = self._actions[action_id]
        self._off.pop(action_id, None)
        if not on and off_why:
            self._off[action_id] = off_why
            self._tips.setdefault(action_id, (action.toolTip(), action.statusTip()))
        why = self.refused(action_id) if on or off_why else ""
        action.setEnabled(on and not why)
        if action_id in self._tips:
            tool_tip, status_tip = self._tips[action_id]
            action.setToolTip(f"{tool_tip}: {why}" if why else tool_tip)
            action.setStatusTip(why[:1].upper() + why[1:] if why else status_tip)

    def set_read_only(self, read_only: bool) -> None:
        """Switch the editing actions off (or on again)."""
        for action_id in self._editing:
            condition = self._conditions.get(action_id)
            self.enable(action_id, not read_only and (condition is None or condition()))
