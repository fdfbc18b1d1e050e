"""A temporary status-bar message (leveling's sentence, an update's count) was painted over
the permanent labels when they filled an 800-pixel bar. While it shows the labels now fit
in the room it leaves, the leftmost hidden when even cut they cannot; after it they are
back as they were."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from tests.test_s18fx_status_fit import window  # noqa: F401  (the 800-px window, fixture)

LEVELED = "Delayed 2 tasks: 'Configure pipeline', 'Data migration'; longest delay 6 days."
SHORT = "Updated 1 task"


def _shown(window) -> list[QLabel]:  # noqa: F811
    return window.status_fit.labels()


def _clear_of(window, message: str) -> bool:  # noqa: F811
    """Every label shown in full room and right of where the message is painted."""
    bar = window.statusBar()
    end = 6 + bar.fontMetrics().horizontalAdvance(message)
    labels = _shown(window)
    return bool(labels) and all(
        label.x() > end and label.width() >= label.sizeHint().width() for label in labels
    )


def _texts(window) -> list[str]:  # noqa: F811
    return [label.text() for label in _shown(window)]


def test_s18pl_a_long_message_hides_the_leftmost_labels_then_they_come_back(
    qtbot,
    window,  # noqa: F811
):
    qtbot.waitUntil(lambda: len(_shown(window)) == 8 and _clear_of(window, ""))
    before = _texts(window)
    bar = window.statusBar()
    bar.showMessage(LEVELED, 8000)
    qtbot.waitUntil(lambda: _clear_of(window, LEVELED))
    hidden = window.status_fit.hidden_for_message()
    assert hidden, "at 800 px the sentence leaves no room for all eight"
    names = [label.text().split(":")[0] for label in hidden]
    assert names == ["Table", "Sort", "Group", "Filter", "Finish", "Tasks"][: len(names)]
    assert _texts(window)[-1].startswith("Over-allocated")  # the right end stays
    window.grab().save("/tmp/s18pl_message_800.png")
    bar.clearMessage()
    qtbot.waitUntil(lambda: len(_shown(window)) == 8 and _texts(window) == before)
    assert window.status_fit.hidden_for_message() == []


def test_s18pl_a_short_message_only_shortens_them(qtbot, window):  # noqa: F811
    qtbot.waitUntil(lambda: len(_shown(window)) == 8 and _clear_of(window, ""))
    window.statusBar().showMessage(SHORT, 8000)
    qtbot.waitUntil(lambda: _clear_of(window, SHORT))
    # the room it needs came from the left: the filter still says it is on
    assert window.status_filter in _shown(window)
    assert window.status_filter.text().startswith("Filter: Critical")
    window.grab().save("/tmp/s18pl_short_800.png")


def test_s18pl_the_message_timing_out_restores_them(qtbot, window):  # noqa: F811
    qtbot.waitUntil(lambda: len(_shown(window)) == 8)
    window.statusBar().showMessage(LEVELED, 50)
    qtbot.waitUntil(lambda: window.status_fit.hidden_for_message() != [])
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "", timeout=3000)
    qtbot.waitUntil(lambda: len(_shown(window)) == 8 and _clear_of(window, ""))
