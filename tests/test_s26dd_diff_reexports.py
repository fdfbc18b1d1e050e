"""The field tables moved to app/domain/diff_fields.py: every reader of app.domain.diff
(the merge, the review, the CLI's words) still finds the same tables and norm there."""

from __future__ import annotations

import ast
from datetime import datetime
from pathlib import Path

from app.domain import diff, diff_fields
from app.domain.plan import Plan
from app.domain.task import ConstraintType, Task


def _defined_in_diff_fields() -> list[str]:
    """The public names app/domain/diff_fields.py itself defines (not those it imports)."""
    tree = ast.parse(Path(diff_fields.__file__).read_text(encoding="utf-8"))
    names: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.ClassDef):
            names.append(node.name)
        elif isinstance(node, ast.Assign):
            names += [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
    return [n for n in names if not n.startswith("_")]


MOVED = _defined_in_diff_fields()


def test_s26dd_every_moved_name_is_the_same_object_from_diff() -> None:
    assert {"TASK_FIELDS", "RISK_FIELDS", "LINK_FIELD_ATTRS", "norm", "Scalar"} <= set(MOVED)
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
