"""Help > Gantry Help (F1) and Help > Keyboard Shortcuts: the user guide, offline.

The guide is ``resources/help/guide.html`` (bundled as the icons are); its
keyboard table is made from the window's own menus when the guide opens, so
it lists each command's real keys and never goes stale. F1 in a dialog opens
the same guide, above the dialog (a modal dialog would block a window beside it).
"""

from __future__ import annotations

import html
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.assets import resource_path

if TYPE_CHECKING:
    from app.ui.action_collection import ActionCollection, Layout
    from app.ui.main_window import MainWindow

GUIDE = ("help", "guide.html")
SHORTCUTS_ANCHOR = "shortcuts"
_TABLE_MARK = "<!-- shortcuts -->"  # where the guide takes the generated table
#: an action property naming where its key acts when that is not the whole window
KEYS_WHERE = "gantry_keys_where"
#: an action property: the heading of a key no menu item holds (the chart's Alt+Right)
KEYS_GROUP = "gantry_keys_group"
_WATCHING = "gantry_help_f1"  # the application property set once F1 is watched in dialogs


def menu_shortcuts(menu_bar_menus: list[QMenu]) -> list[tuple[str, str, str]]:
    """(menu path, command, keys) of every menu item with a key, in menu order: the keys as
    this computer writes them (``Ctrl+Shift+G``), several joined by "or"."""
    rows: list[tuple[str, str, str]] = []

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            if action.isSeparator():
                continue
            text = _plain(action.text())
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(sub, f"{path} > {text}")
                continue
            keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
            keys = [k for k in keys if k]
            if keys:
                where = action.property(KEYS_WHERE)  # a key that acts in one pane only
                said = " or ".join(keys) + (f" ({where})" if where else "")
                rows.append((path, text, said))

    for menu in menu_bar_menus:
        walk(menu, _plain(menu.title()))
    return rows


def window_keys(window: QWidget) -> list[tuple[str, str, str]]:
    """(heading, command, keys) of the window's keys that no menu item holds (those with a
    :data:`KEYS_GROUP`, as MS Project's Alt+Right scrolling the chart), in creation order."""
    rows = []
    for action in window.actions():
        group = action.property(KEYS_GROUP)
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
        if group and any(keys):
            rows.append((str(group), _plain(action.text()), " or ".join(k for k in keys if k)))
    return rows


def _plain(text: str) -> str:
    """A menu text without its mnemonic marks (``&Find…`` is "Find…", ``&&`` an "&")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def shortcuts_html(window: QMainWindow | None) -> str:
    """The keyboard table of a window's menus, as HTML rows grouped by menu, then the keys
    no menu item holds, under their heading."""
    if window is None:
        return "<p>Open the guide from a plan's window to see its keys.</p>"
    menus = [a.menu() for a in window.menuBar().actions()]
    by_menu = _rows_html(menu_shortcuts([m for m in menus if isinstance(m, QMenu)]))
    cells = [_heading("Menu"), *by_menu]
    elsewhere = window_keys(window)
    if elsewhere:  # not in a menu: under a heading of their own, not under "Menu"
        cells += ["<tr><td colspan=3></td></tr>", _heading("Where"), *_rows_html(elsewhere)]
    return f"<table cellspacing=0 cellpadding=3>{''.join(cells)}</table>"


def _heading(first: str) -> str:
    """A heading row of the keyboard table, ``first`` over the group column."""
    return (
        f"<tr><th align=left>{first}</th><th align=left>Command</th><th align=left>Keys</th></tr>"
    )


def _rows_html(rows: list[tuple[str, str, str]]) -> list[str]:
    """The table rows of (group, command, keys), each group named on its first row only."""
    cells = []
    last = ""
    for path, text, keys in rows:
        where = html.escape(path) if path != last else ""
        last = path
        cells.append(
            f"<tr><td>{where}</td><td>{html.escape(text)}</td>"
            f"<td><b>{html.escape(keys)}</b></td></tr>"
        )
    return cells


def guide_html(window: QMainWindow | None) -> str:
    """The whole guide: the bundled text with the window's keyboard table in place."""
    text = resource_path(*GUIDE).read_text(encoding="utf-8")
    return text.replace(_TABLE_MARK, shortcuts_html(window))


