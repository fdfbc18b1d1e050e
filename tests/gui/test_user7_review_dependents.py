"""Review changes: rejecting a person or task the client added, or a task they deleted, rejects
the assignments and links that hang on it, and accepting those accepts what they need.

On Tuesday a PM rejected 'Person added: Gina Park' and kept 'Assignment added: Gina Park
on Make Relay Configurable' ticked: the assignment was dropped without a word. Rejecting
'Task deleted: Location Key Value Pair' kept the task but took Eliza off it.
"""

from __future__ import annotations

import pytest

from app.domain.merge import apply_changes, copy_plan, three_way
from app.domain.resource import Assignment, Resource
from app.ui.exchange.change_links import dependent_changes
from app.ui.exchange.review_dialog import ReviewChangesDialog
from tests.gui.conftest import build_plan


@pytest.fixture
def plans():
    base = build_plan()
    base.add_resource(Resource(1, "Ana"))
    base.add_assignment(Assignment(1, 3, 1))
    theirs = copy_plan(base)
    theirs.add_resource(Resource(2, "Gina"))
    theirs.add_assignment(Assignment(2, 5, 2))
    theirs.remove_tasks([3])  # 'Review', with Ana on it and links 2->3, 3->5
    return base, theirs


def _rows(dialog):
    return {node.text(0): k for k, node in enumerate(dialog.change_rows())}


def _accepted(dialog):
    return {c.name for c in dialog.accepted_changes()}


def test_the_changes_hanging_on_an_added_person_or_a_deleted_task(plans):
    base, theirs = plans
    changes = [i.change for i in three_way(base, theirs, copy_plan(base))]
    found = {
        changes[holder].name: sorted(changes[k].name for k in dependents)
        for holder, dependents in dependent_changes(changes).items()
    }
    assert found == {
        "Gina": ["Gina on Code"],
        "Review": ["Ana on Review", "Review -> Code", "Specs -> Review"],
    }


def test_rejecting_a_person_rejects_their_assignments_and_accepting_one_takes_them_back(
    qtbot, plans
):
    base, theirs = plans
    items = three_way(base, theirs, copy_plan(base))
    dialog = ReviewChangesDialog(items, base.project)
    qtbot.addWidget(dialog)
    rows = _rows(dialog)
    dialog.set_accepted(rows["Person added: Gina"], False)
    assert "Gina on Code" not in _accepted(dialog)
    dialog.set_accepted(rows["Assignment added: Gina on Code"], True)
    assert {"Gina", "Gina on Code"} <= _accepted(dialog)


def test_rejecting_a_deletion_keeps_the_task_with_its_people_and_links(qtbot, plans):
    base, theirs = plans
    items = three_way(base, theirs, copy_plan(base))
    dialog = ReviewChangesDialog(items, base.project)
    qtbot.addWidget(dialog)
    dialog.set_accepted(_rows(dialog)["Task deleted: Review"], False)
    ours = copy_plan(base)
    apply_changes(ours, theirs, dialog.accepted_changes())
    assert ours.has_task(3)
    assert [a.resource_uid for a in ours.assignments_of_task(3)] == [1]
    assert {(lk.predecessor, lk.successor) for lk in ours.links} >= {(2, 3), (3, 5)}
    assert [a.resource_uid for a in ours.assignments_of_task(5)] == [2]  # Gina's still taken
