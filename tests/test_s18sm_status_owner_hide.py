"""A status label its owner hides while a temporary message has it hidden stays hidden.

While a long message shows, StatusFit hides the leftmost labels (Table, Sort, Group) and
shows them again when the message goes. The Sort label's owner hides it when the sort goes
back to ID; done while the message had it hidden, Qt ignored that hide() (the label was
hidden already), and the label came back with the message's end saying a sort that was off.
"""

from __future__ import annotations

from tests.test_s18fx_status_fit import _all_fit, window  # noqa: F401  (the 800-px window, fixture)
from tests.test_s18pl_status_message import LEVELED, _clear_of, _shown


def _named(window, name: str):  # noqa: F811
    found = [
        label for label in window.status_fit.hidden_for_message() if label.text().startswith(name)
    ]
    assert found, f"the message hides the {name} label"
    return found[0]


def test_s18sm_sort_hidden_by_its_owner_during_a_message_stays_hidden(qtbot, window):  # noqa: F811
    qtbot.waitUntil(lambda: len(_shown(window)) == 8 and _clear_of(window, ""))
    bar = window.statusBar()
    bar.showMessage(LEVELED, 60_000)
    qtbot.waitUntil(lambda: _clear_of(window, LEVELED))
    sort, table = _named(window, "Sort:"), _named(window, "Table:")
    window.action_collection["sort_by_id"].trigger()  # its owner hides it: no sort to say
    bar.clearMessage()
    # each in full (one fewer, the first starts at the bar's left edge: no _clear_of)
    qtbot.waitUntil(lambda: len(_shown(window)) == 7 and _all_fit(window))
    assert sort.isHidden()
    assert sort not in _shown(window)
    assert table in _shown(window)  # the others hidden for the message are back
    assert window.status_fit.hidden_for_message() == []
    # and its owner shows it again when a sort is on
    window.action_collection["sort_by_start"].trigger()
    qtbot.waitUntil(lambda: len(_shown(window)) == 8 and _clear_of(window, ""))
    assert sort in _shown(window)


def test_s18sm_a_label_its_owner_shows_during_a_message_is_shown_after_it(qtbot, window):  # noqa: F811
    """The other way: hidden by its owner before the message, shown by it while the message
    shows (the sort turned on again), it is there when the message goes."""
    qtbot.waitUntil(lambda: len(_shown(window)) == 8)
    sort = next(label for label in _shown(window) if label.text().startswith("Sort:"))
    window.action_collection["sort_by_id"].trigger()
    qtbot.waitUntil(lambda: len(_shown(window)) == 7)
    bar = window.statusBar()
    bar.showMessage(LEVELED, 60_000)
    qtbot.waitUntil(lambda: _clear_of(window, LEVELED))
    window.action_collection["sort_by_start"].trigger()
    bar.clearMessage()
    qtbot.waitUntil(lambda: len(_shown(window)) == 8 and _clear_of(window, ""))
    assert sort in _shown(window)
    assert sort.text().startswith("Sort: Start")


def test_s18sm_a_view_without_tables_keeps_the_table_label_hidden(qtbot, window):  # noqa: F811
    """Switching to the Team view during the message hides the Table label (its owner's
    choice): it stays hidden after the message, and comes back with the Gantt view."""
    qtbot.waitUntil(lambda: len(_shown(window)) == 8 and _clear_of(window, ""))
    bar = window.statusBar()
    bar.showMessage(LEVELED, 60_000)
    qtbot.waitUntil(lambda: _clear_of(window, LEVELED))
    table = _named(window, "Table:")
    window.show_view("team")
    bar.clearMessage()  # the labels are fitted again at once
    qtbot.waitUntil(lambda: _clear_of(window, ""))
    assert table.isHidden()
    assert window.status_fit.hidden_for_message() == []
    window.show_view("gantt")
    qtbot.waitUntil(lambda: not table.isHidden())
