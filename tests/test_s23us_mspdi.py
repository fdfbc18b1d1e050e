"""Work typed into a Usage period goes to MS Project XML as MS Project keeps an edited
contour (``<WorkContour>`` 8 with Type 1 ``<TimephasedData>`` rows, a row per day) and comes
back from it period by period; MS Project's own Contoured rows are read the same way."""

from __future__ import annotations

import defusedxml.ElementTree as SafeET
import pytest

from app.domain.contours import WorkContour
from app.domain.scheduler import schedule
from app.domain.usage import Scale, build_usage
from app.io.mspdi import read_mspdi
from app.io.mspdi_write import write_mspdi
from tests.test_s23us_typed_period import anna_plan, typed, weekly

Q = "{http://schemas.microsoft.com/project}"
H = 60


def test_s23us_typed_work_goes_to_ms_project_xml_and_back(tmp_path):
    plan = anna_plan()
    typed(plan, 3, 16 * H)
    typed(plan, 5, 4 * H)  # after the finish: the task lengthens to hold it
    path = tmp_path / "anna.xml"
    write_mspdi(plan, path)
    root = SafeET.parse(path).getroot()
    elem = next(e for e in root.iter(Q + "Assignment") if e.findtext(Q + "UID") == "1")
    assert elem.findtext(Q + "WorkContour") == "8"
    rows = elem.findall(Q + "TimephasedData")
    assert {r.findtext(Q + "Type") for r in rows} == {"1"}
    assert len(rows) == 20 + 5  # a row per day of work
    assert rows[10].findtext(Q + "Value") == "PT3H12M0S"  # week 3's Monday: 16 h / 5
    back = read_mspdi(path)
    a = back.assignment(1)
    assert a.contour is WorkContour.CONTOURED
    assert a.work_minutes == plan.assignment(1).work_minutes == 140 * H
    assert weekly(back) == [40.0, 40.0, 16.0, 40.0, 4.0]
    assert back.task(1).splits == ()  # its rows cover every working day: no pause read


def test_s23us_ms_projects_hand_contoured_rows_are_read_period_by_period(shared_data):
    plan = read_mspdi(shared_data / "mspdi/mspditimephasedsegments.xml")
    a = plan.assignment(34)
    assert a.contour is WorkContour.CONTOURED
    assert a.edited_work  # MS Project's hourly rows
    usage = build_usage(plan, schedule(plan))
    j = next(j for j, x in enumerate(usage.assignments) if x.uid == 34)
    days = usage.assignment_values(j, usage.periods(Scale.DAYS))
    assert len({round(float(v), 3) for v in days if v > 0}) > 1  # not laid evenly
    assert float(days.sum()) == pytest.approx(55 * H)


def test_s23us_typed_work_of_a_moved_task_is_written_where_it_now_lies(tmp_path):
    from dataclasses import replace
    from datetime import timedelta

    from app.domain.task import ConstraintType
    from tests.test_s23us_typed_period import MON

    plan = anna_plan()
    typed(plan, 3, 16 * H)
    later = MON + timedelta(weeks=1)
    plan.update_task(
        replace(plan.task(1), constraint_type=ConstraintType.SNET, constraint_date=later)
    )
    path = tmp_path / "moved.xml"
    write_mspdi(plan, path)
    assert weekly(read_mspdi(path)) == [0.0, 40.0, 40.0, 16.0, 40.0]
