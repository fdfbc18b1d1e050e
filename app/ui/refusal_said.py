"""A greyed menu command says why it cannot run now when the user lands on it, by mouse or
by key, not only in a hover tooltip (tester s30xk): keyboard and screen-reader users never
see a tooltip.

* In every menu the arrow keys stop on a greyed command too, as in MS Project on Windows
  (the application's Fusion style skips greyed items, so the keyboard never reached them);
* landing on one shows ``Indent Task: select the tasks to indent first`` in its window's
  status bar, which also has a screen reader say it (:mod:`app.ui.status_said`). The reason
  is the one :meth:`ActionCollection.refuse_when` greys the command for, or that the plan is
  open read-only; a command greyed for no reason the window knows says nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMenu,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QWidget,
)

from app.ui.action_collection import ActionCollection
from app.ui.status_said import SaidStatusBar

_DONE = "gantry_refusal_said"  # a menu's property: it stops on greyed commands and says why
READ_ONLY = "the plan is open read-only"
_ACTIVE = QPalette.ColorGroup.Active  # the highlight as on a command that can run, not greyed


class _GreyedReachable(QProxyStyle):
    """The application's style, with a menu's greyed items reachable by the arrow keys."""

    def styleHint(
        self,
        hint: QStyle.StyleHint,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
        return_data: object = None,
    ) -> int:
        if hint == QStyle.StyleHint.SH_Menu_AllowActiveAndDisabled:
            return 1
        return super().styleHint(hint, option, widget, return_data)  # type: ignore[arg-type]

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        """A greyed item the keys stopped on is framed in the highlight colour (the style
        highlights only the commands that can run)."""
        super().drawControl(element, option, painter, widget)
        state = option.state
        greyed = not state & QStyle.StateFlag.State_Enabled
        reached = bool(state & QStyle.StateFlag.State_Selected)  # the keys stopped on it
        if element == QStyle.ControlElement.CE_MenuItem and greyed and reached:
            painter.save()
            painter.setPen(QPen(option.palette.color(_ACTIVE, QPalette.ColorRole.Highlight), 2))
            painter.drawRect(option.rect.adjusted(1, 1, -2, -2))
            painter.restore()


def greyed_reason(window: QWidget, action: QAction) -> str:
    """Why ``window`` greys ``action`` now (empty: it is not greyed, or for no known reason)."""
    if action.isEnabled():
        return ""
    actions = getattr(window, "action_collection", None)
    if not isinstance(actions, ActionCollection) or action.objectName() not in actions:
        return ""
    action_id = action.objectName()
    if actions[action_id] is not action:
        return ""
    why = actions.refused(action_id)
    if not why and actions.is_editing(action_id):
        document = getattr(window, "document", None)
        if getattr(document, "read_only", False):
            why = READ_ONLY
    return why


def _window_of(menu: QMenu) -> QMainWindow | None:
    parent = menu.parentWidget()
    window = parent.window() if parent is not None else QApplication.activeWindow()
    return window if isinstance(window, QMainWindow) else None


def _say(menu: QMenu, action: QAction) -> None:
    window = _window_of(menu)
    if window is None:
        return
    why = greyed_reason(window, action)
    bar = window.statusBar()
    if why and isinstance(bar, SaidStatusBar):
        name = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        bar.showMessage(f"{name.rstrip('.…')}: {why}")


def _said_later(menu: QMenu, action: QAction) -> None:
    """Said once Qt has shown the command's own status tip, which it sends after ``hovered``."""
    if not action.isEnabled():
        QTimer.singleShot(
            0, menu, lambda: _say(menu, action) if menu.activeAction() is action else None
        )


class _RefusalSaid(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._style = _GreyedReachable()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QMenu)
            and not watched.property(_DONE)
        ):
            watched.setProperty(_DONE, True)
            watched.setStyle(self._style)
            watched.hovered.connect(lambda action, menu=watched: _said_later(menu, action))
        return False


_installed: list[_RefusalSaid] = []


def install_refusal_said() -> None:
    """Have every menu of the application reach its greyed commands and say why they are."""
    app = QApplication.instance()
    if app is None or _installed:
        return
    said = _RefusalSaid(app)
    app.installEventFilter(said)
    _installed.append(said)
