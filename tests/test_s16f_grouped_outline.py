"""A grouped sheet (View > Group by): Indent and Outdent are refused, as MS Project makes
them unavailable there (the rows above and below on the sheet are not the task's outline
neighbours)."""

from __future__ import annotations

import pytest

from app.domain.resource import Assignment, Resource
from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.settings import Settings
from tests.gui.conftest import build_plan


def _plan():
    """The sample plan (Design: Specs, Review; Build: Code, Test; Go-live), Ann on Specs and
    Test."""
    plan = build_plan()
    plan.resources = [Resource(1, "Ann")]
    plan.assignments = [Assignment(1, 2, 1, 1.0, 3 * 480), Assignment(2, 6, 1, 1.0, 2 * 480)]
    return plan


@pytest.fixture
def window(qtbot, tmp_path):
    path = tmp_path / "grouped_outline.gantry"
    GantryFile.create(path, _plan()).close()
    session = Session(Settings())
    win = session.open_path(path)
    qtbot.addWidget(win)
    win.show()
    yield win
    for w in list(session.windows):
        w.close()


def _levels(win):
    return [(t.uid, t.outline_level) for t in win.document.plan.tasks]


@pytest.mark.parametrize(
    ("action_id", "verb"), [("indent_task", "indented"), ("outdent_task", "outdented")]
)
def test_indent_and_outdent_are_refused_while_grouped(window, action_id, verb):
    window.action_collection["group_resource"].trigger()
    before = _levels(window)
    window.tree.select_uids([6], None)  # Test: under Ann, Specs shown right above it
    action = window.action_collection[action_id]
    assert not action.isEnabled()  # greyed, as MS Project greys it (s17keys), saying why
    assert action.statusTip().startswith(f"Tasks are not {verb} while the sheet is grouped")
    # called another way (the handler itself), it still refuses with the status line
    (window.indent_tasks if action_id == "indent_task" else window.outdent_tasks)()
    assert _levels(window) == before
    assert window.document.undo_stack.count() == 0
    said = window.statusBar().currentMessage()
    assert said.startswith(f"Tasks are not {verb} while the sheet is grouped by Resource")
    assert "No Group" in said


def test_with_no_group_indent_works(window):
    window.action_collection["group_resource"].trigger()
    window.action_collection["group_no_group"].trigger()
    window.tree.select_uids([7], None)  # Go-live under Build
    window.action_collection["indent_task"].trigger()
    assert window.document.plan.task(7).outline_level == 2
    assert window.document.undo_stack.count() == 1
