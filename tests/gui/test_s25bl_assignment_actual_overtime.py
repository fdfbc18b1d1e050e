"""Assignment Information shows Actual Overtime Work (task s25bl): the overtime done, which
the actual cost pays at the overtime rate (MS Project: Overtime Work x % work complete).

The sample plan (tests/gui/conftest.py): Code (uid 5) lasts 5 days; Ana works it.
"""

from __future__ import annotations

from dataclasses import replace

from app.ui.dialogs.assignment_info import AssignmentInfoDialog
from app.ui.document import Document
from tests.gui.conftest import build_plan
from tests.gui.test_s23ot_overtime_column import _document

H = 60


def _shown(qtbot, doc: Document) -> str:
    dialog = AssignmentInfoDialog(doc, 1)
    qtbot.addWidget(dialog)
    return dialog.actual_overtime.text()


def _with_progress(percent: float, **assignment: int) -> Document:
    plan = _document().plan
    plan.tasks[[t.uid for t in plan.tasks].index(5)] = replace(
        plan.task(5), percent_complete=percent
    )
    a = plan.assignment(1)
    plan.assignments[0] = replace(a, overtime_work_minutes=8 * H, **assignment)
    return Document(plan)


def test_s25bl_actual_overtime_follows_percent_complete(qtbot):
    assert _shown(qtbot, _with_progress(0.0)) == "0h"
    assert _shown(qtbot, _with_progress(50.0)) == "4h"
    doc = _with_progress(100.0)
    assert _shown(qtbot, doc) == "8h"
    cost = doc.costs.assignments[1]
    assert cost.actual_cost == cost.cost == 32 * 100 + 8 * 150


def test_s25bl_actual_overtime_a_file_gave_is_shown(qtbot, tmp_path):
    doc = _with_progress(25.0, actual_work_minutes=10 * H, actual_overtime_work_minutes=6 * H)
    dialog = AssignmentInfoDialog(doc, 1)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.actual_overtime.text() == "6h"
    dialog.grab().save(str(tmp_path / "info.png"))


def test_s25bl_a_material_has_no_actual_overtime(qtbot):
    from app.domain.resource import Assignment, Resource, ResourceType

    plan = build_plan()
    plan.add_resource(Resource(1, "Licences", type=ResourceType.MATERIAL, standard_rate=9.0))
    plan.add_assignment(Assignment(1, 5, 1, units=3.0))
    assert _shown(qtbot, Document(plan)) == ""
