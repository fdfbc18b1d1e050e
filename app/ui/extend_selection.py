"""F8 Extend selection and Shift+F8 Add to selection, as MS Project's and Excel's sheets have
them, on any item view that selects several rows (the task sheet, the Risks register).

F8 turns extend mode on: the arrows, Home, End, Page Up and Page Down then extend the
selection from its anchor as they do with Shift held, and a click extends to the row
clicked; F8 again or Esc turns it off. Shift+F8 turns add mode on: the arrows and Page keys
move the current cell leaving the selection as it is, Shift+arrows (or F8, then arrows)
then add a range from there to it. The status bar says "Extend selection" or "Add to
selection" while either is on. Leaving the view (another pane, a dialog) turns it off.

A view that selects one row at a time says so in the status bar instead (none does since
the Team roster selects several, as the Resource Sheet does).
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QMainWindow, QStatusBar

STATUS_LABEL = "status_extend_selection"  # the status bar's label, one per window
_MESSAGE_MS = 4000
# What F8 says on a view that selects one row at a time (every view it is on selects several).
_SINGLE_NOTE = "This list selects one row at a time: F8 has nothing to extend"
_Key = Qt.Key
_Mod = Qt.KeyboardModifier
# Keys that extend in extend mode (with or without Ctrl, as Shift+Ctrl+End extends to the end).
_EXTENDING = frozenset(
    {
        _Key.Key_Up,
        _Key.Key_Down,
        _Key.Key_Left,
        _Key.Key_Right,
        _Key.Key_Home,
        _Key.Key_End,
        _Key.Key_PageUp,
        _Key.Key_PageDown,
    }
)
# Keys that move the current cell alone in add mode: Qt's Ctrl+key leaves the selection
# as it is for these (Ctrl+Home and Ctrl+End go elsewhere in the sheet, so not those).
_MOVING = frozenset(
    {_Key.Key_Up, _Key.Key_Down, _Key.Key_Left, _Key.Key_Right, _Key.Key_PageUp, _Key.Key_PageDown}
)
# Leaving the view for a menu or another application keeps the mode, as Excel keeps it.
_KEPT_ON_FOCUS_OUT = (Qt.FocusReason.PopupFocusReason, Qt.FocusReason.ActiveWindowFocusReason)


class SelectionMode(Enum):
    """What the arrows do to the selection."""

    OFF = ""
    EXTEND = "Extend selection"
    ADD = "Add to selection"


class ExtendSelection(QObject):
    """F8's and Shift+F8's modes on one item view (an event filter on it and its viewport)."""

    sig_mode_changed = Signal(object)  # the SelectionMode now on

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.setObjectName("extend_selection")
        self.view = view
        # Kept: the filter is asked about events while the view is being destroyed, when
        # calling it (viewport()) would crash; only the events it acts on call it.
        self._viewport = view.viewport()
        self.mode = SelectionMode.OFF
        self._anchor = QPersistentModelIndex()  # the current cell when extend mode began
        self._swallow_release = False  # a click extended: its release is not Qt's to take
        view.installEventFilter(self)
        self._viewport.installEventFilter(self)

    # ------------------------------------------------------------------ the mode

    def set_mode(self, mode: SelectionMode) -> None:
        """Turn a mode on (or OFF), saying it in the window's status bar."""
        if mode is not SelectionMode.OFF and not self._selects_many():
            bar = self._status_bar()
            if bar is not None:
                bar.showMessage(_SINGLE_NOTE, _MESSAGE_MS)
            mode = SelectionMode.OFF
        if mode is SelectionMode.ADD:
            self._keep_selection()
        if mode is self.mode:
            return
        if mode is SelectionMode.EXTEND:  # where a click extends from, as Excel's F8 anchor
            self._anchor = QPersistentModelIndex(self.view.currentIndex())
        self.mode = mode
        label = self._label()
        if label is not None:
            label.setText(mode.value)
            label.setVisible(mode is not SelectionMode.OFF)
        self.sig_mode_changed.emit(mode)

    def toggle(self, mode: SelectionMode) -> None:
        """F8 or Shift+F8: that mode on, or off when it is on already."""
        self.set_mode(SelectionMode.OFF if self.mode is mode else mode)

    def _selects_many(self) -> bool:
        return self.view.selectionMode() in (
            QAbstractItemView.SelectionMode.ExtendedSelection,
            QAbstractItemView.SelectionMode.MultiSelection,
        )

    def _keep_selection(self) -> None:
        """Make the selection so far stay when the next Shift+key selects a range: Qt's
        Shift+key replaces the range it last selected, not what was selected before it."""
        selection = self.view.selectionModel()
        if selection is not None:
            selection.select(QItemSelection(), QItemSelectionModel.SelectionFlag.Select)

    def _status_bar(self) -> QStatusBar | None:
        window = self.view.window()
        return window.statusBar() if isinstance(window, QMainWindow) else None

    def _label(self) -> QLabel | None:
        """The window's "Extend selection" label (made on first use, shared by its views)."""
        bar = self._status_bar()
        if bar is None:
            return None
        label = bar.findChild(QLabel, STATUS_LABEL)
        if label is None:
            label = QLabel()
            label.setObjectName(STATUS_LABEL)
            label.setToolTip("F8 or Esc turns it off")
            bar.insertPermanentWidget(0, label)
            label.hide()
        return label

    # ------------------------------------------------------------------ keys and clicks

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """F8, Shift+F8 and Esc set the mode; keys and clicks in a mode extend or move."""
        if "view" not in self.__dict__:  # Python's half is gone while Qt's still asks (teardown)
            return False
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and watched is self._viewport:
            return isinstance(event, QMouseEvent) and self._click(event)
        if kind == QEvent.Type.MouseButtonRelease and self._swallow_release:
            self._swallow_release = False
            return watched is self._viewport
        if kind == QEvent.Type.FocusOut and self.mode is not SelectionMode.OFF:
            assert isinstance(event, QFocusEvent)
            if watched is self.view and event.reason() not in _KEPT_ON_FOCUS_OUT:
                self.set_mode(SelectionMode.OFF)
            return False
        if watched is not self.view or not isinstance(event, QKeyEvent):
            return False
        editing = self.view.state() == QAbstractItemView.State.EditingState
        if editing or kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return False
        own = self._own_key(event)
        if kind == QEvent.Type.ShortcutOverride:
            if own:  # before a window shortcut on the same key
                event.accept()
                return True
            return False
        if own:
            self._press(event)
            return True
        return self._move(event)

    def _own_key(self, event: QKeyEvent) -> bool:
        """F8, Shift+F8, and Esc while a mode is on."""
        modifiers = event.modifiers() & ~_Mod.KeypadModifier
        if event.key() == _Key.Key_F8:
            return modifiers in (_Mod.NoModifier, _Mod.ShiftModifier)
        return (
            event.key() == _Key.Key_Escape
            and modifiers == _Mod.NoModifier
            and self.mode is not SelectionMode.OFF
        )

    def _press(self, event: QKeyEvent) -> None:
        if event.key() == _Key.Key_Escape:
            self.set_mode(SelectionMode.OFF)
        elif event.modifiers() & _Mod.ShiftModifier:
            self.toggle(SelectionMode.ADD)
        else:
            self.toggle(SelectionMode.EXTEND)

    def _move(self, event: QKeyEvent) -> bool:
        """An arrow in a mode: sent on as Shift+arrow (extend) or Ctrl+arrow (add)."""
        modifiers = event.modifiers()
        if self.mode is SelectionMode.EXTEND and event.key() in _EXTENDING:
            if modifiers & (_Mod.ShiftModifier | _Mod.AltModifier):
                return False
            added = _Mod.ShiftModifier
        elif self.mode is SelectionMode.ADD and event.key() in _MOVING:
            if modifiers & ~_Mod.KeypadModifier:
                return False  # Shift+arrow adds a range from here, as Qt selects it
            added = _Mod.ControlModifier
        else:
            return False
        sent = QKeyEvent(
            QEvent.Type.KeyPress,
            event.key(),
            modifiers | added,
            event.text(),
            event.isAutoRepeat(),
            event.count(),
        )
        QApplication.sendEvent(self.view, sent)
        return True

    def _click(self, event: QMouseEvent) -> bool:
        """A plain click in extend mode selects from where the mode began to the cell
        clicked, as Shift+click does from the last cell clicked."""
        plain = event.modifiers() == _Mod.NoModifier
        if self.mode is not SelectionMode.EXTEND or not plain:
            return False
        view = self.view
        index = view.indexAt(event.position().toPoint())
        anchor = self._anchor
        if event.button() != Qt.MouseButton.LeftButton or not index.isValid():
            return False
        if not anchor.isValid() or anchor.model() is not index.model():
            return False
        model = index.model()
        rows = sorted((anchor.row(), index.row()))
        columns = sorted((anchor.column(), index.column()))
        cells = QItemSelection(
            model.index(rows[0], columns[0], index.parent()),
            model.index(rows[1], columns[1], index.parent()),
        )
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        if view.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows:
            flags |= QItemSelectionModel.SelectionFlag.Rows
        selection = view.selectionModel()
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
        selection.select(cells, flags)
        self._swallow_release = True
        return True


def add_extend_selection(view: QAbstractItemView) -> ExtendSelection:
    """Give ``view`` F8 Extend selection and Shift+F8 Add to selection."""
    return ExtendSelection(view)
