"""gantry diff sees an assignment's overtime work and actual work (task s25bl, fault 4 of
s25x2): both change what the client is billed."""

from __future__ import annotations

from tests.test_s25bl_invoice import _engagement, _with_assignment, _with_task


def test_s25bl_diff_names_overtime_and_actual_work_in_the_work_unit():
    from app.domain.diff import diff_plans
    from app.report.change_titles import diff_title, length_text

    old = _engagement()
    new = _with_assignment(_engagement(), 3, overtime_work_minutes=16 * 60)
    new = _with_assignment(new, 6, actual_work_minutes=12 * 60)
    changes = {(c.uid, c.field): c for c in diff_plans(old, new)}
    overtime = changes[("3:1", "overtime_work_minutes")]
    assert (overtime.old, overtime.new) == (8 * 60, 16 * 60)
    assert diff_title(overtime) == "Overtime work"
    assert length_text(overtime, overtime.new, new) == "16h"
    done = changes[("5:1", "actual_work_minutes")]
    assert (done.old, done.new) == (0, 12 * 60)
    assert diff_title(done) == "Actual work"


def test_s25bl_diff_reads_percent_complete_as_the_actual_work_it_gives():
    """A plan tracked by % and the same plan with each person's Actual Work written out
    (as MS Project XML holds it) are the same plan."""
    from app.domain.diff import diff_plans

    tracked = _with_task(_engagement(), 3, percent_complete=50.0)
    written = _with_assignment(_engagement(), 3, actual_work_minutes=20 * 60)
    written = _with_task(written, 3, percent_complete=50.0)
    assert diff_plans(tracked, written) == []
    # a new % is the task's change; its people's actual work follows it (said once)
    later = _with_task(_engagement(), 3, percent_complete=75.0)
    fields = [(c.entity, c.field) for c in diff_plans(tracked, later)]
    assert fields == [("task", "percent_complete")]
    # typed on one side: compared as each side reads it (30 h typed against 50 % of 40 h)
    typed = _with_assignment(_engagement(), 3, actual_work_minutes=30 * 60)
    changes = [c for c in diff_plans(tracked, typed) if c.entity == "assignment"]
    assert [(c.field, c.old, c.new) for c in changes] == [("actual_work_minutes", 20 * 60, 30 * 60)]
