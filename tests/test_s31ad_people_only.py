"""A material's or a cost item's actual or remaining work is refused in one line naming it
(task s31ad: one shared guard, the messages as before), and the plan is left as it was."""

from __future__ import annotations

import pytest

from app.domain.actual_work_entry import typed_assignment_actual_work
from app.domain.errors import InputError
from app.domain.remaining_work_entry import typed_assignment_remaining_work
from app.domain.resource import Assignment, Resource, ResourceType
from app.domain.scheduler import schedule
from app.domain.tracking_edits import task_clock
from tests.test_s30ta_actual_days import interviews


@pytest.mark.parametrize(
    ("kind", "said"),
    [(ResourceType.MATERIAL, "a material"), (ResourceType.COST, "a cost item")],
)
@pytest.mark.parametrize(
    ("typed", "rule"),
    [
        (typed_assignment_actual_work, "actual work is recorded for people only"),
        (typed_assignment_remaining_work, "remaining work is for people only"),
    ],
    ids=["actual", "remaining"],
)
def test_s31ad_only_people_have_actual_or_remaining_work(kind, said, typed, rule):
    plan = interviews()
    plan.add_resource(Resource(3, "Cement", type=kind))
    plan.add_assignment(Assignment(3, 1, 3, 1.0, 0))
    times = schedule(plan)[1]
    before = (plan.task(1), list(plan.assignments))
    with pytest.raises(InputError) as refused:
        typed(plan, 3, times, 60, task_clock(plan, plan.task(1)))
    assert str(refused.value) == f"'Cement' is {said}: {rule}"
    assert (plan.task(1), list(plan.assignments)) == before
