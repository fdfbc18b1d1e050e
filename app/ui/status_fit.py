"""The status bar's permanent labels share its width: on a narrow window each takes a
shorter form, then has its value cut with an ellipsis, rather than the last ones losing
their ends unseen ('Filter: Critical (4 of 5 tas'). The full text goes in the tooltip.

A label's owner sets its text as always (``QLabel.setText``) or, to offer shorter forms,
with :func:`set_status_text`. :class:`StatusFit` watches the bar and picks, after each
change, the longest form of every label that lets them all fit: first each label's shorter
forms (the widest label first), then a trailing note in brackets is left out, then the
widest names are cut ('Group: Reso…'). Numbers, dates and rich text (a link) are never cut.

A temporary message (``showMessage``: leveling's sentence, say) is painted left of the
labels and was drawn over them when they filled the bar. While one shows, the labels fit
in the room the message leaves; when even cut they do not, the leftmost are hidden (the
view's Table, Sort, Group first) and shown again when the message goes, unless their
owner hid them meanwhile (the Sort label when the sort went back to ID).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel, QStatusBar

FULL_TEXT = "status_full_text"  # what the label's owner set: the text it says in full
_SHORTER = "status_shorter"  # (full text, its shorter forms) from set_status_text
_SHOWN = "status_shown"  # the text StatusFit last put on the label
_OWN_TIP = "status_own_tip"  # the owner's tooltip, shown under the full text
_TIP_SET = "status_tip_set"  # the tooltip StatusFit last put on the label
_KEPT_CHARS = 3  # a value is cut to no fewer characters than this, then '…'
_NOTE = re.compile(r" \([^()]*\)$")  # a trailing note in brackets: ' (hierarchy)'
# Beside a temporary message: where QStatusBar paints it (6 px in, up to 2 px before the
# first label) and a gap to the label after it.
_MESSAGE_PAD = 6 + 2 + 12
# What a label's hide() or show() sends it; what the bar is sent when its labels may need refitting.
_OWNERS_CHOICE = (QEvent.Type.HideToParent, QEvent.Type.ShowToParent)
_BAR_CHANGED = (QEvent.Type.Resize, QEvent.Type.LayoutRequest, QEvent.Type.Show)


def set_status_text(label: QLabel, full: str, *shorter: str) -> None:
    """Show ``full`` on a permanent status-bar label; ``shorter``: what it may say instead
    when the bar is short of room, longest first (each still saying what it is)."""
    label.setProperty(_SHORTER, [full, *shorter])
    label.setText(full)


def full_text(label: QLabel) -> str:
    """What a label says in full, whatever form the bar shows now."""
    value = label.property(FULL_TEXT)
    return label.text() if value is None or label.text() != label.property(_SHOWN) else value


class StatusFit(QObject):
    """Keeps the permanent labels of one status bar within its width."""

    def __init__(self, bar: QStatusBar) -> None:
        super().__init__(bar)
        self.bar = bar
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        self._hidden: list[QLabel] = []  # labels hidden to make room for a message
        bar.installEventFilter(self)
        bar.messageChanged.connect(self.fit)  # at once: the message must not paint over them

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.bar and event.type() in _BAR_CHANGED:
            self._timer.start()  # after the change: a label's new text, a resize
        elif event.type() in _OWNERS_CHOICE and watched in self._hidden:
            self._hidden.remove(watched)  # its owner hid or showed it: theirs to keep
        return False

    def labels(self) -> list[QLabel]:
        """The bar's labels not hidden, left to right."""
        found = self.bar.findChildren(QLabel, options=Qt.FindChildOption.FindDirectChildrenOnly)
        shown = [label for label in found if not label.isHidden()]
        return sorted(shown, key=lambda label: label.x())

    def hidden_for_message(self) -> list[QLabel]:
        """The labels hidden while a temporary message shows, to be shown again after it."""
        return list(self._hidden)

    def room(self, labels: list[QLabel]) -> int:
        """The width ``labels`` may take together: the bar's, less what its own layout
        puts around them (spacing, margins, the size grip) were they the ones shown."""
        layout = self.bar.layout()
        if layout is None:
            return self.bar.width()
        shown = self.labels()
        around = layout.sizeHint().width() - sum(label.sizeHint().width() for label in shown)
        spacing = max(layout.spacing(), 0)  # one per label shown
        return self.bar.width() - around - spacing * (len(labels) - len(shown))

    def fit(self) -> None:
        """Give every label the longest form that lets them all fit, beside the temporary
        message when one shows (hiding the leftmost labels when they cannot fit)."""
        if not self.bar.isVisible():
            return
        # the hidden were the leftmost (their x no longer moves with the others)
        labels = [*self._hidden, *(label for label in self.labels() if label not in self._hidden)]
        message = self.bar.currentMessage()
        reserve = self.bar.fontMetrics().horizontalAdvance(message) + _MESSAGE_PAD
        hidden: list[QLabel] = []
        while True:
            shown = [label for label in labels if label not in hidden]
            room = self.room(shown) - (reserve if message else 0)
            texts, fulls, over = _fitted(shown, room)
            if over <= 0 or not message or not shown:
                break
            hidden.append(shown[0])  # the leftmost: the view's table, sort and group first
        for label in labels:
            if label in hidden and not label.isHidden():
                _hide_for_message(label, self)
            elif label not in hidden and label.isHidden():
                label.show()  # (its ShowToParent takes it out of _hidden: replaced below)
        self._hidden = hidden
        for label, text, full in zip(shown, texts, fulls, strict=True):
            _show(label, text, full)


