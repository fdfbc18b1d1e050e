"""'A, B and C' is written by one helper (app.domain.plural_words.joined_list) where three
messages joined it by hand; their texts are unchanged (compared with e01abb7 for 0-4 items)."""

from __future__ import annotations

from dataclasses import replace
from types import SimpleNamespace

import pytest

from app.domain.plural_words import joined_list
from app.domain.resource import Resource
from app.io.mspdi_write_limits import limits_not_kept
from app.report.status_pages import baseline_note
from app.ui.models.task_edits import summary_constraint_message
from tests.gui.conftest import build_plan


@pytest.mark.parametrize(
    ("items", "said"),
    [([], ""), (["A"], "A"), (["A", "B"], "A and B"), (["A", "B", "C"], "A, B and C")],
)
def test_s19q_joined_list(items, said):
    assert joined_list(items) == said
    assert joined_list(items, "or") == said.replace(" and ", " or ")


@pytest.mark.parametrize(
    ("count", "said"),
    [
        (1, "('B0' is saved)"),
        (2, "('B0' and 'B1' are saved)"),
        (3, "('B0', 'B1' and 'B2' are saved)"),
    ],
)
def test_s19q_the_status_report_lists_the_baselines_saved(count, said):
    report = SimpleNamespace(has_baseline=False, other_baselines=[f"B{i}" for i in range(count)])
    assert f"which is not saved {said}: Project" in baseline_note(report)


@pytest.mark.parametrize(
    ("tasks", "people", "said"),
    [
        (1, 0, "1 task cut"),
        (1, 1, "1 task and 1 resource cut"),
        (2, 2, "2 tasks, 2 resources and 1 calendar cut"),
    ],
)
def test_s19q_the_mspdi_save_lists_the_names_cut(tasks, people, said):
    plan = build_plan()
    for i in range(tasks):
        plan.update_task(replace(plan.tasks[i], name="x" * 300))
    for i in range(people):
        plan.add_resource(Resource(50 + i, "y" * 300 + str(i)))
    if people == 2:
        cal = next(iter(plan.calendars.values()))
        plan.calendars[cal.uid] = replace(cal, name="z" * 300)
    assert limits_not_kept(plan, ".xml") == f".xml keeps names of at most 255 characters: {said}"


def test_s19q_a_summarys_constraints_are_listed_with_or():
    assert summary_constraint_message(build_plan().tasks[0]) == (
        "summary task 'Design' can only be 'As Soon As Possible', 'Start No Earlier Than' or "
        "'Finish No Later Than'"
    )
