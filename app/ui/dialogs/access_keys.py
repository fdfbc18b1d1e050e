"""Access keys for a dialog's field labels, as Windows dialogs (and MS Project's) have them.

Alt and the underlined letter of a label moves to its field. :func:`give_access_keys`
walks a dialog once it is built: each label beside an input gets that input as its buddy
(Qt then also reads the label as the input's accessible name) and, unless it has one, a
letter no other label, button, box or tab of the dialog uses: a word's first letter first,
else any letter of the label. A label whose letters the labels before it took gets one of
them when the label holding it can move to another free one, one not on its own best
letter if that will do (the labels with the fewest letters to choose from first: Task
Information's Address takes the A of "T&ask type", which moves to "Tas&k type",
"&Finish" keeps its F); one whose every letter stays taken keeps its
buddy only (:func:`unkeyed_labels` lists them). A label naming a check box without a key
of its own ("Can level") gets a key too, which ticks the box.
"""

from __future__ import annotations

import re
from collections import deque
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


def _candidates(text: str) -> list[int]:
    """Where an access key may go in ``text``, best first: a word's first letter, then the
    others; one place per letter."""
    words = [m.start() for m in re.finditer(r"\b[A-Za-z0-9]", text)]
    others = [i for i, c in enumerate(text) if c.isalnum() and i not in words]
    seen: set[str] = set()
    out = []
    for i in words + others:
        if text[i].lower() not in seen:
            seen.add(text[i].lower())
            out.append(i)
    return out


def choose_keys(texts: list[str], taken: set[str]) -> list[int | None]:
    """Where each text's access key goes (None: no letter left for it), none of them one
    of ``taken`` nor another's.

    Each text in turn takes its best free letter; a text left without then takes a letter
    from one that can move to another free letter of its own, moving as few texts as can
    be (the shortest augmenting path; the texts with the fewest letters first). Texts on
    their best letter keep it (Alt+F stays Finish's) unless no other way is left.
    """
    places = [_candidates(text) for text in texts]
    chosen: list[int | None] = [None] * len(texts)
    owner: dict[str, int] = {}  # letter -> the text holding it

    def letter(n: int, i: int) -> str:
        return texts[n][i].lower()

    for n, candidates in enumerate(places):
        for i in candidates:
            if letter(n, i) not in taken and letter(n, i) not in owner:
                chosen[n], owner[letter(n, i)] = i, n
                break

    def take(n: int, keep_best: bool) -> None:
        """Give text ``n`` a letter moving as few other texts as can be (breadth first;
        ``keep_best``: none on its best letter)."""
        came: dict[str, tuple[int, int]] = {}  # letter -> (the text moving to it, where)
        queue = deque([n])
        while queue:
            m = queue.popleft()
            for i in places[m]:
                key = letter(m, i)
                if key in taken or key in came:
                    continue
                came[key] = (m, i)
                holder = owner.get(key)
                if holder is not None:
                    if not keep_best or chosen[holder] != places[holder][0]:
                        queue.append(holder)
                    continue
                while True:  # a free letter: each text on the way takes the next one's
                    mover, place = came[key]
                    before = chosen[mover]
                    chosen[mover], owner[key] = place, mover
                    if before is None:
                        return
                    key = letter(mover, before)

    for keep_best in (True, False):  # moving a text off its best letter only when needed
        left = [n for n in range(len(texts)) if chosen[n] is None and places[n]]
        for n in sorted(left, key=lambda n: len(places[n])):  # the rare-lettered first
            take(n, keep_best)
    return chosen


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
    it; a check box or option button without a key of its own), else the input laid out
    beside it."""
    buddy: QWidget | None = label.buddy()
    if isinstance(buddy, QAbstractButton) and buddy.isCheckable() and not mnemonic(buddy.text()):
        return buddy  # a check box the label names ("Can level"): its key ticks it, as Qt does
    if buddy is not None and not is_input(buddy):
        inner = buddy.layout()
        buddy = _first_input_in(inner) if inner is not None else None
    if buddy is None:
        buddy = neighbour(label)
    return buddy if is_input(buddy) else None


def _label_pairs(dialog: QWidget) -> list[tuple[QLabel, QWidget]]:
    """Each field label with the input it names, the first tab's first."""
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
    return pairs


def give_access_keys(dialog: QWidget) -> None:
    """Give each label beside an input that input as buddy and a free access key; the
    first tab's fields choose first (its Start before a later tab's Address)."""
    taken = taken_keys(dialog)
    pairs = _label_pairs(dialog)
    taken |= {key for label, _ in pairs if (key := mnemonic(label.text())) is not None}
    todo = [label for label, _ in pairs if mnemonic(label.text()) is None]
    texts = [label.text().replace("&", "&&") for label in todo]
    for label, text, place in zip(todo, texts, choose_keys(texts, taken), strict=True):
        if place is not None:
            label.setText(f"{text[:place]}&{text[place:]}")
    for label, buddy in pairs:
        label.setBuddy(buddy)


def unkeyed_labels(dialog: QWidget) -> list[str]:
    """The field labels of a dialog given access keys that found no letter free (a label
    naming a read-only value or buttons with keys of their own needs none)."""
    return [
        label.text()
        for label, _ in _label_pairs(dialog)
        if label.buddy() is not None and mnemonic(label.text()) is None
    ]
