"""The guide's keyboard table says where a Resource menu key acts: Insert and Delete add and
remove a person in the Team view's roster only (elsewhere they are the Gantt's Insert Task and
Delete), and Ctrl+Shift+O steps to the next over-allocation in the Usage view."""

from __future__ import annotations

from app.ui.help_window import guide_html
from tests.test_s17keys_help import _keys, window  # noqa: F401 - the fixture


def test_s21me_the_table_says_where_a_pane_key_acts(window):  # noqa: F811
    page = guide_html(window)
    add = _keys(window, "resource_add_person")
    assert f"<td>Add Person</td><td><b>{add} (in the Team view&#x27;s roster)</b></td>" in page
    step = _keys(window, "resource_next_overallocation")
    assert f"<td>Go to Next Overallocation</td><td><b>{step} (in the Usage view)</b></td>" in page
    info = _keys(window, "resource_information")
    assert f"<td>Resource Information…</td><td><b>{info} (in the Team view)</b></td>" in page
    # a window-wide key says nothing more
    assert f"<td>Link Tasks</td><td><b>{_keys(window, 'link_tasks')}</b></td>" in page