def _hide_for_message(label: QLabel, fit: StatusFit) -> None:
    """Hide ``label`` while a message shows, so that its owner's own hide() is still heard.

    Qt ignores hide() on a widget hidden explicitly, and an owner's would be lost: the label
    shown again when the message goes. Hidden here but not "explicitly", an owner's hide()
    goes through, sending the label HideToParent, which ``fit`` hears.
    """
    label.hide()
    label.setAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide, False)
    label.installEventFilter(fit)  # once, however often it is installed


def _fitted(labels: list[QLabel], room: int) -> tuple[list[str], list[str], int]:
    """What each label shows so that together they fit ``room``, their full texts, and
    by how many pixels they are still over (0 or less: they fit)."""
    forms = [_forms(label) for label in labels]
    chosen = [0] * len(labels)
    extra = [_extra(label) for label in labels]
    metrics = [label.fontMetrics() for label in labels]

    def width(i: int) -> int:
        return metrics[i].horizontalAdvance(forms[i][chosen[i]]) + extra[i]

    depth = max((len(f) for f in forms), default=1)
    for stage in range(1, depth):  # each label's next shorter form, the widest first
        for i in sorted(range(len(labels)), key=width, reverse=True):
            if sum(map(width, range(len(labels)))) <= room:
                break
            if stage < len(forms[i]):
                chosen[i] = stage
    texts = [forms[i][chosen[i]] for i in range(len(labels))]
    for i in sorted(range(len(labels)), key=width, reverse=True):  # then cut the widest
        over = sum(map(width, range(len(labels)))) - room
        if over <= 0:
            break
        if labels[i].textFormat() == Qt.TextFormat.RichText or "<" in texts[i]:
            continue
        texts[i] = _cut(texts[i], width(i) - extra[i] - over, metrics[i])
        forms[i] = [*forms[i], texts[i]]
        chosen[i] = len(forms[i]) - 1
    over = sum(map(width, range(len(labels)))) - room
    return texts, [own[0] for own in forms], over


def _forms(label: QLabel) -> list[str]:
    """A label's full text and its shorter forms, longest first; its owner's text noted."""
    text = label.text()
    if text != label.property(_SHOWN):  # set by its owner since: the new full text
        label.setProperty(FULL_TEXT, text)
        label.setProperty(_SHOWN, text)
    tip = label.toolTip()
    if tip != label.property(_TIP_SET):  # the owner's own tooltip
        label.setProperty(_OWN_TIP, tip)
        label.setProperty(_TIP_SET, tip)
    full = str(label.property(FULL_TEXT))
    offered = label.property(_SHORTER)
    forms = list(offered) if offered and offered[0] == full else [full]
    bare = _NOTE.sub("", forms[-1])
    if bare != forms[-1] and bare.strip():
        forms.append(bare)
    return forms


def _extra(label: QLabel) -> int:
    """What a label takes beyond its text's width (margins, indent, frame)."""
    return label.sizeHint().width() - label.fontMetrics().horizontalAdvance(label.text())


def _cut(text: str, width: int, metrics: QFontMetrics) -> str:
    """``text`` with its value cut to ``width`` pixels with '…' (never the label's name)."""
    name, colon, value = text.partition(": ")
    head = name + colon if colon else ""
    value = value if colon else text
    if len(value) <= _KEPT_CHARS + 1 or not any(c.isalpha() for c in value):
        return text  # a number or a date cut would mislead: only names are cut
    advance = metrics.horizontalAdvance
    keep = value[:_KEPT_CHARS] + "…"
    room = max(width - advance(head), advance(keep))
    cut = metrics.elidedText(value, Qt.TextElideMode.ElideRight, room)
    return head + (cut if len(cut) > _KEPT_CHARS else keep)


def _show(label: QLabel, text: str, full: str) -> None:
    """Put ``text`` on the label; when it is not the full text, the tooltip says that."""
    own = str(label.property(_OWN_TIP) or "")
    tip = own if text == full else "\n".join(t for t in (full, own) if t)
    label.setProperty(_SHOWN, text)
    label.setProperty(_TIP_SET, tip)
    if label.text() != text:
        label.setText(text)
    if label.toolTip() != tip:
        label.setToolTip(tip)
