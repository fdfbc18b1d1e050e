"""The field tables moved to app/domain/diff_fields.py: every reader of app.domain.diff
(the merge, the review, the CLI's words) still finds the same tables and norm there."""

from __future__ import annotations

from datetime import datetime

from app.domain import diff, diff_fields
from app.domain.plan import Plan
from app.domain.task import ConstraintType, Task

MOVED = (
    "ACTUAL_WORK",
    "ASSIGNMENT_FIELDS",
    "EV_PROJECT_FIELDS",
    "LINK_FIELDS",
    "LINK_FIELD_ATTRS",
    "RESOURCE_FIELDS",
    "RESOURCE_FIELD_ATTRS",
    "RISK_FIELDS",
    "TASK_FIELDS",
    "TASK_FIELD_ATTRS",
    "Scalar",
    "TaskField",
    "norm",
)


def test_s26dd_every_moved_name_is_the_same_object_from_diff() -> None:
    for name in MOVED:
        assert getattr(diff, name) is getattr(diff_fields, name), name
        assert name in diff.__all__, name


def test_s26dd_star_import_of_diff_still_gives_what_diff_does() -> None:
    found: dict[str, object] = {}
    exec("from app.domain.diff import *", found)
    for name in (*MOVED, "diff_plans", "PlanChange", "Held"):
        assert name in found, name


def test_s26dd_task_fields_read_a_task_as_before() -> None:
    task = Task(
        uid=1,
        name="Pour",
        constraint_type=ConstraintType.SNET,
        constraint_date=datetime(2026, 3, 2, 8, 0, 29),
        manual=True,
        start=datetime(2026, 3, 2, 8, 0),
    )
    values = diff.task_values(Plan(), task, False, None)
    assert values["constraint"] == "SNET 2026-03-02T08:00"
    assert values["start"] == "2026-03-02T08:00"
    summary = diff.task_values(Plan(), task, True, 7)
    assert summary["duration_minutes"] is None
    assert summary["start"] is None
    assert summary["parent"] == 7
