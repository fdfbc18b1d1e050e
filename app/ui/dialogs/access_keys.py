"""Access keys for a dialog's field labels, as Windows dialogs (and MS Project's) have them.

Alt and the underlined letter of a label moves to its field. :func:`give_access_keys`
walks a dialog once it is built: each label beside an input gets that input as its buddy
(Qt then also reads the label as the input's accessible name) and, unless it has one, a
letter no other label, button, box or tab of the dialog uses: a word's first letter first,
else any letter of the label. A label that finds no free letter keeps its buddy only.
"""

from __future__ import annotations

import re
from typing import cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLayout,
    QLayoutItem,
    QTabBar,
    QTabWidget,
    QWidget,
)

_MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic(text: str) -> str | None:
    """The access key of a text (``"Find &what"``: ``w``), lower case; None without one."""
    match = _MNEMONIC.search(text.replace("&&", ""))
    return match.group(1).lower() if match else None


def _texts(dialog: QWidget) -> list[str]:
    """Every text of the dialog that can carry an access key."""
    out: list[str] = []
    out += [b.text() for b in dialog.findChildren(QAbstractButton)]
    out += [g.title() for g in dialog.findChildren(QGroupBox)]
    out += [lab.text() for lab in dialog.findChildren(QLabel) if lab.buddy() is not None]
    for bar in dialog.findChildren(QTabBar):
        out += [bar.tabText(i) for i in range(bar.count())]
    return out


def taken_keys(dialog: QWidget) -> set[str]:
    """The access keys the dialog's buttons, boxes, tabs and labels already use."""
    return {key for text in _texts(dialog) if (key := mnemonic(text)) is not None}


def is_input(widget: QWidget | None) -> bool:
    """Whether a widget takes the keyboard as a field does (not a label, not a button)."""
    if widget is None or isinstance(widget, QLabel | QAbstractButton):
        return False
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def _first_input(item: QLayoutItem | None) -> QWidget | None:
    """The first input in a layout item (a widget, or a row of widgets)."""
    if item is None:
        return None
    widget = item.widget()
    if widget is not None:
        if is_input(widget):
            return widget
        inner = widget.layout()
        return _first_input_in(inner) if inner is not None else None
    layout = item.layout()
    return _first_input_in(layout) if layout is not None else None


def _first_input_in(layout: QLayout) -> QWidget | None:
    for i in range(layout.count()):
        found = _first_input(layout.itemAt(i))
        if found is not None:
            return found
    return None


def _neighbour_in(layout: QLayout, label: QLabel) -> tuple[bool, QWidget | None]:
    """(found, input beside it) for ``label`` in ``layout`` or a layout inside it."""
    index = layout.indexOf(label)
    if index >= 0:
        if isinstance(layout, QFormLayout):
            row, role = cast(tuple[int, QFormLayout.ItemRole], layout.getItemPosition(index))
            if role != QFormLayout.ItemRole.LabelRole:
                return True, None
            return True, _first_input(layout.itemAt(row, QFormLayout.ItemRole.FieldRole))
        if isinstance(layout, QGridLayout):
            place = cast(tuple[int, int, int, int], layout.getItemPosition(index))
            row, column, _rows, span = place
            return True, _first_input(layout.itemAtPosition(row, column + span))
        if isinstance(layout, QBoxLayout):
            if index > 0 and _first_input(layout.itemAt(index - 1)) is not None:
                return True, None  # after a field: its unit ("every 2 weeks"), not a label
            return True, _first_input(layout.itemAt(index + 1))
        return True, None
    for i in range(layout.count()):
        item = layout.itemAt(i)
        inner = item.layout() if item is not None else None
        if inner is not None:
            found, widget = _neighbour_in(inner, label)
            if found:
                return True, widget
    return False, None


def neighbour(label: QLabel) -> QWidget | None:
    """The input laid out right of (or, in a form, beside) a label; None if there is none."""
    parent = label.parentWidget()
    layout = parent.layout() if parent is not None else None
    if layout is None:
        return None
    return _neighbour_in(layout, label)[1]


def _keyed(text: str, taken: set[str]) -> str | None:
    """``text`` with an access key none of ``taken`` has; None when every letter is used."""
    words = [m.start() for m in re.finditer(r"\b[A-Za-z0-9]", text)]
    others = [i for i, c in enumerate(text) if c.isalnum() and i not in words]
    for i in words + others:
        if text[i].lower() not in taken:
            return f"{text[:i]}&{text[i:]}"
    return None


def _page_of(widget: QWidget, tabs: list[QTabWidget]) -> int:
    """The tab page a widget sits on (0: the first page, or on no tab at all)."""
    for tab_widget in tabs:
        for i in range(tab_widget.count()):
            page = tab_widget.widget(i)
            if page is not None and page.isAncestorOf(widget):
                return i
    return 0


def _buddy_of(label: QLabel) -> QWidget | None:
    """The input a label names: its buddy (a form's row of widgets: the first input in
    it), else the input laid out beside it."""
    buddy: QWidget | None = label.buddy()
    if buddy is not None and not is_input(buddy):
        inner = buddy.layout()
        buddy = _first_input_in(inner) if inner is not None else None
    if buddy is None:
        buddy = neighbour(label)
    return buddy if is_input(buddy) else None


def give_access_keys(dialog: QWidget) -> None:
    """Give each label beside an input that input as buddy and a free access key; the
    first tab's fields choose first (its Start before a later tab's Address)."""
    taken = taken_keys(dialog)
    pairs = []
    for label in dialog.findChildren(QLabel):
        text = label.text()
        if not text or label.textFormat() == Qt.TextFormat.RichText or "<" in text:
            continue
        buddy = _buddy_of(label)
        if buddy is not None:
            pairs.append((label, buddy))
    tabs = dialog.findChildren(QTabWidget)
    pairs.sort(key=lambda pair: _page_of(pair[1], tabs))  # stable: laid-out order kept
    for label, buddy in pairs:
        text = label.text()
        if mnemonic(text) is None:
            keyed = _keyed(text.replace("&", "&&"), taken)
            if keyed is not None:
                label.setText(keyed)
                taken.add(mnemonic(keyed) or "")
        label.setBuddy(buddy)
