"""Team view > Over-allocations: one line per run of days for an elapsed task's nights.

Dave works the 5ed 'Rack install' (Mon 18 Jan 17:00 -> Sat 23 Jan 17:00) around the
clock on an 8 h day: the sweep finds a stretch per night and per lunch hour. The list
showed each as a line (eleven for one task and one person); it now shows one line for the
run of days, Monday 17:00 to Saturday 17:00.
"""

from __future__ import annotations

from datetime import datetime

from app.domain.calendar import standard_calendar
from app.domain.overallocation import overallocations
from app.domain.overallocation_runs import overallocation_runs
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.ui.document import Document
from app.ui.team.view import TeamView

MON_EVENING = datetime(2027, 1, 18, 17, 0)


def _plan() -> Plan:
    plan = Plan(
        project=Project(name="Racks", start=MON_EVENING), calendars={1: standard_calendar()}
    )
    plan.append_task(Task(1, "Rack install", 1, duration_minutes=5 * 1440, elapsed=True))
    plan.append_task(Task(2, "Cabling", 1, duration_minutes=480))
    plan.add_resource(Resource(1, "Dave"))
    plan.add_resource(Resource(2, "Eve"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 0))
    plan.add_assignment(Assignment(2, 2, 2, 1.5, 0))
    return plan


def test_s28e2_an_elapsed_task_s_nights_make_one_run():
    plan = _plan()
    found = overallocations(plan, schedule(plan))
    daves = [o for o in found if o.resource_uid == 1]
    assert len(daves) > 5  # a stretch per night and per lunch hour
    (run,) = [o for o in overallocation_runs(found) if o.resource_uid == 1]
    assert (run.start, run.finish) == (MON_EVENING, datetime(2027, 1, 23, 17, 0))
    assert run.reason == "works on a day off and outside working hours"
    (eve,) = [o for o in overallocation_runs(found) if o.resource_uid == 2]
    assert eve.reason == "150% of 100%"


def test_s28e2_the_team_list_shows_a_line_per_person(qtbot):
    doc = Document(_plan())
    view = TeamView(doc)
    qtbot.addWidget(view)
    with qtbot.waitExposed(view):
        view.show()
    listed = view.overallocation_list
    lines = [listed.item(k).text() for k in range(listed.count())]
    view.grab().save("/tmp/s28e2/team.png")
    assert len(lines) == 2
    dave = next(line for line in lines if line.startswith("Dave"))
    assert dave.startswith("Dave: works on a day off and outside working hours from ")
    assert dave.endswith("(Rack install)")