class HelpWindow(QWidget):
    """The guide in a window of its own, with a box to find a word in it."""

    def __init__(self, window: QMainWindow | None, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("help_window")
        self.setWindowTitle("Gantry Help")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("help_browser")
        self.browser.setOpenExternalLinks(False)  # offline: only the guide's own anchors
        self.browser.setHtml(guide_html(window))
        self.find_box = QLineEdit(self)
        self.find_box.setPlaceholderText("Find in the guide (Enter: next)")
        self.find_box.setClearButtonEnabled(True)
        self.find_box.returnPressed.connect(self.find_next)
        self.not_found = QLabel(self)
        row = QHBoxLayout()
        row.addWidget(self.find_box, 1)
        row.addWidget(self.not_found)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.browser)
        close = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        close.activated.connect(self.close)
        self.resize(780, 820)

    def show_at(self, anchor: str = "") -> None:
        """Show the guide (at a section's anchor), in front."""
        if anchor:
            self.browser.scrollToAnchor(anchor)
        else:
            self.browser.verticalScrollBar().setValue(0)
        self.show()
        self.raise_()
        self.activateWindow()

    def find_next(self) -> None:
        """Go to the next place the find box's text is in the guide, wrapping at the end."""
        text = self.find_box.text().strip()
        if not text:
            return
        found = self.browser.find(text)
        if not found:  # from the top again
            cursor = self.browser.textCursor()
            cursor.movePosition(cursor.MoveOperation.Start)
            self.browser.setTextCursor(cursor)
            found = self.browser.find(text, QTextDocument.FindFlag(0))
        self.not_found.setText("" if found else "Not in the guide")


def show_help(window: QMainWindow | None, anchor: str = "", over: QWidget | None = None) -> None:
    """Open the guide of ``window`` (at ``anchor``); ``over``: a dialog to show it above,
    as a modal dialog blocks every other window."""
    parent = over if over is not None else window
    direct = Qt.FindChildOption.FindDirectChildrenOnly  # not one above a dialog of it
    shown = parent.findChild(HelpWindow, "help_window", direct) if parent is not None else None
    if not isinstance(shown, HelpWindow):
        shown = HelpWindow(window, parent)
    shown.show_at(anchor)


def _plan_window(widget: QWidget | None) -> QMainWindow | None:
    """The plan window a dialog belongs to (else any open plan window)."""
    while widget is not None:
        if isinstance(widget, QMainWindow) and hasattr(widget, "action_collection"):
            return widget
        widget = widget.parentWidget()
    for top in QApplication.topLevelWidgets():
        if isinstance(top, QMainWindow) and hasattr(top, "action_collection"):
            return top
    return None


def _watch_dialog(_old: QWidget | None, now: QWidget | None) -> None:
    """Give a dialog taking the focus its own F1 (once): the window's F1 does not reach it."""
    if now is None:
        return
    top = now.window()
    if not isinstance(top, QDialog) or top.property(_WATCHING):  # a plan window has its own
        return
    top.setProperty(_WATCHING, True)
    f1 = QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), top)
    f1.activated.connect(partial(_help_from_dialog, top))


def _help_from_dialog(dialog: QDialog) -> None:
    modal = dialog.isModal() or dialog.windowModality() != Qt.WindowModality.NonModal
    window = _plan_window(dialog.parentWidget())
    show_help(window, over=dialog if modal or window is None else None)


def add_help_actions(window: MainWindow, actions: ActionCollection) -> Layout:
    """Help > Gantry Help (F1) and Keyboard Shortcuts; F1 in dialogs too."""
    guide = actions.add(
        "help_contents",
        "Gantry &Help",
        partial(show_help, window),
        QKeySequence.StandardKey.HelpContents,
        tip="The user guide: views, typing tasks, links, progress, exchange, printing, keys",
    )
    guide.setMenuRole(QAction.MenuRole.NoRole)
    actions.add(
        "help_shortcuts",
        "&Keyboard Shortcuts",
        partial(show_help, window, SHORTCUTS_ANCHOR),
        tip="Every command's keys, as this window's menus have them",
    )
    app = QApplication.instance()
    if isinstance(app, QApplication) and not app.property(_WATCHING):
        app.setProperty(_WATCHING, True)
        app.focusChanged.connect(_watch_dialog)
    return ["help_contents", "help_shortcuts", None]
